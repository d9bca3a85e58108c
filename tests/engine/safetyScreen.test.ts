import { describe, expect, it } from 'vitest';
import { RiskAssessment, type Speaker } from '../../server/contracts/analysis.ts';
import { DEFAULT_PROTOCOLS } from '../../server/engine/safety/protocols.ts';
import { detectRisk, detectRiskExhaustive } from '../../server/engine/safety/detect.ts';
import { SCREEN_HINT } from '../../server/engine/safety/screen.ts';

const risk = (text: string, speaker: Speaker = 'client') => detectRisk({ id: 'u1', speaker, text });
const flag = (text: string, speaker: Speaker = 'client'): string => {
  const r = risk(text, speaker);
  return r.level === 'none' ? 'none' : `${r.level} ${r.categories.join('+')}`;
};
const screened = (text: string) => risk(text).evidence.filter((e) => e.tier === 'screen');

describe('lexical screen: possible risk language the precise rules do not cover', () => {
  it.each([
    ["sure what good am I to anyone, they'd all manage grand without me", 'low suicide'],
    ['I just pray the good Lord takes me in my sleep.', 'low suicide'],
    ['i been wantin to not wake up, like just be gone for good', 'low suicide'],
    ["soy una carga pa' mis hijos, ya no aguanto más", 'low suicide'],
    ['I gave my guitar to my cousin and my cat to the neighbour. they might as well have them now.', 'low suicide'],
    ['les dejé una carta a mis hijos por si me pasa algo', 'low suicide'],
    ["I'm gonna make that teacher regret it, I know where she parks", 'low violence'],
    ['my husband controls all the money and I have to ask him for gas money', 'low abuse'],
    ['nobody picks up my little sister from daycare, she waits there alone until 8', 'low abuse'],
    ["my ex has been following me home and he said I'll regret leaving", 'low abuse'],
    ["I've been bruising myself on purpose so nobody notices", 'low self_harm'],
  ])('"%s" → %s, as a prompt to ask', (text, expected) => {
    const r = risk(text);
    expect(flag(text)).toBe(expected);
    expect(RiskAssessment.parse(r)).toEqual(r);
    for (const e of r.evidence) {
      expect(e).toMatchObject({
        rule: `${e.category}.screen.lexical`,
        source: 'rule',
        tier: 'screen',
        hint: SCREEN_HINT,
      });
    }
  });

  it('raises moderate when a means is named with a thought of it, a plan or an attempt', () => {
    expect(flag('I keep looking at the rope in the garage')).toBe('moderate suicide');
    expect(flag("when I'm driving I think about just not turning at the curve")).toBe('moderate suicide');
    expect(flag("I'd do it Sunday while everyone's at church, with my dad's pills")).toBe('moderate suicide');
    expect(flag('I walked to the bridge last night and just stood there for an hour')).toBe('moderate suicide');
  });

  it('points its evidence at the words as typed, through dropped letters and contractions', () => {
    const text = 'i been wantin to not wake up, like just be gone for good';
    const evidence = screened(text);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(evidence.map((e) => e.text)).toEqual(['not wake up', 'gone for good']);
  });

  it('reads only the categories the precise rules did not find', () => {
    const both = risk(
      "I want to kill myself. My boyfriend takes my whole paycheck and won't let me have my own bank card.",
    );
    expect(both.categories).toEqual(['suicide', 'abuse']);
    expect(both.evidence.filter((e) => e.category === 'suicide').every((e) => e.tier === undefined)).toBe(true);
    expect(both.evidence.filter((e) => e.category === 'abuse').every((e) => e.tier === 'screen')).toBe(true);
    expect(screened('I want to kill myself.')).toEqual([]);
  });

  it('does not read again the words a precise rule already explained', () => {
    // "kill myself" here is bullying reported by the client (abuse), not the client's own wish.
    expect(flag('ppl in the group chat keep telling me to kys')).toBe('low abuse');
  });

  it('needs more than a thing named: a weapon or pills alone are not risk language', () => {
    expect(flag('My money goes to more guns and ammo.')).toBe('none');
    expect(flag('What is a red pill and a black pill anyway?')).toBe('none');
    expect(flag('I bought a rifle on Monday and I don’t even hunt.')).toBe('low suicide');
    expect(flag('I keep thinking about my dad’s gun in the closet.')).toBe('moderate suicide');
  });

  it('reads a child or an elder left without care, whoever tells it', () => {
    expect(flag('the kids are home alone all weekend when she goes out partying')).toBe('low abuse');
    expect(flag('my teen is home alone for an hour after school, she is fifteen')).toBe('none');
  });
});

describe('lexical screen: dying, methods, injuries and intent said in other words', () => {
  it.each([
    ["lord i'm weary, i keep praying he'd just come for me in my sleep", 'low suicide'],
    ['mi waan dead, mi cyaan tek it no more', 'low suicide'],
    ['honestly what am i still here for', 'low suicide'],
    ["if the bus hit me tomorrow i'd be fine with it, genuinely", 'low suicide'],
    ["i see the funerals go by and i'm envious, is that wrong", 'low suicide'],
    ['on saturday i swallowed the whole strip from the first aid box', 'moderate suicide'],
    ['i stepped off the kerb in front of a bus on purpose last month', 'moderate suicide'],
    ['i pressed a lighter to my arm last night', 'moderate self_harm'],
    ['i banged my head off the wall till it bled on sunday', 'moderate self_harm'],
    ["i've thought about slipping rat poison into my stepdad's beer", 'low violence'],
    ['he belts my little brother and it left belt marks all down his back', 'low abuse'],
    ['the carers leave my gran in the same nappy all day, nobody changes her', 'low abuse'],
    ["he told me he'd put me in the ground if i ever tell my sister", 'low abuse'],
  ])('"%s" → %s', (text, expected) => expect(flag(text)).toBe(expected));

  it.each([
    ['i was too drunk so i asked him to take me home', 'a lift home'],
    ["i keep asking him to take me home early from his mum's", 'a lift home'],
    ['i would be so upset if the plane went down, i hate flying', 'fear, not indifference'],
    ['we took everything in the medicine cabinet to the pharmacy take-back day', 'a clear-out'],
    ['my son came back from rugby with bruises all over his legs', 'sport'],
    ['my kids left marks all over the wall with crayons', 'not on a body'],
    ["i'm shooting the wedding next weekend, it's my first paid gig", 'photography'],
    ['i took the knife to her birthday party to cut the cake', 'a party'],
    ["suicide is not an option for me, i've got my girls", 'negated after the words'],
  ])('"%s" (%s) → none', (text) => expect(flag(text)).toBe('none'));
});

