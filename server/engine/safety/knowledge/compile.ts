import { z } from 'zod';
import { RiskCategory, RiskEvidenceKind } from '../../../contracts/analysis.ts';

/**
 * The safety rules' knowledge is data: vocabularies (`vocabulary.json`), rules per category
 * (`*.rules.json`), idioms (`idioms.json`), the screen's cues (`screen.json`), word lists
 * (`words.json`), rewrites (`rewrites.json`) and context, time and conversation patterns
 * (`scope.json`, `time.json`, `conversation.json`); every pattern with its own examples. This module
 * validates the files and compiles them once, at start-up, into the regular expressions the
 * detector runs; a file that cannot be compiled stops the start with the file, the entry and
 * the problem named. The note writer's patterns and word sets (`server/providers/knowledge/`)
 * are compiled here too.
 */

/** Sentences an entry must and must not match; `knowledge.test.ts` runs every one. */
const Examples = z.object({
  match: z.array(z.string().min(1)).min(1, 'needs at least one example it matches'),
  noMatch: z.array(z.string().min(1)).min(1, 'needs at least one example it does not match'),
});
export type Examples = z.infer<typeof Examples>;

/** A pattern over normalised text, a set of whole words, or a set of word beginnings. */
const Matcher = z.union([
  z.string().min(1),
  z.object({ words: z.array(z.string().min(1)).min(1) }).strict(),
  z.object({ stems: z.array(z.string().min(1)).min(1) }).strict(),
]);
type Matcher = z.infer<typeof Matcher>;

const Vocabulary = z
  .object({
    name: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'a vocabulary name is upper case (it is written {NAME} in patterns)'),
    about: z.string().optional(),
    /** A phrase fragment; `{NAME}` inserts another vocabulary. */
    pattern: z.string().min(1).optional(),
    /** Plain alternatives, inserted as `a|b|c` (and spliced into word lists as `@NAME`). */
    list: z.array(z.string().min(1)).min(1).optional(),
    /** Any of these whole words (a rule's keyword trigger). */
    anyWord: z.array(z.string().min(1)).min(1).optional(),
    /** Any word beginning with one of these (a rule's keyword trigger). */
    anyStem: z.array(z.string().min(1)).min(1).optional(),
    examples: Examples,
  })
  .strict()
  .refine((v) => [v.pattern, v.list, v.anyWord, v.anyStem].filter(Boolean).length === 1, {
    message: 'needs exactly one of pattern, list, anyWord, anyStem',
  });
export type VocabularyEntry = z.infer<typeof Vocabulary>;

export const RuleLevel = z.enum(['low', 'moderate', 'high', 'behaviour']);

const RuleEntry = z
  .object({
    id: z.string().regex(/^[a-z_]+(?:\.[a-z_]+)*$/, 'a rule id is dotted lower-case words'),
    kind: RiskEvidenceKind,
    category: RiskCategory,
    /** `behaviour`: an act, levelled by when it happened (within three months or unstated → high, earlier → moderate). */
    level: RuleLevel,
    subject: z.enum(['self', 'any']),
    /** Why the rule is written as it is, for a reviewer. */
    note: z.string().optional(),
    trigger: Matcher.optional(),
    requires: Matcher.optional(),
    unless: Matcher.optional(),
    pattern: z.string().min(1),
    negatable: z.boolean().optional(),
    conditional: z.boolean().optional(),
    accident: z.boolean().optional(),
    object: z.enum(['person', 'victim']).optional(),
    childOrElderIsAbuse: z.boolean().optional(),
    escalator: z.boolean().optional(),
    contextual: z.boolean().optional(),
    unanchored: z.boolean().optional(),
    anchorable: z.boolean().optional(),
    masks: z.array(RiskCategory).optional(),
    examples: Examples,
  })
  .strict();
export type RuleEntry = z.infer<typeof RuleEntry>;

