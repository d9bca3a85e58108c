import {
  CHILD_MARKERS,
  CHILD_NOUNS,
  ELDER_NOUNS,
  NON_PERSON_OBJECTS,
  NON_PERSON_PROPER,
  PERSON_NOUNS,
  WORDS,
} from './lexicon.ts';
import type { NormalizedText } from './normalize.ts';

export type ObjectKind = 'self' | 'person' | 'child' | 'elder';

export interface ObjectPhrase {
  kind: ObjectKind;
  /** Token index just past the object phrase. */
  end: number;
}

const DETERMINERS = WORDS.set('OBJECT_DETERMINERS');
const PRONOUN_PERSON = WORDS.set('PERSON_PRONOUNS');
const THIRD_PRONOUNS = WORDS.set('THIRD_PERSON_OBJECTS');
/** "poison his coffee", "punch her face": harm through something of theirs. */
const POSSESSIVE_OF_OTHERS = WORDS.set('POSSESSIVES');
const SELF_OBJECTS = WORDS.set('SELF_OBJECTS');
const REFLEXIVE = WORDS.set('REFLEXIVE_SELF');
const FILLER_WORDS = WORDS.set('OBJECT_FILLERS');
const PERSON_HEAD_SKIP = /^\d+$/;

/** A child or elder is mentioned anywhere in the sentence: "her" may be that person. */
export function sentenceMentions(n: NormalizedText, from: number, to: number): { child: boolean; elder: boolean } {
  let child = false;
  let elder = false;
  for (let k = from; k < to; k++) {
    const t = n.tokens[k]!.text;
    if (CHILD_NOUNS.has(t)) child = true;
    if (ELDER_NOUNS.has(t)) elder = true;
    const age = ageAt(n, k);
    if (age !== null && age < 18) child = true;
    if (age !== null && age >= 65) elder = true;
  }
  return { child, elder };
}

/**
 * What the words from token `start` refer to: the speaker, a person, a child, an elder,
 * or nothing human ("kill time", "hit the gym", "the dragon").
 */
export function classifyObject(
  n: NormalizedText,
  start: number,
  limit: number,
  sentence: { child: boolean; elder: boolean },
): ObjectPhrase | null {
  const first = n.tokens[start];
  if (!first || first.punct || start >= limit) return null;
  const t = first.text;
  if (REFLEXIVE.has(t)) return null;
  if (SELF_OBJECTS.has(t)) return { kind: 'self', end: start + 1 };
  if (PRONOUN_PERSON.has(t)) return { kind: 'person', end: start + 1 };
  if (DETERMINERS.has(t)) {
    const head = findHead(n, start + 1, Math.min(limit, start + 6), sentence);
    if (head) return head;
    if (THIRD_PRONOUNS.has(t)) return pronoun(start, sentence);
    if (POSSESSIVE_OF_OTHERS.has(t)) return { kind: 'person', end: Math.min(limit, start + 2) };
    return null;
  }
  if (THIRD_PRONOUNS.has(t)) return pronoun(start, sentence);
  if (PERSON_NOUNS.has(t)) return { kind: withSentence(nounKind(n, start, t), t, sentence), end: start + 1 };
  if (NON_PERSON_OBJECTS.has(t) || NON_PERSON_PROPER.has(t)) return null;
  if (first.capitalised && !n.allLower) return { kind: 'person', end: start + 1 };
  if (n.allLower && /^[a-z]{3,}$/.test(t) && !t.endsWith('ing') && !t.endsWith('ly'))
    return { kind: 'person', end: start + 1 };
  return null;
}

const AGE_WORDS = WORDS.numbers('AGE_WORDS');
const AGE_INTRODUCERS = WORDS.set('AGE_INTRODUCERS');

/** An age at token k: "85 year old", "eight-year-old", "she's nine", "only six". */
function ageAt(n: NormalizedText, k: number): number | null {
  const t = n.tokens[k]!.text;
  const value = /^\d+$/.test(t) ? Number(t) : AGE_WORDS[t];
  if (value === undefined) return null;
  if (n.tokens[k + 1]?.text === 'year' || n.tokens[k + 1]?.text === 'years') return value;
  if (AGE_INTRODUCERS.has(n.tokens[k - 1]?.text ?? '')) return value;
  return null;
}

/** Relatives who may be children: the sentence decides ("my cousin, she's eight"). */
const AGE_AMBIGUOUS = WORDS.set('AGE_AMBIGUOUS');

function pronoun(start: number, sentence: { child: boolean; elder: boolean }): ObjectPhrase {
  return { kind: sentence.child ? 'child' : sentence.elder ? 'elder' : 'person', end: start + 1 };
}

function withSentence(kind: ObjectKind, noun: string, sentence: { child: boolean; elder: boolean }): ObjectKind {
  if (kind === 'person' && AGE_AMBIGUOUS.has(noun) && sentence.child) return 'child';
  return kind;
}

function findHead(
  n: NormalizedText,
  from: number,
  to: number,
  sentence: { child: boolean; elder: boolean },
): ObjectPhrase | null {
  for (let k = from; k < to; k++) {
    const tok = n.tokens[k]!;
    if (tok.punct) return null;
    const t = tok.text;
    if (PERSON_NOUNS.has(t) || CHILD_NOUNS.has(t) || ELDER_NOUNS.has(t)) {
      if (n.tokens[k + 1]?.text === "'s") continue;
      return { kind: withSentence(nounKind(n, k, t, from), t, sentence), end: k + 1 };
    }
    if (!FILLER_WORDS.has(t) && !PERSON_HEAD_SKIP.test(t) && !CHILD_MARKERS.has(t)) {
      if (tok.capitalised && !n.allLower && !NON_PERSON_PROPER.has(t)) return { kind: 'person', end: k + 1 };
      return null;
    }
  }
  return null;
}

function nounKind(n: NormalizedText, index: number, noun: string, phraseStart = index): ObjectKind {
  if (ELDER_NOUNS.has(noun)) return 'elder';
  if (CHILD_NOUNS.has(noun)) return 'child';
  for (let k = phraseStart; k < index; k++) {
    const t = n.tokens[k]!.text;
    if (CHILD_MARKERS.has(t)) return 'child';
    if (t === 'elderly') return 'elder';
    const age = ageAt(n, k);
    if (age !== null && age < 18) return 'child';
    if (age !== null && age >= 65) return 'elder';
  }
  return 'person';
}
