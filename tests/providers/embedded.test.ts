import { describe, expect, it } from 'vitest';
import {
  type Distortion,
  InterventionsResult,
  NoteDraft,
  NoteFormat,
  type SupportedStatement,
} from '../../server/contracts/assist.ts';
import { createAssistant } from '../../server/providers/index.ts';
import type { SessionSnapshot } from '../../server/providers/types.ts';
import type { Utterance } from '../../server/contracts/analysis.ts';
import { FIXTURES, fixtureSnapshot, loadUtterances, snapshotOf } from './support.ts';

const assistant = createAssistant({});

async function everything(snapshot: SessionSnapshot) {
  const [summary, interventions, homework, ...notes] = await Promise.all([
    assistant.summarise(snapshot),
    assistant.suggestInterventions(snapshot),
    assistant.generateHomework(snapshot),
    ...NoteFormat.options.map((f) => assistant.draftNote(snapshot, f)),
  ]);
  return {
    summary: summary.result,
    interventions: interventions.result.interventions,
    homework: homework.result.items,
    notes: notes.map((n) => n.result),
  };
}

function statementsOf(all: Awaited<ReturnType<typeof everything>>): SupportedStatement[] {
  return [
    ...all.summary.themes,
    ...all.interventions.map((i) => i.rationale),
    ...all.homework.map((h) => h.rationale),
    ...all.notes.flatMap((n) => [...n.sections.flatMap((s) => s.statements), ...n.riskAssessment.statements]),
  ];
}

const client = (text: string) => snapshotOf([{ id: 'c1', speaker: 'client', text }]);
/** The client comes back to the same thought after the clinician's prompt: two cues, not one word. */
const clientTwice = (text: string) =>
  snapshotOf([
    { id: 'c1', speaker: 'client', text },
    { id: 'k1', speaker: 'clinician', text: 'Say a bit more about that.' },
    { id: 'c2', speaker: 'client', text },
  ]);