const IdiomEntry = z
  .object({ id: z.string().min(1), note: z.string().optional(), pattern: z.string().min(1), examples: Examples })
  .strict();
export type IdiomEntry = z.infer<typeof IdiomEntry>;

export const VocabularyFile = z.object({ about: z.string(), vocabularies: z.array(Vocabulary) }).strict();
export const RuleFile = z.object({ about: z.string(), rules: z.array(RuleEntry) }).strict();
export const IdiomFile = z.object({ about: z.string(), idioms: z.array(IdiomEntry) }).strict();

/** A knowledge file that cannot be used: the message names the file, the entry and what to fix. */
export class KnowledgeFileError extends Error {
  override name = 'KnowledgeFileError';
}

/** A rule as the detector runs it: the entry with its matchers compiled. */
export interface Rule extends Omit<RuleEntry, 'trigger' | 'requires' | 'unless' | 'pattern' | 'examples' | 'note'> {
  /** Global, with match indices (evidence spans, named groups). */
  pattern: RegExp;
  /**
   * Words one of which every match contains: a cheap test that skips the rule when none is
   * there. Must never change a result (the evaluation checks it against an exhaustive run).
   */
  trigger?: RegExp;
  /** Also required somewhere in the utterance. */
  requires?: RegExp;
  /** Found in the sentence of the match, it says what the words are about and cancels the match. */
  unless?: RegExp;
}

export interface Source<T> {
  /** The file name, as errors name it. */
  file: string;
  json: unknown;
  schema: z.ZodType<T>;
}

function parse<T>({ file, json, schema }: Source<T>): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = entryName(json, issue.path);
  throw new KnowledgeFileError(`${file}: ${where}: ${issue.message}`);
}

/** "rule suicide.plan (examples.match)" rather than "rules.31.examples.match". */
function entryName(json: unknown, path: readonly PropertyKey[]): string {
  if (path.length < 2 || typeof path[1] !== 'number') return path.length ? path.join('.') : '(root)';
  const list = (json as Record<string, unknown[]>)[String(path[0])];
  const entry = list?.[path[1]] as { id?: unknown; name?: unknown } | undefined;
  const name = typeof entry?.id === 'string' ? entry.id : typeof entry?.name === 'string' ? entry.name : `#${path[1]}`;
  const rest = path.slice(2).join('.');
  return `entry ${name}${rest ? ` (${rest})` : ''}`;
}

/** One word token (never punctuation). */
const WORD = String.raw`[^ .,;:!?]+`;
/** Words a gap may not cross: a new subject, a negation or a condition belongs to another idea. */
const GAP_BLOCK = String.raw`(?:he|she|they|you|him|her|them|people|someone|somebody|everyone|but|because|pero|porque|not|never|no|if|si|unless)\b`;
const GAPS: Record<string, (n: string) => string> = {
  /** Up to n filler words ("want to *just* die"), never across a new subject, a negation or a condition. */
  gap: (n) => String.raw`(?: (?!${GAP_BLOCK})${WORD}){0,${n}}`,
  /** Up to n words of any kind but punctuation and negation (inside a phrase whose subject is fixed). */
  gapAny: (n) => String.raw`(?: (?!(?:not|never|no)\b)${WORD}){0,${n}}`,
};

/** `{NAME}` or `{gap:n}`; never the braces of a Unicode property (`\p{L}`). */
const REFERENCE = /(?<!\\[pP])\{([A-Z][A-Z0-9_]*)\}|\{(gap|gapAny):([0-9]+)\}/g;

interface Outer {
  parent?: Vocabularies;
  lists?: Readonly<Record<string, readonly string[]>>;
}

/** The vocabularies by name, each expanded to a regular-expression source on first use. */
export class Vocabularies {
  private readonly file: string;
  private readonly entries = new Map<string, VocabularyEntry>();
  private readonly sources = new Map<string, string>();
  private readonly expanding = new Set<string>();
  private readonly outer: Outer;

