/**
 * `npm run train:risk`: trains the risk window model from the labelled corpus
 * (`tests/data/corpus/train/<batch>/`: sessions and utterance items in the labelling guide's
 * format) and the project's earlier labelled utterances, and writes
 * `server/engine/risk/weights.bin`. Offline and deterministic: the same data gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { encodeRiskWeights } from '../server/engine/risk/network.ts';
import { loadTrainingData } from '../server/engine/risk/training/examples.ts';
import { DEFAULT_OPTIONS, trainRiskModel } from '../server/engine/risk/training/train.ts';

// Options may be overridden to explore (`-- --l2 0.001 --dims 48`); the committed weights use the defaults.
const Overrides = z
  .object({
    dims: z.coerce.number().int().positive(),
    maxEpochs: z.coerce.number().int().positive(),
    learningRate: z.coerce.number().positive(),
    l2: z.coerce.number().nonnegative(),
    dropout: z.coerce.number().min(0).max(0.9),
    minCount: z.coerce.number().int().positive(),
    positiveCopies: z.coerce.number().int().positive(),
    conversationRiskCopies: z.coerce.number().int().positive(),
    falseAlarmCost: z.coerce.number().nonnegative(),
    dryRun: z.boolean(),
  })
  .partial();
const { values } = parseArgs({
  options: {
    ...Object.fromEntries(
      [
        'dims',
        'max-epochs',
        'learning-rate',
        'l2',
        'dropout',
        'min-count',
        'positive-copies',
        'conversation-risk-copies',
        'false-alarm-cost',
      ].map((k) => [k, { type: 'string' as const }]),
    ),
    'dry-run': { type: 'boolean' },
  },
});
const overrides = Overrides.parse(
  Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()), v]),
  ),
);
const { dryRun, ...chosen } = overrides;
const options = { ...DEFAULT_OPTIONS, ...chosen };

const root = path.resolve(import.meta.dirname, '..');
const started = performance.now();
const data = loadTrainingData(root);
for (const p of data.problems) console.error(`skipped: ${p}`);
console.log('source                          sessions  items  client turns  with risk');
for (const [source, t] of Object.entries(data.sources)) {
  console.log(
    `${source.padEnd(32)}${String(t.sessions).padStart(8)}${String(t.items).padStart(7)}${String(t.clientTurns).padStart(14)}${String(t.riskTurns).padStart(11)}`,
  );
}
const result = trainRiskModel(data.examples, options, { data: data.sources });
for (const line of result.log) console.log(line);
const bytes = encodeRiskWeights(result.network);
if (dryRun) {
  console.log(`dry run: ${bytes.length} bytes, not written`);
  process.exit(0);
}
const out = path.join(root, 'server/engine/risk/weights.bin');
writeFileSync(out, bytes);
console.log(
  `wrote ${path.relative(root, out)}: ${bytes.length} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
