import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SessionRisk, UtteranceAnalysis, type Speaker } from '../../server/contracts/analysis.ts';
import { createSessionAnalyzer } from '../../server/engine/analyze.ts';
import { DEFAULT_PROTOCOLS } from '../../server/engine/safety/protocols.ts';

let counter = 0;
const say = (analyzer: ReturnType<typeof createSessionAnalyzer>, speaker: Speaker, text: string) =>
  analyzer.analyze({ id: `u${++counter}`, speaker, text });

describe('session analyser', () => {
  it('returns the analysis contract: risk, emotions and spike for each utterance', () => {
    const a = createSessionAnalyzer();
    const out = say(a, 'client', 'I want to kill myself and I feel so alone.');
    expect(UtteranceAnalysis.parse(out)).toEqual(out);
    expect(out.risk.level).toBe('low');
    expect(out.emotions.labels.length).toBeGreaterThan(0);
    expect(out.emotions.valence).toBeLessThan(0);
  });

  it('keeps the session level at the highest reached so far, per category and overall', () => {
    const a = createSessionAnalyzer();
    say(a, 'client', 'Some days I wish I was dead.');
    expect(a.risk().level).toBe('low');
    say(a, 'client', 'Last week I took a whole bottle of pills.');
    expect(a.risk().level).toBe('high');
    say(a, 'client', "I'm doing better today, honestly.");
    const risk = SessionRisk.parse(a.risk());
    expect(risk.level).toBe('high');
    expect(risk.byCategory).toEqual({ suicide: 'high', self_harm: 'none', violence: 'none', abuse: 'none' });
    expect(risk.flags.map((f) => f.level)).toEqual(['low', 'high']);
  });

  it('carries the protocol of each flagged category, in category order', () => {
    const a = createSessionAnalyzer();
    expect(a.risk().protocols).toEqual([]);
    say(a, 'client', 'My dad hits me.');
    say(a, 'client', 'I want to hurt myself.');
    expect(a.risk().protocols.map((p) => p.category)).toEqual(['self_harm', 'abuse']);
  });

  it('reads a yes to a screening question as a disclosure at the level asked about', () => {
    const a = createSessionAnalyzer();
    const question = say(a, 'clinician', 'Have you had any thoughts of killing yourself?');
    expect(question.risk.level).toBe('none');
    const answer = say(a, 'client', 'Yeah, sometimes.');
    expect(answer.risk.level).toBe('low');
    expect(answer.risk.evidence[0]).toMatchObject({ text: 'Yeah', rule: 'suicide.screening.affirmed' });
  });

  it('levels a yes about past behaviour by when it happened', () => {
    const a = createSessionAnalyzer();
    say(a, 'clinician', 'Have you ever done anything, started to do anything, or prepared to do anything to end your life?');
    expect(say(a, 'client', 'Yes, years ago, when I was in college.').risk.level).toBe('moderate');
    const b = createSessionAnalyzer();
    say(b, 'clinician', 'Have you ever done anything, started to do anything, or prepared to do anything to end your life?');
    expect(say(b, 'client', 'Yes. Last month.').risk.level).toBe('high');
  });

  it('does not read a no, or an answer to another question, as a disclosure', () => {
    const a = createSessionAnalyzer();
    say(a, 'clinician', 'Have you had any thoughts of killing yourself?');
    expect(say(a, 'client', 'No, never.').risk.level).toBe('none');
    expect(say(a, 'client', 'Yeah, work has been busy.').risk.level).toBe('none');
  });

  it('reads "it" as the topic the clinician just asked about', () => {
    const a = createSessionAnalyzer();
    say(a, 'clinician', 'Have you been thinking about how you might kill yourself?');
    const answer = say(a, 'client', "Honestly I've got it all planned out.");
    expect(answer.risk).toMatchObject({ level: 'high', categories: ['suicide'] });
    expect(answer.risk.evidence.map((e) => e.rule)).toContain('context.plan');
  });

  it('reads "it" as harm to others when that is what the session is on', () => {
    const a = createSessionAnalyzer();
    say(a, 'client', 'I keep thinking about hurting my stepdad.');
    expect(say(a, 'client', 'I picked a day.').risk).toMatchObject({ level: 'high', categories: ['violence'] });
  });

  it('reads an unexplained "I picked a date" as a plan, and as nothing when a wedding was just named', () => {
    const cold = createSessionAnalyzer();
    const plan = say(cold, 'client', 'I picked a date.');
    expect(plan.risk).toMatchObject({ level: 'high', categories: ['suicide'] });
    expect(plan.risk.evidence[0]!.rule).toBe('suicide.plan.unstated');

    const wedding = createSessionAnalyzer();
    say(wedding, 'clinician', 'How is the wedding planning going?');
    expect(say(wedding, 'client', 'Good. I picked a date.').risk.level).toBe('none');
    expect(say(wedding, 'client', "And I've got it all planned out.").risk.level).toBe('none');

    const party = createSessionAnalyzer();
    say(party, 'client', "My daughter's birthday party is on Saturday.");
    expect(say(party, 'client', "I've got it all planned out.").risk.level).toBe('none');
  });

  it('forgets an everyday plan after three client turns, and lets risk talk win over it', () => {
    const a = createSessionAnalyzer();
    say(a, 'client', 'We went to a wedding last month.');
    for (const text of ['Work has been slow.', 'I sleep badly.', 'My sister called.']) say(a, 'client', text);
    expect(say(a, 'client', "I've got it all planned out.").risk.level).toBe('high');

    const b = createSessionAnalyzer();
    say(b, 'client', 'The wedding is in June.');
    say(b, 'client', 'Honestly some nights I just want to die.');
    expect(say(b, 'client', 'I picked a date.').risk).toMatchObject({ level: 'high', categories: ['suicide'] });
  });

  it('still reads a plan for an everyday event as nothing while suicide is the topic', () => {
    const a = createSessionAnalyzer();
    say(a, 'clinician', 'Have you had any thoughts of killing yourself?');
    say(a, 'client', 'No, not really.');
    expect(say(a, 'client', 'Oh, and I picked a date for the wedding!').risk.level).toBe('none');
  });

  it('gives clinician utterances emotions but never a spike', () => {
    const a = createSessionAnalyzer({ spike: { warmup: 1, refractory: 0 } });
    say(a, 'client', 'Things are good, I had a great week.');
    say(a, 'client', 'Things are good.');
    const out = say(a, 'clinician', 'I am so angry and disgusted and furious about this awful horrible thing!');
    expect(out.emotions.labels.length).toBeGreaterThan(0);
    expect(out.spike).toBe(false);
  });

  it('flags a sharp drop in the client’s valence as a spike', () => {
    const a = createSessionAnalyzer({ spike: { warmup: 2, refractory: 0 } });
    for (const text of ['I had a really good week, thanks!', 'Work is great and I love my new team.', 'I am happy with how things are going.']) {
      expect(say(a, 'client', text).spike).toBe(false);
    }
    expect(say(a, 'client', 'I hate everything, I am furious and miserable and disgusted.').spike).toBe(true);
  });
});

describe('session analyser protocol file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'analyzer-protocols-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the protocols of the configured file', () => {
    const path = join(dir, 'nz.json');
    writeFileSync(path, JSON.stringify({ ...DEFAULT_PROTOCOLS, jurisdiction: 'NZ', protocols: DEFAULT_PROTOCOLS.protocols.map((p) => ({ ...p, id: p.id.replace('us.', 'nz.'), resources: [{ name: 'Need to talk?', contact: 'Call or text 1737' }] })) }));
    const a = createSessionAnalyzer({ crisisProtocolFile: path });
    say(a, 'client', 'I want to die.');
    expect(a.risk().protocols).toHaveLength(1);
    expect(a.risk().protocols[0]).toMatchObject({ id: 'nz.suicide', resources: [{ name: 'Need to talk?', contact: 'Call or text 1737' }] });
  });

  it('fails at creation when the file is invalid', () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, '{"jurisdiction": "X", "protocols": []}');
    expect(() => createSessionAnalyzer({ crisisProtocolFile: path })).toThrow(/suicide/);
  });
});
