import type { RiskLevel } from '../../contracts/analysis.ts';

const RANK: Record<RiskLevel, number> = { none: 0, low: 1, moderate: 2, high: 3 };

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
