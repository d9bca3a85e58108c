/**
 * `npm run eval:notes [-- --dir DIR]`: drafts the embedded note of every blind role-played
 * session (tests/data/corpus/blind/sessions/<batch>/*.json, each with a clinician's reference
 * note) and prints, per batch and overall: statements judged against the labelled turns
 * (scripts/eval/noteScorer.ts says what it can and cannot judge), omissions of presenting
 * problem, goal, agreed plan and follow-up, risk content in notes of no-risk sessions,
 * Assessment empty, and the turn-role model's macro-F1 per role family on the same sessions.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SessionRisk, Utterance } from '../../server/contracts/analysis.ts';
import type { NoteFormat } from '../../server/contracts/assist.ts';
import type { FlagDecision } from '../../server/contracts/flagReview.ts';
import { createSessionAnalyzer } from '../../server/engine/analyze.ts';
import { readRoles } from '../../server/engine/roles/index.ts';
import { readBatches, type CorpusSession } from '../../server/engine/roles/training/corpus.ts';
import { scoreSessions } from '../../server/engine/roles/training/evaluate.ts';
import { embeddedJobs } from '../../server/providers/embedded/index.ts';
import { documentedRisk } from '../../server/session/flagReview.ts';
import { scoreNote, type NoteScore } from './noteScorer.ts';

export const BLIND_DIR = path.resolve(import.meta.dirname, '../../tests/data/corpus/blind/sessions');

/** The session as the app would receive it: ids t1…tN; a third person's turns have no known speaker. */
export function utterancesOf(session: CorpusSession): Utterance[] {
  return session.turns.map((t, i) => ({
    id: `t${i + 1}`,
    speaker: t.speaker === 'other' ? 'unknown' : t.speaker,
    text: t.text,
  }));
}

/**
 * The risk a note may document. The clinician decides on every flag; here a flag is confirmed
 * when its turn is labelled with risk (the clinician would confirm a true flag) and judged not a
 * risk otherwise.
 */
export function confirmedRisk(session: CorpusSession, risk: SessionRisk): SessionRisk {
  const decisions = new Map<string, FlagDecision>();
  for (const flag of risk.flags) {
    const turn = session.turns[Number(flag.utteranceId.slice(1)) - 1];
    const labelled = (turn?.risk?.length ?? 0) > 0;
    decisions.set(flag.utteranceId, {
      utteranceId: flag.utteranceId,
      decision: labelled ? 'confirmed' : 'not_a_risk',
      level: flag.level,
      categories: [...flag.categories],
      at: '2026-12-06T00:00:00Z',
    });
  }
  return documentedRisk(risk, decisions);
}

export interface SessionResult {
  readonly id: string;
  readonly format: NoteFormat;
  readonly score: NoteScore;
  readonly soapAssessmentEmpty: boolean;
  readonly noRisk: boolean;
}

export function evaluateSession(session: CorpusSession): SessionResult {
  const utterances = utterancesOf(session);
  const analyzer = createSessionAnalyzer();
  const analyses = utterances.map((u) => analyzer.analyze(u));
  const snapshot = { utterances, analyses, risk: confirmedRisk(session, analyzer.risk()) };
  const format = session.reference_note?.format ?? 'SOAP';
  const note = embeddedJobs.draftNote(snapshot, format);
  const soap = format === 'SOAP' ? note : embeddedJobs.draftNote(snapshot, 'SOAP');
  const assessment = soap.sections.find((s) => s.key === 'assessment');
  return {
    id: session.id,
    format,
    score: scoreNote(session, note),
    soapAssessmentEmpty: !assessment || assessment.statements.length === 0,
    noRisk: !session.turns.some((t) => t.risk?.length),
  };
}

