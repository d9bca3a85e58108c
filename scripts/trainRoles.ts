/**
 * `npm run train:roles [-- --dev-weights FILE] [--by-author]`: trains the turn-role classifier on
 * the labelled conversation corpus (tests/data/corpus/train/<batch>/*.json, one author per batch)
 * and writes server/engine/roles/weights.bin. Deterministic: the same sessions give the same file.
 *
 * The number of epochs is chosen on a development split held out by author: the batches in
 * `DEV_AUTHORS` are left out, a model is trained on the others and scored after every epoch on
 * the left-out authors' sessions; the epoch with the best mean macro-F1 over the role families
 * is kept, and the final model is trained on every batch for that many epochs. `--dev-weights`
 * also writes the development model (it never read the development authors, so
 * `eval:notes -- --dev --role-weights FILE --batch b03` scores notes of sessions neither it nor
 * the note writer's tuning saw). `--by-author` adds figures with each author left out in turn
 * (one fit per author: slow).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRoleClassifier } from '../server/engine/roles/classifier.ts';
import type { RoleFeatureSpec } from '../server/engine/roles/features.ts';
import { readBatches, type Batch, type CorpusSession } from '../server/engine/roles/training/corpus.ts';
import {
  contextTurns,
  goldClasses,
  predictedClass,
  roleFigures,
  type RoleFigures,
} from '../server/engine/roles/training/evaluate.ts';
import { fitRoles, type FitOptions } from '../server/engine/roles/training/fit.ts';
import { encodeRoleWeights, ROLE_WEIGHTS_URL, type RoleNetwork } from '../server/engine/roles/weights.ts';

export const TRAIN_DIR = process.env.ROLES_TRAIN_DIR ?? path.resolve(import.meta.dirname, '../tests/data/corpus/train');

/**
 * The development authors: one batch written blind with reference notes (so the notes can be
 * scored against a model that never read it), a primary-care coach and an anxiety specialist,
 * about a seventh of the turns.
 */
export const DEV_AUTHORS = ['b03', 't02', 't10'];

export interface TrainOptions extends FitOptions {
  /** The most epochs tried on the development split. */
  readonly maxEpochs: number;
}

export const DEFAULTS: TrainOptions = {
  spec: {
    version: 1,
    turn: { version: 1, bigrams: true, negation: 'mark', charMin: 3, charMax: 5 },
    neighbours: { version: 1, bigrams: true, negation: 'off', charMin: 0, charMax: 0 },
  } satisfies RoleFeatureSpec,
  minCount: 3,
  dims: 48,
  epochs: 6,
  maxEpochs: 8,
  learningRate: 0.05,
  l2: 1e-4,
  dropout: 0.2,
  seed: 20261206,
  balance: 800,
};

/** A model's figures on labelled sessions, pooled over their turns. */
function figuresOn(net: RoleNetwork, sessions: readonly CorpusSession[]): { gold: number[]; predicted: number[] } {
  const model = createRoleClassifier(net);
  const gold: number[] = [];
  const predicted: number[] = [];
  for (const s of sessions) {
    const roles = model.classify(contextTurns(s));
    goldClasses(s).forEach((c, i) => {
      if (c === undefined) return;
      gold.push(c);
      predicted.push(predictedClass(roles[i]!));
    });
  }
  return { gold, predicted };
}

const meanF1 = (f: RoleFigures): number => {
  const v = Object.values(f.families);
  return v.reduce((a, b) => a + b, 0) / v.length;
};

function logFigures(f: RoleFigures, log: (line: string) => void): void {
  for (const [family, f1] of Object.entries(f.families)) log(`  ${family.padEnd(24)} macro-F1 ${f1.toFixed(3)}`);
  for (const [role, s] of Object.entries(f.perRole))
    log(`    ${role.padEnd(30)} F1 ${s.f1.toFixed(3)}  (${s.support} turns)`);
}

export interface TrainResult {
  readonly weights: Uint8Array;
  /** The development model at its best epoch (trained without the development authors). */
  readonly devWeights: Uint8Array;
}

