/**
 * Safety evaluation beyond the blind corpus (`eval/corpus.ts`), printed as tables:
 *  1. the counterfactual check: names, genders, pronouns and dialect markers swapped in every
 *     statement of the project's labelled utterances must change no flag of the session analyser;
 *  2. the keyword prefilter of the rules must never change what they find;
 *  3. the Reddit C-SSRS data (Gaur et al., 2019): each user's posts through a session analyser,
 *     rolled up to the user, against the psychiatrists' user-level labels.
 * Run alone with `node scripts/eval/risk.ts`, or as part of `npm run eval`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { RiskCategory, RiskLevel, SELF_DIRECTED, Speaker } from '../../server/contracts/analysis.ts';
import { createSessionAnalyzer } from '../../server/engine/analyze.ts';
import { detectRisk, detectRiskExhaustive } from '../../server/engine/safety/detect.ts';
import { levelRank, maxLevel } from '../../server/engine/safety/levels.ts';
import { counterfactualVariants, type Variant } from './counterfactuals.ts';
import {
  AT_RISK,
  auc,
  bootstrapAuc,
  CSSRS_LABELS,
  readRedditUsers,
  undoConceptSubstitutions,
  type CssrsLabel,
  type RedditUser,
} from './redditCssrs.ts';

const DATA = new URL('../../tests/data/risk/', import.meta.url);

const LabelledUtterance = z.object({
  id: z.string(),
  speaker: Speaker,
  text: z.string(),
  expected: z.object({ level: RiskLevel, categories: z.array(RiskCategory) }),
  kind: z.string(),
});
type LabelledUtterance = z.infer<typeof LabelledUtterance>;

export type LabelledFile =
  'risk-set.jsonl' | 'risk-heldout.jsonl' | 'risk-blind.jsonl' | 'risk-blind-2.jsonl' | 'risk-blind-3.jsonl';

export function readLabelled(file: LabelledFile): LabelledUtterance[] {
  return readFileSync(new URL(file, DATA), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => LabelledUtterance.parse(JSON.parse(line)));
}

const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '   —');
const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '  —');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    '  ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Wilson score interval for a proportion (95%). */
function wilson(successes: number, n: number): [number, number] {
  if (n === 0) return [NaN, NaN];
  const z95 = 1.96;
  const p = successes / n;
  const denom = 1 + (z95 * z95) / n;
  const centre = (p + (z95 * z95) / (2 * n)) / denom;
  const half = (z95 * Math.sqrt((p * (1 - p)) / n + (z95 * z95) / (4 * n * n))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

function counterfactualReport(items: LabelledUtterance[]): number {
  const flag = (speaker: LabelledUtterance['speaker'], text: string): string => {
    const analyzer = createSessionAnalyzer();
    analyzer.step({ id: 'cf', speaker, text });
    analyzer.close();
    const r = analyzer.risk();
    return `${r.level}/${Object.entries(r.byCategory)
      .filter(([, l]) => l !== 'none')
      .map(([c]) => c)
      .join('+')}`;
  };
  const rows: string[][] = [];
  const changes: string[] = [];
  let statementChanges = 0;
  for (const [label, subset] of [
    ['risk statements', items.filter((i) => i.expected.level !== 'none')],
    ['hard negatives', items.filter((i) => i.expected.level === 'none')],
  ] as const) {
    const byKind = new Map<Variant['kind'], { total: number; changed: number }>();
    for (const item of subset) {
      const base = flag(item.speaker, item.text);
      for (const v of counterfactualVariants(item.text)) {
        const counts = byKind.get(v.kind) ?? { total: 0, changed: 0 };
        counts.total++;
        const now = flag(item.speaker, v.text);
        if (now !== base) {
          counts.changed++;
          changes.push(`    ${item.id} ${v.label}: ${base} → ${now}`);
        }
        byKind.set(v.kind, counts);
      }
    }
    for (const [kind, c] of byKind) rows.push([`${label}: ${kind}`, String(c.total), String(c.changed)]);
    if (label === 'risk statements') statementChanges = [...byKind.values()].reduce((a, c) => a + c.changed, 0);
  }
  console.log(
    `\nCounterfactual check (names from many cultures, he/she/they and gendered nouns, AAVE/UK/Spanish-English/Indian-English markers, lower case without punctuation): flags changed in risk statements: ${statementChanges} (must be 0)`,
  );
  console.log(table(['utterances: swap', 'variants', 'flags changed'], rows));
  for (const line of changes.slice(0, 30)) console.log(line);
  return statementChanges;
}

/** The keyword prefilter must never change a result: every labelled utterance, both ways. */
function prefilterReport(items: LabelledUtterance[]): void {
  const differ = items.filter((i) => JSON.stringify(detectRisk(i)) !== JSON.stringify(detectRiskExhaustive(i)));
  console.log(
    `\nKeyword prefilter: ${items.length} utterances checked against an exhaustive run, ${differ.length} differ (must be 0)${differ.length ? `: ${differ.map((d) => d.id).join(', ')}` : ''}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Reddit C-SSRS

/** The C-SSRS labels speak of suicidal ideation and behaviour (self-harm counts as behaviour), not of abuse or violence. */
const CSSRS_SCOPE = SELF_DIRECTED;

interface UserResult {
  label: CssrsLabel;
  level: RiskLevel;
  score: number;
}

function rollUp(users: RedditUser[], clean: boolean): UserResult[] {
  return users.map((u) => {
    const analyzer = createSessionAnalyzer();
    u.posts.forEach((post, i) => {
      const text = clean ? undoConceptSubstitutions(post) : post;
      analyzer.step({ id: `${u.user}-${i}`, speaker: 'client', text });
    });
    analyzer.close();
    const { byCategory, flags } = analyzer.risk();
    const flagged = flags.filter((f) => f.evidence.some((e) => CSSRS_SCOPE.includes(e.category))).length;
    const level = maxLevel(byCategory.suicide, byCategory.self_harm);
    // Ties on the level are broken by how much of the user's writing was flagged.
    return { label: u.label, level, score: levelRank(level) + (0.99 * flagged) / Math.max(1, u.posts.length) };
  });
}

function redditReport(users: RedditUser[]): void {
  const started = performance.now();
  const results = rollUp(users, true);
  const seconds = (performance.now() - started) / 1000;
  const positive = results.map((r) => AT_RISK.has(r.label));
  const levels = RiskLevel.options;
  console.log(`\n  Session level over suicide and self-harm, concept substitutions undone (${seconds.toFixed(1)} s)`);
  console.log(
    table(
      ['label \\ session level', ...levels, 'users'],
      CSSRS_LABELS.map((label) => {
        const of = results.filter((r) => r.label === label);
        return [label, ...levels.map((l) => String(of.filter((r) => r.level === l).length)), String(of.length)];
      }),
    ),
  );
  const rankAuc = auc(
    results.map((r) => levelRank(r.level)),
    positive,
  );
  const scoreAuc = auc(
    results.map((r) => r.score),
    positive,
  );
  const [lo, hi] = bootstrapAuc(
    results.map((r) => r.score),
    positive,
  );
  console.log(
    `  AUC, at-risk (Ideation/Behavior/Attempt) vs Supportive/Indicator: session level ${f3(rankAuc)}; level + share of posts flagged ${f3(scoreAuc)} (95% bootstrap CI ${f3(lo)}–${f3(hi)})`,
  );
  const rows = (['low', 'moderate', 'high'] as const).map((threshold) => {
    const predicted = results.map((r) => levelRank(r.level) >= levelRank(threshold));
    const tp = predicted.filter((p, i) => p && positive[i]).length;
    const fp = predicted.filter((p, i) => p && !positive[i]).length;
    const pos = positive.filter(Boolean).length;
    const [rLo, rHi] = wilson(tp, pos);
    const supportive = results.filter((r) => r.label === 'Supportive');
    const falseAlarm = supportive.filter((r) => levelRank(r.level) >= levelRank(threshold)).length;
    return [
      `${threshold}+`,
      `${pct(tp / pos)} (${pct(rLo)}–${pct(rHi)})`,
      pct(tp / (tp + fp)),
      pct(falseAlarm / supportive.length),
    ];
  });
  console.log(table(['flag at', 'recall (95% CI)', 'precision', 'false alarms on Supportive'], rows));
  const within = results.filter((r) => {
    const expected = { Supportive: 0, Indicator: 0, Ideation: 1, Behavior: 3, Attempt: 3 }[r.label];
    return Math.abs(levelRank(r.level) - expected) <= 1;
  }).length;
  console.log(
    `  within one level of the label's C-SSRS triage (Supportive/Indicator none, Ideation low, Behavior/Attempt high): ${pct(within / results.length)}`,
  );
}

/** The same on the text as distributed (the substitutions left in), in one line. */
function redditRawSummary(users: RedditUser[]): void {
  const results = rollUp(users, false);
  const positive = results.map((r) => AT_RISK.has(r.label));
  const moderate = results.map((r) => levelRank(r.level) >= levelRank('moderate'));
  const tp = moderate.filter((p, i) => p && positive[i]).length;
  console.log(
    `  On the text as distributed: AUC ${f3(
      auc(
        results.map((r) => r.score),
        positive,
      ),
    )}, recall at moderate+ ${pct(tp / positive.filter(Boolean).length)}`,
  );
}

export async function run(): Promise<void> {
  // The project's labelled utterances were written with the rules and now train the risk model:
  // they are no evidence of accuracy. Accuracy is measured on the blind corpus (`eval -- --only corpus`).
  const dev = readLabelled('risk-set.jsonl');
  const heldout = readLabelled('risk-heldout.jsonl');
  const optional = (file: LabelledFile): LabelledUtterance[] =>
    existsSync(new URL(file, DATA)) ? readLabelled(file) : [];
  const blind = optional('risk-blind.jsonl');
  const blind2 = optional('risk-blind-2.jsonl');
  const blind3 = optional('risk-blind-3.jsonl');
  counterfactualReport([...dev, ...heldout]);
  prefilterReport([...dev, ...heldout, ...blind, ...blind2, ...blind3]);

  const users = readRedditUsers();
  const posts = users.reduce((a, u) => a + u.posts.length, 0);
  console.log(
    `\nReddit C-SSRS (Gaur et al., 2019; 500 users, per-user labels): ${users.filter((u) => u.parsed).length} post lists parsed, ${users.length - users.filter((u) => u.parsed).length} read as one text; ${posts} posts`,
  );
  console.log('  No Reddit C-SSRS text trains any model: every user is held out.');
  console.log(
    `  labels: ${CSSRS_LABELS.map((l) => `${l} ${users.filter((u) => u.label === l).length}`).join(', ')}; a user's level is the session level over all their posts`,
  );
  redditReport(users);
  redditRawSummary(users);
}

if (import.meta.main) await run();
