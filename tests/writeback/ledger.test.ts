import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Bundle } from '@medplum/fhirtypes';
import { createEmbeddedCompanion } from '../../server/writeback/companion.ts';
import { defaultBackoffMs } from '../../server/writeback/executor.ts';
import { openWriteLedger } from '../../server/writeback/ledger.ts';
import type { WriteRecord } from '../../server/writeback/record.ts';
import { createWritebackRuntime } from '../../server/writeback/runtime.ts';
import type { ApproveRequest } from '../../server/writeback/service.ts';
import { approvedNote, writeInput } from '../fhir/fixtures.ts';
import { ProcessCrash } from './faults.ts';
import type { Harness } from './harness.ts';
import { ours, PATIENT, startHarness } from './harness.ts';

let harness: Harness | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await harness?.close();
  harness = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const request = (h: Harness): ApproveRequest => ({
  ...approvedNote(),
  patientId: PATIENT,
  encounterId: h.session.encounterId,
});

function record(overrides: Partial<WriteRecord> = {}): WriteRecord {
  const input = writeInput();
  return {
    writeId: input.writeId,
    kind: 'approve',
    sessionId: 's1',
    fhirBaseUrl: input.fhirBaseUrl,
    patientId: input.patientId,
    encounterId: input.encounterId,
    practitionerRef: input.practitionerRef,
    input,
    state: 'pending',
    attempts: 0,
    steps: {},
    createdAt: '2026-03-02T16:05:00.000Z',
    updatedAt: '2026-03-02T16:05:00.000Z',
    ...overrides,
  };
}

describe('write ledger', () => {
  test('keeps an approved draft across a restart, and refuses the same approval twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
    dirs.push(dir);
    const file = join(dir, 'writes.sqlite');
    const first = openWriteLedger(file);
    expect(first.insert(record())).toBe(true);
    expect(first.insert(record())).toBe(false);
    first.close();
    const reopened = openWriteLedger(file);
    expect(reopened.get('w-0001')?.input?.note.sections[0]?.text).toContain('four hours');
    expect(reopened.due('2026-03-02T16:05:01.000Z').map((r) => r.writeId)).toEqual(['w-0001']);
    reopened.close();
  });

  test('a write a dead process left mid-attempt is due again at start', () => {
    const ledger = openWriteLedger(':memory:');
    ledger.insert(record({ state: 'writing' }));
    expect(ledger.due('2026-03-02T17:00:00.000Z')).toEqual([]);
    expect(ledger.recoverInterrupted('2026-03-02T17:00:00.000Z')).toBe(1);
    expect(ledger.due('2026-03-02T17:00:00.000Z').map((r) => r.state)).toEqual(['retrying']);
    ledger.close();
  });

  test('back-off doubles from about 2 s up to about 5 minutes', () => {
    const mid = () => 0.5;
    expect(defaultBackoffMs(1, mid)).toBe(2_000);
    expect(defaultBackoffMs(2, mid)).toBe(4_000);
    expect(defaultBackoffMs(5, mid)).toBe(32_000);
    expect(defaultBackoffMs(20, mid)).toBe(300_000);
    expect(defaultBackoffMs(1, () => 0)).toBe(1_600);
    expect(defaultBackoffMs(1, () => 1)).toBe(2_400);
  });
});