export function trainRoles(
  o: TrainOptions = DEFAULTS,
  options: { byAuthor?: boolean; devAuthors?: readonly string[] } = {},
  log: (line: string) => void = console.log,
): TrainResult {
  const started = performance.now();
  const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  // Utterance-item batches (.jsonl) hold no whole sessions: they train the risk model, not this one.
  const batches: Batch[] = readBatches(TRAIN_DIR).filter((b) => b.sessions.length > 0);
  const devAuthors = new Set(options.devAuthors ?? DEV_AUTHORS);
  const dev = batches.filter((b) => devAuthors.has(b.name));
  const rest = batches.filter((b) => !devAuthors.has(b.name));
  if (dev.length === 0 || rest.length === 0)
    throw new Error(
      `${TRAIN_DIR}: the development authors (${[...devAuthors].join(', ')}) and the others must each hold sessions`,
    );
  const sessions = batches.flatMap((b) => b.sessions);
  log(
    `${batches.length} batches (authors), ${sessions.length} sessions, ${sessions.reduce((s, x) => s + x.turns.length, 0)} turns [${elapsed()}]`,
  );

  log(`development split: ${dev.map((b) => b.name).join(', ')} held out; up to ${o.maxEpochs} epochs`);
  const devSessions = dev.flatMap((b) => b.sessions);
  let best: { epoch: number; figures: RoleFigures; net: RoleNetwork } | undefined;
  const perEpoch: Record<string, number> = {};
  fitRoles(
    rest.flatMap((b) => b.sessions),
    { ...o, epochs: o.maxEpochs },
    {},
    (epoch, net) => {
      const { gold, predicted } = figuresOn(net, devSessions);
      const figures = roleFigures(gold, predicted);
      perEpoch[epoch] = Math.round(meanF1(figures) * 1e3) / 1e3;
      log(
        `  epoch ${epoch}: accuracy ${figures.accuracy}, mean family macro-F1 ${perEpoch[epoch]} ${JSON.stringify(figures.families)} [${elapsed()}]`,
      );
      if (!best || meanF1(figures) > meanF1(best.figures)) best = { epoch, figures, net };
    },
  );
  const chosen = best!;
  log(
    `chosen: ${chosen.epoch} epochs; development figures (${chosen.figures.turns} turns): accuracy ${chosen.figures.accuracy}`,
  );
  logFigures(chosen.figures, log);

  let byAuthor: Record<string, unknown> | undefined;
  if (options.byAuthor) {
    const gold: number[] = [];
    const predicted: number[] = [];
    const perAuthor: Record<string, number> = {};
    for (const held of batches) {
      const net = fitRoles(
        batches.filter((b) => b !== held).flatMap((b) => b.sessions),
        { ...o, epochs: chosen.epoch },
      );
      const pairs = figuresOn(net, held.sessions);
      perAuthor[held.name] = roleFigures(pairs.gold, pairs.predicted).accuracy;
      log(`  held out ${held.name}: accuracy ${perAuthor[held.name]} [${elapsed()}]`);
      gold.push(...pairs.gold);
      predicted.push(...pairs.predicted);
    }
    const pooled = roleFigures(gold, predicted);
    log(`held out by author (pooled over ${pooled.turns} turns): accuracy ${pooled.accuracy}`);
    logFigures(pooled, log);
    byAuthor = { accuracy: pooled.accuracy, families: pooled.families, accuracyPerAuthor: perAuthor };
  }

  const net = fitRoles(
    sessions,
    { ...o, epochs: chosen.epoch },
    {
      data: `labelled role-played sessions, ${batches.map((b) => b.name).join(', ')} (${sessions.length} sessions)`,
      hyperParameters: {
        minCount: o.minCount,
        dims: o.dims,
        epochs: chosen.epoch,
        learningRate: o.learningRate,
        l2: o.l2,
        dropout: o.dropout,
        balance: o.balance,
        seed: o.seed,
        optimiser: 'AdaGrad',
      },
      heldOutByAuthor: {
        split: dev.map((b) => b.name),
        accuracy: chosen.figures.accuracy,
        families: chosen.figures.families,
        meanFamilyF1PerEpoch: perEpoch,
      },
      ...(byAuthor ? { eachAuthorHeldOut: byAuthor } : {}),
    },
  );
  const weights = encodeRoleWeights(net);
  log(`${net.header.vocabulary} features, ${weights.length} bytes [${elapsed()}]`);
  return { weights, devWeights: encodeRoleWeights(chosen.net) };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { 'dev-weights': { type: 'string' }, 'by-author': { type: 'boolean' } },
  });
  const { weights, devWeights } = trainRoles(DEFAULTS, { byAuthor: values['by-author'] === true });
  writeFileSync(ROLE_WEIGHTS_URL, weights);
  console.log(`wrote ${fileURLToPath(ROLE_WEIGHTS_URL)}`);
  if (values['dev-weights']) {
    writeFileSync(values['dev-weights'], devWeights);
    console.log(`wrote the development model to ${values['dev-weights']}`);
  }
}
