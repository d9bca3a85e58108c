/**
 * The Reddit C-SSRS data set (Gaur et al., 2019; CC BY): 500 users, each with a list of posts and
 * one C-SSRS-derived label given by psychiatrists. Read by the risk and emotion evaluations.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const CSSRS_LABELS = ['Supportive', 'Indicator', 'Ideation', 'Behavior', 'Attempt'] as const;
export type CssrsLabel = (typeof CSSRS_LABELS)[number];
export const AT_RISK: ReadonlySet<CssrsLabel> = new Set(['Ideation', 'Behavior', 'Attempt']);

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * The posts of one user: the cell is a Python list literal of strings. Returns null when the
 * literal does not parse (cut cells, broken quoting): the caller then uses the whole cell.
 */
export function parsePythonStringList(cell: string): string[] | null {
  const s = cell.trim();
  if (!s.startsWith('[') || !s.endsWith(']')) return null;
  const out: string[] = [];
  let i = 1;
  const skip = (): void => {
    while (i < s.length - 1 && /[\s,]/.test(s[i]!)) i++;
  };
  skip();
  while (i < s.length - 1) {
    const quote = s[i];
    if (quote !== "'" && quote !== '"') return null;
    i++;
    let value = '';
    let closed = false;
    while (i < s.length - 1) {
      const ch = s[i]!;
      if (ch === '\\') {
        const next = s[i + 1] ?? '';
        value += next === 'n' ? '\n' : next === 't' ? ' ' : next;
        i += 2;
        continue;
      }
      if (ch === quote) {
        closed = true;
        i++;
        break;
      }
      value += ch;
      i++;
    }
    if (!closed) return null;
    out.push(value);
    if (i < s.length - 1 && !/[\s,]/.test(s[i]!)) return null;
    skip();
  }
  return out;
}

/** The dataset's concept-name substitutions, undone (see its SOURCE.md, caveat 1). */
export function undoConceptSubstitutions(text: string): string {
  return text
    .replace(/Hyperactive behavior/g, 'like')
    .replace(/Ventricular Dysfunction, Left/g, 'left')
    .replace(/Attention Deficit Disorder/g, 'add')
    .replace(/Irritable Mood/g, 'mean')
    .replace(/Asthenia/g, 'week')
    .replace(/(?<=[a-z,] )Tired(?= [a-z])/g, 'very');
}

export interface RedditUser {
  user: string;
  label: CssrsLabel;
  posts: string[];
  parsed: boolean;
}

/** The data file: `CSSRS_FILE`, else the copy in tests/data/public/reddit-cssrs/. */
export function redditCssrsFile(): string {
  return (
    process.env.CSSRS_FILE ??
    path.resolve(import.meta.dirname, '../../tests/data/public/reddit-cssrs/500_Reddit_users_posts_labels.csv')
  );
}

export function readRedditUsers(file = redditCssrsFile()): RedditUser[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read ${file} (${(err as Error).message}); set CSSRS_FILE to the Reddit C-SSRS CSV`, {
      cause: err,
    });
  }
  const rows = parseCsv(text);
  const [header, ...data] = rows;
  if (header?.join(',') !== 'User,Post,Label') throw new Error(`unexpected header in ${file}: ${header?.join(',')}`);
  return data
    .filter((r) => r.length === 3)
    .map(([user, post, label]) => {
      const posts = parsePythonStringList(post!);
      const parsedLabel = z.enum(CSSRS_LABELS).parse(label!.trim());
      return { user: user!, label: parsedLabel, posts: posts ?? [post!], parsed: posts !== null };
    });
}

/** Area under the ROC curve (Mann–Whitney, ties count half). */
export function auc(scores: number[], positive: boolean[]): number {
  const pos = scores.filter((_, i) => positive[i]);
  const neg = scores.filter((_, i) => !positive[i]);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

/** 95% percentile bootstrap interval, seeded so the figures are reproducible. */
export function bootstrapAuc(scores: number[], positive: boolean[], rounds = 500): [number, number] {
  let seed = 20190513;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const values: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const idx = scores.map(() => Math.floor(random() * scores.length));
    const s = idx.map((i) => scores[i]!);
    const p = idx.map((i) => positive[i]!);
    if (p.every(Boolean) || p.every((x) => !x)) continue;
    values.push(auc(s, p));
  }
  values.sort((a, b) => a - b);
  return [values[Math.floor(values.length * 0.025)]!, values[Math.floor(values.length * 0.975)]!];
}
