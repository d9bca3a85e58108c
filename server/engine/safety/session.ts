import type {
  CrisisProtocolSet,
  RiskAssessment,
  RiskCategory,
  RiskFlag,
  RiskLevel,
  SessionRisk,
} from '../../contracts/analysis.ts';
import { CATEGORY_ORDER } from './detect.ts';
import { maxLevel } from './levels.ts';
import { DEFAULT_PROTOCOLS, protocolsByCategory } from './protocols.ts';

export interface SessionRiskTracker {
  /**
   * Sets one utterance's assessment: utterances with no risk leave no flag, and a reading
   * revised once the client's next turn was read replaces the one shown before.
   */
  record(utteranceId: string, assessment: RiskAssessment): void;
  /** The session so far: its level is that of the strongest flag, not a count of flags. */
  snapshot(): SessionRisk;
}

export function createSessionRiskTracker(protocols: CrisisProtocolSet = DEFAULT_PROTOCOLS): SessionRiskTracker {
  const byProtocol = protocolsByCategory(protocols);
  const flags = new Map<string, RiskFlag>();

  return {
    record(utteranceId, assessment) {
      if (assessment.level === 'none') {
        flags.delete(utteranceId);
        return;
      }
      flags.set(utteranceId, {
        utteranceId,
        level: assessment.level,
        categories: [...assessment.categories],
        evidence: assessment.evidence.map((e) => ({ ...e })),
      });
    },
    snapshot() {
      const byCategory: Record<RiskCategory, RiskLevel> = {
        suicide: 'none',
        self_harm: 'none',
        violence: 'none',
        abuse: 'none',
      };
      let level: RiskLevel = 'none';
      for (const f of flags.values()) {
        level = maxLevel(level, f.level);
        for (const e of f.evidence) byCategory[e.category] = maxLevel(byCategory[e.category], e.level);
      }
      return {
        level,
        byCategory,
        flags: [...flags.values()].map((f) => ({ ...f, categories: [...f.categories], evidence: [...f.evidence] })),
        protocols: CATEGORY_ORDER.filter((c) => byCategory[c] !== 'none').flatMap((c) => {
          const p = byProtocol.get(c);
          return p ? [p] : [];
        }),
      };
    },
  };
}
