import { z } from 'zod';
import { RiskCategory, RiskLevel } from '../../contracts/analysis.ts';
import { Distortion, HomeworkKind, Modality, StatementClaim } from '../../contracts/assist.ts';

/*
 * What the model is asked to return. Structured outputs in strict mode need every field
 * present (absent = null), so these are the model's shapes; the contract shapes are built
 * from them after the utterance ids have been checked against the transcript.
 */

export const WireStatement = z.object({
  text: z.string(),
  utteranceIds: z.array(z.string()),
});
export type WireStatement = z.infer<typeof WireStatement>;

export const WireSummary = z.object({
  themes: z.array(z.object({ label: z.string(), text: z.string(), utteranceIds: z.array(z.string()) })),
});
export type WireSummary = z.infer<typeof WireSummary>;

export const WireInterventions = z.object({
  interventions: z.array(
    z.object({
      modality: Modality,
      title: z.string(),
      prompt: z.string(),
      rationale: WireStatement,
      reference: z.object({ citation: z.string(), url: z.string().nullable() }),
      distortion: Distortion.nullable(),
    }),
  ),
});
export type WireInterventions = z.infer<typeof WireInterventions>;

export const WireHomework = z.object({
  items: z.array(
    z.object({
      kind: HomeworkKind,
      title: z.string(),
      instructions: z.string(),
      schedule: z.object({
        frequency: z.enum(['daily', 'times_per_week', 'weekly', 'as_needed']),
        timesPerWeek: z.number().int().nullable(),
        durationMinutes: z.number().int().nullable(),
        timeOfDay: z.string().nullable(),
        weeks: z.number().int().nullable(),
      }),
      rationale: WireStatement,
    }),
  ),
});
export type WireHomework = z.infer<typeof WireHomework>;

/** A note's statement also says what it claims, so the citation check can test it like the embedded writer's. */
export const WireNoteStatement = WireStatement.extend({ claim: StatementClaim.nullable() });

export const WireNote = z.object({
  sections: z.array(z.object({ key: z.string(), statements: z.array(WireNoteStatement), notAssessed: z.boolean() })),
  riskFlags: z.array(z.object({ utteranceId: z.string(), category: RiskCategory, level: RiskLevel.exclude(['none']) })),
});
export type WireNote = z.infer<typeof WireNote>;
