/**
 * Records every finding the safety rules produce on the training corpus and the risk sets, one
 * JSON line per reading, so that a change to how the rules are written can be shown to change
 * none of them: run it before and after and compare (`diff`, or the digest it prints on stderr).
 * The learned risk model reads these findings as features (`server/engine/risk/window.ts`).
 *
 *   node scripts/safety/recordFindings.ts > findings.jsonl
 *
 * Each utterance is read alone (`readUtterance`, no context) and, for sessions and items in
 * context, as the window builder reads it in its conversation (screening answers, open topics,
 * the clinician's reflections); the window's feature hashes are recorded too.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RiskAssessment, Speaker } from '../../server/contracts/analysis.ts';
import {
  readSessionBatches,
  readUtteranceBatches,
  itemTurns,
  type CorpusTurn,
} from '../../server/engine/risk/corpus.ts';
import { windowFeatures } from '../../server/engine/risk/window.ts';
import { createWindowBuilder } from '../../server/engine/risk/windows.ts';
import { readUtterance } from '../../server/engine/safety/detect.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TRAIN = path.join(ROOT, 'tests/data/corpus/train');
const RISK_SETS = ['risk-set', 'risk-heldout', 'risk-blind', 'risk-blind-2', 'risk-blind-3'];

const hash = createHash('sha256');
let lines = 0;
let findings = 0;

function emit(record: unknown): void {
  const line = JSON.stringify(record);
  hash.update(line + '\n');
  process.stdout.write(line + '\n');
  lines++;
}

/** A finding as the model and the note see it: category, level, tier, rule, span. */
function compact(risk: RiskAssessment | null | undefined): unknown[] | null {
  if (!risk) return null;
  findings += risk.evidence.length;
  return risk.evidence.map((e) => [e.category, e.level, e.tier ?? 'precise', e.rule, e.start, e.end, e.basis ?? '']);
}

function alone(id: string, speaker: Speaker, text: string): void {
  const r = readUtterance({ id, speaker, text });
  emit({ id, alone: compact(r.risk), asked: r.asked, everyday: r.namesEverydayPlan });
}

function inConversation(id: string, turns: readonly CorpusTurn[]): void {
  const builder = createWindowBuilder();
  const record = (u: { id: string; window: Parameters<typeof windowFeatures>[0]; final: boolean }): void => {
    if (!u.final) return;
    const w = u.window;
    emit({
      id: `${id}/${u.id}`,
      rules: compact(w.rules),
      answer: compact(w.answer),
      asked: w.previous?.asked ?? null,
      reflected: compact(w.previous?.reflected),
      earlier: compact(w.earlierRules),
      next: compact(w.next?.rules),
      topics: w.topics ?? [],
      features: createHash('sha256').update(windowFeatures(w).hashes.join(',')).digest('hex').slice(0, 16),
    });
  };
  turns.forEach((t, i) => {
    for (const u of builder.add({ id: String(i), speaker: t.speaker, text: t.text })) record(u);
  });
  for (const u of builder.close()) record(u);
}

const problems = { problems: [] as string[] };
for (const batch of readSessionBatches(TRAIN, problems)) {
  for (const session of batch.items) {
    session.turns.forEach((t, i) =>
      alone(`${session.id}#${i}`, t.speaker === 'other' ? 'clinician' : t.speaker, t.text),
    );
    inConversation(session.id, session.turns);
  }
}
for (const batch of readUtteranceBatches(TRAIN, problems)) {
  for (const item of batch.items) {
    const { turns } = itemTurns(item);
    turns.forEach((t, i) => alone(`${item.id}#${i}`, t.speaker === 'other' ? 'clinician' : t.speaker, t.text));
    inConversation(item.id, turns);
  }
}
for (const set of RISK_SETS) {
  const file = path.join(ROOT, 'tests/data/risk', `${set}.jsonl`);
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .forEach((line) => {
      const row = JSON.parse(line) as { id: string; speaker?: Speaker; text: string };
      alone(`${set}/${row.id}`, row.speaker ?? 'client', row.text);
    });
}
if (problems.problems.length) process.stderr.write(`${problems.problems.length} unreadable corpus entries\n`);
process.stderr.write(`${lines} readings, ${findings} findings, sha256 ${hash.digest('hex')}\n`);
