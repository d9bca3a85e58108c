import { z } from 'zod';
import { findWord, wordClusters } from '../wordClusters.ts';

/**
 * Text → hashed sparse features, shared by training and inference so the two can never drift.
 * Features are 32-bit hashes of word uni-grams, word bi-grams, negation-scoped words and
 * character n-grams inside words; the weights file keeps only the hashes seen often enough in
 * training, so a hash here is a key into that table, not a bucket of a fixed-size space.
 */
export const FeatureSpec = z.object({
  /** Bumped whenever the tokeniser or hashing changes, so stale weights are refused at load. */
  version: z.literal(1),
  bigrams: z.boolean(),
  /**
   * Words between a negator and the next punctuation: `mark` adds a negated copy of each word,
   * `replace` also drops the word's plain uni-gram and character n-grams ("not happy" stops
   * looking like "happy"), `off` ignores negation.
   */
  negation: z.enum(['off', 'mark', 'replace']),
  /**
   * A negator's scope also ends after this many words. Transcribed speech has no punctuation, so
   * without it "no not good my husband hit me again" would read every word after "no" as denied.
   */
  negationWords: z.number().int().positive().optional(),
  /** Character n-gram lengths, inclusive; 0 for none. */
  charMin: z.number().int().min(0).max(8),
  charMax: z.number().int().min(0).max(8),
  /**
   * Each word's groups of like meaning (`../wordClusters.ts`, from pretrained word vectors) as
   * word features: a word rare in training is read through the common words like it.
   */
  clusters: z.boolean().optional(),
});
export type FeatureSpec = z.infer<typeof FeatureSpec>;

/** Word-level features and character n-grams are normalised separately so neither swamps the other. */
export const GROUP_WORD = 0;
export const GROUP_CHAR = 1;

export interface FeatureBuffer {
  /** Valid up to `count`; reused by the next call, so copy what must outlive it. */
  readonly hashes: Uint32Array;
  readonly groups: Uint8Array;
  readonly count: number;
}

const SEED_UNIGRAM = 0x1b873593;
const SEED_BIGRAM = 0xcc9e2d51;
const SEED_NEGATED = 0x85ebca6b;
const SEED_CHAR = 0xc2b2ae35;
const SEED_START = 0x27d4eb2f;
const SEED_CLUSTER = 0x165667b1;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// Reddit masks people and religions as [NAME]/[RELIGION]; de-identified transcripts use
// numbered placeholders such as [NAME_1] or [DATE_2]. Both become one token per kind.
const PLACEHOLDER = /\[([A-Z]+)(?:_\d+)?\]/g;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const EMOTICONS: readonly [RegExp, string][] = [
  [/(?:^|\s)(?::-?\)|:\]|=\)|\(:)(?=\s|$)/g, ' xxsmile '],
  [/(?:^|\s)(?::-?D|xD|XD)(?=\s|$)/g, ' xxlaugh '],
  [/(?:^|\s);-?\)(?=\s|$)/g, ' xxwink '],
  [/(?:^|\s)(?::'?-?\(|D:)(?=\s|$)/g, ' xxfrown '],
  [/(?:^|\s):-?[pP](?=\s|$)/g, ' xxtongue '],
  [/(?:^|\s):-?[/\\](?=\s|$)/g, ' xxskeptical '],
  [/<3+/g, ' xxheart '],
];
const SHOUTED = /\b[A-Z]{3,}\b/;
// Letters repeated three or more times ("sooooo") collapse to two, so elongations share features.
const ELONGATED = /(\p{L})\1{2,}/gu;
const APOSTROPHE = /['’`]/g;
const TOKEN = /xx[a-z]+|[\p{L}\p{N}]+|[!?.,;:]|\p{Extended_Pictographic}/gu;

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'nor',
  'neither',
  'without',
  'cannot',
  'cant',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'wont',
  'wouldnt',
  'couldnt',
  'shouldnt',
  'havent',
  'hasnt',
  'hadnt',
  'aint',
  'nt',
]);
const SCOPE_END = new Set(['!', '?', '.', ',', ';', ':']);

