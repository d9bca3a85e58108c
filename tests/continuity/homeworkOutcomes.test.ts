import { afterEach, describe, expect, test } from 'vitest';
import type { CarePlan, ClinicalImpression } from '@medplum/fhirtypes';
import type { HomeworkReview } from '../../fhir/approval.ts';
import { ContinuityView } from '../../server/contracts/continuity.ts';
import { approvedNote } from '../fhir/fixtures.ts';
import type { Harness } from '../writeback/harness.ts';
import { PATIENT } from '../writeback/harness.ts';
import type { Sandbox } from '../../launch/sandbox/index.ts';
import { startSandbox } from '../../launch/sandbox/index.ts';
import { appFor, call, openChart } from './helpers.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const TWO_ACTIVITIES = 'Two pleasant activities each week (choir, a walk outside)';
const SLEEP_DIARY = 'Sleep diary every morning';

const review = (
  outcomes: [HomeworkReview[number]['outcome'], HomeworkReview[number]['outcome']],
  source: 'ehr' | 'companion' = 'ehr',
): HomeworkReview => [
  {
    carePlanId: 'cp01',
    source,
    activityIndex: 0,
    description: TWO_ACTIVITIES,
    outcome: outcomes[0],
    progress: 'choir twice',
  },
  { carePlanId: 'cp01', source, activityIndex: 1, description: SLEEP_DIARY, outcome: outcomes[1] },
];

const approval = (h: Harness, homeworkReview: HomeworkReview, extra: Record<string, unknown> = {}) => ({
  ...approvedNote({ riskAssessment: { level: 'low', text: 'Passive thoughts, no plan; confirmed in session.' } }),
  homeworkReview,
  carryOver: { themes: ['Sleep'], goals: ['Back to choir every week'] },
  patientId: PATIENT,
  encounterId: h.session.encounterId,
  ...extra,
});

/** Another user of the EHR changes a care plan (with the version it read, as a well-behaved client does). */
async function retitle(sandbox: Sandbox, id: string, title: string): Promise<void> {
  await rewrite(sandbox, id, (plan) => ({ ...plan, title }));
}

async function rewrite(sandbox: Sandbox, id: string, change: (plan: CarePlan) => CarePlan): Promise<void> {
  const token = await sandbox.issueToken({
    scope: 'openid fhirUser user/CarePlan.cruds',
    fhirUser: 'Practitioner/osei',
  });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/fhir+json' };
  const plan = (await (await fetch(`${sandbox.fhirBase}/CarePlan/${id}`, { headers })).json()) as CarePlan;
  const put = await fetch(`${sandbox.fhirBase}/CarePlan/${id}`, {
    method: 'PUT',
    headers,
    body: JSON.stringify(change(plan)),
  });
  if (put.status !== 200) throw new Error(`rewriting CarePlan/${id} answered ${put.status}`);
}

async function ehrCarePlan(h: Harness, id: string): Promise<CarePlan> {
  return (await h.ehrAll('CarePlan', `_id=${id}`))[0] as CarePlan;
}

