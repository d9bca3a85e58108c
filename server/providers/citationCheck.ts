import type { NoteDraft, StatementClaim, SupportedStatement } from '../contracts/assist.ts';
import { questionCategories } from '../engine/safety/screeningQuestions.ts';
import {
  accepts,
  asks,
  assents,
  booksByTimeAlone,
  namesNextContact,
  readsAsProposal,
  refuses,
  setsATask,
  stepAskedBefore,
} from './agreement.ts';
import { sentences, straightApostrophes } from './embedded/text.ts';
import { replyTo, type SessionUnderstanding, type UnderstoodTurn } from './understanding.ts';
import { statesAWant, wantAskedBefore, wantReflectedBefore } from './wants.ts';

/**
 * The citation check: a statement stays in a note only when the turns it cites support what it
 * asserts. It reads the statement's `claim` and the cited turns' speakers, roles and confirmed
 * flags, and every quotation in the statement must be words of a cited turn of the right speaker.
 * A statement without a claim (a proposal, not a claim about the session) only needs its cited
 * turns to exist. The same check runs on the embedded writer's note and a remote model's.
 */

const CLIENT_CLAIMS = new Set<StatementClaim>([
  'problem',
  'client_report',
  'symptom',
  'stressor',
  'strength',
  'goal',
  'response',
  'readiness',
  'assessment',
]);

/** Roles of the client's turns that can carry each kind of claim (the wrong sense is refused). */
const CLIENT_ROLES_FOR: Partial<Record<StatementClaim, readonly string[]>> = {
  problem: ['problem', 'symptom', 'stressor', 'goal', 'answer'],
  symptom: ['symptom', 'problem'],
  stressor: ['stressor', 'problem'],
  strength: ['strength'],
  goal: ['goal', 'change_talk', 'commitment'],
  readiness: ['change_talk', 'sustain_talk', 'commitment', 'goal', 'answer'],
};

const PLAN_ROLES = new Set([
  'homework_agreed',
  'follow_up',
  'advice',
  'summary',
  'structuring',
  'safety_planning',
  'commitment',
]);
const NO_CONTENT_ROLES = new Set(['backchannel', 'other']);

const isClient = (t: UnderstoodTurn): boolean => t.clientsOwn;

/**
 * Words that speak of suicide, self-harm, violence, abuse or death. Outside the risk section a
 * statement may carry them only when it rests on a turn with a confirmed finding: "I don't want
 * to die really", "she overdosed in Kensington" or "texting me how I'm emotionally abusive" in a
 * note's Subjective would read as risk the clinician never confirmed.
 */
const RISK_WORDS = new RegExp(
  [
    String.raw`suicid\w*|self[- ]?harm\w*|overdos\w*|violen\w+|abus\w+|weapons?|guns?|firearms?`,
    String.raw`kill(s|ed|ing)? (myself|himself|herself|themsel\w+|yourself|him|her|them|someone|somebody|you)`,
    String.raw`end(ing)? (it all|my life|his life|her life|their life|things)`,
    String.raw`(want|wanted|wants|wanting) to die|(don't|do not|didn't) want to (die|live|be here|wake up)`,
    String.raw`better off (dead|without me)|wish(ed)? (i|he|she) (was|were) dead`,
    String.raw`(cut|cutting|hurt|hurting|harm|harming) (myself|himself|herself|themsel\w+|someone|somebody|anyone|others)`,
    String.raw`(hit|hits|beat|beats|choked?|strangled?|punched|slapped|pushed) (me|her|him)`,
  ]
    .map((p) => `\\b(?:${p})\\b`)
    .join('|'),
  'i',
);

/** The turn's words speak of risk (see RISK_WORDS): quote it in the risk section only. */
export const speaksOfRisk = (text: string): boolean => RISK_WORDS.test(straightApostrophes(text));

/** A question put to the client: read as one by the turn-role model, or worded as one. */
const INTERROGATIVE =
  /^(?:(?:so|and|okay|ok|alright|right|now|then|well|but)[,.]?\s+)*(?:what|when|where|which|who|how|why|would|could|will|can|do|does|did|are|is|have|has)\b/i;
