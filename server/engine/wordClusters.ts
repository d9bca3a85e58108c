import { readFileSync } from 'node:fs';

/**
 * Groups of words that mean much the same, from pretrained word vectors
 * (`scripts/buildWordClusters.ts`): the risk model reads a word it never saw in training through
 * its groups, which words it did see share. `wordClusters.bin`, little-endian:
 *
 *   bytes 0–3   ASCII "WCLU"
 *   uint32      n, words
 *   uint32      g, granularities; then uint32 size of each
 *   uint32      keys[n]            sorted FNV-1a hashes of the words
 *   uint16      group[g][n]        each word's group at each granularity
 */
export const CLUSTER_SIZES = [256, 1024] as const;
const MAGIC = 'WCLU';

export interface WordClusters {
  keys: Uint32Array;
  groups: Uint16Array[];
}

export function wordKey(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function encodeWordClusters(c: WordClusters): Uint8Array {
  // Two words with one hash: the first (the more frequent) keeps it.
  const keep = Array.from(c.keys.keys()).filter((i) => i === 0 || c.keys[i] !== c.keys[i - 1]);
  const n = keep.length;
  const g = c.groups.length;
  const bytes = new Uint8Array(12 + 4 * g + 4 * n + 2 * g * n);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(4, n, true);
  view.setUint32(8, g, true);
  CLUSTER_SIZES.forEach((k, i) => view.setUint32(12 + 4 * i, k, true));
  let at = 12 + 4 * g;
  for (const i of keep) {
    view.setUint32(at, c.keys[i]!, true);
    at += 4;
  }
  for (const groups of c.groups) {
    for (const i of keep) {
      view.setUint16(at, groups[i]!, true);
      at += 2;
    }
  }
  return bytes;
}

export function decodeWordClusters(bytes: Uint8Array): WordClusters {
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) {
    throw new Error('Word clusters file is not in the expected format; re-run `npm run build:word-clusters`');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = view.getUint32(4, true);
  const g = view.getUint32(8, true);
  const sizes = Array.from({ length: g }, (_, i) => view.getUint32(12 + 4 * i, true));
  if (sizes.join() !== CLUSTER_SIZES.join()) {
    throw new Error(`Word clusters file has groups of ${sizes.join(', ')}; re-run \`npm run build:word-clusters\``);
  }
  let at = 12 + 4 * g;
  const keys = new Uint32Array(n);
  for (let i = 0; i < n; i++, at += 4) keys[i] = view.getUint32(at, true);
  const groups = sizes.map(() => {
    const out = new Uint16Array(n);
    for (let i = 0; i < n; i++, at += 2) out[i] = view.getUint16(at, true);
    return out;
  });
  return { keys, groups };
}

/** The row of `word` in the table, or -1: a binary search over the sorted hashes. */
export function findWord(c: WordClusters, word: string): number {
  const key = wordKey(word);
  let lo = 0;
  let hi = c.keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = c.keys[mid]!;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

let shipped: WordClusters | null = null;

/** The committed groups, loaded once on first use. */
export function wordClusters(): WordClusters {
  shipped ??= decodeWordClusters(new Uint8Array(readFileSync(new URL('./wordClusters.bin', import.meta.url))));
  return shipped;
}
