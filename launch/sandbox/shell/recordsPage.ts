import type { DocumentReference, Provenance } from '@medplum/fhirtypes';
import { html } from 'hono/html';
import type { HeaderProps } from './header.ts';
import { topBar } from './header.ts';
import type { Html } from './layout.ts';
import { document } from './layout.ts';
import { noteViewer, notesTable } from './noteViewer.ts';

export function recordsPage(
  header: HeaderProps,
  notes: readonly DocumentReference[],
  provenanceOf: (note: DocumentReference) => readonly Provenance[],
  openNote: DocumentReference | undefined,
): Html {
  return document(
    'Records · Riverbend EHR',
    html`${topBar(header)}
<main id="main">
  <h1>Records — all notes</h1>
  <p class="muted">${notes.length} note${notes.length === 1 ? '' : 's'}, newest first. Notes drafted with AI are marked "AI-assisted".</p>
  ${openNote ? noteViewer(openNote, provenanceOf(openNote), '/records') : ''}
  ${notesTable(notes, provenanceOf, (n) => `/records?note=${n.id}`, {
    title: 'Patient',
    cell: (n) =>
      html`<a href="/${n.subject?.reference?.replace('Patient/', 'patients/') ?? ''}">${n.subject?.display ?? n.subject?.reference ?? '—'}</a>`,
  })}
</main>`,
  );
}
