import { describe, expect, it } from 'vitest';
import { normalize } from '../../server/engine/safety/normalize.ts';
import type { Cue, NamedLists, Patterns, Vocabularies } from '../../server/engine/safety/knowledge/compile.ts';

/**
 * Whether a cue of the screen finds its words in a client's sentence: its keyword trigger, a
 * match of its pattern, and none of the everyday contexts it names. Whether the words then
 * count (whose they are, negation, the sum of a sentence) is the screen's to decide.
 */
export function cueFound(cue: Cue, text: string): boolean {
  const n = normalize(text, 'speaker').text;
  if (cue.trigger && !cue.trigger.test(n)) return false;
  const pattern = new RegExp(cue.pattern.source);
  if ((pattern.exec(n)?.[0].length ?? 0) === 0) return false;
  return !cue.unless?.test(n);
}

/**
 * Whether a vocabulary matches an example written in normalised form. A `|` in the example
 * marks a position: a vocabulary that only looks around (what follows a word, what precedes
 * it) is tested there.
 */
export function vocabularyMatches(source: string, example: string): boolean {
  const at = example.indexOf('|');
  if (at < 0) return (new RegExp(source).exec(example)?.[0].length ?? 0) > 0;
  const sticky = new RegExp(source, 'y');
  sticky.lastIndex = at;
  return sticky.test(example.slice(0, at) + example.slice(at + 1));
}

/**
 * What each file of named lists left unread: taken once the code that reads them has loaded,
 * and before a test looks every entry up itself.
 */
export function unreadIn(files: readonly Pick<NamedLists<unknown>, 'file' | 'unread'>[]) {
  return files.map((lists) => ({ file: lists.file, unread: lists.unread }));
}

/** Every vocabulary of a file must match, or not, its examples (see `vocabularyMatches`). */
export function describeVocabularies(file: string, vocabularies: Vocabularies): void {
  for (const name of vocabularies.names) {
    const { match, noMatch } = vocabularies.entry(name)!.examples;
    const source = vocabularies.source(name, file);
    describe(`${file}: ${name}`, () => {
      it.each(match)('matches %j', (example) => expect(vocabularyMatches(source, example)).toBe(true));
      it.each(noMatch)('does not match %j', (example) => expect(vocabularyMatches(source, example)).toBe(false));
    });
  }
}

/** Every pattern of a file must match, or not, its examples in the text it reads. */
export function describePatterns(patterns: Patterns): void {
  for (const entry of patterns.entries) {
    const compiled = patterns.get(entry.name);
    const pattern = new RegExp(compiled.source, compiled.flags.replace('g', ''));
    const read = (text: string) => (entry.text === 'normalised' ? normalize(text, 'speaker').text : text);
    describe(`${patterns.file}: ${entry.name}`, () => {
      it.each(entry.examples.match)('matches %j', (text) => expect(pattern.test(read(text))).toBe(true));
      it.each(entry.examples.noMatch)('does not match %j', (text) => expect(pattern.test(read(text))).toBe(false));
    });
  }
}
