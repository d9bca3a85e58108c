import type { HomeworkReview } from '../../../fhir/approval.ts';
import type {
  Homework,
  NoteDraft,
  NoteFormat,
  NoteSection,
  StatementClaim,
  SupportedStatement,
} from '../../contracts/assist.ts';
import {
  accepts,
  agreements,
  asks,
  asksAboutContact,
  assents,
  booksByTimeAlone,
  namesNothing,
  namesStepAhead,
  nextContactWords,
  saysStepAhead,
  setsATask,
  STEP_AHEAD,
  stepAskedBefore,
} from '../agreement.ts';
import { reflectedWant, statesWhat, wantAskedBefore, wantReflectedBefore, wantSentence } from '../wants.ts';
import { NOTE_PATTERNS } from '../knowledge/index.ts';
import { checkNoteCitations, isQuestion, speaksOfRisk } from '../citationCheck.ts';
import { MENTAL_STATUS_ITEMS, NOTE_SECTIONS } from '../noteFormats.ts';
import { buildRiskAssessment } from '../riskSection.ts';
import type { SessionSnapshot } from '../types.ts';
import type { ClientRole } from '../../engine/roles/index.ts';
import { replyTo, understandSession, type SessionUnderstanding, type UnderstoodTurn } from '../understanding.ts';
import { aiDisclosure } from './disclosure.ts';
import { generateHomework } from './homework.ts';
import { listJoin, quoted, straightApostrophes } from './text.ts';
import { EMBEDDED_MODEL } from './version.ts';

/*
 * The note's words. Every sentence of a progress note is composed here, from the session as
 * the turn-role model read it: the presenting problem and context, the client's account in
 * their own words, what the clinician did, how the client responded and how ready they are,
 * what was agreed and when they meet again. Each statement carries the turns it rests on and
 * what it claims, and the citation check drops any its turns do not support.
 */

type Turns = readonly UnderstoodTurn[];

/** Enough words to stand as a quotation: a bare "yeah" or "okay" says nothing on its own. */
const substantive = (t: UnderstoodTurn, words = 3): boolean => t.text.trim().split(/\s+/).length >= words;

/** Words of risk belong to the risk section, which documents only what the clinician confirmed. */
const quotableOutsideRisk = (t: UnderstoodTurn): boolean => !t.riskRead && !speaksOfRisk(t.text);

const say = (text: string, turns: Turns, claim?: StatementClaim): SupportedStatement => ({
  text,
  utteranceIds: [...new Set(turns.map((t) => t.id))],
  ...(claim ? { claim } : {}),
});

/**
 * Below this probability the turn-role model's reading is a guess: such a turn is not quoted as
 * what the client said of their problem, goal or strengths (measured held out by author: most
 * wrong statements came from low-confidence readings).
 */
const MIN_ROLE_SCORE = 0.6;
/**
 * The client's account (symptoms and stressors) is quoted only when read more surely still: read
 * at 0.6–0.7 by a model that never saw the author, half such turns carried another role; read at
 * 0.7–0.9 by the model trained on every session batch, a third of them did (b98–b100).
 */
const SYMPTOM_SCORE = 0.9;
/**
 * A turn read as a commitment less surely than MIN_ROLE_SCORE still records a step when it says
 * one ahead in so many words ("ya lo voy a leer con mi esposa", "I'll call the supply place"):
 * the model is least sure of commitments in Spanish and in passing.
 */
const COMMITMENT_AHEAD_SCORE = 0.4;
/** Strengths are quoted in the risk section as protective factors: a stricter bar. */
const STRENGTH_SCORE = 0.8;
/**
 * A turn is quoted as the client's goal in their words when read as one at least this surely, even
 * when another role reads likelier: goals are rare and said in passing. The turn-role model trained
 * on seventy-one authors gives second-place goal readings of about 0.3 to turns that say why change
 * matters ("it is, my daughter's noticed and I hate that"); on authors it never read, 0.4 lost none
 * of the goals 0.3 found, since a goal said outright is also read by the paths after this one.
 */
const GOAL_SCORE = 0.4;

/**
 * A reply that opens by agreeing ("yeah.", "exactly", "that's it") takes up the clinician's last
 * words: quoted alone as the client's problem, symptom or reason for change, it loses what it
 * agrees with. (A commitment often opens with "okay" and stands on its own.)
 */
