import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { DocumentReference } from '@medplum/fhirtypes';
import { ApprovedNote } from '../../fhir/approval.ts';
import { buildHomeworkCarePlan } from '../../fhir/carePlan.ts';
import { buildConsent } from '../../fhir/consent.ts';
import { buildProgressNote } from '../../fhir/documentReference.ts';
import { assertWritable, findProblems, InvalidResourceError } from '../../fhir/validate.ts';
import { approvedNote } from './fixtures.ts';

const note = (): DocumentReference =>
  buildProgressNote({
    note: approvedNote(),
    consent: { state: 'granted' },
    clinician: 'Dr. K',
    approvedAt: '2026-03-02T16:05:00Z',
    writeId: 'w-1',
    patient: { reference: 'Patient/p01' },
    author: { reference: 'Practitioner/k' },
    contentTypes: ['text/plain'],
  });

const messages = (resource: object) =>
  findProblems(resource as DocumentReference).map((p) => `${p.path}: ${p.message}`);

describe('validation before any write', () => {
  test('refuses a note without a subject (R4 and US Core require it)', () => {
    const { subject: _s, ...rest } = note();
    expect(messages(rest)).toContain('DocumentReference.subject: Missing required property');
  });

  test('refuses a status outside the required value set', () => {
    expect(messages({ ...note(), status: 'draft' })).toContain(
      'DocumentReference.status: code "draft" is not in http://hl7.org/fhir/ValueSet/document-reference-status',
    );
  });

  test('refuses a docStatus outside the required value set', () => {
    expect(messages({ ...note(), docStatus: 'signed' }).join('\n')).toContain('composition-status');
  });

  test('refuses a note without the US Core clinical-note category', () => {
    const n = note();
    expect(messages({ ...n, category: [{ text: 'Note' }] })).toContain(
      'DocumentReference.category: needs the US Core clinical-note category',
    );
  });

  test('refuses a note type that is not a LOINC document code', () => {
    expect(
      messages({ ...note(), type: { coding: [{ system: 'http://snomed.info/sct', code: '371530004' }] } }),
    ).toContain('DocumentReference.type: needs a LOINC document type code');
  });

  test('refuses an attachment with neither data nor url (us-core-6)', () => {
    const n = note();
    const problems = messages({ ...n, content: [{ attachment: { contentType: 'text/plain' } }] }).join('\n');
    expect(problems).toContain('us-core-6');
  });

  test('refuses an attachment without a content type, or with one that is not a MIME type', () => {
    const n = note();
    const data = n.content[0]?.attachment.data;
    expect(messages({ ...n, content: [{ attachment: { data } }] })).toContain(
      'DocumentReference.content[0].attachment.contentType: is required',
    );
    expect(messages({ ...n, content: [{ attachment: { data, contentType: 'plain text' } }] }).join('\n')).toContain(
      'is not a MIME type',
    );
  });

  test('refuses a consent whose provision type is not permit or deny', () => {
    const consent = buildConsent({
      consentId: 'c',
      decision: 'granted',
      patient: { reference: 'Patient/p01' },
      at: '2026-03-02T14:58:00Z',
      policyUri: 'urn:p',
    });
    expect(messages({ ...consent, provision: { ...consent.provision, type: 'allow' } }).join('\n')).toContain(
      'consent-provision-type',
    );
  });

  test('refuses a care plan activity in an unknown state', () => {
    const plan = buildHomeworkCarePlan(
      {
        writeId: 'w',
        patient: { reference: 'Patient/p01' },
        author: { reference: 'Practitioner/k' },
        approvedAt: '2026-03-02T16:05:00Z',
        aiAssisted: false,
      },
      approvedNote().homework,
    );
    const activity = plan.activity?.[0];
    const broken = { ...plan, activity: [{ detail: { ...activity?.detail, status: 'started' } }] };
    expect(messages(broken).join('\n')).toContain('care-plan-activity-status');
  });

  test('assertWritable throws a typed error naming the resource and the first problems', () => {
    const { subject: _s, ...rest } = note();
    expect(() => assertWritable([rest as DocumentReference])).toThrow(InvalidResourceError);
    expect(() => assertWritable([rest as DocumentReference])).toThrow(
      /DocumentReference failed validation: DocumentReference.subject/,
    );
  });

  test('every note a clinician can approve builds into a valid resource', () => {
    const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 80 });
    const section = fc.record({
      key: fc.constantFrom('s', 'o', 'a', 'p', 'd', 'b', 'i', 'r'),
      title: text,
      text,
    });
    const homework = fc.record({
      title: text,
      instructions: text,
      schedule: fc.option(
        fc.record({
          frequency: fc.constantFrom('daily', 'times_per_week', 'weekly', 'as_needed'),
          timesPerWeek: fc.option(fc.integer({ min: 1, max: 14 }), { nil: undefined }),
          durationMinutes: fc.option(fc.integer({ min: 1, max: 240 }), { nil: undefined }),
          weeks: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        }),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(
        fc.constantFrom('SOAP', 'DAP', 'BIRP', 'GIRP'),
        fc.array(section, { minLength: 1, maxLength: 4 }),
        fc.array(homework, { maxLength: 3 }),
        fc.constantFrom('final', 'preliminary'),
        fc.boolean(),
        (format, sections, hw, docStatus, ai) => {
          const parsed = ApprovedNote.safeParse({
            format,
            sections,
            homework: hw,
            docStatus,
            ai: ai ? { provider: 'embedded', model: 'm', promptVersion: 'v' } : undefined,
            period: { start: '2026-03-02T15:00:00Z', end: '2026-03-02T15:50:00Z' },
          });
          if (!parsed.success) return;
          const built = buildProgressNote({
            note: parsed.data,
            consent: { state: ai ? 'granted' : 'none' },
            clinician: 'Dr. K',
            approvedAt: '2026-03-02T16:05:00Z',
            writeId: 'w',
            patient: { reference: 'Patient/p01' },
            encounter: { reference: 'Encounter/e01' },
            author: { reference: 'Practitioner/k' },
            contentTypes: ['text/plain', 'text/html'],
          });
          expect(findProblems(built)).toEqual([]);
          const plan = buildHomeworkCarePlan(
            {
              writeId: 'w',
              patient: { reference: 'Patient/p01' },
              author: { reference: 'Practitioner/k' },
              approvedAt: '2026-03-02T16:05:00Z',
              aiAssisted: ai,
            },
            parsed.data.homework,
          );
          if (parsed.data.homework.length > 0) expect(findProblems(plan)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
