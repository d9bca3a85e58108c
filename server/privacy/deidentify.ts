import { findCodes, type CodeTarget } from './codes.ts';
import { findDates } from './dates.ts';
import type { Found } from './found.ts';
import { IdentifierKind, type IdentifierDictionary, type IdentifierSpan } from './kinds.ts';
import { FUNCTION, RELATIONS, TITLE_WORDS, isEnglishWord, isGrammarWord } from './lexicon/index.ts';
import { findNames, PERSON_VERBS } from './ner.ts';
import { findPatterns } from './patterns.ts';
import { findVenues } from './venues.ts';
import { alnumKey, fold, isCaseless, tokenize, type Token } from './text.ts';

export interface Deidentifier {
  /** Replaces every identifier with a placeholder such as `[NAME_1]`, the same one for every spelling of it. */
  deidentify(text: string): string;
  /** Puts the original words back in place of the placeholders (tolerating `[name_1]`, `[ NAME 1 ]`). */
  reidentify(text: string): string;
  /** The identifiers in a text, without replacing them. */
  findIdentifiers(text: string): IdentifierSpan[];
}

interface PhraseRule {
  tokens: string[];
  kind: IdentifierKind;
  entity: string;
  ambiguous: boolean;
  /** `dictionary` for the chart's own forms, `ner` for names this session has recognised. */
  source: 'dictionary' | 'ner';
}

/** A placeholder-looking token in the input ("[NAME_1]"), kept apart so it is never confused with ours. */
const LITERAL = 'TEXT';
const PLACEHOLDER = /\[\s*([A-Za-z]+(?:[ _][A-Za-z]+)*?)\s*[_ ]?\s*(\d+)\s*\]/g;
const PLACEHOLDER_KINDS = new Set<string>([...IdentifierKind.options, LITERAL]);

/** Source rank when two detectors propose the same extent. */
const SOURCE_RANK = { dictionary: 3, pattern: 2, ner: 1 } as const;
/** Kind rank for the same extent from the same source: the more specific kind wins. */
const KIND_RANK: Record<IdentifierKind, number> = {
  SSN: 9,
  MRN: 9,
  HEALTH_PLAN: 9,
  ACCOUNT: 9,
  LICENSE: 9,
  VEHICLE: 9,
  DEVICE: 9,
  EMAIL: 9,
  URL: 8,
  IP: 9,
  FAX: 9,
  PHONE: 8,
  BIOMETRIC: 9,
  DATE: 7,
  LOCATION: 5,
  NAME: 4,
  OTHER_ID: 1,
};

/** Words after a capitalised sentence-initial name-word that show it is used as a word ("Will you", "Hope you"). */
const WORD_USE_NEXT = new Set([
  'you',
  'i',
  'we',
  'they',
  'it',
  'so',
  'that',
  'this',
  'for',
  'the',
  'a',
  'an',
  'my',
  'your',
  'his',
  'her',
  'our',
  'their',
  'to',
  'not',
  'be',
  'me',
  'him',
  'them',
  'us',
]);
/** Words before a lower-case name-word that show it is used as a word ("I hope", "god's grace"). */
const WORD_USE_PREVIOUS = new Set([
  'i',
  'you',
  'we',
  'they',
  'he',
  'she',
  'it',
  'there',
  'who',
  'that',
  'this',
  'a',
  'an',
  'the',
  'my',
  'your',
  'his',
  'her',
  'our',
  'their',
  'its',
  'some',
  'any',
  'no',
  'of',
  'with',
  'in',
  's',
  'will',
  'would',
  'can',
  'more',
  'much',
  'full',
  'lot',
  'little',
]);
const PLACE_CUES = new Set(['on', 'off', 'at', 'near', 'from', 'in', 'to', 'onto', 'along', 'by']);

class PhraseIndex {
  private readonly byFirst = new Map<string, PhraseRule[]>();

  add(rule: PhraseRule): void {
    const first = rule.tokens[0];
    if (!first) return;
    const rules = this.byFirst.get(first) ?? [];
    if (rules.some((r) => r.kind === rule.kind && r.tokens.join(' ') === rule.tokens.join(' '))) return;
    rules.push(rule);
    // Longest first; for the same words, a person before a place ("Rose" the wife, not Rose Street).
    rules.sort((a, b) => b.tokens.length - a.tokens.length || Number(b.kind === 'NAME') - Number(a.kind === 'NAME'));
    this.byFirst.set(first, rules);
  }

