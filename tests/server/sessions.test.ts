import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './helpers/harness.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

describe('health', () => {
  it('answers /healthz with ok', async () => {
    h = await createHarness();
    const response = await h.call('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });
});

describe('FHIR base allowlist', () => {
  it('refuses a FHIR base that is not allowlisted without sending it any request', async () => {
    let received = 0;
    const trap: Server = createServer((_req, res) => {
      received++;
      res.end('{}');
    });
    await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
    const trapBase = `http://127.0.0.1:${(trap.address() as AddressInfo).port}/fhir/R4`;
    try {
      // A real fetch: if the server tried to reach the trap, the trap would count it.
      h = await createHarness({ deps: { fetch } });
      const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
      for (const fhirBaseUrl of [
        trapBase,
        `${trapBase}/`,
        'http://localhost:3100/fhir/R4/../../evil',
        'http://localhost:3101/fhir/R4',
        'http://localhost:3100/fhir/R4?_format=json',
        'http://user@localhost:3100/fhir/R4',
        'file:///etc/passwd',
        'http://169.254.169.254/latest/meta-data',
      ]) {
        const response = await h.call('/api/sessions', {
          method: 'POST',
          token,
          json: { fhirBaseUrl, patientId: 'pat-1' },
        });
        expect(response.status, fhirBaseUrl).toBe(403);
        expect((await errorOf(response)).code).toBe('fhir_base_not_allowed');
      }
      expect(received).toBe(0);
    } finally {
      trap.close();
    }
  });

  it('accepts the allowlisted base written differently (case, default port, trailing slash)', async () => {
    h = await createHarness();
    const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
    const created = await h.createSession(token, { fhirBaseUrl: 'HTTP://LOCALHOST:3100/fhir/R4/' });
    expect(created.status).toBe(201);
    expect(created.body.fhirBaseUrl).toBe('http://localhost:3100/fhir/R4');
    expect(h.fhir.strays).toEqual([]);
  });

  it('never follows a resource reference to another host', async () => {
    h = await createHarness();
    const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
    const traversal = await h.createSession(token, { patientId: '../../Patient/pat-1' });
    expect(traversal.status).toBe(400);
    expect(h.fhir.strays).toEqual([]);
  });
});

describe('session binding', () => {
  it('binds a session to the patient, encounter and clinician the FHIR server confirms', async () => {
    h = await createHarness({ consent: { 'pat-1': 'granted' } });
    const token = h.fhir.issueToken({ patient: 'pat-1', fhirUser: 'Practitioner/prac-1' });
    const created = await h.createSession(token);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      patientId: 'pat-1',
      encounterId: 'enc-1',
      practitionerRef: 'Practitioner/prac-1',
      consent: 'granted',
      resumed: false,
    });
    const reads = h.fhir.requests.map((r) => new URL(r.url).pathname);
    expect(reads).toContain('/fhir/R4/Patient/pat-1');
    expect(reads).toContain('/fhir/R4/Encounter/enc-1');
    expect(reads).toContain('/fhir/R4/Practitioner/prac-1');
  });

  it('refuses a token the FHIR server does not accept', async () => {
    h = await createHarness();
    const response = await h.createSession('not-a-token-the-server-issued');
    expect(response.status).toBe(401);
  });

  it('refuses a token for another patient', async () => {
    h = await createHarness();
    const token = h.fhir.issueToken({ patient: 'pat-2', fhirUser: 'Practitioner/prac-1' });
    const response = await h.createSession(token, { encounterId: undefined });
    expect(response.status).toBe(403);
  });

  it("refuses an encounter that is another patient's", async () => {
    h = await createHarness();
    const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
    const response = await h.createSession(token, { encounterId: 'enc-2' });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: { code: 'encounter_mismatch' } });
  });

  it('resumes the live session for the same encounter, patient and clinician', async () => {
    h = await createHarness();
    const first = await h.createSession(h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' }));
    const again = await h.createSession(h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' }));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ sessionId: first.body.sessionId, resumed: true });
    const otherClinician = await h.createSession(h.fhir.issueToken({ fhirUser: 'Practitioner/prac-2' }));
    expect(otherClinician.status).toBe(201);
    expect(otherClinician.body.sessionId).not.toBe(first.body.sessionId);
  });

  it('answers session_not_found for an unknown session so the client can re-create it', async () => {
    h = await createHarness();
    const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
    const response = await h.call('/api/sessions/00000000-0000-4000-8000-000000000000', { token });
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('session_not_found');
  });

  it('ends a session and forgets its transcript', async () => {
    h = await createHarness({ consent: { 'pat-1': 'granted' } });
    const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
    const { body } = await h.createSession(token);
    const sid = String(body.sessionId);
    const live = h.handle.sessions.get(sid);
    await h.call(`/api/sessions/${sid}/utterances`, {
      method: 'POST',
      token,
      json: { id: 'u1', speaker: 'client', text: 'hello' },
    });
    expect(live?.context.utterances).toHaveLength(1);
    expect((await h.call(`/api/sessions/${sid}`, { method: 'DELETE', token })).status).toBe(204);
    expect(live?.context.utterances).toHaveLength(0);
    expect((await h.call(`/api/sessions/${sid}`, { token })).status).toBe(404);
  });

  it('caches a verified token briefly instead of asking the FHIR server on every request', async () => {
    h = await createHarness({ consent: { 'pat-1': 'granted' } });
    const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
    const { body } = await h.createSession(token);
    const before = h.fhir.requests.length;
    for (let i = 0; i < 5; i++) {
      await h.call(`/api/sessions/${String(body.sessionId)}/utterances`, {
        method: 'POST',
        token,
        json: { id: `u${i}`, speaker: 'client', text: 'fine' },
      });
    }
    expect(h.fhir.requests.length).toBe(before);
  });
});

describe('consent gate', () => {
  it('refuses every AI endpoint until consent is recorded, then allows them', async () => {
    h = await createHarness();
    const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
    const { body } = await h.createSession(token);
    const sid = String(body.sessionId);
    expect(body.consent).toBe('none');
    const utterance = { method: 'POST', token, json: { id: 'u1', speaker: 'client', text: 'hello' } };
    const refused = await h.call(`/api/sessions/${sid}/utterances`, utterance);
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe('consent_required');
    await h.call(`/api/sessions/${sid}/consent`, { method: 'POST', token, json: { state: 'granted' } });
    expect((await h.call(`/api/sessions/${sid}/utterances`, utterance)).status).toBe(200);
    await h.call(`/api/sessions/${sid}/consent/revoke`, { method: 'POST', token });
    expect(
      (
        await h.call(`/api/sessions/${sid}/utterances`, {
          ...utterance,
          json: { id: 'u2', speaker: 'client', text: 'x' },
        })
      ).status,
    ).toBe(403);
  });
});
