import { describe, expect, test } from 'vitest';
import type { CarePlan } from '@medplum/fhirtypes';
import { isAiAsserted } from '../../fhir/aiTransparency.ts';
import { buildHomeworkCarePlan, buildSafetyPlanCarePlan } from '../../fhir/carePlan.ts';
import { AIAST, CONSENT_CATEGORY, NOTE_TYPE, US_CORE_DOCREF_CATEGORY } from '../../fhir/codes.ts';
import { buildConsent, consentState, revokeConsent } from '../../fhir/consent.ts';
import { buildAiDevice, deviceLogicalReference } from '../../fhir/device.ts';
import { buildProgressNote, notePlainText } from '../../fhir/documentReference.ts';
import type { ProgressNoteInput } from '../../fhir/documentReference.ts';
import { buildAiProvenance } from '../../fhir/provenance.ts';
import { findProblems } from '../../fhir/validate.ts';
import { approvedNote } from './fixtures.ts';

function noteInput(overrides: Partial<ProgressNoteInput> = {}): ProgressNoteInput {
  return {
    note: approvedNote(),
    consent: { state: 'granted', recordedAt: '2026-03-02T14:58:00Z' },
    clinician: 'Dr. Karin Lindqvist',
    approvedAt: '2026-03-02T16:05:00Z',
    writeId: 'w-1',
    patient: { reference: 'Patient/p01' },
    encounter: { reference: 'Encounter/e01' },
    author: { reference: 'Practitioner/lindqvist', display: 'Dr. Karin Lindqvist' },
    contentTypes: ['text/plain', 'text/html'],
    ...overrides,
  };
}

const carePlanCtx = {
  writeId: 'w-1',
  patient: { reference: 'Patient/p01' },
  encounter: { reference: 'Encounter/e01' },
  author: { reference: 'Practitioner/lindqvist' },
  approvedAt: '2026-03-02T16:05:00Z',
  aiAssisted: true,
};

