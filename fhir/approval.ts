import { z } from 'zod';
import { HomeworkKind, HomeworkSchedule, NoteFormat, ProviderName, RiskLevel } from './clinicalTerms.ts';

/**
 * What the clinician approved for the chart: the edited note, the homework and the safety plan.
 * Deliberately has no place for process notes (HIPAA psychotherapy notes): nothing here can
 * carry them into a resource.
 */

/** Control characters (pasted from elsewhere) are not allowed in FHIR strings; they carry no meaning in a note. */
// eslint-disable-next-line no-control-regex -- these control characters are what it removes
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
const clean = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.replace(CONTROL, '').trim())
    .pipe(z.string().min(1));

const Text = clean(20_000);

export const ApprovedStatement = z.object({ text: Text });

/** A note section as the clinician left it: free text, or the draft's statements (possibly edited). */
export const ApprovedSection = z
  .object({
    key: z.string().min(1).max(40),
    title: clean(120),
    text: Text.optional(),
    statements: z.array(ApprovedStatement).max(100).optional(),
    notAssessed: z.boolean().optional(),
    notAssessedItems: z.array(clean(200)).max(50).optional(),
  })
  .refine((s) => s.text !== undefined || (s.statements?.length ?? 0) > 0 || s.notAssessed === true, {
    message: 'a section needs text, statements, or notAssessed: true',
  });
export type ApprovedSection = z.infer<typeof ApprovedSection>;

export const ApprovedRiskAssessment = z.object({
  level: RiskLevel,
  text: Text.optional(),
  statements: z.array(ApprovedStatement).max(100).optional(),
  notAssessed: z.boolean().optional(),
  notAssessedItems: z.array(clean(200)).max(50).optional(),
});
export type ApprovedRiskAssessment = z.infer<typeof ApprovedRiskAssessment>;

export const ApprovedHomework = z.object({
  id: z.string().min(1).max(100).optional(),
  kind: HomeworkKind.optional(),
  title: clean(200),
  instructions: Text,
  schedule: HomeworkSchedule.optional(),
});
export type ApprovedHomework = z.infer<typeof ApprovedHomework>;

const PlanItems = z.array(clean(500)).max(20);

/** The six steps of the Stanley–Brown Safety Planning Intervention, plus the reason for living. */
export const SafetyPlan = z
  .object({
    warningSigns: PlanItems.default([]),
    internalCopingStrategies: PlanItems.default([]),
    socialDistractions: PlanItems.default([]),
    peopleToAskForHelp: PlanItems.default([]),
    professionalsAndAgencies: PlanItems.default([]),
    makingEnvironmentSafe: PlanItems.default([]),
    reasonsForLiving: PlanItems.default([]),
  })
  .refine((p) => Object.values(p).some((items) => items.length > 0), {
    message: 'a safety plan needs at least one item',
  });
export type SafetyPlan = z.infer<typeof SafetyPlan>;

/** Which assistant produced the draft (from the wrap-up job's provenance). */
export const AiAssistance = z.object({
  provider: ProviderName,
  model: z.string(),
  promptVersion: z.string(),
  /** Where the model card can be read, when there is one. */
  modelCardUrl: z.url().optional(),
});
export type AiAssistance = z.infer<typeof AiAssistance>;

/**
 * What the client says about one homework activity of an earlier care plan, as recorded with
 * them in this session. `not_discussed` changes nothing in the chart.
 */
export const HomeworkOutcome = z.enum(['done', 'partly', 'not_done', 'not_discussed']);
export type HomeworkOutcome = z.infer<typeof HomeworkOutcome>;

/** Where an earlier care plan lives: the EHR's chart, or the app's companion store. */
export const RecordSource = z.enum(['ehr', 'companion']);
export type RecordSource = z.infer<typeof RecordSource>;

export const ReviewedActivity = z.object({
  /** The CarePlan's id in `source`, and the activity's position in it (as the continuity view gave them). */
  carePlanId: z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/, 'must be a FHIR id (1-64 of A-Z a-z 0-9 - .)'),
  source: RecordSource,
  activityIndex: z.number().int().min(0).max(99),
  /**
   * The activity's description as the clinician saw it: the note says it in words, and the write
   * refuses to mark an activity whose description has changed since (the plan was edited meanwhile).
   */
  description: clean(1_000),
  outcome: HomeworkOutcome,
  /** A short word on how it went ("twice, not daily"), kept as the activity's progress note. */
  progress: clean(500).optional(),
});
export type ReviewedActivity = z.infer<typeof ReviewedActivity>;

/** Every activity reviewed this session; an activity appears at most once. */
export const HomeworkReview = z
  .array(ReviewedActivity)
  .max(50)
  .refine(
    (items) => new Set(items.map((i) => `${i.source}/${i.carePlanId}/${i.activityIndex}`)).size === items.length,
    { message: 'each activity may be reviewed once' },
  );
export type HomeworkReview = z.infer<typeof HomeworkReview>;

/** Themes and goals this session hands to the next one (kept in the companion store, not the chart). */
export const CarryOver = z.object({
  themes: z.array(clean(120)).max(20).default([]),
  goals: z.array(clean(500)).max(20).default([]),
});
export type CarryOver = z.infer<typeof CarryOver>;

export const DocStatusPreference = z.enum(['final', 'preliminary']);
export type DocStatusPreference = z.infer<typeof DocStatusPreference>;

export const ApprovedNote = z.object({
  format: NoteFormat,
  sections: z.array(ApprovedSection).min(1).max(20),
  riskAssessment: ApprovedRiskAssessment.optional(),
  homework: z.array(ApprovedHomework).max(20).default([]),
  safetyPlan: SafetyPlan.optional(),
  /** Outcomes of earlier homework, written back to its care plans with the note. */
  homeworkReview: HomeworkReview.default([]),
  /** For the next session's continuity view. */
  carryOver: CarryOver.optional(),
  /** Absent when the clinician wrote the note without the assistant. */
  ai: AiAssistance.optional(),
  /** The disclosure line of the draft; a standard one is used when absent. */
  aiDisclosure: clean(500).optional(),
  /** `preliminary` leaves signing to the EHR (where the EHR accepts unsigned notes). */
  docStatus: DocStatusPreference.default('final'),
  /** Session start and end with times. */
  period: z
    .object({ start: z.iso.datetime({ offset: true }), end: z.iso.datetime({ offset: true }) })
    .refine((p) => Date.parse(p.start) <= Date.parse(p.end), { message: 'period.end must not be before period.start' }),
});
export type ApprovedNote = z.infer<typeof ApprovedNote>;
