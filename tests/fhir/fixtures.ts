import { ApprovedNote } from '../../fhir/approval.ts';
import type { WriteInput } from '../../fhir/strategies/types.ts';

export const FHIR_BASE = 'http://localhost:3100/fhir/R4';

export function approvedNote(overrides: Partial<ApprovedNote> = {}): ApprovedNote {
  return ApprovedNote.parse({
    format: 'SOAP',
    sections: [
      {
        key: 'subjective',
        title: 'Subjective',
        text: 'Client reports sleeping about four hours a night since the move.',
      },
      { key: 'objective', title: 'Objective', statements: [{ text: 'Affect constricted; speech normal in rate.' }] },
      {
        key: 'assessment',
        title: 'Assessment',
        text: 'Low mood with insomnia, consistent with adjustment difficulties.',
      },
      { key: 'plan', title: 'Plan', notAssessed: true, notAssessedItems: ['Medication review'] },
    ],
    riskAssessment: { level: 'low', statements: [{ text: 'Denies thoughts of self-harm when asked directly.' }] },
    homework: [
      {
        id: 'hw1',
        kind: 'sleep_diary',
        title: 'Sleep diary',
        instructions: 'Note bedtime, wake time and how rested you feel.',
        schedule: { frequency: 'daily', timeOfDay: 'each morning', weeks: 2 },
      },
      {
        title: 'Pleasant activity',
        instructions: 'Plan one short walk with a friend.',
        schedule: { frequency: 'times_per_week', timesPerWeek: 3, durationMinutes: 20 },
      },
      {
        title: 'Grounding',
        instructions: 'Use 5-4-3-2-1 grounding when anxious.',
        schedule: { frequency: 'as_needed' },
      },
    ],
    safetyPlan: {
      warningSigns: ['Not sleeping for several nights'],
      internalCopingStrategies: ['Listen to music', 'Take a shower'],
      peopleToAskForHelp: ['Sister'],
      professionalsAndAgencies: ['988 Suicide & Crisis Lifeline'],
      makingEnvironmentSafe: ['Keep medication at a friend’s home'],
      reasonsForLiving: ['My dog'],
    },
    ai: { provider: 'embedded', model: 'session-copilot-embedded-1', promptVersion: 'note-soap-v3' },
    aiDisclosure: 'Drafted with AI assistance and reviewed by the clinician.',
    docStatus: 'final',
    period: { start: '2026-03-02T15:00:00Z', end: '2026-03-02T15:50:00Z' },
    ...overrides,
  });
}

export function writeInput(overrides: Partial<WriteInput> = {}): WriteInput {
  return {
    writeId: 'w-0001',
    fhirBaseUrl: FHIR_BASE,
    patientId: 'p01',
    encounterId: 'e01',
    practitionerRef: 'Practitioner/lindqvist',
    clinicianName: 'Dr. Karin Lindqvist',
    note: approvedNote(),
    consent: { state: 'granted', recordedAt: '2026-03-02T14:58:00Z' },
    approvedAt: '2026-03-02T16:05:00Z',
    policyUri: 'urn:example:policy:ai-sessions',
    appVersion: '0.1.0',
    ...overrides,
  };
}
