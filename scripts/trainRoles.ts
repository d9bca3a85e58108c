/**
 * `npm run train:roles`: trains the turn-role classifier on the labelled conversation corpus
 * (tests/data/corpus/train/<batch>/*.json, one author per batch) and writes
 * server/engine/roles/weights.bin. Deterministic: the same sessions give the same file.
 *
 * Before the final fit it reports figures held out by author: each batch in turn is left out,
 * a model is trained on the other batches and scored on it, so every figure is on sessions
 * written by an author the model never read. Hyper-parameters are fixed here, not tuned on
 * those figures.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRoleClassifier } from '../server/engine/roles/classifier.ts';
import type { RoleFeatureSpec } from '../server/engine/roles/features.ts';
import { readBatches } from '../server/engine/roles/training/corpus.ts';
import { contextTurns, goldClasses, predictedClass, roleFigures } from '../server/engine/roles/training/evaluate.ts';
import { fitRoles, type FitOptions } from '../server/engine/roles/training/fit.ts';
import { encodeRoleWeights, ROLE_WEIGHTS_URL } from '../server/engine/roles/weights.ts';

export const TRAIN_DIR = process.env.ROLES_TRAIN_DIR ?? path.resolve(import.meta.dirname, '../tests/data/corpus/train');

export const DEFAULTS: FitOptions = {
  spec: {
    version: 1,
    turn: { version: 1, bigrams: true, negation: 'mark', charMin: 3, charMax: 5 },
    neighbours: { version: 1, bigrams: true, negation: 'off', charMin: 0, charMax: 0 },
  } satisfies RoleFeatureSpec,
  minCount: 3,
  dims: 48,
  epochs: 6,
  learningRate: 0.05,
  l2: 1e-4,
  dropout: 0.2,
  seed: 20261206,
};

export function trainRoles(o: FitOptions = DEFAULTS, log: (line: string) => void = console.log): Uint8Array {
  const started = performance.now();
  const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const batches = readBatches(TRAIN_DIR);
  if (batches.length < 2)
    throw new Error(`${TRAIN_DIR} holds ${batches.length} batch(es); held-out figures need at least two authors`);
  const sessions = batches.flatMap((b) => b.sessions);
  log(
    `${batches.length} batches (authors), ${sessions.length} sessions, ${sessions.reduce((s, x) => s + x.turns.length, 0)} turns [${elapsed()}]`,
  );

  const gold: number[] = [];
  const predicted: number[] = [];
  const perAuthor: Record<string, number> = {};
  for (const held of batches) {
    const model = createRoleClassifier(
      fitRoles(
        batches.filter((b) => b !== held).flatMap((b) => b.sessions),
        o,
      ),
    );
    const g: number[] = [];
    const p: number[] = [];
    for (const s of held.sessions) {
      const roles = model.classify(contextTurns(s));
      goldClasses(s).forEach((c, i) => {
        if (c === undefined) return;
        g.push(c);
        p.push(predictedClass(roles[i]!));
      });
    }
    const figures = roleFigures(g, p);
    perAuthor[held.name] = figures.accuracy;
    log(`  held out ${held.name}: accuracy ${figures.accuracy} ${JSON.stringify(figures.families)} [${elapsed()}]`);
    gold.push(...g);
    predicted.push(...p);
  }
  const heldOut = roleFigures(gold, predicted);
  log(`held out by author (pooled over ${heldOut.turns} turns): accuracy ${heldOut.accuracy}`);
  for (const [family, f1] of Object.entries(heldOut.families)) log(`  ${family.padEnd(24)} macro-F1 ${f1.toFixed(3)}`);
  for (const [role, s] of Object.entries(heldOut.perRole))
    log(`    ${role.padEnd(30)} F1 ${s.f1.toFixed(3)}  (${s.support} turns)`);

  const net = fitRoles(sessions, o, {
    data: `labelled role-played sessions, ${batches.map((b) => b.name).join(', ')} (${sessions.length} sessions)`,
    hyperParameters: {
      minCount: o.minCount,
      dims: o.dims,
      epochs: o.epochs,
      learningRate: o.learningRate,
      l2: o.l2,
      dropout: o.dropout,
      seed: o.seed,
      optimiser: 'AdaGrad',
    },
    heldOutByAuthor: { accuracy: heldOut.accuracy, families: heldOut.families, accuracyPerAuthor: perAuthor },
  });
  const bytes = encodeRoleWeights(net);
  log(`${net.header.vocabulary} features, ${bytes.length} bytes [${elapsed()}]`);
  return bytes;
}

if (import.meta.main) {
  const bytes = trainRoles();
  writeFileSync(ROLE_WEIGHTS_URL, bytes);
  console.log(`wrote ${fileURLToPath(ROLE_WEIGHTS_URL)}`);
}
