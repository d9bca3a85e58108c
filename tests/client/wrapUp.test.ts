import { describe, expect, it } from 'vitest';
import { ApprovedNote } from '../../fhir/approval.ts';
import type { Homework, NoteDraft } from '../../server/contracts/assist.ts';
import { prefillSafetyPlan } from '../../client/state/safetyPlan.ts';
import { acceptAll, approvalBody, draftFromNote, unreviewedParts } from '../../client/state/wrapUp.ts';

const note: NoteDraft = {
  format: 'SOAP',
  sections: [
    { key: 'S', title: 'Subjective', statements: [{ text: 'Client reports poor sleep.', utteranceIds: ['u1'] }] },
    { key: 'O', title: 'Objective', statements: [], notAssessed: true },
    { key: 'A', title: 'Assessment', statements: [{ text: 'Low mood.', utteranceIds: ['u1'] }] },
    { key: 'P', title: 'Plan', statements: [{ text: 'Sleep diary.', utteranceIds: ['u1'] }] },
  ],
  riskAssessment: {
    level: 'moderate',
    categories: ['suicide'],
    flags: [],
    screened: true,
    protocols: [],
    statements: [{ text: 'Passive ideation, no plan.', utteranceIds: ['u2'] }],
    notAssessed: false,
    notAssessedItems: [],
  },
  aiDisclosure: 'Drafted with AI assistance and reviewed by the clinician.',
};
const homework: Homework = {
  items: [
    {
      id: 'h1',
      kind: 'sleep_diary',
      title: 'Sleep diary',
      instructions: 'Write down when you go to bed and wake up.',
      schedule: { frequency: 'daily' },
      rationale: { text: 'Sleep came up.', utteranceIds: ['u1'] },
    },
  ],
};
const provenance = { provider: 'embedded' as const, model: 'embedded', promptVersion: 'v1', latencyMs: 3 };

describe('wrap-up drafts', () => {
  it('marks every assistant-written part until it is accepted or edited', () => {
    const draft = draftFromNote(note, homework, provenance, '2025-01-01T11:00:00Z');
    expect(unreviewedParts(draft)).toEqual([
      'Subjective',
      'Objective',
      'Assessment',
      'Plan',
      'Risk assessment',
      'Homework: Sleep diary',
    ]);
    expect(unreviewedParts(acceptAll(draft))).toEqual([]);
  });

  it('builds an approval the write-back accepts, with edits, homework and the safety plan', () => {
    const draft = draftFromNote(note, homework, provenance, '2025-01-01T11:00:00Z');
    const first = draft.sections[0];
    if (!first) throw new Error('draft has no sections');
    draft.sections[0] = { ...first, text: 'Client reports four hours of sleep a night.', origin: 'edited' };
    const safetyPlan = prefillSafetyPlan({
      risk: {
        level: 'moderate',
        flags: [
          {
            utteranceId: 'u2',
            level: 'moderate',
            categories: ['suicide'],
            evidence: [
              {
                category: 'suicide',
                level: 'moderate',
                start: 0,
                end: 12,
                text: 'want to die',
                rule: 'r',
                kind: 'passive_wish',
                source: 'rule',
              },
            ],
          },
        ],
        byCategory: { suicide: 'moderate', self_harm: 'none', violence: 'none', abuse: 'none' },
        protocols: [
          {
            id: 'us.suicide',
            category: 'suicide',
            title: 'Suicide risk',
            steps: ['Stay with the client.'],
            resources: [{ name: '988 Suicide & Crisis Lifeline', contact: 'call or text 988' }],
          },
        ],
      },
      suggestions: [],
      clinicianName: 'Dr Rivera',
    });
    const body = approvalBody(draft, {
      safetyPlan,
      period: { start: '2025-01-01T10:00:00Z', end: '2025-01-01T10:50:00Z' },
      patientId: 'p1',
      encounterId: 'e1',
    });
    const parsed = ApprovedNote.safeParse(body);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(body).toMatchObject({ patientId: 'p1', encounterId: 'e1', draftId: draft.draftId });
    expect(body.sections[0]).toEqual({
      key: 'S',
      title: 'Subjective',
      text: 'Client reports four hours of sleep a night.',
    });
    expect(body.sections[1]).toMatchObject({ key: 'O', notAssessed: true });
    expect(body.homework).toEqual([expect.objectContaining({ id: 'h1', title: 'Sleep diary' })]);
    expect(body.safetyPlan?.warningSigns).toEqual(['When I think or say: “want to die”']);
    expect(body.safetyPlan?.professionalsAndAgencies).toEqual([
      'My clinician: Dr Rivera',
      '988 Suicide & Crisis Lifeline: call or text 988',
    ]);
  });

  it('leaves out a safety plan nobody wrote anything in', () => {
    const draft = draftFromNote(note, homework, provenance, '2025-01-01T11:00:00Z');
    const body = approvalBody(draft, {
      safetyPlan: prefillSafetyPlan({ risk: null, suggestions: [] }),
      period: { start: '2025-01-01T10:00:00Z', end: '2025-01-01T10:50:00Z' },
      patientId: 'p1',
    });
    expect(body).not.toHaveProperty('safetyPlan');
  });
});
