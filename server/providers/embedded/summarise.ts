import type { SessionRisk, Utterance } from '../../contracts/analysis.ts';
import type { Summary, SummaryTheme } from '../../contracts/assist.ts';
import { CATEGORY_LABEL, KIND_ORDER, kindPhrase, riskFindings } from '../riskFindings.ts';
import type { SessionSnapshot } from '../types.ts';
import { checkInStatements } from './checkIns.ts';
import { distinctGoals, readSignals, type Signals, type ThemeSignal } from './signals.ts';
import { listJoin, orderedIds, quoted } from './text.ts';

const MAX_IDS_PER_THEME = 12;
/** Until this many themes have built up, a topic the client raised once is shown too. */
const EARLY_THEMES = 4;

/** Picks the quotes that best show a theme: strongest cue first, then a readable length, then the latest. */
function representativeHits(theme: ThemeSignal, count: number) {
  const readable = (s: string) => (s.length >= 25 && s.length <= 180 ? 1 : 0);
  return [...theme.hits]
    .sort((a, b) => b.weight - a.weight || readable(b.sentence) - readable(a.sentence) || b.index - a.index)
    .slice(0, count);
}

export function themeStatement(theme: ThemeSignal, signals: Signals): SummaryTheme {
  const quotes = representativeHits(theme, 2).sort((a, b) => a.index - b.index);
  const shown = [...new Set(quotes.map((q) => q.sentence))];
  const times = theme.hits.length === 1 ? 'once' : `${theme.hits.length} times`;
  const supportIds = [...theme.hits]
    .sort((a, b) => b.weight - a.weight || b.index - a.index)
    .slice(0, MAX_IDS_PER_THEME);
  return {
    label: theme.def.label,
    text: `${theme.def.label}: raised ${times}, e.g. ${listJoin(shown.map((q) => quoted(q, 120)))}.`,
    utteranceIds: orderedIds(
      [...quotes, ...supportIds].map((h) => h.utteranceId),
      signals.order,
    ),
  };
}

/**
 * The "Safety" theme: always present when the detector flagged something (a remote summary gets
 * it too). It names what was disclosed in each category, so a preparatory act is not hidden
 * behind the thought that came before it.
 */
export function safetyTheme(
  risk: SessionRisk,
  order: ReadonlyMap<string, number>,
  utterances: readonly Utterance[],
): SummaryTheme | undefined {
  const ids = orderedIds(
    risk.flags.map((f) => f.utteranceId),
    order,
  );
  if (risk.level === 'none' || ids.length === 0) return undefined;
  const findings = riskFindings(utterances, risk);
  const categories = (Object.entries(risk.byCategory) as [keyof typeof CATEGORY_LABEL, string][])
    .filter(([, level]) => level !== 'none')
    .map(([category, level]) => {
      const kinds = KIND_ORDER.filter(
        (k) => k !== 'other' && findings.some((f) => f.category === category && f.kind === k),
      );
      const what = kinds.length ? ` — ${listJoin(kinds.map((k) => kindPhrase(category, k)))}` : '';
      return `${CATEGORY_LABEL[category].toLowerCase()} (${level})${what}`;
    });
  return {
    label: 'Safety',
    text: `Safety: ${categories.join('; ')}. Highest level ${risk.level}: follow the crisis protocol shown with the flag.`,
    utteranceIds: ids,
  };
}

const CHECK_IN_LABEL = 'Check-in';

/** "Asked how the week had been, client described it as “Honestly awful”." */
function checkInTheme(snapshot: SessionSnapshot, signals: Signals): SummaryTheme | undefined {
  const first = checkInStatements(snapshot, signals)[0];
  if (!first) return undefined;
  return {
    label: CHECK_IN_LABEL,
    text: `${CHECK_IN_LABEL}: ${first.text.charAt(0).toLowerCase()}${first.text.slice(1)}`,
    utteranceIds: first.utteranceIds,
  };
}

function goalsTheme(signals: Signals): SummaryTheme | undefined {
  const goals = distinctGoals(signals);
  if (goals.length === 0) return undefined;
  return {
    label: 'Goals',
    text: `Goals in the client’s words: ${listJoin(goals.map((g) => quoted(g.sentence, 100)))}.`,
    utteranceIds: orderedIds(
      goals.flatMap((g) => g.utteranceIds),
      signals.order,
    ),
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
    utteranceIds: orderedIds(
      latest.map((a) => a.id),
      signals.order,
    ),
  };
}

/**
 * Extractive rolling summary: the session's themes in the client's own words. Given the
 * previous summary, themes already shown keep their place so the panel does not reshuffle
 * as the session goes on; new themes are appended.
 */
export function summarise(snapshot: SessionSnapshot, previous?: Summary): Summary {
  const signals = readSignals(snapshot);
  const shownBefore = new Set((previous?.themes ?? []).map((t) => t.label));
  // Early on nothing has come up twice yet: a topic raised once, and how the client answered the
  // opening question, are what the session is about so far. Once shown, they stay.
  const room = Math.max(0, EARLY_THEMES - signals.themes.length);
  const early = signals.emerging.filter((t, i) => i < room || shownBefore.has(t.def.label));
  const fresh = [
    safetyTheme(snapshot.risk, signals.order, snapshot.utterances),
    room > 0 || shownBefore.has(CHECK_IN_LABEL) ? checkInTheme(snapshot, signals) : undefined,
    ...[...signals.themes.slice(0, 8), ...early].map((t) => themeStatement(t, signals)),
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
