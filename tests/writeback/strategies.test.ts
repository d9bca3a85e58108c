import { afterEach, describe, expect, test } from 'vitest';
import type { DocumentReference, Provenance } from '@medplum/fhirtypes';
import { IDENTIFIER_SYSTEM } from '../../fhir/codes.ts';
import { notePlainText } from '../../fhir/documentReference.ts';
import type { ApproveRequest } from '../../server/writeback/service.ts';
import { approvedNote } from '../fhir/fixtures.ts';
import type { Harness } from './harness.ts';
import { ours, PATIENT, startHarness } from './harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

function approval(h: Harness, overrides: Partial<ApproveRequest> = {}): ApproveRequest {
  return {
    ...approvedNote(),
    patientId: PATIENT,
    encounterId: h.session.encounterId,
    clinicianName: 'Dr. Maya Lindqvist',
    ...overrides,
  };
}

/** Reads capabilities first, so the requests counted are the write's own. */
async function warm(h: Harness): Promise<void> {
  await h.runtime.consent.current(h.session);
  h.ehrRequests.length = 0;
}

/** Before a first note for the visit, the EHR is asked whether the visit already has one of ours. */
const encounterCheck = (h: Harness) => ({
  method: 'GET',
  path: `/fhir/R4/DocumentReference?patient=${PATIENT}&encounter=Encounter%2F${h.session.encounterId}&_count=50`,
});

/**
 * The requests of the write itself. Signing also reads the consent once (the note states it as
 * the chart holds it at that moment), where the EHR can search Consent.
 */
function writeRequests(h: Harness) {
  const consentReads = h.ehrRequests.filter((r) => r.method === 'GET' && r.path.includes('/Consent?'));
  expect(consentReads.length).toBeLessThanOrEqual(1);
  return h.ehrRequests.filter((r) => !consentReads.includes(r));
}

