import {
  CHILD_MARKERS,
  CHILD_NOUNS,
  ELDER_NOUNS,
  NON_PERSON_OBJECTS,
  NON_PERSON_PROPER,
  PERSON_NOUNS,
} from './lexicon.ts';
import type { NormalizedText } from './normalize.ts';

export type ObjectKind = 'self' | 'person' | 'child' | 'elder';

export interface ObjectPhrase {
  kind: ObjectKind;
  /** Token index just past the object phrase. */
  end: number;
}

const DETERMINERS = new Set([
  'my',
  'his',
  'her',
  'their',
  'our',
  'the',
  'that',
  'this',
  'a',
  'an',
  'some',
  'your',
  'those',
  'these',
  'mi',
  'mis',
  'su',
  'sus',
  'el',
  'la',
  'los',
  'las',
]);
const PRONOUN_PERSON = new Set([
  'you',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'people',
  'anybody',
  'anyone',
  "y'all",
  'yall',
]);
const THIRD_PRONOUNS = new Set(['him', 'her', 'them']);
/** "poison his coffee", "punch her face": harm through something of theirs. */
const POSSESSIVE_OF_OTHERS = new Set(['his', 'her', 'their', 'your']);
const SELF_OBJECTS = new Set(['me', 'us']);
const REFLEXIVE = new Set(['myself', 'ourselves']);
const FILLER_WORDS = new Set([
  'own',
  'old',
  'year',
  'years',
  'elderly',
  'little',
  'baby',
  'young',
  'younger',
  'older',
  'big',
  'step',
  "'s",
  'new',
  'best',
  'ex',
  'poor',
  'sweet',
  'stupid',
  'fucking',
  'damn',
  'whole',
  'entire',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
]);
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

const AGE_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const AGE_INTRODUCERS = new Set(['is', 'was', 'only', 'just', 'aged', 'age', 'turned', 'turning']);

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
const AGE_AMBIGUOUS = new Set([
  'boy',
  'boys',
  'girl',
  'girls',
  'cousin',
  'cousins',
  'brother',
  'brothers',
  'sister',
  'sisters',
  'friend',
  'friends',
  'student',
  'students',
  'classmate',
  'classmates',
  'neighbor',
  'neighbour',
]);

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
