import { z } from 'zod';
import { HomeworkReview } from '../../fhir/approval.ts';
import { HomeworkKind, HomeworkSchedule, NoteFormat, ProviderName } from '../../fhir/clinicalTerms.ts';
import { RiskCategory, RiskLevel } from './analysis.ts';

export { HomeworkKind, HomeworkSchedule, NoteFormat, ProviderName };

/** Wording every renderer uses for a section or item the session did not cover. */
export const NOT_ASSESSED = 'Not assessed in this session';

/** Where a result came from, so the clinician (and the audit log) can tell. */
export const JobProvenance = z.object({
  provider: ProviderName,
  model: z.string(),
  /** Id of the versioned prompt (or embedded template set) that produced the result. */
  promptVersion: z.string(),
  latencyMs: z.number().nonnegative(),
  /** Set when the configured remote provider failed and the embedded one answered instead. */
  fallbackReason: z.string().optional(),
});
export type JobProvenance = z.infer<typeof JobProvenance>;

/**
 * Kinds of assertion a note makes. The client's account (`problem` … `readiness`) must rest on
 * the client's own turns; `intervention` on the clinician's; `plan` on an agreement, a commitment
 * or a scheduled follow-up; `risk` on turns the clinician confirmed as risk; `screening` on a
 * safety question and the client's answer to it.
 */
export const StatementClaim = z.enum([
  'problem',
  'client_report',
  'symptom',
  'stressor',
  'strength',
  'goal',
  'response',
  'readiness',
  'assessment',
  'intervention',
  'plan',
  'homework',
  'follow_up',
  'risk',
  'screening',
  'protocol',
]);
export type StatementClaim = z.infer<typeof StatementClaim>;

/**
 * One assertion and the utterances it rests on ("no source, no assertion").
 * The embedded provider never emits a statement without ids; a remote model's statement
 * whose ids do not exist in the session is kept but marked `unsupported` for the clinician.
 */
export const SupportedStatement = z.object({
  text: z.string().min(1),
  utteranceIds: z.array(z.string()),
  unsupported: z.boolean().optional(),
  /** What the statement asserts, so the citation check can test its cited turns against it. */
  claim: StatementClaim.optional(),
});
export type SupportedStatement = z.infer<typeof SupportedStatement>;

export const SummaryTheme = SupportedStatement.extend({
  /** Short human label, e.g. "Sleep" or "Work stress". */
  label: z.string().min(1),
});
export type SummaryTheme = z.infer<typeof SummaryTheme>;

export const Summary = z.object({
  themes: z.array(SummaryTheme),
  /** Last utterance the summary has taken into account; null before the first utterance. */
  updatedThrough: z.string().nullable(),
});
export type Summary = z.infer<typeof Summary>;

export const Modality = z.enum(['CBT', 'DBT', 'MI', 'ACT', 'grounding', 'behavioural_activation', 'safety_planning']);
export type Modality = z.infer<typeof Modality>;

/** The cognitive distortions the assistant can name (Beck 2011; Burns 1980). */
export const Distortion = z.enum([
  'all_or_nothing',
  'catastrophising',
  'mind_reading',
  'fortune_telling',
  'should_statements',
  'labelling',
  'overgeneralising',
  'discounting_the_positive',
  'emotional_reasoning',
  'personalisation',
]);
export type Distortion = z.infer<typeof Distortion>;

export const Reference = z.object({
  citation: z.string().min(1),
  url: z.url().optional(),
});
export type Reference = z.infer<typeof Reference>;

export const Intervention = z.object({
  id: z.string(),
  modality: Modality,
  title: z.string().min(1),
  /** What the clinician could say or do next. */
  prompt: z.string().min(1),
  rationale: SupportedStatement,
  reference: Reference,
  distortion: Distortion.optional(),
});
export type Intervention = z.infer<typeof Intervention>;

export const InterventionSuggestions = z.object({ interventions: z.array(Intervention) });
export type InterventionSuggestions = z.infer<typeof InterventionSuggestions>;

export const HomeworkItem = z.object({
  id: z.string(),
  kind: HomeworkKind,
  title: z.string().min(1),
  instructions: z.string().min(1),
  schedule: HomeworkSchedule,
  rationale: SupportedStatement,
  reference: Reference.optional(),
  /** Agreed with the client in the session (not only proposed by the assistant). */
  agreed: z.boolean().optional(),
});
export type HomeworkItem = z.infer<typeof HomeworkItem>;

export const Homework = z.object({ items: z.array(HomeworkItem) });
export type Homework = z.infer<typeof Homework>;

export const NoteSection = z.object({
  key: z.string(),
  title: z.string(),
  statements: z.array(SupportedStatement),
  /** True when nothing in the session supports any statement for this section. */
  notAssessed: z.boolean().optional(),
  /** Items this section normally covers that the session did not (each reads "not assessed"). */
  notAssessedItems: z.array(z.string()).optional(),
});
export type NoteSection = z.infer<typeof NoteSection>;

export const NoteRiskFlag = z.object({
  utteranceId: z.string(),
  level: RiskLevel,
  categories: z.array(RiskCategory),
  /** `rule`/`model`: the embedded safety detector; `llm`: added by a remote model. */
  source: z.enum(['rule', 'model', 'llm']),
});
export type NoteRiskFlag = z.infer<typeof NoteRiskFlag>;

/** Filled from the embedded safety detector; a remote model may add flags, never remove one. */
export const NoteRiskAssessment = z.object({
  level: RiskLevel,
  categories: z.array(RiskCategory),
  flags: z.array(NoteRiskFlag),
  /** Whether the transcript shows any screening question or disclosure at all. */
  screened: z.boolean(),
  /** Crisis protocols the session's risk called for (ids of the safety detector's protocols). */
  protocols: z.array(z.string()),
  statements: z.array(SupportedStatement),
  notAssessed: z.boolean(),
  notAssessedItems: z.array(z.string()),
});
export type NoteRiskAssessment = z.infer<typeof NoteRiskAssessment>;

export const NoteDraft = z.object({
  format: NoteFormat,
  sections: z.array(NoteSection),
  riskAssessment: NoteRiskAssessment,
  aiDisclosure: z.string().min(1),
});
export type NoteDraft = z.infer<typeof NoteDraft>;

const jobResult = <T extends z.ZodType>(result: T) => z.object({ result, provenance: JobProvenance });

export const SummaryResult = jobResult(Summary);
export type SummaryResult = z.infer<typeof SummaryResult>;
export const InterventionsResult = jobResult(InterventionSuggestions);
export type InterventionsResult = z.infer<typeof InterventionsResult>;
export const HomeworkResult = jobResult(Homework);
export type HomeworkResult = z.infer<typeof HomeworkResult>;
export const NoteResult = jobResult(NoteDraft);
export type NoteResult = z.infer<typeof NoteResult>;

/** Body of `POST /api/sessions/:sid/suggestions`. */
export const SuggestRequest = z.object({
  /** Suggest for this moment of the session (defaults to the latest utterance). */
  focusUtteranceId: z.string().min(1).optional(),
  max: z.number().int().min(1).max(10).default(5),
});
export type SuggestRequest = z.infer<typeof SuggestRequest>;

/** Body of `POST /api/sessions/:sid/wrap-up`. */
export const WrapUpRequest = z.object({
  format: NoteFormat.default('SOAP'),
  /** The clinician made a safety plan in the app this session. */
  safetyPlanMade: z.boolean().default(false),
  /** Earlier homework as reviewed with the client: the note says how it went. */
  homeworkReview: HomeworkReview.default([]),
});
export type WrapUpRequest = z.infer<typeof WrapUpRequest>;