export function normalise(text: string): { tokens: string[]; shouted: boolean } {
  let t = text.replace(PLACEHOLDER, (_m, kind: string) =>
    kind === 'NAME' ? ' xxname ' : kind === 'RELIGION' ? ' xxreligion ' : ' xxplaceholder ',
  );
  t = t.replace(URL, ' xxurl ');
  for (const [re, token] of EMOTICONS) t = t.replace(re, token);
  const shouted = SHOUTED.test(t.replace(/xx[a-z]+/g, ''));
  t = t.toLowerCase().replace(APOSTROPHE, '').replace(ELONGATED, '$1$1');
  return { tokens: t.match(TOKEN) ?? [], shouted };
}

let hashes = new Uint32Array(1024);
let groups = new Uint8Array(1024);
let count = 0;

function push(h: number, group: number): void {
  if (count === hashes.length) {
    const h2 = new Uint32Array(count * 2);
    h2.set(hashes);
    hashes = h2;
    const g2 = new Uint8Array(count * 2);
    g2.set(groups);
    groups = g2;
  }
  hashes[count] = h;
  groups[count++] = group;
}

function pushCharGrams(token: string, spec: FeatureSpec): void {
  // Boundary markers '<' and '>' make prefixes and suffixes distinct n-grams ("<un", "ing>").
  const len = token.length + 2;
  const at = (i: number): number => (i === 0 ? 60 : i === len - 1 ? 62 : token.charCodeAt(i - 1));
  for (let n = spec.charMin; n <= spec.charMax; n++) {
    for (let start = 0; start + n <= len; start++) {
      let h = (0x811c9dc5 ^ SEED_CHAR ^ n) >>> 0;
      for (let i = start; i < start + n; i++) h = Math.imul(h ^ at(i), 0x01000193);
      push(fmix(h), GROUP_CHAR);
    }
  }
}

function pushClusters(token: string, negated: boolean): void {
  const clusters = wordClusters();
  const row = findWord(clusters, token);
  if (row < 0) return;
  for (let g = 0; g < clusters.groups.length; g++) {
    const h = Math.imul(g + 1, 0x9e3779b1) ^ clusters.groups[g]![row]! ^ SEED_CLUSTER;
    push(fmix(negated ? h ^ SEED_NEGATED : h), GROUP_WORD);
  }
}

export function extractFeatures(text: string, spec: FeatureSpec): FeatureBuffer {
  count = 0;
  const { tokens, shouted } = normalise(text);
  if (shouted) push(fmix(fnv('xxshouted') ^ SEED_UNIGRAM), GROUP_WORD);
  let prev = SEED_START;
  let negated = false;
  let scopeLeft = 0;
  for (const token of tokens) {
    const h = fnv(token);
    if (SCOPE_END.has(token) || (spec.negationWords !== undefined && scopeLeft-- <= 0)) negated = false;
    const inScope = negated && spec.negation !== 'off';
    if (inScope) push(fmix(h ^ SEED_NEGATED), GROUP_WORD);
    const plain = !inScope || spec.negation === 'mark';
    if (plain) push(fmix(h ^ SEED_UNIGRAM), GROUP_WORD);
    if (spec.bigrams) push(fmix(Math.imul(prev, 0x9e3779b1) ^ h ^ SEED_BIGRAM), GROUP_WORD);
    if (plain && spec.charMax > 0 && token.length > 1 && !token.startsWith('xx')) pushCharGrams(token, spec);
    if (spec.clusters) pushClusters(token, inScope);
    if (NEGATORS.has(token)) {
      negated = true;
      scopeLeft = spec.negationWords ?? 0;
    }
    prev = h;
  }
  if (spec.bigrams && tokens.length > 0) push(fmix(Math.imul(prev, 0x9e3779b1) ^ SEED_START ^ SEED_BIGRAM), GROUP_WORD);
  return { hashes, groups, count };
}
