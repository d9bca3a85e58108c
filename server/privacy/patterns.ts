import type { Found } from './found.ts';
import type { IdentifierKind } from './kinds.ts';
import { DIGIT_VALUES, STATE_CODES, isEnglishWord } from './lexicon/index.ts';
import { fold, type Token } from './text.ts';

/** Words after a number that make it a quantity, not an identifier ("2000 calories"). */
const QUANTITY_AFTER =
  /^\s*(?:%|percent|dollars?|bucks|cents?|k\b|calories|steps|miles?|mi\b|feet|foot|ft\b|pounds?|lbs?|kg|kilos?|grams?|mg|ml|mcg|units?|people|persons|times|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?|yrs?|words|pages|reps|points|degrees|sq|square|followers|likes|views|subscribers|members|students|employees|acres|gallons|liters|litres|meters|metres|km|yards)\b/i;
const MONEY_BEFORE = /[$€£¥]\s*$/;

const TOLL_FREE = /^(?:1)?(800|888|877|866|855|844|833)/;

/** Cue words that say what kind of number follows ("member ID", "plate", "serial"). */
const CUES: Array<[RegExp, IdentifierKind]> = [
  [/\b(?:social security(?: number| no\.?| #)?|social|ssn|ss#|ss number)$/i, 'SSN'],
  [
    /\b(?:mrn|mr#|mr number|medical record(?: number| no\.?| #)?|record number|record #|chart number|chart #|chart no\.?|patient id|patient number|hospital number)$/i,
    'MRN',
  ],
  [
    /\b(?:member(?:ship)? (?:id|number|no\.?|#)|policy(?: number| no\.?| #| id)?|insurance (?:id|number|card|#)|subscriber (?:id|number|#)|group (?:number|no\.?|#)|medicaid(?: id| number| #| card)?|medicare(?: id| number| #| card)?|plan (?:id|number|#)|beneficiary (?:id|number)|insurance card)$/i,
    'HEALTH_PLAN',
  ],
  [
    /\b(?:account(?: number| no\.?| #)?|acct\.?(?: number| no\.?| #)?|routing(?: number| no\.?| #)?|(?:credit |debit )?card(?: number| no\.?| #)?(?: ending| ends)?(?: in)?|ending in|ends in|iban)$/i,
    'ACCOUNT',
  ],
  [
    /\b(?:(?:driver'?s |drivers |commercial |nursing |medical |business )?licen[cs]e(?: number| no\.?| #)?|certificate(?: number| no\.?| #)?|cert(?: number| #)|permit(?: number| no\.?| #)?|bar (?:number|no\.?|#)|medallion(?: number| #)?|dea(?: number| #)?|npi(?: number)?|cdl(?: number)?)$/i,
    'LICENSE',
  ],
  [
    /\b(?:licen[cs]e plate(?: number| #)?|plates?(?: number| no\.?| #)?|plate's|tags?(?: number| #)?|registration(?: number| no\.?| #)?|vin(?: number| #)?|(?:truck|car|van|vehicle|bus|boat|cab) (?:number|no\.?|#))$/i,
    'VEHICLE',
  ],
  [
    /\b(?:serial(?: number| no\.?| #)?|s\/n|sn|device (?:id|number|#)|imei(?: number)?|model (?:number|no\.?|#)|pump (?:number|#)|implant (?:number|id))$/i,
    'DEVICE',
  ],
  [
    /\b(?:fingerprint|voiceprint|voice print|retinal? scan|iris scan|face ?id|biometric)(?: id| template| hash| number| no\.?| #)?$/i,
    'BIOMETRIC',
  ],
  [
    /\b(?:(?:student|employee|badge|case|claim|docket|file|reference|ref|confirmation|tracking|order|ticket|inmate|booking|client|customer|visa|passport|green card|alien|a-number|id|identification|pin|code) ?(?:number|no\.?|#|id|code)?|number|no\.|#|id)$/i,
    'OTHER_ID',
  ],
];
/** Last words of the cues above: only these tokens are checked against them. */
const CUE_ENDINGS = new Set(
  'security social ssn ss mrn mr number no record chart id member membership policy insurance card subscriber group medicaid medicare plan beneficiary account acct routing ending ends in iban license licence certificate cert permit bar medallion dea npi cdl plate plates s tag tags registration vin serial n sn imei model pump implant code pin passport visa handle username name gamertag tag instagram insta snapchat snap tiktok twitter discord ig fingerprint voiceprint print scan faceid face biometric template hash'.split(
    ' ',
  ),
);

/** Handles and user names are identifiers even without digits. */
const HANDLE_CUE =
  /\b(?:handle|username|user name|user id|gamertag|gamer tag|screen name|instagram|insta|snapchat|snap|tiktok|twitter|discord|ig)$/i;
/** A cue that is followed by a handle when no number follows ("her account is bri.lovesyou22"). */
const ACCOUNT_CUE = /\b(?:account|page|profile)$/i;
/** Words allowed between a cue and the number ("member ID is", "plate was", "card ending in"). */
const FILLER =
  /^(?:[\s:#,]|is|was|are|were|it's|its|it is|of|my|his|her|their|the|number|no\.?|ending|ends|in|says|said|reads|listed as|on file as|be|should be)*$/i;

interface Emit {
  (start: number, end: number, kind: IdentifierKind, entity?: string): void;
}

const trimTrailing = (text: string, start: number, end: number): number => {
  let e = end;
  while (e > start && /[.,;:!?)\]'"’”]/.test(text[e - 1] ?? '')) e--;
  return e;
};

function emails(text: string, emit: Emit): void {
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g))
    emit(m.index, m.index + m[0].length, 'EMAIL');
  const spoken =
    /\b([a-z0-9]+(?:\s+(?:dot|underscore|dash|period|hyphen)\s+[a-z0-9]+)*)\s+at\s+[a-z0-9]+(?:\s+(?:dot|dash)\s+[a-z0-9]+)*\s+dot\s+(?:com|net|org|edu|gov|io|co|us|me|info|biz)\b/gi;
  for (const m of text.matchAll(spoken)) {
    const local = m[1] ?? '';
    if (!/\s/.test(local) && isEnglishWord(fold(local))) continue;
    emit(m.index, m.index + m[0].length, 'EMAIL');
  }
}

const TLDS =
  'com|org|net|edu|gov|mil|io|co|us|dev|blog|ag|pr|tv|me|info|app|ly|uk|ca|au|de|fr|biz|online|site|xyz|ai|gg|to|link|page|health|care|law|club|shop|store|news';
function urls(text: string, emit: Emit): void {
  for (const m of text.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>"']+/gi))
    emit(m.index, trimTrailing(text, m.index, m.index + m[0].length), 'URL');
  const bare = new RegExp(
    `(?<![@\\w.-])[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9-]+)*\\.(?:${TLDS})\\b(?:\\/[^\\s<>"']*)?`,
    'gi',
  );
  for (const m of text.matchAll(bare)) {
    if (text[m.index + m[0].length] === '@') continue;
    emit(m.index, trimTrailing(text, m.index, m.index + m[0].length), 'URL');
  }
}

function ips(text: string, emit: Emit): void {
  for (const m of text.matchAll(
    /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\w]|\.\d)/g,
  ))
    emit(m.index, m.index + m[0].length, 'IP');
  for (const m of text.matchAll(/(?<![\w:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])/gi)) {
    const groups = m[0].split(':');
    const compressed = m[0].includes('::');
    if ((compressed || groups.length === 8) && groups.some((g) => g.length >= 3))
      emit(m.index, m.index + m[0].length, 'IP');
  }
  for (const m of text.matchAll(/(?<![\w:-])[0-9a-f]{2}(?:[:-][0-9a-f]{2}){5}(?![\w:-])/gi))
    emit(m.index, m.index + m[0].length, 'DEVICE');
}

function faxBefore(text: string, start: number): boolean {
  return /\bfax\b[^.!?]{0,30}$/i.test(text.slice(Math.max(0, start - 40), start));
}

function phones(text: string, emit: Emit): void {
  const nanp = /(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\s*[2-9]\d{2}\s*\)|[2-9]\d{2})[\s.-]?\d{3}[\s.-]?\d{4}(?![\w])/g;
  const international = /(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?![\w])/g;
  const local = /(?<![\w.-])\d{3}[-.]\d{4}(?![\w]|[-.]\d)/g;
  for (const re of [nanp, international, local]) {
    for (const m of text.matchAll(re)) {
      const digits = m[0].replace(/\D/g, '');
      if (re !== local && digits.length < 10) continue;
      if (TOLL_FREE.test(digits) && digits.length >= 10) continue;
      const extension = /^,?\s*(?:ext\.?|extension|x)\s*\d{1,5}\b/i.exec(text.slice(m.index + m[0].length));
      const end = m.index + m[0].length + (extension?.[0].length ?? 0);
      emit(
        m.index,
        end,
        faxBefore(text, m.index) ? 'FAX' : 'PHONE',
        `code:${digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits}`,
      );
    }
  }
}

function ssns(text: string, emit: Emit): void {
  for (const m of text.matchAll(/(?<![\w-])\d{3}([-\s])\d{2}\1\d{4}(?![\w-])/g))
    emit(m.index, m.index + m[0].length, 'SSN', `code:${m[0].replace(/\D/g, '')}`);
}

const REPEATS: Record<string, number> = { double: 2, triple: 3 };

/** Every digit one more (or one less) than the one before: counting ("one two three four five"), not a number. */
function isCounting(digits: string): boolean {
  const steps = new Set<number>();
  for (let i = 1; i < digits.length; i++) steps.add(Number(digits[i]) - Number(digits[i - 1]));
  return steps.size === 1 && (steps.has(1) || steps.has(-1));
}

/**
 * Digits spoken one by one ("six five one, five five five…", "nine seven four seven seven",
 * "one zero zero zero zero one", "double five", "oh" for zero), as speech-to-text writes them:
 * five digits or more, at least three of them said as words, that are not someone counting.
 */
function spokenDigits(tokens: Token[], text: string, emit: Emit): void {
  const digitOf = (t: Token | undefined): string | undefined =>
    t ? (DIGIT_VALUES.get(t.norm) ?? (t.numeric && t.norm.length <= 4 ? t.norm : undefined)) : undefined;
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    let digits = '';
    let words = 0;
    while (j < tokens.length) {
      const t = tokens[j];
      if (!t || (j > i && !/^[\s,.-]*$/.test(t.gap))) break;
      const repeat = REPEATS[t.norm];
      if (repeat !== undefined) {
        // "double five": the next word is said twice.
        const next = tokens[j + 1];
        const d = DIGIT_VALUES.get(next?.norm ?? '');
        if (d === undefined || !next || !/^[\s,.-]*$/.test(next.gap)) break;
        digits += d.repeat(repeat);
        words += 2;
        j += 2;
        continue;
      }
      const d = digitOf(t);
      if (d === undefined) break;
      // A leading "oh" is an exclamation unless two more digits follow it.
      if (
        (t.norm === 'o' || t.norm === 'oh') &&
        j === i &&
        (digitOf(tokens[j + 1]) === undefined || digitOf(tokens[j + 2]) === undefined)
      )
        break;
      digits += d;
      if (!/^\d/.test(t.norm)) words++;
      j++;
    }
    if (digits.length >= 5 && words >= 3 && !isCounting(digits)) {
      const first = tokens[i];
      const last = tokens[j - 1];
      if (first && last)
        emit(
          first.start,
          last.end,
          digits.length === 10 || digits.length === 7 || digits.length === 11
            ? faxBefore(text, first.start)
              ? 'FAX'
              : 'PHONE'
            : 'OTHER_ID',
          `code:${digits}`,
        );
    }
    i = Math.max(j, i + 1);
  }
}

const CLINICAL_CODES =
  /^(?:phq|gad|pcl|dsm|icd|covid|sars|cov|hba1c|a1c|bmi|mp3|mp4|4x4|b12|d3|co2|h2o|5htp|ssri|cyp2d6|k9|t1|t2|t4|t3|iq|y2k|ps[45]|xbox|windows|iphone|galaxy|pixel|ipad|cpt|ptsd|m4a|ms|dd214|w2|w4|i9|i20|i130|i485|ds160|f150|f250)/i;
const NOT_CODE =
  /^(?:\d+(?:st|nd|rd|th|s|am|pm|mg|ml|mcg|g|kg|lbs?|k|x|yo|hrs?|mins?|ft|in|cm|mm|km|mi|oz|gb|mb|tb|hz|p|d)|(?:mid|early|late)-?\d+s)$/i;

/** Codes that mix letters and digits ("A77-31902", "1EG4-TE5-MK72"). */
function alphanumericCodes(text: string, emit: Emit): void {
  for (const m of text.matchAll(
    /(?<![\w@/.-])(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w@]|[-/]\w|\.\w)/g,
  )) {
    const code = m[0];
    const alnum = code.replace(/-/g, '');
    const digits = alnum.replace(/\D/g, '').length;
    if (NOT_CODE.test(alnum) || CLINICAL_CODES.test(alnum)) continue;
    if (alnum.length >= 5 && digits >= 2)
      emit(m.index, m.index + code.length, 'OTHER_ID', `code:${alnum.toLowerCase()}`);
    else if (/^\d{1,4}[A-HJ-NP-Z]$/.test(code) && !/^\d+[DGKMSX]$/.test(code))
      emit(m.index, m.index + code.length, 'LOCATION');
  }
}

const YEAR = /^(?:19\d\d|20[0-3]\d)$/;

/** Runs of digits: five or more (with separators), or four that are not a year. */
function digitRuns(text: string, emit: Emit): void {
  for (const m of text.matchAll(/(?<![\w.,$€£/:-])\d+(?:(?:[-./]|\s(?=\d{2}))\d+)*(?![\w]|[.,]\d|\/\d|:\d)/g)) {
    const run = m[0];
    const groups = run.split(/[-./\s]/);
    const digits = run.replace(/\D/g, '');
    const end = m.index + run.length;
    const after = text.slice(end, end + 20);
    if (QUANTITY_AFTER.test(after) || MONEY_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (groups.length > 1 && groups.every((g) => g.length === 1)) continue;
    if (groups.every((g) => YEAR.test(g))) continue;
    if (/^\d{1,3}(?:,\d{3})+$/.test(run)) continue;
    if (/^\d{1,2}[./]\d{1,2}$/.test(run)) continue;
    if (TOLL_FREE.test(digits) && digits.length >= 10) continue;
    if (digits.length >= 5 || (digits.length === 4 && groups.length === 1 && !YEAR.test(run))) {
      emit(m.index, end, 'OTHER_ID', `code:${digits}`);
    }
  }
}

/** The number or code right after a cue ("member ID is XJH447120558"), typed by the cue. */
function cuedCodes(text: string, tokens: Token[], emit: Emit): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !(CUE_ENDINGS.has(t.norm) || tokens[i + 1]?.gap.includes('#'))) continue;
    const upTo = text.slice(Math.max(0, t.end - 60), t.end) + (CUE_ENDINGS.has(t.norm) ? '' : ' #');
    let kind: IdentifierKind | undefined;
    for (const [re, k] of CUES) {
      if (re.test(upTo)) {
        kind = k;
        break;
      }
    }
    const handle = HANDLE_CUE.test(upTo);
    if (!kind && !handle) continue;
    // Skip filler words to the first token of the code.
    let j = i + 1;
    while (j < tokens.length && FILLER.test(text.slice(t.end, tokens[j]?.start)) && isFillerToken(tokens[j])) j++;
    const first = tokens[j];
    if (!first || !FILLER.test(text.slice(t.end, first.start))) continue;
    if (handle && !kind) {
      const m = /^@?[A-Za-z0-9._]{3,}/.exec(text.slice(first.start - (text[first.start - 1] === '@' ? 1 : 0)));
      if (m && !isEnglishWord(first.norm))
        emit(
          first.start - (text[first.start - 1] === '@' ? 1 : 0),
          first.start - (text[first.start - 1] === '@' ? 1 : 0) + trimTrailing(m[0], 0, m[0].length),
          'OTHER_ID',
        );
      continue;
    }
    let k = j;
    let sawDigit = false;
    while (k < tokens.length) {
      const c = tokens[k];
      if (!c) break;
      if (k > j && !/^(?:[\s]|[-./#]|\s?[-–]\s?)$/.test(c.gap)) break;
      const isCode = /\d/.test(c.raw) || (c.allCaps && c.raw.length <= 5) || (k > j && /^[A-Z]{1,3}$/.test(c.raw));
      if (!isCode) break;
      if (/\d/.test(c.raw)) sawDigit = true;
      k++;
    }
    const last = tokens[k - 1];
    if ((!sawDigit || !last || k === j) && ACCOUNT_CUE.test(upTo)) {
      // A handle: letters joined by dots or underscores, with a digit or a word that is not English.
      const at = first.start - (text[first.start - 1] === '@' ? 1 : 0);
      const m = /^@?[A-Za-z0-9]+(?:[._][A-Za-z0-9]+)+/.exec(text.slice(at));
      if (m && /\d|_/.test(m[0])) emit(at, at + trimTrailing(m[0], 0, m[0].length), 'OTHER_ID');
      continue;
    }
    if (!sawDigit || !last || k === j) continue;
    const digits = text.slice(first.start, last.end).replace(/\D/g, '');
    if (TOLL_FREE.test(digits) && digits.length >= 10) continue;
    emit(
      first.start,
      last.end,
      kind ?? 'OTHER_ID',
      `code:${text
        .slice(first.start, last.end)
        .replace(/[^A-Za-z0-9]/g, '')
        .toLowerCase()}`,
    );
  }
}

function isFillerToken(t: Token | undefined): boolean {
  return (
    !!t &&
    /^(?:is|was|are|were|it|its|s|of|my|his|her|their|the|number|no|ending|ends|in|says|said|reads|be|should)$/.test(
      t.norm,
    )
  );
}

/** "PO Box 1187", "HC 49 Box 12", "Apt 2B", "Suite 900", "#304", "room 212"; New York's numbered schools ("P.S. 246"). */
function boxesAndUnits(text: string, emit: Emit): void {
  for (const m of text.matchAll(/\b(?:P\.?S|I\.?S|M\.?S|J\.?H\.?S|H\.?S)\.?\s?\d{1,3}\b/g))
    emit(m.index, m.index + m[0].length, 'LOCATION');
  for (const m of text.matchAll(
    /\b(?:p\.?\s?o\.?\s*box|post office box|(?:hc|rr|rural route)\s*\d+\s*,?\s*box)\s*#?\s*\d+\b/gi,
  ))
    emit(m.index, m.index + m[0].length, 'LOCATION');
  for (const m of text.matchAll(
    /(?:\b(?:apt|apartment|unit|suite|ste|room|rm|lot|space|bldg|building)\.?\s*#?\s*|#\s?)(?=[A-Za-z]?\d)[A-Za-z]?\d+[A-Za-z]?(?:-\d+)?\b/gi,
  ))
    emit(m.index, m.index + m[0].length, 'LOCATION');
}

/** Five-digit ZIP codes after a state, a "zip" cue or a city and comma are places, not codes. */
function zipCodes(text: string, emit: Emit): void {
  for (const m of text.matchAll(/(?<![\w-])\d{5}(?:-\d{4})?(?![\w-])/g)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const cue = /\b(?:zip|zipcode|zip code|postal code|postcode)\b[^.!?]{0,12}$/i.test(before);
    const state = /\b([A-Za-z]{2})\.?,?\s*$/.exec(before)?.[1];
    if (cue || (state && STATE_CODES.has(state.toLowerCase()) && state === state.toUpperCase()))
      emit(m.index, m.index + m[0].length, 'LOCATION', `code:${m[0].slice(0, 5)}`);
  }
}

const VIN = /\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b/g;

/** Pattern detectors for every Safe Harbor kind that has a recognisable written form. */
export function findPatterns(text: string, tokens: Token[]): Found[] {
  const found: Found[] = [];
  const emit: Emit = (start, end, kind, entity) => {
    if (end > start) found.push({ start, end, kind, source: 'pattern', entity });
  };
  const hasDigit = /\d/.test(text);
  if (text.includes('@') || /\sat\s/i.test(text)) emails(text, emit);
  if (text.includes('.')) urls(text, emit);
  if (hasDigit || text.includes(':')) ips(text, emit);
  if (hasDigit) {
    phones(text, emit);
    ssns(text, emit);
    for (const m of text.matchAll(VIN)) emit(m.index, m.index + m[0].length, 'VEHICLE', `code:${m[0].toLowerCase()}`);
    boxesAndUnits(text, emit);
    zipCodes(text, emit);
    alphanumericCodes(text, emit);
    digitRuns(text, emit);
  }
  if (tokens.some((t) => DIGIT_VALUES.has(t.norm) || t.norm in REPEATS)) spokenDigits(tokens, text, emit);
  cuedCodes(text, tokens, emit);
  if (text.includes('@'))
    for (const m of text.matchAll(/(?<![\w.])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?<!\.)/g))
      emit(m.index, m.index + m[0].length, 'OTHER_ID');
  for (const f of found)
    if (CODE_KINDS.has(f.kind) && !/^\d{5}(?:-\d{4})?$/.test(text.slice(f.start, f.end))) extendOverPrefixes(f, tokens);
  return found;
}

const CODE_KINDS = new Set<IdentifierKind>([
  'OTHER_ID',
  'LICENSE',
  'VEHICLE',
  'DEVICE',
  'HEALTH_PLAN',
  'ACCOUNT',
  'MRN',
  'BIOMETRIC',
]);

/** Short capitalised parts of a code written apart from its digits ("TX PE 144182", "MS 4471 BK"). */
const codePart = (t: Token | undefined): t is Token =>
  !!t &&
  t.raw.length <= 4 &&
  t.raw !== 'I' &&
  t.raw !== 'A' &&
  (t.allCaps || (/\d/.test(t.raw) && /^[A-Z0-9]+$/.test(t.raw)));

function extendOverPrefixes(f: Found, tokens: Token[]): void {
  let i = tokens.findIndex((t) => t.end > f.start);
  let j = tokens.findIndex((t) => t.end >= f.end);
  if (i < 0 || j < 0) return;
  for (let n = 0; n < 2 && codePart(tokens[i - 1]) && /^[\s-]$/.test(tokens[i]?.gap ?? ''); n++) i--;
  for (let n = 0; n < 2 && codePart(tokens[j + 1]) && /^[\s-]$/.test(tokens[j + 1]?.gap ?? ''); n++) j++;
  f.start = Math.min(f.start, (tokens[i] as Token).start);
  f.end = Math.max(f.end, (tokens[j] as Token).end);
}
