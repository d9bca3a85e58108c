import type { Annotation, CarePlan, CarePlanActivity, Patient, Practitioner, Reference } from '@medplum/fhirtypes';
import { z } from 'zod';
import { labelledMeta } from './aiTransparency.ts';
import type { HomeworkOutcome, RecordSource, ReviewedActivity } from './approval.ts';
import { HomeworkOutcome as HomeworkOutcomeSchema, RecordSource as RecordSourceSchema } from './approval.ts';
import { IDENTIFIER_SYSTEM } from './codes.ts';

/**
 * Homework outcomes on the care plan they belong to: each reviewed activity's
 * `detail.status` and a progress note (`activity.progress`, dated, by the clinician), the plan
 * `completed` once all its activities are. Where the EHR will not take the update, the outcomes
 * are kept in the companion store as a CarePlan that is `partOf` the EHR's plan.
 */

export type ReviewedOutcome = Exclude<HomeworkOutcome, 'not_discussed'>;

/**
 * FHIR CarePlanActivityStatus for each outcome: done is `completed`; partly done is
 * `in-progress` (begun, not finished); not done is `not-started` — the activity stays open,
 * to be taken up again rather than closed as `stopped` or `cancelled`, which would end it.
 */
export const ACTIVITY_STATUS_OF_OUTCOME = {
  done: 'completed',
  partly: 'in-progress',
  not_done: 'not-started',
} as const satisfies Record<ReviewedOutcome, NonNullable<CarePlanActivity['detail']>['status']>;

const OUTCOME_WORDS: Record<ReviewedOutcome, string> = {
  done: 'Done',
  partly: 'Partly done',
  not_done: 'Not done',
};

/** What happened to each reviewed activity on approval. */
export const ActivityOutcomeResult = z.object({
  carePlanId: z.string(),
  source: RecordSourceSchema,
  activityIndex: z.number().int(),
  outcome: HomeworkOutcomeSchema,
  /**
   * `care_plan`: written to the care plan itself; `companion`: the EHR would not take the update,
   * so it is kept in the companion store; `skipped`: not discussed, nothing written.
   */
  recordedIn: z.enum(['care_plan', 'companion', 'skipped']),
  /** Why it went elsewhere, in plain words. */
  message: z.string().optional(),
});
export type ActivityOutcomeResult = z.infer<typeof ActivityOutcomeResult>;

export interface OutcomeContext {
  writeId: string;
  /** When the clinician approved (ISO date-time): the date of each progress note. */
  approvedAt: string;
  clinician: Reference<Practitioner>;
}

