import { readFileSync } from 'node:fs';
import type { RiskAssessment, RiskCategory, RiskEvidence, RiskLevel } from '../../contracts/analysis.ts';
import {
  answerPolarity,
  safeSaysYes,
  saysNothing,
  saysSafe,
  saysNotOnly,
  saysUnsafe,
  saysUnsafeAtHome,
  saysUnsafeFromSelf,
  takesBack,
} from '../safety/conversation.ts';
import { CATEGORY_ORDER } from '../safety/detect.ts';
import { levelRank } from '../safety/levels.ts';
import { asksInSpanish } from '../safety/scope.ts';
import { questionCategories } from '../safety/screeningQuestions.ts';
import { modelText } from './normalise.ts';
import { createRiskScorer, decodeRiskWeights, type QuantisedRiskNetwork, type RiskDecision } from './network.ts';
import { windowFeatures, type RiskWindow } from './window.ts';

/** The committed weights, next to this module (written by `npm run train:risk`). */
export const RISK_WEIGHTS_URL = new URL('./weights.bin', import.meta.url);

export const MODEL_NAME = 'risk-window-mlp';

export interface CategoryReading {
  category: RiskCategory;
  level: RiskLevel;
  /** Calibrated probability of any risk in the category. */
  score: number;
}

export interface RiskModel {
  /** Per category, the level decided and the calibrated probability of any risk. */
  read(window: RiskWindow): CategoryReading[];
  /** The window read as a flag: the levels decided, with evidence in the client's words. */
  assess(window: RiskWindow): RiskAssessment;
}

/**
 * The level of one category from its calibrated probabilities: flagged when any risk reaches
 * `flag`, then the highest level whose cumulative probability reaches its threshold.
 */
export function decideLevel(p: ArrayLike<number>, offset: number, d: RiskDecision): RiskLevel {
  const high = p[offset + 3]!;
  const moderateOrHigher = p[offset + 2]! + high;
  const any = moderateOrHigher + p[offset + 1]!;
  if (any < d.flag) return 'none';
  if (high >= d.high) return 'high';
  if (moderateOrHigher >= d.moderate) return 'moderate';
  return 'low';
}

/** The utterance alone: what the client's own words carry, with no turn around them. */
function ownWords(w: RiskWindow): RiskWindow {
  return { text: w.text, rules: w.rules, answer: null };
}

/** A turn's own words alone read as risk at least this surely keep their flag whatever came before. */
const SURE_ALONE = 0.9;

/** Transcripts carry little punctuation: a question is known by its mark or its opening word. */
const QUESTION =
  /\?|^\s*(?:(?:so|and|but|okay|ok|um|uh|well|now|right)\s+)*(?:what|whats|when|where|who|why|how|which|do|does|did|have|has|had|are|is|was|were|can|could|would|will|should|any|anything|tell me)\b/i;
const asks = (text: string): boolean => QUESTION.test(text) || asksInSpanish(text);

/** A client's question back: by its mark, or a verb before a person ("can Jolene step out"), not "could be". */
const ASKS_BACK =
  /\?$|^(?:(?:um|uh|well|but|so|and)\s+)*(?:can|could|would|will|do|does|did|is|are|should|may)\s+(?:i|you|we|he|she|they|someone|somebody|[A-Z][a-z]+)\b/;

/**
 * The client says something back: not silence ("...", "[pause]"), a question back ("can Jolene
 * step out"), or only "um" and "I don't know".
 */
function saysSomething(w: RiskWindow): boolean {
  const said = w.text.replace(/\[[^\]]*\]|\([^)]*\)/g, ' ');
  return /[\p{L}\p{N}]/u.test(said) && !ASKS_BACK.test(w.text.trim()) && !saysNothing(said);
}

/**
 * The client affirms the clinician's words: a yes, or an answer (not a no) to their question.
 * Read in the model's form of the turn, so that a dialect marker ("no cap, …") is no denial and
 * how a thing is said cannot change whose words a flag rests on.
 */
