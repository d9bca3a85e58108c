import { SCREEN_HINT, type RiskCategory, type RiskEvidence, type RiskLevel } from '../../contracts/analysis.ts';
import { CHILD_MARKERS, FIRST_PERSON, TIME_PATTERNS, WORDS } from './lexicon.ts';
import { originalSpan, tokenAt, type NormalizedText } from './normalize.ts';
import { sentenceMentions } from './objects.ts';
import { SCREEN_CUES, type Cue, type CueKind } from './knowledge/index.ts';
import {
  accidentCue,
  embarrassmentCue,
  inAntecedent,
  isNegated,
  laughterCue,
  mediaInSentence,
  resolveSubject,
  spanText,
  type Structure,
} from './scope.ts';
import { resolveRecency } from './temporal.ts';

/** Shown with every screen flag: it is a prompt to ask, not a finding. */
export { SCREEN_HINT };

/** What the precise rules left for the screen to read. */
export interface ScreenInput {
  n: NormalizedText;
  s: Structure;
  original: string;
  /** Spans [start, end) of the normalised text that are figures of speech. */
  idioms: ReadonlyArray<readonly [number, number]>;
  /** Spans of the normalised text a precise rule already read (kept or masked). */
  read: ReadonlyArray<readonly [number, number]>;
  /** Categories the precise rules found: the screen does not read these again. */
  found: ReadonlySet<RiskCategory>;
  /** An everyday plan or event is named here or was just named: "do it" may be about it. */
  everydayReferent: boolean;
  /** Sentences that are a clinician's questions: never a disclosure. */
  questions?: ReadonlySet<number>;
}

interface Hit {
  cue: Cue;
  start: number;
  end: number;
  sentence: number;
  /** Token index of the first word. */
  token: number;
  /** The speaker is named in the clause up to the end of the words ("I keep thinking about…"). */
  ownWords: boolean;
}

/** Which kinds each category adds up; modifiers raise a sum but never make one. */
const CORE: Record<RiskCategory, readonly CueKind[]> = {
  suicide: ['death', 'burden', 'means', 'weapon', 'prep', 'plan', 'act'],
  self_harm: ['injury'],
  violence: ['harm', 'target', 'weapon'],
  abuse: ['abuse', 'threat'],
};
const MODIFIERS: Record<RiskCategory, readonly CueKind[]> = {
  suicide: ['thought', 'intent', 'acquire'],
  self_harm: ['thought', 'intent', 'acquire'],
  violence: ['thought', 'intent', 'acquire'],
  abuse: ['leaving'],
};
const MODIFIER_KINDS: ReadonlySet<CueKind> = new Set(['thought', 'intent', 'acquire']);
/** How near (in words) a thought, intent or purchase must be to a means named alone. */
const MEANS_REACH = 8;
const CATEGORIES: readonly RiskCategory[] = ['suicide', 'self_harm', 'violence', 'abuse'];
const THRESHOLD = 1;
/** Modifiers together add at most this much: a thought and a purchase do not make a weak word a flag. */
const MODIFIER_CAP = 0.55;
/** A recent or ongoing time ("last week", "every night", "I've been …ing") adds this much. */
const RECENT_BONUS = 0.2;

/** A time that makes the words ongoing: "every night", "always", "I've been locking…". */
const ONGOING = TIME_PATTERNS.get('ONGOING');
/** Words that can open a clause whose "I" was dropped ("lowkey wanna…", "honestly been thinking…"). */
const SUBJECT_DROP_FILLERS = WORDS.set('SUBJECT_DROP_FILLERS');
/** Spanish verbs that name their speaker ("quiero", "compré"). */
const FIRST_PERSON_VERBS = WORDS.set('FIRST_PERSON_VERBS');
/** Words allowed between the speaker and a bare death word: "I could just die", "I think about death". */
const FRAME_WORDS = WORDS.set('DEATH_FRAME_WORDS');
/** "My little brother", "the young ones": a child of the family named by its marker. */
const SIBLINGS = WORDS.set('SIBLINGS');

/**
 * The recall tier: where the precise rules found nothing in a category, a broad weighted
 * lexicon is added up over each sentence and the next, and a sum of 1 or more raises a
 * low-confidence flag (`<category>.screen.lexical`, `tier: "screen"`): level low, or moderate
 * when a means is named with death words, a plan, an attempt or a thought of it. It reads the
 * client's words and a clinician's reflections of them, never inside a question, an idiom, a film or song, a negation, a
 * condition, someone else's experience or an everyday use it names ("a rope for the swing").
 */
