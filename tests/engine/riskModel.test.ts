import { describe, expect, it } from 'vitest';
import { createSessionAnalyzer } from '../../server/engine/analyze.ts';
import { createRiskLogits, decodeRiskWeights, encodeRiskWeights } from '../../server/engine/risk/network.ts';
import { createRiskModel, riskModel } from '../../server/engine/risk/model.ts';
import { carriesOwnRisk, sessionExamples } from '../../server/engine/risk/training/examples.ts';
import { chooseFlagThreshold, DEFAULT_OPTIONS, trainRiskModel } from '../../server/engine/risk/training/train.ts';
import { windowFeatures } from '../../server/engine/risk/window.ts';
import type { CorpusTurn } from '../../server/engine/risk/corpus.ts';
import type { RiskCategory } from '../../server/contracts/analysis.ts';

const SESSIONS: CorpusTurn[][] = [
  [
    { speaker: 'clinician', text: 'any thoughts of ending your life' },
    { speaker: 'client', text: 'yeah most nights', risk: [{ category: 'suicide', level: 'low' }] },
    { speaker: 'clinician', text: 'have you thought about how' },
    { speaker: 'client', text: 'pills I have them saved', risk: [{ category: 'suicide', level: 'high' }] },
  ],
  [
    { speaker: 'clinician', text: 'how is the smoking' },
    { speaker: 'client', text: 'cut down to ten a day', hard: 'cut_down' },
    { speaker: 'clinician', text: 'great' },
    { speaker: 'client', text: 'my dad hits me when he drinks', risk: [{ category: 'abuse', level: 'high' }] },
  ],
];

function examples() {
  return SESSIONS.flatMap((turns, i) => sessionExamples(turns, 'fixture', `s${i}`));
}

const small = { ...DEFAULT_OPTIONS, dims: 4, maxEpochs: 2, minCount: 1, heldOut: [], refit: false };

