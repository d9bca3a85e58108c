import type { Encounter, Patient } from '@medplum/fhirtypes';
import { html } from 'hono/html';
import { displayName } from '../directory.ts';
import { age, language, time } from './format.ts';
import type { HeaderProps } from './header.ts';
import { topBar } from './header.ts';
import type { Html } from './layout.ts';
import { document } from './layout.ts';

export type ScheduleRow = { encounter: Encounter; patient?: Patient; clinician: string };

export function schedulePage(header: HeaderProps, rows: readonly ScheduleRow[], showAll: boolean, today: Date): Html {
  const heading = showAll ? "Today's schedule — all clinicians" : `Today's schedule — ${displayName(header.current)}`;
  return document(
    'Schedule · Riverbend EHR',
    html`${topBar(header)}
<main id="main">
  <h1>${heading}</h1>
  <p class="muted">${today.toDateString()} · ${rows.length} appointment${rows.length === 1 ? '' : 's'} ·
    ${showAll ? html`<a href="/">Show only mine</a>` : html`<a href="/?all=1">Show all clinicians</a>`}</p>
  <table>
    <caption class="skip">Appointments today</caption>
    <thead><tr><th scope="col">Time</th><th scope="col">Patient</th><th scope="col">Age, sex</th><th scope="col">Language</th><th scope="col">Reason</th><th scope="col">Clinician</th><th scope="col">Status</th></tr></thead>
    <tbody>
      ${rows.map(
        ({ encounter, patient, clinician }) => html`<tr>
        <td>${time(encounter.period?.start)}</td>
        <td>${patient ? html`<a href="/patients/${patient.id}">${displayName(patient)}</a>` : 'Unknown patient'}</td>
        <td>${patient ? `${age(patient)}, ${patient.gender ?? 'unknown'}` : '—'}</td>
        <td>${patient ? language(patient) : '—'}</td>
        <td>${encounter.reasonCode?.[0]?.text ?? '—'}</td>
        <td>${clinician}</td>
        <td><span class="tag">${encounter.status}</span></td>
      </tr>`,
      )}
    </tbody>
  </table>
</main>`,
  );
}
