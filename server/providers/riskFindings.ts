import type {
  RiskCategory,
  RiskEvidence,
  RiskEvidenceKind,
  RiskLevel,
  SessionRisk,
  Utterance,
} from '../contracts/analysis.ts';
import { maxLevel } from '../contracts/riskLevels.ts';
import { askedItem } from '../engine/safety/screeningQuestions.ts';
import { resolveRecency } from '../engine/safety/temporal.ts';
import { sentenceSpans } from './embedded/text.ts';

export { maxLevel };

/**
 * What a piece of risk evidence is, in the order the C-SSRS screener asks: a wish to be dead,
 * thoughts, method, intent, plan, preparatory acts, behaviour. Abuse disclosures are their own kind.
 */
export type FindingKind =
  'wish' | 'ideation' | 'method' | 'intent' | 'plan' | 'preparatory' | 'behaviour' | 'abuse' | 'other';

export const KIND_ORDER: readonly FindingKind[] = [
  'wish',
  'ideation',
  'method',
  'intent',
  'plan',
  'preparatory',
  'behaviour',
  'abuse',
  'other',
];

/** When an act happened, as far as the words say (C-SSRS draws the line at three months). */
export type Timing = 'recent' | 'ongoing' | 'past' | 'not_stated';

export interface Finding {
  category: RiskCategory;
  kind: FindingKind;
  level: RiskLevel;
  utteranceId: string;
  /** The sentence holding the evidence: the client's words that raised the flag. */
  words: string;
  /** Only for acts (preparatory acts, behaviour, abuse). */
  timing?: Timing;
  /** The client's answer to "when did that happen?" that gave the timing, when the act's own words did not. */
  timingFrom?: { utteranceId: string; words: string };
  /** Abuse only: what kind ("physical abuse", "threats"). */
  detail?: string;
  source: RiskEvidence['source'];
}

/** How a note groups each kind of evidence, and what it adds in brackets. */
const NOTE_KIND: Record<RiskEvidenceKind, { kind: FindingKind; detail?: string }> = {
  passive_wish: { kind: 'wish' },
  burden: { kind: 'wish', detail: 'perceived burdensomeness' },
  no_one_would_care: { kind: 'wish', detail: 'belief no one would care' },
  ideation: { kind: 'ideation' },
  method: { kind: 'method' },
  intent: { kind: 'intent' },
  decision: { kind: 'intent' },
  means_obtained: { kind: 'intent' },
  plan: { kind: 'plan' },
  preparation: { kind: 'preparatory' },
  attempt: { kind: 'behaviour' },
  act: { kind: 'behaviour' },
  abuse_physical: { kind: 'abuse', detail: 'physical abuse' },
  abuse_sexual: { kind: 'abuse', detail: 'sexual abuse or coercion' },
  neglect: { kind: 'abuse', detail: 'neglect' },
  abuse_financial: { kind: 'abuse', detail: 'financial abuse' },
  threat: { kind: 'abuse', detail: 'threats of harm' },
  fear: { kind: 'abuse', detail: 'fear for their safety' },
  bullying: { kind: 'abuse', detail: 'bullying' },
  abuse_other: { kind: 'abuse', detail: 'abuse' },
  // A yes to a screening question is classified by the question it answered (see `answeredKind`).
  affirmed_answer: { kind: 'other' },
  possible_risk_language: { kind: 'other' },
  model_reading: { kind: 'other' },
};

const TIMED: ReadonlySet<FindingKind> = new Set(['preparatory', 'behaviour', 'abuse']);

/** A clinician asking when something happened. */
const WHEN_ASKED = /\b(when (did|was|were|have)|how long ago|how recently|the last time|most recent(ly)?)\b/i;

