import type { Found } from './found.ts';
import type { IdentifierKind } from './kinds.ts';
import {
  FACILITIES,
  FUNCTION,
  KEPT_PLACES,
  KNOWN_PLACES,
  MONTH_NUMBERS,
  NON_IDENTIFIERS,
  ORGANISATIONS,
  RELATIONS,
  STATE_CODES,
  STREET_TYPES,
  DIRECTION_WORDS,
  TITLE_WORDS,
  WEEKDAY_SET,
  GIVEN,
  ONE_WORD_HOLIDAYS,
  INSTITUTION_HEAD_WORDS,
  PETS,
  PET_FOLLOWER_WORDS,
  isAdjective,
  isBaseVerb,
  isEnglishWord,
  isGrammarWord,
  isPersonName,
  isUnambiguousName,
} from './lexicon/index.ts';
import type { Token } from './text.ts';

/** Words that start a place name and are capitalised with it ("St. Nicholas", "Fort Worth"). */
/** Words that often open the name of a church, business or place ("Holy Trinity", "Golden Wheat", "Silver Spring"). */
const NAME_OPENERS = new Set([
  'holy',
  'sacred',
  'blessed',
  'good',
  'great',
  'grand',
  'old',
  'little',
  'big',
  'royal',
  'upper',
  'lower',
  'central',
  'golden',
  'silver',
  'green',
  'red',
  'blue',
  'white',
  'black',
  'first',
  'second',
  'united',
  'mercy',
  'sunny',
  'happy',
  'lucky',
  'star',
  'sun',
  'new',
]);
const PLACE_PREFIXES = new Set([
  'st',
  'saint',
  'san',
  'santa',
  'santo',
  'fort',
  'ft',
  'mount',
  'mt',
  'port',
  'los',
  'las',
  'el',
  'la',
  'new',
  'north',
  'south',
  'east',
  'west',
  'lake',
  'notre',
]);
/** Lower-case words that may sit inside a capitalised name ("Church of the Nazarene", "Notre Dame d'Haiti"). */
const CONNECTORS = new Set([
  'of',
  'the',
  'de',
  'del',
  'della',
  'la',
  'le',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'du',
  'van',
  'von',
  'der',
  'bin',
  'ibn',
  'al',
  'el',
  'd',
  'y',
  'e',
]);
/** Words inside an institution's name after its head ("School of the Arts", "Center for Family Services", "Church on the Rock"; not "Grill on Church Street"). */
const INNER_WORDS = new Set(['of', 'for', 'on']);
export const PLACE_PREPOSITIONS = new Set([
  'in',
  'from',
  'to',
  'near',
  'outside',
  'around',
  'at',
  'visit',
  'visiting',
  'toward',
  'towards',
  'into',
  'across',
  'through',
  'moved',
  'live',
  'lives',
  'living',
  'lived',
  'back',
  'by',
  'on',
  'off',
]);
const RELATION_ADJECTIVES = new Set([
  'best',
  'older',
  'younger',
  'oldest',
  'youngest',
  'little',
  'big',
  'baby',
  'new',
  'old',
  'late',
  'ex',
  'twin',
  'step',
  'half',
  'former',
  'current',
  'first',
  'second',
  'other',
  'only',
  'favorite',
  'favourite',
  'dear',
  'good',
  'closest',
]);
/** Kinship words used as honorifics ("Auntie Jo", "Nana Yaa", "Kuya Jun"), and the relations that are kin. */
const KIN_HONORIFICS = new Set([
  'nana',
  'auntie',
  'aunt',
  'uncle',
  'tia',
  'tio',
  'tita',
  'tito',
  'lola',
  'lolo',
  'abuela',
  'abuelo',
  'grandma',
  'grandpa',
  'granny',
  'mama',
  'papa',
  'baba',
  'ate',
  'kuya',
]);
const KIN = new Set([
  'mom',
  'mum',
  'mother',
  'mama',
  'mommy',
  'mami',
  'dad',
  'father',
  'papa',
  'daddy',
  'papi',
  'pa',
  'ma',
  'parent',
  'parents',
  'stepmom',
  'stepmother',
  'stepdad',
  'stepfather',
  'sister',
  'sis',
  'brother',
  'bro',
  'sibling',
  'son',
  'daughter',
  'kid',
  'child',
  'baby',
  'grandson',
  'granddaughter',
  'grandchild',
  'grandma',
  'grandmother',
  'granny',
  'grandpa',
  'grandfather',
  'grandparent',
  'nana',
  'abuela',
  'abuelo',
  'abuelita',
  'lola',
  'lolo',
  'aunt',
  'auntie',
  'uncle',
  'tia',
  'tio',
  'tita',
  'tito',
  'cousin',
  'niece',
  'nephew',
  'godmother',
  'godfather',
  'godson',
  'goddaughter',
  'wife',
  'husband',
  'spouse',
]);
const MOTION_VERBS = new Set([
  'go',
  'goes',
  'went',
  'gone',
  'come',
  'comes',
  'came',
  'coming',
  'move',
  'moved',
  'moving',
  'drive',
  'drove',
  'driving',
  'fly',
  'flew',
  'flying',
  'send',
  'sent',
  'take',
  'took',
  'taken',
  'back',
  'way',
  'trip',
  'headed',
  'walked',
  'ran',
  'rode',
  'transferred',
  'returned',
  'admitted',
  'bus',
  'bused',
]);
const POSSESSIVES = new Set(['my', 'his', 'her', 'our', 'their', 'your', 'a', 'the', 'whose', 'mom', 'dad']);
const NAMING = [
  ['named'],
  ['name', 'is'],
  ['name', 's'],
  ['names', 'are'],
  ['called'],
  ['goes', 'by'],
  ['go', 'by'],
  ['call', 'me'],
  ['calls', 'me'],
  ['call', 'him'],
  ['call', 'her'],
  ['call', 'them'],
  ['calls', 'him'],
  ['calls', 'her'],
  ['nicknamed'],
  ['aka'],
  ['known', 'as'],
];
export const WORK_VERBS = new Set([
  'work',
  'works',
  'worked',
  'working',
  'job',
  'shift',
  'employed',
  'hired',
  'fired',
  'off',
  'resigned',
  'quit',
  'intern',
  'interning',
  'volunteer',
  'volunteering',
  'drive',
  'drives',
  'driving',
  'drove',
  'clean',
  'cleans',
  'teach',
  'teaches',
  'manager',
  'boss',
  'nurse',
  'bartend',
  'bartends',
  'bartending',
  'waitress',
  'waitressing',
  'cook',
  'cooks',
  'serve',
  'serving',
  'babysit',
  'tutor',
  'tutoring',
  'stocking',
  'cashier',
]);
/** Words after a lower-case name-word that show it is a person ("hope said", "grace's"). */
export const PERSON_VERBS = new Set([
  's',
  'said',
  'says',
  'told',
  'tells',
  'asked',
  'asks',
  'called',
  'calls',
  'texted',
  'texts',
  'came',
  'comes',
  'went',
  'goes',
  'left',
  'wants',
  'wanted',
  'thinks',
  'thought',
  'knows',
  'knew',
  'feels',
  'felt',
  'cried',
  'yelled',
  'screamed',
  'laughed',
  'hit',
  'pushed',
  'loves',
  'hates',
  'likes',
  'gave',
  'gives',
  'took',
  'takes',
  'lives',
  'lived',
  'works',
  'worked',
  'drives',
  'drove',
  'heard',
  'saw',
  'and',
  'was',
  'is',
  'has',
  'had',
  'did',
  'does',
  'got',
  'gets',
]);

