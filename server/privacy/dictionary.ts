import type {
  Address,
  ContactPoint,
  HumanName,
  Identifier,
  Patient,
  Practitioner,
  RelatedPerson,
} from '@medplum/fhirtypes';
import { type DictionaryEntry, type IdentifierDictionary, type IdentifierKind } from './kinds.ts';
import {
  DIRECTION_WORDS,
  FUNCTION,
  isEnglishWord,
  isPersonName,
  MONTH_NUMBERS,
  NAME_FORMS,
  NON_IDENTIFIERS,
  RELATIONS,
  STREET_TYPES,
  WEEKDAY_SET,
} from './lexicon/index.ts';
import { DIGIT_WORDS, ORDINAL_WORDS, TENS_WORDS, UNIT_NUMBERS, UNIT_WORDS } from './lexicon/words.ts';
import { alnumKey, fold } from './text.ts';

export interface DictionarySource {
  patient?: Patient;
  relatedPersons?: RelatedPerson[];
  practitioners?: Practitioner[];
  /** Anything else known to identify this client: a school, an employer, a pet's name, a code. */
  extra?: string[];
}

/** Name particles that identify no one on their own ("da" Silva, "Al"-Mansouri, "van" Dyke). */
const PARTICLES = new Set([
  'da',
  'de',
  'del',
  'della',
  'di',
  'do',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'ben',
  'abu',
  'st',
  'mc',
  'mac',
  'o',
]);
const NUMBER_WORDS = new Set([
  ...Object.keys(DIGIT_WORDS),
  ...Object.keys(UNIT_NUMBERS),
  ...Object.keys(TENS_WORDS),
  'hundred',
  'thousand',
]);

const words = (text: string): string[] =>
  fold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Collects the entries of one dictionary, merging forms that belong to the same entity. */
class EntryCollector {
  readonly entries = new Map<string, DictionaryEntry>();

  entry(kind: IdentifierKind, entity: string, value: string): DictionaryEntry {
    const key = `${kind}|${entity}`;
    let e = this.entries.get(key);
    if (!e) {
      e = { kind, entity, value, phrases: [], ambiguous: [], codes: [] };
      this.entries.set(key, e);
    }
    return e;
  }

  phrase(e: DictionaryEntry, tokens: string[], options: { alwaysAmbiguous?: boolean } = {}): void {
    if (tokens.length === 0) return;
    const phrase = tokens.join(' ');
    if (tokens.length === 1) {
      const [t = ''] = tokens;
      // A lone grammar word, number word, month or weekday would redact ordinary speech.
      if (NUMBER_WORDS.has(t) || MONTH_NUMBERS.has(t) || WEEKDAY_SET.has(t) || RELATIONS.has(t)) return;
      if (FUNCTION.has(t) && !isPersonName(t)) return;
      if (/^\d+$/.test(t) && t.length < 4) return;
      if (options.alwaysAmbiguous || t.length <= 2 || isEnglishWord(t) || NON_IDENTIFIERS.has(t))
        addUnique(e.ambiguous, phrase);
    }
    addUnique(e.phrases, phrase);
  }

  code(e: DictionaryEntry, raw: string): void {
    const key = alnumKey(raw);
    if (key.length < 4) return;
    addUnique(e.codes, key);
    // "MRN-0048213" is also said "0048213"; "0048213" is also said "48213".
    const digitsAfterLetters = /^[a-z]+(\d{4,}[a-z0-9]*)$/.exec(key)?.[1];
    if (digitsAfterLetters) addUnique(e.codes, digitsAfterLetters);
    for (const k of [key, digitsAfterLetters]) {
      const noZeros = k?.replace(/^0+/, '');
      if (k && noZeros && noZeros !== k && noZeros.length >= 5) addUnique(e.codes, noZeros);
    }
  }
}

