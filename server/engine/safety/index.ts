export {
  CATEGORY_ORDER,
  detectRisk,
  questionTopic,
  readUtterance,
  type DetectContext,
  type QuestionTopic,
  type Reading,
} from './detect.ts';
export { createConversationState, type ConversationState } from './conversation.ts';
export { compareLevels, levelRank, maxLevel } from './levels.ts';
export { CrisisProtocolFileError, DEFAULT_PROTOCOLS, loadCrisisProtocols } from './protocols.ts';
export { SCREEN_HINT } from './screen.ts';
export { createSessionRiskTracker, type SessionRiskTracker } from './session.ts';
