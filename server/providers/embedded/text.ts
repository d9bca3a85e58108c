import type { Utterance } from '../../contracts/analysis.ts';

/** Client turns, plus undiarised ones: without speaker labels the client's words are still in them. */
export function isClientSide(u: Utterance): boolean {
  return u.speaker === 'client' || u.speaker === 'unknown';
}

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
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
