import type { DocumentReference, Provenance } from '@medplum/fhirtypes';
import { html } from 'hono/html';
import { dateTime } from './format.ts';
import type { Html } from './layout.ts';
import { isAiAssisted, noteStatus, noteType, renderNoteContent } from './notes.ts';

export function aiMarker(note: DocumentReference, provenance: readonly Provenance[]): Html | string {
  return isAiAssisted(note, provenance)
    ? html`<span class="tag ai" title="Drafted with AI assistance">AI-assisted</span>`
    : '';
}

function provenanceList(provenance: readonly Provenance[]): Html {
  if (provenance.length === 0) {
    return html`<p class="muted">No provenance recorded for this note.</p>`;
  }
  return html`<ul class="plain">
    ${provenance.flatMap((p) =>
      (p.agent ?? []).map(
        (
          a,
        ) => html`<li>${a.type?.coding?.[0]?.display ?? a.type?.coding?.[0]?.code ?? 'agent'}: ${a.who?.display ?? a.who?.reference ?? 'unknown'}
          <span class="muted">(${a.who?.reference?.split('/')[0] ?? '—'}, recorded ${dateTime(p.recorded)})</span></li>`,
      ),
    )}
  </ul>`;
}

/** One note, opened: its header, its content rendered safely, and who or what produced it. */
export function noteViewer(note: DocumentReference, provenance: readonly Provenance[], closeHref: string): Html {
  const content = renderNoteContent(note);
  return html`<section class="viewer" aria-labelledby="viewer-title">
  <div class="toolbar"><a class="button" href="${closeHref}">Close note</a></div>
  <h2 id="viewer-title">${noteType(note)} — ${dateTime(note.date)} ${aiMarker(note, provenance)}</h2>
  <p class="muted">Author: ${note.author?.map((a) => a.display ?? a.reference).join(', ') || 'not recorded'} · Status: ${noteStatus(note)}
    · Encounter: ${note.context?.encounter?.[0]?.reference ?? '—'}</p>
  ${
    content.kind === 'text'
      ? html`<pre>${content.text}</pre>`
      : content.kind === 'html'
        ? html`<div>${content.html}</div>`
        : html`<p>This note's content (${content.types}) cannot be shown here.</p>`
  }
  <h3>Provenance</h3>
  ${provenanceList(provenance)}
</section>`;
}

export function notesTable(
  notes: readonly DocumentReference[],
  provenanceOf: (note: DocumentReference) => readonly Provenance[],
  viewHref: (note: DocumentReference) => string,
  extraColumn?: { title: string; cell: (note: DocumentReference) => Html | string },
): Html {
  if (notes.length === 0) {
    return html`<p class="muted">No notes on file.</p>`;
  }
  return html`<table>
  <thead><tr>
    <th scope="col">Date</th><th scope="col">Type</th>${extraColumn ? html`<th scope="col">${extraColumn.title}</th>` : ''}
    <th scope="col">Author</th><th scope="col">Status</th><th scope="col">AI</th><th scope="col"><span class="skip">Open</span></th>
  </tr></thead>
  <tbody>
    ${notes.map(
      (n) => html`<tr>
      <td>${dateTime(n.date)}</td>
      <td>${noteType(n)}</td>
      ${extraColumn ? html`<td>${extraColumn.cell(n)}</td>` : ''}
      <td>${n.author?.map((a) => a.display ?? a.reference).join(', ') || '—'}</td>
      <td>${noteStatus(n)}</td>
      <td>${aiMarker(n, provenanceOf(n))}</td>
      <td><a href="${viewHref(n)}">View<span class="skip"> note of ${dateTime(n.date)}</span></a></td>
    </tr>`,
    )}
  </tbody>
</table>`;
}