const AGREEING = NOTE_PATTERNS.get('AGREEING');
const ownWords = (t: UnderstoodTurn): boolean => !AGREEING.test(t.text.trim());

/**
 * Said as a commitment, not a question back ("can I message you on the portal?"), a hedge ("I
 * might, I'll see", "I'll look, not promising") or a rating with a try ("seven. I'll try"): those
 * the model often reads as commitments, and the note would record a step the client did not take on.
 */
const HEDGE = NOTE_PATTERNS.get('HEDGE');
const RATING_FIRST = NOTE_PATTERNS.get('RATING_FIRST');
const firm = (t: UnderstoodTurn): boolean => {
  const text = straightApostrophes(t.text);
  return !/[?¿]/.test(text) && !HEDGE.test(text) && !RATING_FIRST.test(text);
};

/** The clearest examples of a role: substantive, confidently read turns, the most confident first, then in session order. */
function clearest(turns: Turns, n: number, words = 3, minScore = MIN_ROLE_SCORE): UnderstoodTurn[] {
  return (
    [...turns]
      // The clinician's moves are read far more reliably than the client's roles (see the model card).
      .filter(
        (t) =>
          substantive(t, words) && (t.speaker === 'clinician' || (t.role.score >= minScore && quotableOutsideRisk(t))),
      )
      .sort((a, b) => b.role.score - a.role.score)
      .slice(0, n)
      .sort((a, b) => a.index - b.index)
  );
}

const quotes = (turns: Turns, max = 110): string => listJoin(turns.map((t) => quoted(t.text, max)));
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

interface Content {
  presenting: SupportedStatement[];
  report: SupportedStatement[];
  goals: SupportedStatement[];
  interventions: SupportedStatement[];
  response: SupportedStatement[];
  assessment: SupportedStatement[];
  plan: SupportedStatement[];
  observed: SupportedStatement[];
  strengths: UnderstoodTurn[];
}

/** The client's turns likely to play these roles (summed probability at least `min`), quotable, likeliest first, then in session order. */
function likely(
  u: SessionUnderstanding,
  roles: readonly ClientRole[],
  min: number,
  n: number,
  used: ReadonlySet<string> = new Set(),
): UnderstoodTurn[] {
  return u
    .likelyClient(roles, min)
    .map((x) => x.turn)
    .filter((t) => substantive(t) && quotableOutsideRisk(t) && ownWords(t) && !used.has(t.id))
    .slice(0, n)
    .sort((a, b) => a.index - b.index);
}

function presentingProblem(u: SessionUnderstanding): SupportedStatement[] {
  const pick = (roles: readonly ClientRole[], min: number, where: (t: UnderstoodTurn) => boolean = () => true) =>
    u
      .likelyClient(roles, min)
      .map((x) => x.turn)
      .filter((t) => substantive(t) && quotableOutsideRisk(t) && ownWords(t) && where(t))
      .slice(0, 1);
  const problem = pick(['problem'], 0.3);
  if (problem.length > 0)
    return [say(`Client describes the reason for the session as ${quotes(problem)}.`, problem, 'problem')];
  const concern = pick(['problem', 'stressor', 'symptom'], MIN_ROLE_SCORE);
  // Early in the session a concern is often said as a plain answer to the opening question.
  const opening =
    concern.length > 0
      ? concern
      : pick(['problem', 'stressor', 'symptom'], 0.3, (t) => t.index < Math.max(8, u.turns.length / 4));
  return opening.length > 0 ? [say(`Main concern raised by the client: ${quotes(opening)}.`, opening, 'problem')] : [];
}

function clientReport(u: SessionUnderstanding, used: Set<string>): SupportedStatement[] {
  const out: SupportedStatement[] = [];
  const symptoms = likely(u, ['symptom'], SYMPTOM_SCORE, 3, used);
  symptoms.forEach((t) => used.add(t.id));
  if (symptoms.length > 0) out.push(say(`Client reports ${quotes(symptoms)}.`, symptoms, 'symptom'));
  const stressors = likely(u, ['stressor'], SYMPTOM_SCORE, 3, used);
  if (stressors.length > 0) out.push(say(`Stressors described: ${quotes(stressors)}.`, stressors, 'stressor'));
  const homework = likely(u, ['homework_report'], MIN_ROLE_SCORE, 2);
  if (homework.length > 0)
    out.push(say(`On the task from last time, client reports ${quotes(homework)}.`, homework, 'client_report'));
  return out;
}

