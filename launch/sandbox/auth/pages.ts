import type { Patient, Practitioner } from '@medplum/fhirtypes';
import { html } from 'hono/html';
import type { Html } from '../shell/layout.ts';
import { document } from '../shell/layout.ts';
import { displayName } from '../directory.ts';
import { parseResourceScope } from './scopes.ts';

/** Shown instead of redirecting when the redirect target itself cannot be trusted. */
export function authorizationErrorPage(problem: string, advice: string): Html {
  return document(
    'Sign-in cannot continue',
    html`<main id="main">
  <div class="error" role="alert">
    <h1>Sign-in cannot continue</h1>
    <p>${problem}</p>
    <p>${advice}</p>
  </div>
</main>`,
  );
}

const SCOPE_LABELS: Record<string, string> = {
  openid: 'Confirm who you are',
  fhirUser: 'Know which clinician is signed in',
  profile: 'Read your name',
  'launch/patient': 'Work with the patient you pick',
  'launch/encounter': "Work with that patient's visit today",
  offline_access: 'Stay signed in after you close the app',
  online_access: 'Stay signed in while you use the app',
};

const OPERATION_WORDS: Record<string, string> = { c: 'create', r: 'read', u: 'update', d: 'delete', s: 'search' };

function describeScope(scope: string): string {
  const label = SCOPE_LABELS[scope];
  const parsed = parseResourceScope(scope);
  if (label || !parsed) {
    return label ?? scope;
  }
  const verbs = [...parsed.operations].map((op) => OPERATION_WORDS[op]).join(', ');
  const what = parsed.resourceType === '*' ? 'all kinds of records' : `${parsed.resourceType} records`;
  const where = parsed.context === 'patient' ? "in this patient's chart" : 'in any chart you can see';
  return `${verbs[0]?.toUpperCase()}${verbs.slice(1)} ${what} ${where} (${scope})`;
}

export function standaloneLaunchPage(options: {
  clientName: string;
  scopes: readonly string[];
  practitioners: readonly Practitioner[];
  patients: readonly Patient[];
  selectedPractitioner?: string;
  needsPatient: boolean;
  formState: string;
}): Html {
  return document(
    `Sign in to ${options.clientName}`,
    html`<main id="main" class="auth">
  <h1>Sign in to ${options.clientName}</h1>
  <p>${options.clientName} asks to:</p>
  <ul class="plain">${options.scopes.map((s) => html`<li>${describeScope(s)}</li>`)}</ul>
  <form method="post" action="/oauth/authorize/decision">
    <input type="hidden" name="request" value="${options.formState}">
    <div class="field">
      <label for="practitioner">Signed in as</label>
      <select id="practitioner" name="practitioner" required>
        ${options.practitioners.map(
          (p) =>
            html`<option value="${p.id}" ${p.id === options.selectedPractitioner ? 'selected' : ''}>${displayName(p)}</option>`,
        )}
      </select>
    </div>
    ${
      options.needsPatient
        ? html`<div class="field">
      <label for="patient">Patient</label>
      <select id="patient" name="patient" required>
        <option value="">Choose a patient…</option>
        ${options.patients.map((p) => html`<option value="${p.id}">${displayName(p)} — born ${p.birthDate ?? 'unknown'}</option>`)}
      </select>
    </div>`
        : ''
    }
    <div class="actions">
      <button class="primary" type="submit" name="decision" value="approve">Approve</button>
      <button class="danger" type="submit" name="decision" value="deny" formnovalidate>Deny</button>
    </div>
  </form>
</main>`,
  );
}
