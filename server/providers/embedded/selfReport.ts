import type { SupportedStatement } from '../../contracts/assist.ts';
import { KIND_ORDER, kindPhrase, riskFindings } from '../riskFindings.ts';
import type { SessionSnapshot } from '../types.ts';
import { THEMES } from './library/themes.ts';
import type { ClientSentence, Signals } from './signals.ts';
import { clauseAround, isClientSide, listJoin, orderedIds, quoted } from './text.ts';

/**
 * The client's own account of themselves, as the Subjective (SOAP), Data (DAP), Behavior (BIRP)
 * and Goals (GIRP) sections carry it: how the week went, mood in their words, sleep, appetite,
 * energy, interest, the stressors and relationships they talked about, and any risk they
 * disclosed. Each statement is in clinical register, quotes the words it rests on, and cites
 * them; a domain the client did not speak to is listed as not assessed, never assumed normal.
 */

interface Cue {
  pattern: RegExp;
  /** What a note says the client reports ("poor sleep"); none for a plain mention. */
  finding?: string;
}

interface Domain {
  key: string;
  /** Named in the not-assessed list when the client did not speak to it. */
  notAssessed?: string;
  /** "Client discussed …" when no cue named a finding. */
  topic: string;
  cues: Cue[];
}

const DOMAINS: readonly Domain[] = [
  {
    key: 'sleep',
    notAssessed: 'Sleep',
    topic: 'sleep',
    cues: [
      {
        pattern: /\b(insomnia|can'?t (fall |get (back )?to |stay )?(a)?sleep|couldn'?t (fall |get (back )?to |stay )?(a)?sleep|(barely|hardly|never) sleep(ing)?|(not|haven'?t been|hasn'?t been|wasn'?t|been) sleeping( (well|much|properly))?(?! (better|fine|great|ok|okay))|no sleep|poor sleep|sleep(ing)? (badly|poorly|terribly)|(lie|lying|lay) awake|awake (all|half the) night|up all night|trouble (sleeping|falling asleep|staying asleep))\b/i,
        finding: 'poor sleep',
      },
      { pattern: /\b(wak(e|ing) up (at \d+(\s*(am|a\.m\.|o'?clock))?|in the middle of the night|several times|every (hour|night)|too early|early)|keep waking)\b/i, finding: 'night-time or early waking' },
      { pattern: /\b(nightmares?|bad dreams)\b/i, finding: 'nightmares' },
      { pattern: /\b(sleep(ing)? (all day|too much|\d+ hours)|oversleep\w*|stay(ed|ing)? in bed|can'?t get out of bed)\b/i, finding: 'sleeping more or staying in bed' },
      { pattern: /\b(sleep(ing)? better|slept (well|better)|better sleep)\b/i, finding: 'improved sleep' },
      { pattern: /\b(sleep(ing)?|slept|asleep|bed ?time|naps?)\b/i },
    ],
  },
  {
    key: 'appetite',
    notAssessed: 'Appetite',
    topic: 'appetite and eating',
    cues: [
      {
        pattern: /\b((no|lost( my)?|poor|little) appetite|not (been )?eating|(can'?t|couldn'?t|forget to|barely|hardly) eat|skip(ping|ped)? (meals|breakfast|lunch|dinner)|lost (some |a lot of )?weight)\b/i,
        finding: 'reduced appetite or eating',
      },
      { pattern: /\b(eat(ing)? (too much|all the time|constantly)|overeat\w*|binge\w*|comfort eat\w*|stress eat\w*|gained (some |a lot of )?weight)\b/i, finding: 'increased eating' },
      { pattern: /\b(appetite|eating|meals?)\b/i },
    ],
  },
  {
    key: 'energy',
    topic: 'energy',
    cues: [{ pattern: /\b((no|low|zero) energy|exhausted|tired all the time|so tired|drained|fatigued?|worn out|no motivation|unmotivated)\b/i, finding: 'low energy or motivation' }],
  },
  {
    key: 'interest',
    topic: 'interest in activities',
    cues: [
      {
        pattern: /\b(don'?t enjoy anything|nothing (is|feels) (fun|good)|lost interest|no interest|stopped (going|doing|seeing|answering)|cancel(l)?ed plans|can'?t be bothered)\b/i,
        finding: 'loss of interest or withdrawal from activities',
      },
    ],
  },
];

/** Words a client uses for their mood, as said after "I feel", "I've been", "I'm so" … */
const MOOD_WORD =
  /\b(?:i feel|i'?m feeling|i felt|i'?ve been feeling|i'?ve been|i have been|i am|i'?m|i was|feeling|felt)\s+(?:so |really |very |pretty |kind of |kinda |a bit |a little |just |quite |super |extremely |totally |more |less |constantly |always )*(down|low|sad|depressed|hopeless|helpless|empty|numb|miserable|awful|terrible|horrible|rough|upset|hurt|anxious|nervous|worried|shaky|tense|restless|stressed(?: out)?|overwhelmed|scared|afraid|panicky|on edge|irritable|irritated|angry|furious|frustrated|disappointed|lonely|isolated|guilty|ashamed|embarrassed|worthless|useless|stuck|better|good|okay|ok|fine|calm(?:er)?|happy|happier|hopeful|relieved|proud|motivated|great)\b/i;
/** "I'm good at it", "I'm okay with that", "low on money": not a mood. */
const NOT_A_MOOD = /^(good|okay|ok|fine|great|better|low)$/;
const NOT_A_MOOD_AFTER = /^\s+(at|with|for|on|to|than)\b/i;
/** "She must think I'm useless": what the client believes someone else thinks, not how they feel. */
const SOMEONE_ELSES_VIEW = /\b(think|thinks|thought|say|says|said|believe|believes|sees?|saw|told me)\s+(that\s+)?$/i;

/** A clinician's question about how the client has been, and how a note words what was asked. */
const CHECK_INS: readonly { pattern: RegExp; asked: string }[] = [
  { pattern: /\b(how (has|have|was|were|did)\b[^?]{0,30}\b(week|weekend)|since (we )?(last (met|spoke|saw each other|session|time))|since our last (session|meeting|appointment))\b/i, asked: 'how the week had been' },
  { pattern: /\bhow are you (coping|holding up|managing)\b/i, asked: 'how they were coping' },
  { pattern: /\bhow (are|have) things (been )?at home\b/i, asked: 'how things were at home' },
  { pattern: /\b(how are you (doing|feeling)|how have you been( feeling)?|how (are|have) things (been|going))\b/i, asked: 'how they had been' },
  { pattern: /\b(what would you like to (focus on|talk about|start with|work on)|what brings you (in|here)|where would you like to (start|begin))\b/i, asked: 'what they wanted to focus on' },
];
const MAX_CHECK_INS = 2;

/** Replies that carry no account ("Yes.", "Okay.") are not an answer to report. */
const EMPTY_REPLY = /^(yes|yeah|yep|no|nope|okay|ok|sure|mm+|hmm+|right|fine|i guess|i don'?t know)[.!?]*$/i;

/** A difficulty, not just a mention ("everything at work goes wrong", not "I have work tomorrow"). */
const DIFFICULTY =
  /\b(wrong|awful|terrible|horrible|rough|insane|crazy|disaster|hate|stress\w*|pressure|overwhelm\w*|overload\w*|piling|too much|barely|mess(ed)? (it |things |everything )?up|can'?t|couldn'?t|hard|difficult|struggl\w*|worse|bad|fight\w*|fought|argu\w*|problems?|afraid|scared|worr\w*|yell\w*|scream\w*|fired|laid off|behind|fail\w*|incompetent|exhaust\w*|burn(ed|t)? ?out|broke|debt|ignor\w*|alone|left me|moved out|cheat\w*|sick|pain)\b/i;

/** How a note words each life area the client talked about: a difficulty, or a plain mention. */
const LIFE_AREAS: Record<string, { difficulty: string; mention: string }> = {
  work_stress: { difficulty: 'stress at work', mention: 'work' },
  school: { difficulty: 'difficulties with school or studies', mention: 'school or studies' },
  relationships: { difficulty: 'difficulties in their relationship with their partner', mention: 'their relationship with their partner' },
  family: { difficulty: 'difficulties with family', mention: 'family' },
  grief: { difficulty: 'grief and loss', mention: 'grief and loss' },
  anxiety: { difficulty: 'anxiety or worry', mention: 'anxiety or worry' },
  substance_use: { difficulty: 'problems with substance use', mention: 'substance use' },
  self_worth: { difficulty: 'negative views of themself', mention: 'how they see themself' },
  health: { difficulty: 'physical health concerns', mention: 'physical health' },
  finances: { difficulty: 'financial stress', mention: 'money and bills' },
  loneliness: { difficulty: 'feeling lonely or isolated', mention: 'loneliness' },
  anger: { difficulty: 'anger or irritability', mention: 'anger' },
};
/** Themes whose every cue already names a difficulty. */
const ALWAYS_DIFFICULT = new Set(['anxiety', 'self_worth', 'loneliness', 'anger', 'grief']);

const MAX_QUOTES = 2;
const MAX_IDS = 8;

/**
 * A goal ("I'd like to sleep through the night again") is reported as the client's goal, not as
 * a complaint; the rest of its sentence ("I have trouble sleeping and …") still counts.
 */
interface Said {
  sentences: readonly ClientSentence[];
  goalClauses: ReadonlySet<string>;
}

/** The clause to quote for a match, or nothing when that clause is a goal. */
function quoteAt(s: ClientSentence, index: number, said: Said): string | undefined {
  const quote = clauseAround(s.sentence, index);
  return said.goalClauses.has(`${s.utteranceId}|${quote}`) ? undefined : quote;
}

interface ReportHit {
  utteranceId: string;
  index: number;
  quote: string;
  finding?: string;
}

function statementFor(lead: string, hits: ReportHit[], signals: Signals): SupportedStatement {
  const specific = hits.filter((h) => h.finding);
  const pool = specific.length ? specific : hits;
  const quotes = [...new Set([pool[0], pool.at(-1)].filter((h): h is ReportHit => h !== undefined).map((h) => h.quote))].slice(0, MAX_QUOTES);
  const ids = orderedIds([...pool.slice(0, 2), ...hits.slice(-MAX_IDS)].map((h) => h.utteranceId), signals.order).slice(-MAX_IDS);
  return { text: `${lead} (${quotes.map((q) => quoted(q, 120)).join('; ')}).`, utteranceIds: ids };
}

function findingsLead(hits: ReportHit[], topic: string): string {
  const counts = new Map<string, number>();
  for (const h of hits) if (h.finding) counts.set(h.finding, (counts.get(h.finding) ?? 0) + 1);
  const findings = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([f]) => f).slice(0, 3);
  return findings.length ? `Client reports ${listJoin(findings)}` : `Client discussed ${topic}`;
}

function domainHits(domain: Domain, said: Said): ReportHit[] {
  const hits: ReportHit[] = [];
  for (const s of said.sentences) {
    for (const cue of domain.cues) {
      const m = cue.pattern.exec(s.sentence);
      if (!m) continue;
      const quote = quoteAt(s, m.index, said);
      if (quote) hits.push({ utteranceId: s.utteranceId, index: s.index, quote, ...(cue.finding ? { finding: cue.finding } : {}) });
      break;
    }
  }
  return hits;
}

/** The client's answers to the clinician's opening questions ("How has the week been?"). */
export function checkInStatements(snapshot: SessionSnapshot, signals: Signals): SupportedStatement[] {
  const { utterances } = snapshot;
  const out: SupportedStatement[] = [];
  utterances.forEach((question, questionIndex) => {
    if (question.speaker !== 'clinician' || out.length >= MAX_CHECK_INS) return;
    const kind = CHECK_INS.find((c) => c.pattern.test(question.text));
    if (!kind) return;
    const reply = utterances.slice(questionIndex + 1, questionIndex + 3).find(isClientSide);
    if (!reply) return;
    // The reply's first sentence free of risk evidence: the rest is reported with its own domain.
    const first = signals.clientSentences.find((s) => s.utteranceId === reply.id && s.position === 0)?.sentence;
    if (!first || EMPTY_REPLY.test(first.trim())) return;
    const short = first.split(/\s+/).length <= 6;
    // The same answer to the same question again adds nothing.
    if (out.some((o) => o.text.includes(quoted(first, 80)) || o.text.includes(quoted(first, 120)))) return;
    out.push({
      text: short && kind.asked === 'how the week had been' ? `Asked ${kind.asked}, client described it as ${quoted(first, 80)}.` : `Asked ${kind.asked}, client said ${quoted(first, 120)}.`,
      utteranceIds: [question.id, reply.id],
    });
  });
  return out;
}

function mood(said: Said, signals: Signals): SupportedStatement | undefined {
  const hits: (ReportHit & { word: string })[] = [];
  for (const s of said.sentences) {
    const m = MOOD_WORD.exec(s.sentence);
    if (!m?.[1]) continue;
    if (NOT_A_MOOD.test(m[1].toLowerCase()) && NOT_A_MOOD_AFTER.test(s.sentence.slice(m.index + m[0].length))) continue;
    if (SOMEONE_ELSES_VIEW.test(s.sentence.slice(0, m.index))) continue;
    const quote = quoteAt(s, m.index, said);
    if (quote) hits.push({ utteranceId: s.utteranceId, index: s.index, quote, word: m[1].toLowerCase() });
  }
  if (hits.length === 0) return undefined;
  const words = [...new Set(hits.map((h) => h.word))].slice(-4);
  return statementFor(`Client describes feeling ${listJoin(words)}`, hits, signals);
}

function lifeAreas(said: Said, signals: Signals): SupportedStatement[] {
  const out: { first: number; statement: SupportedStatement }[] = [];
  for (const def of THEMES) {
    const wording = LIFE_AREAS[def.key];
    if (!wording) continue;
    const hits: ReportHit[] = [];
    for (const s of said.sentences) {
      const cue = def.cues.find((c) => c.weight >= 1 && c.pattern.test(s.sentence));
      if (!cue) continue;
      const quote = quoteAt(s, cue.pattern.exec(s.sentence)?.index ?? 0, said);
      if (!quote) continue;
      const difficult = ALWAYS_DIFFICULT.has(def.key) || DIFFICULTY.test(s.sentence);
      hits.push({ utteranceId: s.utteranceId, index: s.index, quote, ...(difficult ? { finding: wording.difficulty } : {}) });
    }
    const first = hits[0];
    if (!first) continue;
    const lead = hits.some((h) => h.finding) ? `Client reports ${wording.difficulty}` : `Client discussed ${wording.mention}`;
    out.push({ first: first.index, statement: statementFor(lead, hits, signals) });
  }
  return out.sort((a, b) => a.first - b.first).map((x) => x.statement);
}

/** What the client disclosed about risk, in a line; the risk section has the detail. */
function riskDisclosure(snapshot: SessionSnapshot, signals: Signals): SupportedStatement | undefined {
  const findings = riskFindings(snapshot.utterances, snapshot.risk).filter((f) => {
    const u = signals.byId.get(f.utteranceId);
    return u !== undefined && isClientSide(u);
  });
  if (findings.length === 0) return undefined;
  const phrases = [
    ...new Set(KIND_ORDER.flatMap((kind) => [...new Set(findings.filter((f) => f.kind === kind).map((f) => f.category))].map((c) => kindPhrase(c, kind)))),
  ];
  const words = [...new Set(findings.map((f) => f.words))];
  const shown = words.length <= 3 ? words : [words[0], ...words.slice(-2)].filter((w): w is string => w !== undefined);
  return {
    text: `Client disclosed ${listJoin(phrases)} (${shown.map((w) => quoted(w, 100)).join('; ')}); see risk assessment.`,
    utteranceIds: orderedIds(findings.map((f) => f.utteranceId), signals.order).slice(-MAX_IDS),
  };
}

export interface SelfReport {
  /** The client's account of their week and life, in note order. */
  statements: SupportedStatement[];
  /** What the client disclosed about risk, in one line (the risk section has the detail). */
  riskDisclosure?: SupportedStatement;
  /** Domains a note expects the client's account of that the session did not touch. */
  notAssessedItems: string[];
}

export function clientSelfReport(snapshot: SessionSnapshot, signals: Signals): SelfReport {
  const said: Said = { sentences: signals.clientSentences, goalClauses: new Set(signals.goals.map((g) => `${g.utteranceId}|${g.clause}`)) };
  const statements: SupportedStatement[] = [];
  const notAssessedItems: string[] = [];
  const opening = checkInStatements(snapshot, signals);
  statements.push(...opening);
  const feeling = mood(said, signals);
  if (feeling) statements.push(feeling);
  else if (opening.length === 0) notAssessedItems.push('Mood, in the client’s words');
  for (const domain of DOMAINS) {
    const hits = domainHits(domain, said);
    if (hits.length > 0) statements.push(statementFor(findingsLead(hits, domain.topic), hits, signals));
    else if (domain.notAssessed) notAssessedItems.push(domain.notAssessed);
  }
  statements.push(...lifeAreas(said, signals));
  const disclosed = riskDisclosure(snapshot, signals);
  return { statements, ...(disclosed ? { riskDisclosure: disclosed } : {}), notAssessedItems };
}
