import { sentences, straightApostrophes } from './embedded/text.ts';
import { NOTE_PATTERNS, NOTE_WORDS } from './knowledge/index.ts';
import { replyTo, turnBefore, type SessionUnderstanding, type UnderstoodTurn } from './understanding.ts';

/*
 * What was agreed in a session is seldom one turn: the clinician proposes ("so Tuesday and
 * Wednesday no smoking, and the wind-down routine"), the client takes it up ("deal", "sí lo voy a
 * hacer"), and the next meeting is named in passing ("te veo mañana", "same time next week").
 * The turn-role model reads each turn alone and is least sure of exactly these turns, so the note
 * writer and the citation check read agreements here: a proposal and the reply that accepts it,
 * and a clinician's words that name the next contact. The words each reading looks for are in
 * `knowledge/notes.json`, each pattern with sentences it must and must not match.
 */

/**
 * Roles of a clinician's turn that put a step forward: a task, the next contact, advice, a step
 * of a safety plan, a summary of what was agreed. Asking leave to explain something (structuring)
 * or explaining it (information) proposes nothing.
 */
export const PROPOSAL_ROLES: readonly string[] = [
  'homework_agreed',
  'follow_up',
  'advice',
  'safety_planning',
  'summary',
];

/**
 * Words of a step ahead: what someone will do, or when. A summary that has them sums up a plan
 * ("so patch and gum from the doctor, quit date March first"); one without them sums up what the
 * client said ("so to sum up, the arguments are about money"), and the client's "yeah that's it"
 * agrees with the summary, not to a plan.
 */
export const STEP_AHEAD = NOTE_PATTERNS.get('STEP_AHEAD');

/** The words say a step ahead ("I'll", "this week", "voy a"). */
export const saysStepAhead = (text: string): boolean => STEP_AHEAD.test(straightApostrophes(text));

/** The words say a step ahead or book the next contact: what a summary of a plan names. */
export const namesStepAhead = (text: string): boolean => saysStepAhead(text) || namesNextContact(text);

/**
 * The clinician sets a task in so many words ("tarea: anota cada cigarrillo", "esa es la tarea,
 * escribirle a Francisco", "homework: a drink diary"). The turn-role model, reading the turn
 * alone, often takes these for advice or a summary; the words say what the turn is.
 */
const SETS_A_TASK = NOTE_PATTERNS.get('SETS_A_TASK');

/** A clinician's turn that sets a task outright, not asking about one ("¿hiciste la tarea?"). */
export const setsATask = (t: UnderstoodTurn): boolean =>
  t.speaker === 'clinician' && !/[?¿]/.test(t.text) && SETS_A_TASK.test(straightApostrophes(t.text));

/**
 * A question about how the last task went ("¿hiciste la tarea?", "did you manage the diary?")
 * reviews it: the answer ("se me olvidó casi todos los días") reports, it agrees nothing.
 */
const ASKS_HOW_IT_WENT = NOTE_PATTERNS.get('ASKS_HOW_IT_WENT');
const reviewsLastTask = (t: UnderstoodTurn): boolean => /[?¿]/.test(t.text) && ASKS_HOW_IT_WENT.test(t.text);

/**
 * A step offered as a question ("would you like the number", "would that work", "¿le parece si
 * camina tres veces?", "¿quiere que le dé la cita?"): the turn-role model, reading it alone, takes
 * it for a question or for information, yet the client's yes agrees to it.
 */
const OFFERS_A_STEP = NOTE_PATTERNS.get('OFFERS_A_STEP');
/** Clinician roles whose question never offers a step: screening, scaling, reflecting, structuring. */
const NOT_OFFERING = new Set(['safety_screening', 'scaling', 'reflection_simple', 'reflection_complex', 'structuring']);
const offersAStep = (t: UnderstoodTurn): boolean =>
  /[?¿]/.test(t.text) && !NOT_OFFERING.has(t.role.role) && OFFERS_A_STEP.test(straightApostrophes(t.text));

/** The clinician's turn is read as putting a step forward (a summary only when it names one). */
export const readsAsProposal = (t: UnderstoodTurn): boolean =>
  setsATask(t) ||
  (t.speaker === 'clinician' &&
    !reviewsLastTask(t) &&
    (offersAStep(t) ||
      (PROPOSAL_ROLES.includes(t.role.role) && (t.role.role !== 'summary' || namesStepAhead(t.text)))));