/** The reviewed activities that change something, grouped by care plan (in review order). */
export function outcomesByCarePlan(review: readonly ReviewedActivity[]): {
  carePlanId: string;
  source: RecordSource;
  changes: (ReviewedActivity & { outcome: ReviewedOutcome })[];
}[] {
  const groups = new Map<
    string,
    { carePlanId: string; source: RecordSource; changes: (ReviewedActivity & { outcome: ReviewedOutcome })[] }
  >();
  for (const item of review) {
    if (item.outcome === 'not_discussed') continue;
    const key = `${item.source}/${item.carePlanId}`;
    const group = groups.get(key) ?? { carePlanId: item.carePlanId, source: item.source, changes: [] };
    group.changes.push({ ...item, outcome: item.outcome });
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The progress note's element id: the same approval finds its own note again on a retry. */
export function progressNoteId(writeId: string, activityIndex: number): string {
  return `${writeId}-a${activityIndex}`;
}

export function progressNote(
  change: { activityIndex: number; outcome: ReviewedOutcome; progress?: string },
  ctx: OutcomeContext,
): Annotation {
  return {
    id: progressNoteId(ctx.writeId, change.activityIndex),
    authorReference: ctx.clinician,
    time: ctx.approvedAt,
    text: `${OUTCOME_WORDS[change.outcome]} (reviewed with the client in session)${change.progress ? `: ${change.progress}` : '.'}`,
  };
}

// eslint-disable-next-line no-control-regex -- the same characters the approval strips
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
/** The same words, whatever the spacing or closing punctuation the client sent back. */
const comparable = (text: string | undefined): string =>
  (text ?? '')
    .replace(CONTROL, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:]+$/, '');

export type ApplyResult =
  | { kind: 'updated'; carePlan: CarePlan }
  | { kind: 'already-applied' }
  | { kind: 'changed'; message: string }
  /** Not a care plan of the session's patient: nothing is written anywhere. */
  | { kind: 'foreign'; message: string };

/** Whether a care plan is the patient's (its subject, relative or absolute under the EHR's base). */
export function isPatientsPlan(plan: CarePlan, patientId: string, fhirBaseUrl: string): boolean {
  const subject = plan.subject?.reference;
  return subject === `Patient/${patientId}` || subject === `${fhirBaseUrl}/Patient/${patientId}`;
}

/**
 * The care plan with the outcomes applied. `changed` when an activity is no longer the one the
 * clinician reviewed (its description differs, or it is gone): the plan was edited meanwhile.
 * `already-applied` when this approval's progress notes are all there (an earlier attempt landed).
 */
export function applyOutcomes(
  plan: CarePlan,
  changes: readonly (ReviewedActivity & { outcome: ReviewedOutcome })[],
  ctx: OutcomeContext,
): ApplyResult {
  for (const change of changes) {
    const detail = plan.activity?.[change.activityIndex]?.detail;
    if (!detail || comparable(detail.description) !== comparable(change.description)) {
      return {
        kind: 'changed',
        message: `Activity ${change.activityIndex + 1} of the care plan is not the one reviewed (the plan was edited since it was read).`,
      };
    }
  }
  const applied = changes.every((change) =>
    (plan.activity?.[change.activityIndex]?.progress ?? []).some(
      (note) => note.id === progressNoteId(ctx.writeId, change.activityIndex),
    ),
  );
  if (applied) return { kind: 'already-applied' };
  const next = structuredClone(plan);
  for (const change of changes) {
    const activity = next.activity?.[change.activityIndex] as CarePlanActivity;
    (activity.detail as NonNullable<CarePlanActivity['detail']>).status = ACTIVITY_STATUS_OF_OUTCOME[change.outcome];
    activity.progress = [...(activity.progress ?? []), progressNote(change, ctx)];
  }
  if ((next.activity ?? []).length > 0 && (next.activity ?? []).every((a) => a.detail?.status === 'completed')) {
    next.status = 'completed';
  }
  return { kind: 'updated', carePlan: next };
}

export function outcomeRecordIdentifierValue(writeId: string, carePlanId: string): string {
  return `${writeId}:outcome-${carePlanId}`;
}

export function outcomeRecordIdentifierQuery(writeId: string, carePlanId: string): string {
  return `identifier=${encodeURIComponent(`${IDENTIFIER_SYSTEM.carePlan}|${outcomeRecordIdentifierValue(writeId, carePlanId)}`)}`;
}

export const OUTCOME_RECORD_TITLE = 'Homework outcomes';

/**
 * The outcomes of one EHR care plan, for the companion store: a CarePlan `partOf` the EHR's plan
 * (by absolute URL), with one activity per reviewed one — same description, new status, the
 * progress note — so the next session reads the EHR's plan with these laid over it.
 */
export function buildOutcomeRecord(
  ctx: OutcomeContext & { patient: Reference<Patient>; carePlanUrl: string; carePlanId: string },
  changes: readonly (ReviewedActivity & { outcome: ReviewedOutcome })[],
): CarePlan {
  return {
    resourceType: 'CarePlan',
    meta: labelledMeta({ writeId: ctx.writeId, aiAssisted: false }),
    identifier: [
      { system: IDENTIFIER_SYSTEM.carePlan, value: outcomeRecordIdentifierValue(ctx.writeId, ctx.carePlanId) },
    ],
    status: 'active',
    intent: 'plan',
    title: OUTCOME_RECORD_TITLE,
    description: 'Outcomes of homework reviewed in session, kept here because the EHR does not take care plan updates',
    partOf: [{ reference: ctx.carePlanUrl }],
    subject: ctx.patient,
    created: ctx.approvedAt,
    author: ctx.clinician,
    activity: changes.map((change) => ({
      detail: { status: ACTIVITY_STATUS_OF_OUTCOME[change.outcome], description: change.description },
      progress: [progressNote(change, ctx)],
    })),
  };
}
