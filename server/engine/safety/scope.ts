import {
  CONVERSATION_PATTERNS,
  FIRST_PERSON,
  NEGATION_CANCELLERS,
  NEGATION_RAISERS,
  NEGATORS,
  NON_PERSON_PROPER,
  OTHER_PERSON,
  SCOPE_PATTERNS,
  THIRD_SINGULAR_VERBS,
  WORDS,
} from './lexicon.ts';
import type { NormalizedText } from './normalize.ts';

/** Sentence and clause structure of a normalised utterance, by token index. */
export interface Structure {
  sentenceOf: Int32Array;
  clauseOf: Int32Array;
  /** Token ranges [start, end) per sentence and per clause. */
  sentences: Array<[number, number]>;
  clauses: Array<[number, number]>;
}

const SENTENCE_END = WORDS.set('SENTENCE_END');
const CLAUSE_BREAK = WORDS.set('CLAUSE_BREAK');

export function structure(n: NormalizedText): Structure {
  const count = n.tokens.length;
  const sentenceOf = new Int32Array(count);
  const clauseOf = new Int32Array(count);
  const sentences: Array<[number, number]> = [];
  const clauses: Array<[number, number]> = [];
  let sStart = 0;
  let cStart = 0;
  for (let i = 0; i < count; i++) {
    const t = n.tokens[i]!.text;
    const endsSentence = SENTENCE_END.has(t);
    if (CLAUSE_BREAK.has(t) && !endsSentence && i > cStart) {
      clauses.push([cStart, i]);
      cStart = i;
    }
    sentenceOf[i] = sentences.length;
    clauseOf[i] = clauses.length;
    if (endsSentence) {
      clauses.push([cStart, i + 1]);
      sentences.push([sStart, i + 1]);
      sStart = cStart = i + 1;
    }
  }
  if (sStart < count) sentences.push([sStart, count]);
  if (cStart < count) clauses.push([cStart, count]);
  return { sentenceOf, clauseOf, sentences, clauses };
}

const SUBJECT_PRONOUNS = WORDS.set('SUBJECT_PRONOUNS');
const NEGATION_WINDOW = 8;
/** "Trying not to think about…" admits the thought. */
const TRY_VERBS = WORDS.set('TRY_VERBS');

/**
 * A negator earlier in the same clause, close enough and with no new subject in between
 * (unless it heads a negation-raising verb: "I don't think I'd ever…"). "Can't stop",
 * "don't know if", "not sure" do not negate.
 */
export function isNegated(n: NormalizedText, s: Structure, anchor: number): boolean {
  const clauseStart = s.clauses[s.clauseOf[anchor]!]![0];
  let sawSubject = false;
  for (let k = anchor - 1; k >= clauseStart && k >= anchor - NEGATION_WINDOW; k--) {
    const t = n.tokens[k]!.text;
    if (NEGATORS.has(t)) {
      const next = n.tokens[k + 1]?.text ?? '';
      // "No, not good": the nearer negator decides, and this one only answers.
      if (NEGATION_CANCELLERS.has(next) || NEGATORS.has(next)) continue;
      if (TRY_VERBS.has(n.tokens[k - 1]?.text ?? '')) continue;
      if (t === 'no' && next === 'one') continue;
      if (sawSubject && !NEGATION_RAISERS.has(next)) return false;
      return true;
    }
    // Spanish "nunca he pensado": "he" is "I have", not a new subject.
    if (SUBJECT_PRONOUNS.has(t) && !(t === 'he' && SPANISH_PARTICIPLE.test(n.tokens[k + 1]?.text ?? '')))
      sawSubject = true;
  }
  return negatedAfter(n, s, anchor);
}

/** A verdict after the words: "killing myself isn't an option", "…is off the table". */
const NEGATION_AFTER = SCOPE_PATTERNS.get('NEGATION_AFTER');

function negatedAfter(n: NormalizedText, s: Structure, anchor: number): boolean {
  const end = s.sentences[s.sentenceOf[anchor]!]![1];
  if (end <= anchor) return false;
  return NEGATION_AFTER.test(spanText(n, anchor, end));
}

/** "I don't know if I want to…": `if` means whether, not a condition. */
const WHETHER_VERBS = WORDS.set('WHETHER_VERBS');
const ASK_VERBS = WORDS.set('ASK_VERBS');
const OBJECT_PRONOUNS = WORDS.set('OBJECT_PRONOUNS');
const CONDITIONALS = WORDS.set('CONDITIONALS');
const MODALS = WORDS.set('MODALS');

