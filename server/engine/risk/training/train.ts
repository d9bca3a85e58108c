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
  /** Hidden width of each member network. */
  dims: number;
  /**
   * Networks trained alike from different seeds, their scores averaged. The average of their
   * scores is itself one network, `members × dims` wide, so it ships in the same weights format
   * and is read by the same code. Three lowered the held-out loss but found no more risk through
   * the session analyser, at three times the size (model card, round fourteen): one is trained.
   */
  members: number;
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
  /**
   * The development split: whole author batches, so that its figures predict authors the model
   * has not read. They choose the epoch, the temperatures and the thresholds; the shipped model
   * is then refitted on every batch with those choices. Each blind set, once scored, joins
   * them: its authors are the nearest thing to the next new ones, and a threshold chosen on
   * eighty-three authors moves less with any one author's hard negatives than one chosen on eight.
   */
  heldOut: readonly string[];
  /** Refit on all the data (held-out batches included) with the epoch and decision chosen on them. */
  refit: boolean;
  seed: number;
  /** The flag threshold keeps false alarms on held-out hard negatives within this share… */
  maxHardFalsePositives: number;
  /** …and on the held-out sessions' ordinary turns within this one. */
  maxTurnFalsePositives: number;
  /**
   * Read through the session analyser, the flag threshold keeps the held-out sessions with no
   * risk that get any flag within this share, and those with a high flag at none when some
   * threshold reaches none, else within one in a hundred no-risk sessions of the fewest
   * (`chooseFlagThreshold`).
   */
  maxSessionFalseAlarms: number;
}

export const DEFAULT_OPTIONS: RiskTrainOptions = {
  dims: 32,
  members: 1,
  maxEpochs: 8,
  learningRate: 0.02,
  l2: 1e-3,
  dropout: 0.3,
  minCount: 4,
  positiveCopies: 1,
  conversationRiskCopies: 3,
  heldOut: [
    'b03',
    'b04',
    'b06',
    'b09',
    'b14',
    'b17',
    't07',
    't12',
    'b29',
    'b30',
    'b31',
    'b32',
    'b33',
    'b34',
    'b35',
    'b36',
    'b37',
    'b38',
    'b39',
    'b40',
    'b41',
    'b42',
    'b43',
    'b44',
    'b45',
    'b46',
    'b47',
    'b48',
    'b49',
    'b50',
    'b51',
    'b52',
    'b53',
    'b54',
    'b55',
    'b56',
    'b57',
    'b58',
    'b59',
    'b60',
    'b61',
    'b62',
    'b63',
    'b64',
    'b65',
    'b66',
    'b67',
    'b68',
    'b69',
    'b70',
    'b71',
    'b72',
    'b73',
    'b74',
    'b75',
    'b76',
    'b77',
    'b78',
    'b79',
    'b80',
    'b81',
    'b82',
    'b83',
    'b84',
    'b85',
    'b86',
    'b87',
    'b88',
    'b89',
    'b90',
    'b91',
    'b92',
    'b93',
    'b94',
    'b95',
    'b96',
    'b97',
    'b98',
    'b99',
    'b100',
    'b101',
    'b102',
    'b103',
  ],
  refit: true,
  seed: 20261206,
  maxHardFalsePositives: 0.03,
  maxTurnFalsePositives: 0.01,
  maxSessionFalseAlarms: 0.05,
};

const HEADS = CATEGORY_ORDER.map((c) => ({ name: c, size: 4 }));

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** One group in `every`, by a hash of its name: the emotion model's split of the corpus's turns. */
export const isDev = (group: string, every: number): boolean => fnv(group) % every === 0;

/** Whether an example belongs to a held-out author batch. */
export const isHeldOut = (x: Example, heldOut: readonly string[]): boolean => heldOut.includes(x.source);

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

/** One flag threshold read through the session analyser on the held-out authors. */
export interface ThresholdReading {
  flag: number;
  /** The share of risk items, of clear disclosures and of risk turns said first found, averaged. */
  found: number;
  /** False positives on hard negatives and no-risk sessions flagged are within their bounds. */
  alarmsWithin: boolean;
  /** No-risk sessions with a high flag. */
  high: number;
}