/** "I have been saving up", "I keep buying": going on now, which C-SSRS counts as recent. */
const ONGOING = /\b(?:have|has|'ve|'s) been \w+ing\b|\b(?:am|'m|keep|keeps|still) \w+ing\b|\bstill\b/i;

/** Names of each kind, as a note words them, per category. */
const KIND_LABEL: Record<RiskCategory, Partial<Record<FindingKind, string>>> = {
  suicide: {
    wish: 'Passive suicidal ideation',
    ideation: 'Suicidal ideation',
    method: 'Method considered',
    intent: 'Intent to act',
    plan: 'Plan',
    preparatory: 'Preparatory acts',
    behaviour: 'Suicidal behaviour',
    other: 'Suicide-related statement',
  },
  self_harm: {
    wish: 'Thoughts or urges to self-harm',
    ideation: 'Thoughts or urges to self-harm',
    method: 'Method of self-harm considered',
    intent: 'Intent to self-harm',
    plan: 'Plan to self-harm',
    preparatory: 'Preparatory acts for self-harm',
    behaviour: 'Self-harm behaviour',
    other: 'Self-harm-related statement',
  },
  violence: {
    wish: 'Thoughts of harming others',
    ideation: 'Thoughts of harming others',
    method: 'Means of harming others considered',
    intent: 'Intent to harm others',
    plan: 'Plan to harm others',
    preparatory: 'Preparatory acts toward harming others',
    behaviour: 'Violent behaviour',
    other: 'Statement about harming others',
  },
  abuse: {
    abuse: 'Disclosure of abuse or threat',
    other: 'Statement about abuse',
  },
};

/** Shorter names for a list inside a sentence ("suicidal ideation and preparatory acts"). */
const KIND_PHRASE: Record<RiskCategory, Partial<Record<FindingKind, string>>> = {
  suicide: {
    wish: 'passive suicidal ideation',
    ideation: 'suicidal thoughts',
    method: 'a method',
    intent: 'intent to act',
    plan: 'a plan',
    preparatory: 'preparatory acts',
    behaviour: 'suicidal behaviour',
    other: 'suicide-related statements',
  },
  self_harm: {
    wish: 'urges to self-harm',
    ideation: 'urges to self-harm',
    method: 'a method of self-harm',
    intent: 'intent to self-harm',
    plan: 'a plan to self-harm',
    preparatory: 'preparation for self-harm',
    behaviour: 'self-harm',
    other: 'self-harm-related statements',
  },
  violence: {
    wish: 'thoughts of harming others',
    ideation: 'thoughts of harming others',
    method: 'means of harming others',
    intent: 'intent to harm others',
    plan: 'a plan to harm others',
    preparatory: 'preparation to harm others',
    behaviour: 'violence toward others',
    other: 'statements about harming others',
  },
  abuse: { abuse: 'abuse or threats', other: 'statements about abuse' },
};

export const CATEGORY_LABEL: Record<RiskCategory, string> = {
  suicide: 'Suicide risk',
  self_harm: 'Self-harm risk',
  violence: 'Risk of harm to others',
  abuse: 'Abuse or neglect',
};

export function kindLabel(category: RiskCategory, kind: FindingKind): string {
  return KIND_LABEL[category][kind] ?? KIND_LABEL[category].other ?? kind;
}

export function kindPhrase(category: RiskCategory, kind: FindingKind): string {
  return KIND_PHRASE[category][kind] ?? KIND_PHRASE[category].other ?? kind;
}

export const TIMING_TEXT: Record<Timing, string> = {
  recent: 'within the past three months',
  ongoing: 'ongoing',
  past: 'more than three months ago',
  not_stated: 'timing not stated',
};

function kindOf(e: RiskEvidence): { kind: FindingKind; detail?: string } {
  const noteKind = NOTE_KIND[e.kind];
  // Every abuse finding is listed as abuse; only the abuse rules' own kinds say which.
  if (e.category === 'abuse') return noteKind.kind === 'abuse' ? noteKind : { kind: 'abuse' };
  return noteKind.kind === 'abuse' ? { kind: 'other' } : noteKind;
}

function timingOf(words: string): Timing {
  const lower = words.toLowerCase();
  const recency = resolveRecency(lower);
  if (recency !== 'unknown') return recency;
  return ONGOING.test(lower) ? 'ongoing' : 'not_stated';
}

/** A yes to a screening question is what was asked: ideation unless the question named another item. */
function answeredKind(utterances: readonly Utterance[], utteranceId: string): FindingKind {
  const index = utterances.findIndex((u) => u.id === utteranceId);
  const question = utterances
    .slice(Math.max(0, index - 2), index)
    .reverse()
    .find((u) => u.speaker === 'clinician');
  return (question && askedItem(question.text)) ?? 'ideation';
}

/**
 * "When did you start saving the pills?" — "A couple of weeks ago.": the timing the act's own
 * words left out, from the client's answer to the clinician's next question about when.
 */
function timingFromAnswer(
  utterances: readonly Utterance[],
  utteranceId: string,
): { timing: Timing; utteranceId: string; words: string } | undefined {
  const index = utterances.findIndex((u) => u.id === utteranceId);
  const after = utterances.slice(index + 1, index + 5);
  const question = after.findIndex((u) => u.speaker === 'clinician' && WHEN_ASKED.test(u.text));
  if (question < 0) return undefined;
  const answer = after.slice(question + 1, question + 3).find((u) => u.speaker !== 'clinician');
  const words = answer ? sentenceSpans(answer.text)[0]?.text : undefined;
  if (!answer || !words) return undefined;
  const recency = resolveRecency(words.toLowerCase());
  return recency === 'unknown' ? undefined : { timing: recency, utteranceId: answer.id, words };
}

/**
 * Every piece of risk evidence the detector found, classified and with the client's words,
 * one per evidence span (so "I think about killing myself. I have been saving up my pills."
 * gives an ideation finding and a preparatory-act finding).
 */
export function riskFindings(utterances: readonly Utterance[], risk: SessionRisk): Finding[] {
  const byId = new Map(utterances.map((u) => [u.id, u]));
  const findings: Finding[] = [];
  for (const flag of risk.flags) {
    const text = byId.get(flag.utteranceId)?.text ?? '';
    const spans = sentenceSpans(text);
    const seen = new Set<string>();
    for (const e of flag.evidence) {
      const classified =
        e.source !== 'llm' && (e.basis === 'affirmed' || e.kind === 'affirmed_answer')
          ? { kind: answeredKind(utterances, flag.utteranceId) }
          : kindOf(e);
      const words = spans.find((s) => e.start < s.end && e.end > s.start)?.text ?? (e.text || text);
      const key = `${e.category}|${classified.kind}|${words}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // As the detector does: the sentence's own cue first, then the rest of the turn ("Once, when I was sixteen. I took pills.").
      const own = TIMED.has(classified.kind) ? timingOf(words) : undefined;
      const turn = own === 'not_stated' ? resolveRecency(text.toLowerCase()) : 'unknown';
      const timing = turn === 'unknown' ? own : turn;
      const answered = timing === 'not_stated' ? timingFromAnswer(utterances, flag.utteranceId) : undefined;
      findings.push({
        category: e.category,
        kind: classified.kind,
        level: e.level,
        utteranceId: flag.utteranceId,
        words,
        ...(answered
          ? { timing: answered.timing, timingFrom: { utteranceId: answered.utteranceId, words: answered.words } }
          : timing
            ? { timing }
            : {}),
        ...('detail' in classified && classified.detail ? { detail: classified.detail } : {}),
        source: e.source,
      });
    }
    // A flag without evidence still counts: it is listed under its categories as said.
    if (flag.evidence.length === 0) {
      for (const category of flag.categories) {
        findings.push({
          category,
          kind: 'other',
          level: flag.level,
          utteranceId: flag.utteranceId,
          words: text,
          source: 'rule',
        });
      }
    }
  }
  return findings;
}
