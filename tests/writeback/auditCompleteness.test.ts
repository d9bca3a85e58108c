/**
 * Every chart write that ends in the chart has exactly one audit entry, whichever path finished
 * it: the request itself, a retry (also one that finds the note already written), the retry
 * worker, or the next process after a crash — including a crash between the chart write and its
 * audit entry reaching the disk.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { ApproveRequest } from '../../server/writeback/service.ts';
import { approvedNote } from '../fhir/fixtures.ts';
import { ProcessCrash } from './faults.ts';
import type { Harness } from './harness.ts';
import { PATIENT, startHarness } from './harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const request = (h: Harness): ApproveRequest => ({
  ...approvedNote(),
  patientId: PATIENT,
  encounterId: h.session.encounterId,
});

/** The audit entries saying that this write reached the chart. */
const chartEntries = (h: Harness, writeId: string) =>
  h
    .auditEntries()
    .filter((e) => (e.action === 'chart.write' || e.action === 'chart.amend') && e.detail?.writeId === writeId);

describe('one audit entry per chart write, whichever path completed it', () => {
  test('written by the request itself', async () => {
    harness = await startHarness('full');
    const h = harness;
    const { write } = await h.runtime.writeback.approve(h.session, request(h));
    expect(write.state).toBe('written');
    const entries = chartEntries(h, write.writeId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor: h.session.practitionerRef,
      sessionId: h.session.sessionId,
      outcome: 'ok',
    });
  });

  test('written by the retry worker after the EHR came back', async () => {
    let down = true;
    harness = await startHarness('epic', {
      wrapFetch: (inner) => (input, init) =>
        down && init?.method === 'POST' ? Promise.reject(new TypeError('fetch failed')) : inner(input, init),
    });
    const h = harness;
    const { write } = await h.runtime.writeback.approve(h.session, request(h));
    expect(write.state).toBe('retrying');
    expect(chartEntries(h, write.writeId)).toHaveLength(0);
    down = false;
    await h.runtime.writeback.worker.runDue();
    expect(h.runtime.ledger.get(write.writeId)?.state).toBe('written');
    expect(chartEntries(h, write.writeId)).toHaveLength(1);
    // Approving the same draft again, and retrying it, add none.
    await h.runtime.writeback.approve(h.session, { ...request(h), draftId: write.writeId });
    await h.runtime.writeback.retry(h.session, write.writeId);
    expect(chartEntries(h, write.writeId)).toHaveLength(1);
  });

  test('written by a retry that finds the note already in the chart', async () => {
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
    crash = false;
    const retried = await h.runtime.writeback.retry(h.session, write.writeId);
    expect(retried.state).toBe('written');
    expect(chartEntries(h, write.writeId)).toHaveLength(1);
  });

  test('finished by the next process after a crash before the audit entry reached the disk', async () => {
    harness = await startHarness('full', {
      runtime: {
        // The process dies as the audit entry is handed over, before it is written.
        audit: { append: () => Promise.reject(new ProcessCrash('died before the audit entry was written')) },
      },
    });
    const h = harness;
    const { write } = await h.runtime.writeback.approve(h.session, request(h)).catch(() => ({ write: undefined }));
    const [record] = h.runtime.ledger.listForEncounter({
      fhirBaseUrl: h.session.fhirBaseUrl,
      patientId: PATIENT,
      encounterId: h.session.encounterId,
    });
    expect(write).toBeUndefined();
    expect(record?.state).toBe('written');
    expect(chartEntries(h, record?.writeId as string)).toHaveLength(0);
    await h.restart();
    expect(chartEntries(h, record?.writeId as string)).toHaveLength(1);
  });
});

describe('no second entry after a crash', () => {
  test('when the audit entry reached the disk but the ledger did not record it', async () => {
    harness = await startHarness('full', {
      runtime: {
        audit: {
          // The entry is written, then the process dies before the ledger notes it.
          append: async (event) => {
            const { openAuditLog } = await import('../../server/audit/log.ts');
            const log = await openAuditLog({ dataDir: (harness as Harness).dataDir });
            await log.append(event);
            await log.close();
            throw new ProcessCrash('died after the audit entry was written');
          },
        },
      },
    });
    const h = harness;
    await h.runtime.writeback.approve(h.session, request(h)).catch(() => undefined);
    const [record] = h.runtime.ledger.listForEncounter({
      fhirBaseUrl: h.session.fhirBaseUrl,
      patientId: PATIENT,
      encounterId: h.session.encounterId,
    });
    expect(record?.state).toBe('written');
    expect(chartEntries(h, record?.writeId as string)).toHaveLength(1);
    await h.restart();
    expect(chartEntries(h, record?.writeId as string)).toHaveLength(1);
  });
});
