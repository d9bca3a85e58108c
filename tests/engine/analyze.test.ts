import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  SessionRisk,
  UtteranceAnalysis,
  type RiskAssessment,
  type RiskCategory,
  type RiskLevel,
  type Speaker,
} from '../../server/contracts/analysis.ts';
import { createSessionAnalyzer, type SessionAnalyzer } from '../../server/engine/analyze.ts';
import type { RiskModel } from '../../server/engine/risk/model.ts';
import type { RiskWindow } from '../../server/engine/risk/window.ts';
import { DEFAULT_PROTOCOLS } from '../../server/engine/safety/protocols.ts';

/**
 * A risk model with known answers, so these tests pin what the analyser does with a model's
 * readings (windows, revisions, roll-up, emotions) whatever the trained weights say.
 */
function scriptedModel(
  rules: Array<{ when: (w: RiskWindow) => boolean; category: RiskCategory; level: Exclude<RiskLevel, 'none'> }>,
): RiskModel & { seen: RiskWindow[] } {
  const seen: RiskWindow[] = [];
  const assess = (w: RiskWindow): RiskAssessment => {
    seen.push(w);
    const hit = rules.filter((r) => r.when(w));
    if (hit.length === 0) return { level: 'none', categories: [], evidence: [] };
    const level = hit
      .map((r) => r.level)
      .sort((a, b) => ['low', 'moderate', 'high'].indexOf(b) - ['low', 'moderate', 'high'].indexOf(a))[0]!;
    return {
      level,
      categories: [...new Set(hit.map((r) => r.category))],
      evidence: hit.map((r) => ({
        category: r.category,
        level: r.level,
        start: 0,
        end: w.text.length,
        text: w.text,
        rule: 'scripted',
        kind: 'model_reading' as const,
        source: 'model' as const,
      })),
    };
  };
  return { seen, assess, read: () => [] };
}

let counter = 0;
const say = (a: SessionAnalyzer, speaker: Speaker, text: string) => a.step({ id: `u${++counter}`, speaker, text });

const endingIt = scriptedModel([
  {
    when: (w) => /ending it/.test(w.text) && !/relationship/.test(w.next?.text ?? ''),
    category: 'suicide',
    level: 'low',
  },
  { when: (w) => /^yeah$/.test(w.text) && /pills/.test(w.next?.text ?? ''), category: 'suicide', level: 'moderate' },
  { when: (w) => /pills/.test(w.text), category: 'suicide', level: 'moderate' },
  {
    when: (w) => /thinking about it/.test(w.text) && !/tonight/.test(w.next?.text ?? ''),
    category: 'suicide',
    level: 'low',
  },
  {
    when: (w) => /thinking about it/.test(w.text) && /tonight/.test(w.next?.text ?? ''),
    category: 'suicide',
    level: 'high',
  },
  { when: (w) => /hits me/.test(w.text), category: 'abuse', level: 'high' },
  { when: (w) => /wish I was dead/.test(w.text), category: 'suicide', level: 'low' },
]);

