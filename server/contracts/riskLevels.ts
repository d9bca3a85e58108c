import { RiskLevel } from '../../fhir/clinicalTerms.ts';

/**
 * Risk levels ranked in the order of their enum (C-SSRS triage): none < low < moderate < high.
 * The engine, the note writer and the sidebar all rank levels with these, so the order is
 * written once.
 */
const RANK = Object.fromEntries(RiskLevel.options.map((level, rank) => [level, rank])) as Record<RiskLevel, number>;

/** Ordinal rank of a level: none 0, low 1, moderate 2, high 3. */
export function levelRank(level: RiskLevel): number {
  return RANK[level];
}

/** Negative when `a` is lower than `b`, positive when higher. */
export function compareLevels(a: RiskLevel, b: RiskLevel): number {
  return RANK[a] - RANK[b];
}

export function maxLevel<L extends RiskLevel>(a: L, b: L): L {
  return RANK[a] >= RANK[b] ? a : b;
}
