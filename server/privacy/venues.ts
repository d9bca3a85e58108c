import type { Found } from './found.ts';
import {
  DIGIT_VALUES,
  DIRECTION_WORDS,
  MONTH_NUMBERS,
  EMPLOYERS_BY_FIRST_WORD,
  FACILITIES,
  ORDINAL_VALUES,
  TENS_VALUES,
  FUNCTION,
  GENERIC_MODIFIER_WORDS,
  GENERIC_NOUN_WORDS,
  INSTITUTION_HEAD_WORDS,
  KEPT_PLACES,
  KNOWN_PLACES,
  GIVEN,
  ORGANISATIONS,
  RELATIONS,
  TITLE_WORDS,
  VENUE_WORDS,
  isAdjective,
  isBaseVerb,
  isEnglishWord,
  isGrammarWord,
  isPersonName,
} from './lexicon/index.ts';
import { appositiveWord, closes, emit, isCalendarWord, isKeptWord, nameLike, WORK_VERBS, type Context } from './ner.ts';
import type { Token } from './text.ts';

/** Words before a place's name ("went to south high", "near liberty park", "she attends lakeside academy"). */
const PLACE_CUES = new Set([
  'at',
  'to',
  'from',
  'in',
  'near',
  'by',
  'into',
  'outside',
  'around',
  'behind',
  'attend',
  'attends',
  'attended',
  'attending',
  'visit',
  'visiting',
  'visited',
]);
/** Universities named after a state ("Georgia State", "penn state", "Georgia Tech"). */
const STATE_INSTITUTIONS = new Set(['state', 'tech', 'university', 'college']);
/** Words that mention work: an "at …" nearby is likely the employer ("two jobs: days at grady, nights at the waffle house"). */
const WORK_CONTEXT = new Set([
  'work',
  'works',
  'working',
  'worked',
  'job',
  'jobs',
  'shift',
  'shifts',
  'employer',
  'hired',
  'fired',
  'boss',
  'manager',
  'coworker',
  'coworkers',
  'supervisor',
  'cashier',
  'cook',
  'server',
  'waitress',
  'waiter',
  'bartender',
  'bartend',
  'nurse',
  'aide',
  'cna',
  'driver',
  'clerk',
  'janitor',
  'custodian',
  'housekeeper',
  'housekeeping',
  'dishwasher',
  'stocker',
  'teacher',
  'technician',
  'mechanic',
  'receptionist',
  'intern',
  'volunteer',
  'guard',
  'security',
  'barista',
]);
/** Words after a place's name that end the phrase naming it ("the broken spoke on fifth"). */
const APPOSITIVE_CLOSERS = new Set(['on', 'in', 'at', 'by', 'near', 'off', 'downtown', 'and']);
const WORK_PREPOSITIONS = new Set(['at', 'for', 'with', 'by', 'from']);
/** Heads a workplace's name may end with in speech ("the waffle house", "the tyson plant"). */
const WORKPLACE_HEADS = new Set([
  'house',
  'shack',
  'plant',
  'factory',
  'warehouse',
  'depot',
  'store',
  'shop',
  'mill',
  'yard',
  'farm',
  'ranch',
  'mine',
]);
/** Creeds that end a church's name ("sixteenth street baptist", "christ assembly lutheran"). */
const CREED_HEADS = new Set([
  'baptist',
  'lutheran',
  'methodist',
  'presbyterian',
  'episcopal',
  'pentecostal',
  'adventist',
  'catholic',
  'orthodox',
  'ame',
  'cogic',
  'evangelical',
]);