/**
 * The clinician asks the client to name the step ("what's one thing you could do this week",
 * "what would you like to take on before we meet", "which one feels more doable", "¿qué podría
 * hacer esta semana?"): the answer names the plan in the client's words, whatever the turn-role
 * model read it as.
 */
const ASKS_FOR_A_STEP = NOTE_PATTERNS.get('ASKS_FOR_A_STEP');

/** An answer that names no step: "nothing", "no sé", a doubt. */
const NAMES_NOTHING = NOTE_PATTERNS.get('NAMES_NOTHING');

/** A reply that names nothing or does not know ("nothing", "idk", "no sé, nada"): no step and no goal. */
export const namesNothing = (t: UnderstoodTurn): boolean => NAMES_NOTHING.test(straightApostrophes(t.text));

/** The clinician's turn asks: a question mark, or an opening "what", "which" or "how". */
const ASKS_BY_FORM = NOTE_PATTERNS.get('ASKS_BY_FORM');

/** Words that carry no step on their own ("yes I can do that"). */
const FILLER = NOTE_WORDS.set('FILLER');

/**
 * The clinician's question that the client's reply answers by naming a step, or nothing: the
 * clinician's turn just before asks for the step, and the reply names one (three words or more of
 * its own), without turning it down, doubting it, asking back or arguing against change.
 */
export function stepAskedBefore(reply: UnderstoodTurn, turns: readonly UnderstoodTurn[]): UnderstoodTurn | undefined {
  if (!repliesPlainly(reply) || reply.riskRead || namesNothing(reply) || reply.role.role === 'backchannel')
    return undefined;
  const text = straightApostrophes(reply.text);
  // An option the client muses on ("if you talk to her with me maybe") is not yet their step: the
  // turn must read at least a little as a commitment.
  if ((reply.role.probabilities.commitment ?? 0) < 0.1) return undefined;
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.filter((w) => !FILLER.has(w)).length < 3) return undefined;
  const question = turnBefore(reply, turns);
  return question?.speaker === 'clinician' &&
    ASKS_BY_FORM.test(question.text) &&
    ASKS_FOR_A_STEP.test(straightApostrophes(question.text))
    ? question
    : undefined;
}

/**
 * A reply that opens by accepting (English, its Scots and Hawaiʻi Pidgin ways, and Spanish, the
 * corpus's languages): "deal", "okay I'll do that", "aye that's doable", "shoots", "sí", "ta bueno",
 * "lo anoto". A reply that opens with a refusal or a doubt
 * ("no", "I don't know", "maybe") accepts nothing.
 */
const ASSENT = NOTE_PATTERNS.get('ASSENT');
const REFUSAL = NOTE_PATTERNS.get('REFUSAL');

/**
 * The client's reply takes up what was put to them: read as a commitment, or opening with assent
 * and read as a likely one. A bare "yeah" after a reflection agrees with what was said, and is
 * read as a back-channel, not a commitment.
 */
export function accepts(t: UnderstoodTurn): boolean {
  const text = straightApostrophes(t.text);
  if (!t.clientsOwn || REFUSAL.test(text)) return false;
  const p = t.role.probabilities;
  if (t.role.role === 'sustain_talk' || (p.sustain_talk ?? 0) >= 0.3) return false;
  if (ASSENT.test(text)) return t.role.role === 'commitment' || (p.commitment ?? 0) >= 0.2;
  // A reply that asks something back ("con prótesis. ¿se puede trabajar?") has not yet agreed.
  return t.role.role === 'commitment' && !/[?¿]/.test(text);
}

/** The client's reply opens with a plain yes ("yes, same time works", "sí"): enough to book a time, not to commit to a task. */
export const assents = (t: UnderstoodTurn): boolean => {
  const text = straightApostrophes(t.text);
  return t.clientsOwn && !REFUSAL.test(text) && ASSENT.test(text);
};

/** The client's reply opens by turning down what was put to them ("no, I can't do next week"). */
export const refuses = (t: UnderstoodTurn): boolean =>
  t.speaker !== 'clinician' && REFUSAL.test(straightApostrophes(t.text));

/**
 * The client's own reply takes what was asked or said at face value: it does not turn it down,
 * ask back, or argue against change (read as sustain talk, or likely so).
 */