export function screenRisk(input: ScreenInput, prefilter = true): RiskEvidence[] {
  const { n, s } = input;
  if (input.found.size === CATEGORIES.length) return [];
  if (laughterCue(input.original)) return [];
  const hits = collectHits(input, prefilter);
  if (hits.length === 0) return [];

  // A sentence and the next one with words in it ("…I think about just… turning the wheel").
  const spoken = s.sentences.flatMap(([a, b], i) => (n.tokens.slice(a, b).some((t) => !t.punct) ? [i] : []));
  const windows = spoken.length <= 1 ? [spoken] : spoken.slice(0, -1).map((i, j) => [i, spoken[j + 1]!]);
  const evidence: RiskEvidence[] = [];
  for (const category of CATEGORIES) {
    if (input.found.has(category)) continue;
    const counted = new Map<Hit, RiskLevel>();
    for (const sentences of windows) {
      const window = hits.filter((h) => sentences.includes(h.sentence));
      const result = scoreWindow(input, category, window, sentences);
      if (result)
        for (const h of result.core) if (!counted.has(h) || result.level === 'moderate') counted.set(h, result.level);
    }
    if (counted.size === 0) continue;
    const level = [...counted.values()].includes('moderate') ? 'moderate' : 'low';
    for (const h of [...counted.keys()].sort((a, b) => a.start - b.start)) {
      const span = originalSpan(n, h.start, h.end);
      if (evidence.some((e) => e.category === category && e.start === span.start && e.end === span.end)) continue;
      evidence.push({
        category,
        level,
        start: span.start,
        end: span.end,
        text: input.original.slice(span.start, span.end),
        rule: `${category}.screen.lexical`,
        kind: 'possible_risk_language',
        source: 'rule',
        tier: 'screen',
        hint: SCREEN_HINT,
      });
    }
  }
  return evidence;
}

function collectHits(input: ScreenInput, prefilter: boolean): Hit[] {
  const { n, s } = input;
  const hits: Hit[] = [];
  const sentenceText = new Map<number, string>();
  const textOf = (i: number): string => {
    let t = sentenceText.get(i);
    if (t === undefined) {
      const [a, b] = s.sentences[i]!;
      t = spanText(n, a, b);
      sentenceText.set(i, t);
    }
    return t;
  };
  for (const cue of SCREEN_CUES) {
    if (prefilter && cue.trigger && !cue.trigger.test(n.text)) continue;
    cue.pattern.lastIndex = 0;
    for (const m of n.text.matchAll(cue.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) continue;
      const first = tokenAt(n, start);
      if (first >= n.tokens.length) continue;
      if (overlaps(input.read, start, end) || overlaps(input.idioms, start, end)) continue;
      const sentence = s.sentenceOf[first]!;
      if (input.questions?.has(sentence)) continue;
      const text = textOf(sentence);
      if (cue.negatable !== false && isNegated(n, s, first)) continue;
      if (cue.conditional !== false && inAntecedent(n, s, first, input.original)) continue;
      if (cue.who === 'self' && resolveSubject(n, s, first) === 'other') continue;
      if (cue.who === 'framed' && !framedBySelf(n, first)) continue;
      if (cue.unless && everydayUse(input, cue.unless, sentence)) continue;
      const isAbuse = cue.kind === 'abuse' || cue.kind === 'threat' || cue.kind === 'leaving';
      if (!isAbuse && mediaInSentence(text)) continue;
      if ((cue.kind === 'injury' || cue.kind === 'means') && accidentCue(clauseOf(input, first))) continue;
      if (
        (cue.kind === 'death' || cue.kind === 'burden') &&
        (embarrassmentCue(text) ||
          embarrassmentCue(textOf(sentence + 1 < s.sentences.length ? sentence + 1 : sentence)))
      )
        continue;
      const own = ownWords(input, first, tokenAt(n, end - 1));
      // Thinking, wanting, buying, trying count only as the speaker's own ("I keep thinking about…").
      if ((cue.own || MODIFIER_KINDS.has(cue.kind)) && !own) continue;
      hits.push({ cue, start, end, sentence, token: first, ownWords: own });
    }
  }
  return hits;
}

