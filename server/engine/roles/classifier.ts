import { featureValues, turnFeatures, type ContextTurn } from './features.ts';
import { CLIENT_ROLES, CLINICIAN_ROLES, ROLE_CLASSES, type TurnRole } from './roles.ts';
import type { RoleNetwork } from './weights.ts';

export interface RoleClassifier {
  /** Class probabilities of turn `i` read in its session (a softmax over `ROLE_CLASSES`). */
  scores(turns: readonly ContextTurn[], i: number): Float64Array;
  /** One role per turn: the likeliest role of the speaker's side (a third person's turn is the client side's `other`). */
  classify(turns: readonly ContextTurn[]): TurnRole[];
}

const CLIENT_CLASSES = CLIENT_ROLES.length;

export function createRoleClassifier(net: RoleNetwork): RoleClassifier {
  const { dims, features: spec } = net.header;
  const K = ROLE_CLASSES.length;
  const position = new Map<number, number>();
  net.hashes.forEach((h, i) => position.set(h, i));
  const row = (h: number): number => position.get(h) ?? -1;

  function scores(turns: readonly ContextTurn[], i: number): Float64Array {
    const { rows, values } = featureValues(turnFeatures(turns, i, spec), row);
    const hidden = new Float64Array(dims);
    rows.forEach((r, p) => {
      const v = values[p]!;
      for (let k = 0; k < dims; k++) hidden[k]! += v * net.embedding[r * dims + k]!;
    });
    const out = Float64Array.from(net.outBias);
    for (let k = 0; k < dims; k++) {
      const h = Math.max(0, net.hiddenBias[k]! + hidden[k]! * net.embeddingScale[k]!);
      if (h === 0) continue;
      for (let o = 0; o < K; o++) out[o]! += h * net.outWeights[k * K + o]!;
    }
    let max = -Infinity;
    for (const z of out) max = Math.max(max, z);
    let sum = 0;
    for (let o = 0; o < K; o++) sum += out[o] = Math.exp(out[o]! - max);
    for (let o = 0; o < K; o++) out[o]! /= sum;
    return out;
  }

  function classify(turns: readonly ContextTurn[]): TurnRole[] {
    return turns.map((turn, i) => {
      if (turn.speaker === 'other') return { side: 'client', role: 'other', score: 1, probabilities: { other: 1 } };
      const p = scores(turns, i);
      const clinician = turn.speaker === 'clinician';
      const from = clinician ? CLIENT_CLASSES : 0;
      const to = clinician ? K : CLIENT_CLASSES;
      let best = from;
      let mass = 0;
      for (let o = from; o < to; o++) {
        mass += p[o]!;
        if (p[o]! > p[best]!) best = o;
      }
      const names: readonly string[] = clinician ? CLINICIAN_ROLES : CLIENT_ROLES;
      const probabilities: Record<string, number> = {};
      for (let o = from; o < to; o++) probabilities[names[o - from]!] = Math.round((p[o]! / mass) * 1e4) / 1e4;
      const score = probabilities[names[best - from]!]!;
      return clinician
        ? { side: 'clinician', role: CLINICIAN_ROLES[best - CLIENT_CLASSES]!, score, probabilities }
        : { side: 'client', role: CLIENT_ROLES[best]!, score, probabilities };
    });
  }

  return { scores, classify };
}
