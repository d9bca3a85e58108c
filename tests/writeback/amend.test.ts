import { afterEach, describe, expect, test } from 'vitest';
import type { DocumentReference } from '@medplum/fhirtypes';
import type { EhrMode } from '../../launch/sandbox/index.ts';
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

const request = (h: Harness, text: string): ApproveRequest => ({
  ...approvedNote({ sections: [{ key: 'subjective', title: 'Subjective', text }] }),
  patientId: PATIENT,
  encounterId: h.session.encounterId,
});

async function amendIn(mode: EhrMode) {
  harness = await startHarness(mode);
  const h = harness;
  const { write: original } = await h.runtime.writeback.approve(h.session, request(h, 'Sleeps four hours a night.'));
  expect(original.state).toBe('written');
  const { write: amendment } = await h.runtime.writeback.amend(h.session, {
    ...request(h, 'Sleeps five hours a night (corrected).'),
    replacesWriteId: original.writeId,
  });
  const notes = (await h.ehrAll('DocumentReference')) as DocumentReference[];
  const before = notes.find(ours(original.writeId)) as DocumentReference;
  const after = notes.find(ours(amendment.writeId)) as DocumentReference;
  return { original, amendment, before, after };
}

describe('amendments', () => {
  test('full mode: a new note replaces the signed one, which is marked superseded — nothing is overwritten', async () => {
    const { amendment, before, after } = await amendIn('full');
    expect(amendment.state).toBe('written');
    expect(amendment.kind).toBe('amend');
    expect(after.relatesTo).toEqual([{ code: 'replaces', target: { reference: `DocumentReference/${before.id}` } }]);
    expect(notePlainText(after)).toContain('Sleeps five hours a night (corrected).');
    expect(notePlainText(after)).toContain(`Amendment: replaces DocumentReference/${before.id}`);
    expect(amendment.supersededPrevious).toBe(true);
    expect(before.status).toBe('superseded');
    expect(notePlainText(before)).toContain('Sleeps four hours a night.');
  });

  test('epic mode: the replacement is filed and points at the old note, which the EHR keeps as it was', async () => {
    const { amendment, before, after } = await amendIn('epic');
    expect(amendment.state).toBe('written');
    expect(after.relatesTo?.[0]?.target.reference).toBe(`DocumentReference/${before.id}`);
    expect(amendment.supersededPrevious).toBe(false);
    expect(before.status).toBe('current');
  });

  test('oracle mode: an update the EHR refuses leaves the old note untouched and the amendment written', async () => {
    const { amendment, before, after } = await amendIn('oracle');
    expect(amendment.state).toBe('written');
    expect(after.relatesTo?.[0]?.target.reference).toBe(`DocumentReference/${before.id}`);
    expect(amendment.supersededPrevious).toBe(false);
    expect(before.status).toBe('current');
  });

  test('a note still on its way to the chart cannot be amended', async () => {
    harness = await startHarness('epic', {
      wrapFetch: (inner) => (input, init) =>
        init?.method === 'POST' ? Promise.reject(new TypeError('fetch failed')) : inner(input, init),
    });
    const h = harness;
    const { write } = await h.runtime.writeback.approve(h.session, request(h, 'First version.'));
    expect(write.state).toBe('retrying');
    await expect(
      h.runtime.writeback.amend(h.session, { ...request(h, 'Second version.'), replacesWriteId: write.writeId }),
    ).rejects.toMatchObject({ code: 'not_written_yet' });
  });
});

describe('a note belongs to its author', () => {
  test('another clinician on the same patient and encounter cannot amend, retry or read back the note', async () => {
    harness = await startHarness('full');
    const h = harness;
    const { write: original } = await h.runtime.writeback.approve(h.session, request(h, 'Sleeps four hours a night.'));
    expect(original.state).toBe('written');
    const token = await h.sandbox.issueToken({
      scope: 'launch openid fhirUser user/*.cruds',
      patient: PATIENT,
      fhirUser: 'Practitioner/osei',
    });
    const colleague = {
      ...h.session,
      sessionId: 's-colleague',
      practitionerRef: 'Practitioner/osei',
      accessToken: token,
    };
    await expect(
      h.runtime.writeback.amend(colleague, {
        ...request(h, 'Sleeps nine hours a night.'),
        replacesWriteId: original.writeId,
      }),
    ).rejects.toMatchObject({ status: 404, code: 'write_not_found' });
    await expect(h.runtime.writeback.retry(colleague, original.writeId)).rejects.toMatchObject({ status: 404 });
    expect(h.runtime.writeback.list(colleague)).toEqual([]);
    const notes = (await h.ehrAll('DocumentReference')) as DocumentReference[];
    expect(notes.find(ours(original.writeId))?.status).toBe('current');
    // The author still can.
    expect(h.runtime.writeback.list(h.session).map((w) => w.writeId)).toEqual([original.writeId]);
  });
});