  /** `outer`: vocabularies of another file, and word lists kept in code, that this file may name. */
  constructor(file: string, list: readonly VocabularyEntry[], outer: Outer = {}) {
    this.file = file;
    this.outer = outer;
    for (const v of list) {
      if (this.entries.has(v.name)) throw new KnowledgeFileError(`${file}: entry ${v.name}: defined twice`);
      this.entries.set(v.name, v);
    }
  }

  get names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name) || this.outer.parent?.has(name) === true;
  }

  entry(name: string): VocabularyEntry | undefined {
    return this.entries.get(name);
  }

  /** A pattern with `{NAME}`, `{gap:n}` and `{gapAny:n}` written out. `where` names its file and entry for errors. */
  expand(pattern: string, where: string): string {
    return pattern.replace(REFERENCE, (_, name: string | undefined, gap: string | undefined, n: string) =>
      name ? this.source(name, where) : GAPS[gap!]!(n),
    );
  }

  /** A word list with `@NAME` items spliced in from list vocabularies. */
  words(list: readonly string[], where: string): string[] {
    return list.flatMap((w) => (w.startsWith('@') ? this.list(w.slice(1), where) : [w]));
  }

  private list(name: string, where: string): readonly string[] {
    const own = this.entries.get(name);
    if (own?.list) return own.list;
    const kept = own ? undefined : (this.outer.lists?.[name] ?? this.outer.parent?.list(name, where));
    if (!kept) throw new KnowledgeFileError(`${where}: @${name} names no list in ${this.file}`);
    return kept;
  }

  source(name: string, where: string): string {
    const cached = this.sources.get(name);
    if (cached !== undefined) return cached;
    const v = this.entries.get(name);
    if (!v) {
      const kept = this.outer.lists?.[name];
      if (kept) return kept.join('|');
      if (this.outer.parent?.has(name)) return this.outer.parent.source(name, where);
      throw new KnowledgeFileError(`${where}: {${name}} is not a vocabulary in ${this.file}`);
    }
    if (this.expanding.has(name)) throw new KnowledgeFileError(`${this.file}: entry ${name}: refers to itself`);
    this.expanding.add(name);
    const here = `${this.file}: entry ${name}`;
    const source = v.pattern
      ? this.expand(v.pattern, here)
      : v.list
        ? v.list.join('|')
        : v.anyWord
          ? String.raw`\b(?:${this.words(v.anyWord, here).join('|')})\b`
          : String.raw`\b(?:${this.words(v.anyStem!, here).join('|')})`;
    this.expanding.delete(name);
    this.sources.set(name, source);
    return source;
  }

  /** A matcher compiled; `where` names the file and entry when it cannot be. */
  matcher(m: Matcher, flags: string, where: string): RegExp {
    const source =
      typeof m === 'string'
        ? this.expand(m, where)
        : 'words' in m
          ? String.raw`\b(?:${this.words(m.words, where).join('|')})\b`
          : String.raw`\b(?:${this.words(m.stems, where).join('|')})`;
    return regExp(source, flags, where);
  }
}

export function regExp(source: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new KnowledgeFileError(`${where}: not a valid pattern (${(error as Error).message})`);
  }
}

export function loadVocabularies(source: Source<z.infer<typeof VocabularyFile>>, outer: Outer = {}): Vocabularies {
  return checked(source.file, new Vocabularies(source.file, parse(source).vocabularies, outer));
}

function checked(file: string, vocabularies: Vocabularies): Vocabularies {
  // Every vocabulary compiles, whether or not a rule uses it yet.
  for (const name of vocabularies.names) regExp(vocabularies.source(name, file), '', `${file}: entry ${name}`);
  return vocabularies;
}

