import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { EmotionResult } from '../../contracts/analysis.ts';
import { VALENCE_SIGN, LABELS, EKMAN } from '../../contracts/emotionTaxonomy.ts';

/**
 * Spoken-talk vocabulary (`spoken.json`): back-channels and the markers that open a turn. Each
 * entry carries the examples it must and must not match; a test runs every one of them.
 */
const Vocabulary = z.object({
  description: z.string(),
  words: z.array(z.string().min(1)).min(1),
  maxWords: z.number().int().positive().optional(),
  examples: z.object({ match: z.array(z.string()).min(1), nomatch: z.array(z.string()).min(1) }),
});
export const SpokenVocabulary = z.object({ backchannel: Vocabulary, openers: Vocabulary });
export type SpokenVocabulary = z.infer<typeof SpokenVocabulary>;

export const SPOKEN_URL = new URL('./spoken.json', import.meta.url);

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export interface SpokenReader {
  /** Only back-channel words ("mm-hm", "yeah right", "thanks"): the turn carries no emotion of its own. */
  isBackchannel(text: string): boolean;
  /** The text after its opening discourse markers, or the text itself when nothing else is left. */
  pastOpeners(text: string): string;
}

export function compileSpoken(v: SpokenVocabulary): SpokenReader {
  const back = new Set(v.backchannel.words.map((w) => w.toLowerCase()));
  const maxWords = v.backchannel.maxWords ?? 4;
  const openers = v.openers.words.map((w) => words(w)).sort((a, b) => b.length - a.length);
  return {
    isBackchannel(text) {
      const ws = words(text.replace(/\[[^\]]*\]/g, (m) => ` ${m.slice(1, -1)} `));
      return ws.length > 0 && ws.length <= maxWords && ws.every((w) => back.has(w));
    },
    pastOpeners(text) {
      const matches = [...text.matchAll(WORD)];
      let i = 0;
      for (;;) {
        const opener = openers.find((o) => o.every((w, k) => matches[i + k]?.[0].toLowerCase() === w));
        if (!opener) break;
        i += opener.length;
      }
      if (i === 0 || i >= matches.length) return text;
      return text.slice(matches[i]!.index);
    },
  };
}

export const spoken = compileSpoken(SpokenVocabulary.parse(JSON.parse(readFileSync(SPOKEN_URL, 'utf8'))));

/**
 * A turn of spoken conversation as the emotion model reads it: past its openers, marked as
 * speech. The model learns spoken talk under this mark (one token, `xxspoken`) and written
 * comments without it, so adapting to speech does not shift how it reads written text.
 */
export const SPOKEN_MARK = 'xxspoken ';

export function spokenInput(text: string): string {
  return `${SPOKEN_MARK}${spoken.pastOpeners(text)}`;
}

export const NO_EMOTION: EmotionResult = {
  labels: [{ label: 'neutral', score: 1 }],
  ekman: [{ label: 'neutral', score: 1 }],
  valence: 0,
};

const POSITIVE_LABELS = new Set(LABELS.filter((_, i) => VALENCE_SIGN[i] === 1));
const POSITIVE_EKMAN = new Set<string>(['joy']);

/**
 * Risk content never reads as positive: labels of positive feeling are dropped (sadness stands
 * in when nothing else is left), and the valence is at most 0.
 */
export function withoutPositive(e: EmotionResult): EmotionResult {
  const labels = e.labels.filter((l) => !POSITIVE_LABELS.has(l.label));
  const ekman = e.ekman.filter((l) => !POSITIVE_EKMAN.has(l.label));
  const fallback = EKMAN.includes('sadness') ? 'sadness' : 'neutral';
  return {
    labels: labels.length > 0 ? labels : [{ label: 'sadness', score: 0 }],
    ekman: ekman.length > 0 ? ekman : [{ label: fallback, score: 0 }],
    valence: Math.min(0, e.valence),
  };
}
