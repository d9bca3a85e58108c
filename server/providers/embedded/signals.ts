import type { Utterance, UtteranceAnalysis } from '../../contracts/analysis.ts';
import { DISTORTIONS, type DistortionDefinition } from './library/distortions.ts';
import { SKILLS, type SkillDefinition } from './library/skills.ts';
import { THEME_THRESHOLD, THEMES, type ThemeDefinition } from './library/themes.ts';
import { clauseAround, indexById, isClientSide, sentenceSpans, type Span } from './text.ts';

export interface Hit {
  utteranceId: string;
  /** Position in the transcript (0-based). */
  index: number;
  /** The sentence that matched: what gets quoted. */
  sentence: string;
}

export interface ThemeSignal {
  def: ThemeDefinition;
  score: number;
  /** `sentence` is the clause around the cue, so a quote shows what was said about the theme. */
  hits: (Hit & { weight: number })[];
}

/** A sentence of the client's that carries no risk evidence: what the client reports about their life. */
export interface ClientSentence extends Hit {
  /** Position of the sentence within its turn (0-based). */
  position: number;
}

export interface DistortionHit extends Hit {
  def: DistortionDefinition;
}

export interface SkillHit extends Hit {
  def: SkillDefinition;
  /** Set when the emotion detector, not a phrase, raised it. */
  emotion?: string;
}

export interface PhraseHit extends Hit {
  phrase: string;
  /** The clause the phrase sits in ("I want to feel rested again", not "I have trouble sleeping and …"). */
  clause: string;
}

export interface Signals {
  order: Map<string, number>;
  byId: Map<string, Utterance>;
  analysisById: Map<string, UtteranceAnalysis>;
  /** Themes over threshold, strongest first. */
  themes: ThemeSignal[];
  /** Themes raised but still under threshold (a first mention), strongest first. */
  emerging: ThemeSignal[];
  clientSentences: ClientSentence[];
  distortions: DistortionHit[];
  skills: SkillHit[];
  activities: PhraseHit[];
  goals: PhraseHit[];
  clientTurns: number;
}

