import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LABELS } from '../../../contracts/emotionTaxonomy.ts';

export interface GoEmotionsExample {
  readonly text: string;
  /** Label ids, 0–27, indexing `LABELS`. */
  readonly labels: readonly number[];
  readonly id: string;
}

export type Split = 'train' | 'dev' | 'test';

/** Where the GoEmotions TSVs live: `GOEMOTIONS_DIR`, else the copy in tests/data/public/goemotions/. */
export function goEmotionsDir(): string {
  return process.env.GOEMOTIONS_DIR ?? path.resolve(import.meta.dirname, '../../../../tests/data/public/goemotions');
}

/**
 * Reads one row's fields: tab-separated, and a field that opens with `"` is CSV-quoted
 * (doubled `""` inside), as Python's csv module writes it.
 */
function splitRow(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += line[i++];
      }
      fields.push(value);
      const tab = line.indexOf('\t', i);
      i = tab === -1 ? line.length + 1 : tab + 1;
    } else {
      const tab = line.indexOf('\t', i);
      const end = tab === -1 ? line.length : tab;
      fields.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return fields;
}

export function parseGoEmotionsTsv(tsv: string): GoEmotionsExample[] {
  const rows: GoEmotionsExample[] = [];
  tsv.split('\n').forEach((line, n) => {
    if (line.trim() === '') return;
    const fields = splitRow(line.replace(/\r$/, ''));
    const [text, labelField, id] = fields;
    if (fields.length !== 3 || text === undefined || labelField === undefined || id === undefined) {
      throw new Error(`GoEmotions row ${n + 1}: expected 3 tab-separated fields, got ${fields.length}`);
    }
    const labels = labelField.split(',').map(Number);
    if (labels.some((l) => !Number.isInteger(l) || l < 0 || l >= LABELS.length)) {
      throw new Error(
        `GoEmotions row ${n + 1}: label field "${labelField}" is not a list of ids 0–${LABELS.length - 1}`,
      );
    }
    rows.push({ text, labels, id });
  });
  return rows;
}

export function readSplit(split: Split, dir = goEmotionsDir()): GoEmotionsExample[] {
  const file = path.join(dir, `${split}.tsv`);
  let tsv: string;
  try {
    tsv = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(
      `Cannot read ${file} (${(err as Error).message}); set GOEMOTIONS_DIR to the folder holding train/dev/test.tsv`,
      { cause: err },
    );
  }
  return parseGoEmotionsTsv(tsv);
}