describe('embedded provider', () => {
  it('is the default and says so in provenance', async () => {
    const result = await assistant.summarise(fixtureSnapshot('work-anxiety'));
    expect(assistant.provider).toBe('embedded');
    expect(result.provenance).toMatchObject({
      provider: 'embedded',
      model: 'session-copilot-embedded',
      promptVersion: 'embedded.v1',
    });
    expect(result.provenance.fallbackReason).toBeUndefined();
  });

  it.each(FIXTURES)('cites existing utterances for every statement (%s)', async (name) => {
    const snapshot = fixtureSnapshot(name);
    const ids = new Set(snapshot.utterances.map((u) => u.id));
    const all = await everything(snapshot);
    const statements = statementsOf(all);
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      expect(s.utteranceIds.length, s.text).toBeGreaterThan(0);
      for (const id of s.utteranceIds) expect(ids.has(id), `${id} in ${s.text}`).toBe(true);
      expect(s.unsupported).toBeUndefined();
    }
    for (const note of all.notes) NoteDraft.parse(note);
  });

  it('summarises the session’s themes in the client’s words', async () => {
    const { result } = await assistant.summarise(fixtureSnapshot('work-anxiety'));
    const labels = result.themes.map((t) => t.label);
    expect(labels).toEqual(expect.arrayContaining(['Work', 'Sleep', 'Goals']));
    expect(result.themes.find((t) => t.label === 'Sleep')?.text).toMatch(/“[^”]*sleep/i);
    expect(result.updatedThrough).toBe('u38');
  });

  it('never presents a wish to die as a goal or a sleep problem', async () => {
    const snapshot = snapshotOf([
      { id: 'r1', speaker: 'client', text: 'Sometimes I wish I could just go to sleep and not wake up.' },
      { id: 'r2', speaker: 'client', text: 'I want to not be here anymore, I want to die.' },
      { id: 'r3', speaker: 'client', text: 'I have trouble sleeping and I want to feel rested again.' },
    ]);
    const { result } = await assistant.summarise(snapshot);
    const nonSafety = result.themes.filter((t) => t.label !== 'Safety');
    expect(nonSafety.flatMap((t) => t.utteranceIds)).not.toContain('r2');
    expect(JSON.stringify(nonSafety)).not.toMatch(/want to die/);
    const girp = (await assistant.draftNote(snapshot, 'GIRP')).result;
    expect(JSON.stringify(girp.sections.find((s) => s.key === 'goals'))).not.toMatch(/die|not wake up/);
  });

  it('keeps earlier themes in place as the session grows', async () => {
    const utterances = loadUtterances('work-anxiety');
    const early = (await assistant.summarise(snapshotOf(utterances.slice(0, 12)))).result;
    const later = (await assistant.summarise(snapshotOf(utterances), early)).result;
    const earlyLabels = early.themes.map((t) => t.label);
    expect(later.themes.map((t) => t.label).slice(0, earlyLabels.length)).toEqual(earlyLabels);
    expect(later.themes.length).toBeGreaterThan(earlyLabels.length);
    expect(later.updatedThrough).toBe(utterances.at(-1)?.id);
  });

  const DISTORTION_CASES: [Distortion, string][] = [
    ['all_or_nothing', 'If it is not perfect then the whole project is a complete failure.'],
    ['catastrophising', 'If I miss the deadline it will be a total disaster.'],
    ['mind_reading', 'My boss thinks I am lazy, I can tell.'],
    ['fortune_telling', 'I know I will fail the interview on Monday.'],
    ['should_statements', 'I should be able to handle all of this on my own.'],
    ['labelling', "I'm such a loser."],
    ['overgeneralising', 'Nothing ever goes right for me.'],
    ['discounting_the_positive', 'They praised the report but that was just luck.'],
    ['emotional_reasoning', 'I feel stupid, so I must be stupid.'],
    ['personalisation', 'It is all my fault that they split up.'],
  ];

  it.each(DISTORTION_CASES)('does not name %s from a single remark', async (distortion, text) => {
    const { result } = await assistant.suggestInterventions(client(text));
    expect(result.interventions.find((i) => i.distortion === distortion)).toBeUndefined();
  });

  it.each(DISTORTION_CASES)(
    'names %s and asks a Socratic question with the client’s words',
    async (distortion, text) => {
      const { result } = await assistant.suggestInterventions(clientTwice(text));
      const found = result.interventions.find((i) => i.distortion === distortion);
      expect(found, JSON.stringify(result.interventions.map((i) => i.distortion))).toBeDefined();
      expect(found?.modality).toBe('CBT');
      expect(found?.prompt).toContain(text.replace(/[.]$/, ''));
      expect(found?.prompt).toMatch(/\?/);
      expect(found?.rationale.utteranceIds).toEqual(['c2']);
      expect(found?.reference.citation).toMatch(/Beck|Burns/);
    },
  );

  it('does not read a distortion into a clinician’s words', async () => {
    const { result } = await assistant.suggestInterventions(
      snapshotOf([{ id: 'x', speaker: 'clinician', text: 'Do you feel you should always be perfect?' }]),
    );
    expect(result.interventions).toEqual([]);
  });

  it.each([
    ['grounding', 'I had a panic attack, my heart was racing and I could not breathe.', /Najavits/],
    ['DBT', 'I just snapped and wanted to throw my phone at the wall.', /Linehan/],
    ['DBT', "I can't say no when my sister asks for money.", /Linehan/],
    [
      'MI',
      'Part of me wants to stop drinking, but it is the only thing that helps me relax.',
      /Miller, W\. R\., & Rollnick/,
    ],
    ['ACT', 'I keep thinking that I ruin everything, it goes round and round.', /Hayes/],
    ['behavioural_activation', "I stay in bed all weekend and don't enjoy anything.", /Martell/],
  ])('suggests %s when the client comes back to “%s”', async (modality, text, citation) => {
    const { result } = await assistant.suggestInterventions(clientTwice(text));
    const found = result.interventions.find((i) => i.modality === modality);
    expect(found, JSON.stringify(result.interventions.map((i) => i.modality))).toBeDefined();
    expect(found?.reference.citation).toMatch(citation);
    expect(found?.rationale.text).toContain(text.slice(0, 20));
  });

  it('puts safety planning first when the detector flags suicide risk', async () => {
    const snapshot = fixtureSnapshot('risk-disclosure');
    expect(snapshot.risk.level).not.toBe('none');
    const [first] = (await assistant.suggestInterventions(snapshot)).result.interventions;
    expect(first?.modality).toBe('safety_planning');
    expect(first?.reference.citation).toMatch(/Stanley/);
  });

  it('offers the safety plan as homework only when one was made in the session, and says so', async () => {
    const snapshot = fixtureSnapshot('risk-disclosure');
    const withoutPlan = (await assistant.generateHomework(snapshot)).result.items;
    expect(withoutPlan.map((h) => h.kind)).not.toContain('safety_plan');
    expect(JSON.stringify(withoutPlan)).not.toMatch(/safety plan you made/i);

    const withPlan = (await assistant.generateHomework({ ...snapshot, safetyPlanMade: true })).result.items;
    expect(withPlan[0]?.kind).toBe('safety_plan');
    expect(withPlan[0]?.instructions).toMatch(/988/);
    expect(withPlan[0]?.rationale.text).toMatch(/safety plan was made/i);
  });

  it('suggests for the moment asked about, not only the latest', async () => {
    const snapshot = fixtureSnapshot('work-anxiety');
    const { result } = await assistant.suggestInterventions(snapshot, { focusUtteranceId: 'u12', max: 3 });
    const order = new Map(snapshot.utterances.map((u, i) => [u.id, i]));
    for (const i of result.interventions)
      for (const id of i.rationale.utteranceIds) expect(order.get(id)).toBeLessThanOrEqual(12);
    expect(result.interventions.length).toBeLessThanOrEqual(3);
    InterventionsResult.shape.result.parse(result);
  });

  it('cites the client’s reply to a task set, not a turn the transcription left empty', async () => {
    const said: [Utterance['speaker'], string][] = [
      ['client', 'I think the drinking has got out of hand since the job went'],
      ['clinician', 'how about you keep a drink diary this week, every drink the day you have it'],
      ['client', ''],
      ['client', 'yeah alright I can do the drink diary'],
      ['clinician', 'great, see you next Wednesday'],
    ];
    const items = (
      await assistant.generateHomework(
        snapshotOf(said.map(([speaker, text], i) => ({ id: `s${i + 1}`, speaker, text }))),
      )
    ).result.items;
    expect(items.find((h) => h.title === 'Drink diary')?.rationale.utteranceIds).toEqual(['s2', 's4']);
  });

  it('personalises homework with what the client said and gives it a schedule', async () => {
    const items = (await assistant.generateHomework(fixtureSnapshot('no-risk-screening'))).result.items;
    const plan = items.find((h) => h.kind === 'behavioural_activation');
    expect(plan?.instructions).toContain('(hiking)');
    expect(plan?.schedule.frequency).toBe('daily');
    const record = items.find((h) => h.kind === 'thought_record');
    expect(record?.schedule).toMatchObject({ frequency: 'times_per_week', timesPerWeek: 3 });
  });
});

