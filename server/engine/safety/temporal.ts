import { NUMBER_WORDS, TIME_PATTERNS } from './lexicon.ts';

/**
 * When a behaviour happened, as far as the words say (the cues are in `knowledge/time.json`).
 * C-SSRS draws the line at three months: `recent` (within it, or ongoing), `past` (before it),
 * `unknown` (no cue; treated as recent).
 */
export type Recency = 'recent' | 'past' | 'unknown';

const RECENT_CUES = TIME_PATTERNS.get('RECENT_CUES');
const PAST_CUES = TIME_PATTERNS.get('PAST_CUES');
/** Global: every "… ago" in the sentence is read, amount and unit as groups 1 and 2. */
const AGO = TIME_PATTERNS.get('AGO');
const AGO_ES = TIME_PATTERNS.get('AGO_ES');
const SINCE_BEFORE_PAST = TIME_PATTERNS.get('SINCE_BEFORE_PAST');

function unitRecency(amount: string, unit: string): Recency {
  const n = /^\d+$/.test(amount)
    ? Number(amount)
    : (NUMBER_WORDS[amount.replace(/^(a couple of|couple of)$/, 'couple').replace(/^a few$/, 'few')] ?? 3);
  if (/^(day|dia|week|semana)/.test(unit)) return 'recent';
  if (/^(month|mes)/.test(unit)) return n <= 3 ? 'recent' : 'past';
  return 'past';
}

/**
 * Reads the temporal cues of one sentence. A recent cue wins over a past one ("when I was 16
 * and again last week"); "since I was 12" means it has gone on until now.
 */
export function resolveRecency(sentence: string): Recency {
  let recent = RECENT_CUES.test(sentence) || SINCE_BEFORE_PAST.test(sentence);
  let past = PAST_CUES.test(sentence);
  for (const m of sentence.matchAll(AGO)) {
    if (unitRecency(m[1]!, m[2]!) === 'recent') recent = true;
    else past = true;
  }
  for (const m of sentence.matchAll(AGO_ES)) {
    if (unitRecency(m[1]!, m[2]!) === 'recent') recent = true;
    else past = true;
  }
  if (recent) return 'recent';
  return past ? 'past' : 'unknown';
}
