import { describe, expect, it } from 'vitest';
import { extractFeatures, type FeatureSpec } from '../../server/engine/emotion/features.ts';
import { parseGoEmotionsTsv } from '../../server/engine/emotion/training/dataset.ts';
import { bestThreshold, multiLabelF1 } from '../../server/engine/emotion/training/metrics.ts';
import { buildVocabulary, encode, train } from '../../server/engine/emotion/training/trainer.ts';

const spec: FeatureSpec = { version: 1, bigrams: true, negation: 'mark', charMin: 3, charMax: 5 };
const features = (text: string): number[] => {
  const f = extractFeatures(text, spec);
  return Array.from(f.hashes.subarray(0, f.count));
};

describe('emotion training pieces', () => {
  it('reads GoEmotions rows, including CSV-quoted text with doubled quotes', () => {
    const rows = parseGoEmotionsTsv('plain text\t27\tabc1\n"""Quoted"" and more"\t3,10\tabc2\n');
    expect(rows).toEqual([
      { text: 'plain text', labels: [27], id: 'abc1' },
      { text: '"Quoted" and more', labels: [3, 10], id: 'abc2' },
    ]);
  });

  it('names the row when a label id is out of range', () => {
    expect(() => parseGoEmotionsTsv('fine\t1\ta\nbad\t28\tb\n')).toThrow(/row 2/);
  });

  it('marks words in the scope of a negation, so "not happy" differs from "happy"', () => {
    const negated = features('not happy');
    const plain = new Set([...features('not'), ...features('happy')]);
    expect(negated.some((h) => !plain.has(h))).toBe(true);
  });

  it('treats elongated words and shouting consistently', () => {
    expect(features('sooooo good')).toEqual(features('soooooooo good'));
    expect(features('THIS IS BAD')).not.toEqual(features('this is bad'));
  });

  it('scores F1 per class and macro/micro over multi-label predictions', () => {
    const r = multiLabelF1([[0], [1], [0, 1]], [[0], [0], [0, 1]], 2);
    expect(r.perClass[0]!.f1).toBeCloseTo(0.8);
    expect(r.perClass[1]!.f1).toBeCloseTo(2 / 3);
    expect(r.macroF1).toBeCloseTo((0.8 + 2 / 3) / 2);
    expect(r.microF1).toBeCloseTo(0.75);
  });

  it('picks the threshold that separates positives from negatives', () => {
    const { threshold, f1 } = bestThreshold(Float64Array.from([0.9, 0.8, 0.3, 0.1]), Uint8Array.from([1, 1, 0, 0]));
    expect(threshold).toBeGreaterThan(0.3);
    expect(threshold).toBeLessThan(0.8);
    expect(f1).toBe(1);
  });

  it('learns a toy task and repeats itself exactly with the same seed', () => {
    const texts = [
      'i am so happy today',
      'this makes me happy',
      'i am furious with you',
      'so angry right now',
      'happy happy day',
      'angry and furious',
    ];
    const gold = [[0], [0], [1], [1], [0], [1]];
    const vocabulary = buildVocabulary(texts, spec, 1);
    const rows = encode(texts, spec, vocabulary);
    const config = {
      heads: [{ name: 'toy', size: 2 }],
      dims: 8,
      epochs: 30,
      learningRate: 0.1,
      l2: 0,
      dropout: 0,
      seed: 7,
    };
    const a = train(
      rows,
      gold.map((g) => [g]),
      vocabulary.length,
      config,
    );
    const b = train(
      rows,
      gold.map((g) => [g]),
      vocabulary.length,
      config,
    );
    expect(Array.from(a.embedding)).toEqual(Array.from(b.embedding));
    const z = (doc: number): number => {
      const hidden = new Float64Array(8);
      for (let p = rows.offsets[doc]!; p < rows.offsets[doc + 1]!; p++) {
        for (let j = 0; j < 8; j++) hidden[j]! += rows.value[p]! * a.embedding[rows.index[p]! * 8 + j]!;
      }
      let s = a.outBias[1]! - a.outBias[0]!;
      for (let j = 0; j < 8; j++) {
        const h = Math.max(0, hidden[j]! + a.hiddenBias[j]!);
        s += h * (a.outWeights[j * 2 + 1]! - a.outWeights[j * 2]!);
      }
      return s;
    };
    gold.forEach(([c], doc) => expect(z(doc) > 0).toBe(c === 1));
  });
});
