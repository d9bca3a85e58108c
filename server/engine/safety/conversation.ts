import type { RiskAssessment, RiskCategory, RiskLevel, Utterance } from '../../contracts/analysis.ts';
import type { DetectContext, QuestionTopic } from './detect.ts';
import { CONVERSATION_PATTERNS, WORDS } from './lexicon.ts';
import { normalize, originalSpan } from './normalize.ts';
import { resolveRecency } from './temporal.ts';

/**
 * What the conversation is about, turn by turn. A screening question sets a topic and waits
 * for its answer: "Have you had thoughts of killing yourself?" — "Yeah, sometimes." is a
 * disclosure at the level the question asked about, as in the C-SSRS screener.
 */
export interface ConversationState {
  /** The topics an utterance may refer to with "it" ("I've been thinking about it"). */
  contextFor(u: Utterance): DetectContext;
  /** The risk carried by a client's yes to the pending screening question, or null. */
  answerRisk(u: Utterance): RiskAssessment | null;
  /**
   * Moves the conversation on past `u`, whose own assessment was `assessment`, which, when a
   * clinician's screening question, asked about `asked`, and which may have named an everyday
   * plan or event ("the wedding") that the next turns' "it" or "a date" can refer to.
   */
  observe(u: Utterance, assessment: RiskAssessment, asked: QuestionTopic | null, namesEverydayPlan?: boolean): void;
}

interface Pending {
  category: RiskCategory;
  level: Exclude<RiskLevel, 'none'>;
  behaviour: boolean;
}

/** Client turns a topic stays open after it was raised. */
const TOPIC_TURNS = 3;

const SENTENCE_END = WORDS.set('SENTENCE_END');
const AFFIRM = CONVERSATION_PATTERNS.get('AFFIRM');
const DENY = CONVERSATION_PATTERNS.get('DENY');
const CONTRAST = CONVERSATION_PATTERNS.get('CONTRAST');
const ASKS_IF_SAFE = CONVERSATION_PATTERNS.get('ASKS_IF_SAFE');
const ASKS_IF_SAFE_AT_HOME = CONVERSATION_PATTERNS.get('ASKS_IF_SAFE_AT_HOME');
const SAFE_ONLY_PARTLY = CONVERSATION_PATTERNS.get('SAFE_ONLY_PARTLY');
const SAYS_SAFE = CONVERSATION_PATTERNS.get('SAYS_SAFE');
const ASKS_IF_SAFE_FROM_SELF = CONVERSATION_PATTERNS.get('ASKS_IF_SAFE_FROM_SELF');
const ASKS_IF_ONLY = CONVERSATION_PATTERNS.get('ASKS_IF_ONLY');
const SAYS_NOTHING = CONVERSATION_PATTERNS.get('SAYS_NOTHING');
const TAKES_BACK = CONVERSATION_PATTERNS.get('TAKES_BACK');
const MEANS_IT = CONVERSATION_PATTERNS.get('MEANS_IT');
const NOT_SURE = CONVERSATION_PATTERNS.get('NOT_SURE');

/** The client's next turn takes back what they said as a way of talking or a joke ("es un decir"). */
export const takesBack = (next: string): boolean => TAKES_BACK.test(next) && !MEANS_IT.test(next);

/** A reply of only "um", "I don't know" or "define thoughts": it says nothing either way. */
export const saysNothing = (text: string): boolean => SAYS_NOTHING.test(text);

/**
 * The client's yes answers the clinician's question whether they (or someone in their care) are
 * safe: it takes up no risk. A yes in part ("sorta", "not always", "a veces") is not one.
 */
export const safeSaysYes = (question: string, answer: string): boolean =>
  ASKS_IF_SAFE.test(question) && !SAFE_ONLY_PARTLY.test(answer);

/**
 * An answer to a question about safety that does not say the client is fine and is a no, a yes
 * only in part, or (where the question asks it) what `unsure` reads.
 */
const doubtsSafety = (answer: string, unsure?: RegExp): boolean =>
  !SAYS_SAFE.test(answer) &&
  (SAFE_ONLY_PARTLY.test(answer) || answerPolarity(answer) === 'no' || (unsure?.test(answer) ?? false));

/**
 * The client answers the clinician's question whether they feel safe at home (or with someone)
 * with a no, or a yes only in part ("not always"): the answer inherits the question's content,
 * feeling unsafe there.
 */
export const saysUnsafeAtHome = (question: string, answer: string): boolean =>
  ASKS_IF_SAFE_AT_HOME.test(question) && doubtsSafety(answer);

/**
 * The client answers the clinician's question whether they can keep themselves safe with a no,
 * or a yes only in part ("not sure", "I think so"): they may act on their thoughts.
 */