/** The "so" or "and" a reflection opens with, left out when the note writes it. */
const REFLECTION_OPENER = NOTE_PATTERNS.get('REFLECTION_OPENER');

function goals(u: SessionUnderstanding): SupportedStatement[] {
  // "no sé, nada" answers the question of a goal by naming none, however the model reads it.
  const said = likely(u, ['goal'], GOAL_SCORE, 2).filter((t) => !namesNothing(t));
  if (said.length > 0)
    return [say(`Client’s goal${said.length > 1 ? 's' : ''}, in their words: ${quotes(said)}.`, said, 'goal')];
  // Asked what they want, clients name it without a word of wanting ("cortar a seis el viernes"):
  // the answer to that question is surer a goal than change talk said in passing.
  const answer = u.turns
    .filter((t) => quotableOutsideRisk(t) && ownWords(t))
    .map((t) => ({ t, question: wantAskedBefore(t, u.turns) }))
    .find((x) => x.question !== undefined);
  if (answer)
    return [
      say(
        `Client’s goal, in answer to the clinician’s question: ${quoted(answer.t.text, 110)}.`,
        [answer.question!, answer.t],
        'goal',
      ),
    ];
  // Most goals are never called goals: the client says what they want, need or are going to do.
  const implied = u
    .likelyClient(['goal', 'change_talk', 'commitment'], 0.6)
    .map((x) => x.turn)
    .filter((t) => substantive(t, 4) && quotableOutsideRisk(t) && statesWhat(t.text))
    .slice(0, 1);
  if (implied.length > 0) return [say(`Client’s goal, as they put it: ${quotes(implied)}.`, implied, 'goal')];
  // The model is least sure of goals said in passing or in Spanish; a want said outright is one.
  const outright = u.turns
    .filter(
      (t) =>
        t.clientsOwn &&
        quotableOutsideRisk(t) &&
        ownWords(t) &&
        t.role.role !== 'sustain_talk' &&
        (t.role.probabilities.sustain_talk ?? 0) < 0.3,
    )
    .map((t) => ({ t, words: wantSentence(t.text) }))
    .find((x) => x.words !== undefined);
  if (outright) return [say(`Client’s goal, as they put it: ${quoted(outright.words!, 110)}.`, [outright.t], 'goal')];
  // A want the clinician told back ("so your goal is to get dialysis closer to home") and the
  // client took up states the goal: written in the clinician's words, unquoted, with the reply.
  const affirmed = u.turns
    .filter(quotableOutsideRisk)
    .map((t) => ({ t, reflection: wantReflectedBefore(t, u.turns) }))
    .find((x) => x.reflection !== undefined && quotableOutsideRisk(x.reflection));
  return affirmed
    ? [
        say(
          `Client’s goal, as the clinician reflected it (${reflectedWant(affirmed.reflection!)!.replace(REFLECTION_OPENER, '')}); client: ${quoted(affirmed.t.text, 90)}.`,
          [affirmed.reflection!, affirmed.t],
          'goal',
        ),
      ]
    : [];
}

/** What the clinician did, one sentence per kind of move, each with an example in the clinician's words. */
const MOVES: readonly {
  roles: readonly Parameters<SessionUnderstanding['clinician']>[number][];
  text: (n: number, example: string) => string;
}[] = [
  {
    roles: ['question_open', 'reflection_simple', 'reflection_complex', 'summary'],
    text: (n, e) =>
      `Clinician used open questions, reflective listening and summaries (${plural(n, 'turn')}), e.g. ${e}.`,
  },
  {
    roles: ['affirmation'],
    text: (n, e) => `Clinician affirmed the client’s efforts and strengths (${plural(n, 'time')}), e.g. ${e}.`,
  },
  { roles: ['information'], text: (_n, e) => `Clinician provided information and psychoeducation, e.g. ${e}.` },
  { roles: ['advice'], text: (_n, e) => `Clinician offered advice with the client’s permission, e.g. ${e}.` },
  { roles: ['scaling'], text: (_n, e) => `Clinician used a scaling or readiness ruler: ${e}.` },
  { roles: ['safety_screening'], text: (_n, e) => `Clinician screened for safety: ${e}.` },
  { roles: ['safety_planning'], text: (_n, e) => `Clinician worked on safety planning with the client, e.g. ${e}.` },
];