export interface Context {
  text: string;
  tokens: Token[];
  caseless: boolean;
  out: Found[];
}

export function emit(ctx: Context, from: Token, to: Token, kind: IdentifierKind): void {
  ctx.out.push({ start: from.start, end: to.end, kind, source: 'ner' });
}

/** Words that never identify anyone even when capitalised: "I", months, states, nationalities, drug names. */
export function isKeptWord(t: Token): boolean {
  return (
    t.norm === 'i' ||
    NON_IDENTIFIERS.has(t.norm) ||
    KEPT_PLACES.has(t.norm) ||
    isCalendarWord(t) ||
    ONE_WORD_HOLIDAYS.has(t.norm) ||
    /\d/.test(t.norm) ||
    (t.allCaps && STATE_CODES.has(t.norm))
  );
}

/** Months and weekdays spelled out; "Jun", "Sun" and "Sat" may be names ("my brother Jun", "Sun Valley"). */
export function isCalendarWord(t: Token): boolean {
  const w = t.norm;
  if (w.length > 3 && (WEEKDAY_SET.has(w) || MONTH_NUMBERS.has(w))) return true;
  return w === 'may' || (w.length > 4 && w.endsWith('s') && WEEKDAY_SET.has(w.slice(0, -1)));
}

/** Inside a capitalised run, a country, language or creed is part of the name ("Little Haiti", "Chinese Hospital"). */
function continuesRun(t: Token | undefined): boolean {
  return !!t && t.capitalised && !isCalendarWord(t) && t.norm !== 'i' && !TITLE_WORDS.has(t.norm) && !t.numeric;
}

/** Could this token be (part of) a name, judged by the token alone? */
export function nameLike(t: Token | undefined, ctx: Context): boolean {
  if (!t || t.numeric || /\d/.test(t.norm)) return false;
  if (FUNCTION.has(t.norm) || RELATIONS.has(t.norm) || TITLE_WORDS.has(t.norm) || isKeptWord(t)) return false;
  if (t.capitalised && !t.sentenceStart) return true;
  if (isUnambiguousName(t.norm)) return true;
  if ((ctx.caseless || t.capitalised) && !isEnglishWord(t.norm) && t.norm.length >= 2) return true;
  return false;
}