export const repliesPlainly = (reply: UnderstoodTurn): boolean =>
  reply.clientsOwn &&
  reply.speaker !== 'clinician' &&
  !refuses(reply) &&
  !/[?¿]/.test(reply.text) &&
  reply.role.role !== 'sustain_talk' &&
  (reply.role.probabilities.sustain_talk ?? 0) < 0.3;

/** A proposal and the reply that accepts it. */
export interface Agreement {
  readonly proposal: UnderstoodTurn;
  readonly reply: UnderstoodTurn;
}

/**
 * Each proposal the client accepted: a clinician's turn read as a proposal, answered within the
 * next two turns by the client accepting it (a turn of the client in between that accepts it
 * counts too). In session order.
 */
export function agreements(u: SessionUnderstanding): Agreement[] {
  const out: Agreement[] = [];
  for (const proposal of u.turns) {
    if (!readsAsProposal(proposal)) continue;
    const reply = replyTo(proposal, u.turns);
    if (
      reply &&
      accepts(reply) &&
      !u.turns.slice(proposal.index + 1, reply.index).some((t) => t.speaker === 'clinician')
    )
      out.push({ proposal, reply });
  }
  return out;
}

/*
 * The next contact: a word of meeting or calling and a time ahead. Both are needed: "next week"
 * alone is often the client's plan ("I'll try it next week"), and "call" alone anyone's.
 */
const CONTACT = NOTE_PATTERNS.get('CONTACT');
const AHEAD = NOTE_PATTERNS.get('AHEAD');

/** Where a sentence breaks into clauses when its words of the next contact are quoted. */
const NEXT_CONTACT_CLAUSE_BREAK = NOTE_PATTERNS.get('NEXT_CONTACT_CLAUSE_BREAK');

/**
 * The fewest consecutive clauses of one of the clinician's sentences that name the next contact
 * and pass `allowed` (the note keeps words of risk out of a follow-up line), or nothing.
 */
export function nextContactWords(
  t: UnderstoodTurn,
  allowed: (words: string) => boolean = () => true,
): string | undefined {
  if (t.speaker !== 'clinician') return undefined;
  for (const sentence of sentences(t.text)) {
    if (!namesNextContact(sentence)) continue;
    // Clauses end at a comma or a semicolon, or where "and" or "y" begins another ("I'll ring you
    // Friday to check the gun's gone and see you next Wednesday"): the words of risk stay out.
    const clauses = sentence.split(NEXT_CONTACT_CLAUSE_BREAK);
    for (let n = 1; n <= clauses.length; n++) {
      for (let i = 0; i + n <= clauses.length; i++) {
        const words = clauses.slice(i, i + n).join(' ');
        if (namesNextContact(words) && allowed(words)) return words;
      }
    }
  }
  return undefined;
}

/** Words name the next contact: a word of meeting or calling and a time ahead. */
export const namesNextContact = (text: string): boolean => CONTACT.test(text) && AHEAD.test(text);

const TIME_ALONE = NOTE_PATTERNS.get('TIME_ALONE');
/** The turns at a session's end, where a time said alone is the next contact. */
const CLOSING_TURNS = 12;

/**
 * The clinician books the next contact with a time alone ("two weeks", "next week same time")
 * among the session's last turns: once the plan is agreed the date is settled in a few words. A
 * time the clinician reflects ("two weeks", after "I've been dry two weeks") books nothing.
 */
export const booksByTimeAlone = (t: UnderstoodTurn, turns: readonly UnderstoodTurn[]): boolean =>
  t.speaker === 'clinician' &&
  t.index >= turns.length - CLOSING_TURNS &&
  !t.role.role.startsWith('reflection') &&
  TIME_ALONE.test(t.text.trim());

/**
 * A sentence that asks, by its mark or its opening word ("same time next week?", "nos vemos el
 * lunes ¿a las tres?", "does Tuesday morning work"). A contact said outright in a turn that asks
 * something else ("te llamo en dos semanas… o si prefieres…") books it; one asked needs a yes.
 */
export const asks = (sentence: string): boolean => /[?¿]/.test(sentence) || INTERROGATIVE.test(sentence.trim());
const INTERROGATIVE = NOTE_PATTERNS.get('INTERROGATIVE');

/** The sentence of the clinician's turn that holds these words of the next contact asks. */
export const asksAboutContact = (t: UnderstoodTurn, words: string): boolean =>
  asks(sentences(t.text).find((s) => s.includes(words)) ?? words);
