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
 */
export function fitRoles(
  sessions: readonly CorpusSession[],
  o: FitOptions,
  training: Record<string, unknown> = {},
): RoleNetwork {
  const examples = examplesOf(sessions, o.spec);
  const df = new Map<number, number>();
  for (const x of examples) for (const h of new Set(x.hashes)) df.set(h, (df.get(h) ?? 0) + 1);
  const hashes = Uint32Array.from([...df].filter(([, n]) => n >= o.minCount).map(([h]) => h)).sort();
  const position = new Map<number, number>();
  hashes.forEach((h, i) => position.set(h, i));
  const offsets = new Int32Array(examples.length + 1);
  const index: number[] = [];
  const value: number[] = [];
  examples.forEach((x, d) => {
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
  const net = cloneNetwork(
    train(
      rows,
      examples.map((x) => [[x.gold]]),
      hashes.length,
      config,
    ),
  );
  const header: RoleWeightsHeader = {
    format: 1,
    features: o.spec,
    vocabulary: hashes.length,
    dims: o.dims,
    classes: [...ROLE_CLASSES],
    training,
  };
  return quantise(net, header, hashes);
}
