import { afterEach, describe, expect, test } from 'vitest';
import type { CarePlan, ClinicalImpression, Identifier } from '@medplum/fhirtypes';
import type { HomeworkReview } from '../../fhir/approval.ts';
import type { EhrMode } from '../../launch/sandbox/index.ts';
import type { ApproveRequest } from '../../server/writeback/service.ts';
import { approvedNote } from '../fhir/fixtures.ts';
import { faultPlan, faultyCompanion, faultyFetch, FAULTS, ProcessCrash, prng } from '../writeback/faults.ts';
import type { Fault } from '../writeback/faults.ts';
import type { Harness } from '../writeback/harness.ts';
import { PATIENT } from '../writeback/harness.ts';
import { openChart } from './helpers.ts';

/**
 * Homework outcomes go through the note's write path: under 500s, timeouts, dropped connections
 * and crashes before and after the server acted, each approval's outcomes land exactly once —
 * one progress note per reviewed activity on the care plan, or one record in the companion
 * store where the EHR will not take the update — and one session record per approval.
 */

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const REVIEW: HomeworkReview = [
  {
    carePlanId: 'cp01',
    source: 'ehr',
    activityIndex: 0,
    description: 'Two pleasant activities each week (choir, a walk outside)',
    outcome: 'done',
  },
  { carePlanId: 'cp01', source: 'ehr', activityIndex: 1, description: 'Sleep diary every morning', outcome: 'partly' },
];

const identifiedBy = (value: string) => (r: { identifier?: Identifier[] }) =>
  (r.identifier ?? []).some((i) => i.value === value);

function request(h: Harness, draftId: string): ApproveRequest {
  return {
    ...approvedNote({ homework: [], safetyPlan: undefined }),
    homeworkReview: REVIEW,
    draftId,
    separateNote: true,
    patientId: PATIENT,
    encounterId: h.session.encounterId,
  };
}

const draftIdOf = (random: () => number) =>
  `${Array.from({ length: 8 }, () => Math.floor(random() * 16).toString(16)).join('')}-0000-4000-a000-${Array.from(
    { length: 12 },
    () => Math.floor(random() * 16).toString(16),
  ).join('')}`;

async function campaign(mode: EhrMode, runs: number, seed: number) {
  const random = prng(seed);
  let budget = 0;
  const spend = () => {
    budget--;
  };
  const ehrPlan = faultPlan(random, 0.4, () => budget);
  const companionPlan = faultPlan(random, 0.4, () => budget);
  harness = await openChart(mode, {
    wrapFetch: (inner) => faultyFetch(inner, ehrPlan, spend),
    wrapCompanion: (inner) => faultyCompanion(inner, companionPlan, spend),
  });
  const h = harness;
  const writeIds: string[] = [];
  const problems: string[] = [];
  for (let run = 0; run < runs; run++) {
    budget = 1 + Math.floor(random() * 5);
    const body = request(h, draftIdOf(random));
    let write;
    for (let tries = 0; tries < 20 && !write; tries++) {
      write = await h.runtime.writeback.approve(h.session, body).then(
        (r) => r.write,
        () => undefined,
      );
    }
    if (!write) {
      problems.push(`run ${run}: never accepted`);
      continue;
    }
    for (let tries = 0; tries < 40 && write.state !== 'written'; tries++) {
      if (write.state === 'failed') {
        problems.push(`run ${run}: failed ${write.lastError?.code}: ${write.lastError?.message}`);
        break;
      }
      write = (await h.runtime.writeback.retry(h.session, write.writeId).catch(() => undefined)) ?? write;
    }
    if (write.state !== 'written') problems.push(`run ${run}: not written (${write.state})`);
    writeIds.push(write.writeId);
  }
  budget = 0;
  const faults = Object.fromEntries(FAULTS.map((f) => [f, ehrPlan.injected[f] + companionPlan.injected[f]])) as Record<
    Fault,
    number
  >;
  return { h, writeIds, problems, faults };
}

describe('homework outcomes exactly once under faults', () => {
  test('full mode: each approval leaves one progress note per reviewed activity and one session record', async () => {
    const { h, writeIds, problems, faults } = await campaign('full', 10, 0x0c0ffee);
    expect(problems).toEqual([]);
    const plan = (await h.ehrAll('CarePlan', '_id=cp01'))[0] as CarePlan;
    for (const writeId of writeIds) {
      for (const activity of plan.activity ?? []) {
        expect(
          (activity.progress ?? []).filter((p) => p.id?.startsWith(writeId)),
          writeId,
        ).toHaveLength(1);
      }
    }
    expect(plan.activity?.map((a) => a.progress?.length)).toEqual([writeIds.length, writeIds.length]);
    const records = (await h.companionAll('ClinicalImpression')) as ClinicalImpression[];
    for (const writeId of writeIds) expect(records.filter(identifiedBy(writeId)), writeId).toHaveLength(1);
    expect(records).toHaveLength(writeIds.length);
    // The runs really met faults, before and after the server acted.
    expect(faults['error-500-after'] + faults['timeout-after'] + faults['dropped-after']).toBeGreaterThan(0);
    expect(faults['error-500-before'] + faults['timeout-before'] + faults['dropped-before']).toBeGreaterThan(0);
  }, 60_000);

  test('epic mode: each approval keeps one outcome record in the companion store, the EHR plan untouched', async () => {
    const { h, writeIds, problems } = await campaign('epic', 10, 0xbeef);
    expect(problems).toEqual([]);
    const kept = ((await h.companionAll('CarePlan')) as CarePlan[]).filter((p) => p.partOf?.length);
    for (const writeId of writeIds) {
      expect(kept.filter(identifiedBy(`${writeId}:outcome-cp01`)), writeId).toHaveLength(1);
    }
    expect(kept).toHaveLength(writeIds.length);
    const plan = (await h.ehrAll('CarePlan', '_id=cp01'))[0] as CarePlan;
    expect(plan.activity?.map((a) => [a.detail?.status, a.progress])).toEqual([
      ['in-progress', undefined],
      ['not-started', undefined],
    ]);
  }, 60_000);

  test('the app dies right after the care plan update landed: after the restart it is not applied twice, and audited once', async () => {
    let crashes = 0;
    harness = await openChart('full', {
      wrapFetch: (inner) => async (input, init) => {
        const response = await inner(input, init);
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (crashes === 0 && init?.method === 'PUT' && url.endsWith('/CarePlan/cp01')) {
          crashes++;
          throw new ProcessCrash('the app process died after the care plan update was sent');
        }
        return response;
      },
    });
    const h = harness;
    const first = await h.runtime.writeback.approve(h.session, request(h, '6b1f3c0e-0000-4000-a000-00000000c0de'));
    expect(crashes).toBe(1);
    expect(first.write.state).not.toBe('written');
    await h.restart();
    const settled = await h.runtime.writeback.retry(h.session, first.write.writeId);
    expect(settled.state).toBe('written');
    expect(settled.homeworkOutcomes.map((o) => o.recordedIn)).toEqual(['care_plan', 'care_plan']);
    const plan = (await h.ehrAll('CarePlan', '_id=cp01'))[0] as CarePlan;
    expect(plan.activity?.map((a) => a.progress?.length)).toEqual([1, 1]);
    expect(plan.activity?.map((a) => a.detail?.status)).toEqual(['completed', 'in-progress']);
    const entries = h.auditEntries().filter((e) => e.action === 'chart.write' && e.detail?.writeId === settled.writeId);
    expect(entries).toHaveLength(1);
  });
});
