import { afterEach, describe, expect, test } from 'vitest';
import { IDENTIFIER_SYSTEM } from '../../fhir/codes.ts';
import { createWritebackRuntime, type WritebackRuntime } from '../../server/writeback/runtime.ts';
import { approvedNote } from '../fhir/fixtures.ts';
import type { Harness } from './harness.ts';
import { ours, PATIENT, startHarness } from './harness.ts';

/**
 * A crash between the EHR taking the note and the app hearing so: after the restart the write is
 * in the list the app reads at launch, and reading that list (with the clinician's fresh token)
 * finishes it at once — the note is found, not written twice.
 */

let harness: Harness | undefined;
let restarted: WritebackRuntime | undefined;
afterEach(async () => {
  await restarted?.close();
  await harness?.close();
  harness = undefined;
  restarted = undefined;
});

describe('after a restart', () => {
  test('a write whose answer was lost finishes on the next launch for the encounter, once, without the clinician hunting for it', async () => {
    let dropAnswers = true;
    harness = await startHarness('medplum', {
      // The EHR commits the note; the connection drops before the answer arrives.
      wrapFetch: (inner) => async (input, init) => {
        const response = await inner(input, init);
        if (dropAnswers && init?.method === 'POST') throw new TypeError('socket hang up');
        return response;
      },
    });
    const h = harness;
    const { write } = await h.runtime.writeback.approve(h.session, {
      ...approvedNote(),
      patientId: PATIENT,
      encounterId: h.session.encounterId,
    });
    expect(write.state).toBe('retrying');
    expect(write.lastError?.uncertain).toBe(true);
    expect((await h.ehrAll('DocumentReference', `identifier=${IDENTIFIER_SYSTEM.note}|${write.writeId}`)).length).toBe(
      1,
    );

    // The process dies; a new one opens the same ledger. It has no clinician token yet.
    await h.runtime.close();
    dropAnswers = false;
    restarted = createWritebackRuntime({
      dataDir: h.dataDir,
      fhirAllowlist: [h.sandbox.fhirBase],
      backoffMs: () => 60_000,
    });
    restarted.writeback.worker.start();
    await restarted.writeback.worker.runDue();
    const waiting = restarted.writeback.list(h.session)[0];
    expect(waiting?.state).toBe('retrying');
    expect(waiting?.lastError?.code).toBe('token_unavailable');

    // The clinician opens the app for this encounter: the app lists the writes, which resumes them.
    restarted.writeback.resume(h.session);
    let current = restarted.writeback.list(h.session)[0];
    for (let i = 0; i < 50 && current?.state !== 'written'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      current = restarted.writeback.list(h.session)[0];
    }
    expect(current?.state).toBe('written');
    expect((await h.ehrAll('DocumentReference')).filter(ours(write.writeId))).toHaveLength(1);
    expect((await h.ehrAll('Provenance')).filter(ours(write.writeId))).toHaveLength(1);
  });
});
