/** The body of `POST /api/sessions/:sid/feedback`: what the clinician did with a suggestion, and why. */
import { z } from 'zod';

export const FeedbackAction = z.enum(['used', 'edited', 'dismissed']);
export const DismissReason = z.enum([
  'misread_sarcasm',
  'not_clinically_relevant',
  'wrong_timing',
  'already_done',
  'not_a_fit_for_client',
  'other',
]);

export const FeedbackRequest = z.strictObject({
  suggestionId: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'must be the id of a suggestion (1-100 of A-Z a-z 0-9 _ . : -)'),
  action: FeedbackAction,
  reason: DismissReason.optional(),
});
export type FeedbackRequest = z.infer<typeof FeedbackRequest>;
