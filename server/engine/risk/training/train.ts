import { cloneNetwork, train, type Network, type SparseRows } from '../../emotion/training/trainer.ts';
import { CATEGORY_ORDER } from '../../safety/detect.ts';
import { decideLevel } from '../model.ts';
import {
  buildLookup,
  calibrate,
  createRiskLogits,
  OUTPUTS,
  sparseValues,
  type QuantisedRiskNetwork,
  type RiskDecision,
  type RiskWeightsHeader,
} from '../network.ts';
import { BLOCKS } from '../window.ts';
import type { Example } from './examples.ts';

export interface RiskTrainOptions {
  dims: number;
  maxEpochs: number;
  learningRate: number;
  l2: number;
  dropout: number;
  /** A feature is kept when it occurs in at least this many training examples. */
  minCount: number;
  /** Training copies of each example with risk: most turns carry none. */
  positiveCopies: number;
  /**
   * Training copies of a risk turn of a conversation: said in context, often tersely, and far
   * rarer than the project's single risk utterances, which would otherwise set what risk looks like.
   */
  conversationRiskCopies: number;
  /** One group in `devEvery` (by a hash of its name) is the development split. */
  devEvery: number;
  seed: number;
  /** How many missed risk turns one false alarm on an ordinary turn is worth, when choosing the flag threshold. */
  falseAlarmCost: number;
}

export const DEFAULT_OPTIONS: RiskTrainOptions = {
  dims: 32,
  maxEpochs: 8,
  learningRate: 0.05,
  l2: 1e-3,
  dropout: 0.3,
  minCount: 4,
  positiveCopies: 1,
  conversationRiskCopies: 3,
  devEvery: 7,
  seed: 20261206,
  falseAlarmCost: 8,
};

const HEADS = CATEGORY_ORDER.map((c) => ({ name: c, size: 4 }));

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export const isDev = (group: string, every: number): boolean => fnv(group) % every === 0;

function vocabulary(examples: readonly Example[], minCount: number): Uint32Array {
  const df = new Map<number, number>();
  for (const x of examples) {
    for (const h of new Set(x.features.hashes)) df.set(h, (df.get(h) ?? 0) + 1);
  }
  return Uint32Array.from([...df].filter(([, n]) => n >= minCount).map(([h]) => h)).sort();
}

function encode(examples: readonly Example[], lookup: (h: number) => number): SparseRows {
  const offsets = new Int32Array(examples.length + 1);
  const index: number[] = [];
  const value: number[] = [];
  examples.forEach((x, d) => {
    const { rows, values } = sparseValues(x.features, lookup);
    index.push(...rows);
    value.push(...values);
    offsets[d + 1] = index.length;
  });
  return { offsets, index: Int32Array.from(index), value: Float32Array.from(value) };
}

function quantise(net: Network, header: RiskWeightsHeader, hashes: Uint32Array): QuantisedRiskNetwork {
  const { dims, features } = net;
  const embeddingScale = new Float32Array(dims);
  for (let f = 0; f < features; f++) {
    for (let k = 0; k < dims; k++)
      embeddingScale[k] = Math.max(embeddingScale[k]!, Math.abs(net.embedding[f * dims + k]!));
  }
  for (let k = 0; k < dims; k++) embeddingScale[k] = embeddingScale[k]! / 127 || 1;
  const embedding = Int8Array.from(net.embedding, (w, i) => Math.round(w / embeddingScale[i % dims]!));
  return {
    header,
    hashes,
    hiddenBias: net.hiddenBias.slice(),
    embeddingScale,
    outWeights: net.outWeights.slice(),
    outBias: net.outBias.slice(),
    embedding,
  };
}

const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Mean negative log-likelihood of the gold levels under per-category temperatures. */
function nll(logits: readonly Float64Array[], dev: readonly Example[], temperature: readonly number[]): number {
  let sum = 0;
  const z = new Float64Array(OUTPUTS);
  logits.forEach((l, i) => {
    z.set(l);
    for (let c = 0; c < 4; c++) {
      calibrate(z, c * 4, temperature[c]!);
      sum -= Math.log(Math.max(1e-12, z[c * 4 + dev[i]!.levels[c]!]!));
    }
  });
  return sum / Math.max(1, logits.length);
}