describe('write strategies against the sandbox EHR', () => {
  test('full mode: the note first, then care plans, AI Device and a Provenance naming it in one transaction — two round trips after the one-note check', async () => {
    harness = await startHarness('full');
    await warm(harness);
    const { write } = await harness.runtime.writeback.approve(harness.session, approval(harness));
    expect(write.state).toBe('written');
    expect(write.strategy).toBe('transaction');
    expect(writeRequests(harness)).toEqual([
      encounterCheck(harness),
      { method: 'POST', path: '/fhir/R4/DocumentReference' },
      { method: 'POST', path: '/fhir/R4' },
    ]);

    const notes = (await harness.ehrAll(
      'DocumentReference',
      `identifier=${IDENTIFIER_SYSTEM.note}|${write.writeId}`,
    )) as DocumentReference[];
    expect(notes).toHaveLength(1);
    const note = notes[0] as DocumentReference;
    expect(note.type?.coding?.[0]?.code).toBe('34904-3');
    expect(note.content.map((c) => c.attachment.contentType)).toEqual([
      'text/plain; charset=utf-8',
      'text/html; charset=utf-8',
    ]);
    expect(note.author?.[0]?.reference).toBe('Practitioner/lindqvist');
    expect(note.context?.encounter?.[0]?.reference).toBe(`Encounter/${harness.session.encounterId}`);
    expect(note.meta?.security?.[0]?.code).toBe('AIAST');
    expect(notePlainText(note)).toContain('Consent to AI-assisted session: granted');

    const carePlans = (await harness.ehrAll('CarePlan')).filter(ours(write.writeId));
    expect(carePlans).toHaveLength(2);
    const provenance = (await harness.ehrAll('Provenance')).filter(ours(write.writeId)) as Provenance[];
    expect(provenance).toHaveLength(1);
    expect(provenance[0]?.target.map((t) => t.reference).sort()).toEqual(
      [`DocumentReference/${note.id}`, ...carePlans.map((c) => `CarePlan/${c.id}`)].sort(),
    );
    const deviceRef = provenance[0]?.agent[0]?.who?.reference ?? '';
    expect(deviceRef).toMatch(/^Device\//);
    expect(await harness.companionAll('CarePlan')).toEqual([]);
  });

  test('epic mode: only the note goes to the EHR (progress note type, plain text); the rest to the companion store', async () => {
    harness = await startHarness('epic');
    await warm(harness);
    const { write } = await harness.runtime.writeback.approve(
      harness.session,
      approval(harness, { docStatus: 'preliminary' }),
    );
    expect(write.state).toBe('written');
    expect(write.strategy).toBe('noteOnly');
    expect(writeRequests(harness)).toEqual([
      encounterCheck(harness),
      { method: 'POST', path: '/fhir/R4/DocumentReference' },
    ]);

    const notes = (await harness.ehrAll('DocumentReference')).filter(ours(write.writeId)) as DocumentReference[];
    expect(notes).toHaveLength(1);
    const note = notes[0] as DocumentReference;
    expect(note.type?.coding?.[0]?.code).toBe('11506-3');
    expect(note.docStatus).toBe('preliminary');
    expect(note.content).toHaveLength(1);
    const text = notePlainText(note) ?? '';
    expect(text).toContain('HOMEWORK');
    expect(text).toContain('Safety plan (Stanley–Brown)'.toUpperCase());

    expect((await harness.ehrAll('CarePlan')).filter(ours(write.writeId))).toEqual([]);
    expect((await harness.ehrAll('Provenance')).filter(ours(write.writeId))).toEqual([]);
    expect(await harness.companionAll('CarePlan')).toHaveLength(2);
    expect(await harness.companionAll('Device')).toHaveLength(1);
    const provenance = (await harness.companionAll('Provenance')) as Provenance[];
    expect(provenance).toHaveLength(1);
    expect(provenance[0]?.target.map((t) => t.reference)).toContain(
      `${harness.sandbox.fhirBase}/DocumentReference/${note.id}`,
    );
    expect(write.resources.map((r) => `${r.destination}:${r.resourceType}`).sort()).toEqual(
      [
        'companion:CarePlan',
        'companion:CarePlan',
        // The session's record for the next session: confirmed risk, themes, goals.
        'companion:ClinicalImpression',
        'companion:Device',
        'companion:Provenance',
        'ehr:DocumentReference',
      ].sort(),
    );
  });

  test('oracle mode: a signed note and a one-target Provenance in the EHR; care plans and the Device in the companion store', async () => {
    harness = await startHarness('oracle');
    await warm(harness);
    const { write } = await harness.runtime.writeback.approve(
      harness.session,
      approval(harness, { docStatus: 'preliminary' }),
    );
    expect(write.lastError).toBeNull();
    expect(write.state).toBe('written');
    expect(write.strategy).toBe('noteAndProvenance');
    expect(writeRequests(harness)).toEqual([
      encounterCheck(harness),
      { method: 'POST', path: '/fhir/R4/DocumentReference' },
      { method: 'POST', path: '/fhir/R4/Provenance' },
    ]);
    const note = (await harness.ehrAll('DocumentReference')).filter(ours(write.writeId))[0] as DocumentReference;
    expect(note.docStatus).toBe('final');
    expect(note.context?.period?.end).toBe('2026-03-02T15:50:00Z');
    const provenance = (await harness.ehrAll('Provenance')).filter(ours(write.writeId)) as Provenance[];
    expect(provenance).toHaveLength(1);
    expect(provenance[0]?.target).toEqual([{ reference: `DocumentReference/${note.id}` }]);
    expect(provenance[0]?.agent[0]?.who?.identifier?.system).toBe(IDENTIFIER_SYSTEM.device);
    expect(await harness.companionAll('CarePlan')).toHaveLength(2);
    expect(await harness.companionAll('Device')).toHaveLength(1);
    expect((await harness.ehrAll('CarePlan')).filter(ours(write.writeId))).toEqual([]);
  });

  test('approving the same draft twice writes it once', async () => {
    harness = await startHarness('epic');
    const draftId = '6f1c2b7e-8a3d-4c55-9e21-0b7f3a9d4e10';
    const first = await harness.runtime.writeback.approve(harness.session, approval(harness, { draftId }));
    const second = await harness.runtime.writeback.approve(harness.session, approval(harness, { draftId }));
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.write.writeId).toBe(first.write.writeId);
    expect((await harness.ehrAll('DocumentReference')).filter(ours(draftId))).toHaveLength(1);
  });
});
