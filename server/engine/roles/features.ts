import { z } from 'zod';
import { extractFeatures, FeatureSpec, GROUP_CHAR } from '../emotion/features.ts';

/**
 * A turn read in its conversation → hashed sparse features, shared by training and inference.
 * The turn's own words (word n-grams and character n-grams, as the emotion model reads text),
 * the previous and the next turn's words (word n-grams only), and a few facts about the turn:
 * who speaks, who spoke before and after, how long the turn is, where it sits in the session.
 * Each block is scaled to unit L2 norm so that no block drowns the others.
 */
export const RoleFeatureSpec = z.object({
  version: z.literal(1),
  turn: FeatureSpec,
  neighbours: FeatureSpec,
});
export type RoleFeatureSpec = z.infer<typeof RoleFeatureSpec>;

export type Speaker = 'client' | 'clinician' | 'other';

export interface ContextTurn {
  readonly speaker: Speaker;
  readonly text: string;
}

const BLOCK_TURN_WORD = 0;
const BLOCK_TURN_CHAR = 1;
const BLOCK_PREVIOUS = 2;
const BLOCK_NEXT = 3;
const BLOCK_FACTS = 4;
export const BLOCKS = 5;

const SLOT_SEED = [0, 0, 0x68e31da4, 0xb5297a4d, 0x1b56c4e9];

function mix(h: number, block: number): number {
  if (block <= BLOCK_TURN_CHAR) return h;
  let x = (h ^ SLOT_SEED[block]!) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const lengthBucket = (n: number): string => (n <= 1 ? '1' : n <= 3 ? '2-3' : n <= 8 ? '4-8' : n <= 20 ? '9-20' : '21+');

/** Features of turn `i` of `turns`: parallel arrays of hashes and blocks (fresh arrays, safe to keep). */
export function turnFeatures(
  turns: readonly ContextTurn[],
  i: number,
  spec: RoleFeatureSpec,
): { hashes: number[]; blocks: number[] } {
  const hashes: number[] = [];
  const blocks: number[] = [];
  const turn = turns[i]!;
  const own = extractFeatures(turn.text, spec.turn);
  for (let k = 0; k < own.count; k++) {
    hashes.push(own.hashes[k]!);
    blocks.push(own.groups[k] === GROUP_CHAR ? BLOCK_TURN_CHAR : BLOCK_TURN_WORD);
  }
  const neighbour = (at: number, block: number): void => {
    const t = turns[at];
    if (!t) return;
    const f = extractFeatures(t.text, spec.neighbours);
    for (let k = 0; k < f.count; k++) {
      hashes.push(mix(f.hashes[k]!, block));
      blocks.push(block);
    }
  };
  neighbour(i - 1, BLOCK_PREVIOUS);
  neighbour(i + 1, BLOCK_NEXT);
  const position =
    i < 3 ? 'opening' : i >= turns.length - 4 ? 'closing' : `tenth${Math.floor((10 * i) / turns.length)}`;
  const facts = [
    `speaker=${turn.speaker}`,
    `previous=${turns[i - 1]?.speaker ?? 'none'}`,
    `next=${turns[i + 1]?.speaker ?? 'none'}`,
    `length=${lengthBucket(wordCount(turn.text))}`,
    `speaker=${turn.speaker}&length=${lengthBucket(wordCount(turn.text))}`,
    `previousLength=${lengthBucket(wordCount(turns[i - 1]?.text ?? ''))}`,
    `position=${position}`,
  ];
  for (const f of facts) {
    hashes.push(mix(fnv(f), BLOCK_FACTS));
    blocks.push(BLOCK_FACTS);
  }
  return { hashes, blocks };
}

/**
 * Rows and values of one turn over a vocabulary: counts of each kept feature, each block scaled
 * to unit L2 norm. `row` maps a hash to its row, or -1 when the vocabulary does not keep it.
 */
export function featureValues(
  f: { hashes: readonly number[]; blocks: readonly number[] },
  row: (hash: number) => number,
): { rows: number[]; values: number[] } {
  const counts = new Map<number, { n: number; block: number }>();
  f.hashes.forEach((h, k) => {
    const r = row(h);
    if (r < 0) return;
    const c = counts.get(r);
    if (c) c.n += 1;
    else counts.set(r, { n: 1, block: f.blocks[k]! });
  });
  const norm = new Float64Array(BLOCKS);
  for (const { n, block } of counts.values()) norm[block]! += n * n;
  const rows: number[] = [];
  const values: number[] = [];
  for (const [r, { n, block }] of [...counts].sort((a, b) => a[0] - b[0])) {
    rows.push(r);
    values.push(n / Math.sqrt(norm[block]!));
  }
  return { rows, values };
}