function categoryNll(logits: readonly Float64Array[], dev: readonly Example[], c: number, temperature: number): number {
  let sum = 0;
  const z = new Float64Array(OUTPUTS);
  logits.forEach((l, i) => {
    z.set(l);
    calibrate(z, c * 4, temperature);
    sum -= Math.log(Math.max(1e-12, z[c * 4 + dev[i]!.levels[c]!]!));
  });
  return sum / Math.max(1, logits.length);
}

export interface DevFigures {
  examples: number;
  riskTurns: number;
  recall: number;
  falsePositiveRate: number;
  levelExact: number;
}

function devFigures(probs: readonly Float64Array[], dev: readonly Example[], d: RiskDecision): DevFigures {
  let pos = 0,
    found = 0,
    neg = 0,
    fp = 0,
    levelled = 0,
    exact = 0;
  probs.forEach((p, i) => {
    const gold = dev[i]!.levels;
    const risky = gold.some((l) => l > 0);
    const levels = CATEGORY_ORDER.map((_, c) => decideLevel(p, c * 4, d));
    const flagged = levels.some((l) => l !== 'none');
    if (risky) {
      pos++;
      if (flagged) found++;
      for (let c = 0; c < 4; c++) {
        if (gold[c]! === 0) continue;
        levelled++;
        if (['none', 'low', 'moderate', 'high'].indexOf(levels[c]!) === gold[c]) exact++;
      }
    } else {
      neg++;
      if (flagged) fp++;
    }
  });
  return {
    examples: dev.length,
    riskTurns: pos,
    recall: round(found / Math.max(1, pos)),
    falsePositiveRate: round(fp / Math.max(1, neg)),
    levelExact: round(exact / Math.max(1, levelled)),
  };
}

export interface RiskTrainResult {
  network: QuantisedRiskNetwork;
  dev: DevFigures;
  log: string[];
}

/**
 * Trains the window model: a hashed-feature embedding bag, one ReLU layer and a 4-way softmax
 * per category; the epoch with the lowest development loss is kept, quantised to int8, and
 * its temperatures and thresholds are fitted on the development split through the shipped
 * inference code. Seeded throughout: the same examples give the same bytes.
 */
