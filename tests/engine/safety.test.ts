import { describe, expect, it } from 'vitest';
import { RiskAssessment, type RiskCategory, type RiskLevel, type Speaker } from '../../server/contracts/analysis.ts';
import { detectRisk, questionTopic } from '../../server/engine/safety/detect.ts';

const risk = (text: string, speaker: Speaker = 'client') => detectRisk({ id: 'u1', speaker, text });
const flag = (text: string, speaker: Speaker = 'client'): string => {
  const r = risk(text, speaker);
  return r.level === 'none' ? 'none' : `${r.level} ${r.categories.join('+')}`;
};

describe('safety detector: categories and C-SSRS levels', () => {
  const cases: Array<[string, RiskLevel, RiskCategory]> = [
    ['I wish I was dead.', 'low', 'suicide'],
    ["I don't want to live anymore.", 'low', 'suicide'],
    ['Everyone would be better off without me.', 'low', 'suicide'],
    ["I've been thinking about killing myself.", 'low', 'suicide'],
    ['I keep thinking about jumping off the bridge on my way to work.', 'moderate', 'suicide'],
    ["I've thought about taking all my sleeping pills.", 'moderate', 'suicide'],
    ["I'm going to kill myself.", 'high', 'suicide'],
    ['I have a plan to end my life.', 'high', 'suicide'],
    ['I wrote a suicide note last week.', 'high', 'suicide'],
    ['Last week I took a bunch of pills.', 'high', 'suicide'],
    ['I tried to overdose five years ago.', 'moderate', 'suicide'],
    ['I want to hurt myself.', 'low', 'self_harm'],
    ['I really want to cut again.', 'moderate', 'self_harm'],
    ['I cut myself last night.', 'high', 'self_harm'],
    ['I used to cut in high school.', 'moderate', 'self_harm'],
    ["I'm going to burn myself tonight.", 'high', 'self_harm'],
    ['Sometimes I want to hurt my brother.', 'low', 'violence'],
    ["I've imagined stabbing him with a kitchen knife.", 'moderate', 'violence'],
    ["I'm going to kill my boss.", 'high', 'violence'],
    ['I punched my roommate last night.', 'high', 'violence'],
    ['I beat up a guy when I was nineteen.', 'moderate', 'violence'],
    ['I punched a guy back in 2012.', 'moderate', 'violence'],
    ["I'm scared to go home because of my husband.", 'low', 'abuse'],
    ["He said he'd kill me if I left.", 'moderate', 'abuse'],
    ['My uncle abused me when I was a kid.', 'moderate', 'abuse'],
    ['My husband hits me.', 'high', 'abuse'],
    ['My boyfriend hits my daughter.', 'high', 'abuse'],
    ["The aide at my grandpa's care home slaps him.", 'high', 'abuse'],
    ['My brother takes all of my grandmother’s pension.', 'high', 'abuse'],
  ];
  it.each(cases)('"%s" → %s %s', (text, level, category) => {
    const r = risk(text);
    expect(r.level).toBe(level);
    expect(r.categories).toEqual([category]);
    expect(RiskAssessment.parse(r)).toEqual(r);
  });

  it('flags murder–suicide as both harm to others and suicide', () => {
    expect(risk("I'm going to kill her and then myself.").categories).toEqual(['suicide', 'violence']);
  });

  it('reads an unstated time of an act as recent (high), a past one as moderate', () => {
    expect(flag('I tried to kill myself.')).toBe('high suicide');
    expect(flag('I tried to kill myself when I was sixteen.')).toBe('moderate suicide');
    expect(flag('I tried to kill myself when I was sixteen and again two weeks ago.')).toBe('high suicide');
    expect(flag("I've been cutting since I was twelve.")).toBe('high self_harm');
  });
});