function scoreWindow(
  input: ScreenInput,
  category: RiskCategory,
  window: Hit[],
  sentences: number[],
): { core: Hit[]; level: RiskLevel } | null {
  const core = CORE[category];
  const kinds = new Set(window.map((h) => h.cue.kind));
  const violent = kinds.has('harm') || kinds.has('target');
  let usable = window.filter((h) => core.includes(h.cue.kind));
  // A weapon is for harming someone when a target is named; otherwise it is a means.
  if (category === 'suicide')
    usable = usable.filter((h) => h.cue.kind !== 'weapon' || (!h.cue.only && !violent && !input.found.has('violence')));
  // A means inside words about harming someone ("rat poison in his beer") is for them, not the speaker.
  if (category === 'suicide')
    usable = usable.filter(
      (h) =>
        h.cue.kind !== 'means' || !window.some((v) => v.cue.kind === 'harm' && v.start <= h.start && h.end <= v.end),
    );
  if (category === 'violence') {
    if (!kinds.has('harm') && !(kinds.has('weapon') && kinds.has('target'))) return null;
  }
  if (category === 'abuse') usable = usable.filter((h) => !h.cue.dependant || dependantNamed(input, sentences));
  if (usable.length === 0) return null;

  const sums = new Map<CueKind, number>();
  for (const h of usable) sums.set(h.cue.kind, Math.min(1, (sums.get(h.cue.kind) ?? 0) + h.cue.weight));
  const usableKinds = new Set(sums.keys());
  // Things alone ("guns and ammo", "a red pill", "razors") need the speaker's own thought, intent or purchase close by.
  if (usable.every((h) => h.cue.kind === 'means' || h.cue.kind === 'weapon' || h.cue.object)) {
    const near = window.some(
      (m) =>
        MODIFIERS[category].includes(m.cue.kind) &&
        usable.some((h) => h.sentence === m.sentence && Math.abs(h.token - m.token) <= MEANS_REACH),
    );
    if (!near) return null;
  }
  if (category === 'suicide' && [...usableKinds].every((k) => k === 'plan')) {
    // "I'll do it Sunday" with nothing else: only when it is a whole plan and nothing everyday is its object.
    if ((sums.get('plan') ?? 0) < 1 || input.everydayReferent) return null;
  }
  let score = [...sums.values()].reduce((a, b) => a + b, 0);
  let modifiers = 0;
  for (const kind of MODIFIERS[category]) {
    const best = Math.max(0, ...window.filter((h) => h.cue.kind === kind).map((h) => h.cue.weight));
    modifiers += best;
  }
  if (recentOrOngoing(input, sentences)) modifiers += RECENT_BONUS;
  score += Math.min(MODIFIER_CAP, modifiers);
  if (score < THRESHOLD) return null;

  // An act told with its means ("took everything in the medicine cabinet") names a means too.
  const meansNamed = usable.some(
    (h) => h.cue.method && (h.cue.kind === 'means' || h.cue.kind === 'weapon' || h.cue.kind === 'act'),
  );
  let level: RiskLevel = 'low';
  if (
    category === 'suicide' &&
    meansNamed &&
    (['death', 'plan', 'act'].some((k) => usableKinds.has(k as CueKind)) || kinds.has('thought'))
  )
    level = 'moderate';
  if (category === 'self_harm' && usable.some((h) => h.cue.method && h.cue.weight >= 0.7)) level = 'moderate';
  if (category === 'violence' && kinds.has('weapon')) level = 'moderate';
  return { core: usable, level };
}

function recentOrOngoing(input: ScreenInput, sentences: number[]): boolean {
  const { n, s } = input;
  const text = spanText(n, s.sentences[sentences[0]!]![0], s.sentences[sentences.at(-1)!]![1]);
  return resolveRecency(text) === 'recent' || ONGOING.test(text);
}

/** A child or an elder named in the window ("my little brother", "she's 87", "he has dementia"). */
function dependantNamed(input: ScreenInput, sentences: number[]): boolean {
  const { n, s } = input;
  const from = s.sentences[sentences[0]!]![0];
  const to = s.sentences[sentences.at(-1)!]![1];
  const mentions = sentenceMentions(n, from, to);
  if (mentions.child || mentions.elder) return true;
  for (let k = from; k < to - 1; k++) {
    if (CHILD_MARKERS.has(n.tokens[k]!.text) && SIBLINGS.has(n.tokens[k + 1]!.text)) return true;
  }
  return false;
}

/** The everyday use named in the sentence explains the words, unless it is itself negated ("I don't hunt"). */
function everydayUse(input: ScreenInput, unless: RegExp, sentence: number): boolean {
  const { n, s } = input;
  const [a, b] = s.sentences[sentence]!;
  const text = spanText(n, a, b);
  const offset = n.tokens[a]!.start;
  const global = new RegExp(unless.source, 'g');
  for (const m of text.matchAll(global)) {
    const token = tokenAt(n, offset + m.index);
    if (token < n.tokens.length && !isNegated(n, s, token)) return true;
  }
  return false;
}

/**
 * The speaker's own words: a first-person word in the clause up to the end of the match, or
 * no subject at all before it ("lowkey wanna…", "been thinking about…"), as chat drops the "I".
 */
function ownWords(input: ScreenInput, first: number, last: number): boolean {
  const { n, s } = input;
  const [clauseStart] = s.clauses[s.clauseOf[first]!]!;
  let subjectless = true;
  let fillers = 0;
  for (let k = clauseStart; k <= last && k < n.tokens.length; k++) {
    const t = n.tokens[k]!;
    if (FIRST_PERSON.has(t.text) || FIRST_PERSON_VERBS.has(t.text)) return true;
    if (k >= first || t.punct) continue;
    if (SUBJECT_DROP_FILLERS.has(t.text)) fillers++;
    else subjectless = false;
  }
  // A bare verb opening the clause ("Shoot him") is an imperative, not a dropped "I".
  return subjectless && fillers > 0;
}

/** A bare death word counts right after the speaker's own words, with only frame words between. */
function framedBySelf(n: NormalizedText, index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 6; k--) {
    const t = n.tokens[k]!;
    if (t.punct) return false;
    if (FIRST_PERSON.has(t.text) || FIRST_PERSON_VERBS.has(t.text)) return true;
    if (!FRAME_WORDS.has(t.text)) return false;
  }
  return false;
}

function clauseOf(input: ScreenInput, token: number): string {
  const [a, b] = input.s.clauses[input.s.clauseOf[token]!]!;
  return spanText(input.n, a, b);
}

function overlaps(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  return spans.some(([a, b]) => start < b && end > a);
}
