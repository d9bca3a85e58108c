import type {
  CarePlan,
  Consent,
  DocumentReference,
  Encounter,
  Patient,
  Provenance,
  RelatedPerson,
} from '@medplum/fhirtypes';
import { html } from 'hono/html';
import { displayName } from '../directory.ts';
import { age, date, dateTime, language, mrn, phone } from './format.ts';
import type { HeaderProps } from './header.ts';
import { topBar } from './header.ts';
import type { Html } from './layout.ts';
import { document } from './layout.ts';
import { noteViewer, notesTable } from './noteViewer.ts';

export type ChartData = {
  patient: Patient;
  related: readonly RelatedPerson[];
  encounter?: Encounter;
  notes: readonly DocumentReference[];
  provenanceOf: (note: DocumentReference) => readonly Provenance[];
  carePlans: readonly CarePlan[];
  consents: readonly Consent[];
  openNote?: DocumentReference;
  /** The EHR-launch URL of the app for the sidebar iframe. */
  appUrl: string;
};

function banner(patient: Patient, related: readonly RelatedPerson[]): Html {
  return html`<section class="banner" aria-label="Patient">
  <span class="name">${displayName(patient)}</span>
  <dl>
    <div><dt>Age, sex</dt><dd>${age(patient)}, ${patient.gender ?? 'unknown'}</dd></div>
    <div><dt>Born</dt><dd>${patient.birthDate ?? '—'}</dd></div>
    <div><dt>MRN</dt><dd>${mrn(patient)}</dd></div>
    <div><dt>Language</dt><dd>${language(patient)}</dd></div>
    <div><dt>Phone</dt><dd>${phone(patient)}</dd></div>
    ${
      related.length
        ? html`<div><dt>Contacts</dt><dd>${related.map((r) => `${displayName(r)} (${r.relationship?.[0]?.coding?.[0]?.display ?? 'contact'})`).join('; ')}</dd></div>`
        : ''
    }
  </dl>
</section>`;
}

type ActivityDetail = NonNullable<NonNullable<CarePlan['activity']>[number]['detail']>;

/** Records staff read the schedule in words: a Timing's own text, else its repeat spelled out. */
function scheduleText(detail: ActivityDetail | undefined): string {
  if (detail?.scheduledString) return detail.scheduledString;
  const timing = detail?.scheduledTiming;
  if (timing?.code?.text) return timing.code.text;
  const r = timing?.repeat;
  if (r?.frequency && r.period && r.periodUnit)
    return `${r.frequency} per ${r.period === 1 ? '' : `${r.period} `}${r.periodUnit}`;
  return 'no schedule';
}

function carePlanList(carePlans: readonly CarePlan[]): Html {
  if (carePlans.length === 0) {
    return html`<p class="muted">No care plans.</p>`;
  }
  return html`${carePlans.map(
    (cp) => html`<div class="card">
    <strong>${cp.title ?? 'Care plan'}</strong> <span class="tag">${cp.status}</span>
    <span class="muted">· created ${date(cp.created)} · ${cp.author?.display ?? ''}</span>
    <ul class="plain">${(cp.activity ?? []).map(
      (a) => html`<li>${a.detail?.description ?? a.reference?.display ?? 'Activity'}
        <span class="muted">(${scheduleText(a.detail)}; ${a.detail?.status ?? 'status unknown'})</span></li>`,
    )}</ul>
  </div>`,
  )}`;
}

function consentList(consents: readonly Consent[]): Html {
  if (consents.length === 0) {
    return html`<p class="muted">No consents on file.</p>`;
  }
  return html`<table>
  <thead><tr><th scope="col">Recorded</th><th scope="col">Decision</th><th scope="col">Status</th><th scope="col">Period</th><th scope="col">Policy</th></tr></thead>
  <tbody>${consents.map((c) => {
    const permit = c.provision?.type === 'permit';
    return html`<tr>
      <td>${dateTime(c.dateTime)}</td>
      <td><span class="tag ${permit ? 'ok' : 'off'}">${permit ? 'Permit' : 'Deny'}</span></td>
      <td>${c.status}</td>
      <td>${date(c.provision?.period?.start)} – ${c.provision?.period?.end ? date(c.provision.period.end) : 'open'}</td>
      <td>${c.policy?.[0]?.uri ?? c.policyRule?.coding?.[0]?.code ?? '—'}</td>
    </tr>`;
  })}</tbody>
</table>`;
}

export function chartPage(header: HeaderProps, data: ChartData): Html {
  const { patient } = data;
  const chartHref = `/patients/${patient.id}`;
  return document(
    `${displayName(patient)} · Chart · Riverbend EHR`,
    html`${topBar(header)}
<div class="layout">
  <main id="main" class="chart">
    ${banner(patient, data.related)}
    <div class="toolbar">
      <button type="button" data-toggle-sidebar aria-controls="copilot-sidebar" aria-expanded="true">Close Session Copilot</button>
    </div>
    <h1>Chart</h1>
    <p class="muted">${
      data.encounter
        ? html`Current visit: ${data.encounter.type?.[0]?.text ?? 'Encounter'}, ${dateTime(data.encounter.period?.start)} (${data.encounter.status}) · ${data.encounter.reasonCode?.[0]?.text ?? ''}`
        : 'No visit on file.'
    }</p>
    ${data.openNote ? noteViewer(data.openNote, data.provenanceOf(data.openNote), chartHref) : ''}
    <h2>Notes</h2>
    ${notesTable(data.notes, data.provenanceOf, (n) => `${chartHref}?note=${n.id}`)}
    <h2>Care plans</h2>
    ${carePlanList(data.carePlans)}
    <h2>Consents</h2>
    ${consentList(data.consents)}
  </main>
  <aside class="sidebar" id="copilot-sidebar" aria-label="Session Copilot">
    <div class="bar">
      <span>Session Copilot</span>
      <button type="button" data-toggle-sidebar aria-controls="copilot-sidebar" aria-expanded="true" aria-label="Close Session Copilot">✕</button>
    </div>
    <iframe src="${data.appUrl}" title="Session Copilot" allow="microphone; clipboard-write"></iframe>
  </aside>
</div>`,
  );
}

export function notFoundPage(header: HeaderProps, message: string): Html {
  return document(
    'Not found · Riverbend EHR',
    html`${topBar(header)}
<main id="main">
  <h1>Not found</h1>
  <p>${message}</p>
  <p><a href="/">Back to today's schedule</a></p>
</main>`,
  );
}
