import { createHash } from 'node:crypto';
import type {
  Attachment,
  Coding,
  DocumentReference,
  Encounter,
  Patient,
  Practitioner,
  Reference,
} from '@medplum/fhirtypes';
import { labelledMeta } from './aiTransparency.ts';
import { CLINICAL_NOTE_CATEGORY, IDENTIFIER_SYSTEM, NOTE_TYPE } from './codes.ts';
import type { NoteTextInput } from './noteText.ts';
import { renderNoteHtml, renderNotePlain } from './noteText.ts';

export type NoteContentType = 'text/plain' | 'text/html';

export interface ProgressNoteInput extends NoteTextInput {
  /** Business identifier of this approval; the same approval always yields the same identifier. */
  writeId: string;
  patient: Reference<Patient>;
  encounter?: Reference<Encounter>;
  /** The approving clinician (the logged-in Practitioner). */
  author: Reference<Practitioner>;
  /** Which renderings the target EHR takes; plain text always comes first. */
  contentTypes: readonly NoteContentType[];
  /** LOINC note types the target EHR accepts; any LOINC document type when absent. */
  acceptedTypeCodes?: readonly string[];
  /** Reference of the note this one amends. */
  replaces?: Reference<DocumentReference>;
}

/** 34904-3 Mental health Note where the EHR takes it, else 11506-3 Progress note (US Core's minimum set). */
export function chooseNoteType(acceptedTypeCodes?: readonly string[]): Coding {
  if (!acceptedTypeCodes || acceptedTypeCodes.includes(NOTE_TYPE.mentalHealth.code)) {
    return { ...NOTE_TYPE.mentalHealth };
  }
  return { ...NOTE_TYPE.progress };
}

export function noteIdentifierQuery(writeId: string): string {
  return `identifier=${encodeURIComponent(`${IDENTIFIER_SYSTEM.note}|${writeId}`)}`;
}

/** SHA-1 of the bytes, base64: the form FHIR's `Attachment.hash` takes. */
export function attachmentHash(bytes: Buffer): string {
  return createHash('sha1').update(bytes).digest('base64');
}

function attachment(text: string, contentType: NoteContentType, title: string, creation: string): Attachment {
  const bytes = Buffer.from(text, 'utf8');
  return {
    contentType: `${contentType}; charset=utf-8`,
    language: 'en-US',
    data: bytes.toString('base64'),
    size: bytes.length,
    hash: attachmentHash(bytes),
    title,
    creation,
  };
}

/**
 * A US Core DocumentReference progress note. The text carries the whole story (sections,
 * homework, safety plan, AI disclosure, consent status) so that an EHR that stores only the
 * note still holds everything the clinician approved.
 */
export function buildProgressNote(input: ProgressNoteInput): DocumentReference {
  const type = chooseNoteType(input.acceptedTypeCodes);
  const title = `Psychotherapy progress note (${input.note.format})`;
  const renderings: Record<NoteContentType, () => string> = {
    'text/plain': () => renderNotePlain(input),
    'text/html': () => renderNoteHtml(input),
  };
  const contentTypes: NoteContentType[] = [
    'text/plain',
    ...input.contentTypes.filter((t): t is 'text/html' => t === 'text/html'),
  ];
  const signed = input.note.docStatus === 'final';
  const note: DocumentReference = {
    resourceType: 'DocumentReference',
    // No meta.profile: the note is validated against US Core here (fhir/validate.ts) before it
    // leaves, and a server in strict mode (Medplum) loads every profile a resource names with the
    // caller's own access, refusing the note (403) to a token that may not read StructureDefinition.
    meta: labelledMeta({ writeId: input.writeId, aiAssisted: input.note.ai !== undefined }),
    identifier: [{ system: IDENTIFIER_SYSTEM.note, value: input.writeId }],
    status: 'current',
    docStatus: input.note.docStatus,
    type: { coding: [type], text: type.display },
    category: [{ coding: [{ ...CLINICAL_NOTE_CATEGORY }], text: CLINICAL_NOTE_CATEGORY.display }],
    subject: input.patient,
    date: input.approvedAt,
    author: [input.author],
    description: title,
    content: contentTypes.map((contentType) => ({
      attachment: attachment(renderings[contentType](), contentType, title, input.approvedAt),
    })),
    context: {
      period: { start: input.note.period.start, end: input.note.period.end },
    },
  };
  if (signed) note.authenticator = input.author;
  if (input.encounter) note.context = { encounter: [input.encounter], ...note.context };
  if (input.replaces) note.relatesTo = [{ code: 'replaces', target: input.replaces }];
  return note;
}

/** The plain-text rendering stored in a note, decoded. */
export function notePlainText(note: DocumentReference): string | undefined {
  const plain = note.content.find((c) => c.attachment.contentType?.startsWith('text/plain'));
  return plain?.attachment.data ? Buffer.from(plain.attachment.data, 'base64').toString('utf8') : undefined;
}
