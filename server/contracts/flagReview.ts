import { z } from 'zod';
import { RiskCategory, RiskLevel } from './analysis.ts';

/**
 * Why the clinician judged a flag not to be a risk. Kept as a code, never with the words that
 * raised the flag, so it can be counted to improve the detector without holding content.
 */
export const NotARiskReason = z.enum([
  'figure_of_speech',
  'about_someone_else',
  'clinician_words',
  'misheard',
  'answered_no_risk',
  'other',
]);
export type NotARiskReason = z.infer<typeof NotARiskReason>;

/** Body of `POST /api/sessions/:sid/flags/:utteranceId`. */
export const FlagDecisionRequest = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('confirmed') }),
  z.strictObject({ decision: z.literal('not_a_risk'), reason: NotARiskReason }),
]);
export type FlagDecisionRequest = z.infer<typeof FlagDecisionRequest>;

/**
 * The clinician's decision on one flag, with the level and categories it was made on: a flag
 * raised higher after the decision asks for a new one.
 */
export const FlagDecision = z.object({
  utteranceId: z.string(),
  decision: z.enum(['confirmed', 'not_a_risk']),
  reason: NotARiskReason.optional(),
  level: RiskLevel,
  categories: z.array(RiskCategory),
  at: z.string(),
});
export type FlagDecision = z.infer<typeof FlagDecision>;

/** Every decision of a session and the flags still waiting for one (utterance ids). */
export const FlagReview = z.object({
  decisions: z.array(FlagDecision),
  undecided: z.array(z.string()),
});
export type FlagReview = z.infer<typeof FlagReview>;
