import { describe, expect, it } from 'vitest';
import { ApprovedNote } from '../../fhir/approval.ts';
import type { HomeworkActivity } from '../../server/contracts/continuity.ts';
import { recordOutcome, reviewBody, reviewedCount, reviewKey } from '../../client/state/homeworkReview.ts';
import { initialSession, sessionReducer } from '../../client/state/session.ts';
import { approvalBody, type WrapUpDraft } from '../../client/state/wrapUp.ts';

const activity = (carePlanId: string, activityIndex: number, description: string): HomeworkActivity => ({
  carePlanId,
  source: 'ehr',
  activityIndex,
  description,
  status: 'in-progress',
  outcomeGoesTo: 'ehr',
});
const walks = activity('cp1', 0, 'Two pleasant activities each week');
const diary = activity('cp1', 1, 'Sleep diary every morning');
const breathing = activity('cp2', 0, 'Paced breathing before bed');

describe('earlier homework reviewed with the client', () => {
  it('sends each recorded outcome with the description the clinician saw, and nothing for the rest', () => {
    let draft = recordOutcome({}, walks, { outcome: 'done' });
    draft = recordOutcome(draft, diary, { outcome: 'not_done', progress: '  forgot most mornings ' });
    expect(reviewBody(draft)).toEqual([
      { carePlanId: 'cp1', source: 'ehr', activityIndex: 0, description: walks.description, outcome: 'done' },
      {
        carePlanId: 'cp1',
        source: 'ehr',
        activityIndex: 1,
        description: diary.description,
        outcome: 'not_done',
        progress: 'forgot most mornings',
      },
    ]);
    expect(reviewedCount([walks, diary, breathing], draft)).toBe(2);
  });

  it('keeps the progress word when the outcome changes, and drops it for "not discussed"', () => {
    let draft = recordOutcome({}, diary, { outcome: 'partly' });
    draft = recordOutcome(draft, diary, { progress: 'three mornings' });
    draft = recordOutcome(draft, diary, { outcome: 'done' });
    expect(reviewBody(draft)[0]).toMatchObject({ outcome: 'done', progress: 'three mornings' });
    draft = recordOutcome(draft, diary, { outcome: 'not_discussed' });
    expect(reviewBody(draft)[0]).not.toHaveProperty('progress');
  });

  it('tells a note drafted from another review apart, whatever order the outcomes were recorded in', () => {
    const one = recordOutcome(recordOutcome({}, walks, { outcome: 'done' }), diary, { outcome: 'not_done' });
    const other = recordOutcome(recordOutcome({}, diary, { outcome: 'not_done' }), walks, { outcome: 'done' });
    expect(reviewKey(one)).toBe(reviewKey(other));
    expect(reviewKey(recordOutcome(one, diary, { outcome: 'partly' }))).not.toBe(reviewKey(one));
    expect(reviewKey(undefined)).toBe(reviewKey({}));
  });

  it('records nothing for a progress word typed before any outcome', () => {
    expect(recordOutcome({}, walks, { progress: 'went once' })).toEqual({});
  });

  it('is kept in the session state, so a reload or a resumed draft still has it', () => {
    const state = sessionReducer(initialSession('2026-12-06T10:00:00Z'), {
      type: 'homework-reviewed',
      activity: breathing,
      change: { outcome: 'partly' },
    });
    expect(reviewBody(state.homeworkReview)).toHaveLength(1);
    expect(reviewBody(initialSession('2026-12-06T10:00:00Z').homeworkReview)).toEqual([]);
  });

  it('travels in the approval with the themes and goals for next time, in the shape the server takes', () => {
    const draft: WrapUpDraft = {
      draftId: 'd1',
      format: 'SOAP',
      sections: [
        {
          key: 'S',
          title: 'Subjective',
          text: 'Client slept better.',
          origin: 'accepted',
          notAssessed: false,
          notAssessedItems: [],
        },
      ],
      risk: { level: 'none', text: '', origin: 'accepted', notAssessed: true, notAssessedItems: [] },
      homework: [],
      aiDisclosure: 'Drafted with AI assistance.',
      provenance: { provider: 'embedded', model: 'embedded', promptVersion: 'v1', latencyMs: 1 },
      carryOver: { themes: ['sleep'], goals: ['Sleep six hours most nights'] },
      createdAt: '2026-12-06T10:30:00Z',
    };
    const review = reviewBody(
      recordOutcome(recordOutcome({}, walks, { outcome: 'done' }), diary, { outcome: 'not_done' }),
    );
    const body = approvalBody(draft, {
      safetyPlan: null,
      period: { start: '2026-12-06T10:00:00Z', end: '2026-12-06T10:50:00Z' },
      patientId: 'p1',
      homeworkReview: review,
    });
    const parsed = ApprovedNote.parse(body);
    expect(parsed.homeworkReview.map((r) => r.outcome)).toEqual(['done', 'not_done']);
    expect(parsed.carryOver?.goals).toEqual(['Sleep six hours most nights']);
  });
});
