/**
 * An emotion-only view of the Reddit C-SSRS set (Gaur et al., 2019; 500 users, one C-SSRS-derived
 * label per user): does the emotion classifier, aggregated over a user's posts, separate users
 * labelled Ideation/Behavior/Attempt from Supportive/Indicator? It is not a risk detector and
 * is not meant to be one; this shows how much (or how little) emotion alone carries, next to
 * the risk roll-up reported by the risk section. Prints aggregates only, never post text.
 * Run alone with `node scripts/eval/cssrs.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { classifyEmotions } from '../../server/engine/emotion/classify.ts';
import { seededRandom } from '../../server/engine/emotion/training/trainer.ts';

const LEVELS = ['Supportive', 'Indicator', 'Ideation', 'Behavior', 'Attempt'] as const;
type Level = (typeof LEVELS)[number];
const AT_RISK: ReadonlySet<Level> = new Set(['Ideation', 'Behavior', 'Attempt']);

function cssrsFile(): string {
  return process.env.CSSRS_FILE ?? path.resolve(import.meta.dirname, '../../../shared/data/reddit-cssrs/500_Reddit_users_posts_labels.csv');
}

/** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/**
 * The Post cell is a Python list literal of strings. Cells cut short or quoted oddly in the
 * source file are read as one text, as the dataset notes suggest.
 */
function postsOf(cell: string): string[] {
  const posts: string[] = [];
  const literal = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/gy;
  let at = 1;
  if (!cell.startsWith('[')) return [cell];
  for (;;) {
    while (cell[at] === ' ' || cell[at] === ',') at++;
    if (cell[at] === ']') return posts.length > 0 ? posts : [cell];
    literal.lastIndex = at;
    const m = literal.exec(cell);
    if (!m) return [cell];
    posts.push((m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));
    at = literal.lastIndex;
  }
}

/** Area under the ROC curve: the chance a random at-risk user scores above a random other user. */
function auc(scores: readonly number[], positive: readonly boolean[]): number {
  let wins = 0;
  let pairs = 0;
  scores.forEach((s, i) => {
    if (!positive[i]) return;
    scores.forEach((t, j) => {
      if (positive[j]) return;
      pairs++;
      wins += s > t ? 1 : s === t ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

function bootstrapAuc(scores: readonly number[], positive: readonly boolean[], rounds = 300): [number, number] {
  const random = seededRandom(2019);
  const values: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const pick = scores.map(() => Math.floor(random() * scores.length));
    const p = pick.map((i) => positive[i]!);
    if (p.every(Boolean) || !p.some(Boolean)) continue;
    values.push(auc(pick.map((i) => scores[i]!), p));
  }
  values.sort((a, b) => a - b);
  return [values[Math.floor(values.length * 0.025)]!, values[Math.floor(values.length * 0.975)]!];
}

interface UserView {
  readonly level: Level;
  readonly meanValence: number;
  readonly minValence: number;
  /** Share of posts whose strongest Ekman group is sadness or fear. */
  readonly sadOrAfraid: number;
}

export async function run(): Promise<void> {
  const file = cssrsFile();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read ${file} (${(err as Error).message}); set CSSRS_FILE to the Reddit C-SSRS CSV`);
  }
  const [head, ...rows] = parseCsv(text).filter((r) => r.length === 3);
  if (head?.join(',') !== 'User,Post,Label') throw new Error(`${file}: expected the header User,Post,Label`);
  let postCount = 0;
  const users: UserView[] = rows.map(([, cell, label]) => {
    const level = LEVELS.find((l) => l === label);
    if (!level) throw new Error(`${file}: unknown label "${label}"`);
    const results = postsOf(cell!).map((p) => classifyEmotions(p));
    postCount += results.length;
    const valences = results.map((r) => r.valence);
    return {
      level,
      meanValence: valences.reduce((s, v) => s + v, 0) / valences.length,
      minValence: Math.min(...valences),
      sadOrAfraid: results.filter((r) => ['sadness', 'fear'].includes(r.ekman[0]!.label)).length / results.length,
    };
  });

  console.log(`Reddit C-SSRS (Gaur et al., 2019): ${users.length} users, ${postCount} posts; emotions per post, aggregated per user`);
  console.log('  level        users  mean valence  lowest post valence  sad-or-afraid share');
  for (const level of LEVELS) {
    const group = users.filter((u) => u.level === level);
    const mean = (f: (u: UserView) => number): string => (group.reduce((s, u) => s + f(u), 0) / group.length).toFixed(3).padStart(6);
    console.log(`  ${level.padEnd(11)}  ${String(group.length).padStart(5)}  ${mean((u) => u.meanValence)}        ${mean((u) => u.minValence)}               ${mean((u) => u.sadOrAfraid)}`);
  }
  const positive = users.map((u) => AT_RISK.has(u.level));
  console.log('\n  separating Ideation/Behavior/Attempt from Supportive/Indicator (ROC AUC, 95% bootstrap CI):');
  const views: [string, (u: UserView) => number][] = [
    ['negated mean valence', (u) => -u.meanValence],
    ['negated lowest post valence', (u) => -u.minValence],
    ['sad-or-afraid share', (u) => u.sadOrAfraid],
  ];
  for (const [name, score] of views) {
    const s = users.map(score);
    const [lo, hi] = bootstrapAuc(s, positive);
    console.log(`    ${name.padEnd(28)} ${auc(s, positive).toFixed(3)}  [${lo.toFixed(3)}, ${hi.toFixed(3)}]`);
  }
  console.log('  (0.5 = no separation. Emotion is context for the clinician, not a risk signal: risk flags come from the safety detector.)');
}

if (import.meta.main) await run();