/** After a cue ("my sister", "named"), an everyday word that is also a name counts too ("my sister hope"). */
function nameAfterCue(t: Token | undefined, ctx: Context): boolean {
  if (!t || TITLE_WORDS.has(t.norm) || RELATIONS.has(t.norm)) return false;
  if (nameLike(t, ctx)) return true;
  // "my friend deshawn" in capitalised text: a lower-case word that is not English is still the name.
  if (isForeignWord(t)) return true;
  if (ctx.caseless || t.capitalised) return isPersonName(t.norm) && !isGrammarWord(t.norm) && !isKeptWord(t);
  return false;
}

/** A lower-case word of three letters or more that is not English, not kept and not a code. */
function isForeignWord(t: Token): boolean {
  return (
    !t.capitalised &&
    t.norm.length >= 3 &&
    !/\d/.test(t.norm) &&
    !isEnglishWord(t.norm) &&
    !FUNCTION.has(t.norm) &&
    !isKeptWord(t)
  );
}

/**
 * A word that can stand alone as a name after a comma ("my sponsor, arturo", "the dog, ranger"):
 * a noun, however common, but not grammar, a description, a relation, a date or a number.
 */
export function appositiveWord(t: Token | undefined): boolean {
  if (!t || t.numeric || /\d/.test(t.norm) || t.norm.length < 2) return false;
  // "honestly", "obviously": an adverb made from an English word ("lily", "kelly" are not).
  if (t.norm.endsWith('ly') && isEnglishWord(t.norm.slice(0, -2))) return false;
  return (
    !FUNCTION.has(t.norm) &&
    (!isGrammarWord(t.norm) || isBaseVerb(t.norm)) &&
    !isAdjective(t.norm) &&
    !RELATIONS.has(t.norm) &&
    !TITLE_WORDS.has(t.norm) &&
    !isKeptWord(t)
  );
}

/** The word after `t` closes the phrase: punctuation, the end of the text, or "and". */
export function closes(next: Token | undefined): boolean {
  return !next || /^\s*[,.;:!?)]/.test(next.gap) || (next.norm === 'and' && /^\s$/.test(next.gap));
}