function affirms(w: RiskWindow, polarity: 'yes' | 'no' | null): boolean {
  // "Do you feel safe at home?" – "yeah": a yes to a question about safety takes up no risk.
  if (polarity === 'yes') return w.previous === undefined || !safeSaysYes(w.previous.text, w.text);
  return (
    polarity !== 'no' &&
    w.previous !== undefined &&
    saysSomething(w) &&
    (w.previous.asked !== null || asks(w.previous.text))
  );
}

/**
 * The client goes on from the clinician's turn in their own words: affirms it, or says something
 * to it that is not a no ("you mentioned a gun" – "bought one off a guy last week, it's for the
 * dude who shot my cousin"). The clinician's turn then gives the client's words their referent.
 * A no to whether they are safe ("do you feel safe right now" – "not really"), or to whether it
 * was the only time ("is that the only time you've cut" – "no"), takes the question's risk up
 * rather than denying it.
 */
function goesOn(w: RiskWindow, polarity: 'yes' | 'no' | null): boolean {
  if (polarity === 'yes') return affirms(w, polarity);
  if (w.previous && (saysUnsafe(w.previous.text, w.text) || saysNotOnly(w.previous.text, w.text))) return true;
  return polarity !== 'no' && w.previous !== undefined && saysSomething(w);
}