function interventions(u: SessionUnderstanding): SupportedStatement[] {
  return MOVES.flatMap((move) => {
    const all = u.clinician(...move.roles);
    const examples = clearest(all, 2, 4);
    if (examples.length === 0) return [];
    return [
      say(
        move.text(all.length, quotes(examples.slice(0, move.roles.length > 1 ? 2 : 1), 100)),
        examples,
        'intervention',
      ),
    ];
  });
}

function response(u: SessionUnderstanding): SupportedStatement[] {
  const out: SupportedStatement[] = [];
  const change = u.client('change_talk');
  const sustain = u.client('sustain_talk');
  const commitments = u.client('commitment').filter((t) => substantive(t) && firm(t));
  // A reason is the client's own statement: not a question back ("do I have to tell them
  // everything?") nor a reaction to what was just said ("okay. okay. that makes me feel better").
  const reason = (t: UnderstoodTurn): boolean => ownWords(t) && !/[?¿]/.test(t.text) && !assents(t);
  const changeEx = clearest(change.filter(reason), 2);
  const sustainEx = clearest(sustain.filter(reason), 1);
  if (changeEx.length > 0)
    out.push(say(`Client voiced reasons for and steps toward change: ${quotes(changeEx)}.`, changeEx, 'readiness'));
  if (sustainEx.length > 0)
    out.push(
      say(`Client also voiced reasons to keep things as they are: ${quotes(sustainEx)}.`, sustainEx, 'readiness'),
    );
  if (change.length + sustain.length + commitments.length >= 2) {
    const stage =
      commitments.length > 0 && change.length >= sustain.length
        ? 'ready to act, having committed to a specific step'
        : change.length > sustain.length
          ? 'leaning toward change, without a firm commitment yet'
          : change.length > 0
            ? 'ambivalent, with change and sustain talk in balance or sustain talk ahead'
            : 'not yet considering change';
    const basis = [...clearest(commitments, 1), ...changeEx.slice(0, 1), ...sustainEx].slice(0, 3);
    if (basis.length > 0) {
      out.push(
        say(
          `Readiness: ${stage} (${plural(change.length, 'change-talk turn')}, ${plural(sustain.length, 'sustain-talk turn')}, ${plural(commitments.length, 'commitment')}).`,
          basis,
          'readiness',
        ),
      );
    }
  }
  // The client's answer to a rating question, quoted with the question it answers.
  for (const q of u.clinician('scaling').slice(0, 2)) {
    const answer = u.turns
      .slice(q.index + 1, q.index + 3)
      .find((t) => t.speaker !== 'clinician' && t.text.trim() !== '');
    if (answer)
      out.push(
        say(`Asked ${quoted(q.text, 90)}, client answered ${quoted(answer.text, 90)}.`, [q, answer], 'response'),
      );
  }
  return out;
}

const quotableWords = (words: string): boolean => !speaksOfRisk(words);

/**
 * The longest run of a turn's clauses without words of risk, so a quote outside the risk section
 * stays verbatim ("and I'll see you on Thursday" out of "your brother keeps the gun for now, and
 * I'll see you on Thursday"); nothing when every clause speaks of risk.
 */
function quotablePart(t: UnderstoodTurn): string | undefined {
  if (quotableWords(t.text)) return t.text;
  const clauses = t.text.split(/(?<=[,;.!?])\s+/);
  let best: string | undefined;
  for (let i = 0; i < clauses.length; i++) {
    for (let j = i + 1; j <= clauses.length; j++) {
      const run = clauses.slice(i, j).join(' ');
      if (!quotableWords(run)) break;
      if (!best || run.length > best.length) best = run;
    }
  }
  return best;
}

/**
 * What a summary of the plan puts forward: its words from the first clause that names a step
 * ahead ("…and underneath you feel stuck, so this week the diary and I'll see you Tuesday" is
 * quoted from "so this week"), so the note quotes the step agreed rather than the recap before it.
 */
