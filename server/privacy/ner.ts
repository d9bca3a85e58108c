import type { Found } from './found.ts';
import type { IdentifierKind } from './kinds.ts';
import {
  FACILITIES, FUNCTION, KEPT_PLACES, KNOWN_PLACES, MONTH_NUMBERS, NON_IDENTIFIERS, ORGANISATIONS, RELATIONS, STATE_CODES,
  STREET_TYPES, DIRECTION_WORDS, TITLE_WORDS, WEEKDAY_SET, GIVEN, HOLIDAYS_BY_FIRST_WORD, isEnglishWord, isGrammarWord, isPersonName, isUnambiguousName,
} from './lexicon/index.ts';
import type { Token } from './text.ts';

/** Words that start a place name and are capitalised with it ("St. Nicholas", "Fort Worth"). */
const PLACE_PREFIXES = new Set(['st', 'saint', 'san', 'santa', 'santo', 'fort', 'ft', 'mount', 'mt', 'port', 'los', 'las', 'el', 'la', 'new', 'north', 'south', 'east', 'west', 'lake', 'notre']);
/** Lower-case words that may sit inside a capitalised name ("Church of the Nazarene", "Notre Dame d'Haiti"). */
const CONNECTORS = new Set(['of', 'the', 'de', 'del', 'della', 'la', 'le', 'da', 'do', 'dos', 'das', 'di', 'du', 'van', 'von', 'der', 'bin', 'ibn', 'al', 'el', 'd', 'y', 'e']);
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'to', 'near', 'outside', 'around', 'at', 'visit', 'visiting', 'toward', 'towards', 'into', 'across', 'through', 'moved', 'live', 'lives', 'living', 'lived', 'back', 'by', 'on', 'off']);
const POSSESSIVES = new Set(['my', 'his', 'her', 'our', 'their', 'your', 'a', 'the', 'whose', 'mom', 'dad']);
const NAMING = [['named'], ['name', 'is'], ['name', 's'], ['names', 'are'], ['called'], ['goes', 'by'], ['go', 'by'], ['call', 'me'], ['calls', 'me'], ['call', 'him'], ['call', 'her'], ['call', 'them'], ['calls', 'him'], ['calls', 'her'], ['nicknamed'], ['aka'], ['known', 'as']];
const WORK_VERBS = new Set(['work', 'works', 'worked', 'working', 'job', 'shift', 'employed', 'hired', 'fired', 'off', 'resigned', 'quit', 'intern', 'interning', 'volunteer', 'volunteering', 'drive', 'drives', 'driving', 'drove', 'clean', 'cleans', 'teach', 'teaches', 'manager', 'boss', 'nurse']);
/** Words after a lower-case name-word that show it is a person ("hope said", "grace's"). */
export const PERSON_VERBS = new Set([
  's', 'said', 'says', 'told', 'tells', 'asked', 'asks', 'called', 'calls', 'texted', 'texts', 'came', 'comes', 'went', 'goes', 'left', 'wants', 'wanted',
  'thinks', 'thought', 'knows', 'knew', 'feels', 'felt', 'cried', 'yelled', 'screamed', 'laughed', 'hit', 'pushed', 'loves', 'hates', 'likes', 'gave', 'gives',
  'took', 'takes', 'lives', 'lived', 'works', 'worked', 'drives', 'drove', 'heard', 'saw', 'and', 'was', 'is', 'has', 'had', 'did', 'does', 'got', 'gets',
]);

interface Context {
  text: string;
  tokens: Token[];
  caseless: boolean;
  out: Found[];
}

function emit(ctx: Context, from: Token, to: Token, kind: IdentifierKind): void {
  ctx.out.push({ start: from.start, end: to.end, kind, source: 'ner' });
}