export const saysUnsafeFromSelf = (question: string, answer: string): boolean =>
  ASKS_IF_SAFE_FROM_SELF.test(question) && doubtsSafety(answer, NOT_SURE);

/**
 * The client answers the clinician's question whether they are safe ("do you feel safe right
 * now", "are you safe going home tonight") with a no or a yes only in part: the answer takes up
 * the question's risk, whatever it is, rather than denying it.
 */
export const saysUnsafe = (question: string, answer: string): boolean =>
  ASKS_IF_SAFE.test(question) && doubtsSafety(answer);

/**
 * The client answers no to whether it was the only or the first time, or is new ("is that the
 * only time you've cut" – "no. it's been on and off since I was fourteen"): there is more of it.
 */
export const saysNotOnly = (question: string, answer: string): boolean =>
  ASKS_IF_ONLY.test(question) && answerPolarity(answer) === 'no';

/**
 * The client says yes, and only yes, to whether they are safe or can keep themselves safe ("can
 * you keep yourself safe tonight" – "yeah I can, my sister's staying over"): they say they are.
 */
export const saysSafe = (question: string, answer: string): boolean =>
  (ASKS_IF_SAFE.test(question) || ASKS_IF_SAFE_FROM_SELF.test(question)) &&
  answerPolarity(answer) === 'yes' &&
  !doubtsSafety(answer, NOT_SURE);

export function createConversationState(): ConversationState {
  let pending: Pending | null = null;
  const topics = new Map<RiskCategory, number>();
  /** Client turns for which an everyday plan named by either speaker stays the likely "it". */
  let everydayTurns = 0;

  const isClient = (u: Utterance): boolean => u.speaker !== 'clinician';

  return {
    contextFor(u) {
      const context: DetectContext = everydayTurns > 0 ? { everydayReferent: true } : {};
      if (!isClient(u)) return context;
      const open = [...topics].filter(([, turns]) => turns > 0).map(([c]) => c);
      return open.length > 0 ? { ...context, topics: open } : context;
    },
    answerRisk(u) {
      if (!isClient(u) || !pending) return null;
      const cue = affirmation(u.text);
      if (!cue) return null;
      let level = pending.level;
      if (pending.behaviour && resolveRecency(normalize(u.text).text) === 'past') level = 'moderate';
      return {
        level,
        categories: [pending.category],
        evidence: [
          {
            category: pending.category,
            level,
            start: cue.start,
            end: cue.end,
            text: u.text.slice(cue.start, cue.end),
            rule: `${pending.category}.screening.affirmed`,
            kind: 'affirmed_answer',
            source: 'rule',
          },
        ],
      };
    },
    observe(u, assessment, asked, namesEverydayPlan = false) {
      if (!isClient(u)) {
        if (asked) {
          pending = { category: asked.category, level: asked.level, behaviour: asked.level === 'high' };
          topics.set(asked.category, TOPIC_TURNS);
        }
        if (namesEverydayPlan) everydayTurns = TOPIC_TURNS;
        return;
      }
      pending = null;
      for (const [c, turns] of topics) topics.set(c, turns - 1);
      for (const c of assessment.categories) topics.set(c, TOPIC_TURNS);
      everydayTurns = namesEverydayPlan ? TOPIC_TURNS : Math.max(0, everydayTurns - 1);
    },
  };
}

/**
 * Whether an answer opens with yes or with no ("Yeah, sometimes" / "no not how"), read as the
 * screening answers are; null when it opens with neither.
 */
export function answerPolarity(text: string): 'yes' | 'no' | null {
  if (affirmation(text)) return 'yes';
  const n = normalize(text);
  const head = n.text.slice(0, n.tokens[Math.min(n.tokens.length, 6) - 1]?.end ?? 0);
  return DENY.test(head) ? 'no' : null;
}

/** The words that say yes at the start of an answer ("Yeah, sometimes"; "No… well, sometimes"). */
function affirmation(text: string): { start: number; end: number } | null {
  const n = normalize(text);
  const firstSentenceEnd = n.tokens.findIndex((t) => SENTENCE_END.has(t.text));
  const head = n.tokens.slice(0, Math.min(firstSentenceEnd === -1 ? n.tokens.length : firstSentenceEnd + 1, 10));
  if (head.length === 0) return null;
  const headText = n.text.slice(0, head.at(-1)!.end);
  const yes = AFFIRM.exec(headText);
  if (!yes) return null;
  const no = DENY.exec(headText);
  if (no && no.index <= yes.index && !CONTRAST.test(headText.slice(no.index, yes.index))) return null;
  return originalSpan(n, yes.index, yes.index + yes[0].length);
}