describe('safety detector: hard negatives', () => {
  it.each([
    'I would never hurt myself.',
    "I'm not suicidal.",
    "No, I've never tried to kill myself.",
    "I don't want to die, I want to get better.",
    "I'm not going to hurt myself, I promise.",
    "I don't think I'd ever kill myself.",
  ])('negation: "%s"', (text) => expect(flag(text)).toBe('none'));

  it.each([
    "I can't stop thinking about killing myself.",
    "I don't want to live anymore.",
    "I don't know if I want to kill myself or if I just want the pain to stop.",
    "I'm trying not to think about killing myself.",
  ])('not a negation: "%s"', (text) => expect(flag(text)).toBe('low suicide'));

  // Transcribed speech has no full stop after "not good": how the client is denies nothing after it.
  it.each(['um no not good my husband hit me again Sunday', 'not great my dad hit me again last night'])(
    'not a negation of what follows: "%s"',
    (text) => expect(flag(text)).toBe('high abuse'),
  );
  it.each(['no my husband never hit me', "no no he's not hit me since the summer"])('a negation still: "%s"', (text) =>
    expect(flag(text)).toBe('none'),
  );

  it.each([
    'This job is killing me.',
    'I could kill for a coffee.',
    'My feet are killing me.',
    "I'm dying to see it.",
    'She killed it at work today.',
    'I wanted to die of embarrassment.',
    "My mom's going to kill me when she sees my grades.",
    'He hit me up on Instagram.',
    'Tyrone beat me at chess.',
    'kmsl that video',
    'Me muero de hambre.',
  ])('idiom: "%s"', (text) => expect(flag(text)).toBe('none'));

  it.each([
    'I cut my finger cooking.',
    'I shot a photo of the sunset.',
    'I hurt myself playing soccer.',
    'I burned myself on the oven tray.',
    "I've been cutting down on sugar.",
    'I took two Advil for my headache.',
    "I've been taking all my pills on time.",
    'Me corté el dedo cocinando.',
  ])('everyday: "%s"', (text) => expect(flag(text)).toBe('none'));

  it.each([
    'The character kills himself in the movie.',
    'I killed him in Fortnite.',
    'I keep killing my teammates by accident in Valorant.',
    'The lyrics are all about wanting to die.',
  ])('media and games: "%s"', (text) => expect(flag(text)).toBe('none'));

  it.each([
    'My friend tried to kill herself.',
    'He says he wants to die.',
    'Jess has been cutting.',
    'My best friend is suicidal and I am scared for her.',
    "My cousin's boyfriend hits her.",
    'Mi amiga intentó suicidarse.',
  ])('third person: "%s"', (text) => expect(flag(text)).toBe('none'));

  it.each([
    "If I ever felt like killing myself, I'd call my sister first.",
    'In case I ever feel like cutting again, I have my safety plan.',
  ])('hypothetical: "%s"', (text) => expect(flag(text)).toBe('none'));

  it('still reads the consequent of a condition as a disclosure', () => {
    expect(flag("If she leaves me I'll kill myself.")).toBe('high suicide');
  });
});