function stepsOf(words: string | undefined): string | undefined {
  if (words === undefined) return undefined;
  const clauses = words.split(/(?<=[,;.!?:])\s+/);
  const first = clauses.findIndex((c) => namesStepAhead(c));
  if (first < 0) return undefined;
  // A summary said without a pause is one long clause: it is quoted from the words of the step.
  const clause = clauses[first]!;
  const at = clause.split(/\s+/).length > 12 ? (STEP_AHEAD.exec(straightApostrophes(clause))?.index ?? 0) : 0;
  return [clause.slice(at), ...clauses.slice(first + 1)].join(' ');
}

interface AgreedStep {
  readonly proposal: UnderstoodTurn;
  readonly reply: UnderstoodTurn;
  readonly statement: SupportedStatement;
}

/**
 * Proposals the client accepted (the clinician puts a step forward, the client takes it up: "deal",
 * "sí lo voy a hacer"), each written with the reply that agreed to it, in session order.
 */
function agreedInSession(u: SessionUnderstanding): AgreedStep[] {
  return agreements(u)
    .filter(({ reply }) => !reply.riskRead)
    .map(({ proposal, reply }) => ({
      proposal,
      reply,
      words: proposal.role.role === 'summary' ? stepsOf(quotablePart(proposal)) : quotablePart(proposal),
    }))
    .filter((a) => a.words !== undefined && a.words.trim().split(/\s+/).length >= 4)
    .map(({ proposal, reply, words }) => ({
      proposal,
      reply,
      statement: say(
        isQuestion(proposal)
          ? `Agreed in session: asked ${quoted(words!, 110)}, client answered ${quoted(reply.text, 80)}.`
          : `Agreed in session: clinician proposed ${quoted(words!, 110)}; client agreed, ${quoted(reply.text, 80)}.`,
        [proposal, reply],
        'plan',
      ),
    }));
}

/**
 * When client and clinician meet or speak again: the clinician's words that name the next contact
 * (read as a follow-up or not: it is often said inside a summary of the plan), the likeliest
 * follow-up first; one put as a question ("same time next week?") stands only with the client's
 * yes. Failing those, the turn read as a follow-up, without its words of risk.
 */
function followUp(u: SessionUnderstanding): SupportedStatement[] {
  const plain = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  // Words of a meeting the clinician repeats from the client's last turns ("I'll call you back
  // tomorrow. and then there wasn't a tomorrow") reflect what the client said: they book nothing,
  // however the turn is read.
  const echoesClient = (t: UnderstoodTurn): boolean => {
    const words = nextContactWords(t);
    return (
      words !== undefined &&
      u.turns
        .slice(Math.max(0, t.index - 2), t.index)
        .some((p) => p.speaker !== 'clinician' && plain(p.text).includes(plain(words)))
    );
  };
  const named = u.turns
    .filter((t) => t.speaker === 'clinician' && !t.role.role.startsWith('reflection') && !echoesClient(t))
    .map((t) => ({ t, words: nextContactWords(t, quotableWords) }))
    .filter((x): x is { t: UnderstoodTurn; words: string } => x.words !== undefined)
    .sort(
      (a, b) =>
        (b.t.role.probabilities.follow_up ?? 0) - (a.t.role.probabilities.follow_up ?? 0) || b.t.index - a.t.index,
    );
  // A contact put as a question is booked only by the client's yes.
  const booking = (t: UnderstoodTurn, words: string, asked: boolean): SupportedStatement[] => {
    if (!asked) return [say(`Follow-up: ${quoted(words, 110)}.`, [t], 'follow_up')];
    const reply = replyTo(t, u.turns);
    return reply && (assents(reply) || accepts(reply)) && !reply.riskRead
      ? [
          say(
            `Follow-up: clinician asked ${quoted(words, 110)}; client agreed, ${quoted(reply.text, 80)}.`,
            [t, reply],
            'follow_up',
          ),
        ]
      : [];
  };
  for (const { t, words } of named) {
    const booked = booking(t, words, asksAboutContact(t, words));
    if (booked.length > 0) return booked;
  }
  const read = u
    .likelyClinician(['follow_up'], 0.3)
    .map((x) => ({ t: x.turn, words: quotablePart(x.turn) }))
    .find((x) => substantive(x.t) && x.words !== undefined && !echoesClient(x.t));
  if (read) return [say(`Follow-up: ${quoted(read.words!, 110)}.`, [read.t], 'follow_up')];
  // Said last, and tersely ("three weeks then"): a time alone at the close books the next contact.
  const terse = u.turns.filter((t) => booksByTimeAlone(t, u.turns)).at(-1);
  return terse ? booking(terse, terse.text.trim(), asks(terse.text)) : [];
}

