/**
 * `npm run eval -- --only corpus`: the blind corpus, scored once per author batch and overall.
 * Reads `tests/data/corpus/blind/sessions/<batch>/*.json` and
 * `tests/data/corpus/blind/utterances/<batch>/*.jsonl` (formats of the labelling guide,
 * section 6; `BLIND_CORPUS_DIR` points elsewhere) through the session analyser exactly as the
 * server runs it, and prints, with Wilson 95% intervals:
 * - utterances: recall of risk (any category), false positives among hard negatives, high-risk
 *   items levelled high;
 * - sessions: no-risk sessions with any flag and with a high flag, clear disclosures (client
 *   turns labelled moderate or high) flagged within their window, flags whose only evidence is
 *   the clinician's words (a flag on a clinician's turn, or on a client turn labelled risk-free
 *   that is no longer flagged once the clinician's words are taken out); and, for emotion, spikes on turns of three words or fewer and
 *   risk-flagged turns with positive valence.
 */
import path from 'node:path';
import type { UtteranceAnalysis } from '../../server/contracts/analysis.ts';
import { createSessionAnalyzer, type SessionAnalyzerOptions } from '../../server/engine/analyze.ts';
import { words } from '../../server/engine/emotion/spoken.ts';
import {
  itemTurns,
  readSessionBatches,
  readUtteranceBatches,
  type CorpusSession,
  type CorpusTurn,
  type UtteranceItem,
} from '../../server/engine/risk/corpus.ts';
import { levelRank } from '../../server/engine/safety/levels.ts';

