import { z } from 'zod';
import { isEnglishWord, isUnambiguousName } from '../../privacy/lexicon/index.ts';
import data from './normalise.json' with { type: 'json' };

/**
 * The form of a turn the risk model reads (`normalise.json` says what and why): lower case, no
 * punctuation, no person's name, neutral gender and pronouns, no dialect discourse markers and
 * one spelling for common speech spellings. A decision must not depend on who is spoken of or
 * how: a name, a pronoun or a dialect marker swapped must read the same.
 */
const Example = z.tuple([z.string(), z.string()]);
export const NormaliseData = z.object({
  about: z.string(),
  neutral: z.array(z.object({ to: z.string(), from: z.array(z.string()).min(1), examples: z.array(Example) })),
  afterThey: z.object({ about: z.string(), irregular: z.record(z.string(), z.string()), examples: z.array(Example) }),
  markers: z.object({ about: z.string(), phrases: z.array(z.string()).min(1), examples: z.array(Example) }),
  spellings: z.object({ about: z.string(), map: z.record(z.string(), z.string()), examples: z.array(Example) }),
});
export const NORMALISE = NormaliseData.parse(data);

const NEUTRAL = new Map(NORMALISE.neutral.flatMap((e) => e.from.map((w) => [w, e.to] as const)));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phrases = (list: readonly string[]): RegExp =>
  new RegExp(
    `(?<![\\p{L}'])(?:${[...list]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![\\p{L}'])`,
    'gu',
  );
const MARKERS = phrases(NORMALISE.markers.phrases);
const SPELLINGS = phrases(Object.keys(NORMALISE.spellings.map));
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Spanish "he pensado" (I have thought) is not the English pronoun. */
const SPANISH_PARTICIPLE = /(?:ado|ido)$/;
const SENTENCE_END = /[.!?]\s*$/;

function fold(word: string): string {
  return /^[a-z]*$/.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** A person's name: one in the name lists that is no everyday word, or capitalised mid-sentence and no English word. */
function isName(token: string, lower: string, sentenceStart: boolean): boolean {
  if (lower.length < 2 || !/^\p{L}+$/u.test(lower)) return false;
  const folded = fold(lower);
  if (NEUTRAL.has(lower) || NORMALISE.spellings.map[lower] !== undefined) return false;
  if (isUnambiguousName(folded)) return true;
  const capitalised = token[0] !== token[0]!.toLowerCase();
  return capitalised && !sentenceStart && !isEnglishWord(folded) && !/\d/.test(token);
}

/** "hits" → "hit", "tries" → "try", "pushes" → "push": the plural form after a neutral pronoun. */
function plural(verb: string): string {
  const irregular = NORMALISE.afterThey.irregular[verb];
  if (irregular !== undefined) return irregular;
  if (verb.length <= 3 || !verb.endsWith('s') || verb.endsWith('ss') || verb.endsWith('us')) return verb;
  if (verb.endsWith('ies')) return `${verb.slice(0, -3)}y`;
  if (/(?:sh|ch|x|z|ss)es$/.test(verb)) return verb.slice(0, -2);
  return verb.slice(0, -1);
}

function nextWord(text: string, from: number): string {
  NEXT_WORD.lastIndex = from;
  return NEXT_WORD.exec(text)?.[1] ?? '';
}
const NEXT_WORD = /\s*(\p{L}+)/uy;

const cache = new Map<string, string>();

export function modelText(text: string): string {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0].replace(/’/g, "'");
    const lower = token.toLowerCase();
    const sentenceStart = out.length === 0 || SENTENCE_END.test(text.slice(Math.max(0, m.index - 3), m.index));
    if (isName(token, lower, sentenceStart)) continue;
    if ((lower === 'he' || lower === 'she') && SPANISH_PARTICIPLE.test(nextWord(text, m.index + token.length)))
      out.push(lower);
    else if (NEUTRAL.has(lower)) out.push(NEUTRAL.get(lower)!);
    else if (out.at(-1) === 'they') out.push(plural(lower));
    else out.push(lower);
  }
  const joined = ` ${out.join(' ')} `
    .replace(MARKERS, ' ')
    .replace(SPELLINGS, (s) => NORMALISE.spellings.map[s]!)
    .replace(/\s+/g, ' ')
    .trim();
  if (cache.size > 4096) cache.clear();
  cache.set(text, joined);
  return joined;
}