const ACTIVITY =
  /\bi used to (?:really )?(?:love|enjoy|like) ([a-z][a-z' -]{2,40}?)(?=[,.;!?]| but| and| with| before| when|$)/i;
const GOAL = /\b(?:i want to|i'?d (?:really )?like to|my goal is to|i'?m hoping to|i hope to) ([^.?!]{3,90})/i;
/** A wish to be gone is a risk statement for the safety detector, never a treatment goal. */
const NOT_A_GOAL =
  /\b(die|dead|death|disappear|not wake up|end it|end my life|kill|hurt (myself|him|her|them)|be gone|give up)\b/i;

interface SignalInput {
  utterances: readonly Utterance[];
  analyses: readonly UtteranceAnalysis[];
}

const cache = new WeakMap<readonly Utterance[], { length: number; signals: Signals }>();

/** Reads the transcript once for every job (memoised on the transcript array and its length). */
export function readSignals(input: SignalInput): Signals {
  const cached = cache.get(input.utterances);
  if (cached && cached.length === input.utterances.length) return cached.signals;
  const signals = computeSignals(input);
  cache.set(input.utterances, { length: input.utterances.length, signals });
  return signals;
}

function computeSignals({ utterances, analyses }: SignalInput): Signals {
  const order = indexById(utterances);
  const byId = new Map(utterances.map((u) => [u.id, u]));
  const analysisById = new Map(analyses.map((a) => [a.id, a]));
  const themeMap = new Map<string, ThemeSignal>();
  const distortions: DistortionHit[] = [];
  const skills: SkillHit[] = [];
  const activities: PhraseHit[] = [];
  const goals: PhraseHit[] = [];
  let clientTurns = 0;

  const clientSentences: ClientSentence[] = [];

  utterances.forEach((u, index) => {
    const spans = sentenceSpans(u.text);
    const parts = spans.map((p) => p.text);
    if (!isClientSide(u)) return;
    clientTurns += 1;
    const base = { utteranceId: u.id, index };
    const analysis = analysisById.get(u.id);
    // A sentence holding risk evidence belongs to the Safety theme, not quoted as a sleep problem
    // or a goal; the turn's other sentences still say what the client reports.
    const safe = spans.filter((span) => !carriesRisk(span, analysis));
    safe.forEach((span) => clientSentences.push({ ...base, sentence: span.text, position: spans.indexOf(span) }));

    for (const def of THEMES) {
      let best: { weight: number; sentence: string } | undefined;
      for (const { text: sentence } of safe) {
        for (const c of def.cues) {
          if (c.weight <= (best?.weight ?? 0)) continue;
          const m = c.pattern.exec(sentence);
          if (m) best = { weight: c.weight, sentence: clauseAround(sentence, m.index) };
        }
      }
      if (!best) continue;
      const signal = themeMap.get(def.key) ?? { def, score: 0, hits: [] };
      signal.score += best.weight;
      signal.hits.push({ ...base, ...best });
      themeMap.set(def.key, signal);
    }

    for (const def of DISTORTIONS) {
      const sentence = parts.find((s) => def.patterns.some((p) => p.test(s)));
      if (sentence) distortions.push({ ...base, sentence, def });
    }

    for (const def of SKILLS) {
      const sentence = parts.find((s) => def.cues.some((p) => p.test(s)));
      if (sentence) {
        skills.push({ ...base, sentence, def });
        continue;
      }
      const wanted = def.emotions;
      if (!wanted || !analysis || (wanted.spikeOnly && !analysis.spike)) continue;
      const strong = analysis.emotions.labels.find(
        (l) => wanted.labels.includes(l.label) && l.score >= wanted.minScore,
      );
      if (strong) skills.push({ ...base, sentence: parts[0] ?? u.text, def, emotion: strong.label });
    }

    for (const { text: sentence } of safe) {
      const activity = ACTIVITY.exec(sentence);
      if (activity?.[1])
        activities.push({
          ...base,
          sentence,
          phrase: activity[1].trim(),
          clause: clauseAround(sentence, activity.index),
        });
      const goal = GOAL.exec(sentence);
      if (goal?.[1] && !NOT_A_GOAL.test(sentence))
        goals.push({ ...base, sentence, phrase: goal[1].trim(), clause: clauseAround(sentence, goal.index) });
    }
  });

  const ranked = [...themeMap.values()].sort(
    (a, b) => b.score - a.score || (a.hits[0]?.index ?? 0) - (b.hits[0]?.index ?? 0),
  );
  const themes = ranked.filter((t) => t.score >= THEME_THRESHOLD);
  // A first mention counts only on a cue that names the topic itself, not a hint like "tired".
  const emerging = ranked.filter((t) => t.score < THEME_THRESHOLD && t.hits.some((h) => h.weight >= 1));
  return {
    order,
    byId,
    analysisById,
    themes,
    emerging,
    clientSentences,
    distortions,
    skills,
    activities,
    goals,
    clientTurns,
  };
}

/** The latest three goals in the client's words, a goal said again counted once (citing every time it was said). */
export function distinctGoals(signals: Signals): { sentence: string; utteranceIds: string[] }[] {
  const byText = new Map<string, { sentence: string; utteranceIds: string[] }>();
  for (const g of signals.goals) {
    const key = g.clause
      .toLowerCase()
      .replace(/[^a-z0-9 ]/g, '')
      .trim();
    const entry = byText.get(key) ?? { sentence: g.clause, utteranceIds: [] };
    entry.utteranceIds.push(g.utteranceId);
    byText.delete(key);
    byText.set(key, entry);
  }
  return [...byText.values()].slice(-3).map((g) => ({ ...g, utteranceIds: g.utteranceIds.slice(-6) }));
}

function carriesRisk(span: Span, analysis: UtteranceAnalysis | undefined): boolean {
  if (!analysis || analysis.risk.level === 'none') return false;
  // Without evidence offsets there is no telling which sentence raised it: keep the whole turn out.
  if (analysis.risk.evidence.length === 0) return true;
  return analysis.risk.evidence.some((e) => e.start < span.end && e.end > span.start);
}