describe('approved drafts that could not be written', () => {
  test('are retried by the worker once the EHR is back, and the payload is dropped once written', async () => {
    let down = true;
    harness = await startHarness('epic', {
      wrapFetch: (inner) => (input, init) =>
        down && init?.method === 'POST' ? Promise.reject(new TypeError('fetch failed')) : inner(input, init),
    });
    const h = harness;
    const { write } = await h.runtime.writeback.approve(h.session, request(h));
    expect(write.state).toBe('retrying');
    expect(write.lastError).toMatchObject({ code: 'network', uncertain: true });
    expect(h.runtime.ledger.get(write.writeId)?.input).toBeDefined();
    expect(await h.runtime.writeback.worker.runDue()).toBe(1);
    expect(h.runtime.ledger.get(write.writeId)?.state).toBe('retrying');
    down = false;
    await h.runtime.writeback.worker.runDue();
    const done = h.runtime.ledger.get(write.writeId);
    expect(done?.state).toBe('written');
    expect(done?.input).toBeUndefined();
    expect((await h.ehrAll('DocumentReference')).filter(ours(write.writeId))).toHaveLength(1);
  });

  test('a retry uses the clinician’s latest token, not the one the approval came with', async () => {
    let down = true;
    const authorizations: string[] = [];
    harness = await startHarness('epic', {
      wrapFetch: (inner) => (input, init) => {
        if (init?.method === 'POST') authorizations.push(new Headers(init.headers).get('authorization') ?? '');
        return down && init?.method === 'POST' ? Promise.reject(new TypeError('fetch failed')) : inner(input, init);
      },
    });
    const h = harness;
    const { write } = await h.runtime.writeback.approve(h.session, request(h));
    expect(write.state).toBe('retrying');
    // The session middleware puts each request's verified token on the session.
    h.session.accessToken = await h.sandbox.issueToken({
      scope: 'launch openid fhirUser patient/DocumentReference.crus',
      patient: PATIENT,
      encounter: h.session.encounterId,
      fhirUser: 'Practitioner/lindqvist',
    });
    down = false;
    await h.runtime.writeback.worker.runDue();
    expect(h.runtime.ledger.get(write.writeId)?.state).toBe('written');
    expect(authorizations.at(-1)).toBe(`Bearer ${h.session.accessToken}`);
    expect(authorizations[0]).not.toBe(authorizations.at(-1));
  });

  test('a write interrupted by the process dying is finished by the next process, exactly once', async () => {
    let crash = true;
    harness = await startHarness('epic', {
      wrapFetch: (inner) => async (input, init) => {
        const response = await inner(input, init);
        if (crash && init?.method === 'POST') throw new ProcessCrash('died after sending');
        return response;
      },
    });
    const h = harness;
    const { write } = await h.runtime.writeback.approve(h.session, request(h));
    expect(write.state).toBe('retrying');
    // As the dead process left it: mid-attempt, the note's intent on disk, its result not.
    h.runtime.ledger.update(write.writeId, (r) => ({
      ...r,
      state: 'writing',
      steps: { note: { ...(r.steps.note as NonNullable<WriteRecord['steps'][string]>), state: 'sending' } },
    }));
    await h.runtime.close();
    crash = false;

    const next = createWritebackRuntime({
      dataDir: h.dataDir,
      fhirAllowlist: [h.sandbox.fhirBase],
      companionStore: await createEmbeddedCompanion(join(h.dataDir, 'companion.json')),
      backoffMs: () => 0,
    });
    try {
      expect(next.ledger.recoverInterrupted(new Date().toISOString())).toBe(1);
      await next.writeback.worker.runDue();
      expect(next.ledger.get(write.writeId)?.lastError?.code).toBe('token_unavailable');
      next.ehr.remember(h.session);
      await next.writeback.worker.runDue();
      expect(next.ledger.get(write.writeId)?.state).toBe('written');
    } finally {
      await next.close();
    }
    expect((await h.ehrAll('DocumentReference')).filter(ours(write.writeId))).toHaveLength(1);
    const companion = await createEmbeddedCompanion(join(h.dataDir, 'companion.json'));
    const plans = await companion.request({ method: 'GET', url: 'CarePlan' });
    expect((plans.body as Bundle).entry?.filter((e) => e.resource && ours(write.writeId)(e.resource))).toHaveLength(2);
  });

  test('an invalid resource is refused before any request reaches the EHR, and kept for correction', async () => {
    harness = await startHarness('full');
    const h = harness;
    await h.runtime.consent.current(h.session);
    h.ehrRequests.length = 0;
    const input = writeInput({
      writeId: 'w-invalid',
      fhirBaseUrl: h.sandbox.fhirBase,
      patientId: PATIENT,
      encounterId: h.session.encounterId,
      approvedAt: 'yesterday afternoon',
    });
    h.runtime.ledger.insert(
      record({ writeId: 'w-invalid', fhirBaseUrl: h.sandbox.fhirBase, encounterId: h.session.encounterId, input }),
    );
    h.runtime.ehr.remember(h.session);
    const result = await h.runtime.writeback.executor.run('w-invalid');
    expect(result.state).toBe('failed');
    expect(result.lastError?.code).toBe('invalid_resource');
    expect(result.lastError?.message).toContain('DocumentReference failed validation');
    expect(h.ehrRequests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(result.input).toBeDefined();
  });
});