const spaced = (t: Token | undefined): t is Token => !!t && /^\s$/.test(t.gap);
const possessiveS = (t: Token | undefined): boolean => !!t && t.norm === 's' && /^['’]$/.test(t.gap);
const isHead = (t: Token): boolean =>
  FACILITIES.has(t.norm) || ORGANISATIONS.has(t.norm) || INSTITUTION_HEAD_WORDS.has(t.norm);

/** A word that may be part of a place's or business's name: not grammar, a relation, a title, a date or a number. */
function contentWord(t: Token | undefined): t is Token {
  return (
    !!t &&
    !t.numeric &&
    !/\d/.test(t.norm) &&
    !isNumberWord(t) &&
    !FUNCTION.has(t.norm) &&
    !RELATIONS.has(t.norm) &&
    !TITLE_WORDS.has(t.norm) &&
    !isCalendarWord(t) &&
    !isGrammarWord(t.norm)
  );
}

/** A word of a business's or place's name: a content word, a base verb ("valley star transport"), or one of our place words ("lucky nails"). */
function nameWord(t: Token | undefined): t is Token {
  if (!t || FUNCTION.has(t.norm) || RELATIONS.has(t.norm) || t.numeric) return false;
  const { norm } = t;
  return (
    contentWord(t) ||
    isBaseVerb(norm) ||
    FACILITIES.has(norm) ||
    ORGANISATIONS.has(norm) ||
    INSTITUTION_HEAD_WORDS.has(norm) ||
    WORKPLACE_HEADS.has(norm)
  );
}

/** A word that names something by itself: a name in our lists, a known place, or not English. */
function properWord(t: Token, ctx: Context): boolean {
  if (!contentWord(t) || isKeptWord(t) || t.norm.length < 3) return false;
  if (GENERIC_MODIFIER_WORDS.has(t.norm)) return nameLike(t, ctx) && t.capitalised;
  return nameLike(t, ctx) || !isEnglishWord(t.norm) || KNOWN_PLACES.has(t.norm) || isPersonName(t.norm);
}

/** Whether to look at this token's words: every word in text without capitals, lower-case words otherwise. */
const spoken = (t: Token, ctx: Context): boolean => ctx.caseless || !t.capitalised;

/** Number words ("twelve hours", "forty years"): never part of a name here. */
const isNumberWord = (t: Token): boolean =>
  DIGIT_VALUES.has(t.norm) ||
  TENS_VALUES.has(t.norm) ||
  /^(?:ten|eleven|twelve|\w+teen|hundred|thousand)$/.test(t.norm);

/**
 * "durham school of the arts", "university of dayton": an institution's name goes on after
 * "of", "of the" or "for the". Returns the index of the name's last word (`i` when it does not go on).
 */
function tail(ctx: Context, i: number): { end: number; proper: boolean } {
  const { tokens } = ctx;
  const link = tokens[i + 1];
  if (!spaced(link) || !['of', 'for', 'on'].includes(link.norm)) return { end: i, proper: false };
  let k = i + 2;
  const article = tokens[k]?.norm === 'the' && spaced(tokens[k]);
  if (article) k++;
  else if (link.norm !== 'of') return { end: i, proper: false };
  let end = i;
  let proper = false;
  for (let n = 0; n < 3; n++) {
    const w = tokens[k + n];
    if (
      !spaced(w) ||
      !spoken(w, ctx) ||
      !contentWord(w) ||
      GENERIC_NOUN_WORDS.has(w.norm) ||
      w.norm === 'course' ||
      (isKeptWord(w) && !KEPT_PLACES.has(w.norm))
    )
      break;
    end = k + n;
    proper ||= properWord(w, ctx) || KEPT_PLACES.has(w.norm);
  }
  return { end, proper };
}

/**
 * Schools, churches, parks, neighbourhoods and businesses named in lower case ("south high",
 * "phalen lake elementary", "cornerstone church", "alamo area council", "in orange county").
 * The words before the head are a name when one of them is a name or not English, or, after a
 * place cue, when the head names on its own ("high", "academy", "heights") and the word before
 * it is not a generic modifier ("junior high", "dog park").
 */
function institutions(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    const before = tokens[i - 1] as Token;
    if (STATE_INSTITUTIONS.has(head.norm) && KEPT_PLACES.has(before.norm) && spaced(head)) {
      emit(ctx, before, head, 'LOCATION');
      continue;
    }
    // "u of h", "u of m": a university by its initial.
    if (
      head.norm === 'u' &&
      tokens[i + 1]?.norm === 'of' &&
      spaced(tokens[i + 1]) &&
      /^[a-z]+$/.test(tokens[i + 2]?.raw ?? '') &&
      spaced(tokens[i + 2])
    ) {
      emit(ctx, head, tokens[i + 2] as Token, 'LOCATION');
      continue;
    }
    const creed = CREED_HEADS.has(head.norm) && !head.capitalised;
    if ((!isHead(head) && !creed) || !spoken(head, ctx)) continue;
    let j = i;
    while (
      j > 0 &&
      i - j < 3 &&
      spaced(tokens[j]) &&
      contentWord(tokens[j - 1]) &&
      spoken(tokens[j - 1] as Token, ctx) &&
      !possessiveS(tokens[j - 1])
    )
      j--;
    // Leading generic words are not part of the name ("my old lincoln elementary"; but "new hope church").
    while (j < i && GENERIC_MODIFIER_WORDS.has((tokens[j] as Token).norm) && !properWord(tokens[j] as Token, ctx)) j++;
    const { end, proper: properTail } = tail(ctx, i);
    const kind =
      ORGANISATIONS.has(head.norm) && !FACILITIES.has(head.norm) && !INSTITUTION_HEAD_WORDS.has(head.norm)
        ? 'NAME'
        : 'LOCATION';
    if (j === i) {
      if (properTail && !ORGANISATIONS.has(head.norm)) emit(ctx, head, tokens[end] as Token, kind);
      continue;
    }
    const modifiers = tokens.slice(j, i);
    const first = modifiers[0] as Token;
    const proper = modifiers.some((m) => properWord(m, ctx));
    const cue = PLACE_CUES.has(tokens[j - 1]?.norm ?? '') && spaced(first);
    const standsAlone =
      creed ||
      INSTITUTION_HEAD_WORDS.has(head.norm) ||
      modifiers.slice(1).some((m) => INSTITUTION_HEAD_WORDS.has(m.norm));
    const named =
      proper || properTail || (cue && standsAlone && !GENERIC_MODIFIER_WORDS.has(first.norm) && !isKeptWord(first));
    if (named) emit(ctx, first, tokens[end] as Token, kind);
  }
}

