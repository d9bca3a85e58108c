import { describe, expect, it } from 'vitest';
import { modelText, NORMALISE } from '../../server/engine/risk/normalise.ts';
import { findWord, wordClusters } from '../../server/engine/wordClusters.ts';

const examples = [
  ...NORMALISE.neutral.flatMap((e) => e.examples),
  ...NORMALISE.afterThey.examples,
  ...NORMALISE.markers.examples,
  ...NORMALISE.spellings.examples,
];

describe('what the risk model reads of a turn (normalise.json): every entry against its own examples', () => {
  it.each(examples)('reads %j as %j', (said, read) => expect(modelText(said)).toBe(read));
});

describe('a decision does not depend on who is spoken of or how', () => {
  it('drops a name, whether it opens, closes or sits inside the turn', () => {
    const plain = modelText('I want to die');
    expect(modelText('Guadalupe, I want to die')).toBe(plain);
    expect(modelText('I want to die, Sven.')).toBe(plain);
    expect(modelText('I told Priya I took all the pills')).toBe(modelText('I told Wanjiru I took all the pills'));
  });

  it('reads he, she and they alike, and a gendered relative as neutral', () => {
    const read = modelText('my husband hits me when he drinks');
    expect(modelText('my wife hits me when she drinks')).toBe(read);
    expect(modelText('She keeps threatening me')).toBe(modelText('they keep threatening me'));
  });

  it('reads past dialect markers and punctuation', () => {
    const plain = modelText("I'm going to take all the pills tonight.");
    expect(modelText("No cap, I'm going to take all the pills tonight fr")).toBe(plain);
    expect(modelText("i'm finna take all the pills tonight innit")).toBe(plain);
  });

  it('keeps the Spanish "he" of "he pensado" and the words that carry meaning', () => {
    expect(modelText('he pensado en matarme')).toBe('he pensado en matarme');
    expect(modelText('I have the gun in my closet')).toBe('i have the gun in my closet');
  });
});

describe('word groups from pretrained vectors', () => {
  it('puts words of like meaning in one group and knows common words', () => {
    const c = wordClusters();
    const group = (w: string): number => c.groups[1]![findWord(c, w)]!;
    expect(findWord(c, 'pills')).toBeGreaterThanOrEqual(0);
    expect(findWord(c, 'xqzvw')).toBe(-1);
    expect(group('pills')).toBe(group('pill'));
    expect(group('pills')).not.toBe(group('wedding'));
  });
});