/**
 * No-risk sessions read high that differ by one in a hundred of the no-risk sessions (one at
 * least) between two thresholds count as equal: about the share the shipped weights read high
 * on authors they never read (5 of 369). A fixed one session grew stricter as the held-out
 * authors grew: on nine hundred held-out sessions it raised the flag from 0.40 to 0.54 or 0.60
 * for three to five sessions, at a cost of some five points of items recall, seven of
 * disclosures and three of plain statements said as a session's first turn.
 */
const HIGH_SESSIONS_NOISE_SHARE = 1 / 100;

/**
 * The flag threshold kept: within the false-alarm bounds, the one that finds the most among those
 * whose no-risk sessions read high are none, when some threshold reaches none, or else no more
 * than the noise above the fewest any threshold keeps. A high reading in an ordinary session
 * that survives every threshold is one no threshold can mend, and raising the threshold for it
 * would only lose risk found. Null when no threshold keeps the false alarms within bounds.
 */
export function chooseFlagThreshold(
  readings: readonly ThresholdReading[],
  noRiskSessions: number,
): { chosen: ThresholdReading; fewestHigh: number; noise: number } | null {
  const within = readings.filter((r) => r.alarmsWithin);
  if (within.length === 0) return null;
  const fewestHigh = Math.min(...within.map((r) => r.high));
  const noise = Math.max(1, Math.floor(noRiskSessions * HIGH_SESSIONS_NOISE_SHARE));
  const allowed = fewestHigh === 0 ? 0 : fewestHigh + noise;
  const chosen = within.filter((r) => r.high <= allowed).reduce((best, r) => (r.found > best.found + 1e-9 ? r : best));
  return { chosen, fewestHigh, noise };
}

export interface RiskTrainResult {
  /** The shipped network: refitted on every batch, with the epoch and decision chosen on the held-out authors. */
  network: QuantisedRiskNetwork;
  /** The network trained without the held-out authors, whose figures on them are the ones reported. */
  heldOutNetwork: QuantisedRiskNetwork;
  dev: HeldOutFigures;
  log: string[];
}

/** Turn-level figures on the held-out authors, read from the probabilities alone (before the level policy). */
export interface HeldOutFigures {
  items: { risk: number; recall: number; hard: number; hardFalsePositives: number; high: number; levelledHigh: number };
  sessions: { riskTurns: number; recall: number; riskFree: number; falsePositives: number };
  levelExact: number;
}

const LEVEL_NAMES = ['none', 'low', 'moderate', 'high'] as const;

function heldOutFigures(probs: readonly Float64Array[], dev: readonly Example[], d: RiskDecision): HeldOutFigures {
  const n = { ir: 0, ifound: 0, ih: 0, ifp: 0, ihigh: 0, ihighHigh: 0, sr: 0, sfound: 0, sn: 0, sfp: 0, lv: 0, ex: 0 };
  probs.forEach((p, i) => {
    const x = dev[i]!;
    const levels = CATEGORY_ORDER.map((_, c) => decideLevel(p, c * 4, d));
    const flagged = levels.some((l) => l !== 'none');
    const risky = x.levels.some((l) => l > 0);
    for (let c = 0; c < 4; c++) {
      if (x.levels[c]! === 0) continue;
      n.lv++;
      if (LEVEL_NAMES.indexOf(levels[c]!) === x.levels[c]) n.ex++;
    }
    if (x.item) {
      if (risky) {
        n.ir++;
        if (flagged) n.ifound++;
        if (x.levels.includes(3)) {
          n.ihigh++;
          if (levels.includes('high')) n.ihighHigh++;
        }
      } else if (x.hard) {
        n.ih++;
        if (flagged) n.ifp++;
      }
    } else if (risky) {
      n.sr++;
      if (flagged) n.sfound++;
    } else {
      n.sn++;
      if (flagged) n.sfp++;
    }
  });
  const r = (a: number, b: number): number => round(a / Math.max(1, b));
  return {
    items: {
      risk: n.ir,
      recall: r(n.ifound, n.ir),
      hard: n.ih,
      hardFalsePositives: r(n.ifp, n.ih),
      high: n.ihigh,
      levelledHigh: r(n.ihighHigh, n.ihigh),
    },
    sessions: { riskTurns: n.sr, recall: r(n.sfound, n.sr), riskFree: n.sn, falsePositives: r(n.sfp, n.sn) },
    levelExact: r(n.ex, n.lv),
  };
}

