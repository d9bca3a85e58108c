/**
 * Earlier homework as reviewed with the client: one outcome (and an optional short word on how it
 * went) per activity of the latest care plans. Kept with the session draft, so a reload keeps it,
 * and sent with the wrap-up (the note says it in words) and the approval (the care plans record it).
 */
import type {
  HomeworkActivity,
  HomeworkOutcome,
  HomeworkReview,
  ReviewedActivity,
} from '../../server/contracts/continuity.ts';

/**
 * Outcomes by activity key (see {@link activityKey}), each with what the server needs to write it:
 * the wrap-up and the approval send them without reading the chart again.
 */
export type HomeworkReviewDraft = Record<string, ReviewedActivity>;

export const OUTCOME_LABELS = {
  done: 'Done',
  partly: 'Partly',
  not_done: 'Not done',
  not_discussed: 'Not discussed',
} as const satisfies Record<HomeworkOutcome, string>;

export const OUTCOMES = Object.keys(OUTCOME_LABELS) as HomeworkOutcome[];

export const PROGRESS_MAX = 500;

export function activityKey(activity: Pick<HomeworkActivity, 'source' | 'carePlanId' | 'activityIndex'>): string {
  return `${activity.source}/${activity.carePlanId}/${activity.activityIndex}`;
}

/** The clinician records an outcome, or changes the short word on how it went. */
export function recordOutcome(
  draft: HomeworkReviewDraft,
  activity: HomeworkActivity,
  change: { outcome?: HomeworkOutcome; progress?: string },
): HomeworkReviewDraft {
  const key = activityKey(activity);
  const current = draft[key];
  const outcome = change.outcome ?? current?.outcome;
  if (!outcome) return draft;
  const progress = 'progress' in change ? change.progress : current?.progress;
  return {
    ...draft,
    [key]: {
      carePlanId: activity.carePlanId,
      source: activity.source,
      activityIndex: activity.activityIndex,
      description: activity.description,
      outcome,
      ...(progress ? { progress: progress.slice(0, PROGRESS_MAX) } : {}),
    },
  };
}

/**
 * The review as the server takes it: the activities the clinician recorded an outcome for, each
 * with the description it was shown with (the write refuses a plan edited meanwhile). A progress
 * word typed before switching to "not discussed" is not sent.
 */
export function reviewBody(draft: HomeworkReviewDraft | undefined): HomeworkReview {
  return Object.values(draft ?? {}).map(({ progress, ...reviewed }) => {
    const word = reviewed.outcome === 'not_discussed' ? undefined : progress?.trim();
    return { ...reviewed, ...(word ? { progress: word } : {}) };
  });
}

/** How many of the activities shown have an outcome recorded. */
export function reviewedCount(activities: readonly HomeworkActivity[], draft: HomeworkReviewDraft | undefined): number {
  return activities.filter((a) => draft?.[activityKey(a)] !== undefined).length;
}

/** A stable summary of the review, to tell whether a note was drafted from the current one. */
export function reviewKey(draft: HomeworkReviewDraft | undefined): string {
  return JSON.stringify(reviewBody(draft).sort((a, b) => (activityKey(a) < activityKey(b) ? -1 : 1)));
}