export function compileRules(
  source: Source<z.infer<typeof RuleFile>>,
  vocabularies: Vocabularies,
  seen: Set<string>,
): { rules: Rule[]; entries: RuleEntry[] } {
  const entries = parse(source).rules;
  const rules = entries.map((e) => {
    const where = `${source.file}: entry ${e.id}`;
    if (seen.has(e.id)) throw new KnowledgeFileError(`${where}: the id is used by another rule`);
    seen.add(e.id);
    const { trigger, requires, unless, pattern, examples: _examples, note: _note, ...rest } = e;
    return {
      ...rest,
      pattern: vocabularies.matcher(pattern, 'gd', where),
      ...(trigger ? { trigger: vocabularies.matcher(trigger, '', `${where} (trigger)`) } : {}),
      ...(requires ? { requires: vocabularies.matcher(requires, '', `${where} (requires)`) } : {}),
      ...(unless ? { unless: vocabularies.matcher(unless, '', `${where} (unless)`) } : {}),
    };
  });
  return { rules, entries };
}

export function compileIdioms(
  source: Source<z.infer<typeof IdiomFile>>,
  vocabularies: Vocabularies,
): { idioms: RegExp[]; entries: IdiomEntry[] } {
  const entries = parse(source).idioms;
  return {
    idioms: entries.map((e) => vocabularies.matcher(e.pattern, 'g', `${source.file}: entry ${e.id}`)),
    entries,
  };
}

/** What a cue of the lexical screen says; `screen.ts` adds them up by kind. */
export const CueKind = z.enum([
  /** Death, dying, ending, not existing, being gone; faith and dialect ways of saying them. */
  'death',
  /** Others better off without the speaker, being of no use to anyone. */
  'burden',
  /** A way to die: pills, a rope, a height, traffic, exhaust, poison. */
  'means',
  /** A weapon: a means for suicide, or for harm to others when a person is named as its target. */
  'weapon',
  /** Goodbyes, letters, giving things away, arrangements, affairs. */
  'prep',
  /** A plan or a decision; "do it" with a time. */
  'plan',
  /** An attempt told as a story: rescued, talked down, woke up in hospital. */
  'act',
  /** Self-injury: cutting, burning, blades, scars, punishing oneself. */
  'injury',
  /** Harm to others: violent verbs, revenge, getting even. */
  'harm',
  /** Someone as a target: where he parks, for when I see him, scaring them. */
  'target',
  /** Abuse of the speaker, a child or an elder: control, neglect, unwanted touch, fear. */
  'abuse',
  /** A threat against the speaker by someone else. */
  'threat',
  /** What a threat is conditioned on: leaving, telling, calling for help. */
  'leaving',
  /** Modifiers (raise a sum, never flag alone): thinking and wishing, intent, getting the means. */
  'thought',
  'intent',
  'acquire',
]);
export type CueKind = z.infer<typeof CueKind>;

const CueEntry = z
  .object({
    id: z.string().min(1),
    kind: CueKind,
    weight: z.number().positive().max(1),
    /**
     * `self`: the nearest subject before the words must be the speaker ("he wants to die" is not).
     * `framed`: a bare word ("die", "death") counts only right after the speaker's own words
     * ("I could just die", "my death", "I think about death"), never "my dog died".
     * `any`: the words already say whose it is ("without me", "takes me", a means, a threat to me).
     */
    who: z.enum(['self', 'framed', 'any']),
    note: z.string().optional(),
    trigger: Matcher.optional(),
    /** Everyday contexts that, found (and not negated) in the sentence, explain the words. */
    unless: Matcher.optional(),
    pattern: z.string().min(1),
    /** A negator before the words cancels them (default true). */
    negatable: z.boolean().optional(),
    /** Inside the antecedent of "if …" the words are a possibility (default true: dropped). */
    conditional: z.boolean().optional(),
    /** A method (a means, a way of self-injury): raises the level with death words or a thought. */
    method: z.boolean().optional(),
    /** About someone other than the speaker: abuse only when a child or an elder is named nearby. */
    dependant: z.boolean().optional(),
    /** Counts for this category only (a bat is a weapon against others, never a means of suicide). */
    only: z.literal('violence').optional(),
    /** Needs the speaker named in its clause ("I tried to…", never "an attempted robbery"). */
    own: z.boolean().optional(),
    /** A thing (a blade, a razor), not an act: alone it needs the speaker's thought or purchase close by. */
    object: z.boolean().optional(),
    examples: Examples,
  })
  .strict();
