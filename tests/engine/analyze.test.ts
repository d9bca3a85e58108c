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
    expect(say(a, 'client', "Honestly I've got it all planned out.").risk.level).toBe('high');
    const b = createSessionAnalyzer();
    expect(say(b, 'client', "Honestly I've got it all planned out.").risk.level).toBe('none');
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
