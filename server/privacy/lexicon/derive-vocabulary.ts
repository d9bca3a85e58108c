/**
 * Writes `vocabulary.ts`: the lower-case words of a plain-English corpus, used to tell an
 * everyday word ("church", "hope") from an unknown word that may be a name.
 *
 *   node server/privacy/lexicon/derive-vocabulary.ts path/to/goemotions/dev.tsv
 *
 * Only words written in lower case somewhere in the corpus are kept, so proper names
 * (which GoEmotions also masks as [NAME]) stay out. The text itself is not kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = process.argv[2];
if (!source) {
  console.error('usage: node server/privacy/lexicon/derive-vocabulary.ts <GoEmotions dev.tsv>');
  process.exit(2);
}

const counts = new Map<string, number>();
for (const line of readFileSync(source, 'utf8').split('\n')) {
  const text = line.split('\t')[0] ?? '';
  for (const word of text.match(/[A-Za-z]+(?:['’][A-Za-z]+)*/g) ?? []) {
    if (word !== word.toLowerCase()) continue;
    for (const piece of word.split(/['’]/)) counts.set(piece, (counts.get(piece) ?? 0) + 1);
  }
}
const words = [...counts.keys()].filter((w) => w.length > 0).sort();
const out = `/**
 * Lower-case words seen in the GoEmotions dev split (Demszky et al., 2020; Google Research,
 * Apache-2.0), derived by derive-vocabulary.ts. ${words.length} words; no text is kept.
 */
export const CORPUS_VOCABULARY = \`
${words.join(' ').replace(/(.{1,100})(\s|$)/g, '$1\n')}\`;
`;
writeFileSync(fileURLToPath(new URL('./vocabulary.ts', import.meta.url)), out);
console.log(`wrote ${words.length} words`);
