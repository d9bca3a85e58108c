import type { SessionRisk } from '../../contracts/analysis.ts';
import type { Summary, SummaryTheme } from '../../contracts/assist.ts';
import type { SessionSnapshot } from '../types.ts';
import { readSignals, type Signals, type ThemeSignal } from './signals.ts';
import { listJoin, orderedIds, quoted } from './text.ts';

const MAX_IDS_PER_THEME = 12;

/** Picks the quotes that best show a theme: strongest cue first, then a readable length, then the latest. */
function representativeHits(theme: ThemeSignal, count: number) {
  const readable = (s: string) => (s.length >= 25 && s.length <= 180 ? 1 : 0);
  return [...theme.hits]
    .sort((a, b) => b.weight - a.weight || readable(b.sentence) - readable(a.sentence) || b.index - a.index)
    .slice(0, count);
}

export function themeStatement(theme: ThemeSignal, signals: Signals): SummaryTheme {
  const quotes = representativeHits(theme, 2).sort((a, b) => a.index - b.index);
  const times = theme.hits.length === 1 ? 'once' : `${theme.hits.length} times`;
  const supportIds = [...theme.hits].sort((a, b) => b.weight - a.weight || b.index - a.index).slice(0, MAX_IDS_PER_THEME);
  return {
    label: theme.def.label,
    text: `${theme.def.label}: raised ${times}, e.g. ${listJoin(quotes.map((q) => quoted(q.sentence, 120)))}.`,
    utteranceIds: orderedIds([...quotes, ...supportIds].map((h) => h.utteranceId), signals.order),
  };
}

/** The "Safety" theme: always present when the detector flagged something (a remote summary gets it too). */
export function safetyTheme(risk: SessionRisk, order: ReadonlyMap<string, number>): SummaryTheme | undefined {
  const ids = orderedIds(risk.flags.map((f) => f.utteranceId), order);
  if (risk.level === 'none' || ids.length === 0) return undefined;
  const categories = Object.entries(risk.byCategory)
    .filter(([, level]) => level !== 'none')
    .map(([category, level]) => `${category.replace('_', '-')} (${level})`);
  return {
    label: 'Safety',
    text: `Safety: risk statements flagged — ${listJoin(categories)}; highest level ${risk.level}. Follow the crisis protocol shown with the flag.`,
    utteranceIds: ids,
  };
}

function goalsTheme(signals: Signals): SummaryTheme | undefined {
  if (signals.goals.length === 0) return undefined;
  const goals = signals.goals.slice(-3);
  return {
    label: 'Goals',
    text: `Goals in the client’s words: ${listJoin(goals.map((g) => quoted(g.sentence, 100)))}.`,
    utteranceIds: orderedIds(goals.map((g) => g.utteranceId), signals.order),
  };
}

function emotionalShiftsTheme(snapshot: SessionSnapshot, signals: Signals): SummaryTheme | undefined {
  const spikes = snapshot.analyses.filter((a) => a.spike && signals.byId.get(a.id)?.speaker !== 'clinician');
  if (spikes.length === 0) return undefined;
  const latest = spikes.slice(-3);
  const described = latest.map((a) => {
    const top = a.emotions.labels.find((l) => l.label !== 'neutral')?.label ?? 'a change of tone';
    return `${top} at ${quoted(signals.byId.get(a.id)?.text ?? '', 70)}`;
  });
  return {
    label: 'Emotional shifts',
    text: `Emotional shifts: ${spikes.length === 1 ? 'one sharp change' : `${spikes.length} sharp changes`} of tone, most recently ${listJoin(described)}.`,
    utteranceIds: orderedIds(latest.map((a) => a.id), signals.order),
  };
}

/**
 * Extractive rolling summary: the session's themes in the client's own words. Given the
 * previous summary, themes already shown keep their place so the panel does not reshuffle
 * as the session goes on; new themes are appended.
 */
export function summarise(snapshot: SessionSnapshot, previous?: Summary): Summary {
  const signals = readSignals(snapshot);
  const fresh = [
    safetyTheme(snapshot.risk, signals.order),
    ...signals.themes.slice(0, 8).map((t) => themeStatement(t, signals)),
    goalsTheme(signals),
    emotionalShiftsTheme(snapshot, signals),
  ].filter((t): t is SummaryTheme => t !== undefined && t.utteranceIds.length > 0);

  const previousOrder = new Map((previous?.themes ?? []).map((t, i) => [t.label, i]));
  const themes = fresh
    .map((theme, i) => ({ theme, rank: previousOrder.get(theme.label) ?? previousOrder.size + i }))
    .sort((a, b) => (a.theme.label === 'Safety' ? -1 : b.theme.label === 'Safety' ? 1 : a.rank - b.rank))
    .map((x) => x.theme);
  return { themes, updatedThrough: snapshot.utterances.at(-1)?.id ?? previous?.updatedThrough ?? null };
}
