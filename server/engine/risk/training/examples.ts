import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { RiskCategory, RiskLevel } from '../../../contracts/analysis.ts';
import { CATEGORY_ORDER, readUtterance } from '../../safety/detect.ts';
import { levelRank } from '../../safety/levels.ts';
import { itemTurns, readSessionBatches, readUtteranceBatches, type CorpusTurn, type RiskLabel } from '../corpus.ts';
import { RECENT_TURNS, windowFeatures, type WindowFeatures } from '../window.ts';
import { createWindowBuilder } from '../windows.ts';

/** One client turn in its window, with the level of each category it carries (0 none … 3 high). */
export interface Example {
  features: WindowFeatures;
  levels: [number, number, number, number];
  /** Where it came from: a corpus batch or a project file; for the model card and the split. */
  source: string;
  /** The session or item it belongs to: examples of one session stay on one side of the split. */
  group: string;
  /** Read before the client's next turn (the live, provisional reading) or after it. */
  final: boolean;
  /** An utterance item (scored alone) rather than a turn of a whole session. */
  item?: boolean;
  /** Written as a hard negative: risk-free words that sound like risk. */
  hard?: boolean;
}

export function levelsOf(risk: readonly RiskLabel[] | undefined): [number, number, number, number] {
  const levels: [number, number, number, number] = [0, 0, 0, 0];
  for (const r of risk ?? []) {
    const c = CATEGORY_ORDER.indexOf(r.category);
    levels[c] = Math.max(levels[c]!, levelRank(r.level));
  }
  return levels;
}

/**
 * Every client turn of a session, each read twice as the live analyser reads it: as soon as it
 * is said, and once the client's next turn is in. `only` limits the examples to one turn.
 */
export function sessionExamples(turns: readonly CorpusTurn[], source: string, group: string, only?: number): Example[] {
  const builder = createWindowBuilder();
  const out: Example[] = [];
  const take = (updates: ReturnType<typeof builder.add>): void => {
    for (const u of updates) {
      const index = Number(u.id);
      // The conversation's state as the live analyser would have shown it: the labels of the
      // client's last turns.
      const before = turns
        .flatMap((t, k) => (k < index && t.speaker === 'client' ? [k] : []))
        .slice(-RECENT_TURNS)
        .reverse();
      u.window.recentFlags = before.flatMap((k, d) => (turns[k]!.risk ?? []).map((r) => ({ ...r, distance: d + 1 })));
      if (only !== undefined && index !== only) continue;
      out.push({
        features: windowFeatures(u.window),
        levels: levelsOf(turns[index]!.risk),
        source,
        group,
        final: u.final,
        ...(turns[index]!.hard ? { hard: true } : {}),
      });
    }
  };
  turns.forEach((t, i) => take(builder.add({ id: String(i), speaker: t.speaker, text: t.text })));
  take(builder.close());
  return out;
}

/**
 * Whether a risk turn's own words carry its risk: the rules, reading the words alone with
 * nothing before them, find every category it is labelled with. A terse answer ("yeah", "the
 * garage") or a pronoun ("I took them") carries its risk only with the turns around it.
 */
export function carriesOwnRisk(text: string, risk: readonly RiskLabel[]): boolean {
  if (risk.length === 0) return false;
  const { categories } = readUtterance({ id: 'alone', speaker: 'client', text }).risk;
  return risk.every((r) => categories.includes(r.category));
}

/**
 * A client turn read alone, as the first turn of a session or a recording started mid-way is
 * (provisional: nothing after it either). Ordinary turns always; risk turns only when their own
 * words carry the risk. Without these, the only turns read without context would be ordinary
 * ones and the project's few single utterances, and a model learns that a turn with nothing
 * before it is no risk: "I want to kill myself." said first would go unflagged.
 */
function readAlone(turn: CorpusTurn, source: string, group: string): Example | null {
  const risk = turn.risk ?? [];
  if (risk.length > 0 && !carriesOwnRisk(turn.text, risk)) return null;
  const alone = sessionExamples([{ speaker: 'client', text: turn.text, risk }], source, group).at(-1)!;
  return { ...alone, final: false, ...(turn.hard ? { hard: true } : {}) };
}

/** The project's earlier single utterances (written with the rules): one level for all their categories. */
const LegacyItem = z.object({
  id: z.string(),
  speaker: z.enum(['client', 'clinician', 'unknown']),
  text: z.string(),
  expected: z.object({ level: RiskLevel, categories: z.array(RiskCategory) }),
});

export const LEGACY_FILES = [
  'risk-set.jsonl',
  'risk-heldout.jsonl',
  'risk-blind.jsonl',
  'risk-blind-2.jsonl',
  'risk-blind-3.jsonl',
];

export interface TrainingData {
  examples: Example[];
  /** Sessions, items and client turns per source, for the model card. */
  sources: Record<string, { sessions: number; items: number; clientTurns: number; riskTurns: number }>;
  problems: string[];
}

export function loadTrainingData(root: string): TrainingData {
  const examples: Example[] = [];
  const sources: TrainingData['sources'] = {};
  const problems = { problems: [] as string[] };
  const tally = (source: string) => (sources[source] ??= { sessions: 0, items: 0, clientTurns: 0, riskTurns: 0 });
  const corpus = path.join(root, 'tests/data/corpus/train');
  for (const { batch, items } of readSessionBatches(corpus, problems)) {
    for (const s of items) {
      const t = tally(batch);
      t.sessions++;
      const client = s.turns.filter((x) => x.speaker === 'client');
      t.clientTurns += client.length;
      t.riskTurns += client.filter((x) => (x.risk?.length ?? 0) > 0).length;
      examples.push(...sessionExamples(s.turns, batch, `${batch}/${s.id}`));
      for (const t of client) {
        const alone = readAlone(t, batch, `${batch}/${s.id}`);
        if (alone) examples.push(alone);
      }
    }
  }
  for (const { batch, items } of readUtteranceBatches(corpus, problems)) {
    for (const item of items) {
      const t = tally(batch);
      t.items++;
      t.clientTurns++;
      if (item.risk.length > 0) t.riskTurns++;
      const { turns, target } = itemTurns(item);
      examples.push(...sessionExamples(turns, batch, `${batch}/${item.id}`, target).map((x) => ({ ...x, item: true })));
      if (target > 0) {
        const alone = readAlone(turns[target]!, batch, `${batch}/${item.id}`);
        if (alone) examples.push({ ...alone, item: true });
      }
    }
  }
  for (const file of LEGACY_FILES) {
    const full = path.join(root, 'tests/data/risk', file);
    for (const line of readFileSync(full, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const item = LegacyItem.parse(JSON.parse(line));
      if (item.speaker === 'clinician') continue;
      const t = tally(`project:${file}`);
      t.items++;
      t.clientTurns++;
      const risk =
        item.expected.level === 'none'
          ? []
          : item.expected.categories.map((category) => ({
              category,
              level: item.expected.level as RiskLabel['level'],
            }));
      if (risk.length > 0) t.riskTurns++;
      examples.push(
        ...sessionExamples([{ speaker: 'client', text: item.text, risk }], `project:${file}`, `${file}/${item.id}`),
      );
    }
  }
  return { examples, sources, problems: problems.problems };
}
