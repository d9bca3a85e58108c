/**
 * Scores a drafted note against a labelled session: the turn labels written by the session's
 * author (role, risk, hard negative, symptom polarity and whose experience) and the reference
 * note a clinician wrote for it. Pure: data in, figures out (scripts/eval/notes.ts runs it).
 *
 * What it can judge, statement by statement, from the labels of the turns a statement cites:
 *   - wrong speaker: a statement about the client that cites only clinician turns, or quotes
 *     words no cited turn of that speaker said; an intervention citing no clinician turn;
 *   - wrong sense: a symptom, stressor, strength, goal, readiness or plan statement whose cited
 *     turns carry none of the roles that could say so; a hard-negative turn ("cut down",
 *     "going down to the club", an idiom…) cited as a symptom, a problem or a risk;
 *   - wrong polarity or person: a symptom statement citing only turns labelled `absent` or `other`;
 *   - invented risk: a risk statement citing no turn labelled with risk, or any statement that
 *     speaks of suicide, self-harm, violence or abuse and cites no risk-labelled turn (a
 *     screening question and its answer excepted); a screening statement whose question is not
 *     a safety question or whose "answer" is a back-channel.
 * What it cannot judge: whether a paraphrase outside quotation marks is faithful, whether a
 * statement is clinically apt, or whether a statement without a claim (a proposal) is wise;
 * those are counted as "not judged". Omissions are judged from the labels (a session with a
 * goal turn needs a goal in the note) and the reference note's sections.
 */
import type { NoteDraft, StatementClaim, SupportedStatement } from '../../server/contracts/assist.ts';
import type { CorpusSession, CorpusTurn } from '../../server/engine/roles/training/corpus.ts';
import { namesNextContact, STEP_AHEAD } from '../../server/providers/agreement.ts';

export interface JudgedStatement {
  readonly section: string;
  readonly text: string;
  readonly verdict: 'right' | 'wrong' | 'not judged';
  readonly reason?: string;
}

export interface NoteScore {
  readonly statements: JudgedStatement[];
  /** Expected (from the labels or the reference note) but missing from the note. */
  readonly omissions: { presentingProblem: boolean; goal: boolean; plan: boolean; followUp: boolean };
  /** Statements speaking of risk in a note of a session with no risk label at all. */
  readonly riskContentInNoRiskSession: number;
  /** Statements whose quoted or key words the reference note also uses (a loose agreement figure). */
  readonly echoedByReference: number;
}

const RISK_WORDS =
  /\b(suicid\w*|self[- ]harm\w*|kill(ing)? (himself|herself|themsel\w+|myself|yourself)|end(ing)? (his|her|their|my) life|overdos\w*|want(s|ed)? to die|wish(es|ed)? to be dead|hurt(ing)? (himself|herself|themsel\w+|others|someone)|violen\w+|abus\w+|harm to others)\b/i;
const SAFETY_QUESTION =
  /\b(suicid\w*|kill(ing)?|end(ing)? (your|it)|hurt(ing)? (yourself|anyone|someone)|harm|safe|plan|method|gun|firearm|pills|die|dead|wake up)\b/i;
const DENIAL_OR_NOT_ASSESSED = /\b(denied|denies|not assessed|no risk confirmed|not confirmed)\b/i;

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
const ROLES_FOR: Partial<Record<StatementClaim, readonly string[]>> = {
  problem: ['problem', 'symptom', 'stressor', 'goal'],
  symptom: ['symptom', 'problem'],
  stressor: ['stressor', 'problem', 'symptom'],
  strength: ['strength'],
  goal: ['goal', 'change_talk', 'commitment'],
  readiness: ['change_talk', 'sustain_talk', 'commitment', 'goal'],
  plan: ['homework_agreed', 'follow_up', 'commitment', 'advice', 'safety_planning', 'summary', 'structuring'],
  homework: ['homework_agreed', 'commitment', 'advice', 'safety_planning'],
  follow_up: ['follow_up', 'structuring', 'homework_agreed', 'commitment'],
};
const SYMPTOM_LIKE = new Set<StatementClaim>(['problem', 'symptom', 'stressor']);