function addUnique(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

function nameText(name: HumanName): string {
  return name.text ?? [...(name.given ?? []), name.family ?? ''].join(' ').trim();
}

/** Every way a person's names may be spoken: parts, full forms, joined spellings, nicknames, initials. */
function addNames(c: EntryCollector, owner: string, names: HumanName[] | undefined): void {
  if (!names?.length) return;
  const display = names.map(nameText).find(Boolean);
  if (!display) return;
  const e = c.entry('NAME', `${owner}:name`, display);
  const givenParts: string[][] = [];
  for (const name of names) {
    const given = (name.given ?? []).map(words).filter((g) => g.length > 0);
    const family = name.family ? words(name.family) : [];
    const fromText = !given.length && !family.length && name.text ? words(name.text) : [];
    givenParts.push(...given);
    for (const part of [...given, family, fromText]) addNamePart(c, e, part);
    const first = given[0] ?? [];
    if (first.length && family.length) {
      c.phrase(e, [...first, ...family]);
      c.phrase(e, [...given.flat(), ...family]);
      c.phrase(e, [...family, ...first]);
    }
    if (fromText.length > 1) c.phrase(e, fromText);
  }
  // Initials of the first two given names ("Jean-Pierre" → "JP", "Tyler James" → "TJ").
  const initialsFrom = (givenParts[0]?.length ?? 0) > 1 ? givenParts[0] : givenParts.slice(0, 2).map((g) => g[0] ?? '');
  if (initialsFrom && initialsFrom.length >= 2)
    c.phrase(
      e,
      [
        initialsFrom
          .slice(0, 2)
          .map((w) => w[0])
          .join(''),
      ],
      { alwaysAmbiguous: true },
    );
}

function addNamePart(c: EntryCollector, e: DictionaryEntry, part: string[]): void {
  if (!part.length) return;
  c.phrase(e, part);
  if (part.length > 1) {
    c.phrase(e, [part.join('')]);
    for (const w of part) if (w.length >= 3 && !PARTICLES.has(w)) addNameWord(c, e, w);
  } else {
    addNameWord(c, e, part[0] ?? '');
  }
}

function addNameWord(c: EntryCollector, e: DictionaryEntry, w: string): void {
  c.phrase(e, [w]);
  for (const form of NAME_FORMS.get(w) ?? []) c.phrase(e, words(form));
}

function contactKind(system: ContactPoint['system']): IdentifierKind | undefined {
  switch (system) {
    case 'phone':
    case 'sms':
    case 'pager':
    case 'other':
      return 'PHONE';
    case 'fax':
      return 'FAX';
    case 'email':
      return 'EMAIL';
    case 'url':
      return 'URL';
    default:
      return undefined;
  }
}

function addTelecom(c: EntryCollector, owner: string, telecom: ContactPoint[] | undefined): void {
  for (const point of telecom ?? []) {
    const kind = contactKind(point.system);
    if (!kind || !point.value) continue;
    const key = alnumKey(point.value);
    const e = c.entry(kind, `${owner}:${kind.toLowerCase()}:${key}`, point.value);
    if (kind === 'PHONE' || kind === 'FAX') {
      const digits = point.value.replace(/\D/g, '');
      const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
      c.code(e, national);
      if (national !== digits) c.code(e, digits);
      if (national.length === 10) c.code(e, national.slice(3));
    } else {
      c.code(e, point.value);
    }
  }
}

/** Street lines with and without the house number, with every spelling of the street type. */
function addAddresses(c: EntryCollector, owner: string, addresses: Address[] | undefined): void {
  (addresses ?? []).forEach((address, i) => {
    const base = `${owner}:address${i}`;
    (address.line ?? []).forEach((line, j) =>
      addStreetLine(c, c.entry('LOCATION', `${base}:line${j}`, line), words(line)),
    );
    for (const [field, value] of [
      ['city', address.city],
      ['district', address.district],
    ] as const) {
      if (!value) continue;
      const e = c.entry('LOCATION', `${base}:${field}`, value);
      const w = words(value);
      c.phrase(e, w);
      if (w[0] === 'st' || w[0] === 'saint') c.phrase(e, [w[0] === 'st' ? 'saint' : 'st', ...w.slice(1)]);
      if (w.length === 1 && w[0] && isEnglishWord(w[0])) addUnique(e.ambiguous, w[0]);
    }
    if (address.postalCode) c.code(c.entry('LOCATION', `${base}:postalCode`, address.postalCode), address.postalCode);
    if (address.postalCode && /^\d{5}-?\d{4}$/.test(address.postalCode)) {
      c.code(c.entry('LOCATION', `${base}:postalCode`, address.postalCode), address.postalCode.slice(0, 5));
    }
  });
}

function addStreetLine(c: EntryCollector, e: DictionaryEntry, tokens: string[]): void {
  if (!tokens.length) return;
  const unitAt = tokens.findIndex((t, k) => k > 0 && (UNIT_WORDS as readonly string[]).includes(t));
  if ((UNIT_WORDS as readonly string[]).includes(tokens[0] ?? '') || tokens[0] === 'po' || tokens[0] === 'p') {
    addUnit(c, e, tokens);
    return;
  }
  if (unitAt > 0) {
    addStreetLine(c, e, tokens.slice(0, unitAt));
    addUnit(c, e, tokens.slice(unitAt));
  }
  const street = unitAt > 0 ? tokens.slice(0, unitAt) : tokens;
  const numberAt = street.findIndex((t) => /^\d+[a-z]?$/.test(t));
  const house = numberAt === 0 || numberAt === street.length - 1 ? street[numberAt] : undefined;
  const rest = street.filter((_, k) => !(house !== undefined && k === numberAt));
  const forms = spellings(rest);
  for (const form of forms) {
    c.phrase(e, form);
    if (house) c.phrase(e, numberAt === 0 ? [house, ...form] : [...form, house]);
  }
  const core = rest.filter((t) => !STREET_TYPES.has(t) && !DIRECTION_WORDS.has(t));
  if (core.length) {
    c.phrase(e, core);
    if (house) c.phrase(e, [house, ...core]);
  }
}

/** Every combination of full and abbreviated street types and directions. */
function spellings(tokens: string[]): string[][] {
  let out: string[][] = [[]];
  for (const t of tokens) {
    const alternatives = STREET_TYPES.get(t) ?? DIRECTION_WORDS.get(t) ?? [t];
    out = out.flatMap((prefix) => alternatives.map((a) => [...prefix, a]));
    if (out.length > 64) break;
  }
  return out;
}

function addUnit(c: EntryCollector, e: DictionaryEntry, tokens: string[]): void {
  c.phrase(e, tokens);
  const id = tokens.at(-1);
  if (!id) return;
  for (const word of ['apt', 'apartment', 'unit', 'suite', 'number', 'box', 'po box'])
    c.phrase(e, [...words(word), id]);
  if (/\d/.test(id) && (/[a-z]/.test(id) || id.length >= 4)) addUnique(e.codes, id);
}

function identifierKind(id: Identifier): IdentifierKind {
  const codes = (id.type?.coding ?? []).map((c) => c.code?.toUpperCase());
  const system = (id.system ?? '').toLowerCase();
  const text = (id.type?.text ?? '').toLowerCase();
  if (
    system.includes('us-ssn') ||
    codes.includes('SS') ||
    codes.includes('SB') ||
    /\b(ssn|social security)\b/.test(text)
  )
    return 'SSN';
  if (
    codes.some((c) => c === 'MR' || c === 'MRT' || c === 'PI') ||
    /\b(mrn|medical record)\b/.test(text) ||
    system.includes('mrn')
  )
    return 'MRN';
  if (
    codes.some((c) => c === 'MB' || c === 'SN' || c === 'MA' || c === 'MC' || c === 'NIIP') ||
    /\b(member|subscriber|policy|medicaid|medicare|insurance)\b/.test(text)
  )
    return 'HEALTH_PLAN';
  if (codes.some((c) => c === 'AN' || c === 'BA' || c === 'BC' || c === 'ANON') || /\baccount\b/.test(text))
    return 'ACCOUNT';
  if (
    codes.some((c) => c === 'DL' || c === 'LN' || c === 'MD' || c === 'DEA' || c === 'PPN' || c === 'CZ') ||
    /\b(licen[cs]e|passport|certificate)\b/.test(text)
  )
    return 'LICENSE';
  return 'OTHER_ID';
}

function addIdentifiers(c: EntryCollector, owner: string, identifiers: Identifier[] | undefined): void {
  for (const id of identifiers ?? []) {
    if (!id.value) continue;
    const kind = identifierKind(id);
    c.code(c.entry(kind, `${owner}:${kind.toLowerCase()}:${alnumKey(id.value)}`, id.value), id.value);
  }
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const ORDINAL_BY_NUMBER = new Map(Object.entries(ORDINAL_WORDS).map(([w, n]) => [n, w]));
const UNIT_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** "23" → ["twenty", "third"]; "7" → ["seventh"]. */
function spelledOrdinal(n: number): string[] {
  const direct = ORDINAL_BY_NUMBER.get(n);
  if (direct) return [direct];
  const tens = Object.entries(TENS_WORDS).find(([, v]) => v === n - (n % 10))?.[0];
  return tens ? [tens, UNIT_ORDINALS[n % 10] ?? ''] : [String(n)];
}

/** A birth date in every common spoken and written form. */
function addBirthDate(c: EntryCollector, owner: string, birthDate: string | undefined): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate ?? '');
  if (!m || !birthDate) return;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const e = c.entry('DATE', `${owner}:birthDate`, birthDate);
  e.date = { year, month, day };
  const monthName = MONTH_NAMES[month - 1] ?? '';
  const monthForms = [monthName, monthName.slice(0, 3), ...(month === 9 ? ['sept'] : [])];
  const dayForms = [[String(day)], [`${day}${ordinalSuffix(day)}`], spelledOrdinal(day)];
  const y = String(year);
  for (const mf of monthForms) {
    for (const df of dayForms) {
      c.phrase(e, [mf, ...df]);
      c.phrase(e, [mf, ...df, y]);
      c.phrase(e, [...df, mf]);
      c.phrase(e, [...df, mf, y]);
      c.phrase(e, [...df, 'of', mf]);
      c.phrase(e, [...df, 'of', mf, y]);
    }
  }
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  const yy = y.slice(2);
  for (const code of [
    `${mm}${dd}${y}`,
    `${month}${day}${y}`,
    `${mm}${dd}${yy}`,
    `${month}${day}${yy}`,
    `${y}${mm}${dd}`,
    `${dd}${mm}${y}`,
    `${day}${month}${y}`,
    `${mm}${dd}`,
  ]) {
    if (code.length >= 4) addUnique(e.codes, code);
  }
}