describe('lexical screen: what it leaves alone', () => {
  it.each([
    ["I don't have a gun and I never would.", 'negation'],
    ["nobody's controlling my money, I handle it all myself", 'negation'],
    ["I'm going to strangle my roommate if she eats my yogurt again lol", 'laughter'],
    ['my boss is gonna murder me haha, I missed the deadline', 'laughter'],
    ['I wanted to die, I fell down the stairs at graduation in front of everyone', 'embarrassment'],
    ['I almost died when I saw the bill.', 'hyperbole'],
    ['this traffic is gonna be the death of me', 'idiom'],
    ['dodged a bullet with that job, honestly', 'idiom'],
    ["the chorus goes 'I just want to disappear' and I can't stop singing it", 'song'],
    ['in the show she gives away all her things and writes letters to everyone', 'show'],
    ['the news said a man jumped from the bridge downtown this morning', 'news'],
    ["my mom keeps saying we'd all be better off without her", 'third person'],
    ["my brother bought a gun last week and he doesn't even hunt", 'third person'],
    ['my friend told me she stood on the bridge for an hour last night', 'third person'],
    ['I bought a rope for the hammock in the backyard.', 'everyday'],
    ['I bought a rope for the tire swing, the kids have been begging all summer', 'everyday'],
    ['I keep my hunting rifle in the gun safe, deer season starts Friday.', 'everyday'],
    ["I bought a new chef's knife for my cooking class.", 'everyday'],
    ['I drive over the bridge every day on my way to work.', 'everyday'],
    ["I keep my pills in a weekly organizer so I don't forget.", 'everyday'],
    ['I want to be cremated when I die, I told my wife years ago.', 'everyday'],
    ['My parents won’t let me go to the party on Saturday.', 'everyday'],
    ['I looked up the tallest building in Dubai for my school project.', 'everyday'],
    ["I gave my old bike to my nephew, he's been wanting one.", 'everyday'],
    ["if I won the lottery I'd disappear to an island for a year", 'hypothetical'],
    ['I was laughing so hard I thought I was going to die.', 'hyperbole'],
  ])('"%s" (%s)', (text) => expect(flag(text)).toBe('none'));

  it("never screens a clinician's questions or psychoeducation", () => {
    expect(flag('Have you been giving things away or writing any letters?', 'clinician')).toBe('none');
    expect(flag('When you say you want to disappear, do you mean dying?', 'clinician')).toBe('none');
    expect(flag('Some people feel their family would be better off without them.', 'clinician')).toBe('none');
    expect(flag('So you took everything in the medicine cabinet?', 'clinician')).toBe('none');
  });

  it("reads a clinician's reflection as the client's own words", () => {
    expect(flag('You told me you took everything in the medicine cabinet on Thursday.', 'clinician')).not.toBe('none');
  });

  it('gives the same result with and without its keyword triggers', () => {
    for (const text of [
      "they'd all manage grand without me",
      'I keep looking at the rope in the garage',
      'mi esposo me quita todo el dinero y no me deja salir',
      'I bought a rope for the hammock in the backyard.',
    ]) {
      const u = { id: 'p', speaker: 'client' as const, text };
      expect(detectRisk(u), text).toEqual(detectRiskExhaustive(u));
    }
  });
});

describe('figures of speech the precise rules now leave alone', () => {
  it.each([
    "I'm gonna kill my brother if he eats my leftovers one more time lol",
    "she's gonna strangle me if I'm late to my cousin's quinceañera again haha",
    'I wanted to die, I tripped on stage in front of the entire school, lmao',
    "the chorus is literally just 'I wanna die' over and over, it's this punk song my son blasts",
    'I bought a rope for the tire swing.',
  ])('"%s"', (text) => expect(flag(text)).toBe('none'));

  it('keeps a real threat, a wish to die and a rope bought without a reason', () => {
    expect(risk("I'm gonna kill my brother if he touches my daughter again").categories).toContain('violence');
    expect(flag('I wanted to die after the funeral.')).toBe('low suicide');
    expect(flag('I bought a rope last week.')).toBe('high suicide');
    expect(flag('he hit me again last night lol')).toBe('high abuse');
  });

  it('reads speech that drops its g', () => {
    expect(flag('thinkin bout jumpin off the parkin garage at work')).toBe('moderate suicide');
    expect(flag('I been cuttin again')).toBe('high self_harm');
  });
});

describe('crisis protocols: what to ask when only possible risk language was heard', () => {
  it('carry the C-SSRS screening questions for suicide', () => {
    const protocol = DEFAULT_PROTOCOLS.protocols.find((p) => p.category === 'suicide');
    expect(protocol?.screeningQuestions?.some((q) => /thoughts of killing yourself/.test(q))).toBe(true);
  });
});
