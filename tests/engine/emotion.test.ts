import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EmotionResult } from '../../server/contracts/analysis.ts';
import { classifyEmotions } from '../../server/engine/emotion/classify.ts';
import { createEmotionClassifier } from '../../server/engine/emotion/classifier.ts';
import { extractFeatures } from '../../server/engine/emotion/features.ts';
import { decodeWeights, WEIGHTS_URL } from '../../server/engine/emotion/weights.ts';

const topEkman = (text: string): string => classifyEmotions(text).ekman[0]!.label;
const labelsOf = (text: string): string[] => classifyEmotions(text).labels.map((l) => l.label);

describe('emotion classifier', () => {
  it('returns a result that satisfies the EmotionResult schema', () => {
    for (const text of [
      'I am so happy for you!',
      'why would you do that?',
      'ok',
      '[NAME] yelled at me again',
      '😭😭',
    ]) {
      const result = EmotionResult.parse(classifyEmotions(text));
      expect(result.labels.length).toBeGreaterThan(0);
      expect(result.ekman.length).toBeGreaterThan(0);
      const scores = result.labels.map((l) => l.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('hears anger in "I\'m so angry at him"', () => {
    expect(topEkman("I'm so angry at him")).toBe('anger');
  });

  it('hears fear in "I\'m terrified"', () => {
    expect(topEkman("I'm terrified")).toBe('fear');
  });

  it('hears gratitude and joy in "thank you so much"', () => {
    expect(labelsOf('thank you so much')).toContain('gratitude');
    expect(topEkman('thank you so much')).toBe('joy');
  });

  it('hears sadness in "my dog died and I miss him"', () => {
    expect(topEkman('my dog died and I miss him')).toBe('sadness');
  });

  it('gives positive valence to good news and negative valence to distress', () => {
    expect(classifyEmotions('I love this, it is wonderful news').valence).toBeGreaterThan(0.3);
    expect(classifyEmotions('I feel awful and hopeless, everything is terrible').valence).toBeLessThan(-0.3);
  });

  it('does not read "not happy" as happiness', () => {
    const result = classifyEmotions("I'm not happy about this");
    expect(result.valence).toBeLessThan(0);
    expect(result.ekman.map((e) => e.label)).not.toContain('joy');
  });

  it('calls empty or blank text neutral with zero valence', () => {
    for (const text of ['', '   \n']) {
      expect(classifyEmotions(text)).toEqual({
        labels: [{ label: 'neutral', score: 1 }],
        ekman: [{ label: 'neutral', score: 1 }],
        valence: 0,
      });
    }
  });

  it('calls a plain factual statement neutral', () => {
    expect(topEkman('The appointment is on Tuesday at three.')).toBe('neutral');
  });

  it('gives the same answer every time, and a fresh load of the weights agrees', () => {
    const text = "I can't believe she did that to me, I'm furious";
    const again = createEmotionClassifier(decodeWeights(readFileSync(WEIGHTS_URL)));
    expect(classifyEmotions(text)).toEqual(classifyEmotions(text));
    expect(again.classify(text)).toEqual(classifyEmotions(text));
  });

  it("treats de-identified placeholders like the dataset's masked names", () => {
    const spec = decodeWeights(readFileSync(WEIGHTS_URL)).header.features;
    const masked = extractFeatures('[NAME] hurt me', spec);
    const maskedHashes = Array.from(masked.hashes.subarray(0, masked.count));
    const deid = extractFeatures('[NAME_2] hurt me', spec);
    expect(Array.from(deid.hashes.subarray(0, deid.count))).toEqual(maskedHashes);
  });

  it('refuses a weights file that is not one, saying how to make it', () => {
    expect(() => decodeWeights(new TextEncoder().encode('not a weights file at all'))).toThrow(/train:emotions/);
  });
});