/** A terse answer, not a question back: a few words (in the model's form) that lean on the question before them. */
const tersely = (text: string, said: string): boolean =>
  !ASKS_BACK.test(text.trim()) && !/[?¿]/.test(text) && (said.match(/[\p{L}\p{N}']+/gu) ?? []).length <= 8;

/**
 * The categories the clinician's question asks about, read in its question only: "so to sum up,
 * you cut it to three" or psychoeducation about overdose asks nothing.
 */
function askedCategories(text: string): readonly RiskCategory[] {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((x) => x.trim() !== '');
  const question = sentences.find((x) => /\?\s*$/.test(x)) ?? sentences.at(-1) ?? '';
  return asks(question.trim()) ? questionCategories(question) : [];
}

/** The window with every word of the clinician taken out: the client's turns and readings only. */
function withoutClinician(w: RiskWindow): RiskWindow {
  const { previous: _previous, answer: _answer, topics: _topics, next, ...rest } = w;
  return { ...rest, answer: null, ...(next ? { next: { ...next, between: '' } } : {}) };
}

export function createRiskModel(net: QuantisedRiskNetwork): RiskModel {
  const score = createRiskScorer(net);
  const { decision } = net.header;

  function read(window: RiskWindow): CategoryReading[] {
    const p = score(windowFeatures(window));
    const readings = CATEGORY_ORDER.map((category, c) => ({
      category,
      level: decideLevel(p, c * 4, decision),
      score: 1 - p[c * 4]!,
    }));
    const alone = score(windowFeatures(ownWords(window))).slice();
    // The answer is read at most once, in the model's form, and only when a decision needs it.
    let answer: { said: string; polarity: 'yes' | 'no' | null; takesUp: boolean; goesOn: boolean } | undefined;
    const answerOf = () => {
      if (!answer) {
        const said = modelText(window.text);
        const polarity = answerPolarity(said);
        answer = { said, polarity, takesUp: affirms(window, polarity), goesOn: goesOn(window, polarity) };
      }
      return answer;
    };
    // The client's own words before ("I had a good week") do not talk away what they say now
    // ("I want to kill myself"): mood turns. A category the turn's words read as risk alone, and
    // read as risk in the window without that earlier turn, keeps its flag.
    const aloneFlags = (r: CategoryReading): boolean =>
      decideLevel(alone, CATEGORY_ORDER.indexOf(r.category) * 4, decision) !== 'none';
    if (window.earlier !== undefined && readings.some((r) => r.level === 'none' && aloneFlags(r))) {
      const { earlier: _e, earlierRules: _er, ...rest } = window;
      const q = score(windowFeatures(rest));
      for (const r of readings) {
        const c = CATEGORY_ORDER.indexOf(r.category);
        const level = decideLevel(q, c * 4, decision);
        if (r.level === 'none' && level !== 'none' && aloneFlags(r)) {
          r.level = level;
          r.score = 1 - q[c * 4]!;
        }
      }
    }
    // The clinician's words are context, never evidence, unless the client takes them up — says
    // yes, or goes on from them in their own words without saying no: a category that is not
    // flagged once they are taken out stays flagged only then.
    if (readings.some((r) => r.level !== 'none') && (window.previous || window.next?.between) && !answerOf().goesOn) {
      const q = score(windowFeatures(withoutClinician(window)));
      for (const r of readings) {
        const c = CATEGORY_ORDER.indexOf(r.category);
        if (r.level !== 'none' && decideLevel(q, c * 4, decision) === 'none') r.level = 'none';
      }
    }
    // "Can you keep yourself safe tonight?" – "yeah I can, my sister's staying over": a yes to
    // whether the client is safe says they are, and raises no flag the turn's own words do not.
    if (window.previous && saysSafe(window.previous.text, window.text)) {
      for (const r of readings) if (r.level !== 'none' && !aloneFlags(r)) r.level = 'none';
    }
    // A terse yes to a screening question ("¿tienes ganas de cortarte ahora?" – "sí doctora")
    // takes up its content: the category it asks about is flagged, low at least, whatever the
    // words alone read. A longer turn says what it means in its own words.
    if (
      window.previous &&
      answerOf().polarity === 'yes' &&
      tersely(window.text, answerOf().said) &&
      answerOf().takesUp
    ) {
      for (const category of askedCategories(window.previous.text)) {
        const r = readings.find((x) => x.category === category)!;
        if (r.level === 'none') r.level = 'low';
      }
    }
    // "Do you feel safe at home?" – "no": the answer inherits the question's content, feeling
    // unsafe at home (abuse, low), whatever the words alone read.
    if (window.previous && saysUnsafeAtHome(window.previous.text, window.text)) {
      const abuse = readings.find((r) => r.category === 'abuse')!;
      if (abuse.level === 'none') abuse.level = 'low';
    }
    // "Can you keep yourself safe tonight?" – "no, I don't think I can": the client may act on
    // their thoughts — self-harm when that is what the conversation is on, else suicide —
    // moderate at least, whatever the words alone read.
    if (window.previous && saysUnsafeFromSelf(window.previous.text, window.text)) {
      const onSelfHarm = window.topics?.includes('self_harm') && !window.topics.includes('suicide');
      const r = readings.find((x) => x.category === (onSelfHarm ? 'self_harm' : 'suicide'))!;
      if (levelRank(r.level) < levelRank('moderate')) r.level = 'moderate';
    }
    for (const r of readings) {
      const c = CATEGORY_ORDER.indexOf(r.category);
      // Words that read as risk with near certainty on their own ("he hits me") are not talked
      // away by the turns around them: missing them costs more than asking once.
      if (r.level === 'none' && 1 - alone[c * 4]! >= SURE_ALONE) {
        r.level = decideLevel(alone, c * 4, decision);
        r.score = 1 - alone[c * 4]!;
      }
      // High needs the client's own words of intent, plan, preparation or recent behaviour, or
      // a yes to the clinician's question or summary of them: the words alone must read at
      // least moderate, or the client must take up the clinician's turn (a yes, an answer to
      // their question — "last week" to "have you hurt yourself" — or their own words going on
      // from it: "you said you've been giving things away" – "my tools to my nephew, I'll not
      // need em"), or that turn must have been about the category. A turn that does none of
      // these is read no higher than moderate.
      if (r.level === 'high') {
        const ownModerate = alone[c * 4 + 2]! + alone[c * 4 + 3]! >= decision.moderate;
        if (!ownModerate && !answerOf().goesOn && !affirmsClinician(window, r.category)) r.level = 'moderate';
      }
    }
    // "I swear if I see that guy I'ma kill him" – "nah it's a way of talking, I'm not gonna do
    // nothing": a statement the client takes back the next turn is withdrawn, as the labelling
    // guide reads it, with the next turn shown as the reason.
    if (window.next && takesBack(window.next.text)) for (const r of readings) r.level = 'none';
    return readings;
  }

  return {
    read,
    assess(window) {
      const flagged = read(window).filter((r) => r.level !== 'none');
      if (flagged.length === 0) return { level: 'none', categories: [], evidence: [] };
      const evidence = flagged.flatMap((r) => evidenceFor(window, r));
      const level = flagged.reduce<RiskLevel>((m, r) => (levelRank(r.level) > levelRank(m) ? r.level : m), 'none');
      return {
        level,
        categories: flagged.map((r) => r.category),
        evidence: evidence.sort((a, b) => a.start - b.start || levelRank(b.level) - levelRank(a.level)),
        scores: Object.fromEntries(flagged.map((r) => [r.category, Math.round(r.score * 1e3) / 1e3])),
      };
    },
  };
}

function affirmsClinician(w: RiskWindow, category: RiskCategory): boolean {
  if (!w.previous) return false;
  return w.previous.asked?.category === category || w.previous.reflected.evidence.some((e) => e.category === category);
}

const HINTS: Record<'own' | 'affirmed', string> = {
  own: 'Read from the client’s words in the conversation; confirm by asking.',
  affirmed: 'The client’s answer to the question before it; confirm by asking.',
};

/**
 * Evidence always points into the client's own words: the rules' spans in the category where
 * they found any, otherwise the whole turn. A terse yes to a clinician's question is marked as
 * affirming it, so the note can say what was asked and what was answered.
 */
function evidenceFor(w: RiskWindow, r: CategoryReading): RiskEvidence[] {
  const basis =
    w.answer?.categories.includes(r.category) || (!hasOwnSpan(w, r.category) && affirmsClinician(w, r.category))
      ? 'affirmed'
      : 'own_words';
  const spans = [...w.rules.evidence, ...(w.answer?.evidence ?? [])].filter((e) => e.category === r.category);
  const seen = new Set<string>();
  const out: RiskEvidence[] = [];
  for (const e of spans) {
    const key = `${e.start}:${e.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // A span only the broad screen found stays a prompt to ask the screening questions.
    const hint = e.tier === 'screen' && e.hint ? e.hint : HINTS[basis === 'affirmed' ? 'affirmed' : 'own'];
    out.push({
      category: r.category,
      level: r.level,
      start: e.start,
      end: e.end,
      text: e.text,
      rule: e.rule,
      kind: e.kind,
      source: 'model',
      basis,
      hint,
      ...(e.tier ? { tier: e.tier } : {}),
    });
  }
  if (out.length > 0) return out;
  const start = w.text.length - w.text.trimStart().length;
  const end = w.text.trimEnd().length;
  return [
    {
      category: r.category,
      level: r.level,
      start,
      end,
      text: w.text.slice(start, end),
      rule: MODEL_NAME,
      kind: 'model_reading',
      source: 'model',
      basis,
      hint: HINTS[basis === 'affirmed' ? 'affirmed' : 'own'],
    },
  ];
}

function hasOwnSpan(w: RiskWindow, category: RiskCategory): boolean {
  return w.rules.evidence.some((e) => e.category === category);
}

let shipped: RiskModel | null = null;

/** The committed model, loaded once on first use: reading it does no I/O afterwards. */
export function riskModel(): RiskModel {
  shipped ??= createRiskModel(decodeRiskWeights(readFileSync(RISK_WEIGHTS_URL)));
  return shipped;
}
