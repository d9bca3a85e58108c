export { compareLevels, levelRank, maxLevel } from '../../contracts/riskLevels.ts';