describe('homework outcomes written back on approval', () => {
  test('full mode: done and not done land on the care plan’s activities, with a dated progress note by the clinician', async () => {
    harness = await openChart('full');
    const h = harness;
    const app = appFor(h);
    const approved = await call(app, h.session, 'POST', '/approve', approval(h, review(['done', 'not_done'])));
    expect(approved.status).toBe(201);
    expect(approved.body.homeworkOutcomes).toEqual([
      { carePlanId: 'cp01', source: 'ehr', activityIndex: 0, outcome: 'done', recordedIn: 'care_plan' },
      { carePlanId: 'cp01', source: 'ehr', activityIndex: 1, outcome: 'not_done', recordedIn: 'care_plan' },
    ]);

    const plan = await ehrCarePlan(h, 'cp01');
    expect(plan.activity?.map((a) => a.detail?.status)).toEqual(['completed', 'not-started']);
    const [first, second] = plan.activity ?? [];
    expect(first?.progress).toHaveLength(1);
    expect(first?.progress?.[0]).toMatchObject({
      authorReference: { reference: 'Practitioner/lindqvist' },
      text: 'Done (reviewed with the client in session): choir twice',
    });
    expect(Date.parse(first?.progress?.[0]?.time ?? '')).not.toBeNaN();
    expect(second?.progress?.[0]?.text).toMatch(/^Not done/);
    // One activity still open: the plan stays active.
    expect(plan.status).toBe('active');
    expect(plan.meta?.versionId).not.toBe('1');

    // The next session's view shows it, with the confirmed risk of this one.
    const view = ContinuityView.parse((await call(app, h.session, 'GET', '/continuity')).body);
    expect(view.homework.map((a) => a.status)).toEqual(['completed', 'not-started']);
    expect(view.homework[0]?.lastProgress?.text).toContain('choir twice');
    const records = (await h.companionAll('ClinicalImpression')) as ClinicalImpression[];
    expect(records).toHaveLength(1);
    expect(JSON.stringify(records[0]?.finding)).toContain('"code":"low"');
  });

  test('the care plan is completed when all its activities are; not discussed changes nothing', async () => {
    harness = await openChart('full');
    const h = harness;
    const { write } = await h.runtime.writeback.approve(h.session, approval(h, review(['done', 'done'])));
    expect(write.state).toBe('written');
    expect((await ehrCarePlan(h, 'cp01')).status).toBe('completed');

    await harness.close();
    harness = await openChart('full');
    const h2 = harness;
    const before = await ehrCarePlan(h2, 'cp01');
    const result = await h2.runtime.writeback.approve(
      h2.session,
      approval(h2, review(['not_discussed', 'not_discussed'])),
    );
    expect(result.write.homeworkOutcomes.map((o) => o.recordedIn)).toEqual(['skipped', 'skipped']);
    expect(await ehrCarePlan(h2, 'cp01')).toEqual(before);
  });

  test('epic mode: the EHR will not take care plan updates, so the outcomes are kept in the companion store and said so', async () => {
    harness = await openChart('epic');
    const h = harness;
    const app = appFor(h);
    const before = await ehrCarePlan(h, 'cp01');
    const approved = await call(app, h.session, 'POST', '/approve', approval(h, review(['done', 'not_done'])));
    expect(approved.status).toBe(201);
    for (const outcome of approved.body.homeworkOutcomes) {
      expect(outcome).toMatchObject({ recordedIn: 'companion' });
      expect(outcome.message).toMatch(/does not let the app update care plans/);
    }
    expect(h.ehrRequests.some((r) => r.method === 'PUT')).toBe(false);
    expect(await ehrCarePlan(h, 'cp01')).toEqual(before);

    const kept = ((await h.companionAll('CarePlan')) as CarePlan[]).filter((p) => p.partOf?.length);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.partOf?.[0]?.reference).toBe(`${h.sandbox.fhirBase}/CarePlan/cp01`);
    expect(kept[0]?.activity?.map((a) => a.detail?.status)).toEqual(['completed', 'not-started']);

    // The next launch reads the EHR's plan with the kept outcomes laid over it.
    const view = ContinuityView.parse((await call(app, h.session, 'GET', '/continuity')).body);
    expect(view.homework.map((a) => [a.carePlanId, a.status])).toEqual([
      ['cp01', 'completed'],
      ['cp01', 'not-started'],
    ]);
  });

  test('a care plan edited since the review is not overwritten: the outcome goes to the companion store with the reason', async () => {
    harness = await openChart('full');
    const h = harness;
    const edited = review(['done', 'partly']);
    (edited[1] as { description: string }).description = 'Sleep diary every evening';
    const { write } = await h.runtime.writeback.approve(h.session, approval(h, edited));
    expect(write.state).toBe('written');
    expect(write.homeworkOutcomes[0]).toMatchObject({ recordedIn: 'companion' });
    expect(write.homeworkOutcomes[0]?.message).toMatch(/edited since it was read/);
    const plan = await ehrCarePlan(h, 'cp01');
    expect(plan.activity?.map((a) => a.detail?.status)).toEqual(['in-progress', 'not-started']);
  });

  test('a change made in the EHR while the outcome is written (If-Match) is kept, and the outcome still lands once', async () => {
    let interfered = false;
    const sandbox = await startSandbox({ port: 0, mode: 'full' });
    harness = await openChart('full', {
      sandbox,
      wrapFetch: (inner) => async (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (!interfered && init?.method === 'PUT' && url.endsWith('/CarePlan/cp01')) {
          interfered = true;
          // Someone else retitles the plan between the app's read and its write.
          await retitle(sandbox, 'cp01', 'Renamed in the EHR');
        }
        return inner(input, init);
      },
    });
    const h = harness;
    const { write } = await h.runtime.writeback.approve(h.session, approval(h, review(['done', 'partly'])));
    expect(interfered).toBe(true);
    expect(write.homeworkOutcomes.map((o) => o.recordedIn)).toEqual(['care_plan', 'care_plan']);
    const plan = await ehrCarePlan(h, 'cp01');
    expect(plan.title).toBe('Renamed in the EHR');
    expect(plan.activity?.map((a) => a.detail?.status)).toEqual(['completed', 'in-progress']);
    expect(plan.activity?.map((a) => a.progress?.length)).toEqual([1, 1]);
    expect(h.ehrRequests.filter((r) => r.method === 'PUT')).toHaveLength(2);
    await sandbox.close();
  });

  test('epic mode, two sessions: homework the app kept in the companion store is reviewed next time and updated there', async () => {
    harness = await openChart('epic');
    const h = harness;
    // The first session: last week's visit (which already has its note; this one is added to it).
    const earlier = { ...h.session, sessionId: `${h.session.sessionId}-earlier`, encounterId: 'n02-visit' };
    const first = await h.runtime.writeback.approve(
      earlier,
      approval(h, [], { encounterId: 'n02-visit', separateNote: true }),
    );
    expect(first.write.state).toBe('written');

    // Today's session sees that homework.
    const next = h.session;
    const view = await h.runtime.continuity.read(next);
    const assigned = view.homework.filter((a) => a.source === 'companion');
    expect(assigned.map((a) => a.description)).toEqual([
      'Sleep diary: Note bedtime, wake time and how rested you feel.',
      'Pleasant activity: Plan one short walk with a friend.',
      'Grounding: Use 5-4-3-2-1 grounding when anxious.',
    ]);
    expect(assigned.every((a) => a.outcomeGoesTo === 'companion')).toBe(true);

    const reviewed: HomeworkReview = assigned.map((a) => ({
      carePlanId: a.carePlanId,
      source: a.source,
      activityIndex: a.activityIndex,
      description: a.description,
      outcome: 'done',
    }));
    const second = await h.runtime.writeback.approve(next, approval(h, reviewed));
    expect(second.write.state).toBe('written');
    expect(second.write.homeworkOutcomes.map((o) => o.recordedIn)).toEqual(['care_plan', 'care_plan', 'care_plan']);
    const plan = ((await h.companionAll('CarePlan')) as CarePlan[]).find((p) => p.id === assigned[0]?.carePlanId);
    expect(plan?.status).toBe('completed');
    expect(plan?.activity?.map((a) => a.progress?.length)).toEqual([1, 1, 1]);
  });

  test('another patient’s care plan is never marked, even with a token that could write it', async () => {
    harness = await openChart('full', { scope: 'launch openid fhirUser user/*.cruds' });
    const h = harness;
    const before = await ehrCarePlan(h, 'cp02');
    const foreign: HomeworkReview = [
      {
        carePlanId: 'cp02',
        source: 'ehr',
        activityIndex: 0,
        description: 'Warning signs: nightmares several nights in a row, drinking to sleep',
        outcome: 'done',
      },
    ];
    const { write } = await h.runtime.writeback.approve(h.session, approval(h, foreign));
    expect(write.state).toBe('written');
    expect(write.homeworkOutcomes).toEqual([
      expect.objectContaining({
        carePlanId: 'cp02',
        recordedIn: 'skipped',
        message: expect.stringMatching(/not this patient’s/),
      }),
    ]);
    expect(await ehrCarePlan(h, 'cp02')).toEqual(before);
    expect(((await h.companionAll('CarePlan')) as CarePlan[]).filter((p) => p.partOf?.length)).toEqual([]);
  });

  test('a care plan the EHR holds in a shape FHIR does not allow is not sent back; its outcome is kept and said so', async () => {
    const sandbox = await startSandbox({ port: 0, mode: 'full' });
    await rewrite(sandbox, 'cp01', (plan) => {
      const { intent: _dropped, ...rest } = plan;
      return rest as CarePlan;
    });
    harness = await openChart('full', { sandbox });
    const h = harness;
    const { write } = await h.runtime.writeback.approve(h.session, approval(h, review(['done', 'not_done'])));
    expect(write.state).toBe('written');
    expect(write.homeworkOutcomes.map((o) => o.recordedIn)).toEqual(['companion', 'companion']);
    expect(write.homeworkOutcomes[0]?.message).toMatch(/does not pass FHIR validation/);
    expect(h.ehrRequests.some((r) => r.method === 'PUT')).toBe(false);
    await sandbox.close();
  });
});