export type CueEntry = z.infer<typeof CueEntry>;

export const ScreenFile = z
  .object({ about: z.string(), vocabularies: z.array(Vocabulary), cues: z.array(CueEntry) })
  .strict();

/** A cue as the screen runs it. */
export interface Cue extends Omit<CueEntry, 'trigger' | 'unless' | 'pattern' | 'examples' | 'note'> {
  /** Global. */
  pattern: RegExp;
  /** Words one of which every match contains; the evaluation checks it never changes a result. */
  trigger?: RegExp;
  unless?: RegExp;
}

export function compileCues(
  source: Source<z.infer<typeof ScreenFile>>,
  outer: Outer,
): { cues: Cue[]; entries: CueEntry[]; vocabularies: Vocabularies } {
  const file = parse(source);
  const vocabularies = checked(source.file, new Vocabularies(source.file, file.vocabularies, outer));
  const seen = new Set<string>();
  const cues = file.cues.map((e) => {
    const where = `${source.file}: entry ${e.id}`;
    if (seen.has(e.id)) throw new KnowledgeFileError(`${where}: the id is used by another cue`);
    seen.add(e.id);
    const { trigger, unless, pattern, examples: _examples, note: _note, ...rest } = e;
    return {
      ...rest,
      pattern: vocabularies.matcher(pattern, 'g', where),
      ...(trigger ? { trigger: vocabularies.matcher(trigger, '', `${where} (trigger)`) } : {}),
      ...(unless ? { unless: vocabularies.matcher(unless, '', `${where} (unless)`) } : {}),
    };
  });
  return { cues, entries: file.cues, vocabularies };
}

/** Words as normalised text holds them: lower case, accent-free, one space or hyphen between words; or a punctuation token. */
const NORMALISED_WORDS = /^(?:[a-z0-9']+(?:[ -][a-z0-9']+)*|[.,;:!?])$/;
const ListName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'a list name is upper case');

const WordList = z
  .object({
    name: ListName,
    /** What the list is for, for a reviewer. */
    about: z.string().min(1),
    words: z.array(z.string()).min(1).optional(),
    /** Words with a value ("twelve": 12). */
    numbers: z.record(z.string(), z.number()).optional(),
    /**
     * What the words are compared with: normalised tokens (the default), or the words as typed,
     * lower-cased, in any alphabet and with their accents ("sí").
     */
    text: z.enum(['normalised', 'original']).optional(),
  })
  .strict()
  .refine((l) => [l.words, l.numbers].filter(Boolean).length === 1, { message: 'needs exactly one of words, numbers' });

export const WordFile = z.object({ about: z.string(), lists: z.array(WordList) }).strict();

const RewriteList = z
  .object({
    name: ListName,
    about: z.string().min(1),
    /** From the words as typed (after folding) to the words the rules are written in. */
    rewrites: z.record(z.string(), z.string()),
  })
  .strict();

export const RewriteFile = z.object({ about: z.string(), rewrites: z.array(RewriteList) }).strict();

/** Words as typed, lower-cased: letters of any alphabet with their accents, one space or hyphen between words. */
const LOWER_CASE_WORDS = /^(?:[\p{Ll}\p{Lo}\p{M}0-9']+(?:[ -][\p{Ll}\p{Lo}\p{M}0-9']+)*|[.,;:!?])$/u;