describe('safety detector: who is speaking', () => {
  it.each([
    'Have you had thoughts of killing yourself?',
    'have you actually had any thoughts of killing yourself',
    'In the past month, have you wished you were dead?',
    'Do you have thoughts about hurting anyone else?',
    'Has anyone hit you or hurt you at home?',
    'When was the last time you cut yourself?',
  ])("a clinician's screening question is not a disclosure: %s", (text) =>
    expect(flag(text, 'clinician')).toBe('none'),
  );

  it("reads a clinician's reflection as the client's disclosure", () => {
    expect(flag('You said you bought a rope last week.', 'clinician')).toBe('high suicide');
    expect(flag('So he hits you when he drinks.', 'clinician')).toBe('high abuse');
  });

  it("does not read a clinician's own words as the clinician's risk", () => {
    expect(flag('I need to ask you some questions about suicide and self-harm.', 'clinician')).toBe('none');
  });

  it("does not read a client's question about other people as a disclosure", () => {
    expect(flag('What should I do if my friend says she wants to kill herself?')).toBe('none');
    expect(flag('Did you ever have a client who tried to kill themselves?')).toBe('none');
  });

  it('treats an unknown speaker like the client', () => {
    expect(flag('I think about killing myself a lot.', 'unknown')).toBe('low suicide');
  });

  it('finds the topic and level a screening question asks about', () => {
    const u = (text: string) => ({ id: 'q', speaker: 'clinician' as const, text });
    expect(questionTopic(u('Have you had any thoughts of killing yourself?'))).toEqual({
      category: 'suicide',
      level: 'low',
    });
    expect(
      questionTopic(
        u('Have you ever done anything, started to do anything, or prepared to do anything to end your life?'),
      ),
    ).toEqual({ category: 'suicide', level: 'high' });
    expect(questionTopic(u('How was your week?'))).toBeNull();
    expect(
      questionTopic({ id: 'c', speaker: 'client', text: 'Have you had thoughts of killing yourself?' }),
    ).toBeNull();
  });

  it('reads a Spanish screening question, with its marks or without them as transcripts write it', () => {
    const u = (text: string) => ({ id: 'q', speaker: 'clinician' as const, text });
    expect(questionTopic(u('¿has pensado en quitarte la vida?'))).toEqual({ category: 'suicide', level: 'low' });
    expect(questionTopic(u('y has pensado en quitarte la vida'))).toEqual({ category: 'suicide', level: 'low' });
    expect(questionTopic(u('y te has cortado esta semana'))).toEqual({ category: 'self_harm', level: 'high' });
    // A statement about someone else is no question about the client.
    expect(questionTopic(u('ha sido muy duro lo de tu hermano'))).toBeNull();
  });
});

describe('safety detector: how people talk', () => {
  it.each([
    ['i want to kms', 'low suicide'],
    ["I've been thinking about unaliving myself.", 'low suicide'],
    ['lowkey want to ctb', 'low suicide'],
    ['gonna kms tonight fr', 'high suicide'],
    ['sh urges are bad this week', 'low self_harm'],
    ["i sh'd last night", 'high self_harm'],
    ["i od'd on my meds last week", 'high suicide'],
    ['ppl at school keep telling me to kys', 'low abuse'],
    ["I'm going to top myself.", 'high suicide'],
    ['ion wanna be here no more fr', 'low suicide'],
  ])('slang: "%s" → %s', (text, expected) => expect(flag(text)).toBe(expected));

  it.each([
    ['i want to kil my self', 'low suicide'],
    ['Ive been having sucidal thoughts', 'low suicide'],
    ['suicidle thoughts again', 'low suicide'],
    ['im going to kill myslef', 'high suicide'],
    ['I atempted sucide in 2010.', 'moderate suicide'],
    ['i cutt myself again last nite', 'high self_harm'],
  ])('typos and no punctuation: "%s" → %s', (text, expected) => expect(flag(text)).toBe(expected));

  it.each([
    ['Me quiero morir.', 'low suicide'],
    ['No quiero vivir.', 'low suicide'],
    ['Pensé en suicidarme.', 'low suicide'],
    ['Quiero matarme.', 'low suicide'],
    ['He pensado en tomarme todas las pastillas.', 'moderate suicide'],
    ['Me voy a matar.', 'high suicide'],
    ['Intenté suicidarme la semana pasada.', 'high suicide'],
    ['Intenté suicidarme hace cinco años.', 'moderate suicide'],
    ['Me corto los brazos.', 'high self_harm'],
    ['me volví a cortar anoche', 'high self_harm'],
    ['volví a cortarme los brazos', 'high self_harm'],
    ['me volví a cortar el pelo', 'none'],
    ['Mi papá me pega.', 'high abuse'],
    ['Voy a matarlo.', 'high violence'],
    ['No me quiero morir.', 'none'],
    ['Nunca he pensado en matarme.', 'none'],
    ['Ya no quiero estar aquí.', 'low suicide'],
    ['Este trabajo me está matando.', 'none'],
  ])('Spanish: "%s" → %s', (text, expected) => expect(flag(text)).toBe(expected));
});

