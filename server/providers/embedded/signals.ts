import type { Utterance, UtteranceAnalysis } from '../../contracts/analysis.ts';
import { DISTORTIONS, type DistortionDefinition } from './library/distortions.ts';
import { SKILLS, type SkillDefinition } from './library/skills.ts';
import { THEME_THRESHOLD, THEMES, type ThemeDefinition } from './library/themes.ts';
import { indexById, isClientSide, sentences } from './text.ts';

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
  hits: (Hit & { weight: number })[];
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
}

export interface ClinicianMove extends Hit {
  move: ClinicianMoveKind;
}

export type ClinicianMoveKind = keyof typeof CLINICIAN_MOVES;

/** What the clinician did, recognised from their own words (for the Intervention/Response sections). */
export const CLINICIAN_MOVES = {
  socratic: { label: 'Socratic questioning to examine the thought', pattern: /\b(what (evidence|tells you|would you (say|tell) (to )?a friend)|is there (any )?(evidence|another way)|another way (to|of) (look|see)ing|how (likely|sure|certain) (is|are)|what'?s the worst|what else might)\b/i },
  reflection: { label: 'reflective listening', pattern: /^(it sounds like|sounds like|so you'?re saying|what i'?m hearing|i hear that|you'?re feeling|you feel)\b/i },
  validation: { label: 'validation', pattern: /\b((that|it) makes (a lot of )?sense|that sounds (really )?(hard|difficult|painful)|understandable|anyone would)\b/i },
  grounding: { label: 'grounding and breathing', pattern: /\b(take a (slow |deep )?breath|breathe (in|out|with me)|five things you can see|notice your feet|ground(ing)? (exercise|yourself)|paced breathing)\b/i },
  psychoeducation: { label: 'psychoeducation', pattern: /\b(it'?s (very )?common|many people (find|feel|experience)|fight[- ]or[- ]flight|the (anxiety|depression|avoidance) cycle|the way (anxiety|depression|the brain) works)\b/i },
  planning: { label: 'activity planning', pattern: /\b(schedule|plan (one|a|some|something)|could you try|what would it take to|small step)\b/i },
  safetyPlanning: { label: 'safety planning and crisis resources', pattern: /\b(safety plan|988|crisis (line|text|number)|warning signs|reasons (for|to) (living|live)|keep (yourself )?safe|lock (them |it )?(up|away)|remove (the|any) (pills|gun|firearm|means)|emergency (room|services|department))\b/i },
  homework: { label: 'assigning between-session practice', pattern: /\b(homework|between now and (next|our)|before (our|the) next (session|time)|this week,? (could|would|can) you|practi[cs]e (this|it))\b/i },
} as const;

export interface Signals {
  order: Map<string, number>;
  byId: Map<string, Utterance>;
  analysisById: Map<string, UtteranceAnalysis>;
  /** Themes over threshold, strongest first. */
  themes: ThemeSignal[];
  distortions: DistortionHit[];
  skills: SkillHit[];
  activities: PhraseHit[];
  goals: PhraseHit[];
  moves: ClinicianMove[];
  clientTurns: number;
}

const ACTIVITY = /\bi used to (?:really )?(?:love|enjoy|like) ([a-z][a-z' -]{2,40}?)(?=[,.;!?]| but| and| with| before| when|$)/i;
const GOAL = /\b(?:i want to|i'?d (?:really )?like to|my goal is to|i'?m hoping to|i hope to) ([^.?!]{3,90})/i;
/** A wish to be gone is a risk statement for the safety detector, never a treatment goal. */
const NOT_A_GOAL = /\b(die|dead|death|disappear|not wake up|end it|end my life|kill|hurt (myself|him|her|them)|be gone|give up)\b/i;

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
  const moves: ClinicianMove[] = [];
  let clientTurns = 0;

  utterances.forEach((u, index) => {
    const parts = sentences(u.text);
    if (u.speaker === 'clinician') {
      for (const [move, def] of Object.entries(CLINICIAN_MOVES) as [ClinicianMoveKind, (typeof CLINICIAN_MOVES)[ClinicianMoveKind]][]) {
        const sentence = parts.find((s) => def.pattern.test(s));
        if (sentence) moves.push({ utteranceId: u.id, index, sentence, move });
      }
      return;
    }
    if (!isClientSide(u)) return;
    clientTurns += 1;
    const base = { utteranceId: u.id, index };
    const analysis = analysisById.get(u.id);
    // A flagged risk statement belongs to the Safety theme, not quoted as a sleep problem or a goal.
    const flagged = analysis !== undefined && analysis.risk.level !== 'none';

    for (const def of flagged ? [] : THEMES) {
      let best: { weight: number; sentence: string } | undefined;
      for (const sentence of parts) {
        for (const c of def.cues) {
          if (c.weight > (best?.weight ?? 0) && c.pattern.test(sentence)) best = { weight: c.weight, sentence };
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
      const strong = analysis.emotions.labels.find((l) => wanted.labels.includes(l.label) && l.score >= wanted.minScore);
      if (strong) skills.push({ ...base, sentence: parts[0] ?? u.text, def, emotion: strong.label });
    }

    for (const sentence of flagged ? [] : parts) {
      const activity = ACTIVITY.exec(sentence);
      if (activity?.[1]) activities.push({ ...base, sentence, phrase: activity[1].trim() });
      const goal = GOAL.exec(sentence);
      if (goal?.[1] && !NOT_A_GOAL.test(sentence)) goals.push({ ...base, sentence, phrase: goal[1].trim() });
    }
  });

  const themes = [...themeMap.values()]
    .filter((t) => t.score >= THEME_THRESHOLD)
    .sort((a, b) => b.score - a.score || (a.hits[0]?.index ?? 0) - (b.hits[0]?.index ?? 0));
  return { order, byId, analysisById, themes, distortions, skills, activities, goals, moves, clientTurns };
}