function plan(u: SessionUnderstanding, homework: Homework): SupportedStatement[] {
  const out: SupportedStatement[] = [];
  const steps = agreedInSession(u);
  const byReply = new Map(steps.map((a) => [a.reply.id, a]));
  // A commitment that takes up a proposal ("okay, that works") is written with what it agreed to.
  const commitments = clearest(
    u.client('commitment').filter((t) => firm(t) && (t.role.score >= MIN_ROLE_SCORE || saysStepAhead(t.text))),
    3,
    3,
    COMMITMENT_AHEAD_SCORE,
  );
  const bare = commitments.filter((t) => !byReply.has(t.id));
  if (bare.length > 0) out.push(say(`Client committed to ${quotes(bare)}.`, bare, 'plan'));
  out.push(...commitments.flatMap((t) => byReply.get(t.id)?.statement ?? []));
  // A task set in so many words ("tarea: anota…") is one however the model read the turn.
  const tasks = clearest(
    [...u.clinician('homework_agreed'), ...u.turns.filter((t) => setsATask(t) && t.role.role !== 'homework_agreed')],
    2,
    4,
  );
  // A task put as a question is agreed by the client's answer, quoted with it; unanswered, it is not agreed.
  const answerOf = (q: UnderstoodTurn): UnderstoodTurn | undefined =>
    u.turns
      .slice(q.index + 1, q.index + 3)
      .find(
        (t) =>
          t.clientsOwn &&
          substantive(t, 2) &&
          (t.role.probabilities.commitment ?? 0) + (t.role.probabilities.change_talk ?? 0) >= 0.5,
      );
  const agreed = tasks.filter((t) => !isQuestion(t));
  // The client's yes to the last task set, quoted and cited with it.
  const last = agreed.at(-1);
  const reply = last && replyTo(last, u.turns);
  const yes = reply && accepts(reply) && quotableOutsideRisk(reply) ? reply : undefined;
  // A task the client's commitment already agreed to above is written once.
  const said = new Set(out.flatMap((st) => st.utteranceIds));
  if (agreed.length > 0 && ![...agreed, ...(yes ? [yes] : [])].every((t) => said.has(t.id))) {
    out.push(
      say(
        `Task agreed for before the next session: ${quotes(agreed)}${yes ? `; client agreed, ${quoted(yes.text, 80)}` : ''}.`,
        yes ? [...agreed, yes] : agreed,
        'homework',
      ),
    );
  }
  for (const q of tasks.filter(isQuestion).slice(0, agreed.length > 0 ? 0 : 1)) {
    const answer = answerOf(q);
    if (answer && quotableOutsideRisk(answer))
      out.push(
        say(
          `Task for before the next session: asked ${quoted(q.text, 90)}, client answered ${quoted(answer.text, 90)}.`,
          [q, answer],
          'homework',
        ),
      );
  }
  // The client naming the step asked for ("what's one thing you could do this week?" – "walk
  // Tuesday and Thursday with my sister") is the plan in their own words.
  const cited = new Set(out.flatMap((st) => st.utteranceIds));
  const named = u.turns
    .map((t) => ({ t, question: stepAskedBefore(t, u.turns) }))
    .filter((x): x is { t: UnderstoodTurn; question: UnderstoodTurn } => x.question !== undefined)
    .filter(({ t, question }) => !cited.has(t.id) && !cited.has(question.id) && quotableOutsideRisk(t))
    .at(-1);
  if (named && out.length < 2)
    out.push(
      say(
        `Plan named by the client: asked ${quoted(named.question.text, 90)}, client answered ${quoted(named.t.text, 110)}.`,
        [named.question, named.t],
        'plan',
      ),
    );
  const quotedIds = new Set(out.flatMap((st) => st.utteranceIds));
  // Two statements of what was agreed say it; more would list every yes of the session.
  const room = 2 - out.length;
  if (room > 0)
    out.push(
      ...steps
        .filter((a) => !quotedIds.has(a.proposal.id) && !quotedIds.has(a.reply.id))
        .slice(-room)
        .map((a) => a.statement),
    );
  out.push(...followUp(u));
  for (const h of homework.items) {
    if (h.agreed) continue;
    out.push({ text: `Proposed, not yet agreed with the client: ${h.title}.`, utteranceIds: h.rationale.utteranceIds });
  }
  return out;
}