/** Every word is in the form the list is compared in and written once: a list is reviewed as a set. */
function checkWords(words: readonly string[], where: string, text: 'normalised' | 'original' = 'normalised'): void {
  const seen = new Set<string>();
  for (const word of words) {
    if (text === 'original' && !LOWER_CASE_WORDS.test(word))
      throw new KnowledgeFileError(`${where}: ${JSON.stringify(word)} is not lower-case words or a punctuation mark`);
    if (text === 'normalised' && !NORMALISED_WORDS.test(word))
      throw new KnowledgeFileError(
        `${where}: ${JSON.stringify(word)} is not lower-case, accent-free words or a punctuation mark`,
      );
    if (seen.has(word)) throw new KnowledgeFileError(`${where}: ${JSON.stringify(word)} is listed twice`);
    seen.add(word);
  }
}

/** The named lists of one knowledge file; a list a module reads but the file lacks stops the start. */
export class NamedLists<T> {
  readonly file: string;
  private readonly lists = new Map<string, T>();
  private readonly read = new Set<string>();

  constructor(file: string, entries: readonly (readonly [string, T])[]) {
    this.file = file;
    for (const [name, value] of entries) {
      if (this.lists.has(name)) throw new KnowledgeFileError(`${file}: entry ${name}: defined twice`);
      this.lists.set(name, value);
    }
  }

  get names(): string[] {
    return [...this.lists.keys()];
  }

  get(name: string): T {
    const list = this.lists.get(name);
    if (list === undefined) throw new KnowledgeFileError(`${this.file}: no list named ${name}`);
    this.read.add(name);
    return list;
  }

  /** The lists nothing has read: once the detector is loaded, knowledge no code uses. */
  get unread(): string[] {
    return this.names.filter((name) => !this.read.has(name));
  }
}

/** Word lists by name: `words` in the order written, `numbers` as a table. */
export type WordList = { words: readonly string[] } | { numbers: Readonly<Record<string, number>> };

export function compileWordLists(source: Source<z.infer<typeof WordFile>>): WordLists {
  const lists = parse(source).lists.map((l) => {
    const where = `${source.file}: entry ${l.name}`;
    checkWords(l.words ?? Object.keys(l.numbers!), where, l.text);
    return [l.name, l.words ? { words: l.words } : { numbers: l.numbers! }] as const;
  });
  return new WordLists(source.file, lists);
}

export class WordLists extends NamedLists<WordList> {
  /** A list of words, in the order written. */
  words(name: string): readonly string[] {
    const list = this.get(name);
    if (!('words' in list)) throw new KnowledgeFileError(`${this.file}: entry ${name}: is not a list of words`);
    return list.words;
  }

  set(name: string): ReadonlySet<string> {
    return new Set(this.words(name));
  }

  numbers(name: string): Readonly<Record<string, number>> {
    const list = this.get(name);
    if (!('numbers' in list)) throw new KnowledgeFileError(`${this.file}: entry ${name}: is not a table of numbers`);
    return list.numbers;
  }
}

export function compileRewrites(
  source: Source<z.infer<typeof RewriteFile>>,
): NamedLists<Readonly<Record<string, string>>> {
  const lists = parse(source).rewrites.map((l) => {
    const where = `${source.file}: entry ${l.name}`;
    checkWords(Object.keys(l.rewrites), where);
    for (const [from, to] of Object.entries(l.rewrites)) {
      if (!NORMALISED_WORDS.test(to))
        throw new KnowledgeFileError(
          `${where}: ${JSON.stringify(from)} is rewritten to ${JSON.stringify(to)}, which is not lower-case, accent-free words`,
        );
    }
    return [l.name, l.rewrites] as const;
  });
  return new NamedLists(source.file, lists);
}