/** "h-e-b", "k-o-j-o": letters spelled out with hyphens are a name (a store's or a person's spelled one). */
function initialisms(ctx: Context): void {
  const { tokens } = ctx;
  const letter = (t: Token | undefined): t is Token => !!t && /^\p{L}$/u.test(t.raw);
  for (let i = 0; i < tokens.length; i++) {
    if (!letter(tokens[i])) continue;
    let j = i;
    while (letter(tokens[j + 1]) && tokens[j + 1]?.gap === '-') j++;
    const cue = WORK_PREPOSITIONS.has(tokens[i - 1]?.norm ?? '') || PLACE_CUES.has(tokens[i - 1]?.norm ?? '');
    if (j - i >= 2 || (j - i === 1 && cue)) emit(ctx, tokens[i] as Token, tokens[j] as Token, 'NAME');
    i = j;
  }
}

/**
 * "karim's cell repair", "mario's pizza", "dinner at rudy's": a business named after its owner.
 * The owner is a name, or any word after "at the" when two words that are not all generic
 * follow ("at the tudor's biscuit world"). The words after the possessive belong to the business
 * when they end with a business word or describe it, or the possessive stands alone after a cue.
 */
function possessiveBusinesses(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const s = tokens[i] as Token;
    const owner = tokens[i - 1] as Token;
    if (!possessiveS(s) || !spoken(owner, ctx) || RELATIONS.has(owner.norm) || FUNCTION.has(owner.norm)) continue;
    // "at the tudor's biscuit world": after "at the", an owner in everyday words still names the business when two words follow.
    const placed = tokens[i - 2]?.norm === 'the' && PLACE_CUES.has(tokens[i - 3]?.norm ?? '') && contentWord(owner);
    if (!properWord(owner, ctx) && !placed) continue;
    let j = i;
    const words: Token[] = [];
    for (let k = i + 1; k < tokens.length && words.length < 3; k++) {
      const w = tokens[k] as Token;
      if (!spaced(w) || !spoken(w, ctx) || !nameWord(w) || isKeptWord(w) || isCalendarWord(w)) break;
      words.push(w);
      if (ORGANISATIONS.has(w.norm) && (words.length > 1 || !VENUE_WORDS.has(w.norm))) j = k;
    }
    const from = tokens[i - 2]?.norm === 'the' ? i - 2 : i - 1;
    const cue = PLACE_CUES.has(tokens[from - 1]?.norm ?? '') || WORK_VERBS.has(tokens[from - 2]?.norm ?? '');
    const described =
      words.length >= 2 &&
      !words.every(
        (w) =>
          GENERIC_MODIFIER_WORDS.has(w.norm) ||
          FACILITIES.has(w.norm) ||
          ORGANISATIONS.has(w.norm) ||
          VENUE_WORDS.has(w.norm) ||
          GENERIC_NOUN_WORDS.has(w.norm),
      );
    if (!properWord(owner, ctx)) {
      if (described) emit(ctx, owner, words[words.length - 1] as Token, 'NAME');
    } else if (j > i) emit(ctx, owner, tokens[j] as Token, 'NAME');
    else if (described && cue) emit(ctx, owner, words[words.length - 1] as Token, 'NAME');
    else if (
      tokens[i + 1]?.norm === 'of' &&
      spaced(tokens[i + 1]) &&
      tokens[i + 2] &&
      properWord(tokens[i + 2] as Token, ctx)
    )
      emit(ctx, owner, tokens[i + 2] as Token, 'NAME');
    else if (cue && (!words.length || closes(tokens[i + 1]))) emit(ctx, owner, s, 'NAME');
  }
}