function assessment(
  u: SessionUnderstanding,
  snapshot: SessionSnapshot,
  content: Omit<Content, 'assessment'>,
): SupportedStatement[] {
  const out: SupportedStatement[] = [];
  const problemIds = new Set(content.presenting.flatMap((p) => p.utteranceIds));
  const problem = u.turns.filter((t) => problemIds.has(t.id));
  const symptoms = u.client('symptom').length;
  const stressors = u.client('stressor').length;
  if (problem.length > 0) {
    const load = [
      symptoms > 0 ? plural(symptoms, 'symptom report') : '',
      stressors > 0 ? plural(stressors, 'stressor') : '',
    ].filter(Boolean);
    out.push(
      say(
        `Session centred on ${quotes(problem, 90)}${load.length ? `, with ${listJoin(load)} in the client’s account` : ''}.`,
        problem,
        'assessment',
      ),
    );
  }
  const readiness = content.response.filter((s) => s.text.startsWith('Readiness:'));
  out.push(...readiness);
  if (content.strengths.length > 0) {
    out.push(
      say(
        `Strengths and supports named by the client: ${quotes(content.strengths.slice(0, 3), 90)}.`,
        content.strengths.slice(0, 3),
        'strength',
      ),
    );
  }
  const goal = content.goals[0];
  if (goal && out.length === 0)
    out.push({
      ...goal,
      text: goal.text.replace(
        /^Client’s goals?, in their words:/,
        'Work in session was directed at the client’s goal:',
      ),
      claim: 'goal',
    });
  const flagged = u.turns.filter((t) => t.risk);
  if (flagged.length > 0) {
    const categories = [...new Set(snapshot.risk.flags.flatMap((f) => f.categories))].map((c) => c.replace('_', '-'));
    out.push(
      say(
        `Risk confirmed by the clinician: ${listJoin(categories)}, ${snapshot.risk.level}; detail in the risk assessment.`,
        flagged.slice(-3),
        'risk',
      ),
    );
  }
  return out;
}

function understand(snapshot: SessionSnapshot, u: SessionUnderstanding, homework: Homework): Content {
  const presenting = presentingProblem(u);
  const base = {
    presenting,
    report: clientReport(u, new Set(presenting.flatMap((p) => p.utteranceIds))),
    goals: goals(u),
    interventions: interventions(u),
    response: response(u),
    plan: plan(u, homework),
    observed: [],
    strengths: likely(u, ['strength'], STRENGTH_SCORE, 3),
  };
  return { ...base, assessment: assessment(u, snapshot, base) };
}

function sectionsFor(format: NoteFormat, c: Content): Record<string, SupportedStatement[]> {
  const responseOnly = c.response.filter((s) => !s.text.startsWith('Readiness:'));
  switch (format) {
    case 'SOAP':
      return {
        subjective: [...c.presenting, ...c.report, ...c.goals],
        objective: [...c.interventions, ...responseOnly.filter((s) => s.text.startsWith('Asked'))],
        assessment: c.assessment,
        plan: c.plan,
      };
    case 'DAP':
      return {
        data: [...c.presenting, ...c.report, ...c.goals, ...c.interventions, ...responseOnly],
        assessment: c.assessment,
        plan: c.plan,
      };
    case 'BIRP':
      return {
        behavior: [...c.presenting, ...c.report, ...c.goals],
        intervention: c.interventions,
        response: c.response,
        plan: c.plan,
      };
    case 'GIRP':
      return {
        goals: [...c.goals, ...c.presenting, ...c.report],
        intervention: c.interventions,
        response: c.response,
        plan: c.plan,
      };
  }
}

