/**
 * Continuity of care: what the next session starts from, read from the chart (and from the
 * app's companion store for what the chart does not hold or would not give).
 *
 * - `GET /api/sessions/:sid/continuity` → {@link ContinuityView} (consent-gated like every route).
 * - `GET /api/sessions/:sid/continuity/notes/:noteId` → {@link EarlierNoteText}: one earlier note in full.
 * - The homework review travels with the approval: `POST /api/sessions/:sid/approve` takes
 *   `homeworkReview` ({@link HomeworkReview}) and `carryOver` ({@link CarryOver}); on approval each
 *   reviewed activity's outcome goes to its care plan exactly once, with the note.
 * - `POST /api/sessions/:sid/wrap-up` takes the same `homeworkReview`, so the drafted note says it
 *   in words (Subjective in SOAP, Data in DAP, Behavior in BIRP, Intervention in GIRP), and
 *   answers `carryOver` (the summary's themes and the session's goals) for the approval to send back.
 * - The write's view (`POST /approve`, `GET /writes`) gains `homeworkOutcomes`
 *   ({@link ActivityOutcomeResult}[]) once written: where each outcome was recorded, and why.
 */
import { z } from 'zod';
import {
  CarryOver,
  HomeworkOutcome,
  HomeworkReview,
  RecordSource,
  ReviewedActivity,
  SafetyPlan,
} from '../../fhir/approval.ts';
import { NoteFormat, RiskLevel } from '../../fhir/clinicalTerms.ts';
import { ACTIVITY_STATUS_OF_OUTCOME, ActivityOutcomeResult } from '../../fhir/homeworkOutcome.ts';

export { CarryOver, HomeworkOutcome, HomeworkReview, RecordSource, ReviewedActivity };

/** FHIR R4 CarePlanActivityStatus. */
export const ActivityStatus = z.enum([
  'not-started',
  'scheduled',
  'in-progress',
  'on-hold',
  'completed',
  'cancelled',
  'stopped',
  'unknown',
  'entered-in-error',
]);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

/** How each outcome is written to `CarePlan.activity.detail.status`; `not_discussed` writes nothing. */
export { ACTIVITY_STATUS_OF_OUTCOME };

export const Clinician = z.object({
  /** As the chart names them ("Dr Alice Smith"); "Unknown clinician" when the chart does not say. */
  display: z.string(),
  reference: z.string().optional(),
});
export type Clinician = z.infer<typeof Clinician>;

/** One earlier note of the patient (a DocumentReference in the EHR). */
export const EarlierNote = z.object({
  /** The DocumentReference id: read it in full at `GET /api/sessions/:sid/continuity/notes/:noteId`. */
  noteId: z.string(),
  /** When the session took place (or, failing that, when the note was written), ISO 8601. */
  date: z.string(),
  title: z.string(),
  clinician: Clinician,
  /** SOAP / DAP / BIRP / GIRP when the note says so; null for notes written another way. */
  format: NoteFormat.nullable(),
  /** The note carries the AI-assistance label or a Provenance naming an AI author. */
  aiAssisted: z.boolean(),
  /** `final` (signed), `preliminary`, `amended`. */
  docStatus: z.string().optional(),
  encounterId: z.string().optional(),
});
export type EarlierNote = z.infer<typeof EarlierNote>;

/** `GET /api/sessions/:sid/continuity/notes/:noteId`: the note's readable text. */
export const EarlierNoteText = EarlierNote.extend({
  text: z.string(),
});
export type EarlierNoteText = z.infer<typeof EarlierNoteText>;

/** One homework activity of the latest care plans, and where it stands. */
export const HomeworkActivity = z.object({
  carePlanId: z.string(),
  source: RecordSource,
  activityIndex: z.number().int().min(0),
  /** Send this back unchanged in the review: it is how the write knows the plan was not edited meanwhile. */
  description: z.string(),
  status: ActivityStatus,
  /** When the care plan was made (ISO 8601). */
  assigned: z.string().optional(),
  /** The latest progress note on the activity, if any. */
  lastProgress: z.object({ text: z.string(), date: z.string().optional() }).optional(),
  /**
   * Where an outcome recorded now will be written: the care plan itself, or — where the EHR does
   * not let the app update care plans — the companion store (the view says so in `unavailable`).
   */
  outcomeGoesTo: RecordSource,
});
export type HomeworkActivity = z.infer<typeof HomeworkActivity>;

export const SafetyPlanOnFile = z.object({
  carePlanId: z.string(),
  source: RecordSource,
  /** When it was made (ISO 8601). */
  date: z.string(),
  /** The plan's steps, as `Label: item; item` lines in Stanley–Brown order. */
  steps: z.array(z.object({ label: z.string(), items: z.array(z.string()) })),
  /** The last session had a confirmed risk: go over the plan together. */
  reviewDue: z.boolean(),
});
export type SafetyPlanOnFile = z.infer<typeof SafetyPlanOnFile>;

/** Re-exported so the client can type a plan it shows or edits. */
export { SafetyPlan };

/** The risk level of one earlier session, from the findings the clinician confirmed (none confirmed: `none`). */
export const SessionRiskPoint = z.object({
  date: z.string(),
  level: RiskLevel,
  /** The note of that session, when known. */
  noteId: z.string().optional(),
  source: RecordSource,
});
export type SessionRiskPoint = z.infer<typeof SessionRiskPoint>;

export const CarriedItem = z.object({ text: z.string(), date: z.string() });
export type CarriedItem = z.infer<typeof CarriedItem>;

/** What the chart (or the companion store) would not let the app read, in plain words. */
export const Unavailable = z.object({
  /** What part of the view is missing or partial. */
  part: z.enum(['notes', 'homework', 'safety_plan', 'risk', 'carried_over', 'homework_outcomes']),
  resourceType: z.string(),
  source: RecordSource,
  reason: z.enum(['not_permitted', 'not_supported', 'unreachable', 'failed']),
  /** e.g. "The EHR did not allow the app to read care plans (HTTP 403), so homework from the chart is not shown." */
  message: z.string(),
});
export type Unavailable = z.infer<typeof Unavailable>;

export const ContinuityView = z.object({
  patientId: z.string(),
  /** When the chart was read (ISO 8601). */
  readAt: z.string(),
  /** Earlier notes, newest first (this session's own encounter left out). */
  notes: z.array(EarlierNote),
  /** Activities of the latest homework care plans (active ones, newest plan first). */
  homework: z.array(HomeworkActivity),
  safetyPlan: SafetyPlanOnFile.nullable(),
  /** The last earlier session: its date and whether it had a confirmed risk. */
  lastSession: z.object({ date: z.string(), confirmedRisk: z.boolean() }).nullable(),
  /** Risk of each earlier session, oldest first (a trend reads left to right). */
  riskTrend: z.array(SessionRiskPoint),
  /** Themes and goals the latest sessions carried over, newest first. */
  carriedOver: z.object({ themes: z.array(CarriedItem), goals: z.array(CarriedItem) }),
  unavailable: z.array(Unavailable),
});
export type ContinuityView = z.infer<typeof ContinuityView>;

/** What happened to each reviewed activity on approval (part of the write's view). */
export { ActivityOutcomeResult };
