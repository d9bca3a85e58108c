/**
 * The clinician decides what is documented. A flag alerts at once; only the flags the clinician
 * confirmed reach the note's risk section, the protocols' record and the safety plan. These pure
 * functions turn the detector's live risk and the clinician's decisions into what may be documented.
 */
import { RiskCategory, type RiskFlag, type RiskLevel, type SessionRisk } from '../contracts/analysis.ts';
import type { FlagDecision, FlagReview } from '../contracts/flagReview.ts';
import { levelRank, maxLevel } from '../engine/safety/levels.ts';

/** A decision still covers a flag unless the flag has since been raised higher or widened. */
export function decisionCovers(decision: FlagDecision | undefined, flag: RiskFlag): decision is FlagDecision {
  if (!decision) return false;
  return (
    levelRank(flag.level) <= levelRank(decision.level) && flag.categories.every((c) => decision.categories.includes(c))
  );
}

export function undecidedFlags(risk: SessionRisk, decisions: ReadonlyMap<string, FlagDecision>): RiskFlag[] {
  return risk.flags.filter((flag) => !decisionCovers(decisions.get(flag.utteranceId), flag));
}

export function flagReview(risk: SessionRisk, decisions: ReadonlyMap<string, FlagDecision>): FlagReview {
  const current = new Set(risk.flags.map((f) => f.utteranceId));
  return {
    decisions: [...decisions.values()].filter((d) => current.has(d.utteranceId)),
    undecided: undecidedFlags(risk, decisions).map((f) => f.utteranceId),
  };
}

/** The session's risk as far as the clinician confirmed it: what a note may say. */
export function documentedRisk(risk: SessionRisk, decisions: ReadonlyMap<string, FlagDecision>): SessionRisk {
  const flags = risk.flags.filter((flag) => {
    const decision = decisions.get(flag.utteranceId);
    return decisionCovers(decision, flag) && decision.decision === 'confirmed';
  });
  const byCategory = Object.fromEntries(RiskCategory.options.map((c) => [c, 'none'])) as Record<
    RiskCategory,
    RiskLevel
  >;
  let level: RiskLevel = 'none';
  for (const flag of flags) {
    level = maxLevel(level, flag.level);
    for (const e of flag.evidence) byCategory[e.category] = maxLevel(byCategory[e.category], e.level);
  }
  return { level, byCategory, flags, protocols: risk.protocols.filter((p) => byCategory[p.category] !== 'none') };
}
