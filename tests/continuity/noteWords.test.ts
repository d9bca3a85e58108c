import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentReference } from '@medplum/fhirtypes';
import type { HomeworkReview } from '../../fhir/approval.ts';
import { notePlainText } from '../../fhir/documentReference.ts';
import type { Utterance } from '../../server/contracts/analysis.ts';
import { type NoteDraft, NoteFormat } from '../../server/contracts/assist.ts';
import { createAssistant } from '../../server/providers/index.ts';
import { approvedNote } from '../fhir/fixtures.ts';
import { snapshotOf } from '../providers/support.ts';
import type { Harness } from '../writeback/harness.ts';
import { ours, PATIENT } from '../writeback/harness.ts';
import { openChart } from './helpers.ts';

const assistant = createAssistant({});

const SESSION: Utterance[] = [
  { id: 'u1', speaker: 'clinician', text: 'How did the week go with the things we planned?' },
  { id: 'u2', speaker: 'client', text: 'I went to choir twice, which felt good, but I never did the sleep diary.' },
  { id: 'u3', speaker: 'clinician', text: 'What got in the way of the diary?' },
  { id: 'u4', speaker: 'client', text: 'Mornings are a rush, I forget before I even get up.' },
  { id: 'u5', speaker: 'clinician', text: 'Shall we try writing it at night instead, by the bed?' },
  { id: 'u6', speaker: 'client', text: 'Yes, I can keep the notebook on the nightstand and do it every night.' },
];

const REVIEW: HomeworkReview = [
  {
    carePlanId: 'cp01',
    source: 'ehr',
    activityIndex: 0,
    description: 'Two pleasant activities each week (choir, a walk outside)',
    outcome: 'done',
    progress: 'choir twice',
  },
  {
    carePlanId: 'cp01',
    source: 'ehr',
    activityIndex: 1,
    description: 'Sleep diary every morning.',
    outcome: 'not_done',
  },
  { carePlanId: 'cp07', source: 'ehr', activityIndex: 0, description: 'Paced breathing', outcome: 'not_discussed' },
];

const DONE =
  'Homework from last session, reviewed with the client — Two pleasant activities each week (choir, a walk outside): done (choir twice).';
const NOT_DONE = 'Homework from last session, reviewed with the client — Sleep diary every morning: not done.';

const CLIENT_REPORT_SECTION: Record<NoteFormat, string> = {
  SOAP: 'subjective',
  DAP: 'data',
  BIRP: 'behavior',
  GIRP: 'goals',
};

describe('the new note carries the homework review in words', () => {
  it.each(NoteFormat.options)('%s: at the head of the section with the client’s account', async (format) => {
    const note = (await assistant.draftNote(snapshotOf(SESSION, { homeworkReview: REVIEW }), format)).result;
    const section = note.sections.find((s) => s.key === CLIENT_REPORT_SECTION[format]);
    expect(section?.statements.slice(0, 2).map((s) => s.text)).toEqual([DONE, NOT_DONE]);
    const everything = JSON.stringify(note);
    expect(everything).not.toContain('Paced breathing');
    // Nowhere else: one section says it once.
    expect(everything.split('Sleep diary every morning: not done').length).toBe(2);
  });

  it('without a review the note says nothing about earlier homework', async () => {
    const note = (await assistant.draftNote(snapshotOf(SESSION), 'SOAP')).result;
    expect(JSON.stringify(note)).not.toContain('reviewed with the client');
  });
});

describe('approved, the note in the chart says how the homework went', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it('the drafted words reach the DocumentReference with the outcomes on the care plan', async () => {
    harness = await openChart('full');
    const h = harness;
    const draft: NoteDraft = (await assistant.draftNote(snapshotOf(SESSION, { homeworkReview: REVIEW }), 'DAP')).result;
    const base = approvedNote();
    const { write } = await h.runtime.writeback.approve(h.session, {
      ...base,
      format: 'DAP',
      sections: draft.sections.map((s) =>
        s.statements.length > 0
          ? { key: s.key, title: s.title, statements: s.statements.map((st) => ({ text: st.text })) }
          : { key: s.key, title: s.title, notAssessed: true },
      ),
      homeworkReview: REVIEW,
      patientId: PATIENT,
      encounterId: h.session.encounterId,
    });
    expect(write.state).toBe('written');
    const note = (await h.ehrAll('DocumentReference')).filter(ours(write.writeId))[0] as DocumentReference;
    const text = notePlainText(note) ?? '';
    expect(text).toContain('Sleep diary every morning: not done.');
    expect(text).toContain('Two pleasant activities each week (choir, a walk outside): done (choir twice).');
    expect(write.homeworkOutcomes.map((o) => [o.carePlanId, o.recordedIn])).toEqual([
      ['cp07', 'skipped'],
      ['cp01', 'care_plan'],
      ['cp01', 'care_plan'],
    ]);
  });
});
