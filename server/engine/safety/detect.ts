import type {
  RiskAssessment,
  RiskCategory,
  RiskEvidence,
  RiskEvidenceKind,
  RiskLevel,
  Utterance,
} from '../../contracts/analysis.ts';
import { compareLevels, maxLevel } from './levels.ts';
import { normalize, originalSpan, tokenAt, type NormalizedText } from './normalize.ts';
import { CONVERSATION_PATTERNS, SCOPE_PATTERNS, WORDS } from './lexicon.ts';
import { classifyObject, sentenceMentions } from './objects.ts';
import { CONTEXTUAL, IDIOMS, RULES, type Rule } from './knowledge/index.ts';
import {
  accidentCue,
  embarrassmentCue,
  inAntecedent,
  isNegated,
  isQuestion,
  laughterCue,
  mediaCue,
  mediaInSentence,
  quotedSpans,
  resolveSubject,
  spanText,
  structure,
  type Structure,
} from './scope.ts';
import { namesEverydayPlan } from './referents.ts';
import { screenRisk } from './screen.ts';
import { resolveRecency } from './temporal.ts';

/** What the conversation is about, so that "I've thought about it" can be read. */
export interface DetectContext {
  /** Categories raised by the clinician's last question or the last flagged utterances. */
  topics?: readonly RiskCategory[];
  /** An everyday plan or event ("the wedding") was just named: "I picked a date" may be about it. */
  everydayReferent?: boolean;
}

export const CATEGORY_ORDER: readonly RiskCategory[] = ['suicide', 'self_harm', 'violence', 'abuse'];

interface Candidate {
  category: RiskCategory;
  level: Exclude<RiskLevel, 'none'>;
  start: number;
  end: number;
  rule: string;
  kind: RiskEvidenceKind;
  escalator: boolean;
  sentence: number;
  masks?: RiskCategory[];
}

interface Analysis {
  n: NormalizedText;
  s: Structure;
  original: string;
  /** Found on first need: most utterances match no rule at all. */
  idioms: Array<[number, number]> | null;
  sentenceCache: Map<number, { child: boolean; elder: boolean }>;
  prefilter: boolean;
  /** The utterance names an everyday plan or event its plan words may be about. */
  everyday: boolean;
  /** Laughter or "jk" in the utterance; found once. */
  laughter: boolean;
  /** Quoted passages of the original text (lyrics, titles); found on first need. */
  quotes: Array<[number, number]> | null;
}

const ABUSE_AGENT_REJECT = WORDS.set('NOT_AN_ABUSER');

/** The risk a clinician's screening question asks about, read as if the client had said it. */
export interface QuestionTopic {
  category: RiskCategory;
  level: Exclude<RiskLevel, 'none'>;
}

/** One utterance read once: its own risk, and for a clinician's question, what it asks about. */
export interface Reading {
  risk: RiskAssessment;
  asked: QuestionTopic | null;
  /** It names an everyday plan or event that the next turns' "it" or "a date" may refer to. */
  namesEverydayPlan: boolean;
}

/**
 * Reads one utterance for suicide, self-harm, violence and abuse risk. Pure and synchronous:
 * hand-written rules over normalised text, with negation, condition, subject, media, accident
 * and time read from the words around each match.
 */
export function detectRisk(u: Utterance, context: DetectContext = {}): RiskAssessment {
  return readUtterance(u, context).risk;
}

/**
 * The same without the keyword prefilter: every rule runs on every utterance. Slower; it
 * exists to check that the prefilter never changes a result.
 */
export function detectRiskExhaustive(u: Utterance, context: DetectContext = {}): RiskAssessment {
  return readUtterance(u, context, false).risk;
}

/**
 * The risk a clinician's question is about ("have you had thoughts of killing yourself?" →
 * suicide, low). Null when the utterance asks no such question.
 */
export function questionTopic(u: Utterance): QuestionTopic | null {
  return readUtterance(u).asked;
}

/**
 * Both at once. A clinician's question is never a disclosure: what matches inside it is set
 * aside as the question's topic instead.
 */
