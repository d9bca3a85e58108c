/**
 * Reads blind de-identification batches written to the labelling guide (identifiers marked
 * `{{KIND:text}}`; chart data as FHIR resources), whatever container they came in:
 * - `*.jsonl`, one batch per file, each line one of
 *   - `{ ..., "<any field>": "<a whole transcript file: JSON header, ---, T:/C: lines>" }`,
 *   - `{ "patient"?, "relatedPersons"?, "practitioners"?, "utterances" | "lines" | "turns": [...] }`
 *     with `"T: …"` strings or `{ speaker, text }` objects,
 *   - one utterance a line, `{ "transcript" | "transcriptId" | "id", "speaker"?, "text" }`, grouped by transcript;
 * - `*.txt` transcript files (the guide's own format), one batch per folder (files directly in the
 *   folder form one batch per `split` in their header).
 * A line or file that cannot be read is reported and skipped, never silently dropped.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Patient, Practitioner, RelatedPerson } from '@medplum/fhirtypes';
import { IdentifierKind } from '../../server/privacy/kinds.ts';
import type { GoldSpan, LabelledTranscript, LabelledUtterance } from './deidLabelledSet.ts';

export interface BlindBatch {
  name: string;
  transcripts: LabelledTranscript[];
  /** What could not be read, with where. */
  problems: string[];
}

const MARKER = /\{\{\s*([A-Za-z_]+)\s*:([^{}]*)\}\}/g;

/** Strips markers leniently: unknown kinds count as OTHER_ID (still an identifier to catch). */
export function parseMarkedText(marked: string): { text: string; spans: GoldSpan[] } {
  let text = '';
  let at = 0;
  const spans: GoldSpan[] = [];
  for (const m of marked.matchAll(MARKER)) {
    text += marked.slice(at, m.index);
    const kind = IdentifierKind.safeParse((m[1] ?? '').toUpperCase());
    const inner = m[2] ?? '';
    if (inner.trim() !== '')
      spans.push({
        start: text.length,
        end: text.length + inner.length,
        kind: kind.success ? kind.data : 'OTHER_ID',
        text: inner,
      });
    text += inner;
    at = m.index + m[0].length;
  }
  return { text: text + marked.slice(at), spans };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const ofType = <T>(v: unknown, type: string): T | undefined =>
  isObject(v) && v.resourceType === type ? (v as T) : undefined;
const listOf = <T>(v: unknown, type: string): T[] =>
  Array.isArray(v) ? v.map((x) => ofType<T>(x, type)).filter((x): x is T => x !== undefined) : [];

function speakerOf(raw: unknown): 'client' | 'clinician' {
  const s = String(raw ?? '')
    .trim()
    .toLowerCase();
  return s === 't' || s.startsWith('therap') || s.startsWith('clinic') || s === 'counsellor' || s === 'counselor'
    ? 'clinician'
    : 'client';
}

/** One utterance from `T: text`, `C: text`, or a line without a speaker. */
function utteranceFromLine(id: string, line: string): LabelledUtterance {
  const m = /^\s*([A-Za-z]+)\s*:\s*(.*)$/.exec(line);
  const speaker =
    m && /^(t|c|therapist|client|clinician|counsellor|counselor)$/i.test(m[1] ?? '') ? speakerOf(m[1]) : 'client';
  const body = m && /^(t|c|therapist|client|clinician|counsellor|counselor)$/i.test(m[1] ?? '') ? (m[2] ?? '') : line;
  return { id, speaker, ...parseMarkedText(body) };
}

function utteranceFrom(id: string, item: unknown): LabelledUtterance | undefined {
  if (typeof item === 'string') return item.trim() ? utteranceFromLine(id, item) : undefined;
  if (!isObject(item)) return undefined;
  const text = item.text ?? item.utterance ?? item.line ?? item.content;
  if (typeof text !== 'string') return undefined;
  return { id, speaker: speakerOf(item.speaker ?? item.role ?? item.who), ...parseMarkedText(text) };
}

function transcript(id: string, header: Json, utterances: LabelledUtterance[]): LabelledTranscript {
  return {
    id,
    split: 'heldout',
    patient: ofType<Patient>(header.patient, 'Patient') ?? { resourceType: 'Patient' },
    relatedPersons: listOf<RelatedPerson>(header.relatedPersons, 'RelatedPerson'),
    practitioners: listOf<Practitioner>(header.practitioners, 'Practitioner'),
    utterances,
  };
}

/** A whole transcript file in the guide's format: JSON header, a line `---`, then utterances. */
export function parseGuideTranscript(id: string, source: string): LabelledTranscript & { splitName?: string } {
  const cut = /^\s*---\s*$/m.exec(source);
  const head = cut ? source.slice(0, cut.index) : '';
  const body = cut ? source.slice(cut.index + cut[0].length) : source;
  let header: Json = {};
  if (head.trim()) {
    const parsed: unknown = JSON.parse(head);
    if (isObject(parsed)) header = parsed;
  }
  const utterances = body
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => utteranceFromLine(`${id}-${i + 1}`, line));
  return {
    ...transcript(id, header, utterances),
    ...(typeof header.split === 'string' ? { splitName: header.split } : {}),
  };
}

