/**
 * Emotion classifier on the GoEmotions test split, through `classifyEmotions` exactly as the
 * app calls it: Ekman macro-F1 (6 groups + neutral), macro- and micro-F1 over the 28 labels,
 * a per-label table, sentiment-level macro-F1, and inference speed.
 * Run alone with `node scripts/eval/emotions.ts`, or as part of `npm run eval`.
 */
import { readFileSync } from 'node:fs';
import { classifyEmotions } from '../../server/engine/emotion/classify.ts';
import {
  EKMAN,
  EKMAN_OF_LABEL,
  LABELS,
  SENTIMENT_OF_LABEL,
  SENTIMENTS,
} from '../../server/contracts/emotionTaxonomy.ts';
import { readSplit } from '../../server/engine/emotion/training/dataset.ts';
import { multiLabelF1, type F1Report } from '../../server/engine/emotion/training/metrics.ts';
import { decodeWeights, WEIGHTS_URL } from '../../server/engine/emotion/weights.ts';

const f = (x: number): string => x.toFixed(3);

function table(names: readonly string[], report: F1Report): string {
  const width = Math.max(...names.map((n) => n.length));
  const lines = [`  ${'class'.padEnd(width)}  precision  recall     F1  support`];
  names.forEach((name, i) => {
    const c = report.perClass[i]!;
    lines.push(
      `  ${name.padEnd(width)}      ${f(c.precision)}   ${f(c.recall)}  ${f(c.f1)}  ${String(c.support).padStart(7)}`,
    );
  });
  return lines.join('\n');
}

export async function run(): Promise<void> {
  const test = readSplit('test');
  const header = decodeWeights(readFileSync(WEIGHTS_URL)).header;
  classifyEmotions('warm-up so the timing below is of steady-state inference');

  const started = performance.now();
  const results = test.map((x) => classifyEmotions(x.text));
  const elapsedMs = performance.now() - started;
  // A second pass times each call on its own, for the tail.
  const perCall = test
    .map((x) => {
      const t0 = performance.now();
      classifyEmotions(x.text);
      return (performance.now() - t0) * 1000;
    })
    .sort((a, b) => a - b);
  const percentile = (q: number): string =>
    perCall[Math.min(perCall.length - 1, Math.floor(q * perCall.length))]!.toFixed(1);

  const ekmanOf = (ls: readonly number[]): number[] => [...new Set(ls.map((l) => EKMAN_OF_LABEL[l]!))];
  const sentimentOf = (ls: readonly number[]): number[] => [...new Set(ls.map((l) => SENTIMENT_OF_LABEL[l]!))];
  const predictedLabels = results.map((r) => r.labels.map((l) => LABELS.indexOf(l.label)));
  const labels = multiLabelF1(
    test.map((x) => x.labels),
    predictedLabels,
    LABELS.length,
  );
  const ekman = multiLabelF1(
    test.map((x) => ekmanOf(x.labels)),
    results.map((r) => r.ekman.map((e) => EKMAN.indexOf(e.label))),
    EKMAN.length,
  );
  const sentiment = multiLabelF1(
    test.map((x) => sentimentOf(x.labels)),
    predictedLabels.map(sentimentOf),
    SENTIMENTS.length,
  );

  console.log(
    `GoEmotions test split: ${test.length} comments (weights: ${header.vocabulary} features × ${header.dims} dims, Ekman scoring "${header.decision.ekmanScoring}")`,
  );
  console.log(
    `  Ekman macro-F1 (6 groups + neutral)       ${f(ekman.macroF1)}   target ≥ 0.60; GoEmotions paper BERT 0.64`,
  );
  console.log(`  full taxonomy macro-F1 (28 labels)        ${f(labels.macroF1)}   paper BERT 0.46`);
  console.log(`  full taxonomy micro-F1                    ${f(labels.microF1)}`);
  console.log(`  sentiment macro-F1 (pos/neg/amb/neutral)  ${f(sentiment.macroF1)}`);
  console.log(`  dev figures at training time              ${JSON.stringify(header.training.dev)}`);
  console.log(
    `  inference: ${((elapsedMs * 1000) / test.length).toFixed(1)} µs per comment on average (p50 ${percentile(0.5)} µs, p99 ${percentile(0.99)} µs), ${Math.round(test.length / (elapsedMs / 1000))} comments/s on one thread`,
  );
  console.log('\nPer Ekman group:');
  console.log(table(EKMAN, ekman));
  console.log('\nPer label:');
  console.log(table(LABELS, labels));
  console.log('\nPer sentiment:');
  console.log(table(SENTIMENTS, sentiment));
}

if (import.meta.main) await run();