describe('session analyser: each client turn read in its window', () => {
  it('shows a reading at once and withdraws it one turn later when the client explains it, saying why', () => {
    const a = createSessionAnalyzer({ model: endingIt });
    const first = say(a, 'client', "I've thought about ending it");
    expect(first.analysis.risk.level).toBe('low');
    expect(a.risk().level).toBe('low');
    expect(say(a, 'clinician', 'ending…?').revised).toEqual([]);
    const explained = say(a, 'client', 'the relationship I mean');
    expect(explained.revised).toHaveLength(1);
    const revised = UtteranceAnalysis.parse(explained.revised[0]);
    expect(revised.id).toBe(first.analysis.id);
    expect(revised.risk.level).toBe('none');
    expect(revised.risk.revision).toMatchObject({ change: 'withdrawn', from: 'low' });
    expect(revised.risk.revision?.reason).toContain('the relationship I mean');
    // The clinician spoke between: the reason names their words, which the answer may be taking up.
    expect(revised.risk.revision?.reason).toContain("after the clinician's “ending…?”");
    expect(a.risk()).toMatchObject({ level: 'none', flags: [] });
  });

  it('raises a terse answer once the next turn shows what it meant', () => {
    const a = createSessionAnalyzer({ model: endingIt });
    say(a, 'clinician', 'have you thought about how you would do it');
    const answer = say(a, 'client', 'yeah');
    expect(answer.analysis.risk.level).toBe('none');
    const next = say(a, 'client', 'the pills in the cabinet');
    expect(next.revised[0]?.risk).toMatchObject({ level: 'moderate', revision: { change: 'raised', from: 'none' } });
    expect(next.revised[0]?.risk.revision?.reason).toBe(
      "Raised to moderate (suicide): the client's next words, “the pills in the cabinet”, show what this turn meant.",
    );
    expect(a.risk().flags.map((f) => f.utteranceId)).toEqual([answer.analysis.id, next.analysis.id]);
  });

  it('raises a flag higher when the next turn adds intent', () => {
    const a = createSessionAnalyzer({ model: endingIt });
    const first = say(a, 'client', "I've been thinking about it again");
    expect(first.analysis.risk.level).toBe('low');
    const next = say(a, 'client', "and I think tonight's the night");
    expect(next.revised[0]?.risk.revision).toMatchObject({ change: 'raised_higher', from: 'low' });
    expect(a.risk().level).toBe('high');
  });

  it('gives each window the clinician turn before, the client turn before and the client turn after', () => {
    const model = scriptedModel([]);
    const a = createSessionAnalyzer({ model });
    say(a, 'client', 'work has been a lot');
    say(a, 'clinician', 'have you had any thoughts of killing yourself');
    say(a, 'client', 'sometimes yeah');
    say(a, 'clinician', 'tell me more');
    say(a, 'client', 'just at night');
    a.close();
    const final = model.seen.filter((w) => w.text === 'sometimes yeah' && w.next);
    expect(final).toHaveLength(1);
    expect(final[0]!.previous?.text).toBe('have you had any thoughts of killing yourself');
    expect(final[0]!.previous?.asked?.category).toBe('suicide');
    expect(final[0]!.answer?.categories).toEqual(['suicide']);
    expect(final[0]!.earlier).toBe('work has been a lot');
    expect(final[0]!.next).toMatchObject({ text: 'just at night', between: 'tell me more' });
  });

  it("never reads a clinician's or a third person's words as the client's risk", () => {
    const model = scriptedModel([{ when: () => true, category: 'suicide', level: 'high' }]);
    const a = createSessionAnalyzer({ model });
    expect(say(a, 'clinician', 'so you have the pills saved up and a date picked').analysis.risk.level).toBe('none');
    expect(a.step({ id: 'x', speaker: 'clinician', text: 'I want to die' }).analysis.risk.level).toBe('none');
    expect(model.seen).toEqual([]);
    expect(a.risk().level).toBe('none');
  });

  it('says which readings are final, in the order said, once their window is read', () => {
    const a = createSessionAnalyzer({ model: endingIt });
    const s1 = say(a, 'clinician', 'how was your week');
    expect(s1.final).toEqual([s1.analysis.id]);
    const s2 = say(a, 'client', 'long');
    expect(s2.final).toEqual([]);
    const s3 = say(a, 'clinician', 'long how');
    expect(s3.final).toEqual([]);
    const s4 = say(a, 'client', 'work mostly');
    expect(s4.final).toEqual([s2.analysis.id, s3.analysis.id]);
    expect(a.close().final).toEqual([s4.analysis.id]);
  });
});

describe('session analyser: session risk', () => {
  it("takes the session's level from its strongest flag, not from how many there are", () => {
    const a = createSessionAnalyzer({ model: endingIt });
    for (let i = 0; i < 5; i++) say(a, 'client', 'some days I wish I was dead');
    expect(a.risk().level).toBe('low');
    say(a, 'client', 'he hits me when he drinks');
    a.close();
    const risk = SessionRisk.parse(a.risk());
    expect(risk.level).toBe('high');
    expect(risk.byCategory).toEqual({ suicide: 'low', self_harm: 'none', violence: 'none', abuse: 'high' });
    expect(risk.protocols.map((p) => p.category)).toEqual(['suicide', 'abuse']);
  });
});