describe('progress note', () => {
  test('is a US Core clinical note that passes R4 and US Core validation', () => {
    const note = buildProgressNote(noteInput());
    expect(findProblems(note)).toEqual([]);
    expect(note.status).toBe('current');
    expect(note.docStatus).toBe('final');
    expect(note.category?.[0]?.coding?.[0]).toMatchObject({ system: US_CORE_DOCREF_CATEGORY, code: 'clinical-note' });
    expect(note.type?.coding?.[0]).toMatchObject({ system: 'http://loinc.org', code: '34904-3' });
    expect(note.author).toEqual([{ reference: 'Practitioner/lindqvist', display: 'Dr. Karin Lindqvist' }]);
    expect(note.context?.encounter).toEqual([{ reference: 'Encounter/e01' }]);
    expect(note.context?.period).toEqual({ start: '2026-03-02T15:00:00Z', end: '2026-03-02T15:50:00Z' });
    expect(note.identifier).toEqual([{ system: 'urn:session-copilot:note', value: 'w-1' }]);
    expect(note.content.map((c) => c.attachment.contentType)).toEqual([
      'text/plain; charset=utf-8',
      'text/html; charset=utf-8',
    ]);
  });

  test('tells the whole story in its text: sections, risk, homework, safety plan, AI disclosure and consent', () => {
    const text = notePlainText(buildProgressNote(noteInput())) ?? '';
    expect(text).toContain('SUBJECTIVE');
    expect(text).toContain('Client reports sleeping about four hours a night');
    expect(text).toContain('- Affect constricted; speech normal in rate.');
    expect(text).toContain('Medication review: not assessed in this session.');
    expect(text).toContain('Risk level: low.');
    expect(text).toContain(
      '- Sleep diary: Note bedtime, wake time and how rested you feel. (daily, each morning, for 2 weeks)',
    );
    expect(text).toContain('- Pleasant activity: Plan one short walk with a friend. (3 times a week, 20 minutes)');
    expect(text).toContain('5. Professionals or agencies to contact in a crisis:');
    expect(text).toContain('988 Suicide & Crisis Lifeline');
    expect(text).toContain('Drafted with AI assistance and reviewed by the clinician.');
    expect(text).toContain('Reviewed and approved by Dr. Karin Lindqvist on 2026-03-02.');
    expect(text).toContain('Consent to AI-assisted session: granted on 2026-03-02.');
  });

  test('states the standard disclosure, with model and prompt, when the draft carried none', () => {
    const text = notePlainText(buildProgressNote(noteInput({ note: approvedNote({ aiDisclosure: undefined }) }))) ?? '';
    expect(text).toContain(
      'AI assistance: drafted with Session Copilot (embedded, model session-copilot-embedded-1, prompt note-soap-v3); reviewed, edited and approved by Dr. Karin Lindqvist on 2026-03-02.',
    );
  });

  test('escapes the clinician’s words in the HTML rendering', () => {
    const note = buildProgressNote(
      noteInput({
        note: approvedNote({ sections: [{ key: 's', title: 'Subjective', text: 'Said <b>"never"</b> & left' }] }),
      }),
    );
    const html = Buffer.from(note.content[1]?.attachment.data ?? '', 'base64').toString('utf8');
    expect(html).toContain('Said &lt;b&gt;&quot;never&quot;&lt;/b&gt; &amp; left');
    expect(html).not.toContain('<b>');
  });

  test('carries the AIAST label when AI assisted, and none when the clinician wrote it alone', () => {
    const assisted = buildProgressNote(noteInput());
    expect(assisted.meta?.security).toEqual([AIAST]);
    expect(isAiAsserted(assisted)).toBe(true);
    const manual = buildProgressNote(noteInput({ note: approvedNote({ ai: undefined, aiDisclosure: undefined }) }));
    expect(isAiAsserted(manual)).toBe(false);
    expect(notePlainText(manual)).toContain('Written by Dr. Karin Lindqvist without AI assistance');
    expect(findProblems(manual)).toEqual([]);
  });

  test('falls back to the 11506-3 progress note when the EHR’s list lacks the mental health note', () => {
    const note = buildProgressNote(noteInput({ acceptedTypeCodes: ['11506-3', '11488-4'] }));
    expect(note.type?.coding?.[0]?.code).toBe(NOTE_TYPE.progress.code);
    expect(findProblems(note)).toEqual([]);
  });

  test('is unsigned (preliminary, no authenticator) when the clinician will sign in the EHR', () => {
    const note = buildProgressNote(noteInput({ note: approvedNote({ docStatus: 'preliminary' }) }));
    expect(note.docStatus).toBe('preliminary');
    expect(note.authenticator).toBeUndefined();
    expect(notePlainText(note)).toContain('preliminary, to be signed in the EHR');
  });

  test('an amendment replaces the earlier note by reference and says so in its text', () => {
    const note = buildProgressNote(
      noteInput({ replaces: { reference: 'DocumentReference/old-1' }, amendmentOf: 'DocumentReference/old-1' }),
    );
    expect(note.relatesTo).toEqual([{ code: 'replaces', target: { reference: 'DocumentReference/old-1' } }]);
    expect(notePlainText(note)).toContain('Amendment: replaces DocumentReference/old-1');
    expect(findProblems(note)).toEqual([]);
  });

  test('records the content hash and size of each attachment', () => {
    const note = buildProgressNote(noteInput());
    const plain = note.content[0]?.attachment;
    const bytes = Buffer.from(plain?.data ?? '', 'base64');
    expect(plain?.size).toBe(bytes.length);
    expect(plain?.hash).toMatch(/^[A-Za-z0-9+/]{27}=$/);
  });
});

describe('consent', () => {
  const input = {
    consentId: 'c-1',
    patient: { reference: 'Patient/p01' },
    at: '2026-03-02T14:58:00Z',
    policyUri: 'urn:example:policy:ai-sessions',
  };

  test('a grant is an active treatment consent that permits from its start', () => {
    const consent = buildConsent({ ...input, decision: 'granted' });
    expect(findProblems(consent)).toEqual([]);
    expect(consent.status).toBe('active');
    expect(consent.scope.coding?.[0]).toMatchObject({
      system: 'http://terminology.hl7.org/CodeSystem/consentscope',
      code: 'treatment',
    });
    expect(consent.category[0]?.coding?.[0]).toMatchObject(CONSENT_CATEGORY);
    expect(consent.provision).toMatchObject({ type: 'permit', period: { start: input.at } });
    expect(consent.policy).toEqual([{ uri: input.policyUri }]);
    expect(consentState(consent)).toBe('granted');
  });

  test('a decline is a rejected consent that denies', () => {
    const consent = buildConsent({ ...input, decision: 'declined' });
    expect(findProblems(consent)).toEqual([]);
    expect(consent.status).toBe('rejected');
    expect(consent.provision?.type).toBe('deny');
    expect(consentState(consent)).toBe('declined');
  });

  test('a revocation keeps the grant, inactive, with the end of its period', () => {
    const revoked = revokeConsent(buildConsent({ ...input, decision: 'granted' }), '2026-03-09T10:00:00Z');
    expect(findProblems(revoked)).toEqual([]);
    expect(revoked.status).toBe('inactive');
    expect(revoked.provision?.period).toEqual({ start: input.at, end: '2026-03-09T10:00:00Z' });
    expect(consentState(revoked)).toBe('revoked');
  });
});