const pct = (n: number, d: number): string => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1)}%`);

export interface Totals {
  sessions: number;
  statements: number;
  wrong: number;
  notJudged: number;
  echoed: number;
  omitted: { presentingProblem: number; goal: number; plan: number; followUp: number; any: number };
  noRiskSessions: number;
  riskContent: number;
  riskContentNotes: number;
  assessmentEmpty: number;
  reasons: Map<string, number>;
}

export function totalsOf(results: readonly SessionResult[]): Totals {
  const t: Totals = {
    sessions: results.length,
    statements: 0,
    wrong: 0,
    notJudged: 0,
    echoed: 0,
    omitted: { presentingProblem: 0, goal: 0, plan: 0, followUp: 0, any: 0 },
    noRiskSessions: 0,
    riskContent: 0,
    riskContentNotes: 0,
    assessmentEmpty: 0,
    reasons: new Map(),
  };
  for (const r of results) {
    const judged = r.score.statements;
    t.statements += judged.length;
    t.echoed += r.score.echoedByReference;
    for (const s of judged) {
      if (s.verdict === 'wrong') {
        t.wrong += 1;
        t.reasons.set(s.reason ?? '', (t.reasons.get(s.reason ?? '') ?? 0) + 1);
      }
      if (s.verdict === 'not judged') t.notJudged += 1;
    }
    const o = r.score.omissions;
    for (const key of ['presentingProblem', 'goal', 'plan', 'followUp'] as const) if (o[key]) t.omitted[key] += 1;
    if (o.presentingProblem || o.goal || o.plan || o.followUp) t.omitted.any += 1;
    if (r.noRisk) t.noRiskSessions += 1;
    t.riskContent += r.score.riskContentInNoRiskSession;
    if (r.score.riskContentInNoRiskSession > 0) t.riskContentNotes += 1;
    if (r.soapAssessmentEmpty) t.assessmentEmpty += 1;
  }
  return t;
}

export function report(name: string, t: Totals): string[] {
  const judged = t.statements - t.notJudged;
  return [
    `${name}: ${t.sessions} sessions, ${t.statements} statements`,
    `  wrong statements             ${String(t.wrong).padStart(5)} of ${judged} judged  ${pct(t.wrong, judged)}   (${t.notJudged} not judged: proposals without a claim)`,
    `  echoed by the reference note ${String(t.echoed).padStart(5)} of ${t.statements}         ${pct(t.echoed, t.statements)}`,
    `  omissions (% of sessions)    any ${pct(t.omitted.any, t.sessions)}; presenting problem ${pct(t.omitted.presentingProblem, t.sessions)}, goal ${pct(t.omitted.goal, t.sessions)}, agreed plan ${pct(t.omitted.plan, t.sessions)}, follow-up ${pct(t.omitted.followUp, t.sessions)}`,
    `  risk content, no-risk notes  ${t.riskContent} statements in ${t.riskContentNotes} of ${t.noRiskSessions} no-risk sessions`,
    `  Assessment empty (SOAP)      ${pct(t.assessmentEmpty, t.sessions)}`,
  ];
}

export function evaluateNotes(dir: string, log: (line: string) => void = console.log): Totals {
  const batches = readBatches(dir);
  log(`Notes of blind role-played sessions in ${dir}; embedded writer.`);
  log(
    'Flags count as confirmed where the turn’s label has risk (the clinician would confirm true flags); the others are judged not a risk.',
  );
  log(
    'A statement is judged from the labels of the turns it cites (speaker, role, risk, hard negative, polarity); paraphrase outside quotation marks and clinical aptness are not judged.',
  );
  const results: SessionResult[] = [];
  for (const batch of batches) {
    const own = batch.sessions.map(evaluateSession);
    results.push(...own);
    for (const line of report(batch.name, totalsOf(own))) log(line);
  }
  const all = totalsOf(results);
  for (const line of report('overall', all)) log(line);
  if (all.reasons.size > 0) {
    log('  why statements were judged wrong:');
    for (const [reason, n] of [...all.reasons].sort((a, b) => b[1] - a[1]))
      log(`    ${String(n).padStart(4)}  ${reason}`);
  }
  const roles = scoreSessions(
    batches.flatMap((b) => b.sessions),
    (turns) => readRoles(turns),
  );
  log(`turn roles on these sessions (${roles.turns} turns): accuracy ${roles.accuracy}`);
  for (const [family, f1] of Object.entries(roles.families)) log(`  ${family.padEnd(24)} macro-F1 ${f1.toFixed(3)}`);
  return all;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  evaluateNotes(values.dir ? path.resolve(values.dir) : BLIND_DIR);
}