/**
 * The match sits in the antecedent of a conditional ("if I ever felt like killing myself, I'd
 * call…"): a plan for a possibility, not a disclosure. In the consequent ("if she leaves I'll
 * kill myself") it is a disclosure. "What if I just…" is ideation, not a condition.
 */
export function inAntecedent(n: NormalizedText, s: Structure, anchor: number, original: string): boolean {
  const sentenceStart = s.sentences[s.sentenceOf[anchor]!]![0];
  for (let k = anchor; k >= sentenceStart; k--) {
    const t = n.tokens[k]!.text;
    const prev = n.tokens[k - 1]?.text;
    if (k === anchor && !MODALS.has(t)) continue;
    if (t === 'then') return false;
    if (MODALS.has(t) && prev !== undefined && SUBJECT_PRONOUNS.has(prev) && k - 1 > sentenceStart) {
      const before = n.tokens[k - 2]?.text;
      if (before !== 'if' && before !== 'si') return false;
    }
    if (t === 'case' && prev === 'in') return true;
    if (CONDITIONALS.has(t)) {
      if (prev === 'what' || prev === 'as') return false;
      if (prev !== undefined && WHETHER_VERBS.has(prev)) continue;
      // "She asked if I ever wanted to die": a question reported, not a disclosure.
      if (
        prev !== undefined &&
        (ASK_VERBS.has(prev) || (OBJECT_PRONOUNS.has(prev) && ASK_VERBS.has(n.tokens[k - 2]?.text ?? '')))
      )
        return true;
      if (t === 'si') {
        const tok = n.tokens[k]!;
        const next = n.tokens[k + 1];
        if (/í/i.test(original.slice(tok.origStart, tok.origEnd)) || next === undefined || next.punct) return false;
      }
      return true;
    }
  }
  return false;
}

const QUESTION_FILLERS = WORDS.set('QUESTION_FILLERS');
const AUXILIARIES = WORDS.set('AUXILIARIES');
const INVERTED_SUBJECTS = WORDS.set('INVERTED_SUBJECTS');

const QUESTION_WORDS = WORDS.set('QUESTION_WORDS');
const QUESTION_OPENERS = WORDS.set('QUESTION_OPENERS');

/** Words before an auxiliary that make it a statement ("I have you to thank"). */
const DECLARATIVE_SUBJECTS = WORDS.set('DECLARATIVE_SUBJECTS');

const SPANISH_QUESTION = CONVERSATION_PATTERNS.get('SPANISH_QUESTION');

/** A Spanish question without its marks ("y cuándo fue eso"): read as typed, since its accents tell it. */
export const asksInSpanish = (sentence: string): boolean => SPANISH_QUESTION.test(sentence.trim());

/**
 * A sentence is a question: a question mark, an inverted auxiliary near its start, or (read in
 * `original`, the text as typed) a Spanish question's opening — transcripts carry no punctuation.
 */
export function isQuestion(n: NormalizedText, s: Structure, sentence: number, original?: string): boolean {
  const [start, end] = s.sentences[sentence]!;
  if (n.tokens[end - 1]?.text === '?') return true;
  if (
    original !== undefined &&
    end > start &&
    asksInSpanish(original.slice(n.tokens[start]!.origStart, n.tokens[end - 1]!.origEnd))
  )
    return true;
  let k = start;
  while (k < end && QUESTION_FILLERS.has(n.tokens[k]!.unswapped)) k++;
  // "When you told me…, I…" is a statement; "how", "what", "any…" at the start ask.
  if (k < end && QUESTION_OPENERS.has(n.tokens[k]!.unswapped)) return true;
  // "When you say you want to die, what do you mean?": a question after a subordinate clause.
  for (let i = start; i < end - 2; i++) {
    const [w, aux, subject] = [n.tokens[i]!.unswapped, n.tokens[i + 1]!.unswapped, n.tokens[i + 2]!.unswapped];
    if (QUESTION_WORDS.has(w) && AUXILIARIES.has(aux) && INVERTED_SUBJECTS.has(subject)) return true;
  }
  for (let i = start; i < Math.min(end - 1, start + 8); i++) {
    if (AUXILIARIES.has(n.tokens[i]!.unswapped) && INVERTED_SUBJECTS.has(n.tokens[i + 1]!.unswapped)) {
      const prev = n.tokens[i - 1];
      if (prev === undefined || i === start || !DECLARATIVE_SUBJECTS.has(prev.unswapped)) return true;
    }
  }
  return false;
}

