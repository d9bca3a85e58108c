/** Letters that Unicode decomposition does not reduce to ASCII. */
const EXTRA_FOLDS: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ħ: 'h',
  ŀ: 'l',
};

/** Lower-case, accent-free form used for every comparison ("López" → "lopez"). */
export function fold(text: string): string {
  const lower = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return /\P{ASCII}/u.test(lower) ? lower.replace(/[øłđðþßæœıħŀ]/g, (c) => EXTRA_FOLDS[c] ?? c) : lower;
}

/** Letters and digits only, folded: how codes are compared ("MRN-004 82/13" → "mrn0048213"). */
export function alnumKey(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, '');
}

export interface Token {
  start: number;
  end: number;
  raw: string;
  /** Folded form. */
  norm: string;
  /** Characters between the previous token and this one. */
  gap: string;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /** Two or more letters, all upper case. */
  allCaps: boolean;
  /** Digits only. */
  numeric: boolean;
  /** First token of a sentence (or of the text). */
  sentenceStart: boolean;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
/** Abbreviations whose full stop does not end a sentence. */
const NON_FINAL = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'prof',
  'rev',
  'fr',
  'mt',
  'ft',
  'sept',
  'oct',
  'nov',
  'dec',
  'jan',
  'feb',
  'aug',
  'apr',
  'vs',
  'approx',
  'apt',
  'ave',
  'blvd',
  'e',
  'g',
  'i',
]);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  let previous: Token | undefined;
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const gap = text.slice(last, start);
    const first = raw[0] ?? '';
    const letters = raw.replace(/[^\p{L}]/gu, '');
    const sentenceStart =
      previous === undefined ||
      ((gap.length > 1 || gap !== ' ') &&
        (/\n|["“(!?]/.test(gap) ||
          (/\.["'”’)]*\s/.test(gap) && !(NON_FINAL.has(previous.norm) && /^\.\s+$/.test(gap))) ||
          /:\s*$/.test(gap)));
    const token: Token = {
      start,
      end: start + raw.length,
      raw,
      norm: fold(raw),
      gap,
      capitalised: first !== first.toLowerCase() && first === first.toUpperCase(),
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      numeric: /^\p{N}+$/u.test(raw),
      sentenceStart,
    };
    tokens.push(token);
    previous = token;
    last = token.end;
  }
  return tokens;
}

/**
 * True when the text carries no capitalisation to reason with: shouting, or speech-to-text
 * output, where at most "I" and acronyms such as "RA" are upper case and sentences start in
 * lower case ("she told our RA, tyler"; not "I didn't know that.").
 */
export function isCaseless(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of text) {
    if (ch >= 'A' && ch <= 'Z') upper++;
    else if (ch >= 'a' && ch <= 'z') lower++;
  }
  if (upper === 0 || (upper > 8 && lower < upper / 10)) return true;
  return !/\p{Lu}\p{Ll}/u.test(text) && /(?:^|[.!?]\s+)["'“‘(]?\p{Ll}/u.test(text);
}
