import {
  DROPPED_G_PROTECTED,
  FUZZY_PROTECTED,
  FUZZY_TARGETS,
  PERSPECTIVE_SWAP,
  PERSPECTIVE_SWAP_PAIRS,
  PHRASE_REWRITES,
  TOKEN_REWRITES,
  WORDS,
} from './lexicon.ts';
import { CONTEXTUAL, RULES, SCREEN_CUES } from './knowledge/index.ts';

/** One normalised token and the characters of the original text it came from. */
export interface Token {
  /** Normalised form (lower case, accent-free, contractions and slang expanded). */
  text: string;
  /** The same before the clinician's perspective swap ("you" still "you"). */
  unswapped: string;
  /** Offsets in the normalised string. */
  start: number;
  end: number;
  /** Offsets in the original text, end exclusive. Expanded words share their source's span. */
  origStart: number;
  origEnd: number;
  /** The original word began with an upper-case letter (names, titles). */
  capitalised: boolean;
  punct: boolean;
}

export interface NormalizedText {
  /** Tokens joined by single spaces: what the rules match against. */
  text: string;
  tokens: Token[];
  /** For each character of `text`, the index of its token (-1 for the separating spaces). */
  charToToken: Int32Array;
  /** The original has no capital letters (apart from a lone "I"): names cannot be told by case. */
  allLower: boolean;
}

/**
 * `speaker`: the text is read as the speaker's own words (client, unknown).
 * `listener`: the text is read from the listener's side (clinician: "you" is the client).
 */
export type Perspective = 'speaker' | 'listener';

interface Draft {
  text: string;
  unswapped: string;
  origStart: number;
  origEnd: number;
  capitalised: boolean;
  punct: boolean;
}

const RAW_TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[.,;:!?…—–]|\s-\s|\n/gu;
const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /\P{ASCII}/u;
const UPPER_START = /^\p{Lu}/u;
const PUNCT_MAP: Record<string, string> = { '…': '.', '—': ',', '–': ',', '\n': '.' };
const POSSESSIVE_KEEP = WORDS.set('IS_CONTRACTIONS');

export function normalize(text: string, perspective: Perspective = 'speaker'): NormalizedText {
  let drafts = tokenize(text);
  drafts = applyPhraseRewrites(drafts);
  if (perspective === 'listener') drafts = swapPerspective(drafts);
  return assemble(drafts, text);
}

function tokenize(text: string): Draft[] {
  const drafts: Draft[] = [];
  for (const m of text.matchAll(RAW_TOKEN)) {
    const raw = m[0];
    const origStart = m.index;
    const origEnd = origStart + raw.length;
    if (raw.trim() === '-' || raw in PUNCT_MAP || /^[.,;:!?]$/.test(raw)) {
      const p = PUNCT_MAP[raw] ?? (raw.trim() === '-' ? ',' : raw);
      drafts.push({ text: p, unswapped: p, origStart, origEnd, capitalised: false, punct: true });
      continue;
    }
    const ascii = !NON_ASCII.test(raw);
    const folded = (ascii ? raw : raw.normalize('NFD').replace(COMBINING_MARKS, '').replace(/’/g, "'")).toLowerCase();
    const capitalised = UPPER_START.test(raw);
    expandWord(folded).forEach((word, i) => {
      drafts.push({
        text: word,
        unswapped: word,
        origStart,
        origEnd,
        capitalised: capitalised && i === 0,
        punct: false,
      });
    });
  }
  return drafts;
}

function expandWord(word: string): string[] {
  const rewritten = TOKEN_REWRITES[word];
  if (rewritten !== undefined) return rewritten.split(' ');
  if (word.endsWith("'s")) {
    const base = word.slice(0, -2);
    if (POSSESSIVE_KEEP.has(base)) return [base, 'is'];
    return [base, "'s"];
  }
  if (word.endsWith("'")) return [word.slice(0, -1)];
  return [fuzzyCorrect(restoreDroppedG(word))];
}

let knownIng: ReadonlySet<string> | null = null;

/**
 * "jumpin", "wantin", "parkin": the "-ing" words the rules and the screen are written with,
 * found in their own patterns so that every verb they know is also read with its g dropped.
 */
function restoreDroppedG(word: string): string {
  if (word.length < 4 || !word.endsWith('in') || DROPPED_G_PROTECTED.has(word)) return word;
  if (knownIng === null) {
    // Escapes (\b, \s) are cut out first, so that "\bdying" reads as "dying".
    const sources = [...RULES, ...CONTEXTUAL, ...SCREEN_CUES]
      .map((r) => r.pattern.source.replace(/\\[a-zA-Z]/g, ' '))
      .join(' ');
    knownIng = new Set(sources.match(/\b[a-z]{2,}ing\b/g) ?? []);
  }
  return knownIng.has(`${word}g`) ? `${word}g` : word;
}

const fuzzyCache = new Map<string, string>();
const FUZZY_SET = new Set(FUZZY_TARGETS);