const describeFigures = (f: HeldOutFigures): string =>
  `items: recall ${f.items.recall} of ${f.items.risk}, hard-negative false positives ${f.items.hardFalsePositives} of ${f.items.hard}, high levelled high ${f.items.levelledHigh} of ${f.items.high}; ` +
  `session turns: recall ${f.sessions.recall} of ${f.sessions.riskTurns}, false positives ${f.sessions.falsePositives} of ${f.sessions.riskFree}; exact level ${f.levelExact}`;

interface Fitted {
  net: Network;
  hashes: Uint32Array;
  /** Per member, the epoch kept. */
  epochs: number[];
}

/**
 * The members as one network: their hidden layers side by side, and the output layer the mean
 * of theirs, so that its scores are the mean of the members' scores. One member is its own
 * average, and is not copied: its embedding table is the size of the vocabulary.
 */
export function averageNetworks(members: readonly Network[]): Network {
  const [first] = members;
  if (!first) throw new Error('no networks to average');
  if (members.length === 1) return first;
  const { features, dims: d, outputs } = first;
  const k = members.length;
  const dims = d * k;
  const embedding = new Float32Array(features * dims);
  const hiddenBias = new Float32Array(dims);
  const outWeights = new Float32Array(dims * outputs);
  const outBias = new Float32Array(outputs);
  members.forEach((m, i) => {
    for (let f = 0; f < features; f++) embedding.set(m.embedding.subarray(f * d, (f + 1) * d), f * dims + i * d);
    hiddenBias.set(m.hiddenBias, i * d);
    for (let j = 0; j < d * outputs; j++) outWeights[i * d * outputs + j] = m.outWeights[j]! / k;
    for (let o = 0; o < outputs; o++) outBias[o]! += m.outBias[o]! / k;
  });
  return { features, dims, outputs, embedding, hiddenBias, outWeights, outBias };
}

/**
 * Trains `o.members` networks on `trainSet`, each from its own seed for up to `epochs[member]`
 * epochs, keeping the epoch with the lowest loss on `dev` (the last when none), and returns
 * their average.
 */
function fit(
  trainSet: readonly Example[],
  dev: readonly Example[],
  o: RiskTrainOptions,
  epochs: readonly number[],
  log: string[],
): Fitted {
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
  const devLoss = (net: Network) =>
    nll(logitsOf(quantise(net, makeHeader(net.dims, hashes, UNTUNED, {}), hashes), dev), dev, UNTUNED.temperature);
  const kept = epochs.map((maxEpochs, member) => {
    let best: { net: Network; epoch: number; loss: number } | null = null;
    train(
      rows,
      targets,
      hashes.length,
      {
        heads: HEADS,
        dims: o.dims,
        epochs: maxEpochs,
        learningRate: o.learningRate,
        l2: o.l2,
        dropout: o.dropout,
        seed: o.seed + member,
      },
      (epoch, net) => {
        const loss = dev.length > 0 ? devLoss(net) : -epoch;
        if (dev.length > 0) log.push(`member ${member + 1}, epoch ${epoch}: held-out loss ${loss.toFixed(4)}`);
        if (!best || loss < best.loss) best = { net: cloneNetwork(net), epoch, loss };
      },
    );
    return best as unknown as { net: Network; epoch: number };
  });
  const net = averageNetworks(kept.map((m) => m.net));
  if (dev.length > 0 && kept.length > 1)
    log.push(`average of ${kept.length}: held-out loss ${devLoss(net).toFixed(4)}`);
  return { net, hashes, epochs: kept.map((m) => m.epoch) };
}

const UNTUNED: RiskDecision = { temperature: [1, 1, 1, 1], flag: 0.5, moderate: 0.5, high: 0.5 };

function makeHeader(
  dims: number,
  hashes: Uint32Array,
  decision: RiskDecision,
  training: Record<string, unknown>,
): RiskWeightsHeader {
  return {
    format: 1,
    categories: [...CATEGORY_ORDER],
    blocks: [...BLOCKS],
    vocabulary: hashes.length,
    dims,
    decision,
    training,
  };
}

function logitsOf(net: QuantisedRiskNetwork, xs: readonly Example[]): Float64Array[] {
  const logits = createRiskLogits(net);
  return xs.map((x) => logits(x.features).slice());
}

/**
 * Trains the window model: a hashed-feature embedding bag, one ReLU layer and a 4-way softmax
 * per category. First without the held-out author batches: the epoch with the lowest loss on
 * them is kept, quantised to int8, and the temperatures and thresholds are fitted on them
 * through the shipped inference code. Then, unless `refit` is off, again on every batch for
 * that many epochs, with that decision. Seeded throughout: the same examples give the same bytes.
 */