describe('safety detector: ordinary session language', () => {
  it.each([
    ["I have a gun at home and I've thought about using it.", 'moderate suicide'],
    ['Part of me wants to die.', 'low suicide'],
    ['Sometimes I think the world would be better without me.', 'low suicide'],
    ['I have pills saved up in my closet.', 'high suicide'],
    ['yesterday i swallowed a bunch of my mom’s sleeping pills', 'high suicide'],
    ['i tried to end it last year and again last week', 'high suicide'],
    ["I'm going to make him pay, I bought a knife.", 'high violence'],
    ["I've had the urge to self-harm lately.", 'low self_harm'],
    ['My uncle molests my cousin, she’s eight.', 'high abuse'],
    ['I want to punch a wall.', 'none'],
    ['He threatened to kill himself if I leave.', 'none'],
    ['My therapist asked me if I ever wanted to die and I said no.', 'none'],
    ["I'd never hit a child.", 'none'],
    ['We hung out at the lake on Sunday.', 'none'],
    ['I jumped off the diving board at the pool.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(flag(text)).toBe(expected));
});

describe('safety detector: warning signs said in everyday words', () => {
  it.each([
    ['I dont want to be here some nights', 'low suicide'],
    ["Some days I just don't want to be around anymore.", 'low suicide'],
    ["I'm such a burden to everyone.", 'low suicide'],
    ["There's no point going on.", 'low suicide'],
    ['I have nothing left to live for.', 'low suicide'],
    ["I can't go on anymore.", 'low suicide'],
    ['I just want it all to stop.', 'low suicide'],
    ['I wish I could just disappear and never come back.', 'low suicide'],
    ["I wouldn't mind if I didn't wake up.", 'low suicide'],
    ["I don't care if I live or die.", 'low suicide'],
    ["I'm so tired of being alive.", 'low suicide'],
    ["You won't have to worry about me much longer.", 'low suicide'],
    ['what if i just didnt exist', 'low suicide'],
  ])('passive ideation: "%s" → %s', (text, expected) => expect(flag(text)).toBe(expected));

  it.each([
    "I'd hate to be a burden on my kids when I'm old.",
    "I don't want to be here today, my mom made me come.",
    "Some nights I don't want to be around my roommates.",
    "There's no point going on with the project if the funding is cut.",
    "I can't go on the field trip next week.",
    'I wanted to disappear when he said that in front of everyone.',
    "I don't care if I die on this hill.",
    "I'm tired of waking up at 5am for work.",
    "I won't be around next week, I'm visiting my sister.",
    "I don't feel like a burden anymore.",
  ])('not passive ideation: "%s"', (text) => expect(flag(text)).toBe('none'));

  it.each([
    ['i gave away my guitar and my dog, wont need them', 'high suicide'],
    ["I've been giving away my most treasured things.", 'high suicide'],
    ["I gave my cat to my sister so she'd be looked after when I'm gone.", 'high suicide'],
    ['I wrote letters to everyone I love.', 'high suicide'],
    ['I left a note for my mom to find.', 'high suicide'],
    ["I've been saying my goodbyes.", 'high suicide'],
    ["I've put my affairs in order.", 'high suicide'],
    ['I updated my will and left instructions for the cat.', 'high suicide'],
    ['I researched how many pills it would take.', 'high suicide'],
    ['I googled the lethal dose of my meds.', 'high suicide'],
    ['I checked whether the beam would hold my weight.', 'high suicide'],
    ["I've been collecting my meds instead of taking them.", 'high suicide'],
    ["I took extra pills hoping I wouldn't wake up.", 'high suicide'],
    ['I put the belt around my neck but stopped.', 'high suicide'],
    ['I updated my will in 2015 and gave away my things back then.', 'moderate suicide'],
    ['I keep a razor blade hidden in my room just in case.', 'high self_harm'],
    ['I took apart a pencil sharpener for the blade.', 'high self_harm'],
  ])('preparatory acts: "%s" → %s', (text, expected) => expect(flag(text)).toBe(expected));

  it.each([
    'I gave away my old clothes to charity.',
    "We gave away the crib, won't need it anymore.",
    "I gave away my winter coats since I won't need them in Florida.",
    'I wrote thank you notes to everyone who came to the wedding.',
    "I wrote a letter to my dad like you suggested, but I won't send it.",
    'I said goodbye to my friends at the airport.',
    'I said my goodbyes to grandma before she passed.',
    "I'm getting my affairs in order before my surgery.",
    "I'm tying up loose ends at work before my vacation.",
    'We updated our wills after the baby was born.',
    'I looked up the lethal dose of caffeine for my pharmacology class.',
    'I keep my pills in the bathroom cabinet.',
    'I keep a blade in my toolbox for work.',
    'My dad is getting his affairs in order.',
  ])('not a preparatory act: "%s"', (text) => expect(flag(text)).toBe('none'));

  it.each([
    ['I picked a date.', 'high suicide'],
    ["I picked a date. The 14th, after my son's birthday.", 'high suicide'],
    ["I've got it all planned out, Friday night when Tomás is at his mum's.", 'high suicide'],
    ["I've worked out how I'd do it.", 'high suicide'],
    ["I know how I'd do it.", 'moderate suicide'],
  ])('a plan whose object goes unsaid: "%s" → %s', (text, expected) => expect(flag(text)).toBe(expected));

  it.each([
    'I picked a date for the wedding.',
    'We set a date!',
    'I set a date to quit smoking.',
    'I picked the day after Christmas to fly home.',
    "My birthday party? I've got it all planned out.",
    "I'm moving next month and I've got it all planned out.",
    "I know how I'd do it differently next time.",
  ])('a plan with an everyday object: "%s"', (text) => expect(flag(text)).toBe('none'));

  it('reads a wish about the speaker as passive ideation, not as an assault', () => {
    expect(flag('I wish that truck had hit me.')).toBe('low suicide');
  });

  it('reads being forced into sex as abuse', () => {
    expect(flag('He forced me to have sex last week.')).toBe('high abuse');
    expect(flag('My boyfriend forces himself on me.')).toBe('high abuse');
  });
});

describe('safety detector: evidence', () => {
  it('points at the words that raised the flag, with the rule and its source', () => {
    const text = 'Work was fine. Honestly, I want to kill myself most nights.';
    const r = risk(text);
    expect(r.evidence).toHaveLength(1);
    const [e] = r.evidence;
    expect(text.slice(e!.start, e!.end)).toBe(e!.text);
    expect(e!.text).toBe('kill myself');
    expect(e).toMatchObject({ category: 'suicide', level: 'low', rule: 'suicide.ideation', source: 'rule' });
  });

  it('maps spans back through expanded slang and contractions', () => {
    const text = "ok so I'm gonna kms tonight";
    const [e] = risk(text).evidence;
    expect(e!.text).toBe('gonna kms');
    expect(text.slice(e!.start, e!.end)).toBe('gonna kms');
  });

  it('keeps accented Spanish text intact in the evidence', () => {
    const text = 'Anoche me corté los brazos.';
    const [e] = risk(text).evidence;
    expect(e!.text).toBe('me corté');
    expect(e!.category).toBe('self_harm');
  });

  it('gives one evidence item per category and span, at the highest level', () => {
    const r = risk("I'm going to kill myself. My dad hits me.");
    expect(r.evidence.map((e) => [e.category, e.level, e.text])).toEqual([
      ['suicide', 'high', 'going to kill myself'],
      ['abuse', 'high', 'hits me'],
    ]);
  });

  it('returns nothing for empty or neutral text', () => {
    expect(risk('')).toEqual({ level: 'none', categories: [], evidence: [] });
    expect(risk('We talked about the budget and it went well.')).toEqual({
      level: 'none',
      categories: [],
      evidence: [],
    });
  });
});
