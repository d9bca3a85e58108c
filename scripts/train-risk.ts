/**
 * `npm run train:risk`: trains the risk window model from the labelled corpus
 * (`tests/data/corpus/train/<batch>/`: sessions and utterance items in the labelling guide's
 * format) and the project's earlier labelled utterances, and writes
 * `server/engine/risk/weights.bin`. Offline and deterministic: the same data gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeRiskWeights } from '../server/engine/risk/network.ts';
import { loadTrainingData } from '../server/engine/risk/training/examples.ts';
import { DEFAULT_OPTIONS, trainRiskModel } from '../server/engine/risk/training/train.ts';

const root = path.resolve(import.meta.dirname, '..');
const started = performance.now();
const data = loadTrainingData(root);
for (const p of data.problems) console.error(`skipped: ${p}`);
console.log('source                          sessions  items  client turns  with risk');
for (const [source, t] of Object.entries(data.sources)) {
  console.log(`${source.padEnd(32)}${String(t.sessions).padStart(8)}${String(t.items).padStart(7)}${String(t.clientTurns).padStart(14)}${String(t.riskTurns).padStart(11)}`);
}
const result = trainRiskModel(data.examples, DEFAULT_OPTIONS, { data: data.sources });
for (const line of result.log) console.log(line);
const bytes = encodeRiskWeights(result.network);
const out = path.join(root, 'server/engine/risk/weights.bin');
writeFileSync(out, bytes);
console.log(`wrote ${path.relative(root, out)}: ${bytes.length} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}; ${((performance.now() - started) / 1000).toFixed(1)} s`);
