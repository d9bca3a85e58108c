import type { EkmanLabel } from '../../contracts/analysis.ts';
import type { Homework, NoteDraft, NoteFormat, NoteSection, SupportedStatement } from '../../contracts/assist.ts';
import type { SessionSnapshot } from '../types.ts';
import { MENTAL_STATUS_ITEMS, NOTE_SECTIONS } from '../noteFormats.ts';
import { buildRiskAssessment } from '../riskSection.ts';
import { aiDisclosure } from './disclosure.ts';
import { EMBEDDED_MODEL } from './version.ts';
import { generateHomework } from './homework.ts';
import { clientSelfReport } from './selfReport.ts';
import { CLINICIAN_MOVES, distinctGoals, readSignals, type ClinicianMoveKind, type Signals } from './signals.ts';
import { isClientSide, listJoin, orderedIds, quoted, sentences } from './text.ts';

/** Only confident readings count toward the tone estimate. */
const MIN_TONE_SCORE = 0.5;
const MIN_TONE_WORDS = 3;

const PLAN = /\b(next (session|week|time)|see you (next|on|in)|follow[- ]up|refer(ral)?|homework|between now and|before (our|the) next|this week,? (could|would|can|try)|let'?s (plan|try|schedule|meet))\b/i;

function goalStatements(signals: Signals): SupportedStatement[] {
  return distinctGoals(signals).map((g) => ({ text: `Client stated a goal: ${quoted(g.sentence, 130)}.`, utteranceIds: g.utteranceIds }));
}

function emotionEstimate(snapshot: SessionSnapshot, signals: Signals): SupportedStatement[] {
  const counts = new Map<EkmanLabel, { n: number; best: { id: string; score: number }[] }>();
  let turns = 0;
  for (const a of snapshot.analyses) {
    const u = signals.byId.get(a.id);
    if (!u || !isClientSide(u)) continue;
    // A flagged risk statement is read by the risk section; the emotion model is least reliable there.
    if (a.risk.level !== 'none') continue;
    // "Yes." or "Okay." carries no tone to speak of.
    if (u.text.trim().split(/\s+/).length < MIN_TONE_WORDS) continue;
    turns += 1;
    const top = a.emotions.ekman[0];
    if (!top || top.label === 'neutral' || top.score < MIN_TONE_SCORE) continue;
    const entry = counts.get(top.label) ?? { n: 0, best: [] };
    entry.n += 1;
    entry.best.push({ id: a.id, score: top.score });
    counts.set(top.label, entry);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n).slice(0, 2);
  const first = ranked[0];
  // One confident reading is not a tone of the session.
  if (!first || first[1].n < 2) return spikeStatements(snapshot, signals);
  const parts = ranked.map(([label, c]) => `${label} (${c.n} of ${turns} client turns)`);
  const ids = first[1].best.sort((a, b) => b.score - a.score).slice(0, 5).map((b) => b.id);
  return [
    {
      text: `Emotional tone of the client’s words (automated text estimate, not an observation): most often ${listJoin(parts)}.`,
      utteranceIds: orderedIds(ids, signals.order),
    },
    ...spikeStatements(snapshot, signals),
  ];
}

function spikeStatements(snapshot: SessionSnapshot, signals: Signals): SupportedStatement[] {
  const spikes = snapshot.analyses
    .filter((a) => {
      const u = signals.byId.get(a.id);
      return a.spike && u !== undefined && isClientSide(u);
    })
    .slice(-3);
  if (spikes.length === 0) return [];
  return [
    {
      text: `Sharp emotional shifts (automated estimate) at ${listJoin(spikes.map((s) => quoted(signals.byId.get(s.id)?.text ?? '', 70)))}.`,
      utteranceIds: orderedIds(spikes.map((s) => s.id), signals.order),
    },
  ];
}

function thinkingPatterns(signals: Signals): SupportedStatement[] {
  const latest = new Map<string, (typeof signals.distortions)[number]>();
  for (const d of signals.distortions) latest.set(d.def.key, d);
  const hits = [...latest.values()].sort((a, b) => a.index - b.index).slice(-6);
  return hits.map((d) => ({
    text: `Thinking pattern consistent with ${d.def.label.toLowerCase()}: ${quoted(d.sentence, 110)}.`,
    utteranceIds: [d.utteranceId],
  }));
}

function motivation(signals: Signals): SupportedStatement[] {
  const out: SupportedStatement[] = [];
  const ambivalence = signals.skills.filter((s) => s.def.key === 'mi_reflection').at(-1);
  if (ambivalence) out.push({ text: `Ambivalence about change: ${quoted(ambivalence.sentence, 110)}.`, utteranceIds: [ambivalence.utteranceId] });
  const effort = signals.skills.filter((s) => s.def.key === 'mi_affirmation').at(-1);
  if (effort) out.push({ text: `Client described steps toward change: ${quoted(effort.sentence, 110)}.`, utteranceIds: [effort.utteranceId] });
  return out;
}

function clinicianInterventions(signals: Signals): SupportedStatement[] {
  const byMove = new Map<ClinicianMoveKind, typeof signals.moves>();
  for (const m of signals.moves) byMove.set(m.move, [...(byMove.get(m.move) ?? []), m]);
  return [...byMove.entries()].map(([move, hits]) => ({
    text: `Clinician used ${CLINICIAN_MOVES[move].label}, e.g. ${quoted(hits[0]?.sentence ?? '', 100)}.`,
    utteranceIds: hits.slice(0, 4).map((h) => h.utteranceId),
  }));
}

function clientResponses(snapshot: SessionSnapshot, signals: Signals): SupportedStatement[] {
  const seen = new Set<ClinicianMoveKind>();
  const out: SupportedStatement[] = [];
  for (const m of signals.moves) {
    if (seen.has(m.move) || out.length >= 4) continue;
    const reply = snapshot.utterances.slice(m.index + 1, m.index + 3).find(isClientSide);
    if (!reply || reply.text.trim().split(/\s+/).length < 3) continue;
    seen.add(m.move);
    out.push({
      text: `In response to ${CLINICIAN_MOVES[m.move].label}, client said ${quoted(reply.text, 110)}.`,
      utteranceIds: [m.utteranceId, reply.id],
    });
  }
  return out;
}

function planStatements(snapshot: SessionSnapshot, signals: Signals, homework: Homework): SupportedStatement[] {
  const agreed = snapshot.utterances.filter((u) => PLAN.test(u.text)).slice(-3);
  const said = agreed.map((u) => ({
    text: `Discussed in session: ${quoted(sentences(u.text).find((s) => PLAN.test(s)) ?? u.text, 120)}.`,
    utteranceIds: [u.id],
  }));
  const proposed = homework.items.map((h) => ({
    text: `Proposed between-session practice (draft, to agree with the client): ${h.title} — ${scheduleText(h.schedule)}.`,
    utteranceIds: orderedIds(h.rationale.utteranceIds, signals.order),
  }));
  return [...said, ...proposed];
}

export function scheduleText(s: Homework['items'][number]['schedule']): string {
  const how = s.frequency === 'times_per_week' ? `${s.timesPerWeek ?? 3} times a week` : s.frequency === 'as_needed' ? 'as needed' : s.frequency;
  const parts = [how, s.durationMinutes ? `${s.durationMinutes} min` : '', s.timeOfDay ?? '', s.weeks ? `for ${s.weeks} week${s.weeks > 1 ? 's' : ''}` : ''];
  return parts.filter(Boolean).join(', ');
}

function section(key: string, title: string, statements: SupportedStatement[], notAssessedItems: readonly string[]): NoteSection {
  const supported = statements.filter((s) => s.utteranceIds.length > 0);
  return {
    key,
    title,
    statements: supported,
    ...(supported.length === 0 ? { notAssessed: true } : {}),
    ...(notAssessedItems.length > 0 ? { notAssessedItems: [...notAssessedItems] } : {}),
  };
}

/**
 * A template note in the clinician's format. Every statement quotes or cites the turns it
 * rests on; what the transcript cannot show is listed as not assessed.
 */
export function draftNote(snapshot: SessionSnapshot, format: NoteFormat, homework = generateHomework(snapshot)): NoteDraft {
  const s = readSignals(snapshot);
  const report = clientSelfReport(snapshot, s);
  const reported = report.statements;
  const disclosed = report.riskDisclosure ? [report.riskDisclosure] : [];
  const tone = emotionEstimate(snapshot, s);
  const assessment = [...thinkingPatterns(s), ...motivation(s)];
  const interventions = clinicianInterventions(s);
  const responses = clientResponses(snapshot, s);
  const plan = planStatements(snapshot, s, homework);

  // Where each format keeps the client's own account of the week: Subjective, Data, Behavior, and
  // in GIRP the Goals section, which records the concerns the goals are worked on against (a risk
  // disclosure is never listed among goals: the risk section carries it).
  const content: Record<string, SupportedStatement[]> = {
    subjective: [...reported, ...disclosed, ...goalStatements(s)],
    objective: tone,
    data: [...reported, ...disclosed, ...tone, ...interventions],
    behavior: [...reported, ...disclosed, ...tone],
    goals: [...goalStatements(s), ...reported],
    assessment: format === 'DAP' ? [...assessment, ...responses] : assessment,
    intervention: interventions,
    response: [...responses, ...motivation(s)],
    plan,
  };

  return {
    format,
    sections: NOTE_SECTIONS[format].map((spec) => {
      const notAssessedItems = [...(spec.clientReport ? report.notAssessedItems : []), ...(spec.mentalStatus ? MENTAL_STATUS_ITEMS : [])];
      return section(spec.key, spec.title, content[spec.key] ?? [], notAssessedItems);
    }),
    riskAssessment: buildRiskAssessment(snapshot.utterances, snapshot.risk),
    aiDisclosure: aiDisclosure({ provider: 'embedded', model: EMBEDDED_MODEL }),
  };
}
