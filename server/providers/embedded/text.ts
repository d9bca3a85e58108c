import type { Utterance } from '../../contracts/analysis.ts';

/** Client turns, plus undiarised ones: without speaker labels the client's words are still in them. */
export function isClientSide(u: Utterance): boolean {
  return u.speaker === 'client' || u.speaker === 'unknown';
}

export interface Span {
  text: string;
  /** Offsets into the utterance text, end exclusive (the offsets risk evidence uses). */
  start: number;
  end: number;
}

const SENTENCE_BREAK = /(?<=[.!?])\s+|\n+/g;

/** The sentences of a turn with where each sits in it, so risk evidence can be matched to one. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
  };
  for (const m of text.matchAll(SENTENCE_BREAK)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}

/** Curly apostrophes as typed apostrophes: the note writer's patterns are written with "'". */
export const straightApostrophes = (text: string): string => text.replace(/[’‘]/g, "'");

export function sentences(text: string): string[] {
  return sentenceSpans(text).map((s) => s.text);
}

/**
 * Where one sentence breaks into clauses: at punctuation, and before a conjunction that starts
 * a new statement ("I barely sleep | and everything at work goes wrong").
 */
const CLAUSE_BREAK =
  /\s*[,;:]\s+|\s+[-–—]+\s+|\s+(?=(?:and|but|so|because|though|although|while|plus)\s+(?:i|i'm|i've|i'd|i'll|everything|nothing|it|it's|he|she|they|we|my|things|work|that|there|now|then|sometimes|some|most|every)\b)/gi;
const LEADING_CONJUNCTION = /^(?:and|but|so|because|though|although|while|plus)\s+/i;
const REFERS_BACK = /\b(that|it|this|them|those|these|which)\b/i;

/**
 * The clause of a sentence around a match, so a quote carries the words that matter
 * ("I barely sleep") rather than the whole turn. Falls back to the sentence when the clause is
 * too short to stand on its own.
 */
export function clauseAround(sentence: string, index: number): string {
  // Segments between breaks; one too short to stand alone ("Daniel | and I have been fighting")
  // joins the next, so a quote never drops who or what the clause is about.
  const segments: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    segments.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  segments.push({ start: from, end: sentence.length });
  const words = (seg: { start: number; end: number }) =>
    sentence.slice(seg.start, seg.end).trim().split(/\s+/).filter(Boolean).length;
  const merged: { start: number; end: number }[] = [];
  let pending: { start: number; end: number } | undefined;
  for (const seg of segments) {
    const current = pending ? { start: pending.start, end: seg.end } : seg;
    if (words(current) < 3 && seg !== segments.at(-1)) pending = current;
    else {
      merged.push(current);
      pending = undefined;
    }
  }
  const at = merged.findIndex((seg) => index >= seg.start && index < seg.end);
  const hit = merged[at] ?? merged.at(-1);
  if (!hit) return sentence;
  // "… reading before bed, but I stopped doing that": a clause that points back keeps what it points to.
  const start =
    at > 0 && REFERS_BACK.test(sentence.slice(hit.start, hit.end)) ? (merged[at - 1]?.start ?? hit.start) : hit.start;
  const clause = sentence.slice(start, hit.end).replace(LEADING_CONJUNCTION, '').trim();
  return clause.split(/\s+/).length >= 3 ? clause : sentence;
}

/** A short verbatim excerpt, cut at a word boundary, for quoting the client's own words. */
export function excerpt(text: string, maxLength = 140): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > maxLength * 0.6 ? lastSpace : maxLength).replace(/[,;:\s]+$/, '')}…`;
}

/** The sentence of an utterance that matched, so a quote shows the relevant words, not the whole turn. */
export function matchingSentence(text: string, pattern: RegExp): string {
  const flags = pattern.flags.replace('g', '');
  const re = new RegExp(pattern.source, flags);
  return sentences(text).find((s) => re.test(s)) ?? text;
}

/** Who said it, as a note should word it. */
export function speakerNoun(u: Utterance): string {
  if (u.speaker === 'client') return 'Client';
  if (u.speaker === 'clinician') return 'Clinician';
  return 'Speaker (not identified)';
}

/** The client's words in quotation marks; a closing full stop is left to the sentence around it. */
export function quoted(text: string, maxLength?: number): string {
  return `“${excerpt(text, maxLength).replace(/[.,;:]+$/, '')}”`;
}

/** Sorted, de-duplicated ids in transcript order. */
export function orderedIds(ids: Iterable<string>, order: ReadonlyMap<string, number>): string[] {
  return [...new Set(ids)].filter((id) => order.has(id)).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

export function indexById(utterances: readonly Utterance[]): Map<string, number> {
  return new Map(utterances.map((u, i) => [u.id, i]));
}

export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
