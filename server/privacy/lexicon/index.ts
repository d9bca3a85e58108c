import nlp from 'compromise';
import { GIVEN_NAMES } from './givenNames.ts';
import { NICKNAMES } from './nicknames.ts';
import { SURNAMES } from './surnames.ts';
import { CORPUS_VOCABULARY } from './vocabulary.ts';
import {
  DIGIT_WORDS,
  ORDINAL_WORDS,
  TENS_WORDS,
  CAPITALISED_NON_IDENTIFIERS,
  DIRECTIONS,
  NAMES_THAT_ARE_WORDS,
  EVERYDAY_WORDS,
  FACILITY_WORDS,
  FUNCTION_WORDS,
  HOLIDAYS,
  MONTHS,
  ORGANISATION_WORDS,
  RELATION_WORDS,
  STATE_ABBREVIATIONS,
  STREET_SUFFIXES,
  TITLES,
  US_STATES,
  WEEKDAYS,
  EMPLOYER_NAMES,
  FOREIGN_EVERYDAY_WORDS,
  GENERIC_MODIFIERS,
  GENERIC_NOUNS,
  INSTITUTION_HEADS,
  PET_FOLLOWERS,
  PET_WORDS,
  VENUE_NOUNS,
} from './words.ts';

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** compromise's lexicon: word → tags. Read once at start-up; never used to tag text at call time. */
const compromiseLexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one
  .lexicon;
const NAME_TAGS = new Set(['FemaleName', 'MaleName', 'FirstName', 'LastName', 'Person']);
const PLACE_TAGS = new Set(['City', 'Place', 'Region']);
/** Countries and peoples are kept; compromise's regions include counties and provinces, which are not. */
const KEEP_TAGS = new Set(['Country', 'Demonym']);
/** Tags that say a word is grammar, not a noun that could be a name. */
const GRAMMAR_TAGS = new Set([
  'Modal',
  'Copula',
  'Auxiliary',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'Possessive',
  'QuestionWord',
  'Adverb',
  'Negative',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Gerund',
  'PhrasalVerb',
  'Participle',
  'Verb',
  'Imperative',
]);

const compromiseGiven: string[] = [];
const compromiseOrganisations: string[] = [];
const adjectives = new Set<string>();
const compromiseSurnames: string[] = [];
const compromiseWords: string[] = [];
const compromisePlaces: string[] = [];
const compromiseKeep: string[] = [];
const grammarWords = new Set<string>();
/** Verbs whose base form is also a noun in a business's name ("transport", "care"). */
const baseVerbs = new Set<string>();
const NOT_BASE = new Set([
  'Modal',
  'Copula',
  'Auxiliary',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'Adverb',
  'QuestionWord',
  'Negative',
  'PastTense',
  'Gerund',
]);
for (const [word, tag] of Object.entries(compromiseLexicon)) {
  const tags = Array.isArray(tag) ? tag : [tag];
  if (tags.some((t) => t === 'FemaleName' || t === 'MaleName' || t === 'FirstName')) compromiseGiven.push(word);
  else if (tags.includes('LastName')) compromiseSurnames.push(word);
  else if (tags.some((t) => PLACE_TAGS.has(t))) compromisePlaces.push(word);
  else if (tags.some((t) => KEEP_TAGS.has(t))) compromiseKeep.push(word);
  else if (!tags.some((t) => NAME_TAGS.has(t)) && !word.includes(' ')) compromiseWords.push(word);
  if (tags.some((t) => GRAMMAR_TAGS.has(t))) grammarWords.add(word);
  if (tags.includes('Organization')) compromiseOrganisations.push(word);
  if (tags.includes('Infinitive') && !tags.some((t) => NOT_BASE.has(t))) baseVerbs.add(word);
  if (tags.includes('Adjective')) adjectives.add(word);
}

export const GIVEN = new Set([...words(GIVEN_NAMES), ...compromiseGiven]);
export const FAMILY = new Set([...words(SURNAMES), ...compromiseSurnames]);
for (const [formal, short] of Object.entries(NICKNAMES)) {
  GIVEN.add(formal);
  for (const s of short) GIVEN.add(s);
}