const normal = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const quotations = (text: string): string[] =>
  [...text.matchAll(/“([^”]+)”/g)].map((m) => normal(m[1]!.replace(/…$/, ''))).filter(Boolean);
/**
 * The next contact is often booked inside a summary or a safety plan ("…your sister's number goes
 * in your phone and I see you Thursday"): a follow-up statement that quotes those words of such a
 * turn, naming a meeting or call and a time ahead, is right; one quoting the rest of it is not.
 */
const BOOKING_ROLES = new Set(['summary', 'safety_planning']);
const booksNextContact = (statement: SupportedStatement, turns: readonly CorpusTurn[]): boolean =>
  quotations(statement.text).some(
    (q) =>
      namesNextContact(q) &&
      turns.some((t) => t.speaker === 'clinician' && BOOKING_ROLES.has(t.role) && normal(t.text).includes(q)),
  );
/** The client's own words: a third person's turn (a relative, an interpreter) is not the client's. */
const isClient = (t: CorpusTurn): boolean => t.speaker === 'client';

/** Judges one statement against the labels of the turns it cites. */
export function judgeStatement(
  statement: SupportedStatement,
  turnsById: ReadonlyMap<string, CorpusTurn>,
  section: string,
): JudgedStatement {
  const wrong = (reason: string): JudgedStatement => ({ section, text: statement.text, verdict: 'wrong', reason });
  const cited = statement.utteranceIds.map((id) => turnsById.get(id));
  if (cited.length === 0 || cited.some((t) => t === undefined)) return wrong('cites a turn that is not in the session');
  const turns = cited as CorpusTurn[];
  const client = turns.filter(isClient);
  const clinician = turns.filter((t) => t.speaker === 'clinician');
  const claim = statement.claim;
  // What the clinician asked or explained is documented as such; only what is said of the client must rest on risk labels.
  const speaksOfRisk =
    claim !== 'screening' &&
    claim !== 'intervention' &&
    RISK_WORDS.test(statement.text) &&
    !DENIAL_OR_NOT_ASSESSED.test(statement.text);

  if (speaksOfRisk && !client.some((t) => t.risk?.length))
    return wrong('speaks of risk but cites no turn labelled with risk');
  if (claim === undefined) return { section, text: statement.text, verdict: speaksOfRisk ? 'right' : 'not judged' };

  const speakerOk = (t: CorpusTurn): boolean =>
    CLIENT_CLAIMS.has(claim) ? isClient(t) : claim === 'intervention' ? t.speaker === 'clinician' : true;
  for (const q of quotations(statement.text)) {
    if (!turns.some((t) => speakerOk(t) && normal(t.text).includes(q)))
      return wrong('quotes words the cited speaker did not say');
  }
  if (CLIENT_CLAIMS.has(claim) && client.length === 0)
    return wrong('a statement about the client cites only the clinician');
  if (claim === 'intervention' && clinician.length === 0) return wrong('an intervention cites no clinician turn');
  const roles = ROLES_FOR[claim];
  if (
    roles &&
    !turns.some((t) => roles.includes(t.role)) &&
    !(claim === 'follow_up' && booksNextContact(statement, turns))
  )
    return wrong(`no cited turn is labelled as ${claim}`);
  // A recap of what the client said, agreed with "yeah that's it", is no plan: a summary supports
  // one only when the words quoted from it name a step ahead, or the client commits in reply.
  if (
    claim === 'plan' &&
    turns.every((t) => t.role === 'summary' || !roles!.includes(t.role)) &&
    !turns.some((t) => t.role === 'commitment') &&
    !quotations(statement.text).some(
      (q) =>
        (STEP_AHEAD.test(q) || namesNextContact(q)) &&
        turns.some((t) => t.role === 'summary' && normal(t.text).includes(q)),
    )
  )
    return wrong('a summary of what the client said is cited as a plan');
  if (SYMPTOM_LIKE.has(claim)) {
    const evidence = client.filter((t) => ['symptom', 'problem', 'stressor'].includes(t.role));
    if (
      claim === 'symptom' &&
      evidence.length > 0 &&
      evidence.every((t) => t.polarity === 'absent' || t.whose === 'other')
    ) {
      return wrong('cites an absent symptom or someone else’s as the client’s');
    }
  }
  if ((claim === 'risk' || claim === 'protocol' || speaksOfRisk) && client.length > 0 && client.every((t) => t.hard))
    return wrong('cites a hard-negative turn as risk');
  if ((claim === 'risk' || claim === 'protocol') && !client.some((t) => t.risk?.length))
    return wrong('a risk finding cites no turn labelled with risk');
  if (claim === 'screening') {
    if (!clinician.some((t) => t.role === 'safety_screening' || SAFETY_QUESTION.test(t.text)))
      return wrong('the cited question is not a safety question');
    if (client.length > 0 && client.every((t) => t.role === 'backchannel' || t.role === 'other'))
      return wrong('the cited reply is not an answer');
  }
  return { section, text: statement.text, verdict: 'right' };
}

