import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Patient, Practitioner, RelatedPerson } from '@medplum/fhirtypes';
import { z } from 'zod';
import { IdentifierKind } from '../../server/privacy/kinds.ts';

/**
 * The labelled de-identification set: synthetic session transcripts written for this project,
 * each with its chart context. Sources are `tests/data/deid/transcripts/NN.txt`: a JSON header (split, FHIR
 * Patient, RelatedPersons, Practitioners), a line `---`, then one utterance per line
 * (`T:` clinician, `C:` client) with identifiers marked `{{KIND:text}}`. Offsets are derived
 * here from the markers, so they are always right.
 */

export const GoldSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: IdentifierKind,
  text: z.string().min(1),
});
export type GoldSpan = z.infer<typeof GoldSpan>;

export interface LabelledUtterance {
  id: string;
  speaker: 'client' | 'clinician';
  text: string;
  spans: GoldSpan[];
}

export interface LabelledTranscript {
  id: string;
  split: 'tune' | 'heldout';
  patient: Patient;
  relatedPersons: RelatedPerson[];
  practitioners: Practitioner[];
  utterances: LabelledUtterance[];
}

const Header = z.object({
  split: z.enum(['tune', 'heldout']),
  patient: z.custom<Patient>(
    (v) => typeof v === 'object' && v !== null && (v as { resourceType?: unknown }).resourceType === 'Patient',
    'patient must be a FHIR Patient',
  ),
  relatedPersons: z
    .array(z.custom<RelatedPerson>((v) => (v as { resourceType?: unknown })?.resourceType === 'RelatedPerson'))
    .default([]),
  practitioners: z
    .array(z.custom<Practitioner>((v) => (v as { resourceType?: unknown })?.resourceType === 'Practitioner'))
    .default([]),
});

const MARKER = /\{\{([A-Z_]+):([^{}]+)\}\}/g;

/** Strips `{{KIND:text}}` markers and returns the plain text with the offsets of each marked span. */
export function parseMarkup(marked: string): { text: string; spans: GoldSpan[] } {
  let text = '';
  let at = 0;
  const spans: GoldSpan[] = [];
  for (const m of marked.matchAll(MARKER)) {
    text += marked.slice(at, m.index);
    const [, kind = '', inner = ''] = m;
    spans.push(GoldSpan.parse({ start: text.length, end: text.length + inner.length, kind, text: inner }));
    text += inner;
    at = m.index + m[0].length;
  }
  text += marked.slice(at);
  if (/\{\{|\}\}/.test(text)) throw new Error(`unbalanced identifier marker in: ${marked}`);
  return { text, spans };
}

export function parseTranscript(id: string, source: string): LabelledTranscript {
  const [head = '', ...body] = source.split(/^---$/m);
  const header = Header.parse(JSON.parse(head));
  const utterances = body
    .join('---')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, i) => {
      const m = /^([TtCc]):\s*(.*)$/.exec(line);
      if (!m) throw new Error(`${id}: line ${i + 1} must start with "T:" or "C:"`);
      const { text, spans } = parseMarkup(m[2] ?? '');
      return {
        id: `${id}-${i + 1}`,
        speaker: m[1]?.toUpperCase() === 'T' ? 'clinician' : 'client',
        text,
        spans,
      } as const;
    });
  return {
    id,
    split: header.split,
    patient: header.patient,
    relatedPersons: header.relatedPersons,
    practitioners: header.practitioners,
    utterances,
  };
}

const DIR = fileURLToPath(new URL('../../tests/data/deid/transcripts/', import.meta.url));

export function loadLabelledSet(): LabelledTranscript[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseTranscript(f.replace(/\.txt$/, ''), readFileSync(DIR + f, 'utf8')));
}