export type Subject = 'self' | 'other';

/** "He pensado" is Spanish "I have thought", not "he". */
const SPANISH_PARTICIPLE = SCOPE_PATTERNS.get('SPANISH_PARTICIPLE');
/** "There is", "it is": the verb has no person as subject. */
const NON_PERSON_SUBJECTS = WORDS.set('NON_PERSON_SUBJECTS');

/** "Her closet", "his gun": a possessive inside an object is not the subject (unless it owns the match: "his suicide attempt"). */
const POSSESSIVES = WORDS.set('POSSESSIVES');
const PREPOSITIONS = WORDS.set('PREPOSITIONS');

/**
 * Whose experience a match describes: the nearest subject-like word before it in the clause.
 * No subject at all ("been cutting again") is the speaker's.
 */
export function resolveSubject(n: NormalizedText, s: Structure, matchStart: number): Subject {
  const first = n.tokens[matchStart]!.text;
  if (FIRST_PERSON.has(first)) return 'self';
  const [clauseStart] = s.clauses[s.clauseOf[matchStart]!]!;
  const sentenceStart = s.sentences[s.sentenceOf[matchStart]!]![0];
  for (let k = matchStart - 1; k >= clauseStart && k >= matchStart - 8; k--) {
    const tok = n.tokens[k]!;
    const t = tok.text;
    if (FIRST_PERSON.has(t)) return 'self';
    if (t === 'he' && SPANISH_PARTICIPLE.test(n.tokens[k + 1]?.text ?? '')) return 'self';
    if (POSSESSIVES.has(t) && k !== matchStart - 1) continue;
    if (OTHER_PERSON.has(t)) return 'other';
    if (THIRD_SINGULAR_VERBS.has(t) && !NON_PERSON_SUBJECTS.has(n.tokens[k - 1]?.text ?? '')) return 'other';
    if (t === "'s" && k > clauseStart && OTHER_PERSON.has(n.tokens[k - 1]!.text)) return 'other';
    if (
      tok.capitalised &&
      k !== sentenceStart &&
      k >= matchStart - 2 &&
      !NON_PERSON_PROPER.has(t) &&
      t !== 'i' &&
      !PREPOSITIONS.has(n.tokens[k - 1]?.text ?? '')
    )
      return 'other';
  }
  return 'self';
}

const MEDIA_CUE = SCOPE_PATTERNS.get('MEDIA_CUE');

/** A film, book, song or game in the clause: harm inside it is not a disclosure. */
export function mediaCue(clauseText: string): { index: number } | null {
  const m = MEDIA_CUE.exec(clauseText);
  return m ? { index: m.index } : null;
}

const ACCIDENT_CUE = SCOPE_PATTERNS.get('ACCIDENT_CUE');

/** Everyday injury ("cut my finger cooking", "hurt myself playing soccer"). */
export function accidentCue(clauseText: string): boolean {
  return ACCIDENT_CUE.test(clauseText);
}

const LAUGHTER = SCOPE_PATTERNS.get('LAUGHTER');

/** Laughter or "jk" in the utterance as typed: said in jest, or told as a funny story. */
export function laughterCue(original: string): boolean {
  return LAUGHTER.test(original);
}

const EMBARRASSMENT = SCOPE_PATTERNS.get('EMBARRASSMENT');

/** Embarrassment ("I tripped on stage in front of the entire school"): "I wanted to die" is a figure of speech beside it. */
export function embarrassmentCue(text: string): boolean {
  return EMBARRASSMENT.test(text);
}

const MEDIA_ANYWHERE = SCOPE_PATTERNS.get('MEDIA_ANYWHERE');

/** A song, show, game or the news anywhere in the sentence (looser than `mediaCue`, which reads the clause). */
export function mediaInSentence(sentenceText: string): boolean {
  return MEDIA_ANYWHERE.test(sentenceText);
}

const QUOTED = SCOPE_PATTERNS.get('QUOTED');

/** Character ranges of the original text inside quotation marks: a lyric, a title, someone else's words. */
export function quotedSpans(original: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of original.matchAll(QUOTED)) {
    const open = m.index + m[0].indexOf(m[1]!);
    spans.push([open, m.index + m[0].length]);
  }
  return spans;
}

/** The normalised text of token range [a, b). */
export function spanText(n: NormalizedText, a: number, b: number): string {
  if (a >= b) return '';
  return n.text.slice(n.tokens[a]!.start, n.tokens[b - 1]!.end);
}