export function readUtterance(u: Utterance, context: DetectContext = {}, prefilter = true): Reading {
  const n = normalize(u.text, u.speaker === 'clinician' ? 'listener' : 'speaker');
  if (n.tokens.length === 0)
    return { risk: { level: 'none', categories: [], evidence: [] }, asked: null, namesEverydayPlan: false };
  const s = structure(n);
  const questionSentences = new Set<number>();
  if (u.speaker === 'clinician') {
    s.sentences.forEach((_, i) => {
      if (isQuestion(n, s, i, u.text)) questionSentences.add(i);
    });
  }
  const everyday = namesEverydayPlan(n);
  const a: Analysis = {
    n,
    s,
    original: u.text,
    idioms: null,
    sentenceCache: new Map(),
    prefilter,
    everyday,
    laughter: laughterCue(u.text),
    quotes: null,
  };
  // Words with no object of their own ("I picked a date") take the topic the conversation is on
  // (read by the contextual rules), or an everyday plan just named; with neither, they are read as a plan.
  const anchored = (context.topics?.length ?? 0) > 0 || context.everydayReferent === true || everyday;

  const candidates: Candidate[] = [];
  for (const rule of RULES) {
    if (rule.escalator || (rule.unanchored && anchored)) continue;
    collect(a, rule, rule.category, candidates);
  }
  for (const topic of context.topics ?? []) {
    for (const rule of CONTEXTUAL) {
      if (topic === 'abuse') continue;
      collect(a, rule, topic, candidates);
    }
  }
  const found = new Set(candidates.map((c) => c.category));
  const escalations: Candidate[] = [];
  for (const rule of RULES) {
    if (rule.escalator && found.has(rule.category)) collect(a, rule, rule.category, escalations);
  }
  // An escalation (a decision, a weapon) counts only next to what it escalates.
  for (const e of escalations) {
    const near = candidates.some((c) => c.category === e.category && Math.abs(c.sentence - e.sentence) <= 1);
    if (near) candidates.push(e);
  }
  const kept = applyMasks(candidates);
  const own = kept.filter((c) => !questionSentences.has(c.sentence));
  const asked = kept.filter((c) => questionSentences.has(c.sentence));
  let risk = summarise(a, own);
  // The screen reads the client's own words, and a clinician's reflections of them ("you told me you've been…"),
  // read from the client's side as the precise rules read them; never a clinician's questions.
  if (u.speaker !== 'clinician' || REFLECTION.test(u.text))
    risk = withScreen(a, risk, candidates, everyday || context.everydayReferent === true, questionSentences);
  return { risk, asked: askedAbout(n, asked), namesEverydayPlan: everyday };
}

/** A clinician telling back what the client said: "you told me…", "so on Tuesday you…", "what I'm hearing is…". */
const REFLECTION = CONVERSATION_PATTERNS.get('REFLECTION');

/** Adds the lexical screen's low-confidence evidence for the categories the precise rules did not find. */
function withScreen(
  a: Analysis,
  risk: RiskAssessment,
  read: Candidate[],
  everydayReferent: boolean,
  questions: ReadonlySet<number>,
): RiskAssessment {
  a.idioms ??= findIdioms(a.n);
  const screened = screenRisk(
    {
      n: a.n,
      s: a.s,
      original: a.original,
      idioms: a.idioms,
      read: read.map((c) => [c.start, c.end] as const),
      found: new Set(risk.categories),
      everydayReferent,
      questions,
    },
    a.prefilter,
  );
  if (screened.length === 0) return risk;
  const evidence = [...risk.evidence, ...screened].sort((x, y) => x.start - y.start || compareLevels(y.level, x.level));
  const categories = CATEGORY_ORDER.filter((c) => evidence.some((e) => e.category === c));
  const level = evidence.reduce<RiskLevel>((l, e) => maxLevel(l, e.level), 'none');
  return { level, categories, evidence };
}

const BEHAVIOUR_ASKED_ACT = CONVERSATION_PATTERNS.get('BEHAVIOUR_ASKED_ACT');
const BEHAVIOUR_ASKED_EVER = CONVERSATION_PATTERNS.get('BEHAVIOUR_ASKED_EVER');

function askedAbout(n: NormalizedText, asked: Candidate[]): QuestionTopic | null {
  const top = asked.reduce<Candidate | null>(
    (best, c) => (best === null || compareLevels(c.level, best.level) > 0 ? c : best),
    null,
  );
  if (!top) return null;
  // "Have you ever done anything … to end your life?" asks about behaviour, whatever its verb.
  const behaviourAsked = BEHAVIOUR_ASKED_ACT.test(n.text) && BEHAVIOUR_ASKED_EVER.test(n.text);
  return { category: top.category, level: behaviourAsked ? 'high' : top.level };
}

