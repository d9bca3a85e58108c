import { z } from 'zod';

/**
 * The vocabulary that reaches the chart: risk levels, note formats, homework and consent states.
 * The chart's builders own it; the server's contracts and the client reuse these schemas so a
 * value means the same thing from the first utterance to the written resource.
 */

/** Ordered: none < low < moderate < high (C-SSRS screener triage). */
export const RiskLevel = z.enum(['none', 'low', 'moderate', 'high']);
export type RiskLevel = z.infer<typeof RiskLevel>;

export const NoteFormat = z.enum(['SOAP', 'DAP', 'BIRP', 'GIRP']);
export type NoteFormat = z.infer<typeof NoteFormat>;

export const HomeworkKind = z.enum([
  'journaling',
  'thought_record',
  'behavioural_activation',
  'mindfulness',
  'sleep_diary',
  'skills_practice',
  'safety_plan',
  'change_plan',
]);
export type HomeworkKind = z.infer<typeof HomeworkKind>;

export const HomeworkSchedule = z.object({
  frequency: z.enum(['daily', 'times_per_week', 'weekly', 'as_needed']),
  timesPerWeek: z.number().int().min(1).max(14).optional(),
  durationMinutes: z.number().int().min(1).max(240).optional(),
  timeOfDay: z.string().optional(),
  /** How many weeks until it is reviewed together. */
  weeks: z.number().int().min(1).max(12).optional(),
});
export type HomeworkSchedule = z.infer<typeof HomeworkSchedule>;

/** Which assistant wrote a draft. */
export const ProviderName = z.enum(['embedded', 'openai']);
export type ProviderName = z.infer<typeof ProviderName>;

/** Where the patient stands on AI-assisted sessions. Only `granted` lets any AI feature run. */
export const ConsentState = z.enum(['granted', 'declined', 'revoked', 'none']);
export type ConsentState = z.infer<typeof ConsentState>;