const QUESTION_ROLES = new Set(['question_open', 'question_closed', 'safety_screening', 'scaling']);
/** A question put to the client, or a turn that ends on one ("that's a solid step. did you get to try it"). */
export function isQuestion(t: UnderstoodTurn): boolean {
  if (QUESTION_ROLES.has(t.role.role) || /\?\s*$/.test(t.text)) return true;
  const last =
    t.text
      .trim()
      .split(/[.!?]\s+/)
      .at(-1) ?? '';
  return last.split(/[,;:]\s*/).some((clause) => INTERROGATIVE.test(clause.trim()));
}

/**
 * A turn supports a kind of claim when the turn-role model reads it as one of the roles that can
 * carry it: its likeliest role, or these roles together at least this likely.
 */
const SUPPORT = 0.3;
const readsAs = (t: UnderstoodTurn, roles: readonly string[]): boolean =>
  roles.includes(t.role.role) || roles.reduce((sum, r) => sum + (t.role.probabilities[r] ?? 0), 0) >= SUPPORT;
const normal = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Quotations of the statement, without a trailing ellipsis (quotes are shortened with one). */
function quotations(text: string): string[] {
  return [...text.matchAll(/“([^”]+)”/g)].map((m) => normal(m[1]!.replace(/…$/, ''))).filter((q) => q.length > 0);
}

export type Verdict = { ok: true } | { ok: false; reason: string };