/**
 * "the bar by the base, the broken spoke," / "in the hospital again, community regional": a
 * phrase set off by a comma right after a place is that place's name.
 */
function appositives(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 2; i < tokens.length; i++) {
    const start = tokens[i] as Token;
    if (!/^,\s$/.test(start.gap)) continue;
    let venue: Token | undefined;
    for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
      const w = tokens[k] as Token;
      if (
        VENUE_WORDS.has(w.norm) ||
        FACILITIES.has(w.norm) ||
        ORGANISATIONS.has(w.norm) ||
        WORKPLACE_HEADS.has(w.norm)
      ) {
        venue = w;
        break;
      }
      if (w.sentenceStart || /[.;!?]/.test(w.gap)) break;
    }
    if (!venue) continue;
    const article = start.norm === 'the' && spaced(tokens[i + 1]);
    const from = article ? i + 1 : i;
    let j = from - 1;
    while (j + 1 < tokens.length && j + 1 - from < 3) {
      const w = tokens[j + 1] as Token;
      if (j + 1 > from && !spaced(w)) break;
      if (
        !spoken(w, ctx) ||
        FUNCTION.has(w.norm) ||
        RELATIONS.has(w.norm) ||
        isKeptWord(w) ||
        w.numeric ||
        isNumberWord(w)
      )
        break;
      if (!article && isGrammarWord(w.norm) && !nameWord(w)) break;
      j++;
    }
    if (j < from) continue;
    const words = tokens.slice(from, j + 1);
    const last = words[words.length - 1] as Token;
    const next = tokens[j + 1];
    // "the mill, quaker fabric closed the floor": a name of two words or more may be the subject of what follows.
    const subject =
      !article &&
      words.length > 1 &&
      properWord(words[0] as Token, ctx) &&
      spaced(next) &&
      isGrammarWord(next.norm) &&
      !FUNCTION.has(next.norm);
    if (!closes(next) && !(spaced(next) && APPOSITIVE_CLOSERS.has(next.norm)) && !subject) continue;
    const business = words.length > 1 && ORGANISATIONS.has(last.norm);
    if (
      GENERIC_NOUN_WORDS.has(last.norm) ||
      VENUE_WORDS.has(last.norm) ||
      (!business && words.every((w) => GENERIC_MODIFIER_WORDS.has(w.norm) || isAdjective(w.norm)))
    )
      continue;
    if (words.length === 1 && !article && !(appositiveWord(last) && properWord(last, ctx))) continue;
    emit(ctx, words[0] as Token, last, FACILITIES.has(venue.norm) ? 'LOCATION' : 'NAME');
  }
}

/**
 * "at 5th and main", "on beechnut and gessner": a street corner, when one of the two streets is
 * numbered or both are names.
 */