export function trainRiskModel(
  examples: readonly Example[],
  o: RiskTrainOptions,
  training: Record<string, unknown>,
): RiskTrainResult {
  const log: string[] = [];
  const trainSet = examples.filter((x) => !isHeldOut(x, o.heldOut));
  const dev = examples.filter((x) => isHeldOut(x, o.heldOut) && x.final);
  log.push(`held-out author batches: ${o.heldOut.join(', ') || '(none)'}`);
  const chosen = fit(
    trainSet,
    dev,
    o,
    Array.from({ length: o.members }, () => o.maxEpochs),
    log,
  );
  const dims = chosen.net.dims;
  const logits = logitsOf(quantise(chosen.net, makeHeader(dims, chosen.hashes, UNTUNED, {}), chosen.hashes), dev);

  // Temperature per category: the one that minimises that category's held-out loss.
  const temperature = [1, 1, 1, 1];
  const grid = [0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.2, 1.4, 1.7, 2, 2.5, 3];
  for (let c = 0; c < 4 && dev.length > 0; c++) {
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

  // The flag threshold: the most recall on the held-out authors' items and session turns while
  // false alarms stay within bounds on both (hard negatives, and the ordinary turns of a
  // session, which has hundreds of them); the whole curve is logged.
  let flag = 0.5;
  let bestRecall = -1;
  log.push('flag threshold on the held-out authors:');
  for (let k = 1; k < 48; k++) {
    const t = round(k * 0.02, 2);
    const f = heldOutFigures(probs, dev, { temperature, flag: t, moderate: 0.5, high: 0.5 });
    log.push(
      `  ${t.toFixed(2)}: items recall ${f.items.recall}, hard FP ${f.items.hardFalsePositives}; session turns recall ${f.sessions.recall}, FP ${f.sessions.falsePositives}`,
    );
    const within =
      f.items.hardFalsePositives <= o.maxHardFalsePositives && f.sessions.falsePositives <= o.maxTurnFalsePositives;
    const recall = (f.items.recall + f.sessions.recall) / 2;
    if (within && recall > bestRecall + 1e-9) {
      bestRecall = recall;
      flag = t;
    }
  }
  // Level thresholds: the pair that best levels the held-out risk turns — exactly, and the
  // high ones high (a missed high level is what protocols turn on), weighed alike.
  let decision: RiskDecision = { temperature, flag, moderate: 0.5, high: 0.5 };
  let bestLevels = -1;
  log.push('level thresholds on the held-out authors (moderate, high: exact level, high items levelled high):');
  for (const moderate of [0.2, 0.3, 0.4, 0.5, 0.6]) {
    for (const high of [0.15, 0.2, 0.3, 0.4, 0.5, 0.6]) {
      const d = { temperature, flag, moderate, high };
      const f = heldOutFigures(probs, dev, d);
      log.push(`  ${moderate}, ${high}: ${f.levelExact}, ${f.items.levelledHigh}`);
      const score = (f.levelExact + f.items.levelledHigh) / 2;
      if (score > bestLevels + 1e-9) {
        bestLevels = score;
        decision = d;
      }
    }
  }
  const figures = heldOutFigures(probs, dev, decision);
  log.push(
    `kept epochs ${chosen.epochs.join(', ')}; temperatures ${temperature.join(', ')}; flag at ${flag}, moderate ${decision.moderate}, high ${decision.high}`,
  );
  log.push(`held-out authors (model's probabilities, before the level policy): ${describeFigures(figures)}`);
  const provenance = { ...training, heldOut: o.heldOut, epochs: chosen.epochs, heldOutTurns: figures, options: o };
  const heldOutNetwork = quantise(chosen.net, makeHeader(dims, chosen.hashes, decision, provenance), chosen.hashes);
  if (!o.refit) return { network: heldOutNetwork, heldOutNetwork, dev: figures, log };

  log.push(`refit on every batch for ${chosen.epochs.join(', ')} epochs:`);
  const all = fit(examples, [], o, chosen.epochs, log);
  const network = quantise(all.net, makeHeader(dims, all.hashes, decision, provenance), all.hashes);
  return { network, heldOutNetwork, dev: figures, log };
}
