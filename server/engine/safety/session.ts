import type { CrisisProtocolSet, RiskAssessment, RiskCategory, RiskFlag, RiskLevel, SessionRisk } from '../../contracts/analysis.ts';
import { CATEGORY_ORDER } from './detect.ts';
import { maxLevel } from './levels.ts';
import { DEFAULT_PROTOCOLS, protocolsByCategory } from './protocols.ts';

export interface SessionRiskTracker {
  /** Adds one utterance's assessment; utterances with no risk leave no flag. */
  record(utteranceId: string, assessment: RiskAssessment): void;
  /** The session so far: levels only ever rise, as a disclosure cannot be unsaid. */
  snapshot(): SessionRisk;
}

export function createSessionRiskTracker(protocols: CrisisProtocolSet = DEFAULT_PROTOCOLS): SessionRiskTracker {
  const byProtocol = protocolsByCategory(protocols);
  const byCategory: Record<RiskCategory, RiskLevel> = { suicide: 'none', self_harm: 'none', violence: 'none', abuse: 'none' };
  const flags: RiskFlag[] = [];
  let level: RiskLevel = 'none';

  return {
    record(utteranceId, assessment) {
      if (assessment.level === 'none') return;
      flags.push({
        utteranceId,
        level: assessment.level,
        categories: [...assessment.categories],
        evidence: assessment.evidence.map((e) => ({ ...e })),
      });
      level = maxLevel(level, assessment.level);
      for (const e of assessment.evidence) byCategory[e.category] = maxLevel(byCategory[e.category], e.level);
    },
    snapshot() {
      return {
        level,
        byCategory: { ...byCategory },
        flags: flags.map((f) => ({ ...f, categories: [...f.categories], evidence: [...f.evidence] })),
        protocols: CATEGORY_ORDER.filter((c) => byCategory[c] !== 'none').flatMap((c) => {
          const p = byProtocol.get(c);
          return p ? [p] : [];
        }),
      };
    },
  };
}
