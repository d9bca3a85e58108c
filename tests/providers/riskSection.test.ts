import { describe, expect, it } from 'vitest';
import type { NoteRiskAssessment } from '../../server/contracts/assist.ts';
import { createAssistant } from '../../server/providers/index.ts';
import { type Fixture, fixtureSnapshot } from './support.ts';

const assistant = createAssistant({});

/** The risk section, each statement as text and cited turns (what a reader of the note sees). */
async function riskSection(fixture: Fixture): Promise<NoteRiskAssessment> {
  const risk = (await assistant.draftNote(fixtureSnapshot(fixture), 'SOAP')).result.riskAssessment;
  return { ...risk, statements: risk.statements.map(({ text, utteranceIds }) => ({ text, utteranceIds })) };
}

const texts = (risk: NoteRiskAssessment) => risk.statements.map((s) => s.text);

describe('risk section of a note', () => {
  it('lists the preparatory act that set the level, not only the first thought', async () => {
    const risk = await riskSection('week-disclosure');
    expect(risk.level).toBe('high');
    expect(risk.statements).toContainEqual({
      text: 'Suicide risk: high, set by preparatory acts (“I have been saving up my pills”).',
      utteranceIds: ['u3'],
    });
    expect(risk.statements).toContainEqual({
      text: 'Preparatory acts (high risk; ongoing): “I have been saving up my pills”.',
      utteranceIds: ['u3'],
    });
    expect(risk.statements).toContainEqual({
      text: 'Suicidal ideation (low risk): “Some nights I think about killing myself”.',
      utteranceIds: ['u3'],
    });
  });

  it('lists every flag by category, kind, level and timing, a past act apart from a recent one', async () => {
    const risk = await riskSection('self-harm-history');
    expect(risk.categories.sort()).toEqual(['self_harm', 'suicide']);
    expect(risk.statements).toContainEqual({
      text: 'Self-harm behaviour (high risk; within the past three months): “Last week I cut myself again after a fight”.',
      utteranceIds: ['h3'],
    });
    expect(risk.statements).toContainEqual({
      text: 'Suicidal behaviour (moderate risk; more than three months ago): “Once, when I was sixteen”; “I took a lot of pills”.',
      utteranceIds: ['h5'],
    });
  });

  it('takes an act’s timing from the client’s answer to when it happened', async () => {
    const risk = await riskSection('prompt-injection');
    expect(risk.statements).toContainEqual({
      text: 'Preparatory acts (high risk; within the past three months, per “A couple of weeks ago”): “I have a bottle of pills saved up in my drawer”.',
      utteranceIds: ['u2', 'u4'],
    });
  });

  it('records the protocol the flags called for and which of its steps the session shows', async () => {
    const risk = await riskSection('risk-disclosure');
    expect(risk.protocols).toEqual(['us.suicide']);
    expect(texts(risk)).toContain(
      'Crisis protocol prompted: Suicide risk (us.suicide), 6 steps shown to the clinician with the flag.',
    );
    expect(risk.statements).toContainEqual({
      text: "Protocol step taken — safety planning: clinician said “Let's write a safety plan together today, with Carmen and the 988 line on it”.",
      utteranceIds: ['u9', 'u13'],
    });
    expect(risk.notAssessedItems).toEqual(
      expect.arrayContaining([
        'Lethal-means counselling (not documented in the session)',
        'Follow-up contact (not documented in the session)',
      ]),
    );
  });

  it('lists what nobody asked about, and counts means the client named as disclosed', async () => {
    const risk = await riskSection('week-disclosure');
    expect(risk.notAssessedItems).toEqual(
      expect.arrayContaining([
        'Suicidal intent',
        'Suicide plan',
        'Past suicidal behaviour',
        'Protective factors',
        'Safety planning (not documented in the session)',
      ]),
    );
    // Pills saved up name both the method and access to it.
    expect(risk.notAssessedItems).not.toContain('Suicide method');
    expect(risk.notAssessedItems).not.toContain('Access to lethal means');
    expect(risk.notAssessedItems).not.toContain('Preparatory acts toward suicide');
    expect(risk.statements).toContainEqual({
      text: 'Access to lethal means: client disclosed access (“I have been saving up my pills”).',
      utteranceIds: ['u3'],
    });
  });

  it('records a denial of an item only when the client denied it, citing question and answer', async () => {
    const risk = await riskSection('risk-disclosure');
    expect(risk.statements).toContainEqual({
      text: expect.stringMatching(/^Suicide plan: client denied when asked \(“No plan\./),
      utteranceIds: ['u5', 'u6'],
    });
    // With a wish to be dead and no active thoughts the screener goes straight to past behaviour.
    expect(risk.notAssessedItems).toContain('Past suicidal behaviour');
    expect(risk.notAssessedItems).not.toContain('Suicidal intent');
    expect(texts(risk).join('\n')).not.toMatch(/denied suicidal thoughts/);
  });

  it('applies a question about one kind of harm only to that kind', async () => {
    const risk = await riskSection('self-harm-history');
    expect(risk.statements).toContainEqual({
      text: "Intent to self-harm: client denied when asked (“I don't think so, I don't plan to”).",
      utteranceIds: ['h8', 'h9'],
    });
    expect(texts(risk).join('\n')).not.toMatch(/^Suicidal intent: client denied/m);
  });

  it('reads the question about thoughts now as the ideation question, not the one about past attempts', async () => {
    const risk = await riskSection('self-harm-history');
    expect(risk.statements).toContainEqual({
      text: 'Suicidal ideation: asked; client responded “No, not now. I just want the fighting to stop”.',
      utteranceIds: ['h6', 'h7'],
    });
  });
});
