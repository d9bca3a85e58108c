/**
 * `npm run train:emotions`: trains the emotion classifier on the GoEmotions train split and the
 * client turns of the conversation corpus (`tests/data/corpus/train/`, one Ekman emotion per
 * turn, read past opening "yeah"s, back-channels left out, one session in seven kept for a
 * spoken-talk figure), tunes
 * L2, the epoch count, the Ekman scoring and per-label thresholds on the dev split, and writes
 * server/engine/emotion/weights.bin. Deterministic: the same data gives the same file.
 * The test split is never read here (see scripts/eval/emotions.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spoken, spokenInput } from '../server/engine/emotion/spoken.ts';
import { readSessionBatches } from '../server/engine/risk/corpus.ts';
import { isDev } from '../server/engine/risk/training/train.ts';
import { createEmotionClassifier, type EmotionClassifier } from '../server/engine/emotion/classifier.ts';
import type { FeatureSpec } from '../server/engine/emotion/features.ts';
import { EKMAN, EKMAN_OF_LABEL, LABELS, SENTIMENT_OF_LABEL, SENTIMENTS } from '../server/contracts/emotionTaxonomy.ts';
import { readSplit, type GoEmotionsExample } from '../server/engine/emotion/training/dataset.ts';
import { multiLabelF1, tuneThresholds } from '../server/engine/emotion/training/metrics.ts';
import {
  buildVocabulary,
  cloneNetwork,
  encode,
  train,
  type Network,
} from '../server/engine/emotion/training/trainer.ts';
import {
  encodeWeights,
  EkmanScoring,
  WEIGHTS_URL,
  type QuantisedNetwork,
  type WeightsHeader,
} from '../server/engine/emotion/weights.ts';

/** The settings this file ships with; `trainEmotions` takes overrides to compare alternatives on dev. */
export const DEFAULTS = {
  spec: { version: 1, bigrams: true, negation: 'replace', charMin: 3, charMax: 5, clusters: true } as FeatureSpec,
  /**
   * Features seen in fewer training comments are dropped. On dev, a wide hidden layer over
   * frequent features beat a narrow one over rare features at the same file size
   * (96 dims / ≥ 20 comments ≈ 0.609 Ekman macro-F1 vs 32 dims / ≥ 4 comments ≈ 0.605).
   */
  minCount: 20,
  dims: 96,
  learningRate: 0.05,
  l2Grid: [1e-3, 3e-3, 1e-2],
  maxEpochs: 4,
  dropout: 0.3,
  seed: 20200500,
  /** Training copies of each corpus turn: spoken therapy talk is what the model is used on. */
  corpusCopies: 2,
};
export type TrainOptions = typeof DEFAULTS;
const HEADS = [
  { name: 'labels', size: LABELS.length },
  { name: 'ekman', size: EKMAN.length },
];

const ekmanOf = (labels: readonly number[]): number[] => [...new Set(labels.map((l) => EKMAN_OF_LABEL[l]!))];
const sentimentOf = (labels: readonly number[]): number[] => [...new Set(labels.map((l) => SENTIMENT_OF_LABEL[l]!))];

function quantise(net: Network, header: WeightsHeader, hashes: Uint32Array): QuantisedNetwork {
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
    hiddenBias: net.hiddenBias,
    embeddingScale,
    outWeights: net.outWeights,
    outBias: net.outBias,
    embedding,
  };
}

interface DevScores {
  readonly labels: Float64Array;
  readonly ekmanHead: Float64Array;
}

/** Label probabilities and the Ekman head's probabilities for every dev comment, via the shipped inference code. */
function scoreDev(classifier: EmotionClassifier, dev: readonly GoEmotionsExample[]): DevScores {
  const labels = new Float64Array(dev.length * LABELS.length);
  const ekmanHead = new Float64Array(dev.length * EKMAN.length);
  dev.forEach((x, i) => {
    const s = classifier.scores(x.text);
    labels.set(s.labels, i * LABELS.length);
    ekmanHead.set(s.ekman, i * EKMAN.length);
  });
  return { labels, ekmanHead };
}

function ekmanScores(dev: DevScores, scoring: EkmanScoring, n: number): Float64Array {
  const out = new Float64Array(n * EKMAN.length);
  const headWeight = scoring === 'head' ? 1 : scoring === 'mean' ? 0.5 : 0;
  for (let i = 0; i < n; i++) {
    for (let e = 0; e < EKMAN.length; e++)
      out[i * EKMAN.length + e] = headWeight * dev.ekmanHead[i * EKMAN.length + e]!;
    for (let l = 0; l < LABELS.length; l++)
      out[i * EKMAN.length + EKMAN_OF_LABEL[l]!]! += (1 - headWeight) * dev.labels[i * LABELS.length + l]!;
  }
  return out;
}

