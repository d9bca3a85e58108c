/**
 * `npm run eval:notes [-- --dir DIR] [--batch NAME ...]`: drafts the embedded note of every
 * role-played session with a clinician's reference note (DIR/<batch>/*.json) and prints, per
 * batch and overall: statements judged against the labelled turns (scripts/eval/noteScorer.ts
 * says what it can and cannot judge), omissions of presenting problem, goal, agreed plan and
 * follow-up, risk content in notes of no-risk sessions, Assessment empty, and the turn-role
 * model's macro-F1 per role family on the same sessions.
 *
 * Without `--dir` it reads the blind sessions (tests/data/corpus/blind/sessions/), scored once
 * per release, with the committed turn-role model. `--dev` reads the development set instead:
 * every training batch with sessions that have reference notes (tests/data/corpus/train/). The
 * note writer is tuned on those, and the committed turn-role model was trained on them, so by
 * default their turn roles are read by a model trained without the scored batches
 * (leave-authors-out, scripts/eval/heldOutRoles.ts: trained once, then cached);
 * `--training-roles` reads them with the committed model instead (the role model's training
 * figures), and `--role-weights FILE` with any other model. The first line says which.
 * `--batch` reads only the batches named.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SessionRisk, Utterance } from '../../server/contracts/analysis.ts';
import type { NoteFormat } from '../../server/contracts/assist.ts';
import type { FlagDecision } from '../../server/contracts/flagReview.ts';
import { createSessionAnalyzer } from '../../server/engine/analyze.ts';
import { readRoles, useRoleWeights } from '../../server/engine/roles/index.ts';
import { readBatches, type Batch, type CorpusSession } from '../../server/engine/roles/training/corpus.ts';
import { scoreSessions } from '../../server/engine/roles/training/evaluate.ts';
import { embeddedJobs } from '../../server/providers/embedded/index.ts';
import { documentedRisk } from '../../server/session/flagReview.ts';
import { heldOutRoleModel } from './heldOutRoles.ts';
import { scoreNote, type NoteScore } from './noteScorer.ts';

export const BLIND_DIR = path.resolve(import.meta.dirname, '../../tests/data/corpus/blind/sessions');
export const TRAIN_DIR = path.resolve(import.meta.dirname, '../../tests/data/corpus/train');

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

export interface NotesRun {
  readonly dir: string;
  /** Read only these batches (all when empty or absent). */
  readonly batches?: readonly string[];
  /** What the sessions are to the note writer, said in the report's first line. */
  readonly kind: 'blind' | 'development (the note writer is tuned on them)';
  /** Which turn-role model reads the sessions and what it read in training, said in the report's second line. */
  readonly roles?: string;
}

/** The batches of a run, each reduced to its sessions with a reference note; empty batches are left out. */
export function sessionsWithReferenceNotes(run: Pick<NotesRun, 'dir' | 'batches'>): Batch[] {
  const wanted = new Set(run.batches ?? []);
  // Between rounds the blind folder is empty (its batches moved to training) and git keeps no empty folder.
  const batches = (existsSync(run.dir) ? readBatches(run.dir) : [])
    .filter((b) => wanted.size === 0 || wanted.has(b.name))
    .map((b) => ({ name: b.name, sessions: b.sessions.filter((s) => s.reference_note) }))
    .filter((b) => b.sessions.length > 0);
  const missing = [...wanted].filter((name) => !batches.some((b) => b.name === name));
  if (missing.length > 0)
    throw new Error(`${run.dir} has no sessions with reference notes in batch(es) ${missing.join(', ')}`);
  return batches;
}

export function evaluateNotes(run: NotesRun, log: (line: string) => void = console.log): Totals {
  const batches = sessionsWithReferenceNotes(run);
  log(`Notes of ${run.kind} role-played sessions in ${run.dir}; embedded writer.`);
  log(`Turn roles: ${run.roles ?? 'the committed model'}.`);
  if (batches.length === 0) {
    log('  (no sessions with reference notes found)');
    return totalsOf([]);
  }
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
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      dev: { type: 'boolean' },
      batch: { type: 'string', multiple: true },
      'role-weights': { type: 'string' },
      'training-roles': { type: 'boolean' },
    },
  });
  const dev = values.dev === true;
  const dir = values.dir ? path.resolve(values.dir) : dev ? TRAIN_DIR : BLIND_DIR;
  const batches = values.batch ?? [];
  let roles = 'the committed model (it never read blind sessions)';
  if (values['role-weights']) {
    useRoleWeights(readFileSync(values['role-weights']));
    roles = `the model in ${values['role-weights']}`;
  } else if (dev && values['training-roles']) {
    roles = 'the committed model, trained on these sessions (training figures of the role model)';
  } else if (dev) {
    const scored = sessionsWithReferenceNotes({ dir, batches }).map((b) => b.name);
    const model = heldOutRoleModel(dir, scored, console.log);
    useRoleWeights(model.weights);
    roles = `a model that never read the scored batches (leave-authors-out: trained on ${model.trainedOn.join(', ')} without ${scored.join(', ')}, ${model.epochs} epochs${model.cached ? ', cached' : ''})`;
  }
  evaluateNotes({ dir, batches, kind: dev ? 'development (the note writer is tuned on them)' : 'blind', roles });
}