describe('risk model training', () => {
  it('reads each client turn twice, as the live analyser does: when said and once its next turn is in', () => {
    const xs = sessionExamples(SESSIONS[0]!, 'fixture', 's0');
    expect(xs.map((x) => [x.final, x.levels])).toEqual([
      [false, [1, 0, 0, 0]],
      [true, [1, 0, 0, 0]],
      [false, [3, 0, 0, 0]],
      [true, [3, 0, 0, 0]],
    ]);
  });

  it('reads a risk turn alone, as a first turn, only when its own words carry the risk', () => {
    const suicide = [{ category: 'suicide' as const, level: 'low' as const }];
    expect(carriesOwnRisk('honestly I want to kill myself', suicide)).toBe(true);
    expect(carriesOwnRisk('me quiero morir', suicide)).toBe(true);
    // A terse answer or a place carries a screening question's content only after the question.
    expect(carriesOwnRisk('yeah most nights', suicide)).toBe(false);
    expect(carriesOwnRisk('the garage', suicide)).toBe(false);
    expect(carriesOwnRisk('my dad hits me', [...suicide, { category: 'abuse', level: 'high' }])).toBe(false);
  });

  it('gives the same weights, byte for byte, from the same data', () => {
    const a = encodeRiskWeights(trainRiskModel(examples(), small, {}).network);
    const b = encodeRiskWeights(trainRiskModel(examples(), small, {}).network);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('chooses the flag threshold that finds the most within the false-alarm bounds, with the fewest ordinary sessions read high', () => {
    const reading = (flag: number, found: number, alarmsWithin: boolean, high: number) => ({
      flag,
      found,
      alarmsWithin,
      high,
    });
    // Too many false alarms at 0.40; a high no-risk session below 0.46, none from 0.50.
    const curve = [
      reading(0.4, 0.79, false, 1),
      reading(0.42, 0.77, true, 1),
      reading(0.46, 0.75, true, 1),
      reading(0.5, 0.73, true, 0),
      reading(0.54, 0.71, true, 0),
    ];
    expect(chooseFlagThreshold(curve, 100)).toEqual({ chosen: curve[3], fewestHigh: 0, noise: 1 });
    // Two high sessions that no threshold mends do not push the threshold up to the top.
    const stubborn = [
      reading(0.42, 0.77, true, 5),
      reading(0.46, 0.75, true, 2),
      reading(0.5, 0.73, true, 2),
      reading(0.62, 0.67, true, 2),
    ];
    expect(chooseFlagThreshold(stubborn, 100)).toEqual({ chosen: stubborn[1], fewestHigh: 2, noise: 1 });
    // When none is out of reach, one session more than the fewest is noise, not a reason to lose
    // what a lower threshold finds; two more are not.
    const noisy = [
      reading(0.38, 0.8, true, 3),
      reading(0.4, 0.79, true, 2),
      reading(0.5, 0.73, true, 2),
      reading(0.6, 0.67, true, 1),
    ];
    expect(chooseFlagThreshold(noisy, 100)).toEqual({ chosen: noisy[1], fewestHigh: 1, noise: 1 });
    // The noise grows with the no-risk sessions read: one in a hundred. On four hundred, four
    // sessions more than the fewest count as equal, five do not.
    const many = [
      reading(0.36, 0.86, true, 10),
      reading(0.4, 0.84, true, 9),
      reading(0.5, 0.8, true, 7),
      reading(0.6, 0.76, true, 5),
    ];
    expect(chooseFlagThreshold(many, 400)).toEqual({ chosen: many[1], fewestHigh: 5, noise: 4 });
    expect(chooseFlagThreshold(many, 800)).toEqual({ chosen: many[0], fewestHigh: 5, noise: 8 });
    expect(chooseFlagThreshold(many, 100)).toEqual({ chosen: many[3], fewestHigh: 5, noise: 1 });
    expect(chooseFlagThreshold([reading(0.3, 0.9, false, 0)], 100)).toBeNull();
  });

  it('scores a window with the mean of its member networks, each trained from its own seed', () => {
    const one = (seed: number) =>
      decodeRiskWeights(encodeRiskWeights(trainRiskModel(examples(), { ...small, members: 1, seed }, {}).network));
    const [a, b] = [one(small.seed), one(small.seed + 1)];
    const both = decodeRiskWeights(encodeRiskWeights(trainRiskModel(examples(), { ...small, members: 2 }, {}).network));
    expect(both.header.dims).toBe(2 * small.dims);
    const f = windowFeatures({
      text: 'pills I have them saved',
      rules: { level: 'none', categories: [], evidence: [] },
      answer: null,
    });
    const logits = (n: typeof a) => Array.from(createRiskLogits(n)(f));
    const [za, zb] = [logits(a), logits(b)];
    expect(za).not.toEqual(zb);
    // int8 weights: each member's scores are read to within its quantisation step.
    logits(both).forEach((z, o) => expect(z).toBeCloseTo((za[o]! + zb[o]!) / 2, 1));
  });

  it('reads back the weights it writes, and refuses a file of another kind', () => {
    const bytes = encodeRiskWeights(trainRiskModel(examples(), small, {}).network);
    const net = decodeRiskWeights(bytes);
    expect(net.header.dims).toBe(4 * small.members);
    const model = createRiskModel(net);
    expect(
      model
        .read({ text: 'hello', rules: { level: 'none', categories: [], evidence: [] }, answer: null })
        .map((r) => r.category),
    ).toEqual(['suicide', 'self_harm', 'violence', 'abuse']);
    const bad = bytes.slice();
    bad[0] = 0x58;
    expect(() => decodeRiskWeights(bad)).toThrow(/train:risk/);
    expect(() => decodeRiskWeights(bytes.slice(0, bytes.length - 1))).toThrow(/train:risk/);
  });
});

describe('the shipped risk model', () => {
  const read = (turns: Array<{ speaker: 'client' | 'clinician'; text: string }>) => {
    const a = createSessionAnalyzer();
    const out = new Map<string, ReturnType<typeof a.analyze>>();
    turns.forEach((t, i) => {
      const step = a.step({ id: String(i), ...t });
      out.set(step.analysis.id, step.analysis);
      for (const r of step.revised) out.set(r.id, r);
    });
    for (const r of a.close().revised) out.set(r.id, r);
    return turns.map((_, i) => out.get(String(i))!);
  };

  it('scores every category with a calibrated probability', () => {
    const scores = riskModel().read({
      text: 'I want to die',
      rules: { level: 'none', categories: [], evidence: [] },
      answer: null,
    });
    for (const s of scores) {
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
  });

  it('flags a plain disclosure said as the first turn of a session, with nothing before it', () => {
    // A client may open with it; a model that learned to wait for context would say nothing.
    const plain: Array<[string, RiskCategory]> = [
      ['I want to kill myself.', 'suicide'],
      ['I want to die.', 'suicide'],
      ['me quiero morir', 'suicide'],
      ['I took all my pills last night.', 'suicide'],
      ["I've been cutting my arms again", 'self_harm'],
      ['he hits me every night', 'abuse'],
    ];
    for (const [text, category] of plain) {
      const [first] = read([{ speaker: 'client', text }]);
      expect(first!.risk.categories, text).toContain(category);
    }
  });

  it('reads the words after a leading no or not good as said: transcribed speech has no full stop to end a denial', () => {
    const [turn] = read([
      { speaker: 'clinician', text: 'how are things' },
      { speaker: 'client', text: 'um no not good my husband hit me again Sunday after the kava' },
    ]).slice(1);
    expect(turn!.risk.categories).toContain('abuse');
  });

  it("points its evidence into the client's own words, and marks a yes to a question as affirming it", () => {
    const [, answer] = read([
      { speaker: 'clinician', text: 'Have you had thoughts of killing yourself?' },
      { speaker: 'client', text: 'Yeah, sometimes.' },
    ]);
    expect(answer!.risk.categories).toEqual(['suicide']);
    for (const e of answer!.risk.evidence) {
      expect('Yeah, sometimes.'.slice(e.start, e.end)).toBe(e.text);
      expect(e.basis).toBe('affirmed');
    }
  });

  it('reads a no to whether the client is safe as taking up the question, not denying it', () => {
    const unsafe: Array<[string, string]> = [
      ['do you feel safe right now', 'not really'],
      ['are you safe going home tonight', 'no'],
    ];
    for (const [question, reply] of unsafe) {
      const [, answer] = read([
        { speaker: 'clinician', text: question },
        { speaker: 'client', text: reply },
      ]);
      expect(answer!.risk.level, `${question} – ${reply}`).not.toBe('none');
    }
    const [, safe] = read([
      { speaker: 'clinician', text: 'do you feel safe right now' },
      { speaker: 'client', text: 'yeah I feel safe, my sister is here' },
    ]);
    expect(safe!.risk.level).toBe('none');
  });

  it('reads a no to whether it was the only time, or is new, as saying there is more of it', () => {
    const more: Array<[string, string, RiskCategory]> = [
      ["is that the only time you've cut", "no. it's been on and off since I was fourteen", 'self_harm'],
      [
        'and the wish to die, is that new',
        "no it's always there on a night shift. I could just not be here",
        'suicide',
      ],
    ];
    for (const [question, reply, category] of more) {
      const [, answer] = read([
        { speaker: 'clinician', text: question },
        { speaker: 'client', text: reply },
      ]);
      expect(answer!.risk.categories, `${question} – ${reply}`).toContain(category);
    }
  });

  it('does not hear "I\'m not gonna lie" as a no that turns away the question before it', () => {
    const [, answer] = read([
      { speaker: 'clinician', text: "what's the plan if that feeling comes back tonight" },
      { speaker: 'client', text: "I'm not gonna lie I think I'm gonna do it this time. I'm tired of fighting it" },
    ]);
    expect(answer!.risk.categories).toContain('suicide');
  });

  it('reads neither silence nor a question back as a yes to the screening question', () => {
    for (const reply of ['...', '[long pause]', 'can Jolene step out for a minute?']) {
      const readings = read([
        { speaker: 'client', text: "like I don't see the point in any of it" },
        {
          speaker: 'clinician',
          text: 'Wade I need to ask you straight have you been having thoughts of killing yourself',
        },
        { speaker: 'client', text: reply },
      ]);
      expect(readings[2]!.risk.level, reply).toBe('none');
    }
  });

  /** The client's answer to one question of the clinician's, read in its window. */
  const reply = (question: string, text: string) =>
    read([
      { speaker: 'clinician', text: question },
      { speaker: 'client', text },
    ])[1]!.risk;

  it('reads a yes to “do you feel safe at home?” as safe, and a yes in part as not', () => {
    expect(reply('do you feel safe at home?', 'yeah').level).toBe('none');
    expect(reply('do you feel safe at home?', 'not always').categories).toEqual(['abuse']);
  });

  it('reads a no to “are you safe at home?” as feeling unsafe there, and “nah I’m good” as safe', () => {
    const answer = (text: string) => reply('are you safe at home', text);
    expect(answer('no, not really').categories).toEqual(['abuse']);
    expect(answer('no mucho, me empujó el mes pasado y me caí contra la mesa').categories).toContain('abuse');
    expect(answer("nah I'm good, it's just work that's hard").level).toBe('none');
  });

  it('takes up the content of the screening question a terse yes answers, and of no summary or lesson', () => {
    expect(reply('¿tienes ganas de cortarte ahora?', 'sí doctora').categories).toContain('self_harm');
    expect(reply('do you ever feel like you want to disappear', 'yep').categories).toContain('suicide');
    expect(
      reply('so to sum up, the checking is down to three, and no thoughts of hurting anyone', 'yes that is it').level,
    ).toBe('none');
  });

  it('reads a no to “can you keep yourself safe?” as suicide, moderate at least, and a yes as none', () => {
    const answer = (question: string, text: string) =>
      read([
        { speaker: 'client', text: 'some nights I think everybody would be better off without me' },
        { speaker: 'clinician', text: question },
        { speaker: 'client', text },
      ])[2]!.risk;
    const reading = (r: { categories: string[]; level: string }) => ({ categories: r.categories, level: r.level });
    expect(reading(answer('can you keep yourself safe tonight', "no, I don't think I can"))).toEqual({
      categories: ['suicide'],
      level: 'moderate',
    });
    expect(reading(answer('are you able to stay safe until Thursday', 'no'))).toEqual({
      categories: ['suicide'],
      level: 'moderate',
    });
    expect(answer('¿puede mantenerse a salvo esta noche?', 'no sé, a veces').level).toBe('moderate');
    expect(answer('can you keep yourself safe tonight', "yeah I can, my sister's staying over").level).toBe('none');
    expect(answer('¿puede mantenerse a salvo esta noche?', 'sí, mi hermana se queda conmigo').level).toBe('none');
  });

  it("reads the client's own words that go on from the clinician's turn in its light, and an “um” as saying nothing", () => {
    expect(
      reply(
        'you said you drove past the bridge',
        'I stopped on it. got out. stood at the rail a good while. Sunday night. a trucker honked and I got back in',
      ).categories,
    ).toContain('suicide');
    expect(
      reply('you were banging on the wall in your room', 'with my head. I had to. it was so loud in my head')
        .categories,
    ).toContain('self_harm');
    // …and the level its context gives them: giving things away is preparation.
    expect(
      reply(
        "you said you've been giving things away",
        "my tools to my nephew. my mother's ring to my niece. I'll not need em",
      ),
    ).toMatchObject({ level: 'high', categories: ['suicide'] });
    expect(
      reply(
        'Gary sometimes when people feel this flat they think about not wanting to be here, anything like that',
        'um',
      ).level,
    ).toBe('none');
  });

  it('withdraws a statement the client takes back the next turn, and shows why', () => {
    const cases = [
      ["honestly I'm gonna kill him when I see him Friday", "I'm only joking, I'd never touch him"],
      ['voy a matar a ese desgraciado cuando lo vea', 'no doctora, es un decir, no le voy a hacer nada'],
    ];
    for (const [said, takenBack] of cases) {
      const readings = read([
        { speaker: 'clinician', text: 'how did that land with you' },
        { speaker: 'client', text: said! },
        { speaker: 'clinician', text: 'mm' },
        { speaker: 'client', text: takenBack! },
      ]);
      expect(readings[1]!.risk.level, said).toBe('none');
      expect(readings[1]!.risk.revision?.change, said).toBe('withdrawn');
      expect(readings[1]!.risk.revision?.reason, said).toContain(takenBack!.slice(0, 12));
    }
  });

  it("leaves the client's mm-hm after the clinician's psychoeducation about overdose alone", () => {
    const readings = read([
      {
        speaker: 'clinician',
        text: 'mixing opioids with alcohol is how a lot of overdoses happen so keep the naloxone where you can reach it',
      },
      { speaker: 'client', text: 'mm-hm' },
    ]);
    expect(readings.map((r) => r.risk.level)).toEqual(['none', 'none']);
  });
});