function headerFor(
  o: TrainOptions,
  vocabulary: number,
  decision: WeightsHeader['decision'],
  training: Record<string, unknown>,
): WeightsHeader {
  return {
    format: 1,
    features: o.spec,
    vocabulary,
    dims: o.dims,
    labels: [...LABELS],
    ekman: [...EKMAN],
    decision,
    training,
  };
}

const untuned = {
  ekmanScoring: 'head' as const,
  labelThresholds: LABELS.map(() => 0.5),
  ekmanThresholds: EKMAN.map(() => 0.5),
};

/** Tunes the Ekman scoring and every threshold on dev for one network; returns the decision and its Ekman macro-F1. */
function tuneDecision(o: TrainOptions, net: Network, hashes: Uint32Array, dev: readonly GoEmotionsExample[]) {
  const classifier = createEmotionClassifier(quantise(net, headerFor(o, hashes.length, untuned, {}), hashes));
  const scores = scoreDev(classifier, dev);
  const goldEkman = dev.map((x) => ekmanOf(x.labels));
  let best: { scoring: EkmanScoring; thresholds: number[]; f1: number } | undefined;
  for (const scoring of EkmanScoring.options) {
    const s = ekmanScores(scores, scoring, dev.length);
    const thresholds = tuneThresholds(s, goldEkman, EKMAN.length);
    const predicted = goldEkman.map((_, i) => {
      const p = EKMAN.map((_, e) => e).filter((e) => s[i * EKMAN.length + e]! >= thresholds[e]!);
      return p.length > 0 ? p : [EKMAN.indexOf('neutral')];
    });
    const f1 = multiLabelF1(goldEkman, predicted, EKMAN.length).macroF1;
    if (!best || f1 > best.f1) best = { scoring, thresholds, f1 };
  }
  const labelThresholds = tuneThresholds(
    scores.labels,
    dev.map((x) => x.labels),
    LABELS.length,
  );
  return {
    decision: { ekmanScoring: best!.scoring, labelThresholds, ekmanThresholds: best!.thresholds },
    ekmanF1: best!.f1,
  };
}

/** Figures of the finished classifier on dev, through `classify()` exactly as the app calls it. */
function devReport(classifier: EmotionClassifier, dev: readonly GoEmotionsExample[]) {
  const results = dev.map((x) => classifier.classify(x.text));
  const labels = multiLabelF1(
    dev.map((x) => x.labels),
    results.map((r) => r.labels.map((l) => LABELS.indexOf(l.label))),
    LABELS.length,
  );
  const ekman = multiLabelF1(
    dev.map((x) => ekmanOf(x.labels)),
    results.map((r) => r.ekman.map((e) => EKMAN.indexOf(e.label))),
    EKMAN.length,
  );
  const sentiment = multiLabelF1(
    dev.map((x) => sentimentOf(x.labels)),
    results.map((r) => sentimentOf(r.labels.map((l) => LABELS.indexOf(l.label)))),
    SENTIMENTS.length,
  );
  const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;
  return {
    ekmanMacroF1: r4(ekman.macroF1),
    labelMacroF1: r4(labels.macroF1),
    labelMicroF1: r4(labels.microF1),
    sentimentMacroF1: r4(sentiment.macroF1),
  };
}

/**
 * The client turns of the training corpus with their Ekman emotion, as single-label examples
 * (the group's own GoEmotions label holds it; they train the Ekman head only).
 */
function corpusTurns(): { train: GoEmotionsExample[]; dev: GoEmotionsExample[] } {
  const dir = path.resolve(import.meta.dirname, '../tests/data/corpus/train');
  const out = { train: [] as GoEmotionsExample[], dev: [] as GoEmotionsExample[] };
  for (const { batch, items } of readSessionBatches(dir)) {
    for (const s of items) {
      const side = isDev(`${batch}/${s.id}`, 7) ? out.dev : out.train;
      s.turns.forEach((t, i) => {
        if (t.speaker !== 'client' || !t.emotion || spoken.isBackchannel(t.text)) return;
        side.push({ id: `${s.id}-${i}`, text: spokenInput(t.text), labels: [LABELS.indexOf(t.emotion)] });
      });
    }
  }
  return out;
}

/** Ekman macro-F1 on the corpus's held-out client turns: how the model reads spoken therapy talk. */
function spokenReport(classifier: EmotionClassifier, turns: readonly GoEmotionsExample[]): number {
  const results = turns.map((x) => classifier.classify(x.text));
  const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;
  return r4(
    multiLabelF1(
      turns.map((x) => ekmanOf(x.labels)),
      results.map((r) => [EKMAN.indexOf(r.ekman[0]!.label)]),
      EKMAN.length,
    ).macroF1,
  );
}

