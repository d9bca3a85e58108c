import { describe, expect, test } from 'vitest';
import type { DocumentReference, Provenance } from '@medplum/fhirtypes';
import type { ServerCapabilities } from '../../fhir/capabilities.ts';
import { noteAndProvenanceStrategy } from '../../fhir/strategies/noteAndProvenance.ts';
import { noteOnlyStrategy } from '../../fhir/strategies/noteOnly.ts';
import { transactionStrategy } from '../../fhir/strategies/transaction.ts';
import type { CreateStep, TransactionStep, WriteIO } from '../../fhir/strategies/types.ts';
import { findProblems } from '../../fhir/validate.ts';
import { FHIR_BASE, writeInput } from './fixtures.ts';

function caps(create: string[], options: { transaction?: boolean; update?: string[] } = {}): ServerCapabilities {
  return {
    transaction: options.transaction ?? false,
    batch: false,
    create: new Set(create),
    update: new Set(options.update ?? []),
    read: new Set(create),
    search: new Set(create),
    conditionalCreate: options.transaction ? new Set(create) : new Set(),
    searchParams: new Map(),
  };
}

/** Records what a strategy asks for and answers like a server would. */
function recordingIO() {
  const calls: (CreateStep | TransactionStep | { key: string; reference: string })[] = [];
  let n = 0;
  const io: WriteIO = {
    async create(step) {
      calls.push(step);
      return `${step.resource.resourceType}/${++n}`;
    },
    async transaction(step) {
      calls.push(step);
      return Object.fromEntries(step.entries.map((e) => [e.fullUrl, `${e.resource.resourceType}/${++n}`]));
    },
    async supersede(step) {
      calls.push(step);
      return true;
    },
    async updateCarePlan(step) {
      calls.push(step);
      return { updated: true };
    },
  };
  return { io, calls };
}