function addPerson(
  c: EntryCollector,
  owner: string,
  person: {
    name?: HumanName[];
    telecom?: ContactPoint[];
    address?: Address[];
    identifier?: Identifier[];
    birthDate?: string;
  },
): void {
  addNames(c, owner, person.name);
  addTelecom(c, owner, person.telecom);
  addAddresses(c, owner, person.address);
  addIdentifiers(c, owner, person.identifier);
  addBirthDate(c, owner, person.birthDate);
}

function addExtra(c: EntryCollector, value: string, index: number): void {
  const trimmed = value.trim();
  if (!trimmed) return;
  if (trimmed.includes('@')) {
    c.code(c.entry('EMAIL', `extra${index}`, trimmed), trimmed);
  } else if (/\d/.test(trimmed)) {
    c.code(c.entry('OTHER_ID', `extra${index}`, trimmed), trimmed);
  } else {
    const e = c.entry('NAME', `extra${index}`, trimmed);
    const w = words(trimmed);
    c.phrase(e, w);
    if (w.length > 1)
      for (const part of w) if (part.length >= 3 && !PARTICLES.has(part) && !isEnglishWord(part)) c.phrase(e, [part]);
  }
}

/**
 * Everything the chart says that identifies the client, their relatives and their clinician,
 * in the forms it may take in speech. Pure: build it once per session from the resources at hand.
 */
export function buildIdentifierDictionary(source: DictionarySource): IdentifierDictionary {
  const c = new EntryCollector();
  const { patient } = source;
  if (patient) {
    addPerson(c, 'patient', patient);
    (patient.contact ?? []).forEach((contact, i) =>
      addPerson(c, `contact${i}`, {
        name: contact.name ? [contact.name] : undefined,
        telecom: contact.telecom,
        address: contact.address ? [contact.address] : undefined,
      }),
    );
  }
  (source.relatedPersons ?? []).forEach((person, i) => addPerson(c, `related:${person.id ?? i}`, person));
  (source.practitioners ?? []).forEach((person, i) => {
    addPerson(c, `practitioner:${person.id ?? i}`, person);
    for (const q of person.qualification ?? [])
      addIdentifiers(
        c,
        `practitioner:${person.id ?? i}:licence`,
        (q.identifier ?? []).map((id) => ({ ...id, type: id.type ?? { text: 'licence' } })),
      );
  });
  (source.extra ?? []).forEach((value, i) => addExtra(c, value, i));
  return { entries: [...c.entries.values()].filter((e) => e.phrases.length > 0 || e.codes.length > 0 || e.date) };
}
