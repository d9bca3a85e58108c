import { extractFeatures, GROUP_CHAR, type FeatureSpec } from '../features.ts';

/**
 * A small fastText-style network over hashed sparse features: the document's features
 * (block-normalised counts) sum into a `dims`-wide hidden layer through an embedding table,
 * a ReLU, then one output layer feeding several softmax heads (28 labels, 7 Ekman groups).
 * Trained with AdaGrad and L2 in a seeded order, so the same inputs give the same weights.
 */
export interface Head {
  readonly name: string;
  readonly size: number;
}

export interface TrainConfig {
  readonly heads: readonly Head[];
  readonly dims: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  /** Probability of hiding each feature of a document for one training step (feature dropout). */
  readonly dropout: number;
  readonly seed: number;
}

/** Documents as compressed sparse rows over the kept vocabulary. */
export interface SparseRows {
  readonly offsets: Int32Array;
  readonly index: Int32Array;
  readonly value: Float32Array;
}

export interface Network {
  readonly features: number;
  readonly dims: number;
  readonly outputs: number;
  /** features × dims, row-major. */
  readonly embedding: Float32Array;
  readonly hiddenBias: Float32Array;
  /** dims × outputs, row-major. */
  readonly outWeights: Float32Array;
  readonly outBias: Float32Array;
}

/** Mulberry32: a small seeded generator so initialisation and shuffles repeat exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Hashes seen in at least `minCount` training documents, sorted so the weights file is stable. */
export function buildVocabulary(texts: readonly string[], spec: FeatureSpec, minCount: number): Uint32Array {
  const df = new Map<number, number>();
  const seen = new Set<number>();
  for (const text of texts) {
    const f = extractFeatures(text, spec);
    seen.clear();
    for (let i = 0; i < f.count; i++) {
      const h = f.hashes[i]!;
      if (seen.has(h)) continue;
      seen.add(h);
      df.set(h, (df.get(h) ?? 0) + 1);
    }
  }
  const kept = [...df].filter(([, n]) => n >= minCount).map(([h]) => h);
  return Uint32Array.from(kept).sort();
}

/**
 * Feature values: term counts with each block (words, character n-grams) scaled to unit L2
 * norm, so long comments and many n-grams do not drown short ones. The classifier computes the same.
 */