describe('session analyser: emotions of spoken turns', () => {
  it('gives a back-channel no emotion and no spike', () => {
    const a = createSessionAnalyzer({ model: endingIt, spike: { warmup: 1, refractory: 0 } });
    say(a, 'client', 'I had a really good week, thanks, work is great');
    say(a, 'client', 'I am happy with how things are going at home');
    for (const text of ['Yeah.', 'mm-hm', 'okay okay', 'No.', 'Thanks.']) {
      const out = say(a, 'client', text).analysis;
      expect(out.emotions).toEqual({
        labels: [{ label: 'neutral', score: 1 }],
        ekman: [{ label: 'neutral', score: 1 }],
        valence: 0,
      });
      expect(out.spike).toBe(false);
    }
  });

  it('never calls a turn of three words or fewer a spike', () => {
    const a = createSessionAnalyzer({ model: endingIt, spike: { warmup: 1, refractory: 0 } });
    say(a, 'client', 'I had a really good week, thanks, work is great');
    say(a, 'client', 'I am happy with how things are going at home');
    expect(say(a, 'client', 'I hate everything!').analysis.spike).toBe(false);
  });

  it('never gives risk content a positive feeling', () => {
    const a = createSessionAnalyzer({ model: endingIt });
    const out = say(a, 'client', "I'm so happy and grateful, I've got the pills saved up, thank you").analysis;
    expect(out.risk.level).toBe('moderate');
    expect(out.emotions.valence).toBeLessThanOrEqual(0);
    expect(out.emotions.ekman.map((e) => e.label)).not.toContain('joy');
  });

  it('reads past an opening "yeah", so distress is not taken for approval', () => {
    const a = createSessionAnalyzer({ model: endingIt });
    const out = say(a, 'client', 'yeah, I just feel so alone and sad all the time').analysis;
    expect(out.emotions.ekman[0]?.label).toBe('sadness');
    expect(out.emotions.valence).toBeLessThan(0);
  });

  it('gives clinician utterances emotions but never a spike', () => {
    const a = createSessionAnalyzer({ model: endingIt, spike: { warmup: 1, refractory: 0 } });
    say(a, 'client', 'Things are good, I had a great week.');
    const out = say(
      a,
      'clinician',
      'I am so angry and disgusted and furious about this awful horrible thing!',
    ).analysis;
    expect(out.emotions.labels.length).toBeGreaterThan(0);
    expect(out.spike).toBe(false);
  });

  it('flags a sharp drop in the client’s valence as a spike', () => {
    const a = createSessionAnalyzer({ model: endingIt, spike: { warmup: 2, refractory: 0 } });
    for (const text of [
      'I had a really good week, thanks!',
      'Work is great and I love my new team.',
      'I am happy with how things are going.',
    ]) {
      expect(say(a, 'client', text).analysis.spike).toBe(false);
    }
    expect(say(a, 'client', 'I hate everything, I am furious and miserable and disgusted.').analysis.spike).toBe(true);
  });
});

describe('session analyser protocol file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'analyzer-protocols-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the protocols of the configured file', () => {
    const path = join(dir, 'nz.json');
    writeFileSync(
      path,
      JSON.stringify({
        ...DEFAULT_PROTOCOLS,
        jurisdiction: 'NZ',
        protocols: DEFAULT_PROTOCOLS.protocols.map((p) => ({
          ...p,
          id: p.id.replace('us.', 'nz.'),
          resources: [{ name: 'Need to talk?', contact: 'Call or text 1737' }],
        })),
      }),
    );
    const a = createSessionAnalyzer({ crisisProtocolFile: path, model: endingIt });
    say(a, 'client', 'some days I wish I was dead');
    expect(a.risk().protocols).toHaveLength(1);
    expect(a.risk().protocols[0]).toMatchObject({
      id: 'nz.suicide',
      resources: [{ name: 'Need to talk?', contact: 'Call or text 1737' }],
    });
  });

  it('fails at creation when the file is invalid', () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, '{"jurisdiction": "X", "protocols": []}');
    expect(() => createSessionAnalyzer({ crisisProtocolFile: path })).toThrow(/suicide/);
  });
});
