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
import { readSessionBatches, readUtteranceBatches } from '../server/engine/risk/corpus.ts';
import { createRiskModel } from '../server/engine/risk/model.ts';
import { encodeRiskWeights } from '../server/engine/risk/network.ts';
import { loadTrainingData } from '../server/engine/risk/training/examples.ts';
import { DEFAULT_OPTIONS, trainRiskModel } from '../server/engine/risk/training/train.ts';
import { add, printSessions, printUtterances, readSession, scoreSessions, scoreUtterances } from './eval/corpus.ts';

// Options may be overridden to explore (`-- --l2 0.001 --dims 48 --held-out b02,t05 --no-refit`); the
// committed weights use the defaults.
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
    maxHardFalsePositives: z.coerce.number().min(0).max(1),
    maxTurnFalsePositives: z.coerce.number().min(0).max(1),
    heldOut: z.string().transform((s) => s.split(',').filter(Boolean)),
    refit: z.boolean(),
    score: z.boolean(),
    out: z.string(),
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
        'max-hard-false-positives',
        'max-turn-false-positives',
        'held-out',
      ].map((k) => [k, { type: 'string' as const }]),
    ),
    refit: { type: 'boolean' },
    score: { type: 'boolean' },
    out: { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  allowNegative: true,
});
const overrides = Overrides.parse(
  Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()), v]),
  ),
);
const { dryRun, score = true, out: outPath, ...chosen } = overrides;
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

// The held-out authors read through the session analyser exactly as the server runs it, by the
// model that never saw them: the figure that predicts authors the shipped model has not read.
if (score) scoreHeldOut();
function scoreHeldOut(): void {
  const model = createRiskModel(result.heldOutNetwork);
  const read = (turns: Parameters<typeof readSession>[0]) => readSession(turns, { model });
  const corpus = path.join(root, 'tests/data/corpus/train');
  const held = new Set(options.heldOut);
  const utterances = readUtteranceBatches(corpus)
    .filter((b) => held.has(b.batch))
    .map((b) => scoreUtterances(b.items, read));
  const sessions = readSessionBatches(corpus)
    .filter((b) => held.has(b.batch) && b.items.length > 0)
    .map((b) => scoreSessions(b.items, read));
  console.log(`\nHeld-out training authors (${options.heldOut.join(', ')}), through the session analyser:`);
  if (utterances.length > 0) printUtterances('utterances', utterances.reduce(add));
  if (sessions.length > 0) printSessions('sessions', sessions.reduce(add));
}
const bytes = encodeRiskWeights(result.network);
if (dryRun) {
  console.log(`dry run: ${bytes.length} bytes, not written`);
  process.exit(0);
}
const out = outPath ? path.resolve(outPath) : path.join(root, 'server/engine/risk/weights.bin');
writeFileSync(out, bytes);
console.log(
  `wrote ${path.relative(root, out)}: ${bytes.length} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