export function wilson(successes: number, n: number): [number, number] {
  if (n === 0) return [Number.NaN, Number.NaN];
  const z = 1.959964;
  const p = successes / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** `k/n = p% (95% CI lo–hi%)`, or a dash when there is nothing to count. */
export function proportion(k: number, n: number): string {
  if (n === 0) return '—';
  const [lo, hi] = wilson(k, n);
  return `${k}/${n} = ${((100 * k) / n).toFixed(1)}% (95% CI ${(100 * lo).toFixed(1)}–${(100 * hi).toFixed(1)}%)`;
}

/** Every turn's final reading, in order: the turn read in its window, as `analyze` writes it. */
export function readSession(turns: readonly CorpusTurn[], options: SessionAnalyzerOptions = {}): UtteranceAnalysis[] {
  const analyzer = createSessionAnalyzer(options);
  const byId = new Map<string, UtteranceAnalysis>();
  turns.forEach((t, i) => {
    // A third person in the room speaks as context, like the clinician: never the client's risk.
    const step = analyzer.step({
      id: String(i),
      speaker: t.speaker === 'client' ? 'client' : 'clinician',
      text: t.text,
    });
    byId.set(step.analysis.id, step.analysis);
    for (const r of step.revised) byId.set(r.id, r);
  });
  for (const r of analyzer.close().revised) byId.set(r.id, r);
  return turns.map((_, i) => byId.get(String(i))!);
}

/**
 * Whether turn `index` is still flagged when every word of the clinician (and of anyone but the
 * client) is taken out of the session: if not, the clinician's words were the flag's evidence.
 */
function flaggedWithoutClinician(turns: readonly CorpusTurn[], index: number, read: SessionReader): boolean {
  const clientOnly = turns.map((t) => (t.speaker === 'client' ? t : { ...t, text: '' }));
  return read(clientOnly)[index]!.risk.level !== 'none';
}

export interface UtteranceFigures {
  items: number;
  risk: number;
  found: number;
  hard: number;
  falseAlarms: number;
  high: number;
  levelledHigh: number;
}

/** Reads a session's turns: the analyser by default; tests pass a reader of known answers. */
export type SessionReader = (turns: readonly CorpusTurn[]) => UtteranceAnalysis[];

export function scoreUtterances(
  items: readonly UtteranceItem[],
  read: SessionReader = (t) => readSession(t),
): UtteranceFigures {
  const f: UtteranceFigures = {
    items: items.length,
    risk: 0,
    found: 0,
    hard: 0,
    falseAlarms: 0,
    high: 0,
    levelledHigh: 0,
  };
  for (const item of items) {
    const { turns, target } = itemTurns(item);
    const reading = read(turns)[target]!.risk;
    if (item.risk.length > 0) {
      f.risk++;
      if (reading.level !== 'none') f.found++;
      if (item.risk.some((r) => r.level === 'high')) {
        f.high++;
        if (reading.level === 'high') f.levelledHigh++;
      }
    } else if (item.hard) {
      f.hard++;
      if (reading.level !== 'none') f.falseAlarms++;
    }
  }
  return f;
}

export interface SessionFigures {
  sessions: number;
  noRisk: number;
  noRiskFlagged: number;
  noRiskHigh: number;
  disclosures: number;
  disclosuresFlagged: number;
  clinicianOnlyFlags: number;
  spikes: number;
  shortSpikes: number;
  flaggedPositive: number;
}

export function scoreSessions(
  sessions: readonly CorpusSession[],
  read: SessionReader = (t) => readSession(t),
): SessionFigures {
  const f: SessionFigures = {
    sessions: sessions.length,
    noRisk: 0,
    noRiskFlagged: 0,
    noRiskHigh: 0,
    disclosures: 0,
    disclosuresFlagged: 0,
    clinicianOnlyFlags: 0,
    spikes: 0,
    shortSpikes: 0,
    flaggedPositive: 0,
  };
  for (const s of sessions) {
    const readings = read(s.turns);
    const risky = s.turns.some((t) => (t.risk?.length ?? 0) > 0);
    const flagged = readings.filter((r) => r.risk.level !== 'none');
    if (!risky) {
      f.noRisk++;
      if (flagged.length > 0) f.noRiskFlagged++;
      if (flagged.some((r) => r.risk.level === 'high')) f.noRiskHigh++;
    }
    const clientIndexes = s.turns.flatMap((t, i) => (t.speaker === 'client' ? [i] : []));
    s.turns.forEach((t, i) => {
      const r = readings[i]!;
      if (t.speaker === 'client' && t.risk?.some((x) => levelRank(x.level) >= levelRank('moderate'))) {
        f.disclosures++;
        // Within its window: the turn itself, or the client's next turn that completes it.
        const next = clientIndexes.find((k) => k > i);
        if (r.risk.level !== 'none' || (next !== undefined && readings[next]!.risk.level !== 'none'))
          f.disclosuresFlagged++;
      }
      if (r.risk.level !== 'none') {
        const ownRisk =
          t.speaker === 'client' && ((t.risk?.length ?? 0) > 0 || flaggedWithoutClinician(s.turns, i, read));
        if (!ownRisk) f.clinicianOnlyFlags++;
        if (r.emotions.valence > 0) f.flaggedPositive++;
      }
      if (r.spike) {
        f.spikes++;
        if (words(t.text).length <= 3) f.shortSpikes++;
      }
    });
  }
  return f;
}

export function add<T extends object>(a: T, b: T): T {
  const out = { ...a } as Record<string, number>;
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + (v as number);
  return out as T;
}

export function printUtterances(name: string, f: UtteranceFigures): void {
  console.log(`\n  ${name}: ${f.items} utterances (${f.risk} with risk, ${f.hard} hard negatives)`);
  console.log(`    recall of risk (any category)      ${proportion(f.found, f.risk)}   target ≥ 95%`);
  console.log(`    false positives of hard negatives  ${proportion(f.falseAlarms, f.hard)}   target ≤ 3%`);
  console.log(`    high-risk items levelled high      ${proportion(f.levelledHigh, f.high)}   target ≥ 90%`);
}

export function printSessions(name: string, f: SessionFigures): void {
  console.log(`\n  ${name}: ${f.sessions} sessions (${f.noRisk} with no risk)`);
  console.log(`    no-risk sessions with any flag     ${proportion(f.noRiskFlagged, f.noRisk)}   target ≤ 5%`);
  console.log(`    no-risk sessions with a high flag  ${f.noRiskHigh}   target 0`);
  console.log(`    clear disclosures flagged          ${proportion(f.disclosuresFlagged, f.disclosures)}   target all`);
  console.log(`    flags on the clinician's words only ${f.clinicianOnlyFlags}   target 0`);
  console.log(`    emotion: spikes on ≤ 3 words       ${proportion(f.shortSpikes, f.spikes)}   target ≤ 10%`);
  console.log(`    emotion: flagged turns with positive valence ${f.flaggedPositive}   target 0`);
}

export function blindCorpusDir(): string {
  return process.env.BLIND_CORPUS_DIR ?? path.resolve(import.meta.dirname, '../../tests/data/corpus/blind');
}

export async function run(dir = blindCorpusDir()): Promise<void> {
  const problems = { problems: [] as string[] };
  const utteranceBatches = readUtteranceBatches(path.join(dir, 'utterances'), problems);
  const sessionBatches = readSessionBatches(path.join(dir, 'sessions'), problems);
  for (const p of problems.problems) console.log(`  skipped: ${p}`);
  console.log(
    `Blind corpus in ${dir}: ${utteranceBatches.length} utterance batches, ${sessionBatches.length} session batches`,
  );

  let utterances: UtteranceFigures | null = null;
  for (const { batch, items } of utteranceBatches) {
    const f = scoreUtterances(items);
    printUtterances(`utterances, batch ${batch}`, f);
    utterances = utterances ? add(utterances, f) : f;
  }
  if (utterances && utteranceBatches.length > 1) printUtterances('utterances, all batches', utterances);

  let sessions: SessionFigures | null = null;
  for (const { batch, items } of sessionBatches) {
    const f = scoreSessions(items);
    printSessions(`sessions, batch ${batch}`, f);
    sessions = sessions ? add(sessions, f) : f;
  }
  if (sessions && sessionBatches.length > 1) printSessions('sessions, all batches', sessions);
  if (!utterances && !sessions) console.log('  (no blind data found)');
}

if (import.meta.main) await run();