export const FUNCTION = new Set(words(FUNCTION_WORDS));
export const RELATIONS = new Set(words(RELATION_WORDS));
export const TITLE_WORDS = new Set(words(TITLES));
export const FACILITIES = new Set(words(FACILITY_WORDS));
export const ORGANISATIONS = new Set(words(ORGANISATION_WORDS));
export const NON_IDENTIFIERS = new Set(words(CAPITALISED_NON_IDENTIFIERS));

/** Everyday English: a word in here is a name only where the text treats it as one. */
export const VOCABULARY = new Set([
  ...words(CORPUS_VOCABULARY),
  ...words(EVERYDAY_WORDS),
  ...words(FOREIGN_EVERYDAY_WORDS),
  ...FUNCTION,
  ...compromiseWords,
  ...words(NAMES_THAT_ARE_WORDS),
  // The words our own lists use to describe places are everyday words too ("county", "taqueria", "gurdwara").
  ...[
    FACILITY_WORDS,
    ORGANISATION_WORDS,
    INSTITUTION_HEADS,
    GENERIC_MODIFIERS,
    VENUE_NOUNS,
    PET_WORDS,
    GENERIC_NOUNS,
  ].flatMap(words),
]);

const STRIPPABLE = [
  ['ies', 'y'],
  ['ied', 'y'],
  ['ing', ''],
  ['ing', 'e'],
  ['ed', ''],
  ['ed', 'e'],
  ['es', ''],
  ['s', ''],
  ['ly', ''],
  ['er', ''],
  ['est', ''],
  ['ness', ''],
  ['ment', ''],
  ['ful', ''],
  ['less', ''],
  ['able', ''],
  ['ation', 'e'],
  ['ion', 'e'],
  ['ion', ''],
] as const;

const englishCache = new Map<string, boolean>();

/** True for an everyday English word, including regular inflections of one. */
export function isEnglishWord(word: string): boolean {
  let known = englishCache.get(word);
  if (known === undefined) {
    known = inflectionOfVocabulary(word);
    if (englishCache.size < 50_000) englishCache.set(word, known);
  }
  return known;
}

function inflectionOfVocabulary(word: string): boolean {
  if (VOCABULARY.has(word)) return true;
  for (const [suffix, replacement] of STRIPPABLE) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      // "-es" follows a hissing sound or "o" ("buses", "heroes"); "dulles" is not "dull" + "es".
      if (suffix === 'es' && !/(?:s|x|z|ch|sh|o)es$/.test(word)) continue;
      const stem = word.slice(0, -suffix.length) + replacement;
      if (VOCABULARY.has(stem)) return true;
      if (replacement === '' && stem.length > 3 && stem.at(-1) === stem.at(-2) && VOCABULARY.has(stem.slice(0, -1)))
        return true;
    }
  }
  return false;
}

/** A verb, adverb or other grammar word: after "my son" it is not a name ("my son will"). */
export function isGrammarWord(word: string): boolean {
  return FUNCTION.has(word) || grammarWords.has(word);
}

export function isPersonName(word: string): boolean {
  return GIVEN.has(word) || FAMILY.has(word);
}

/** A name in our lists that is not also an everyday word: safe to redact in any case. */
export function isUnambiguousName(word: string): boolean {
  return (
    word.length > 2 && isPersonName(word) && !isEnglishWord(word) && !NON_IDENTIFIERS.has(word) && !RELATIONS.has(word)
  );
}

export const MONTH_NUMBERS = new Map(Object.entries(MONTHS));
export const WEEKDAY_SET = new Set(WEEKDAYS);
/** Holiday phrases by their first word, longest first. */
export const HOLIDAYS_BY_FIRST_WORD = new Map<string, string[][]>();
for (const phrase of HOLIDAYS.map((h) => h.split(' '))) {
  const list = HOLIDAYS_BY_FIRST_WORD.get(phrase[0] ?? '') ?? [];
  list.push(phrase);
  list.sort((a, b) => b.length - a.length);
  HOLIDAYS_BY_FIRST_WORD.set(phrase[0] ?? '', list);
}
/** Holidays of one word ("Christmas", "Ramadan"); "Columbus" or "Labor" alone is no holiday. */
export const ONE_WORD_HOLIDAYS = new Set(HOLIDAYS.filter((h) => !h.includes(' ')));

