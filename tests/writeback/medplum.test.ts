import { afterEach, describe, expect, test } from 'vitest';
import type { DocumentReference, Provenance } from '@medplum/fhirtypes';
import { IDENTIFIER_SYSTEM } from '../../fhir/codes.ts';
import type { ApproveRequest } from '../../server/writeback/service.ts';
import { approvedNote } from '../fhir/fixtures.ts';
import type { Harness } from './harness.ts';
import { CLINICIAN, ours, PATIENT, SCOPE, startHarness } from './harness.ts';
import { startSandbox } from '../../launch/sandbox/index.ts';

/**
 * Approve and sign against the sandbox in Medplum mode: a default project (strict mode,
 * transactions entry by entry) and one with `transaction-bundles`.
 */

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const approval = (h: Harness): ApproveRequest => ({
  ...approvedNote(),
  patientId: PATIENT,
  encounterId: h.session.encounterId,
  clinicianName: 'Dr. Maya Lindqvist',
});

async function expectLandedOnce(h: Harness, writeId: string): Promise<void> {
  const notes = (await h.ehrAll(
    'DocumentReference',
    `identifier=${IDENTIFIER_SYSTEM.note}|${writeId}`,
  )) as DocumentReference[];
  expect(notes).toHaveLength(1);
  const provenance = (await h.ehrAll('Provenance')).filter(ours(writeId)) as Provenance[];
  expect(provenance).toHaveLength(1);
  expect(provenance[0]?.target.map((t) => t.reference)).toContain(`DocumentReference/${notes[0]?.id}`);
  expect((await h.ehrAll('CarePlan')).filter(ours(writeId))).toHaveLength(2);
}

describe('write-back to Medplum', () => {
  for (const features of [[], ['transaction-bundles']] as const) {
    test(`a default project${features.length ? ' with transaction-bundles' : ''}: the note lands once with its Provenance`, async () => {
      const sandbox = await startSandbox({ mode: 'medplum', medplumFeatures: [...features] });
      harness = await startHarness('medplum', { sandbox });
      try {
        const { write } = await harness.runtime.writeback.approve(harness.session, approval(harness));
        expect(write.lastError).toBeNull();
        expect(write.state).toBe('written');
        await expectLandedOnce(harness, write.writeId);
      } finally {
        await harness.close();
        harness = undefined;
        await sandbox.close();
      }
    });
  }

  test('a refused entry is an explained failure at once, and Retry completes it once the cause is fixed', async () => {
    const noProvenance = SCOPE.replace('patient/Provenance.crs ', '');
    harness = await startHarness('medplum');
    const h = harness;
    h.session.accessToken = await h.sandbox.issueToken({
      scope: noProvenance,
      patient: PATIENT,
      encounter: h.session.encounterId,
      fhirUser: CLINICIAN,
    });

    const started = performance.now();
    const { write } = await h.runtime.writeback.approve(h.session, approval(h));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(write.state).toBe('failed');
    expect(write.lastError?.code).toBe('refused_403');
    expect(write.lastError?.message).toMatch(/refused the Provenance \(HTTP 403/);
    expect(write.lastError?.message).toMatch(/Ask the EHR administrator .* then press Retry/);
    // Not retried behind the clinician's back.
    expect(write.nextAttemptAt).toBeNull();
    expect(await h.runtime.writeback.worker.runDue()).toBe(0);

    h.session.accessToken = await h.sandbox.issueToken({
      scope: SCOPE,
      patient: PATIENT,
      encounter: h.session.encounterId,
      fhirUser: CLINICIAN,
    });
    const retried = await h.runtime.writeback.retry(h.session, write.writeId);
    expect(retried.state).toBe('written');
    await expectLandedOnce(h, write.writeId);
  });

  test('an EHR that keeps failing is retried a bounded number of times, then the clinician and the audit log are told', async () => {
    const audited: { action: string }[] = [];
    harness = await startHarness('medplum', {
      wrapFetch: (inner) => async (input, init) =>
        init?.method === 'POST'
          ? new Response('{"resourceType":"OperationOutcome"}', { status: 503 })
          : inner(input, init),
      runtime: { maxAttempts: 3, audit: { append: async (e) => void audited.push(e) } },
    });
    const h = harness;
    let { write } = await h.runtime.writeback.approve(h.session, approval(h));
    expect(write.state).toBe('retrying');
    while (write.state === 'retrying') {
      await h.runtime.writeback.worker.runDue();
      write = h.runtime.writeback.list(h.session).find((w) => w.writeId === write.writeId) ?? write;
    }
    expect(write.state).toBe('failed');
    expect(write.attempts).toBe(3);
    expect(write.lastError?.code).toBe('gave_up');
    expect(write.lastError?.message).toMatch(/after 3 tries .*HTTP 503.*Press Retry/);
    expect(audited.map((e) => e.action)).toEqual(['chart.write.gave_up']);
  });
});

describe('one note per encounter', () => {
  test('a second approval for a visit that has a signed note is refused with the way to amend it, even from another instance', async () => {
    harness = await startHarness('medplum');
    const h = harness;
    const { write } = await h.runtime.writeback.approve(h.session, approval(h));
    expect(write.state).toBe('written');
    await expect(h.runtime.writeback.approve(h.session, approval(h))).rejects.toMatchObject({
      status: 409,
      code: 'encounter_has_note',
    });

    // Another browser on another instance: its ledger is empty, the EHR has the note.
    const other = await startHarness('medplum', { sandbox: h.sandbox });
    try {
      const refusal = await other.runtime.writeback.approve(other.session, approval(other)).catch((e) => e);
      expect(refusal).toMatchObject({ status: 409, code: 'encounter_has_note' });
      expect(refusal.message).toContain(write.note?.reference);
      expect(refusal.message).toMatch(/Amend the signed note/);
      const separate = await other.runtime.writeback.approve(other.session, { ...approval(other), separateNote: true });
      expect(separate.write.state).toBe('written');
    } finally {
      await other.close();
    }

    const { write: amendment } = await h.runtime.writeback.amend(h.session, {
      ...approval(h),
      replacesWriteId: write.writeId,
    });
    expect(amendment.state).toBe('written');
    expect(amendment.supersededPrevious).toBe(true);
  });
});