function intersections(ctx: Context): void {
  const { tokens } = ctx;
  const numbered = (t: Token | undefined): boolean =>
    !!t && (/^\d+(?:st|nd|rd|th)$/.test(t.norm) || ORDINAL_VALUES.has(t.norm));
  const street = (t: Token | undefined): boolean =>
    numbered(t) || (contentWord(t) && !isKeptWord(t) && t.norm.length >= 3);
  for (let i = 2; i < tokens.length - 1; i++) {
    const and = tokens[i] as Token;
    const a = tokens[i - 1] as Token;
    const b = tokens[i + 1] as Token;
    const named = properWord(a, ctx) && properWord(b, ctx) && !GIVEN.has(a.norm) && !GIVEN.has(b.norm);
    if (
      and.norm !== 'and' ||
      !spaced(and) ||
      !spaced(b) ||
      !(numbered(a) || numbered(b) || named) ||
      !street(a) ||
      !street(b)
    )
      continue;
    if (!['at', 'on', 'of', 'near', 'by', 'off'].includes(tokens[i - 2]?.norm ?? '')) continue;
    emit(ctx, a, b, 'LOCATION');
  }
}

/** Words that open a place's name before a name ("lake merritt", "mount sinai", "fort bragg", "camp pendleton"). */
const PLACE_OPENERS = new Set([
  'lake',
  'mount',
  'mt',
  'fort',
  'ft',
  'port',
  'camp',
  'saint',
  'san',
  'santa',
  'santo',
  'el',
  'la',
  'los',
  'las',
]);

/** "by lake merritt", "at mount sinai": a place opener before a name, in lower case. */
function openedPlaces(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    const name = tokens[i + 1] as Token;
    if (!PLACE_OPENERS.has(t.norm) || !spoken(t, ctx) || !spaced(name) || !spoken(name, ctx) || !properWord(name, ctx))
      continue;
    emit(ctx, t, name, 'LOCATION');
  }
}

/** "on west 49th", "off 86th": a numbered street without its type, after "on", "off" or "at". */
function numberedStreets(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const cue = tokens[i - 1] as Token;
    if (!['on', 'off', 'at', 'near'].includes(cue.norm)) continue;
    let k = i;
    if (DIRECTION_WORDS.has(tokens[k]?.norm ?? '') && spaced(tokens[k + 1])) k++;
    const n = tokens[k];
    if (!n || !spaced(n) || !/^\d+(?:st|nd|rd|th)$/.test(n.norm)) continue;
    const next = tokens[k + 1];
    // "on 5th of May", "on 8th street" (the street rule has it), "on 3rd floor".
    if (
      next &&
      spaced(next) &&
      (next.norm === 'of' ||
        MONTH_NUMBERS.has(next.norm) ||
        /^(?:floor|grade|place|time|day|birthday|try|round|period)$/.test(next.norm))
    )
      continue;
    emit(ctx, tokens[i] as Token, n, 'LOCATION');
  }
}

/** Companies and posts known by a number: "Engine 21", "Ladder 4", "Local 1199", "Troop 12", "Precinct 75". */
const NUMBERED_UNITS = new Set([
  'engine',
  'ladder',
  'station',
  'precinct',
  'local',
  'post',
  'troop',
  'ward',
  'district',
  'battalion',
  'squad',
  'rescue',
  'firehouse',
  'chapter',
  'lodge',
  'ps',
  'jhs',
  'is',
  'ms',
  'hs',
]);
/** School numbers ("ps 139", "jhs 22"): the short words are only a school before a number after a cue. */
const SCHOOL_NUMBERS = new Set(['ps', 'jhs', 'is', 'ms', 'hs']);

function numberedUnits(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    const n = tokens[i + 1] as Token;
    if (!NUMBERED_UNITS.has(t.norm) || !spaced(n) || !/^\d{1,4}[a-z]{0,2}$/.test(n.norm)) continue;
    const cue =
      PLACE_CUES.has(tokens[i - 1]?.norm ?? '') ||
      (tokens[i - 1]?.norm === 'the' && PLACE_CUES.has(tokens[i - 2]?.norm ?? ''));
    if (SCHOOL_NUMBERS.has(t.norm)) {
      if (cue) emit(ctx, t, n, 'LOCATION');
    } else if (t.capitalised || cue) emit(ctx, t, n, 'NAME');
  }
}