/** Places larger than a state, and words for peoples: never redacted. */
export const KEPT_PLACES = new Set([
  ...words(US_STATES).map((s) => s.replace(/_/g, ' ')),
  ...compromiseKeep,
  'america',
  'usa',
  'us',
  'united states',
  'europe',
  'africa',
  'asia',
  'latin america',
  'middle east',
  'caribbean',
]);
export const STATE_CODES = new Set(words(STATE_ABBREVIATIONS));
/** Cities and smaller places compromise knows. */
export const KNOWN_PLACES = new Set(compromisePlaces.filter((p) => !KEPT_PLACES.has(p) && p.length > 3));

/** Street type (any spelling) → every spelling of it. */
export const STREET_TYPES = new Map<string, readonly string[]>();
for (const [full, short] of Object.entries(STREET_SUFFIXES)) {
  const all = [full, ...short];
  for (const s of all) STREET_TYPES.set(s, all);
}
export const DIRECTION_WORDS = new Map<string, readonly string[]>();
for (const [full, short] of Object.entries(DIRECTIONS)) {
  const all = [full, ...short];
  for (const s of all) DIRECTION_WORDS.set(s, all);
}

/** Nickname table in both directions: any form → the other forms of the same name. */
export const NAME_FORMS = new Map<string, Set<string>>();
for (const [formal, short] of Object.entries(NICKNAMES)) {
  for (const form of [formal, ...short]) {
    const others = NAME_FORMS.get(form) ?? new Set<string>();
    if (form === formal) for (const s of short) others.add(s);
    else others.add(formal);
    NAME_FORMS.set(form, others);
  }
}

/** Spoken digits ("oh" and "o" for zero), ordinal words and tens, as maps (never inherited keys). */
export const DIGIT_VALUES = new Map(Object.entries(DIGIT_WORDS));
export const ORDINAL_VALUES = new Map(Object.entries(ORDINAL_WORDS));
export const TENS_VALUES = new Map(Object.entries(TENS_WORDS));

export const INSTITUTION_HEAD_WORDS = new Set(words(INSTITUTION_HEADS));
export const GENERIC_MODIFIER_WORDS = new Set(words(GENERIC_MODIFIERS));
export const VENUE_WORDS = new Set(words(VENUE_NOUNS));
export const PETS = new Set(words(PET_WORDS));
export const PET_FOLLOWER_WORDS = new Set(words(PET_FOLLOWERS));
export const GENERIC_NOUN_WORDS = new Set(words(GENERIC_NOUNS));

/** A verb in its base form only ("transport", "care"), which names a business as a noun does. */
export function isBaseVerb(word: string): boolean {
  return baseVerbs.has(word) && !FUNCTION.has(word);
}

/** An adjective in compromise's lexicon ("broken", "lazy"): alone after a comma it describes, it does not name. */
export function isAdjective(word: string): boolean {
  return adjectives.has(word);
}

/**
 * Employers and brands by their first word, as folded word sequences, longest first: our list of
 * large employers whose names are everyday words, and compromise's organisations.
 */
export const EMPLOYERS_BY_FIRST_WORD = new Map<string, string[][]>();
for (const name of [...EMPLOYER_NAMES.split(/[|\n]/), ...compromiseOrganisations]) {
  const phrase = name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const first = phrase[0];
  if (!first || KEPT_PLACES.has(phrase.join(' ')) || NON_IDENTIFIERS.has(phrase.join(' '))) continue;
  const list = EMPLOYERS_BY_FIRST_WORD.get(first) ?? [];
  list.push(phrase);
  list.sort((a, b) => b.length - a.length);
  EMPLOYERS_BY_FIRST_WORD.set(first, list);
}
