import { normalize } from '../../server/engine/safety/normalize.ts';
import type { Cue } from '../../server/engine/safety/knowledge/compile.ts';

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