/** Words that never identify anyone even when capitalised: "I", months, states, nationalities, drug names. */
function isKeptWord(t: Token): boolean {
  return (
    t.norm === 'i' ||
    NON_IDENTIFIERS.has(t.norm) ||
    KEPT_PLACES.has(t.norm) ||
    isCalendarWord(t) ||
    HOLIDAYS_BY_FIRST_WORD.has(t.norm) ||
    /\d/.test(t.norm) ||
    (t.allCaps && STATE_CODES.has(t.norm))
  );
}

/** Months and weekdays spelled out; "Jun", "Sun" and "Sat" may be names ("my brother Jun", "Sun Valley"). */
function isCalendarWord(t: Token): boolean {
  const w = t.norm;
  if (w.length > 3 && (WEEKDAY_SET.has(w) || MONTH_NUMBERS.has(w))) return true;
  return w === 'may' || (w.length > 4 && w.endsWith('s') && WEEKDAY_SET.has(w.slice(0, -1)));
}

/** Inside a capitalised run, a country, language or creed is part of the name ("Little Haiti", "Chinese Hospital"). */
function continuesRun(t: Token | undefined): boolean {
  return !!t && t.capitalised && !isCalendarWord(t) && t.norm !== 'i' && !TITLE_WORDS.has(t.norm) && !t.numeric;
}

/** Could this token be (part of) a name, judged by the token alone? */
function nameLike(t: Token | undefined, ctx: Context): boolean {
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
  if (ctx.caseless || t.capitalised) return isPersonName(t.norm) && !isGrammarWord(t.norm) && !isKeptWord(t);
  return false;
}

