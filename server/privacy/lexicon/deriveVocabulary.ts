/**
 * Writes `vocabulary.ts`: the lower-case words of a plain-English corpus, used to tell an
 * everyday word ("church", "hope") from an unknown word that may be a name.
 *
 *   node server/privacy/lexicon/deriveVocabulary.ts tests/data/public/goemotions/dev.tsv tests/data/public/goemotions/train.tsv
 *
 * From the dev split, every word written in lower case somewhere. From the train split, a word
 * written in lower case at least three times, three times more often than capitalised inside a
 * sentence, and not in our lists of given names, surnames and places: so "porch" and "refill"
 * come in, while "seattle" (mostly capitalised) and "carver" (a surname) stay out. GoEmotions
 * also masks people's names as [NAME]. The text itself is not kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FAMILY, GIVEN, KNOWN_PLACES } from './index.ts';

const [dev, train] = process.argv.slice(2);
if (!dev || !train) {
  console.error('usage: node server/privacy/lexicon/deriveVocabulary.ts <GoEmotions dev.tsv> <GoEmotions train.tsv>');
  process.exit(2);
}

interface Counts {
  lower: Map<string, number>;
  capitalised: Map<string, number>;
}

function count(path: string): Counts {
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const text = line.split('\t')[0] ?? '';
    let sentenceStart = true;
    for (const [token] of text.matchAll(/[A-Za-z]+(?:['’][A-Za-z]+)*|[.!?]/g)) {
      if (/^[.!?]$/.test(token)) {
        sentenceStart = true;
        continue;
      }
      if (token === token.toLowerCase()) {
        for (const piece of token.split(/['’]/)) if (piece) lower.set(piece, (lower.get(piece) ?? 0) + 1);
      } else if (!sentenceStart && /^[A-Z][a-z]+$/.test(token)) {
        const w = token.toLowerCase();
        capitalised.set(w, (capitalised.get(w) ?? 0) + 1);
      }
      sentenceStart = false;
    }
  }
  return { lower, capitalised };
}

const fromDev = count(dev);
const fromTrain = count(train);
const words = new Set(fromDev.lower.keys());
for (const [w, n] of fromTrain.lower) {
  const capitalised = (fromTrain.capitalised.get(w) ?? 0) + (fromDev.capitalised.get(w) ?? 0);
  if (n >= 3 && n >= 3 * capitalised && !GIVEN.has(w) && !FAMILY.has(w) && !KNOWN_PLACES.has(w)) words.add(w);
}
const sorted = [...words].sort();
const out = `/**
 * Lower-case words seen in the GoEmotions dev and train splits (Demszky et al., 2020; Google
 * Research, Apache-2.0), derived by deriveVocabulary.ts. ${sorted.length} words; no text is kept.
 */
export const CORPUS_VOCABULARY = \`
${sorted.join(' ').replace(/(.{1,100})(\s|$)/g, '$1\n')}\`;
`;
writeFileSync(fileURLToPath(new URL('./vocabulary.ts', import.meta.url)), out);
console.log(`wrote ${sorted.length} words`);