export function encode(texts: readonly string[], spec: FeatureSpec, vocabulary: Uint32Array): SparseRows {
  const position = new Map<number, number>();
  vocabulary.forEach((h, i) => position.set(h, i));
  const offsets = new Int32Array(texts.length + 1);
  const index: number[] = [];
  const value: number[] = [];
  const counts = new Map<number, number>();
  texts.forEach((text, d) => {
    const f = extractFeatures(text, spec);
    counts.clear();
    for (let i = 0; i < f.count; i++) {
      const p = position.get(f.hashes[i]!);
      if (p === undefined) continue;
      // The sign carries the block: vocabulary positions are non-negative.
      const key = f.groups[i] === GROUP_CHAR ? -p - 1 : p;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const norm = [0, 0];
    for (const [key, n] of counts) norm[key < 0 ? 1 : 0]! += n * n;
    for (const [key, n] of counts) {
      index.push(key < 0 ? -key - 1 : key);
      value.push(n / Math.sqrt(norm[key < 0 ? 1 : 0]!));
    }
    offsets[d + 1] = index.length;
  });
  return { offsets, index: Int32Array.from(index), value: Float32Array.from(value) };
}

function forward(
  net: Network,
  rows: SparseRows,
  doc: number,
  hidden: Float64Array,
  out: Float64Array,
  keep?: Float32Array,
): void {
  const { dims, outputs } = net;
  const start = rows.offsets[doc]!;
  for (let j = 0; j < dims; j++) hidden[j] = net.hiddenBias[j]!;
  for (let p = start; p < rows.offsets[doc + 1]!; p++) {
    const row = rows.index[p]! * dims;
    const v = keep ? rows.value[p]! * keep[p - start]! : rows.value[p]!;
    if (v === 0) continue;
    for (let j = 0; j < dims; j++) hidden[j]! += v * net.embedding[row + j]!;
  }
  for (let k = 0; k < outputs; k++) out[k] = net.outBias[k]!;
  for (let j = 0; j < dims; j++) {
    const h = hidden[j]! > 0 ? hidden[j]! : (hidden[j] = 0);
    if (h === 0) continue;
    const row = j * outputs;
    for (let k = 0; k < outputs; k++) out[k]! += h * net.outWeights[row + k]!;
  }
}

/** Scores → per-head softmax probabilities, in place. */
export function softmaxHeads(z: Float64Array | Float32Array, heads: readonly Head[]): void {
  let offset = 0;
  for (const head of heads) {
    let max = -Infinity;
    for (let k = 0; k < head.size; k++) max = Math.max(max, z[offset + k]!);
    let sum = 0;
    for (let k = 0; k < head.size; k++) sum += z[offset + k] = Math.exp(z[offset + k]! - max);
    for (let k = 0; k < head.size; k++) z[offset + k]! /= sum;
    offset += head.size;
  }
}

/**
 * targets[d][h] holds the gold class ids of document d for head h; a document with several
 * gold classes spreads its target mass evenly over them.
 */
export function train(
  rows: SparseRows,
  targets: readonly (readonly (readonly number[])[])[],
  features: number,
  config: TrainConfig,
  onEpoch?: (epoch: number, net: Network) => void,
): Network {
  const { dims, learningRate: lr, l2 } = config;
  const outputs = config.heads.reduce((s, h) => s + h.size, 0);
  const random = seededRandom(config.seed);
  const limit = Math.sqrt(6 / (dims + outputs));
  const net: Network = {
    features,
    dims,
    outputs,
    embedding: Float32Array.from({ length: features * dims }, () => (random() * 2 - 1) * 0.1),
    hiddenBias: new Float32Array(dims),
    outWeights: Float32Array.from({ length: dims * outputs }, () => (random() * 2 - 1) * limit),
    outBias: new Float32Array(outputs),
  };
  // AdaGrad accumulators, one per parameter.
  const gEmbedding = new Float32Array(features * dims);
  const gHiddenBias = new Float32Array(dims);
  const gOutWeights = new Float32Array(dims * outputs);
  const gOutBias = new Float32Array(outputs);
  const hidden = new Float64Array(dims);
  const z = new Float64Array(outputs);
  const gHidden = new Float64Array(dims);
  const eps = 1e-8;
  const docs = Int32Array.from({ length: rows.offsets.length - 1 }, (_, i) => i);
  let longest = 0;
  for (let d = 0; d < docs.length; d++) longest = Math.max(longest, rows.offsets[d + 1]! - rows.offsets[d]!);
  const keep = new Float32Array(longest);
  const kept = 1 / (1 - config.dropout);

  for (let epoch = 1; epoch <= config.epochs; epoch++) {
    for (let i = docs.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = docs[i]!;
      docs[i] = docs[j]!;
      docs[j] = t;
    }
    for (const doc of docs) {
      const start = rows.offsets[doc]!;
      for (let p = 0; p < rows.offsets[doc + 1]! - start; p++)
        keep[p] = config.dropout > 0 && random() < config.dropout ? 0 : kept;
      forward(net, rows, doc, hidden, z, keep);
      softmaxHeads(z, config.heads);
      let offset = 0;
      config.heads.forEach((head, h) => {
        const gold = targets[doc]![h]!;
        // A document without a label for this head does not train it.
        if (gold.length === 0) z.fill(0, offset, offset + head.size);
        for (const c of gold) z[offset + c]! -= 1 / gold.length;
        offset += head.size;
      });
      // z now holds dLoss/dScore.
      for (let j = 0; j < dims; j++) {
        let s = 0;
        if (hidden[j]! > 0) {
          const row = j * outputs;
          for (let k = 0; k < outputs; k++) s += z[k]! * net.outWeights[row + k]!;
        }
        gHidden[j] = s;
      }
      for (let j = 0; j < dims; j++) {
        const h = hidden[j]!;
        if (h === 0) continue;
        const row = j * outputs;
        for (let k = 0; k < outputs; k++) {
          const g = z[k]! * h + l2 * net.outWeights[row + k]!;
          gOutWeights[row + k]! += g * g;
          net.outWeights[row + k]! -= (lr * g) / Math.sqrt(gOutWeights[row + k]! + eps);
        }
      }
      for (let k = 0; k < outputs; k++) {
        gOutBias[k]! += z[k]! * z[k]!;
        net.outBias[k]! -= (lr * z[k]!) / Math.sqrt(gOutBias[k]! + eps);
      }
      for (let j = 0; j < dims; j++) {
        gHiddenBias[j]! += gHidden[j]! * gHidden[j]!;
        net.hiddenBias[j]! -= (lr * gHidden[j]!) / Math.sqrt(gHiddenBias[j]! + eps);
      }
      for (let p = start; p < rows.offsets[doc + 1]!; p++) {
        const row = rows.index[p]! * dims;
        const v = rows.value[p]! * keep[p - start]!;
        if (v === 0) continue;
        for (let j = 0; j < dims; j++) {
          const g = gHidden[j]! * v + l2 * net.embedding[row + j]!;
          gEmbedding[row + j]! += g * g;
          net.embedding[row + j]! -= (lr * g) / Math.sqrt(gEmbedding[row + j]! + eps);
        }
      }
    }
    onEpoch?.(epoch, net);
  }
  return net;
}

/** A deep copy, to keep the best epoch while training goes on. */
export function cloneNetwork(net: Network): Network {
  return {
    ...net,
    embedding: net.embedding.slice(),
    hiddenBias: net.hiddenBias.slice(),
    outWeights: net.outWeights.slice(),
    outBias: net.outBias.slice(),
  };
}