export function trainRiskModel(
  examples: readonly Example[],
  o: RiskTrainOptions,
  training: Record<string, unknown>,
): RiskTrainResult {
  const log: string[] = [];
  const trainSet = examples.filter((x) => !isDev(x.group, o.devEvery));
  // Everyday public text trains only: development is the labelled conversations.
  const dev = examples.filter((x) => isDev(x.group, o.devEvery) && x.final && !x.source.startsWith('public:'));
  const hashes = vocabulary(trainSet, o.minCount);
  const lookup = buildLookup(hashes);
  // Positive examples are repeated so the rare risk turns weigh as much as the many ordinary ones.
  const order: Example[] = [];
  for (const x of trainSet) {
    const risky = x.levels.some((l) => l > 0);
    const copies = !risky ? 1 : x.source.startsWith('project:') ? o.positiveCopies : o.conversationRiskCopies;
    for (let k = 0; k < copies; k++) order.push(x);
  }
  const rows = encode(order, lookup);
  const targets = order.map((x) => x.levels.map((l) => [l]));
  log.push(
    `features ${hashes.length}, training examples ${trainSet.length} (${order.length} with repeats), development ${dev.length}`,
  );

  const untuned: RiskDecision = { temperature: [1, 1, 1, 1], flag: 0.5, moderate: 0.5, high: 0.5 };
  const header = (decision: RiskDecision, extra: Record<string, unknown>): RiskWeightsHeader => ({
    format: 1,
    categories: [...CATEGORY_ORDER],
    blocks: [...BLOCKS],
    vocabulary: hashes.length,
    dims: o.dims,
    decision,
    training: { ...training, ...extra },
  });
  const devLogits = (net: QuantisedRiskNetwork): Float64Array[] => {
    const logits = createRiskLogits(net);
    return dev.map((x) => logits(x.features).slice());
  };

  let best: { net: Network; epoch: number; loss: number } | null = null;
  train(
    rows,
    targets,
    hashes.length,
    {
      heads: HEADS,
      dims: o.dims,
      epochs: o.maxEpochs,
      learningRate: o.learningRate,
      l2: o.l2,
      dropout: o.dropout,
      seed: o.seed,
    },
    (epoch, net) => {
      const loss =
        dev.length > 0 ? nll(devLogits(quantise(net, header(untuned, {}), hashes)), dev, untuned.temperature) : -epoch;
      log.push(`epoch ${epoch}: development loss ${loss.toFixed(4)}`);
      if (!best || loss < best.loss) best = { net: cloneNetwork(net), epoch, loss };
    },
  );
  const chosen = best as unknown as { net: Network; epoch: number; loss: number };
  const logits = devLogits(quantise(chosen.net, header(untuned, {}), hashes));

  // Temperature per category: the one that minimises that category's development loss.
  const temperature = [1, 1, 1, 1];
  const grid = [0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.2, 1.4, 1.7, 2, 2.5, 3];
  for (let c = 0; c < 4; c++) {
    let bestT = 1;
    let bestLoss = Infinity;
    for (const t of grid) {
      const loss = categoryNll(logits, dev, c, t);
      if (loss < bestLoss - 1e-9) {
        bestLoss = loss;
        bestT = t;
      }
    }
    temperature[c] = bestT;
  }
  const probs = logits.map((l) => {
    const z = l.slice();
    for (let c = 0; c < 4; c++) calibrate(z, c * 4, temperature[c]!);
    return z;
  });

  // The flag threshold: the best trade of recall against false alarms on the development
  // conversations (the project's single utterances are easier than speech in a session). A
  // session has hundreds of ordinary turns, so a false alarm costs `falseAlarmCost` missed risk turns.
  const conversations = dev.flatMap((x, i) => (x.source.startsWith('project:') ? [] : [i]));
  const pick =
    conversations.filter((i) => dev[i]!.levels.some((l) => l > 0)).length >= 20 ? conversations : dev.map((_, i) => i);
  let flag = 0.5;
  let bestUtility = -Infinity;
  for (let t = 0.05; t < 0.96; t += 0.05) {
    const f = devFigures(
      pick.map((i) => probs[i]!),
      pick.map((i) => dev[i]!),
      { temperature, flag: t, moderate: 0.5, high: 0.5 },
    );
    const utility = f.recall - o.falseAlarmCost * f.falsePositiveRate;
    log.push(`  flag at ${t.toFixed(2)}: recall ${f.recall}, false positives ${f.falsePositiveRate}`);
    if (utility > bestUtility + 1e-9) {
      bestUtility = utility;
      flag = round(t, 2);
    }
  }
  // Level thresholds: the pair that levels the most development risk turns exactly.
  let decision: RiskDecision = { temperature, flag, moderate: 0.5, high: 0.5 };
  let bestExact = -1;
  for (const moderate of [0.3, 0.4, 0.5, 0.6]) {
    for (const high of [0.3, 0.4, 0.5, 0.6]) {
      const d = { temperature, flag, moderate, high };
      const f = devFigures(probs, dev, d);
      if (f.levelExact > bestExact + 1e-9) {
        bestExact = f.levelExact;
        decision = d;
      }
    }
  }
  const figures = devFigures(probs, dev, decision);
  const corpusOnly = dev.flatMap((x, i) => (x.source.startsWith('project:') ? [] : [i]));
  const corpusFigures = devFigures(
    corpusOnly.map((i) => probs[i]!),
    corpusOnly.map((i) => dev[i]!),
    decision,
  );
  log.push(
    `development, corpus sessions only: recall ${corpusFigures.recall}, false positives ${corpusFigures.falsePositiveRate}, exact level ${corpusFigures.levelExact} (${corpusFigures.riskTurns} risk turns of ${corpusFigures.examples})`,
  );
  log.push(
    `kept epoch ${chosen.epoch}; temperatures ${temperature.join(', ')}; flag at ${flag}, moderate ${decision.moderate}, high ${decision.high}`,
  );
  log.push(
    `development: recall ${figures.recall}, false positives ${figures.falsePositiveRate}, exact level ${figures.levelExact} (${figures.riskTurns} risk turns of ${figures.examples})`,
  );
  const network = quantise(
    chosen.net,
    header(decision, { epoch: chosen.epoch, development: figures, developmentCorpus: corpusFigures, options: o }),
    hashes,
  );
  return { network, dev: figures, log };
}