/** "at one world, the clinic on 24th street": a name followed by what it is, after a place cue. */
function namedThenDescribed(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length - 2; i++) {
    const cue = tokens[i - 1] as Token;
    if (!PLACE_CUES.has(cue.norm) && !WORK_PREPOSITIONS.has(cue.norm)) continue;
    let j = i;
    const word = (t: Token | undefined): t is Token => nameWord(t) || (!!t && isNumberWord(t));
    while (
      j < i + 3 &&
      word(tokens[j]) &&
      spoken(tokens[j] as Token, ctx) &&
      !isKeptWord(tokens[j] as Token) &&
      (j === i || spaced(tokens[j]))
    )
      j++;
    const comma = tokens[j];
    const the = tokens[j + 1];
    if (j === i || !comma || !/^,\s$/.test(comma.gap) || !['the', 'a', 'this'].includes(comma.norm) || !the) continue;
    const kind = tokens
      .slice(j + 1, j + 3)
      .find((w) => VENUE_WORDS.has(w.norm) || FACILITIES.has(w.norm) || ORGANISATIONS.has(w.norm));
    if (!kind) continue;
    const words = tokens.slice(i, j);
    if (
      words.every(
        (w) =>
          GENERIC_MODIFIER_WORDS.has(w.norm) ||
          GENERIC_NOUN_WORDS.has(w.norm) ||
          VENUE_WORDS.has(w.norm) ||
          isAdjective(w.norm),
      )
    )
      continue;
    emit(ctx, words[0] as Token, words[words.length - 1] as Token, FACILITIES.has(kind.norm) ? 'LOCATION' : 'NAME');
  }
}

/**
 * "my dispatcher rocky at valley star transport gives…", "my boss at quick lane auto": a person at
 * a place of several words that are not all generic is at their workplace.
 */
function personAtPlace(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length - 2; i++) {
    const at = tokens[i] as Token;
    if (at.norm !== 'at') continue;
    const person = tokens[i - 1] as Token;
    const role =
      RELATIONS.has(person.norm) ||
      WORK_CONTEXT.has(person.norm) ||
      RELATIONS.has(tokens[i - 2]?.norm ?? '') ||
      WORKPLACE_HEADS.has(person.norm);
    if (!role || FUNCTION.has(person.norm)) continue;
    let j = i + 1;
    const inside = (n: number): boolean =>
      n > i + 1 && NAME_CONNECTORS.has(tokens[n]?.norm ?? '') && nameWord(tokens[n + 1]);
    while (
      j < i + 6 &&
      (nameWord(tokens[j]) || inside(j)) &&
      spoken(tokens[j] as Token, ctx) &&
      !isKeptWord(tokens[j] as Token) &&
      !isCalendarWord(tokens[j] as Token) &&
      spaced(tokens[j])
    )
      j++;
    const words = tokens.slice(i + 1, j);
    if (words.length < 2) continue;
    if (
      words.every(
        (w) =>
          GENERIC_MODIFIER_WORDS.has(w.norm) ||
          GENERIC_NOUN_WORDS.has(w.norm) ||
          VENUE_WORDS.has(w.norm) ||
          FACILITIES.has(w.norm) ||
          WORKPLACE_HEADS.has(w.norm) ||
          isAdjective(w.norm),
      )
    )
      continue;
    emit(ctx, words[0] as Token, words[words.length - 1] as Token, 'NAME');
  }
}

/** Small words inside a business's name in Spanish, Portuguese or French ("centro legal de la raza"). */
const NAME_CONNECTORS = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'do',
  'da',
  'dos',
  'das',
  'du',
  'des',
  'y',
  'e',
]);

