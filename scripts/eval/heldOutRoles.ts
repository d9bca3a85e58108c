/**
 * A turn-role model that never read the batches being scored (leave-authors-out), so that
 * `eval:notes -- --dev` figures are not the role model's training accuracy. Trained with the
 * committed model's settings and number of epochs on every other batch; deterministic, so it is
 * kept in node_modules/.cache under a key of its training data and settings and trained again
 * only when those change.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readBatches } from '../../server/engine/roles/training/corpus.ts';
import { fitRoles } from '../../server/engine/roles/training/fit.ts';
import { decodeRoleWeights, encodeRoleWeights, ROLE_WEIGHTS_URL } from '../../server/engine/roles/weights.ts';
import { DEFAULTS } from '../trainRoles.ts';

const CACHE_DIR = path.resolve(import.meta.dirname, '../../node_modules/.cache/session-copilot/roles');

const CommittedTraining = z.object({ hyperParameters: z.object({ epochs: z.number().int().positive() }) });

/** The number of epochs the committed model was trained for (chosen on authors held out by `train:roles`). */
export function committedEpochs(): number {
  const header = decodeRoleWeights(readFileSync(ROLE_WEIGHTS_URL)).header;
  const parsed = CommittedTraining.safeParse(header.training);
  return parsed.success ? parsed.data.hyperParameters.epochs : DEFAULTS.epochs;
}

export interface HeldOutModel {
  readonly weights: Uint8Array;
  /** The batches it was trained on (every batch of `dir` with sessions, but the held-out ones). */
  readonly trainedOn: readonly string[];
  readonly epochs: number;
  readonly cached: boolean;
}

/** The role model trained on every batch of `dir` except `heldOut`. */
export function heldOutRoleModel(
  dir: string,
  heldOut: readonly string[],
  log: (line: string) => void = () => {},
): HeldOutModel {
  const held = new Set(heldOut);
  const batches = readBatches(dir).filter((b) => b.sessions.length > 0 && !held.has(b.name));
  if (batches.length === 0)
    throw new Error(`${dir}: no batch is left to train turn roles on once ${heldOut.join(', ')} are held out`);
  const epochs = committedEpochs();
  const options = { ...DEFAULTS, epochs };
  const key = createHash('sha256').update(JSON.stringify(options));
  for (const b of batches) {
    const folder = path.join(dir, b.name);
    for (const file of readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .sort())
      key.update(`${b.name}/${file}\0`).update(readFileSync(path.join(folder, file)));
  }
  const file = path.join(CACHE_DIR, `${key.digest('hex').slice(0, 24)}.bin`);
  const trainedOn = batches.map((b) => b.name);
  if (existsSync(file)) return { weights: readFileSync(file), trainedOn, epochs, cached: true };
  log(`training a turn-role model without ${heldOut.join(', ')} (${epochs} epochs; kept in ${file})…`);
  const net = fitRoles(
    batches.flatMap((b) => b.sessions),
    options,
    { data: `labelled role-played sessions, ${trainedOn.join(', ')}`, heldOut: [...heldOut] },
  );
  const weights = encodeRoleWeights(net);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, weights);
  return { weights, trainedOn, epochs, cached: false };
}