const PatternEntry = z
  .object({
    name: ListName,
    about: z.string().min(1),
    /** A regular expression; a list is its alternatives, joined with `|` in the order written. `{NAME}` inserts a vocabulary or a word list. */
    pattern: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    flags: z
      .string()
      .regex(/^[giu]*$/, 'flags are g (every match), i (any case) or u (unicode)')
      .optional(),
    /**
     * What `\b` means: the ASCII edge of a word (the default, as in any regular expression), or
     * `unicode`: the edge of a word in any alphabet, which "sí", "mañana" or "ojalá" end on and the
     * ASCII `\b` does not know. Written out as UNICODE_WORD_EDGE after `{NAME}` is spliced in;
     * needs the u flag.
     */
    wordEdge: z.enum(['ascii', 'unicode']).optional(),
    /** What the pattern reads and its examples are tested on: the normalised text, or the text as typed. */
    text: z.enum(['normalised', 'original']),
    examples: Examples,
  })
  .strict()
  .refine((e) => e.wordEdge !== 'unicode' || e.flags?.includes('u'), {
    message: 'a unicode word edge needs the u flag',
    path: ['flags'],
  });
export type PatternEntry = z.infer<typeof PatternEntry>;

/** The edge of a word in any alphabet: a letter or digit on one side only. */
export const UNICODE_WORD_EDGE = String.raw`(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))`;

export const PatternFile = z
  .object({ about: z.string(), vocabularies: z.array(Vocabulary).optional(), patterns: z.array(PatternEntry) })
  .strict();

/**
 * Word lists as a pattern may name them: `{NAME}` is the list's words (a table's words) as
 * alternatives. A list counts as read only when a pattern names it.
 */
export function listsOf(words: WordLists): Record<string, readonly string[]> {
  const lists: Record<string, readonly string[]> = {};
  for (const name of words.names) {
    Object.defineProperty(lists, name, {
      enumerable: true,
      get: () => {
        const list = words.get(name);
        return 'words' in list ? list.words : Object.keys(list.numbers);
      },
    });
  }
  return lists;
}

/** The patterns of one file, compiled; the entries as written, for the generic test. */
export class Patterns extends NamedLists<RegExp> {
  readonly entries: readonly PatternEntry[];
  readonly vocabularies: Vocabularies;

  constructor(
    file: string,
    compiled: readonly (readonly [string, RegExp])[],
    entries: readonly PatternEntry[],
    vocabularies: Vocabularies,
  ) {
    super(file, compiled);
    this.entries = entries;
    this.vocabularies = vocabularies;
  }
}

export function compilePatterns(source: Source<z.infer<typeof PatternFile>>, outer: Outer): Patterns {
  const file = parse(source);
  const vocabularies = checked(source.file, new Vocabularies(source.file, file.vocabularies ?? [], outer));
  const compiled = file.patterns.map((e) => {
    const where = `${source.file}: entry ${e.name}`;
    const pattern = vocabularies.expand(typeof e.pattern === 'string' ? e.pattern : e.pattern.join('|'), where);
    const edged = e.wordEdge === 'unicode' ? pattern.replaceAll(String.raw`\b`, UNICODE_WORD_EDGE) : pattern;
    return [e.name, regExp(edged, e.flags ?? '', where)] as const;
  });
  return new Patterns(source.file, compiled, file.patterns, vocabularies);
}

/** A rewrite of two words into two words ("you are" → "i am"), as pairs; anything else is refused. */
export function wordPairs(
  rewrites: NamedLists<Readonly<Record<string, string>>>,
  name: string,
): Readonly<Record<string, readonly [string, string]>> {
  return Object.fromEntries(
    Object.entries(rewrites.get(name)).map(([from, to]) => {
      const [a, b, ...more] = to.split(' ');
      if (b === undefined || more.length > 0 || from.split(' ').length !== 2)
        throw new KnowledgeFileError(
          `${rewrites.file}: entry ${name}: ${JSON.stringify(from)} → ${JSON.stringify(to)} is not two words rewritten to two words`,
        );
      return [from, [a!, b] as const];
    }),
  );
}
