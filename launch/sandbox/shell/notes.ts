import type { Attachment, DocumentReference, Provenance } from '@medplum/fhirtypes';
import { raw } from 'hono/html';
import sanitizeHtml from 'sanitize-html';

const AIAST = 'AIAST';

export function isAiAssisted(note: DocumentReference, provenance: readonly Provenance[]): boolean {
  if (note.meta?.security?.some((s) => s.code === AIAST)) {
    return true;
  }
  return provenance.some((p) => p.agent?.some((a) => a.who?.reference?.startsWith('Device/')));
}

export function noteType(note: DocumentReference): string {
  const coding = note.type?.coding?.[0];
  return note.type?.text ?? coding?.display ?? coding?.code ?? 'Document';
}

export function noteStatus(note: DocumentReference): string {
  return note.docStatus ? `${note.docStatus} (${note.status})` : note.status;
}

function decode(attachment: Attachment): string | undefined {
  return attachment.data === undefined ? undefined : Buffer.from(attachment.data, 'base64').toString('utf8');
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'p',
    'br',
    'hr',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'b',
    'i',
    'u',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'blockquote',
    'pre',
    'span',
    'div',
  ],
  allowedAttributes: {},
  disallowedTagsMode: 'discard',
};

/**
 * The note's first readable attachment as markup: text/plain escaped, text/html sanitised
 * (no scripts, no event handlers, no attributes), anything else named but not shown.
 */
export function renderNoteContent(note: DocumentReference) {
  for (const { attachment } of note.content ?? []) {
    const type = (attachment.contentType ?? '').split(';')[0]?.trim().toLowerCase();
    const text = decode(attachment);
    if (text === undefined) {
      continue;
    }
    if (type === 'text/plain') {
      return { kind: 'text' as const, text };
    }
    if (type === 'text/html' || type === 'application/xhtml+xml') {
      return { kind: 'html' as const, html: raw(sanitizeHtml(text, SANITIZE)) };
    }
  }
  const types = (note.content ?? []).map((c) => c.attachment.contentType ?? 'unknown').join(', ');
  return { kind: 'unsupported' as const, types: types || 'none' };
}
