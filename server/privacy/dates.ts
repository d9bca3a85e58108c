import type { Found } from './found.ts';
import { HOLIDAYS_BY_FIRST_WORD, MONTH_NUMBERS, ORDINAL_VALUES, TENS_VALUES, WEEKDAY_SET } from './lexicon/index.ts';
import type { Token } from './text.ts';

const MONTH =
  '(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)\\.?';
const UNIT_ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)';
const DAY_WORD = `(?:(?:twenty|thirty)[\\s-]${UNIT_ORDINAL}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
const DAY_NUM = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const DAY = `(?:${DAY_NUM}|${DAY_WORD})`;
const YEAR = "(?:,?\\s*(?:\\d{4}|'\\d{2}))";
const RANGE = `(?:\\s*(?:-|–|to|through|thru|and|or|&)\\s*${DAY})`;
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

const MONTH_DAY = new RegExp(`\\b(${MONTH})\\s+(?:the\\s+)?(${DAY})\\b${RANGE}?${YEAR}?(?![\\w/])`, 'gi');
const DAY_MONTH = new RegExp(`\\b(${DAY})\\s+(?:of\\s+)?(${MONTH})(?![\\w])${YEAR}?`, 'gi');
const MONTH_YEAR = new RegExp(`\\b(${MONTH})\\s+(?:of\\s+)?(\\d{4})\\b`, 'gi');
const NUMERIC = /(?<![\w/.-])(\d{1,4})([/.-])(\d{1,2})(?:\2(\d{2,4}))?(?![\w]|[/.-]\d)/g;
const WEEKDAY_ORDINAL = new RegExp(`\\b${WEEKDAY},?\\s+(?:the\\s+)?(${DAY_NUM}|${DAY_WORD})\\b`, 'gi');
/** "on the 12th", "since the tenth": a day of the month without its month. */
const BARE_ORDINAL = new RegExp(
  `\\b(?:(on|since|by|until|till|before|after|from|around|is|s|was|be)\\s+)?the\\s+((?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)|${DAY_WORD})\\b(?!\\s+of\\s+${MONTH})`,
  'gi',
);
/** Nouns after an ordinal that make it a rank, not a date ("the 3rd time", "the fifth floor"). */
const RANK_NOUN =
  /^\s*(?:time|times|floor|grade|graders?|place|person|one|ones|round|try|attempt|step|level|year|years|kid|child|son|daughter|week|weeks|day|days|street|st|avenue|ave|century|amendment|period|row|chapter|page|inning|hole|question|item|session|visit|session|draft|cup|drink|glass|shot|beer|job|doctor|therapist|school|house|apartment|car|baby|grandchild|marriage|wife|husband|attempt|rep|set|lap|mile|hour|minute|month)\b/i;
const MONTH_CUE =
  /\b(?:in|since|until|till|by|of|last|next|this|early|late|mid|end of|beginning of|during|through|before|after|from)\s*$/i;

const SPELLED_AGE = new RegExp(
  `\\b(?:ninety(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one)\\s+hundred(?:\\s+and)?(?:\\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?|hundred\\s+and\\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))\\b`,
  'gi',
);
const AGE_BEFORE =
  /\b(?:age|aged|is|'s|’s|turned|turns|turning|be|was|am|i'm|i’m|lived to|live to|made it to|reached|almost|nearly|over|past)\s*$/i;
const AGE_AFTER = /^\s*(?:-?\s*years?|-?\s*yrs?|y\/?o\b|-year-old|year-old|years-old|th birthday)/i;
const NOT_AGE_AFTER =
  /^\s*(?:%|percent|dollars?|bucks|pounds?|lbs?|miles?|minutes?|mins?|seconds?|days?|degrees|mg|times|people|calories|points)/i;

function dayNumber(day: string): number | undefined {
  const d = day.toLowerCase().replace(/[\s-]+/g, ' ');
  const numeric = /^(\d{1,2})/.exec(d);
  if (numeric) return Number(numeric[1]);
  const direct = ORDINAL_VALUES.get(d);
  if (direct) return direct;
  const [tens, unit] = d.split(' ');
  const t = TENS_VALUES.get(tens ?? '');
  const u = ORDINAL_VALUES.get(unit ?? '');
  return t && u ? t + u : undefined;
}

const monthNumber = (m: string): number | undefined => MONTH_NUMBERS.get(m.toLowerCase().replace(/\.$/, ''));
const dateEntity = (month: number | undefined, day: number | undefined): string | undefined =>
  month && day ? `date:${month}-${day}` : undefined;

/**
 * Every date element but the year (Safe Harbor (C)): month and day in any spelling, numeric
 * dates, a day of the month on its own, months, holidays, and ages over 89.
 */
export function findDates(text: string, tokens: Token[]): Found[] {
  const found: Found[] = [];
  const emit = (start: number, end: number, entity?: string): void => {
    if (end > start) found.push({ start, end, kind: 'DATE', source: 'pattern', entity });
  };

  const hasDigit = /\d/.test(text);
  const hasMonth = tokens.some((t) => MONTH_NUMBERS.has(t.norm));
  const hasOrdinal = hasDigit || tokens.some((t) => ORDINAL_VALUES.has(t.norm));
  if (hasMonth) monthNames(text, emit);
  if (hasDigit) numericDates(text, emit);
  if (hasOrdinal) {
    if (tokens.some((t) => WEEKDAY_SET.has(t.norm)))
      for (const m of text.matchAll(WEEKDAY_ORDINAL)) emit(m.index, m.index + m[0].length);
    bareOrdinals(text, emit);
  }
  monthsAndHolidays(text, tokens, emit);
  if (/ninety|hundred/i.test(text)) spelledAges(text, emit);
  if (hasDigit) numericAges(text, emit);
  return found;
}

type Emit = (start: number, end: number, entity?: string) => void;

function monthNames(text: string, emit: Emit): void {
  for (const m of text.matchAll(MONTH_DAY)) {
    const [whole, month = '', day = ''] = m;
    if (/^may$/i.test(month) && /^(?:i|we|be|you)\b/i.test(day)) continue;
    emit(m.index, m.index + whole.length, dateEntity(monthNumber(month), dayNumber(day)));
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    const [whole, day = '', month = ''] = m;
    if (/^(?:may|march)$/i.test(month) && !/\bof\b/i.test(whole) && /^\d/.test(day) === false) continue;
    emit(m.index, m.index + whole.length, dateEntity(monthNumber(month), dayNumber(day)));
  }
  for (const m of text.matchAll(MONTH_YEAR)) emit(m.index, m.index + m[0].length);
}

function numericDates(text: string, emit: Emit): void {
  for (const m of text.matchAll(NUMERIC)) {
    const [whole, a = '', sep, b = '', c] = m;
    const [x, y] = [Number(a), Number(b)];
    if (a.length === 4) {
      if (c && y >= 1 && y <= 12 && Number(c) >= 1 && Number(c) <= 31)
        emit(m.index, m.index + whole.length, dateEntity(y, Number(c)));
      continue;
    }
    if (sep === '.' && !c) continue;
    const valid = (x >= 1 && x <= 12 && y >= 1 && y <= 31) || (y >= 1 && y <= 12 && x >= 1 && x <= 31);
    if (!valid) continue;
    const after = text.slice(m.index + whole.length, m.index + whole.length + 12);
    if (!c && /^\s*(?:of|tabs?|tablets?|pills?|cups?|miles?|hours?|mg|a\b|an\b)/i.test(after)) continue;
    if (!c && /^(?:24\/7|50\/50)$/.test(whole)) continue;
    emit(m.index, m.index + whole.length, x <= 12 ? dateEntity(x, y) : dateEntity(y, x));
  }
}

function bareOrdinals(text: string, emit: Emit): void {
  for (const m of text.matchAll(BARE_ORDINAL)) {
    const [whole, cue, ordinal = ''] = m;
    const end = m.index + whole.length;
    if (RANK_NOUN.test(text.slice(end, end + 14))) continue;
    // A spelled ordinal ("the fifth") is a date only after a time word ("on the fifth").
    if (!/^\d/.test(ordinal) && !cue) continue;
    const start = end - ordinal.length;
    emit(start, end, dateEntity(undefined, dayNumber(ordinal)));
  }
}

function spelledAges(text: string, emit: Emit): void {
  for (const m of text.matchAll(SPELLED_AGE)) {
    const end = m.index + m[0].length;
    if (NOT_AGE_AFTER.test(text.slice(end, end + 12))) continue;
    emit(m.index, end);
  }
}

function numericAges(text: string, emit: Emit): void {
  for (const m of text.matchAll(/(?<![\w.$])(9\d|1[01]\d)(?![\w%]|[.,]\d)/g)) {
    const end = m.index + m[0].length;
    if (AGE_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index)) || AGE_AFTER.test(text.slice(end, end + 14))) {
      if (!NOT_AGE_AFTER.test(text.slice(end, end + 12))) emit(m.index, end);
    }
  }
}

function monthsAndHolidays(text: string, tokens: Token[], emit: Emit): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const month = MONTH_NUMBERS.get(t.norm);
    if (month && t.norm.length >= 3) {
      const ambiguous =
        t.norm === 'may' ||
        t.norm === 'march' ||
        t.norm === 'mar' ||
        t.norm === 'jan' ||
        t.norm === 'jun' ||
        t.norm === 'dec' ||
        t.norm === 'sat';
      const cue = MONTH_CUE.test(text.slice(Math.max(0, t.start - 16), t.start));
      const abbreviation = t.norm.length === 3 && t.norm !== 'may';
      if ((!ambiguous && !abbreviation) || cue || (t.norm === 'march' && t.capitalised && !t.sentenceStart))
        emit(t.start, t.end);
      continue;
    }
    for (const phrase of HOLIDAYS_BY_FIRST_WORD.get(t.norm) ?? []) {
      let k = 0;
      while (k < phrase.length && tokens[i + k]?.norm === phrase[k]) k++;
      if (k === phrase.length) {
        const last = tokens[i + k - 1];
        if (last && (t.capitalised || phrase.length > 1 || t.norm.length > 4)) emit(t.start, last.end);
        break;
      }
    }
  }
}