function section(
  key: string,
  title: string,
  statements: SupportedStatement[],
  notAssessedItems: readonly string[],
): NoteSection {
  return {
    key,
    title,
    statements,
    ...(statements.length === 0 ? { notAssessed: true } : {}),
    ...(notAssessedItems.length > 0 ? { notAssessedItems: [...notAssessedItems] } : {}),
  };
}

/**
 * The risk section from the snapshot's (confirmed) findings, with the protective factors the
 * client named. `extraFlags` are a remote model's additions (never removals).
 */
export function composeRiskAssessment(
  snapshot: SessionSnapshot,
  u: SessionUnderstanding,
  extraFlags: Parameters<typeof buildRiskAssessment>[2] = [],
): NoteDraft['riskAssessment'] {
  const risk = buildRiskAssessment(snapshot.utterances, snapshot.risk, extraFlags);
  if (risk.level === 'none' && !risk.screened) return risk;
  const strengths = likely(u, ['strength'], STRENGTH_SCORE, 3);
  if (strengths.length > 0) {
    return {
      ...risk,
      statements: [
        ...risk.statements,
        say(`Protective factors named by the client: ${quotes(strengths, 100)}.`, strengths, 'strength'),
      ],
    };
  }
  return risk.level === 'none'
    ? risk
    : { ...risk, notAssessedItems: [...risk.notAssessedItems, 'Protective factors and reasons for living'] };
}

const REVIEW_WORDS: Record<Exclude<HomeworkReview[number]['outcome'], 'not_discussed'>, string> = {
  done: 'done',
  partly: 'partly done',
  not_done: 'not done',
};

/** The activity's words without a closing full stop, so the sentence can go on. */
const activityWords = (description: string): string => description.trim().replace(/[.;:]+$/, '');

/**
 * The homework from last time as reviewed with the client, one sentence per activity discussed
 * ("not discussed" says nothing). Its source is the clinician's own record, not a turn of the
 * transcript, so it carries no utterances and is added after the citation check.
 */
export function homeworkReviewStatements(review: HomeworkReview): SupportedStatement[] {
  return review.flatMap((item) =>
    item.outcome === 'not_discussed'
      ? []
      : [
          {
            text:
              `Homework from last session, reviewed with the client — ${activityWords(item.description)}: ` +
              `${REVIEW_WORDS[item.outcome]}${item.progress ? ` (${activityWords(item.progress)})` : ''}.`,
            utteranceIds: [],
            claim: 'client_report' as const,
          },
        ],
  );
}

/**
 * The review at the head of the section that holds the client's account of their week:
 * Subjective (SOAP), Data (DAP), Behavior (BIRP), Goals (GIRP).
 */
export function withHomeworkReview(note: NoteDraft, review: HomeworkReview | undefined): NoteDraft {
  const statements = homeworkReviewStatements(review ?? []);
  const key = NOTE_SECTIONS[note.format].find((spec) => spec.clientReport)?.key;
  if (statements.length === 0 || !key) return note;
  return {
    ...note,
    sections: note.sections.map((s) => {
      if (s.key !== key) return s;
      const { notAssessed: _empty, ...rest } = s;
      return { ...rest, statements: [...statements, ...s.statements] };
    }),
  };
}

/** A progress note in the clinician's format, composed from the session's understanding and checked against it. */
export function composeNote(
  snapshot: SessionSnapshot,
  format: NoteFormat,
  options: { homework?: Homework; understanding?: SessionUnderstanding } = {},
): NoteDraft {
  const u = options.understanding ?? understandSession(snapshot);
  const homework = options.homework ?? generateHomework(snapshot, u);
  const content = understand(snapshot, u, homework);
  const by = sectionsFor(format, content);
  const note: NoteDraft = {
    format,
    sections: NOTE_SECTIONS[format].map((spec) =>
      section(spec.key, spec.title, by[spec.key] ?? [], spec.mentalStatus ? MENTAL_STATUS_ITEMS : []),
    ),
    riskAssessment: composeRiskAssessment(snapshot, u),
    aiDisclosure: aiDisclosure({ provider: 'embedded', model: EMBEDDED_MODEL }),
  };
  return withHomeworkReview(checkNoteCitations(note, u).note, snapshot.homeworkReview);
}

/** The embedded writer's note. */
export function draftNote(snapshot: SessionSnapshot, format: NoteFormat): NoteDraft {
  return composeNote(snapshot, format);
}