function findIdioms(n: NormalizedText): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const idiom of IDIOMS) {
    for (const m of n.text.matchAll(idiom)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

function collect(a: Analysis, rule: Rule, category: RiskCategory, out: Candidate[]): void {
  const { n, s } = a;
  if (a.prefilter && rule.trigger && !rule.trigger.test(n.text)) return;
  if (rule.requires && !rule.requires.test(n.text)) return;
  if (rule.anchorable && a.everyday) return;
  rule.pattern.lastIndex = 0;
  for (const m of n.text.matchAll(rule.pattern)) {
    const start = m.index;
    let end = start + m[0].length;
    if (m[0].length === 0) continue;
    const first = tokenAt(n, start);
    if (first >= n.tokens.length) continue;
    const sentence = s.sentenceOf[first]!;
    if (rule.unless) {
      const [sStart, sEnd] = s.sentences[sentence]!;
      if (rule.unless.test(spanText(n, sStart, sEnd))) continue;
    }
    a.idioms ??= findIdioms(n);
    if (a.idioms.some(([i0, i1]) => start < i1 && end > i0)) continue;
    if (rule.subject === 'self' && resolveSubject(n, s, first) === 'other') continue;
    if (rule.negatable !== false && isNegated(n, s, first)) continue;
    const [clauseStart, clauseEnd] = s.clauses[s.clauseOf[first]!]!;
    const clauseText = spanText(n, clauseStart, clauseEnd);
    let effectiveCategory = category;
    if (rule.object) {
      const objIndex = m.indices?.groups?.obj ?? m.indices?.groups?.obj2 ?? m.indices?.groups?.obj3;
      if (objIndex === undefined) continue;
      const objStart = tokenAt(n, objIndex[0]);
      const [sStart, sEnd] = s.sentences[sentence]!;
      const mentions = sentenceMentionsCached(a, sentence, sStart, sEnd);
      const obj = classifyObject(n, objStart, clauseEnd, mentions);
      if (!obj) continue;
      if (!objectFits(a, rule, obj.kind, objStart, obj.end, first)) continue;
      if (rule.childOrElderIsAbuse && (obj.kind === 'child' || obj.kind === 'elder')) effectiveCategory = 'abuse';
      // The object group reaches ahead a few words; the evidence ends with the object itself.
      if (objIndex[1] === end) end = Math.min(end, n.tokens[obj.end - 1]!.end);
    }
    if (rule.conditional !== false && inAntecedent(n, s, first, a.original)) {
      const againInClause = /\bagain\b/.test(clauseText);
      if (!(effectiveCategory === 'abuse' && againInClause)) continue;
    }
    if (rule.accident && accidentCue(clauseText)) continue;
    // Harm to others inside a game or film is fiction; harm to the speaker only when the title
    // follows ("I killed myself in Minecraft"); abuse of the speaker, a child or an elder is never fiction.
    const media = effectiveCategory === 'abuse' ? null : mediaCue(clauseText);
    if (media) {
      const matchOffset = n.tokens[first]!.start - n.tokens[clauseStart]!.start;
      if (effectiveCategory === 'violence' || media.index >= matchOffset) continue;
    }
    if (figureOfSpeech(a, effectiveCategory, rule, sentence, n.tokens[clauseStart]!.start, start, end)) continue;
    out.push({
      category: effectiveCategory,
      level: levelOf(a, rule, sentence),
      start,
      end,
      rule: rule.id,
      kind: rule.kind,
      escalator: rule.escalator === true,
      sentence,
      masks: rule.masks,
    });
  }
}

/** A wish to be dead and its kin: what an embarrassment beside the words turns into a figure of speech. */
const PASSIVE: ReadonlySet<RiskEvidenceKind> = new Set(['passive_wish', 'burden', 'no_one_would_care']);
const FUTURE_FRAME = SCOPE_PATTERNS.get('FUTURE_FRAME');
const PAST_WISH = SCOPE_PATTERNS.get('PAST_WISH');

/**
 * Said in jest or as a figure of speech, by what surrounds the words: a threat in the future
 * with laughter ("I'm gonna kill my brother if he eats my leftovers lol"); a past wish to die
 * beside an embarrassment ("I wanted to die, I tripped on stage"); words inside quotation marks
 * in a sentence about a song, a show or a game ("the chorus is just 'I wanna die'").
 */
function figureOfSpeech(
  a: Analysis,
  category: RiskCategory,
  rule: Rule,
  sentence: number,
  clauseStartChar: number,
  start: number,
  end: number,
): boolean {
  const { n, s } = a;
  if (
    a.laughter &&
    (category === 'violence' || category === 'abuse') &&
    FUTURE_FRAME.test(n.text.slice(clauseStartChar, end))
  )
    return true;
  const [sStart, sEnd] = s.sentences[sentence]!;
  const sentenceText = spanText(n, sStart, sEnd);
  if (category === 'suicide' && PASSIVE.has(rule.kind)) {
    const lead = n.text.slice(Math.max(clauseStartChar, start - 24), end);
    const next = sentence + 1 < s.sentences.length ? spanText(n, ...s.sentences[sentence + 1]!) : '';
    if (PAST_WISH.test(lead) && (embarrassmentCue(sentenceText) || embarrassmentCue(next))) return true;
  }
  if (category !== 'abuse' && mediaInSentence(sentenceText)) {
    a.quotes ??= quotedSpans(a.original);
    const span = originalSpan(n, start, end);
    if (a.quotes.some(([q0, q1]) => span.start >= q0 && span.end <= q1)) return true;
  }
  return false;
}

/** Children and elders mentioned in this sentence or the one before ("my nana … they leave her"). */
function sentenceMentionsCached(
  a: Analysis,
  sentence: number,
  from: number,
  to: number,
): { child: boolean; elder: boolean } {
  let cached = a.sentenceCache.get(sentence);
  if (!cached) {
    const previousStart = sentence > 0 ? a.s.sentences[sentence - 1]![0] : from;
    cached = sentenceMentions(a.n, previousStart, to);
    a.sentenceCache.set(sentence, cached);
  }
  return cached;
}

/** Violence needs someone other than the speaker; abuse needs the speaker, a child or an elder as the one harmed. */
function objectFits(
  a: Analysis,
  rule: Rule,
  kind: string,
  objStart: number,
  objEnd: number,
  matchStart: number,
): boolean {
  const { n } = a;
  const after = n.tokens[objEnd]?.text;
  // "hold him back" is not harm; "back in 2015", "back when…" only say when.
  const backAsTime = after === 'back' && ['in', 'when', 'then'].includes(n.tokens[objEnd + 1]?.text ?? '');
  if (rule.object === 'person') {
    if (kind === 'self') return false;
    if (after === 'up' || (after === 'back' && !backAsTime)) return false;
    if (after === 'at' && /^beat/.test(n.tokens[objStart - 1]?.text ?? '')) return false;
    return true;
  }
  if (kind === 'person') return false;
  if (after === 'up' || (after === 'at' && /^beat/.test(n.tokens[objStart - 1]?.text ?? ''))) return false;
  const agent = agentBefore(n, matchStart);
  if (agent !== null && ABUSE_AGENT_REJECT.has(agent)) return false;
  // "wanted to beat him": a wish of the speaker's, not an act against them.
  if (agent === 'to' && kind !== 'self') return false;
  if (kind === 'self' && (agent === 'i' || agent === 'we')) return false;
  return true;
}

function agentBefore(n: NormalizedText, index: number): string | null {
  for (let k = index - 1; k >= 0 && k >= index - 3; k--) {
    const t = n.tokens[k]!;
    if (t.punct) return null;
    if (
      ![
        'really',
        'always',
        'just',
        'also',
        'still',
        'never',
        'sometimes',
        'has',
        'had',
        'have',
        'been',
        'keeps',
        'kept',
        'once',
      ].includes(t.text)
    )
      return t.text;
  }
  return null;
}

function levelOf(a: Analysis, rule: Rule, sentence: number): Exclude<RiskLevel, 'none'> {
  if (rule.level !== 'behaviour') return rule.level;
  const [from, to] = a.s.sentences[sentence]!;
  let recency = resolveRecency(spanText(a.n, from, to));
  if (recency === 'unknown') recency = resolveRecency(a.n.text);
  return recency === 'past' ? 'moderate' : 'high';
}

function applyMasks(candidates: Candidate[]): Candidate[] {
  const masks = candidates.filter((c) => c.masks && c.masks.length > 0);
  if (masks.length === 0) return candidates;
  return candidates.filter(
    (c) => !masks.some((m) => m !== c && m.masks!.includes(c.category) && c.start < m.end && c.end > m.start),
  );
}

function summarise(a: Analysis, candidates: Candidate[]): RiskAssessment {
  const byCategory = new Map<RiskCategory, Candidate[]>();
  for (const c of candidates) {
    const list = byCategory.get(c.category) ?? [];
    list.push(c);
    byCategory.set(c.category, list);
  }
  const evidence: RiskEvidence[] = [];
  let level: RiskLevel = 'none';
  const categories: RiskCategory[] = [];
  for (const category of CATEGORY_ORDER) {
    const list = byCategory.get(category);
    if (!list || list.length === 0) continue;
    categories.push(category);
    for (const c of keepStrongest(list)) {
      const span = originalSpan(a.n, c.start, c.end);
      evidence.push({
        category,
        level: c.level,
        start: span.start,
        end: span.end,
        text: a.original.slice(span.start, span.end),
        rule: c.rule,
        kind: c.kind,
        source: 'rule',
      });
      level = maxLevel(level, c.level);
    }
  }
  evidence.sort((x, y) => x.start - y.start || compareLevels(y.level, x.level));
  return { level, categories, evidence };
}

/** Overlapping matches of one category collapse to the highest level (then the longest span). */
function keepStrongest(list: Candidate[]): Candidate[] {
  const sorted = [...list].sort((x, y) => compareLevels(y.level, x.level) || y.end - y.start - (x.end - x.start));
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.some((k) => c.start < k.end && c.end > k.start)) continue;
    kept.push(c);
  }
  return kept;
}