describe('write strategies', () => {
  test('transaction: the note alone first, then the rest in one Bundle naming the real note, each conditional on its identity', async () => {
    const prepared = transactionStrategy.prepare(
      writeInput(),
      caps(['DocumentReference', 'Provenance'], { transaction: true }),
    );
    for (const { resource } of prepared.resources) expect(findProblems(resource)).toEqual([]);
    expect((prepared.resources[0]?.resource as DocumentReference).meta?.profile).toBeUndefined();
    const { io, calls } = recordingIO();
    const outcome = await prepared.run(io);
    // Then the session record for the next session, in the companion store.
    expect(calls).toHaveLength(3);
    const [note, step, record] = calls as [CreateStep, TransactionStep, CreateStep];
    expect(record.destination).toBe('companion');
    expect(record.resource.resourceType).toBe('ClinicalImpression');
    expect(note.resource.resourceType).toBe('DocumentReference');
    expect(note.identity).toMatch(/^identifier=/);
    expect(step.destination).toBe('ehr');
    expect(step.entries.map((e) => e.resource.resourceType)).toEqual(['CarePlan', 'CarePlan', 'Device', 'Provenance']);
    for (const entry of step.entries) {
      expect(entry.fullUrl).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(entry.ifNoneExist).toMatch(/^(identifier|_tag)=/);
    }
    const provenance = step.entries[3]?.resource as Provenance;
    expect(provenance.target.map((t) => t.reference)).toEqual([
      'DocumentReference/1',
      ...step.entries.slice(0, 2).map((e) => e.fullUrl),
    ]);
    // Found again only with its own note: an earlier Provenance with the same tag but another target is not this one.
    expect(step.entries[3]?.ifNoneExist).toContain(`target=${encodeURIComponent('DocumentReference/1')}`);
    expect(provenance.agent[0]?.who?.reference).toBe(step.entries[2]?.fullUrl);
    expect(outcome.note).toEqual({
      resourceType: 'DocumentReference',
      destination: 'ehr',
      reference: 'DocumentReference/1',
    });
  });

  test('transaction: a retried approval builds byte-for-byte the same Bundle', () => {
    const a = transactionStrategy.prepare(writeInput(), caps([], { transaction: true }));
    const b = transactionStrategy.prepare(writeInput(), caps([], { transaction: true }));
    expect(JSON.stringify(a.resources)).toBe(JSON.stringify(b.resources));
  });

  test('note and Provenance: the note is signed whatever the preference, and the Provenance has that one target', async () => {
    const input = writeInput({ note: { ...writeInput().note, docStatus: 'preliminary' } });
    const prepared = noteAndProvenanceStrategy.prepare(input, caps(['DocumentReference', 'Provenance']));
    for (const { resource } of prepared.resources) expect(findProblems(resource)).toEqual([]);
    const { io, calls } = recordingIO();
    await prepared.run(io);
    const [note, provenance, companion] = calls as [CreateStep, CreateStep, TransactionStep];
    const doc = note.resource as DocumentReference;
    expect(doc.docStatus).toBe('final');
    expect(doc.content).toHaveLength(1);
    expect(doc.content[0]?.attachment.contentType).toBe('text/plain; charset=utf-8');
    expect(doc.author).toEqual([{ reference: 'Practitioner/lindqvist', display: 'Dr. Karin Lindqvist' }]);
    expect((provenance.resource as Provenance).target).toEqual([{ reference: 'DocumentReference/1' }]);
    expect(companion.destination).toBe('companion');
    expect(companion.entries.map((e) => e.resource.resourceType)).toEqual([
      'CarePlan',
      'CarePlan',
      'Device',
      'Provenance',
    ]);
  });

  test('note only: a progress note (11506-3), unsigned when asked, everything else to the companion with absolute references', async () => {
    const input = writeInput({ note: { ...writeInput().note, docStatus: 'preliminary' } });
    const prepared = noteOnlyStrategy.prepare(input, caps(['DocumentReference']));
    for (const { resource } of prepared.resources) expect(findProblems(resource)).toEqual([]);
    const { io, calls } = recordingIO();
    await prepared.run(io);
    const [note, companion] = calls as [CreateStep, TransactionStep];
    const doc = note.resource as DocumentReference;
    expect(doc.type?.coding?.[0]?.code).toBe('11506-3');
    expect(doc.docStatus).toBe('preliminary');
    const provenance = companion.entries.find((e) => e.resource.resourceType === 'Provenance')?.resource as Provenance;
    expect(provenance.target[0]).toEqual({ reference: `${FHIR_BASE}/DocumentReference/1` });
    const plan = companion.entries.find((e) => e.resource.resourceType === 'CarePlan')?.resource;
    expect(JSON.stringify(plan)).toContain(`"reference":"${FHIR_BASE}/Patient/p01"`);
  });

  test('an amendment asks to supersede the old note only where the EHR allows updates', async () => {
    const input = writeInput({ replaces: 'DocumentReference/old' });
    const withUpdate = recordingIO();
    const outcome = await noteOnlyStrategy
      .prepare(input, caps(['DocumentReference'], { update: ['DocumentReference'] }))
      .run(withUpdate.io);
    expect(withUpdate.calls.at(-1)).toMatchObject({ key: 'supersede', reference: 'DocumentReference/old' });
    expect(outcome.supersededPrevious).toBe(true);
    const without = recordingIO();
    const plain = await noteOnlyStrategy.prepare(input, caps(['DocumentReference'])).run(without.io);
    expect(without.calls.some((c) => c.key === 'supersede')).toBe(false);
    expect(plain.supersededPrevious).toBe(false);
  });

  test('a note written without AI has no Device and no Provenance anywhere', async () => {
    const input = writeInput({ note: { ...writeInput().note, ai: undefined } });
    const prepared = transactionStrategy.prepare(input, caps([], { transaction: true }));
    expect(prepared.resources.map((r) => r.resource.resourceType)).toEqual([
      'DocumentReference',
      'CarePlan',
      'CarePlan',
      'ClinicalImpression',
    ]);
  });
});
