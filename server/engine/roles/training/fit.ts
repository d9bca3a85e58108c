import { cloneNetwork, train, type Network, type SparseRows } from '../../emotion/training/trainer.ts';
import { featureValues, turnFeatures, type RoleFeatureSpec } from '../features.ts';
import { ROLE_CLASSES } from '../roles.ts';
import type { RoleNetwork, RoleWeightsHeader } from '../weights.ts';
import type { CorpusSession } from './corpus.ts';
import { contextTurns, goldClasses } from './evaluate.ts';

export interface FitOptions {
  readonly spec: RoleFeatureSpec;
  /** Features seen in fewer training turns are dropped. */
  readonly minCount: number;
  readonly dims: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly dropout: number;
  readonly seed: number;
  /**
   * Rare roles are read more often in training: an example of a role with `n` training turns is
   * repeated round(√(balance / n)) times, at most 3 (0 leaves every example once). The client's
   * goal, problem and sustain talk are an order of magnitude rarer than plain answers, and the
   * note is built from them.
   */
  readonly balance: number;
}

/** How often each example of a role is read per epoch (see `FitOptions.balance`). */
export function repeatsOf(golds: readonly number[], balance: number): number[] {
  const count = new Map<number, number>();
  for (const g of golds) count.set(g, (count.get(g) ?? 0) + 1);
  return golds.map((g) =>
    balance <= 0 ? 1 : Math.min(3, Math.max(1, Math.round(Math.sqrt(balance / count.get(g)!)))),
  );
}

interface Example {
  readonly hashes: number[];
  readonly blocks: number[];
  readonly gold: number;
}

function examplesOf(sessions: readonly CorpusSession[], spec: RoleFeatureSpec): Example[] {
  const out: Example[] = [];
  for (const s of sessions) {
    const turns = contextTurns(s);
    goldClasses(s).forEach((gold, i) => {
      if (gold === undefined) return;
      out.push({ ...turnFeatures(turns, i, spec), gold });
    });
  }
  return out;
}

/** Int8 embedding with one scale per hidden dimension; everything else stays float32. */
function quantise(net: Network, header: RoleWeightsHeader, hashes: Uint32Array): RoleNetwork {
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

/**
 * Trains the turn-role network on labelled sessions (the emotion model's trainer, one softmax
 * head over every role of both sides) and returns it quantised, as the app will read it.
 * `onEpoch` sees the quantised network after each epoch (to choose the number of epochs on
 * sessions held out by author).
 */
export function fitRoles(
  sessions: readonly CorpusSession[],
  o: FitOptions,
  training: Record<string, unknown> = {},
  onEpoch?: (epoch: number, net: RoleNetwork) => void,
): RoleNetwork {
  const examples = examplesOf(sessions, o.spec);
  const df = new Map<number, number>();
  for (const x of examples) for (const h of new Set(x.hashes)) df.set(h, (df.get(h) ?? 0) + 1);
  const hashes = Uint32Array.from([...df].filter(([, n]) => n >= o.minCount).map(([h]) => h)).sort();
  const position = new Map<number, number>();
  hashes.forEach((h, i) => position.set(h, i));
  const repeats = repeatsOf(
    examples.map((x) => x.gold),
    o.balance,
  );
  const read = examples.flatMap((x, d) => Array.from({ length: repeats[d]! }, () => x));
  const offsets = new Int32Array(read.length + 1);
  const index: number[] = [];
  const value: number[] = [];
  read.forEach((x, d) => {
    const { rows, values } = featureValues(x, (h) => position.get(h) ?? -1);
    index.push(...rows);
    value.push(...values);
    offsets[d + 1] = index.length;
  });
  const rows: SparseRows = { offsets, index: Int32Array.from(index), value: Float32Array.from(value) };
  const heads = [{ name: 'roles', size: ROLE_CLASSES.length }];
  const config = {
    heads,
    dims: o.dims,
    epochs: o.epochs,
    learningRate: o.learningRate,
    l2: o.l2,
    dropout: o.dropout,
    seed: o.seed,
  };
  const header: RoleWeightsHeader = {
    format: 1,
    features: o.spec,
    vocabulary: hashes.length,
    dims: o.dims,
    classes: [...ROLE_CLASSES],
    training,
  };
  const net = cloneNetwork(
    train(
      rows,
      read.map((x) => [[x.gold]]),
      hashes.length,
      config,
      onEpoch && ((epoch, n) => onEpoch(epoch, quantise(cloneNetwork(n), header, hashes))),
    ),
  );
  return quantise(net, header, hashes);
}
