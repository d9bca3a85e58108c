import { describe, expect, it } from 'vitest';
import { type NoteDraft, NoteFormat, type NoteSection } from '../../server/contracts/assist.ts';
import { createAssistant } from '../../server/providers/index.ts';
import { type Fixture, fixtureSnapshot, snapshotOf } from './support.ts';

const assistant = createAssistant({});

/** The section where each format keeps the client's own account of their week. */
const CLIENT_SECTION: Record<NoteFormat, string> = { SOAP: 'subjective', DAP: 'data', BIRP: 'behavior', GIRP: 'goals' };

async function clientSection(fixture: Fixture, format: NoteFormat): Promise<NoteSection> {
  const note: NoteDraft = (await assistant.draftNote(fixtureSnapshot(fixture), format)).result;
  const section = note.sections.find((s) => s.key === CLIENT_SECTION[format]);
  if (!section) throw new Error(`${format} has no ${CLIENT_SECTION[format]} section`);
  return section;
}

describe('the client’s own account in a note', () => {
  it('SOAP subjective carries the client’s own report of poor sleep', async () => {
    const subjective = await clientSection('week-disclosure', 'SOAP');
    expect(subjective.notAssessed).toBeUndefined();
    expect(subjective.statements).toContainEqual({ text: 'Client reports poor sleep (“I barely sleep”).', utteranceIds: ['u2'] });
    expect(subjective.statements).toContainEqual({ text: 'Client reports stress at work (“everything at work goes wrong”).', utteranceIds: ['u2'] });
    expect(subjective.statements).toContainEqual({ text: 'Asked how the week had been, client described it as “Honestly awful”.', utteranceIds: ['u1', 'u2'] });
  });

  it('SOAP subjective mentions the risk the client disclosed and points to the risk section', async () => {
    const subjective = await clientSection('week-disclosure', 'SOAP');
    const disclosure = subjective.statements.find((s) => s.text.startsWith('Client disclosed'));
    expect(disclosure?.text).toMatch(/suicidal thoughts and preparatory acts/);
    expect(disclosure?.text).toContain('“I have been saving up my pills”');
    expect(disclosure?.text).toMatch(/see risk assessment/);
    expect(disclosure?.utteranceIds).toEqual(['u3']);
  });

  // What each session's client said, and which words every format must carry from it.
  const REPORTS: [Fixture, RegExp, string][] = [
    ['week-disclosure', /^Client reports poor sleep/, 'u2'],
    ['work-anxiety', /^Client reports poor sleep and night-time or early waking \(“I haven't been sleeping”/, 'u8'],
    ['work-anxiety', /^Client reports anxiety or worry \(“Last Tuesday I had a panic attack/, 'u12'],
    ['no-risk-screening', /^Client describes feeling down \(“I've been feeling really down”/, 'u2'],
    ['no-risk-screening', /^Client reports loss of interest or withdrawal from activities/, 'u2'],
    ['risk-disclosure', /^Client reports difficulties in their relationship with their partner \(“Daniel and I have been fighting a lot”/, 'u2'],
    ['self-harm-history', /^Client reports reduced appetite or eating \(“I'm not eating much”/, 'h2'],
    ['self-harm-history', /^Client describes feeling empty/, 'h2'],
  ];

  for (const format of NoteFormat.options) {
    it.each(REPORTS)(`${format} carries what the client said in %s instead of “not assessed” (%s)`, async (fixture, statement, id) => {
      const section = await clientSection(fixture, format);
      expect(section.notAssessed).toBeUndefined();
      const found = section.statements.find((s) => statement.test(s.text));
      expect(found, section.statements.map((s) => s.text).join('\n')).toBeDefined();
      expect(found?.utteranceIds).toContain(id);
    });
  }

  it.each(NoteFormat.options)('%s says “not assessed” only when the client said nothing about their life', async (format) => {
    const section = await clientSection('minimal-replies', format);
    expect(section).toMatchObject({ statements: [], notAssessed: true });
    expect(section.notAssessedItems).toEqual(expect.arrayContaining(['Mood, in the client’s words', 'Sleep', 'Appetite']));
  });

  it('lists what the client did not speak to as not assessed, never as normal', async () => {
    const subjective = await clientSection('week-disclosure', 'SOAP');
    expect(subjective.notAssessedItems).toEqual(['Appetite']);
    expect(JSON.stringify(subjective)).not.toMatch(/appetite (is |was )?(normal|good|fine)|denies/i);
  });

  it('never lists a risk disclosure among GIRP goals', async () => {
    const goals = await clientSection('week-disclosure', 'GIRP');
    expect(goals.statements.length).toBeGreaterThan(0);
    expect(goals.statements.flatMap((s) => s.utteranceIds)).not.toContain('u3');
  });

  it('keeps a goal a goal and the complaint beside it a complaint', async () => {
    const snapshot = snapshotOf([{ id: 'g1', speaker: 'client', text: 'I have trouble sleeping and I want to feel rested again.' }]);
    const subjective = (await assistant.draftNote(snapshot, 'SOAP')).result.sections[0];
    expect(subjective?.statements).toContainEqual({ text: 'Client reports poor sleep (“I have trouble sleeping”).', utteranceIds: ['g1'] });
    expect(subjective?.statements).toContainEqual({ text: 'Client stated a goal: “I want to feel rested again”.', utteranceIds: ['g1'] });
  });

  it('does not take what the client thinks someone else thinks of them for their mood', async () => {
    const subjective = await clientSection('no-risk-screening', 'SOAP');
    const mood = subjective.statements.find((s) => s.text.startsWith('Client describes feeling'));
    expect(mood?.text).not.toMatch(/useless|lazy/);
    expect(mood?.utteranceIds).toEqual(['u2']);
  });

  it('reports a mention as a mention, not as a difficulty', async () => {
    const data = await clientSection('no-mood-talk', 'DAP');
    const work = data.statements.find((s) => /\bwork\b/.test(s.text));
    expect(work?.text).toMatch(/^Client discussed work/);
    expect(JSON.stringify(data.statements)).not.toMatch(/reports (stress|difficult)/);
  });
});