const TRANSCRIPT_KEYS = ['utterances', 'lines', 'turns', 'transcript', 'dialogue', 'messages'];

export function parseJsonlBatch(name: string, source: string): BlindBatch {
  const transcripts: LabelledTranscript[] = [];
  const problems: string[] = [];
  const grouped = new Map<string, { header: Json; utterances: LabelledUtterance[] }>();
  source.split('\n').forEach((raw, index) => {
    const where = `${name}:${index + 1}`;
    if (raw.trim() === '') return;
    let row: unknown;
    try {
      row = JSON.parse(raw);
    } catch {
      problems.push(`${where}: not JSON`);
      return;
    }
    if (!isObject(row)) {
      problems.push(`${where}: not a JSON object`);
      return;
    }
    const id = String(row.id ?? row.transcriptId ?? row.transcript_id ?? `${name}-${index + 1}`);
    // A whole transcript file held in a string field.
    const whole = Object.values(row).find((v): v is string => typeof v === 'string' && /\n\s*---\s*\n/.test(v));
    if (whole) {
      try {
        transcripts.push(parseGuideTranscript(id, whole));
      } catch (error) {
        problems.push(`${where}: ${(error as Error).message}`);
      }
      return;
    }
    const list = TRANSCRIPT_KEYS.map((k) => row[k]).find(Array.isArray);
    if (list) {
      const utterances = list
        .map((item, i) => utteranceFrom(`${id}-${i + 1}`, item))
        .filter((u): u is LabelledUtterance => u !== undefined);
      const header = isObject(row.header) ? row.header : isObject(row.chart) ? row.chart : row;
      transcripts.push(transcript(id, header, utterances));
      return;
    }
    // One utterance per line, grouped by its transcript.
    const group = String(row.transcript ?? row.transcriptId ?? row.transcript_id ?? row.conversation ?? name);
    const utterance = utteranceFrom(`${group}-${index + 1}`, row);
    if (!utterance) {
      problems.push(`${where}: no transcript or text found`);
      return;
    }
    const entry = grouped.get(group) ?? { header: {}, utterances: [] };
    if (row.patient || row.relatedPersons || row.practitioners) entry.header = { ...entry.header, ...row };
    entry.utterances.push(utterance);
    grouped.set(group, entry);
  });
  for (const [id, { header, utterances }] of grouped) transcripts.push(transcript(id, header, utterances));
  return { name, transcripts, problems };
}

/** Every batch under `dir`: each `*.jsonl` file, each folder of `*.txt`, loose `*.txt` by split. */
export function loadBlindBatches(dir: string): BlindBatch[] {
  const batches: BlindBatch[] = [];
  const loose = new Map<string, BlindBatch>();
  const entries = readdirSync(dir).sort();
  for (const entry of entries) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      const batch: BlindBatch = { name: entry, transcripts: [], problems: [] };
      for (const file of readdirSync(path).sort()) {
        if (file.endsWith('.jsonl')) {
          const inner = parseJsonlBatch(`${entry}/${file}`, readFileSync(join(path, file), 'utf8'));
          batch.transcripts.push(...inner.transcripts);
          batch.problems.push(...inner.problems);
        } else if (file.endsWith('.txt')) {
          try {
            batch.transcripts.push(parseGuideTranscript(`${entry}/${file}`, readFileSync(join(path, file), 'utf8')));
          } catch (error) {
            batch.problems.push(`${entry}/${file}: ${(error as Error).message}`);
          }
        }
      }
      if (batch.transcripts.length > 0 || batch.problems.length > 0) batches.push(batch);
    } else if (entry.endsWith('.jsonl')) {
      batches.push(parseJsonlBatch(basename(entry, '.jsonl'), readFileSync(path, 'utf8')));
    } else if (entry.endsWith('.txt')) {
      try {
        const t = parseGuideTranscript(entry, readFileSync(path, 'utf8'));
        const name = t.splitName ?? 'blind';
        const batch = loose.get(name) ?? { name, transcripts: [], problems: [] };
        batch.transcripts.push(t);
        loose.set(name, batch);
      } catch (error) {
        batches.push({ name: entry, transcripts: [], problems: [`${entry}: ${(error as Error).message}`] });
      }
    }
  }
  return [...batches, ...loose.values()];
}

/** Wilson score interval for a proportion, 95%. */
export function wilson(successes: number, n: number, z = 1.959964): { low: number; high: number } {
  if (n === 0) return { low: Number.NaN, high: Number.NaN };
  const p = successes / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