export function trainEmotions(
  overrides: Partial<TrainOptions> = {},
  log: (line: string) => void = console.log,
): { bytes: Uint8Array; dev: ReturnType<typeof devReport> } {
  const o: TrainOptions = { ...DEFAULTS, ...overrides };
  const started = performance.now();
  const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const corpus = corpusTurns();
  const trainSet = [...readSplit('train'), ...Array.from({ length: o.corpusCopies }, () => corpus.train).flat()];
  const dev = readSplit('dev');
  const hashes = buildVocabulary(
    trainSet.map((x) => x.text),
    o.spec,
    o.minCount,
  );
  const rows = encode(
    trainSet.map((x) => x.text),
    o.spec,
    hashes,
  );
  // A corpus turn carries one Ekman group, not one of the 28 labels: it trains the Ekman head only.
  const spokenTurns = new Set(corpus.train);
  const targets = trainSet.map((x) => [spokenTurns.has(x) ? [] : x.labels, ekmanOf(x.labels)]);
  log(`corpus client turns: ${corpus.train.length} training (×${o.corpusCopies}), ${corpus.dev.length} held out`);
  log(
    `train ${trainSet.length} comments, dev ${dev.length}; ${hashes.length} features kept (seen in ≥ ${o.minCount} comments) [${elapsed()}]`,
  );

  let best: { net: Network; l2: number; epochs: number; ekmanF1: number } | undefined;
  for (const l2 of o.l2Grid) {
    const config = {
      heads: HEADS,
      dims: o.dims,
      epochs: o.maxEpochs,
      learningRate: o.learningRate,
      l2,
      dropout: o.dropout,
      seed: o.seed,
    };
    train(rows, targets, hashes.length, config, (epoch, net) => {
      const { ekmanF1 } = tuneDecision(o, net, hashes, dev);
      log(`  l2 ${l2} epoch ${epoch}: dev Ekman macro-F1 ${ekmanF1.toFixed(4)} [${elapsed()}]`);
      if (!best || ekmanF1 > best.ekmanF1) best = { net: cloneNetwork(net), l2, epochs: epoch, ekmanF1 };
    });
  }
  const chosen = best!;
  let { decision }: { decision: WeightsHeader['decision'] } = tuneDecision(o, chosen.net, hashes, dev);
  const hyperParameters = {
    dims: o.dims,
    minCount: o.minCount,
    learningRate: o.learningRate,
    l2: chosen.l2,
    dropout: o.dropout,
    epochs: chosen.epochs,
    seed: o.seed,
    optimiser: 'AdaGrad',
  };
  // Spoken turns: the scoring that reads the corpus's held-out client turns best (the Ekman
  // head is the one their single Ekman labels train).
  let spokenChoice: { scoring: EkmanScoring; f1: number } | undefined;
  for (const scoring of EkmanScoring.options) {
    const d = { ...decision, spokenEkmanScoring: scoring };
    const f1 = spokenReport(
      createEmotionClassifier(quantise(chosen.net, headerFor(o, hashes.length, d, {}), hashes)),
      corpus.dev,
    );
    log(`  spoken turns scored by "${scoring}": Ekman macro-F1 ${f1}`);
    if (!spokenChoice || f1 > spokenChoice.f1) spokenChoice = { scoring, f1 };
  }
  decision = { ...decision, spokenEkmanScoring: spokenChoice!.scoring };
  const finished = createEmotionClassifier(quantise(chosen.net, headerFor(o, hashes.length, decision, {}), hashes));
  const devFigures = {
    ...devReport(finished, dev),
    spokenEkmanMacroF1: spokenReport(finished, corpus.dev),
    spokenTurns: corpus.dev.length,
  };
  const header = headerFor(o, hashes.length, decision, {
    data: `GoEmotions (Demszky et al., 2020) train split and ${corpus.train.length} client turns of the conversation corpus; tuned on the GoEmotions dev split`,
    hyperParameters,
    dev: devFigures,
  });
  const bytes = encodeWeights(quantise(chosen.net, header, hashes));
  log(`chosen: ${JSON.stringify(hyperParameters)}, Ekman scoring "${decision.ekmanScoring}"`);
  log(`dev (thresholds tuned on dev): ${JSON.stringify(devFigures)}`);
  log(`${bytes.length} bytes [${elapsed()}]`);
  return { bytes, dev: devFigures };
}

if (import.meta.main) {
  const { bytes } = trainEmotions();
  writeFileSync(WEIGHTS_URL, bytes);
  console.log(`wrote ${fileURLToPath(WEIGHTS_URL)}`);
}