export function checkStatement(statement: SupportedStatement, u: SessionUnderstanding): Verdict {
  const cited = statement.utteranceIds.map((id) => u.byId.get(id));
  if (cited.length === 0) return { ok: false, reason: 'cites nothing' };
  if (cited.some((t) => t === undefined)) return { ok: false, reason: 'cites a turn that is not in the session' };
  const turns = cited as UnderstoodTurn[];
  if (statement.text.includes('“”')) return { ok: false, reason: 'quotes nothing' };
  const claim = statement.claim;
  if (claim === undefined) return { ok: true };

  const speakerOk = (t: UnderstoodTurn): boolean =>
    CLIENT_CLAIMS.has(claim) ? isClient(t) : claim === 'intervention' ? t.speaker === 'clinician' : true;
  for (const q of quotations(statement.text)) {
    if (!turns.some((t) => speakerOk(t) && normal(t.text).includes(q)))
      return { ok: false, reason: 'quotes words the cited speaker did not say' };
  }

  const client = turns.filter(isClient);
  const clinician = turns.filter((t) => t.speaker === 'clinician');
  const riskClaim = claim === 'risk' || claim === 'protocol' || claim === 'screening' || claim === 'intervention';
  if (!riskClaim && speaksOfRisk(statement.text) && !client.some((t) => t.risk))
    return { ok: false, reason: 'speaks of risk but cites no turn with a confirmed finding' };
  if (CLIENT_CLAIMS.has(claim)) {
    if (client.length === 0)
      return { ok: false, reason: 'a claim about the client cites none of the client’s own words' };
    const roles = CLIENT_ROLES_FOR[claim];
    // A goal is also supported by the client's own words of wanting something, said outright, or
    // by their answer to the clinician's question of what they want, when both turns are cited.
    const wantSaid =
      claim === 'goal' &&
      (quotations(statement.text).some((q) => statesAWant(q) && client.some((t) => normal(t.text).includes(q))) ||
        client.some((t) => {
          const question = wantAskedBefore(t, u.turns) ?? wantReflectedBefore(t, u.turns);
          return question !== undefined && turns.includes(question);
        }));
    if (roles && !wantSaid && !client.some((t) => readsAs(t, roles)))
      return { ok: false, reason: `no cited client turn reads as ${claim}` };
    if (client.every((t) => NO_CONTENT_ROLES.has(t.role.role)))
      return { ok: false, reason: 'cites only back-channels' };
    return { ok: true };
  }
  switch (claim) {
    case 'intervention':
      return clinician.length > 0 ? { ok: true } : { ok: false, reason: 'an intervention cites no clinician turn' };
    case 'plan':
    case 'homework': {
      // A question ("what would you be willing to try this week") agrees nothing until the client answers it.
      // A relative's "I'll put it in his calendar" is their step, not the client's.
      const agreeing = turns.filter((t) => t.speaker === 'clinician' || isClient(t));
      if (
        agreeing.some(
          (t) => (PLAN_ROLES.has(t.role.role) || setsATask(t)) && (isClient(t) || !isQuestion(t) || client.length > 0),
        )
      )
        return { ok: true };
      // The client's answer naming the step the clinician asked for, both cited.
      if (client.some((r) => turns.includes(stepAskedBefore(r, u.turns)!))) return { ok: true };
      // Agreed across turns: a proposal of the clinician and a later reply of the client that accepts it.
      return clinician.some((p) => readsAsProposal(p) && client.some((r) => r.index > p.index && accepts(r)))
        ? { ok: true }
        : { ok: false, reason: 'no cited turn agrees a plan or a task' };
    }
    case 'follow_up': {
      // A time put as a question and turned down books nothing, whether or not the reply is cited.
      if (
        clinician.some((q) => {
          const reply = isQuestion(q) ? replyTo(q, u.turns) : undefined;
          return reply !== undefined && refuses(reply);
        })
      )
        return { ok: false, reason: 'the client turned the follow-up down' };
      if (turns.some((t) => PLAN_ROLES.has(t.role.role))) return { ok: true };
      // A time said alone at the session's close, outright or agreed to.
      const bookedAlone = (t: UnderstoodTurn): boolean => {
        if (!booksByTimeAlone(t, u.turns)) return false;
        const reply = replyTo(t, u.turns);
        return !asks(t.text) || (reply !== undefined && (assents(reply) || accepts(reply)));
      };
      if (clinician.some(bookedAlone)) return { ok: true };
      // The clinician's quoted words name the next contact; put as a question, the client's reply must accept it.
      const quoted = quotations(statement.text);
      const naming = clinician.filter((t) => quoted.some((q) => namesNextContact(q) && normal(t.text).includes(q)));
      return naming.some(
        (t) =>
          sentences(t.text).some((s) => !asks(s) && quoted.some((q) => namesNextContact(q) && normal(s).includes(q))) ||
          client.some((r) => r.index > t.index && (assents(r) || accepts(r))),
      )
        ? { ok: true }
        : { ok: false, reason: 'no cited turn agrees a follow-up' };
    }
    case 'risk':
    case 'protocol':
      return client.some((t) => t.risk)
        ? { ok: true }
        : { ok: false, reason: 'no cited client turn carries a confirmed risk finding' };
    case 'screening': {
      // A reflection or a summary that mentions risk asked nothing: the reply to it is no screening answer.
      const question = clinician.find(
        (t) => isQuestion(t) && (t.role.role === 'safety_screening' || questionCategories(t.text).length > 0),
      );
      if (!question) return { ok: false, reason: 'cites no safety question' };
      const answer = client.find((t) => t.index > question.index);
      // "Thank you" or "Right" after a question is no answer to it (a screening was once invented from them).
      const backchannel =
        answer &&
        answer.role.role === 'backchannel' &&
        !answer.risk &&
        answer.text.trim().split(/\s+/).length <= 2 &&
        !/^(no|nah|nope|yes|yeah|yep|never|sometimes)\b/i.test(answer.text.trim());
      const noWords = answer && /^(\[[^\]]*\]|\(\w[^)]*\)|[.…\s-]*)$/.test(answer.text.trim());
      if (
        backchannel ||
        noWords ||
        (answer && /^(thank(s| you)|right|okay|ok|mm+-?hm+|uh-?huh)[.!]*$/i.test(answer.text.trim()))
      ) {
        return { ok: false, reason: 'the cited reply is not an answer to the question' };
      }
      return { ok: true };
    }
    default:
      return { ok: true };
  }
}

export interface Dropped {
  readonly section: string;
  readonly text: string;
  readonly reason: string;
}

/** The note with every unsupported statement removed, and what was dropped (for tests and evaluation). */
export function checkNoteCitations(note: NoteDraft, u: SessionUnderstanding): { note: NoteDraft; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  const keep =
    (section: string) =>
    (s: SupportedStatement): boolean => {
      const v = checkStatement(s, u);
      if (!v.ok) dropped.push({ section, text: s.text, reason: v.reason });
      return v.ok;
    };
  const sections = note.sections.map((s) => {
    const statements = s.statements.filter(keep(s.key));
    const { notAssessed: _old, ...rest } = s;
    return { ...rest, statements, ...(statements.length === 0 ? { notAssessed: true } : {}) };
  });
  const riskStatements = note.riskAssessment.statements.filter(keep('risk'));
  return {
    note: { ...note, sections, riskAssessment: { ...note.riskAssessment, statements: riskStatements } },
    dropped,
  };
}