const CONTENT = /\p{L}{4,}/gu;
const STOP = new Set([
  'client',
  'clinician',
  'that',
  'this',
  'with',
  'they',
  'their',
  'have',
  'been',
  'about',
  'what',
  'when',
  'would',
  'like',
  'just',
  'yeah',
  'know',
  'really',
  'think',
  'said',
  'session',
  'from',
  'there',
  'some',
  'were',
  'will',
  'into',
]);
const contentWords = (s: string): Set<string> => new Set((normal(s).match(CONTENT) ?? []).filter((w) => !STOP.has(w)));

export function scoreNote(session: CorpusSession, note: NoteDraft): NoteScore {
  const turnsById = new Map(session.turns.map((t, i) => [`t${i + 1}`, t]));
  const all: { section: string; s: SupportedStatement }[] = [
    ...note.sections.flatMap((sec) => sec.statements.map((s) => ({ section: sec.key, s }))),
    ...note.riskAssessment.statements.map((s) => ({ section: 'risk', s })),
  ];
  const statements = all.map(({ section, s }) => judgeStatement(s, turnsById, section));
  const claims = new Set(all.map(({ s }) => s.claim));
  const roles = new Set(session.turns.map((t) => `${t.speaker === 'clinician' ? 'clinician' : 'client'}:${t.role}`));
  const reference = session.reference_note ? Object.values(session.reference_note.sections).join(' ') : '';
  const referenceSays = (re: RegExp): boolean => re.test(reference);
  const omissions = {
    presentingProblem:
      (roles.has('client:problem') || roles.has('client:symptom') || roles.has('client:stressor')) &&
      !claims.has('problem'),
    goal: (roles.has('client:goal') || referenceSays(/\bgoals?\b/i)) && !claims.has('goal'),
    plan:
      (roles.has('clinician:homework_agreed') || roles.has('client:commitment')) &&
      !(claims.has('plan') || claims.has('homework')),
    followUp:
      (roles.has('clinician:follow_up') || referenceSays(/\b(follow[- ]up|next (session|appointment|week))\b/i)) &&
      !claims.has('follow_up'),
  };
  const noRisk = !session.turns.some((t) => t.risk?.length);
  // A screening question and its answer, or what the clinician explained, is not risk content; a finding, a protocol or risk said of the client is.
  const riskContentInNoRiskSession = noRisk
    ? all.filter(
        ({ s }) =>
          s.claim === 'risk' ||
          s.claim === 'protocol' ||
          (RISK_WORDS.test(s.text) &&
            !DENIAL_OR_NOT_ASSESSED.test(s.text) &&
            s.claim !== 'screening' &&
            s.claim !== 'intervention'),
      ).length
    : 0;
  const refWords = contentWords(reference);
  const echoedByReference = reference
    ? all.filter(({ s }) => {
        const words = [...contentWords(quotations(s.text).join(' ') || s.text)];
        return words.length > 0 && words.filter((w) => refWords.has(w)).length / words.length >= 0.3;
      }).length
    : 0;
  return { statements, omissions, riskContentInNoRiskSession, echoedByReference };
}
