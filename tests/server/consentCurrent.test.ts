/**
 * Consent is what the chart says now: a revocation on this instance reaches every live session
 * on the patient at once, one made elsewhere (another instance, the EHR itself) within
 * CONSENT_RECHECK_SECONDS, and the note's consent line is read when it is signed.
 */
import type { Bundle, Consent, DocumentReference } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todaysEncounterId } from '../../launch/sandbox/index.ts';
import { notePlainText } from '../../fhir/documentReference.ts';
import { revokeConsent } from '../../fhir/consent.ts';
import { startSandboxApp, type SandboxApp } from './helpers/sandboxApp.ts';

const PATIENT = 'p05';
const SCOPE = 'launch openid fhirUser user/*.cruds';
const RECHECK_SECONDS = 1;
const encounterId = todaysEncounterId(PATIENT, new Date());

let app: SandboxApp;

beforeAll(async () => {
  app = await startSandboxApp({
    env: { CONSENT_RECHECK_SECONDS: String(RECHECK_SECONDS), RATE_LIMIT_USER_PER_MINUTE: '100000' },
  });
});
afterAll(() => app?.close());

async function sessionOf(fhirUser: string) {
  const token = await app.sandbox.issueToken({ scope: SCOPE, patient: PATIENT, fhirUser });
  const response = await app.h.call('/api/sessions', {
    method: 'POST',
    token,
    json: { fhirBaseUrl: app.sandbox.fhirBase, patientId: PATIENT, encounterId },
  });
  const body = (await response.json()) as { sessionId: string; consent: string };
  let n = 0;
  return {
    token,
    sid: body.sessionId,
    consent: body.consent,
    say: async () =>
      (
        await app.h.call(`/api/sessions/${body.sessionId}/utterances`, {
          method: 'POST',
          token,
          json: { id: `u${++n}`, speaker: 'client', text: 'Work has been hard.' },
        })
      ).status,
  };
}

/** What another instance (or the EHR's own screens) does: revoke the patient's consent in the chart directly. */
async function revokeInTheChart(): Promise<void> {
  const tools = await app.sandbox.issueToken({ scope: 'system/*.cruds', clientId: 'sandbox-tools' });
  const headers = { authorization: `Bearer ${tools}`, 'content-type': 'application/fhir+json' };
  const bundle = (await (
    await fetch(`${app.sandbox.fhirBase}/Consent?patient=${PATIENT}`, { headers })
  ).json()) as Bundle<Consent>;
  const active = (bundle.entry ?? []).map((e) => e.resource as Consent).filter((c) => c.status === 'active');
  expect(active.length).toBeGreaterThan(0);
  for (const consent of active) {
    const revoked = revokeConsent(consent, new Date().toISOString());
    const put = await fetch(`${app.sandbox.fhirBase}/Consent/${consent.id}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify(revoked),
    });
    expect(put.status).toBe(200);
  }
}

describe('consent is current', () => {
  it("one clinician's revocation stops every live session on the patient at once", async () => {
    const alice = await sessionOf('Practitioner/lindqvist');
    const bob = await sessionOf('Practitioner/osei');
    expect([alice.consent, bob.consent]).toEqual(['granted', 'granted']);
    expect(await bob.say()).toBe(200);
    const revoke = await app.h.call(`/api/sessions/${alice.sid}/consent/revoke`, {
      method: 'POST',
      token: alice.token,
    });
    expect(revoke.status).toBe(200);
    expect(await bob.say()).toBe(403);
    const suggest = await app.h.call(`/api/sessions/${bob.sid}/suggestions`, {
      method: 'POST',
      token: bob.token,
      json: {},
    });
    expect(suggest.status).toBe(403);
    // Recorded again, both go on.
    const again = await app.h.call(`/api/sessions/${bob.sid}/consent`, {
      method: 'POST',
      token: bob.token,
      json: { decision: 'granted' },
    });
    expect(again.status).toBe(201);
    expect(await alice.say()).toBe(200);
  });

  it('a revocation made elsewhere reaches a live session within the recheck time', async () => {
    const bob = await sessionOf('Practitioner/osei');
    expect(await bob.say()).toBe(200);
    await revokeInTheChart();
    await new Promise((r) => setTimeout(r, RECHECK_SECONDS * 1000 + 200));
    expect(await bob.say()).toBe(403);
    const again = await app.h.call(`/api/sessions/${bob.sid}/consent`, {
      method: 'POST',
      token: bob.token,
      json: { decision: 'granted' },
    });
    expect(again.status).toBe(201);
  });

  it('the signed note states the consent as it is at signing, not as it was at session start', async () => {
    const alice = await sessionOf('Practitioner/lindqvist');
    expect(alice.consent).toBe('granted');
    await revokeInTheChart();
    const approve = await app.h.call(`/api/sessions/${alice.sid}/approve`, {
      method: 'POST',
      token: alice.token,
      json: {
        patientId: PATIENT,
        encounterId,
        format: 'SOAP',
        sections: [{ key: 'S', title: 'Subjective', text: 'Reports a difficult week at work.' }],
        period: { start: new Date(Date.now() - 3_600_000).toISOString(), end: new Date().toISOString() },
      },
    });
    expect(approve.status).toBe(201);
    const write = (await approve.json()) as { resources: { reference: string; destination: string }[] };
    const noteRef = write.resources.find((r) => r.reference.startsWith('DocumentReference/'))?.reference;
    const reader = await app.sandbox.issueToken({ scope: 'system/*.rs', clientId: 'sandbox-tools' });
    const note = (await (
      await fetch(`${app.sandbox.fhirBase}/${noteRef}`, { headers: { authorization: `Bearer ${reader}` } })
    ).json()) as DocumentReference;
    expect(notePlainText(note)).toContain('Consent to AI-assisted session: revoked');
  });
});