const joined = (t: Token): boolean => /^(?:\s|-|'|’|\.\s|\s&\s|&)$/.test(t.gap);

/** Extends a name from `i` over following name-like tokens ("Kevin O'Brien", "Ann Marie Kowalczyk"). */
function extendName(ctx: Context, i: number, max = 3): number {
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
function startsRun(t: Token, next: Token | undefined): boolean {
  if (!t.capitalised || t.numeric || TITLE_WORDS.has(t.norm) || RELATIONS.has(t.norm)) return false;
  if (isKeptWord(t)) {
    const nameFollows = continuesRun(next) && joined(next as Token) && !isKeptWord(next as Token);
    if (!nameFollows || t.sentenceStart || isCalendarWord(t) || t.norm === 'i') return false;
  }
  return !t.sentenceStart || (!isEnglishWord(t.norm) && !FUNCTION.has(t.norm)) || isUnambiguousName(t.norm);
}

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
    if (!prefix && !startsRun(t, next)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const following = tokens[j + 1];
      if (!following || !joined(following)) break;
      const after = tokens[j + 2];
      if (following.norm === 's' && /['’]/.test(following.gap)) {
        // "Babushka's Kitchen", "Our Savior's Lutheran": a possessive inside a business or place name.
        const named = after?.capitalised && (ORGANISATIONS.has(after.norm) || FACILITIES.has(after.norm) || (isKeptWord(after) && !RELATIONS.has(after.norm) && !isCalendarWord(after)));
        if (after && /^\s$/.test(after.gap) && named) {
          j += 2;
          continue;
        }
        // "Rudy's bar": the possessive belongs to the business.
        if (after && /^\s$/.test(after.gap) && !after.capitalised && (ORGANISATIONS.has(after.norm) || FACILITIES.has(after.norm))) j++;
        break;
      }
      // A full stop ends the run unless it closes an abbreviation or an initial ("St. Nicholas", "Gerald R. Ford").
      if (/\.\s/.test(following.gap) && !['st', 'mt', 'ft', 'jr', 'sr'].includes(tokens[j]?.norm ?? '') && !/^[A-Z]$/.test(tokens[j]?.raw ?? '')) break;
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
      if (CONNECTORS.has(following.norm) && continuesRun(after) && (following.norm !== 'the' || tokens[j]?.norm === 'of')) {
        j += 2;
        continue;
      }
      break;
    }
    // "McDonogh 35", "Motel 6": a short number that ends the name.
    const number = tokens[j + 1];
    if (number?.numeric && number.raw.length <= 3 && /^\s$/.test(number.gap) && (!tokens[j + 2] || /^[.,;:!?]/.test(tokens[j + 2]?.gap ?? ''))) j++;
    // A run that starts with a kept word ("Spanish", "Korean") needs a name after it.
    while (i < j && isKeptWord(tokens[i] as Token) && isKeptWord(tokens[j] as Token)) j--;
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
    if (opener?.sentenceStart && opener.capitalised && /^\s$/.test(first.gap) && !FUNCTION.has(opener.norm) && (FACILITIES.has(last.norm) || ORGANISATIONS.has(last.norm))) first = opener;
    // "Dot Pinckney" at the start of a sentence: a given name that is also a word, before a surname.
    if (opener?.sentenceStart && opener.capitalised && /^\s$/.test(first.gap) && first === tokens[i] && GIVEN.has(opener.norm) && !FUNCTION.has(opener.norm) && !isKeptWord(opener)) first = opener;
    // Church names: "Our Lady of Guadalupe", "Our Savior's".
    if (opener?.norm === 'our' && opener.capitalised && /^(?:lady|savior|saviour|redeemer|mother|father)$/.test(first.norm)) first = opener;
    const previous = tokens[first === opener ? i - 2 : i - 1];
    let kind: IdentifierKind = 'NAME';
    if (FACILITIES.has(last.norm) || (STREET_TYPES.has(last.norm) && i < j) || KNOWN_PLACES.has(phrase) || prefix) kind = 'LOCATION';
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
    const accept = strongTitle ? nameAfterCue(next, ctx) : next.capitalised ? !isKeptWord(next) && !TITLE_WORDS.has(next.norm) : ctx.caseless && nameAfterCue(next, ctx);
    if (!accept) continue;
    let j = extendName(ctx, i + 1);
    if (t.norm === 'saint' || t.norm === 'st') {
      // "St. John's Cathedral", "saint brendan's": the possessive and the building are part of the name.
      const s = tokens[j + 1];
      const building = tokens[j + 2];
      if (s?.norm === 's' && /['’]/.test(s.gap)) j += building && /^\s$/.test(building.gap) && (FACILITIES.has(building.norm) || ORGANISATIONS.has(building.norm)) ? 2 : 1;
      emit(ctx, t, tokens[j] as Token, 'LOCATION');
    } else emit(ctx, next, tokens[j] as Token, 'NAME');
  }
}

/** "my sister Ana", "her boss, Kevin", "my daughter grace". */
function relations(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (!RELATIONS.has(t.norm)) continue;
    const before = tokens[i - 1] as Token;
    if (!POSSESSIVES.has(before.norm) && !(before.norm === 's' && /['’]/.test(before.gap))) continue;
    let k = i + 1;
    // "sister-in-law Ana"
    if (tokens[k]?.norm === 'in' && tokens[k + 1]?.norm === 'law' && /-/.test(tokens[k]?.gap ?? '')) k += 2;
    // "my grandma Doña Cuca", "my uncle Dr. Obi": the title is left to the title rule.
    if (TITLE_WORDS.has(tokens[k]?.norm ?? '')) continue;
    const candidate = tokens[k];
    if (!candidate || !/^(?:\s|,\s|\s-\s|\s–\s)$/.test(candidate.gap)) continue;
    if (!nameAfterCue(candidate, ctx)) continue;
    emit(ctx, candidate, tokens[extendName(ctx, k)] as Token, 'NAME');
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
    }
  }
}

/** "I work at Riverside Diner", "the new job at 3m": employers, in any case. */
function employers(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length - 2; i++) {
    const t = tokens[i] as Token;
    if (!WORK_VERBS.has(t.norm)) continue;
    const prep = tokens[i + 1] as Token;
    if (!['at', 'for', 'with', 'by', 'from'].includes(prep.norm)) continue;
    let k = i + 2;
    if (tokens[k]?.norm === 'the') k++;
    const first = tokens[k];
    if (!first) continue;
    let j = k;
    while (j < tokens.length) {
      const c = tokens[j] as Token;
      if (j > k && !/^(?:\s|-|'|’|\s&\s)$/.test(c.gap)) break;
      const orgLike = (c.capitalised && !isKeptWord(c)) || /\d/.test(c.norm) && /[a-z]/.test(c.norm) || nameLike(c, ctx) || (j > k && ORGANISATIONS.has(c.norm));
      if (!orgLike || FUNCTION.has(c.norm)) break;
      j++;
    }
    if (j > k) emit(ctx, first, tokens[j - 1] as Token, 'NAME');
  }
}

/** Lower-case or sentence-initial words that are names in our lists and not everyday words. */
function listedNames(ctx: Context): void {
  for (const t of ctx.tokens) {
    if (t.numeric || isKeptWord(t) || TITLE_WORDS.has(t.norm) || RELATIONS.has(t.norm)) continue;
    if (isUnambiguousName(t.norm) || (ctx.caseless && t.norm.length >= 3 && !/\d/.test(t.norm) && !isEnglishWord(t.norm))) {
      emit(ctx, t, t, KNOWN_PLACES.has(t.norm) && !GIVEN.has(t.norm) ? 'LOCATION' : 'NAME');
    }
  }
}

/** Universities named after a state ("Georgia State", "penn state", "Georgia Tech"). */
const STATE_INSTITUTIONS = new Set(['state', 'tech', 'university', 'college']);

/** "phalen lake elementary", "roosevelt elementary" in speech-to-text output (capitalised ones are runs). */
function lowerCaseFacilities(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const place = tokens[i - 1] as Token;
    if (STATE_INSTITUTIONS.has(t.norm) && KEPT_PLACES.has(place.norm) && /^\s$/.test(t.gap)) {
      emit(ctx, place, t, 'LOCATION');
      continue;
    }
    if (!ctx.caseless || !FACILITIES.has(t.norm)) continue;
    let j = i - 1;
    let proper = false;
    while (j >= 0 && i - j <= 3) {
      const c = tokens[j] as Token;
      if (FUNCTION.has(c.norm) || RELATIONS.has(c.norm) || c.numeric || isKeptWord(c)) break;
      if (isEnglishWord(c.norm) && !FACILITIES.has(c.norm)) break;
      proper = true;
      if (!/^\s$/.test(tokens[j + 1]?.gap ?? '')) break;
      j--;
    }
    if (proper && j + 1 < i) emit(ctx, tokens[j + 1] as Token, t, 'LOCATION');
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
    if (direction && DIRECTION_WORDS.has(direction.norm) && /^\s$/.test(direction.gap) && direction.capitalised) to = direction;
    emit(ctx, from, to, 'LOCATION');
  }
}

/** "got out of Angola", "locked up in Rikers": a prison, even when it shares a country's name. */
function custody(ctx: Context): void {
  const { tokens } = ctx;
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const cue = `${tokens[i - 2]?.norm} ${tokens[i - 1]?.norm}`;
    if (!/^(?:out of|released from|up in|sent to|transferred to|time in|time at|locked in|paroled from)$/.test(cue)) continue;
    if (!t.capitalised && !ctx.caseless) continue;
    if (!t.capitalised && (isEnglishWord(t.norm) || FUNCTION.has(t.norm))) continue;
    emit(ctx, t, tokens[extendName(ctx, i, 2)] as Token, 'LOCATION');
  }
}

/** Place names after "in", "from", "to" in text without capitals ("my mom's in quincy"). */
function caselessPlaces(ctx: Context): void {
  if (!ctx.caseless) return;
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (!['in', 'from', 'to', 'near', 'outside', 'around'].includes(t.norm)) continue;
    const next = tokens[i + 1] as Token;
    if (!nameLike(next, ctx) && !KNOWN_PLACES.has(next.norm)) continue;
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
  employers(ctx);
  listedNames(ctx);
  lowerCaseFacilities(ctx);
  streets(ctx);
  caselessPlaces(ctx);
  custody(ctx);
  return ctx.out;
}