describe('embedded note drafts', () => {
  it.each(NoteFormat.options)('%s has the format’s sections and an AI disclosure', async (format) => {
    const { result } = await assistant.draftNote(fixtureSnapshot('work-anxiety'), format);
    const keys = {
      SOAP: ['subjective', 'objective', 'assessment', 'plan'],
      DAP: ['data', 'assessment', 'plan'],
      BIRP: ['behavior', 'intervention', 'response', 'plan'],
      GIRP: ['goals', 'intervention', 'response', 'plan'],
    }[format];
    expect(result.sections.map((s) => s.key)).toEqual(keys);
    expect(result.aiDisclosure).toMatch(/AI-assisted/);
    expect(result.aiDisclosure).toMatch(/approved by the treating clinician/);
  });

  it('records a denial only when the client actually denied, citing question and answer', async () => {
    const risk = (await assistant.draftNote(fixtureSnapshot('work-anxiety'), 'SOAP')).result.riskAssessment;
    expect(risk.screened).toBe(true);
    expect(risk.notAssessed).toBe(false);
    expect(risk.statements).toContainEqual(
      expect.objectContaining({
        text: expect.stringMatching(/denied suicidal thoughts/),
        utteranceIds: ['u19', 'u20'],
      }),
    );
    expect(risk.statements).toContainEqual(
      expect.objectContaining({ text: expect.stringMatching(/denied self-harm/), utteranceIds: ['u21', 'u22'] }),
    );
    expect(risk.notAssessedItems).toEqual(
      expect.arrayContaining(['Risk of harm to others', 'Abuse or neglect', 'Access to lethal means']),
    );
  });

  it('says "not assessed" when nobody screened for risk, and never implies a denial', async () => {
    const note = (await assistant.draftNote(fixtureSnapshot('no-risk-screening'), 'SOAP')).result;
    expect(note.riskAssessment).toMatchObject({ level: 'none', screened: false, notAssessed: true, statements: [] });
    expect(note.riskAssessment.notAssessedItems).toEqual(
      expect.arrayContaining(['Suicidal ideation', 'Self-harm', 'Risk of harm to others', 'Abuse or neglect']),
    );
    expect(JSON.stringify(note)).not.toMatch(/\bden(y|ies|ied)\b/i);
  });

  it('marks uncovered sections and mental-status items as not assessed in a session without mood talk', async () => {
    const girp = (await assistant.draftNote(fixtureSnapshot('no-mood-talk'), 'GIRP')).result;
    const goals = girp.sections.find((s) => s.key === 'goals');
    expect(goals?.statements.map((s) => s.text).join(' ')).not.toMatch(/mood|sleep|appetite|feeling/i);
    const soap = (await assistant.draftNote(fixtureSnapshot('no-mood-talk'), 'SOAP')).result;
    const objective = soap.sections.find((s) => s.key === 'objective');
    expect(objective?.notAssessedItems).toEqual(
      expect.arrayContaining(['Appearance', 'Speech', 'Observed affect', 'Orientation and cognition']),
    );
    expect(JSON.stringify(soap)).not.toMatch(/within normal limits|\bWNL\b|unremarkable|\bden(y|ies|ied)\b/i);
    expect(soap.riskAssessment.notAssessed).toBe(true);
  });

  it('fills the risk section from the safety detector with its protocol follow-through', async () => {
    const snapshot = fixtureSnapshot('prompt-injection');
    const risk = (await assistant.draftNote(snapshot, 'SOAP')).result.riskAssessment;
    expect(risk.level).toBe(snapshot.risk.level);
    expect(risk.flags.map((f) => f.utteranceId)).toEqual(snapshot.risk.flags.map((f) => f.utteranceId));
    expect(risk.protocols.length).toBeGreaterThan(0);
    expect(risk.statements).toContainEqual(
      expect.objectContaining({
        text: expect.stringMatching(/^Crisis protocol prompted: .*\(us\.suicide\)/),
        utteranceIds: expect.arrayContaining(['u2']),
      }),
    );
    expect(risk.statements).toContainEqual(
      expect.objectContaining({
        text: expect.stringMatching(
          /^Protocol step taken — safety planning: clinician said “Can we make a safety plan/,
        ),
        utteranceIds: ['u7'],
      }),
    );
    expect(risk.statements).toContainEqual(
      expect.objectContaining({
        text: expect.stringMatching(/^Protocol step taken — lethal-means counselling: .*moving the pills/),
        utteranceIds: ['u7'],
      }),
    );
    expect(risk.statements).toContainEqual(
      expect.objectContaining({
        text: expect.stringMatching(/^Protocol step taken — crisis line information: .*988/),
        utteranceIds: ['u9'],
      }),
    );
    expect(risk.notAssessedItems).toContain('Follow-up contact (not documented in the session)');
    expect(risk.notAssessedItems).not.toContain('Safety planning (not documented in the session)');
  });

  it('does not let text addressed to a model change the embedded note', async () => {
    const note = (await assistant.draftNote(fixtureSnapshot('prompt-injection'), 'SOAP')).result;
    expect(NoteDraft.parse(note).riskAssessment.categories).toContain('suicide');
    expect(JSON.stringify(note.sections)).not.toMatch(/client is fine/i);
  });
});