  match(tokens: Token[], caseless: boolean, out: Found[]): void {
    for (let i = 0; i < tokens.length; i++) {
      const rules = this.byFirst.get((tokens[i] as Token).norm);
      if (!rules) continue;
      for (const rule of rules) {
        const n = rule.tokens.length;
        let ok = i + n <= tokens.length;
        for (let k = 1; ok && k < n; k++) {
          const t = tokens[i + k] as Token;
          ok = t.norm === rule.tokens[k] && /^[\s,.'’\-/]{1,3}$/.test(t.gap);
        }
        if (!ok || (rule.ambiguous && !acceptAmbiguous(tokens, i, n, caseless, rule.kind))) continue;
        out.push({
          start: (tokens[i] as Token).start,
          end: (tokens[i + n - 1] as Token).end,
          kind: rule.kind,
          source: rule.source,
          entity: rule.entity,
        });
        i += n - 1;
        break;
      }
    }
  }
}

/** An everyday word that is also a known name counts as the name only where the text treats it as one. */
function acceptAmbiguous(tokens: Token[], i: number, n: number, caseless: boolean, kind: IdentifierKind): boolean {
  const t = tokens[i] as Token;
  const previous = tokens[i - 1];
  const next = tokens[i + n];
  if (!caseless) {
    if (!t.capitalised) return false;
    if (!t.sentenceStart) return true;
    if (kind !== 'NAME') return n > 1;
    // "Will, last time you said…", "Grace's mum": a name; "Will you…", "Hope you…": a word.
    return (
      !next ||
      /,/.test(next.gap) ||
      (next.norm === 's' && /['’]/.test(next.gap)) ||
      n > 1 ||
      !WORD_USE_NEXT.has(next.norm)
    );
  }
  if (kind !== 'NAME') return !!previous && PLACE_CUES.has(previous.norm);
  if (
    previous &&
    (RELATIONS.has(previous.norm) ||
      TITLE_WORDS.has(previous.norm) ||
      previous.norm === 'named' ||
      previous.norm === 'called')
  )
    return true;
  if (next && ((next.norm === 's' && /['’]/.test(next.gap)) || /,/.test(next.gap))) return true;
  // A grammar word ("will", "may") is the name only when a person's verb follows ("will said").
  if (isGrammarWord(t.norm)) return !!next && PERSON_VERBS.has(next.norm) && !FUNCTION.has(next.norm);
  if (previous && WORD_USE_PREVIOUS.has(previous.norm)) return false;
  // The object of a verb ("I took grace to…", "we told joy") is the person.
  if (previous && !FUNCTION.has(previous.norm)) return true;
  return !(next && WORD_USE_NEXT.has(next.norm));
}

interface Compiled {
  phrases: PhraseIndex;
  codes: CodeTarget[];
  codeEntities: Map<string, { kind: IdentifierKind; entity: string }>;
  dateEntities: Map<string, string>;
}

function compile(dict: IdentifierDictionary): Compiled {
  const phrases = new PhraseIndex();
  const codeEntities = new Map<string, { kind: IdentifierKind; entity: string }>();
  const dateEntities = new Map<string, string>();
  const codes: CodeTarget[] = [];
  for (const e of dict.entries) {
    const ambiguous = new Set(e.ambiguous);
    for (const p of e.phrases)
      phrases.add({
        tokens: p.split(' '),
        kind: e.kind,
        entity: e.entity,
        ambiguous: ambiguous.has(p),
        source: 'dictionary',
      });
    for (const code of e.codes) {
      if (!codeEntities.has(code)) codeEntities.set(code, { kind: e.kind, entity: e.entity });
      codes.push({ code, kind: e.kind, entity: e.entity });
    }
    if (e.date) dateEntities.set(`date:${e.date.month}-${e.date.day}`, e.entity);
  }
  return { phrases, codes, codeEntities, dateEntities };
}

interface Resolved {
  start: number;
  end: number;
  kind: IdentifierKind | typeof LITERAL;
  source: Found['source'];
  entity: string;
}

function rank(f: Found): number {
  return (f.end - f.start) * 100 + SOURCE_RANK[f.source] * 10 + KIND_RANK[f.kind];
}

/** Merges overlapping proposals: the union of the extents, typed by the strongest proposal. */
function merge(found: Found[], literal: Array<{ start: number; end: number }>): Found[][] {
  const kept = found.filter((f) => !literal.some((l) => f.start < l.end && l.start < f.end));
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters: Found[][] = [];
  let current: Found[] = [];
  let end = -1;
  for (const f of kept) {
    if (current.length && f.start < end) {
      current.push(f);
      end = Math.max(end, f.end);
    } else {
      if (current.length) clusters.push(current);
      current = [f];
      end = f.end;
    }
  }
  if (current.length) clusters.push(current);
  return clusters;
}

/**
 * A de-identifier for one session: consistent placeholders across every text it sees, and
 * names it has recognised once are recognised again in any case ("Tunde", later "tunde").
 * Pure computation: no I/O; the dictionary is compiled once here.
 */
export function createDeidentifier(dict: IdentifierDictionary): Deidentifier {
  const compiled = compile(dict);
  const placeholderOf = new Map<string, string>();
  const originalOf = new Map<string, string>();
  const counters = new Map<string, number>();
  const learned = new Set<string>();

  function placeholder(kind: string, entity: string, text: string): string {
    const key = `${kind}|${entity}`;
    let p = placeholderOf.get(key);
    if (!p) {
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      p = `[${kind}_${n}]`;
      placeholderOf.set(key, p);
      originalOf.set(p, text);
    }
    return p;
  }

  function learn(kind: IdentifierKind, entity: string, text: string): void {
    const tokens = fold(text)
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    if (!tokens.length || learned.has(`${kind}|${tokens.join(' ')}`)) return;
    learned.add(`${kind}|${tokens.join(' ')}`);
    const add = (t: string[]) =>
      compiled.phrases.add({
        tokens: t,
        kind,
        entity,
        ambiguous: t.length === 1 && ((t[0]?.length ?? 0) <= 2 || isEnglishWord(t[0] ?? '')),
        source: 'ner',
      });
    add(tokens);
    if (kind !== 'NAME' || tokens.length < 2) return;
    // "Kevin O'Brien" is later "Kevin", "O'Brien" or "Brien".
    for (let i = 1; i < tokens.length - 1; i++) add(tokens.slice(i));
    for (const t of tokens) if (t.length >= 3 && !isEnglishWord(t)) add([t]);
  }

  function collect(text: string): Resolved[] {
    const literal = [...text.matchAll(PLACEHOLDER)]
      .filter((m) => PLACEHOLDER_KINDS.has((m[1] ?? '').toUpperCase().replace(/\s+/g, '_')))
      .map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const tokens = tokenize(text);
    const caseless = isCaseless(text);
    const found: Found[] = [];
    compiled.phrases.match(tokens, caseless, found);
    found.push(
      ...findCodes(text, compiled.codes),
      ...findPatterns(text, tokens),
      ...findDates(text, tokens),
      ...findNames(text, tokens, caseless),
      ...findVenues(text, tokens, caseless),
    );
    // A name recognised anywhere in this text ("you can call me Dee") is also caught where it came first ("Dee, …").
    const learnedBefore = learned.size;
    for (const f of found)
      if (f.source === 'ner' && (f.kind === 'NAME' || f.kind === 'LOCATION'))
        learn(
          f.kind,
          `text:${fold(text.slice(f.start, f.end))
            .replace(/[^a-z0-9]+/g, ' ')
            .trim()}`,
          text.slice(f.start, f.end),
        );
    if (learned.size > learnedBefore) compiled.phrases.match(tokens, caseless, found);

    const resolved: Resolved[] = literal.map((l) => ({
      ...l,
      kind: LITERAL,
      source: 'pattern',
      entity: `literal:${text.slice(l.start, l.end)}`,
    }));
    for (const cluster of merge(found, literal)) {
      const best = cluster.reduce((a, b) => (rank(b) > rank(a) ? b : a));
      const start = Math.min(...cluster.map((f) => f.start));
      let end = Math.max(...cluster.map((f) => f.end));
      const chart = cluster.find((f) => f.source === 'dictionary' && f.kind === best.kind && f.entity);
      const known = cluster.find((f) => f.entity?.startsWith('text:') && f.kind === best.kind);
      let entity = chart?.entity ?? best.entity ?? known?.entity;
      let kind = best.kind;
      if (entity?.startsWith('code:')) {
        const target = compiled.codeEntities.get(entity.slice(5));
        if (target) ({ entity, kind } = target);
      } else if (entity?.startsWith('date:')) {
        entity = compiled.dateEntities.get(entity) ?? entity;
      }
      // "St. Brendan's", "Rudy's": the possessive is part of a place's name.
      if (kind === 'LOCATION' && /^['’]s\b/.test(text.slice(end, end + 3))) end += 2;
      const surface = text.slice(start, end);
      if (!entity || entity.startsWith('code:'))
        entity =
          kind === 'NAME' || kind === 'LOCATION'
            ? `text:${fold(surface)
                .replace(/[^a-z0-9]+/g, ' ')
                .trim()}`
            : (entity ?? `text:${alnumKey(surface)}`);
      if (best.source === 'ner' && !chart && (kind === 'NAME' || kind === 'LOCATION')) learn(kind, entity, surface);
      resolved.push({ start, end, kind, source: chart ? 'dictionary' : best.source, entity });
    }
    return resolved.sort((a, b) => a.start - b.start);
  }

  return {
    deidentify(text) {
      let out = '';
      let at = 0;
      for (const r of collect(text)) {
        out += text.slice(at, r.start) + placeholder(r.kind, r.entity, text.slice(r.start, r.end));
        at = r.end;
      }
      return out + text.slice(at);
    },
    reidentify(text) {
      return text.replace(PLACEHOLDER, (whole, kind: string, n: string) => {
        const key = `[${kind.toUpperCase().replace(/\s+/g, '_')}_${Number(n)}]`;
        return originalOf.get(key) ?? whole;
      });
    },
    findIdentifiers(text) {
      return collect(text)
        .filter((r): r is Resolved & { kind: IdentifierKind } => r.kind !== LITERAL)
        .map((r) => ({ start: r.start, end: r.end, kind: r.kind, text: text.slice(r.start, r.end), source: r.source }));
    },
  };
}