const joined = (t: Token): boolean => /^(?:\s|-|'|’|\.\s|\s&\s|&)$/.test(t.gap);

/** Extends a name from `i` over following name-like tokens ("Kevin O'Brien", "Ann Marie Kowalczyk"). */
export function extendName(ctx: Context, i: number, max = 3): number {
  let j = i;
  while (j + 1 < ctx.tokens.length && j - i + 1 < max) {
    const next = ctx.tokens[j + 1];
    if (!next || !/^(?:\s|-|'|’)$/.test(next.gap)) break;
    if (next.norm === 's' && /['’]/.test(next.gap)) break;
    if (!nameLike(next, ctx) || (!next.capitalised && !ctx.caseless && !isUnambiguousName(next.norm))) break;
    j++;
  }
  return j;
}

/**
 * Whether a run of capitalised words starts here. Mid-sentence, any capitalised word that is
 * not kept (a month, a state, a drug) starts one; a kept word only when a name follows it
 * ("Chinese Hospital"). At the start of a sentence, only a word that is not everyday English.
 */
function startsRun(t: Token, next: Token | undefined, after: Token | undefined): boolean {
  // "Children's Hospital", "Women's Center": a capitalised relation owning a capitalised institution.
  if (
    RELATIONS.has(t.norm) &&
    t.capitalised &&
    !t.sentenceStart &&
    next?.norm === 's' &&
    /['’]/.test(next.gap) &&
    after?.capitalised &&
    isHeadWord(after)
  )
    return true;
  if (!t.capitalised || t.numeric || TITLE_WORDS.has(t.norm) || RELATIONS.has(t.norm)) return false;
  if (isKeptWord(t)) {
    const nameFollows = continuesRun(next) && joined(next as Token) && !isKeptWord(next as Token);
    if (!nameFollows || t.sentenceStart || isCalendarWord(t) || t.norm === 'i') return false;
  }
  return !t.sentenceStart || (!isEnglishWord(t.norm) && !FUNCTION.has(t.norm)) || isUnambiguousName(t.norm);
}

const isHeadWord = (t: Token): boolean =>
  FACILITIES.has(t.norm) || ORGANISATIONS.has(t.norm) || INSTITUTION_HEAD_WORDS.has(t.norm);

/** Runs of capitalised words mid-sentence: people, employers, schools, places. */
function capitalisedRuns(ctx: Context): void {
  const { tokens } = ctx;
  if (ctx.caseless) return;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t) break;
    const next = tokens[i + 1];
    const prefix = PLACE_PREFIXES.has(t.norm) && t.capitalised && !!next?.capitalised && joined(next);
    if (!prefix && !startsRun(t, next, tokens[i + 2])) {
      i++;
      continue;
    }
    let j = i;
    let inner = false;
    while (j + 1 < tokens.length) {
      const following = tokens[j + 1];
      if (!following || !joined(following)) break;
      const after = tokens[j + 2];
      if (following.norm === 's' && /['’]/.test(following.gap)) {
        // "Babushka's Kitchen", "Our Savior's Lutheran": a possessive inside a business or place name.
        // "Karim's Cell Repair": capitalised words after the possessive name the business too.
        const named =
          after?.capitalised &&
          !RELATIONS.has(after.norm) &&
          (ORGANISATIONS.has(after.norm) ||
            FACILITIES.has(after.norm) ||
            (isKeptWord(after) && !isCalendarWord(after)) ||
            continuesRun(after));
        if (after && /^\s$/.test(after.gap) && named) {
          j += 2;
          continue;
        }
        // "Rudy's bar": the possessive belongs to the business.
        if (
          after &&
          /^\s$/.test(after.gap) &&
          !after.capitalised &&
          (ORGANISATIONS.has(after.norm) || FACILITIES.has(after.norm))
        )
          j++;
        break;
      }
      // A full stop ends the run unless it closes an abbreviation or an initial ("St. Nicholas", "Gerald R. Ford").
      if (
        /\.\s/.test(following.gap) &&
        !['st', 'mt', 'ft', 'jr', 'sr'].includes(tokens[j]?.norm ?? '') &&
        !/^[A-Z]$/.test(tokens[j]?.raw ?? '')
      )
        break;
      // "Nuku'alofa": an apostrophe inside a name, not a contraction.
      if (/^['’]$/.test(following.gap) && /^\p{Ll}{3,}$/u.test(following.raw)) {
        j++;
        continue;
      }
      if (following.gap === '-' && /^\p{L}+$/u.test(following.raw)) {
        j++;
        continue;
      }
      if (continuesRun(following)) {
        j++;
        continue;
      }
      if (
        CONNECTORS.has(following.norm) &&
        continuesRun(after) &&
        (following.norm !== 'the' || tokens[j]?.norm === 'of')
      ) {
        j += 2;
        inner = true;
        continue;
      }
      if (INNER_WORDS.has(following.norm) && /^\s$/.test(following.gap) && after) {
        const article = after.norm === 'the' && /^\s$/.test(after.gap) ? 1 : 0;
        const resumed = tokens[j + 2 + article];
        const headSoFar = tokens.slice(i, j + 1).some(isHeadWord);
        // "Self-Help for the Elderly": "for the" goes on to a capitalised word even without a head before it.
        const forThe = following.norm === 'for' && article;
        if (
          resumed &&
          continuesRun(resumed) &&
          /^\s$/.test(resumed.gap) &&
          (following.norm === 'of' || forThe || (headSoFar && (article || following.norm === 'for')))
        ) {
          j += 2 + article;
          inner = true;
          continue;
        }
      }
      // "Boys and Girls Club": "and" inside a name that ends with an institution's head.
      if (
        following.norm === 'and' &&
        /^\s$/.test(following.gap) &&
        after &&
        continuesRun(after) &&
        /^\s$/.test(after.gap)
      ) {
        let k = j + 2;
        while (continuesRun(tokens[k + 1]) && /^\s$/.test(tokens[k + 1]?.gap ?? '')) k++;
        if (isHeadWord(tokens[k] as Token)) {
          j = k;
          inner = true;
          continue;
        }
      }
      break;
    }
    // "McDonogh 35", "Motel 6": a short number that ends the name.
    const number = tokens[j + 1];
    if (
      number?.numeric &&
      number.raw.length <= 3 &&
      /^\s$/.test(number.gap) &&
      (!tokens[j + 2] || /^[.,;:!?]/.test(tokens[j + 2]?.gap ?? ''))
    )
      j++;
    // A run that starts with a kept word ("Spanish", "Korean") needs a name after it.
    while (
      i < j &&
      isKeptWord(tokens[i] as Token) &&
      isKeptWord(tokens[j] as Token) &&
      !(inner && tokens.slice(i, j + 1).some(isHeadWord))
    )
      j--;
    let first = tokens[i] as Token;
    const last = tokens[j] as Token;
    const words = tokens.slice(i, j + 1).map((x) => x.norm);
    const phrase = words.join(' ');
    if (KEPT_PLACES.has(phrase) || (i === j && isKeptWord(first))) {
      i = j + 1;
      continue;
    }
    // "Ghost Gallery" at the start of a sentence: the first word belongs to the institution's name.
    const opener = tokens[i - 1];
    if (
      opener?.sentenceStart &&
      opener.capitalised &&
      /^\s$/.test(first.gap) &&
      !FUNCTION.has(opener.norm) &&
      (FACILITIES.has(last.norm) || ORGANISATIONS.has(last.norm))
    )
      first = opener;
    // "Holy Trinity", "Golden Wheat", "Silver Spring" at the start of a sentence: words that open names.
    if (
      opener?.sentenceStart &&
      opener.capitalised &&
      /^\s$/.test(first.gap) &&
      first === tokens[i] &&
      (NAME_OPENERS.has(opener.norm) || PLACE_PREFIXES.has(opener.norm))
    )
      first = opener;
    // "Dot Pinckney" at the start of a sentence: a given name that is also a word, before a surname.
    if (
      opener?.sentenceStart &&
      opener.capitalised &&
      /^\s$/.test(first.gap) &&
      first === tokens[i] &&
      GIVEN.has(opener.norm) &&
      !FUNCTION.has(opener.norm) &&
      !isKeptWord(opener)
    )
      first = opener;
    // Church names: "Our Lady of Guadalupe", "Our Savior's".
    if (
      opener?.norm === 'our' &&
      opener.capitalised &&
      /^(?:lady|savior|saviour|redeemer|mother|father)$/.test(first.norm)
    )
      first = opener;
    const previous = tokens[first === opener ? i - 2 : i - 1];
    let kind: IdentifierKind = 'NAME';
    const head = inner ? tokens.slice(i, j + 1).findLast(isHeadWord) : undefined;
    if (head && !ORGANISATIONS.has(head.norm)) kind = 'LOCATION';
    else if (head) kind = 'NAME';
    else if (FACILITIES.has(last.norm) || (STREET_TYPES.has(last.norm) && i < j) || KNOWN_PLACES.has(phrase) || prefix)
      kind = 'LOCATION';
    else if (ORGANISATIONS.has(last.norm) && i < j) kind = 'NAME';
    else if (previous && PLACE_PREPOSITIONS.has(previous.norm) && !GIVEN.has(first.norm)) kind = 'LOCATION';
    else if (words.some((w) => KNOWN_PLACES.has(w)) && !words.some((w) => GIVEN.has(w))) kind = 'LOCATION';
    emit(ctx, first, last, kind);
    i = j + 1;
  }
}

/** "Dr. Okafor", "Mrs. Yoon", "ms delgado", "Father Reginald", "St. Maurice". */
function titled(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (!TITLE_WORDS.has(t.norm) && t.norm !== 'saint' && t.norm !== 'st') continue;
    const next = tokens[i + 1] as Token;
    const strongTitle = /^(?:mr|mrs|ms|miss|mx|dr|prof|rev|fr|sgt|st)$/.test(t.norm);
    // Only an abbreviation takes a full stop before the name ("Dr. Chen"; not "my sister. Did…").
    if (!(strongTitle ? /^(?:\.?\s+|\.)$/ : /^\s+$/).test(next.gap)) continue;
    // After "Ms." or "Mr." with its full stop, any word is the surname ("ms. her", "Mr. So", "Dr. An").
    const dotted =
      strongTitle &&
      /^\.\s+$/.test(next.gap) &&
      t.norm !== 'st' &&
      /^\p{L}+$/u.test(next.raw) &&
      !TITLE_WORDS.has(next.norm) &&
      !RELATIONS.has(next.norm) &&
      !isCalendarWord(next);
    // "with sister comfort, we pray": a title that no one owns is followed by a name, even an everyday word.
    const unowned =
      !strongTitle &&
      ctx.caseless &&
      !POSSESSIVES.has(tokens[i - 1]?.norm ?? '') &&
      !RELATION_ADJECTIVES.has(tokens[i - 1]?.norm ?? '') &&
      appositiveWord(next) &&
      (closes(tokens[i + 2]) || FUNCTION.has(tokens[i + 2]?.norm ?? ''));
    const accept =
      dotted ||
      unowned ||
      (strongTitle
        ? nameAfterCue(next, ctx)
        : next.capitalised
          ? !isKeptWord(next) && !TITLE_WORDS.has(next.norm)
          : ctx.caseless && nameAfterCue(next, ctx));
    if (!accept) continue;
    let j = extendName(ctx, i + 1);
    if (t.norm === 'saint' || t.norm === 'st') {
      // "St. John's Cathedral", "saint brendan's": the possessive and the building are part of the name.
      const s = tokens[j + 1];
      const building = tokens[j + 2];
      if (s?.norm === 's' && /['’]/.test(s.gap))
        j +=
          building && /^\s$/.test(building.gap) && (FACILITIES.has(building.norm) || ORGANISATIONS.has(building.norm))
            ? 2
            : 1;
      emit(ctx, t, tokens[j] as Token, 'LOCATION');
    } else emit(ctx, next, tokens[j] as Token, 'NAME');
  }
}

/**
 * The owner before a relation ("my sister", "Ana's boss"), past up to two describing words
 * ("her older sister", "my old squad leader"); undefined when the relation has no owner.
 */
function ownerOf(tokens: Token[], i: number): Token | undefined {
  for (let b = i - 1; b >= Math.max(0, i - 3); b--) {
    const w = tokens[b] as Token;
    if (POSSESSIVES.has(w.norm) || (w.norm === 's' && /['’]/.test(w.gap))) return w;
    const describing =
      RELATION_ADJECTIVES.has(w.norm) ||
      (b === i - 1 &&
        !FUNCTION.has(w.norm) &&
        !isGrammarWord(w.norm) &&
        !RELATIONS.has(w.norm) &&
        /^\s$/.test((tokens[b + 1] as Token).gap));
    if (!describing) return undefined;
  }
  return undefined;
}

/** "my sister Ana", "her boss, Kevin", "my daughter grace". */
function relations(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (!RELATIONS.has(t.norm)) continue;
    if (!ownerOf(tokens, i)) continue;
    let k = i + 1;
    // "sister-in-law Ana"
    if (tokens[k]?.norm === 'in' && tokens[k + 1]?.norm === 'law' && /-/.test(tokens[k]?.gap ?? '')) k += 2;
    // "my grandma Doña Cuca", "my uncle Dr. Obi": the title is left to the title rule; but "my friend Nana Yaa":
    // a kinship word before the name of someone who is not kin is part of how they are called.
    const title = tokens[k];
    if (title && TITLE_WORDS.has(title.norm)) {
      const name = tokens[k + 1];
      const honorific = KIN_HONORIFICS.has(title.norm) && !KIN.has(t.norm);
      if (
        honorific &&
        title.capitalised &&
        /^\s$/.test(title.gap) &&
        name?.capitalised &&
        /^\s$/.test(name.gap) &&
        nameLike(name, ctx)
      ) {
        emit(ctx, title, tokens[extendName(ctx, k + 1)] as Token, 'NAME');
      }
      continue;
    }
    const candidate = tokens[k];
    if (!candidate || !/^(?:\s|,\s|\s-\s|\s–\s)$/.test(candidate.gap)) continue;
    if (nameAfterCue(candidate, ctx)) emit(ctx, candidate, tokens[extendName(ctx, k)] as Token, 'NAME');
    // "my sponsor, arturo," / "our neighbour, gus.": a word set off by commas after a relation is a name.
    else if (
      /^,\s$/.test(candidate.gap) &&
      !candidate.capitalised &&
      appositiveWord(candidate) &&
      closes(tokens[k + 1])
    )
      emit(ctx, candidate, candidate, 'NAME');
  }
}

/** "a guy named Steve", "they call me Kolya", "she goes by Bia". */
const NAMING_FIRST = new Set(NAMING.map((cue) => cue[0]));

function naming(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!NAMING_FIRST.has((tokens[i] as Token).norm)) continue;
    for (const cue of NAMING) {
      if (!cue.every((w, k) => tokens[i + k]?.norm === w)) continue;
      const k = i + cue.length;
      const candidate = tokens[k];
      if (!candidate) continue;
      const ok = cue[0] === 'called' ? nameLike(candidate, ctx) : nameAfterCue(candidate, ctx);
      if (ok) emit(ctx, candidate, tokens[extendName(ctx, k)] as Token, 'NAME');
      else if (cue[0] === 'named' || cue[0] === 'nicknamed' || (cue[0] === 'called' && afterNoun(tokens, i)))
        namedPhrase(ctx, k);
    }
  }
}

const DETERMINERS = new Set([
  'a',
  'an',
  'this',
  'that',
  'some',
  'the',
  'one',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
]);

/** "a bar called…", "this group called…": "called" names the noun before it (not "she called…"). */
function afterNoun(tokens: Token[], i: number): boolean {
  const noun = tokens[i - 1];
  const determiner = tokens[i - 2];
  return (
    !!noun && !!determiner && DETERMINERS.has(determiner.norm) && !FUNCTION.has(noun.norm) && !isGrammarWord(noun.norm)
  );
}

/** "a dog named ranger", "a bar called the broken spoke": up to three words after the cue, everyday words included. */
function namedPhrase(ctx: Context, k: number): void {
  const { tokens } = ctx;
  let from = k;
  const article = tokens[from]?.norm === 'the' && /^\s$/.test(tokens[from + 1]?.gap ?? '');
  if (article) from++;
  // "we named the dog biscuit": the name follows the pet.
  if (PETS.has(tokens[from]?.norm ?? '') && /^\s$/.test(tokens[from + 1]?.gap ?? '')) from++;
  const first = tokens[from];
  if (!first || FUNCTION.has(first.norm) || RELATIONS.has(first.norm) || isKeptWord(first) || first.numeric) return;
  if (!article && isGrammarWord(first.norm)) return;
  let j = from;
  while (j + 1 < tokens.length && j - from < 2) {
    const next = tokens[j + 1] as Token;
    if (
      !/^(?:\s|-|'|’)$/.test(next.gap) ||
      FUNCTION.has(next.norm) ||
      (!article && isGrammarWord(next.norm)) ||
      isKeptWord(next) ||
      next.numeric ||
      RELATIONS.has(next.norm)
    )
      break;
    j++;
  }
  emit(ctx, first, tokens[j] as Token, 'NAME');
}

const PET_ADVERBS = new Set(['too', 'also', 'again', 'even', 'though']);

/** "our dog, ranger", "my cat biscuit": pets' names, which are often everyday words. */
function pets(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (!PETS.has(t.norm)) continue;
    const before = tokens[i - 1] as Token;
    const owner =
      ['my', 'our', 'his', 'her', 'their', 'your'].includes(before.norm) ||
      (before.norm === 's' && /['’]/.test(before.gap));
    // "took the dog too, duke": a word like "too" may sit between the pet and its name.
    const skip = PET_ADVERBS.has(tokens[i + 1]?.norm ?? '') && /^,\s$/.test(tokens[i + 2]?.gap ?? '') ? 1 : 0;
    const candidate = tokens[i + 1 + skip] as Token | undefined;
    if (!candidate) continue;
    const comma = /^,\s$/.test(candidate.gap);
    if (!(comma ? owner || before.norm === 'the' : owner && /^\s$/.test(candidate.gap))) continue;
    if (PET_FOLLOWER_WORDS.has(candidate.norm) || PETS.has(candidate.norm)) continue;
    if (!ctx.caseless && !candidate.capitalised && isEnglishWord(candidate.norm) && !comma) continue;
    const after = tokens[i + 2 + skip];
    if (
      nameLike(candidate, ctx) ||
      (appositiveWord(candidate) && (!comma || closes(after))) ||
      (comma && isAdjective(candidate.norm) && closes(after))
    ) {
      emit(ctx, candidate, candidate, 'NAME');
    }
  }
}

/** Verbs after a person: "destiny said", "Hope texted me". */
const SAYS = new Set([
  'said',
  'says',
  'told',
  'tells',
  'asked',
  'asks',
  'texted',
  'texts',
  'called',
  'calls',
  'yelled',
  'screamed',
  'cried',
  'laughed',
  'wants',
  'wanted',
  'thinks',
  'thought',
  'knows',
  'knew',
  'came',
  'comes',
  'left',
  'lives',
  'lived',
  'works',
  'worked',
  'drove',
  'drives',
  'loves',
  'hates',
  'likes',
  'promised',
]);
/** Verbs before a person: "i told grace", "we texted destiny". */
const TOLD = new Set([
  'told',
  'tell',
  'asked',
  'ask',
  'texted',
  'text',
  'called',
  'call',
  'met',
  'hugged',
  'visited',
  'married',
  'dating',
  'dated',
  'blocked',
  'unblocked',
]);
const NOT_BEFORE_PERSON = new Set([
  'the',
  'a',
  'an',
  'my',
  'your',
  'his',
  'her',
  'our',
  'their',
  'its',
  'this',
  'that',
  'these',
  'those',
  'every',
  'each',
  'one',
  'other',
  'another',
  'of',
  'in',
  'with',
  'for',
  'some',
  'no',
  'any',
  'much',
  'lost',
  'have',
  'has',
  'had',
  'find',
  'found',
  'keep',
  'give',
  'gave',
]);
/** Names that are also seasons and times of day: "summer came" is the season. */
const SEASONS = new Set([
  'summer',
  'winter',
  'spring',
  'autumn',
  'fall',
  'dawn',
  'night',
  'day',
  'morning',
  'time',
  'life',
  'love',
  'death',
  'christmas',
]);

/**
 * Given names that are everyday words ("grace", "hope", "destiny") where the sentence uses them
 * as a person: as the subject of a person's verb, or the object of "told", "texted", "met".
 */
function everydayNames(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (
      !GIVEN.has(t.norm) ||
      !isEnglishWord(t.norm) ||
      isGrammarWord(t.norm) ||
      isKeptWord(t) ||
      RELATIONS.has(t.norm) ||
      TITLE_WORDS.has(t.norm) ||
      SEASONS.has(t.norm)
    )
      continue;
    if (!ctx.caseless && !t.capitalised) continue;
    if (!ctx.caseless && !t.sentenceStart) continue;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const subject =
      !!next &&
      /^\s$/.test(next.gap) &&
      SAYS.has(next.norm) &&
      !(previous && !t.sentenceStart && NOT_BEFORE_PERSON.has(previous.norm));
    const object =
      !!previous && /^\s$/.test(t.gap) && TOLD.has(previous.norm) && (closes(next) || FUNCTION.has(next?.norm ?? ''));
    if (subject || object) emit(ctx, t, t, 'NAME');
  }
}

/** Lower-case or sentence-initial words that are names in our lists and not everyday words. */
function listedNames(ctx: Context): void {
  for (const t of ctx.tokens) {
    if (t.numeric || isKeptWord(t) || TITLE_WORDS.has(t.norm) || RELATIONS.has(t.norm)) continue;
    if (
      isUnambiguousName(t.norm) ||
      (ctx.caseless && t.norm.length >= 3 && !/\d/.test(t.norm) && !isEnglishWord(t.norm))
    ) {
      emit(ctx, t, t, KNOWN_PLACES.has(t.norm) && !GIVEN.has(t.norm) ? 'LOCATION' : 'NAME');
    }
  }
}

/** "4417 Maple Street, Apt 2B", "on adams street", "98th Street", "Ocean Pkwy". */
function streets(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!STREET_TYPES.has(t.norm)) continue;
    const nextTok = tokens[i + 1];
    // "Dr. Okafor", "St. Nicholas": a title, not a street type.
    if ((t.norm === 'dr' || t.norm === 'st') && nextTok?.capitalised && /^\.\s+$/.test(nextTok.gap)) continue;
    if (!/^\s+$/.test(t.gap)) continue;
    let j = i - 1;
    let named = 0;
    let proper = false;
    while (j >= 0 && named < 4) {
      const c = tokens[j] as Token;
      if (FUNCTION.has(c.norm) || RELATIONS.has(c.norm) || c.numeric) break;
      if (c.capitalised || /^\d+(?:st|nd|rd|th)$/.test(c.norm) || !isEnglishWord(c.norm)) proper = true;
      else if (!ctx.caseless) break;
      named++;
      j--;
      if (!/^\s$/.test(tokens[j + 1]?.gap ?? '')) break;
    }
    if (named === 0) continue;
    let from = tokens[j + 1] as Token;
    const house = tokens[j];
    const cue = house && PLACE_PREPOSITIONS.has(house.norm);
    if (house && /^\d{1,6}[a-z]?$/.test(house.norm) && /^\s$/.test(from.gap)) {
      from = house;
      proper = true;
    }
    if (!proper && !cue) continue;
    let to = t;
    const direction = tokens[i + 1];
    if (direction && DIRECTION_WORDS.has(direction.norm) && /^\s$/.test(direction.gap) && direction.capitalised)
      to = direction;
    emit(ctx, from, to, 'LOCATION');
  }
}

/** "got out of Angola", "locked up in Rikers": a prison, even when it shares a country's name. */
function custody(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const cue = `${tokens[i - 2]?.norm} ${tokens[i - 1]?.norm}`;
    if (!/^(?:out of|released from|up in|sent to|transferred to|time in|time at|locked in|paroled from)$/.test(cue))
      continue;
    if (!t.capitalised && !ctx.caseless) continue;
    if (!t.capitalised && (isEnglishWord(t.norm) || FUNCTION.has(t.norm))) continue;
    emit(ctx, t, tokens[extendName(ctx, i, 2)] as Token, 'LOCATION');
  }
}

/**
 * Place names after "in", "from", "to" in text without capitals ("my mom's in quincy"), and a
 * lower-case place in capitalised text ("They sent me to wardenburg.").
 */
function placesAfterCues(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (!['in', 'from', 'to', 'near', 'outside', 'around', 'at'].includes(t.norm)) continue;
    const next = tokens[i + 1] as Token;
    if (!ctx.caseless) {
      // Only after a verb of motion ("go to wardenburg", "came from wardenburg"): elsewhere a lower-case word
      // our vocabulary lacks is more often a rare English word ("need to vent", "shot in landscape").
      const motion = (t.norm === 'to' || t.norm === 'from') && MOTION_VERBS.has(tokens[i - 1]?.norm ?? '');
      if (motion && isForeignWord(next) && next.norm.length >= 4) emit(ctx, next, next, 'LOCATION');
      continue;
    }
    if (t.norm === 'at' || (!nameLike(next, ctx) && !KNOWN_PLACES.has(next.norm))) continue;
    emit(ctx, next, tokens[extendName(ctx, i + 1, 2)] as Token, 'LOCATION');
  }
}

/**
 * Names of people and places the chart does not know: capitalisation, titles, relation and
 * naming cues, employers, street and facility patterns, and the name lists. Recall first:
 * an everyday word redacted by mistake costs less than a name let through.
 */
export function findNames(text: string, tokens: Token[], caseless: boolean): Found[] {
  const ctx: Context = { text, tokens, caseless, out: [] };
  capitalisedRuns(ctx);
  titled(ctx);
  relations(ctx);
  naming(ctx);
  listedNames(ctx);
  everydayNames(ctx);
  streets(ctx);
  placesAfterCues(ctx);
  pets(ctx);
  custody(ctx);
  return ctx.out;
}