/** Misspelled key words ("sucidal", "overdoseing") become the word the rules know. */
function fuzzyCorrect(word: string): string {
  if (word.length < 5 || !/^[a-z]+$/.test(word) || FUZZY_PROTECTED.has(word)) return word;
  const cached = fuzzyCache.get(word);
  if (cached !== undefined) return cached;
  let best = word;
  if (!FUZZY_SET.has(word)) {
    let bestDistance = Infinity;
    for (const target of FUZZY_TARGETS) {
      if (target[0] !== word[0]) continue;
      const limit = target.length >= 8 ? 2 : 1;
      if (Math.abs(target.length - word.length) > limit) continue;
      const d = editDistance(word, target, limit);
      // Two edits only within the word's ending: "suicidle" → "suicidal", never "overcome" → "overdose".
      if (d === 2 && commonPrefix(word, target) < target.length - 3) continue;
      if (d <= limit && d < bestDistance) {
        best = target;
        bestDistance = d;
      }
    }
  }
  if (fuzzyCache.size >= 20_000) fuzzyCache.clear();
  fuzzyCache.set(word, best);
  return best;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Optimal-string-alignment distance, giving up once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      }
      d[i * cols + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
  }
  return d[rows * cols - 1]!;
}

/** "my self-harm", "my self-esteem" are not "myself". */
const PHRASE_BLOCKERS = new Set(WORDS.words('SELF_COMPOUNDS').map((w) => `my self ${w}`));

const PHRASES = new Map<string, Array<{ from: string[]; to: string[] }>>();
for (const [from, to] of PHRASE_REWRITES) {
  const words = from.split(' ');
  const list = PHRASES.get(words[0]!) ?? [];
  list.push({ from: words, to: to.split(' ') });
  PHRASES.set(words[0]!, list);
}

function applyPhraseRewrites(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const candidates = drafts[i]!.punct ? undefined : PHRASES.get(drafts[i]!.text);
    const phrase = candidates?.find(
      (p) =>
        p.from.every((w, k) => drafts[i + k]?.text === w && !drafts[i + k]!.punct) &&
        !PHRASE_BLOCKERS.has(`${p.from.join(' ')} ${drafts[i + p.from.length]?.text ?? ''}`),
    );
    if (!phrase) {
      out.push(drafts[i]!);
      continue;
    }
    const first = drafts[i]!;
    const last = drafts[i + phrase.from.length - 1]!;
    phrase.to.forEach((word, k) => {
      out.push({
        ...first,
        text: word,
        unswapped: word,
        origEnd: last.origEnd,
        capitalised: first.capitalised && k === 0,
      });
    });
    i += phrase.from.length - 1;
  }
  return out;
}

/** Words after which "you" is a subject ("so you told me", "did you"), elsewhere an object ("he hits you"). */
const SUBJECT_CONTEXT = WORDS.set('SUBJECT_CONTEXT');

function swapPerspective(drafts: Draft[]): Draft[] {
  const out = drafts.map((d) => ({ ...d }));
  for (let i = 0; i < out.length; i++) {
    const pair = PERSPECTIVE_SWAP_PAIRS[`${out[i]!.text} ${out[i + 1]?.text ?? ''}`];
    if (pair) {
      out[i]!.text = pair[0];
      out[i + 1]!.text = pair[1];
      i++;
      continue;
    }
    const word = out[i]!.text;
    if (word === 'you') {
      const prev = drafts[i - 1];
      const subject = prev === undefined || prev.punct || SUBJECT_CONTEXT.has(prev.text);
      out[i]!.text = subject ? 'i' : 'me';
      continue;
    }
    const swapped = PERSPECTIVE_SWAP[word];
    if (swapped !== undefined) out[i]!.text = swapped;
  }
  return out;
}

function assemble(drafts: Draft[], original: string): NormalizedText {
  const tokens: Token[] = [];
  let text = '';
  for (const d of drafts) {
    if (text.length > 0) text += ' ';
    const start = text.length;
    text += d.text;
    tokens.push({ ...d, start, end: text.length });
  }
  const charToToken = new Int32Array(text.length).fill(-1);
  tokens.forEach((t, i) => charToToken.fill(i, t.start, t.end));
  const allLower = !/\p{Lu}/u.test(original.replace(/\bI\b/g, 'i'));
  return { text, tokens, charToToken, allLower };
}

/** The original-text span covered by normalised characters [start, end). */
export function originalSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  let a = start;
  while (a < end && n.charToToken[a] === -1) a++;
  let b = end - 1;
  while (b > a && n.charToToken[b] === -1) b--;
  const first = n.tokens[n.charToToken[a]!]!;
  const last = n.tokens[n.charToToken[b]!]!;
  return { start: first.origStart, end: Math.max(first.origEnd, last.origEnd) };
}

/** Index of the token that contains normalised character `pos` (or the next one). */
export function tokenAt(n: NormalizedText, pos: number): number {
  for (let p = pos; p < n.text.length; p++) {
    const t = n.charToToken[p]!;
    if (t !== -1) return t;
  }
  return n.tokens.length;
}
