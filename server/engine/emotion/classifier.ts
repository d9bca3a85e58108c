import type { EmotionResult } from '../../contracts/analysis.ts';
import { extractFeatures, GROUP_CHAR } from './features.ts';
import { SPOKEN_MARK } from './spoken.ts';
import {
  EKMAN,
  EKMAN_OF_LABEL,
  LABELS,
  NEUTRAL_EKMAN,
  NEUTRAL_LABEL,
  VALENCE_SIGN,
} from '../../contracts/emotionTaxonomy.ts';
import type { QuantisedNetwork } from './weights.ts';

export interface EmotionScores {
  /** Probability of each GoEmotions label, in `LABELS` order (a softmax: sums to 1). */
  readonly labels: Float64Array;
  /** Score of each Ekman group, in `EKMAN` order, as the weights file says to combine them. */
  readonly ekman: Float64Array;
}

export interface EmotionClassifier {
  /** Raw scores; the arrays are reused by the next call. */
  scores(text: string): EmotionScores;
  classify(text: string): EmotionResult;
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Open addressing over the 32-bit feature hashes: no string keys, no allocation per lookup. */
function buildLookup(hashes: Uint32Array): (h: number) => number {
  const size = 1 << Math.ceil(Math.log2(hashes.length * 2 + 1));
  const mask = size - 1;
  const keys = new Uint32Array(size);
  const rows = new Int32Array(size).fill(-1);
  hashes.forEach((h, row) => {
    let slot = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
    while (rows[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = h;
    rows[slot] = row;
  });
  return (h) => {
    let slot = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const row = rows[slot]!;
      if (row === -1 || keys[slot] === h) return row;
      slot = (slot + 1) & mask;
    }
  };
}

export function createEmotionClassifier(net: QuantisedNetwork): EmotionClassifier {
  const { header } = net;
  const { dims, features: spec, decision } = header;
  const nLabels = LABELS.length;
  const nEkman = EKMAN.length;
  const outputs = nLabels + nEkman;
  const lookup = buildLookup(net.hashes);
  let keys = new Int32Array(256);
  const acc = new Float64Array(dims);
  const hidden = new Float64Array(dims);
  const out = new Float64Array(outputs);
  const labels = new Float64Array(nLabels);
  const ekman = new Float64Array(nEkman);

  function softmax(from: number, size: number, into: Float64Array): void {
    let max = -Infinity;
    for (let k = 0; k < size; k++) max = Math.max(max, out[from + k]!);
    let sum = 0;
    for (let k = 0; k < size; k++) sum += into[k] = Math.exp(out[from + k]! - max);
    for (let k = 0; k < size; k++) into[k]! /= sum;
  }

  function scores(text: string): EmotionScores {
    const f = extractFeatures(text, spec);
    if (keys.length < f.count) keys = new Int32Array(f.count * 2);
    // Key = row × 2 + block; sorting groups repeats so counts and block norms need no map.
    let n = 0;
    for (let i = 0; i < f.count; i++) {
      const row = lookup(f.hashes[i]!);
      if (row >= 0) keys[n++] = row * 2 + (f.groups[i] === GROUP_CHAR ? 1 : 0);
    }
    const sorted = keys.subarray(0, n).sort();
    const norm = [0, 0];
    for (let i = 0; i < n;) {
      let j = i + 1;
      while (j < n && sorted[j] === sorted[i]) j++;
      norm[sorted[i]! & 1]! += (j - i) * (j - i);
      i = j;
    }
    const inv = [norm[0]! > 0 ? 1 / Math.sqrt(norm[0]!) : 0, norm[1]! > 0 ? 1 / Math.sqrt(norm[1]!) : 0];
    acc.fill(0);
    for (let i = 0; i < n;) {
      let j = i + 1;
      while (j < n && sorted[j] === sorted[i]) j++;
      const key = sorted[i]!;
      const v = (j - i) * inv[key & 1]!;
      const base = (key >> 1) * dims;
      for (let k = 0; k < dims; k++) acc[k]! += v * net.embedding[base + k]!;
      i = j;
    }
    for (let k = 0; k < dims; k++) hidden[k] = Math.max(0, net.hiddenBias[k]! + acc[k]! * net.embeddingScale[k]!);
    for (let o = 0; o < outputs; o++) out[o] = net.outBias[o]!;
    for (let k = 0; k < dims; k++) {
      const h = hidden[k]!;
      if (h === 0) continue;
      const base = k * outputs;
      for (let o = 0; o < outputs; o++) out[o]! += h * net.outWeights[base + o]!;
    }
    softmax(0, nLabels, labels);
    softmax(nLabels, nEkman, ekman);
    const scoring = (text.startsWith(SPOKEN_MARK) && decision.spokenEkmanScoring) || decision.ekmanScoring;
    if (scoring !== 'head') {
      const headWeight = scoring === 'mean' ? 0.5 : 0;
      for (let e = 0; e < nEkman; e++) ekman[e]! *= headWeight;
      for (let l = 0; l < nLabels; l++) ekman[EKMAN_OF_LABEL[l]!]! += (1 - headWeight) * labels[l]!;
    }
    return { labels, ekman };
  }

  function above<L extends string>(
    names: readonly L[],
    s: Float64Array,
    thresholds: readonly number[],
    fallback: number,
  ): { label: L; score: number }[] {
    const picked: { label: L; score: number }[] = [];
    for (let i = 0; i < names.length; i++)
      if (s[i]! >= thresholds[i]!) picked.push({ label: names[i]!, score: round(s[i]!) });
    if (picked.length === 0) picked.push({ label: names[fallback]!, score: round(s[fallback]!) });
    return picked.sort((a, b) => b.score - a.score);
  }

  function classify(text: string): EmotionResult {
    if (text.trim() === '') {
      return { labels: [{ label: 'neutral', score: 1 }], ekman: [{ label: 'neutral', score: 1 }], valence: 0 };
    }
    const s = scores(text);
    let valence = 0;
    for (let l = 0; l < nLabels; l++) valence += VALENCE_SIGN[l]! * s.labels[l]!;
    return {
      labels: above(LABELS, s.labels, decision.labelThresholds, NEUTRAL_LABEL),
      ekman: above(EKMAN, s.ekman, decision.ekmanThresholds, NEUTRAL_EKMAN),
      valence: round(Math.max(-1, Math.min(1, valence))),
    };
  }

  return { scores, classify };
}