/** Length of the employer name from our list or compromise's that starts at `k` (0 when none). */
function listedEmployer(tokens: Token[], k: number): number {
  const first = tokens[k];
  if (!first) return 0;
  for (const phrase of EMPLOYERS_BY_FIRST_WORD.get(first.norm) ?? []) {
    const n = phrase.length;
    let ok = true;
    for (let m = 1; ok && m < n; m++) {
      const t = tokens[k + m];
      ok = !!t && t.norm === phrase[m] && /^[\s'’&-]{1,3}$/.test(t.gap);
    }
    if (ok) return n;
  }
  return 0;
}

/**
 * Employers: "I work at Riverside Diner", "the new job at 3m", "my boss at h-e-b", "i drive for
 * uber", "two jobs now… nights at the waffle house". After a work verb, and after "at" in a
 * sentence about work: a listed employer, a run of names, or a business word after a non-generic one.
 */
function workplaces(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    const prep = tokens[i + 1] as Token;
    let k: number;
    let strong = false;
    if (WORK_VERBS.has(t.norm) && WORK_PREPOSITIONS.has(prep.norm)) {
      k = i + 2;
      strong = true;
    } else if (t.norm === 'at' && tokens.slice(Math.max(0, i - 12), i).some((w) => WORK_CONTEXT.has(w.norm))) k = i + 1;
    else continue;
    if (tokens[k]?.norm === 'the') k++;
    const first = tokens[k];
    if (!first) continue;
    const listed = listedEmployer(tokens, k);
    if (listed) {
      const last = k + listed - 1;
      emit(ctx, first, tokens[possessiveS(tokens[last + 1]) ? last + 1 : last] as Token, 'NAME');
      continue;
    }
    let j = k;
    while (j < tokens.length) {
      const c = tokens[j] as Token;
      if (j > k && !/^(?:\s|-|'|’|\s&\s)$/.test(c.gap)) break;
      const orgLike =
        (c.capitalised && !isKeptWord(c)) ||
        (/\d/.test(c.norm) && /[a-z]/.test(c.norm)) ||
        nameLike(c, ctx) ||
        properWord(c, ctx) ||
        (j > k && ORGANISATIONS.has(c.norm));
      if (!orgLike || FUNCTION.has(c.norm)) break;
      j++;
    }
    if (j > k) {
      // "powell's", "the waffle house": the possessive or the business word after a name belongs to it.
      const after = tokens[j];
      if (possessiveS(after)) j++;
      else if (
        spaced(after) &&
        (ORGANISATIONS.has(after.norm) || FACILITIES.has(after.norm) || WORKPLACE_HEADS.has(after.norm))
      )
        j++;
      emit(ctx, first, tokens[j - 1] as Token, 'NAME');
      continue;
    }
    if (strong) describedEmployer(ctx, k, k > i + 2 ? 1 : 2);
  }
}

/**
 * "I work at the rusty nail on weekends": after a work verb and "the", words closed by punctuation
 * or a preposition name the employer, unless every one of them is generic ("the front desk",
 * "the grocery store", "the hospital").
 */
function describedEmployer(ctx: Context, k: number, minWords: number): void {
  const { tokens } = ctx;
  let end = k;
  while (end < k + 3 && end < tokens.length) {
    const w = tokens[end] as Token;
    if (
      (end > k && !spaced(w)) ||
      !spoken(w, ctx) ||
      !nameWord(w) ||
      isKeptWord(w) ||
      isNumberWord(w) ||
      isCalendarWord(w)
    )
      break;
    end++;
  }
  const words = tokens.slice(k, end);
  if (
    !words.length ||
    !(closes(tokens[end]) || (spaced(tokens[end]) && APPOSITIVE_CLOSERS.has((tokens[end] as Token).norm)))
  )
    return;
  const generic = (w: Token): boolean =>
    GENERIC_MODIFIER_WORDS.has(w.norm) ||
    GENERIC_NOUN_WORDS.has(w.norm) ||
    VENUE_WORDS.has(w.norm) ||
    FACILITIES.has(w.norm) ||
    ORGANISATIONS.has(w.norm) ||
    WORKPLACE_HEADS.has(w.norm) ||
    isGrammarWord(w.norm);
  const last = words[words.length - 1] as Token;
  if (
    words.length < minWords ||
    words.every(generic) ||
    GENERIC_NOUN_WORDS.has(last.norm) ||
    (words.length === 1 && isEnglishWord(last.norm))
  )
    return;
  emit(ctx, words[0] as Token, last, 'NAME');
}

/**
 * Schools, churches, businesses and employers named in everyday words, found by the cues that
 * introduce them and the words that end them; the part of name recognition that reads phrases
 * rather than single capitalised words.
 */
export function findVenues(text: string, tokens: Token[], caseless: boolean): Found[] {
  const ctx: Context = { text, tokens, caseless, out: [] };
  institutions(ctx);
  initialisms(ctx);
  possessiveBusinesses(ctx);
  appositives(ctx);
  intersections(ctx);
  workplaces(ctx);
  numberedUnits(ctx);
  numberedStreets(ctx);
  openedPlaces(ctx);
  namedThenDescribed(ctx);
  personAtPlace(ctx);
  return ctx.out;
}