describe('care plans', () => {
  test('homework becomes an active plan of patient-performed activities with schedules and no kind', () => {
    const plan = buildHomeworkCarePlan(carePlanCtx, approvedNote().homework);
    expect(findProblems(plan)).toEqual([]);
    expect(plan).toMatchObject({ status: 'active', intent: 'plan', subject: { reference: 'Patient/p01' } });
    const details = (plan.activity ?? []).map((a) => a.detail);
    expect(details).toHaveLength(3);
    for (const detail of details) {
      expect(detail?.status).toBe('not-started');
      expect(detail?.performer).toEqual([{ reference: 'Patient/p01' }]);
      expect(detail && 'kind' in detail).toBe(false);
    }
    expect(details[0]?.scheduledTiming?.repeat).toMatchObject({
      frequency: 1,
      period: 1,
      periodUnit: 'd',
      boundsDuration: { value: 2, code: 'wk' },
    });
    expect(details[1]?.scheduledTiming?.repeat).toMatchObject({
      frequency: 3,
      periodUnit: 'wk',
      duration: 20,
      durationUnit: 'min',
    });
    expect(details[2]?.scheduledString).toBe('as needed');
    expect(isAiAsserted(plan)).toBe(true);
  });

  test('the safety plan lists each Stanley–Brown step the clinician filled in, in order', () => {
    const plan: CarePlan = buildSafetyPlanCarePlan(carePlanCtx, approvedNote().safetyPlan ?? ({} as never));
    expect(findProblems(plan)).toEqual([]);
    const descriptions = (plan.activity ?? []).map((a) => a.detail?.description ?? '');
    expect(descriptions[0]).toBe('1. Warning signs: Not sleeping for several nights');
    expect(descriptions[1]).toBe('2. Internal coping strategies: Listen to music; Take a shower');
    expect(descriptions.some((d) => d.startsWith('3.'))).toBe(false);
    expect(descriptions.at(-1)).toBe('The one thing most important to me: My dog');
  });
});

describe('AI transparency', () => {
  const ai = {
    provider: 'openai' as const,
    model: 'gpt-x',
    promptVersion: 'note-v2',
    modelCardUrl: 'https://example.org/card',
  };

  test('the AI Device names the model and says it is a large language model', () => {
    const device = buildAiDevice(ai, '0.1.0');
    expect(findProblems(device)).toEqual([]);
    expect(device.type?.coding?.[0]?.code).toBe('Artificial-Intelligence');
    expect(device.modelNumber).toBe('gpt-x');
    expect(device.extension?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe('Large-Language-Models');
    expect(device.url).toBe('https://example.org/card');
  });

  test('the Provenance has the AI as author, the clinician as verifier, reason AIAST and the prompt version', () => {
    const provenance = buildAiProvenance({
      writeId: 'w-1',
      targets: [{ reference: 'DocumentReference/n1' }],
      recorded: '2026-03-02T16:05:00Z',
      occurred: { start: '2026-03-02T15:00:00Z', end: '2026-03-02T15:50:00Z' },
      device: deviceLogicalReference(ai),
      clinician: { reference: 'Practitioner/lindqvist' },
      ai,
      policyUri: 'urn:example:policy',
    });
    expect(findProblems(provenance)).toEqual([]);
    expect(provenance.reason?.[0]?.coding?.[0]).toMatchObject({ code: 'AIAST' });
    const [author, verifier] = provenance.agent;
    expect(author?.type?.coding?.[0]?.code).toBe('author');
    expect(author?.who?.identifier?.value).toBe('openai:gpt-x');
    expect(verifier?.type?.coding?.[0]?.code).toBe('verifier');
    expect(verifier?.who?.reference).toBe('Practitioner/lindqvist');
    expect(provenance.entity?.map((e) => e.what.identifier?.value)).toEqual(['note-v2', 'https://example.org/card']);
  });
});
