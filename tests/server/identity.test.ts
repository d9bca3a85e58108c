/**
 * Who a session belongs to comes only from what the server can verify — an access token the EHR
 * accepted, or the launch's id_token checked against the EHR's keys — never from the request
 * body. Against the sandbox in its Epic-like mode, whose access tokens are opaque.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, todaysEncounterId } from '../../launch/sandbox/index.ts';
import { startSandboxApp, type SandboxApp } from './helpers/sandboxApp.ts';

const ALICE = 'Practitioner/lindqvist';
const BOB = 'Practitioner/osei';
const PATIENT = 'p01';
const SCOPE = 'launch openid fhirUser user/*.cruds';
const encounterId = todaysEncounterId(PATIENT, new Date());

let app: SandboxApp;

beforeAll(async () => {
  app = await startSandboxApp({
    sandbox: await startSandbox({ port: 0, mode: 'epic' }),
    env: { RATE_LIMIT_USER_PER_MINUTE: '100000', SESSIONS_PER_USER: '3' },
  });
});
afterAll(async () => {
  await app?.close();
  await app?.sandbox.close();
});

/** An opaque access token and the id_token issued with it, as the EHR's token endpoint hands out. */
async function launchAs(fhirUser: string | undefined) {
  const token = await app.sandbox.issueToken({ scope: SCOPE, patient: PATIENT, ...(fhirUser ? { fhirUser } : {}) });
  const idToken = fhirUser ? await app.sandbox.issueIdToken({ fhirUser, accessToken: token }) : undefined;
  return { token, idToken };
}

async function open(token: string, extra: Record<string, unknown> = {}) {
  const response = await app.h.call('/api/sessions', {
    method: 'POST',
    token,
    json: { fhirBaseUrl: app.sandbox.fhirBase, patientId: PATIENT, encounterId, ...extra },
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      sessionId?: string;
      resumed?: boolean;
      practitionerRef?: string;
      error?: { code: string };
    },
  };
}

describe('identity from verified sources only', () => {
  it('the sandbox in Epic-like mode hands out opaque access tokens', async () => {
    const { token } = await launchAs(ALICE);
    expect(token.split('.')).toHaveLength(1);
  });

  it('another clinician cannot take over a live session by naming its clinician in the body', async () => {
    const alice = await launchAs(ALICE);
    const mine = await open(alice.token, { idToken: alice.idToken });
    expect(mine.status).toBe(201);
    const bob = await launchAs(BOB);
    const takeover = await open(bob.token, { fhirUser: ALICE });
    expect(takeover.body.sessionId).not.toBe(mine.body.sessionId);
    expect(takeover.status).toBe(400);
    // Nor with his own id_token: he gets a session of his own.
    const own = await open(bob.token, { idToken: bob.idToken });
    expect(own.status).toBe(201);
    expect(own.body.sessionId).not.toBe(mine.body.sessionId);
    expect(own.body.practitionerRef).toBe(BOB);
  });

  it("another clinician's opaque token cannot read, add to, sign or end a live session", async () => {
    const alice = await launchAs(ALICE);
    const sid = (await open(alice.token, { idToken: alice.idToken })).body.sessionId as string;
    const bob = await launchAs(BOB);
    const calls = [
      app.h.call(`/api/sessions/${sid}`, { token: bob.token }),
      app.h.call(`/api/sessions/${sid}/utterances`, {
        method: 'POST',
        token: bob.token,
        json: { id: 'b1', speaker: 'client', text: 'hello' },
      }),
      app.h.call(`/api/sessions/${sid}/writes`, { token: bob.token }),
      app.h.call(`/api/sessions/${sid}`, { method: 'DELETE', token: bob.token }),
    ];
    for (const response of await Promise.all(calls)) {
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('token_not_bound');
    }
    expect((await app.h.call(`/api/sessions/${sid}`, { token: alice.token })).status).toBe(200);
  });

  it('an opaque token with a verified id_token resumes its own session, also with a refreshed token', async () => {
    const first = await launchAs(ALICE);
    const created = await open(first.token, { idToken: first.idToken });
    const refreshed = await launchAs(ALICE);
    const resumed = await open(refreshed.token, { idToken: refreshed.idToken });
    expect(resumed.status).toBe(200);
    expect(resumed.body).toMatchObject({ sessionId: created.body.sessionId, resumed: true, practitionerRef: ALICE });
    expect((await app.h.call(`/api/sessions/${created.body.sessionId}`, { token: refreshed.token })).status).toBe(200);
  });

  it('refuses an id_token that is forged, issued to another app, expired or issued with another access token', async () => {
    const { token } = await launchAs(ALICE);
    const foreign = await startSandbox({ port: 0 });
    try {
      const cases = {
        forged: await foreign.issueIdToken({ fhirUser: ALICE, accessToken: token }),
        'another app': await app.sandbox.issueIdToken({
          fhirUser: ALICE,
          accessToken: token,
          clientId: 'some-other-app',
        }),
        expired: await app.sandbox.issueIdToken({ fhirUser: ALICE, accessToken: token, expiresInSeconds: -120 }),
        'another access token': await app.sandbox.issueIdToken({ fhirUser: ALICE, accessToken: 'someone-elses-token' }),
        'not a JWT': 'Practitioner/lindqvist',
      };
      for (const [name, idToken] of Object.entries(cases)) {
        const response = await open(token, { idToken });
        expect(response.status, name).toBe(401);
        expect(response.body.error?.code, name).toBe('invalid_id_token');
      }
    } finally {
      await foreign.close();
    }
  });

  it('a session without a verified clinician is never resumed by anyone, cannot sign, and is limited per token', async () => {
    const anonymous = await app.sandbox.issueToken({ scope: SCOPE, patient: PATIENT });
    const first = await open(anonymous);
    expect(first.status).toBe(201);
    expect(first.body.practitionerRef).toBeUndefined();
    // The same token again opens another session, never the first one's; another token cannot use it.
    const second = await open(anonymous);
    expect(second.body.sessionId).not.toBe(first.body.sessionId);
    const other = await app.sandbox.issueToken({ scope: SCOPE, patient: PATIENT });
    const foreignUse = await app.h.call(`/api/sessions/${first.body.sessionId}`, { token: other });
    expect(foreignUse.status).toBe(403);
    // No note without its author.
    const approve = await app.h.call(`/api/sessions/${first.body.sessionId}/approve`, {
      method: 'POST',
      token: anonymous,
      json: {
        patientId: PATIENT,
        encounterId,
        format: 'SOAP',
        sections: [{ key: 'S', title: 'Subjective', text: 'Reports a difficult week.' }],
        period: { start: new Date(Date.now() - 3_600_000).toISOString(), end: new Date().toISOString() },
      },
    });
    expect(approve.status).toBe(403);
    expect(((await approve.json()) as { error: { code: string } }).error.code).toBe('clinician_unknown');
    // SESSIONS_PER_USER=3: the third is the last this token may hold.
    expect((await open(anonymous)).status).toBe(201);
    const flood = await open(anonymous);
    expect(flood.status).toBe(429);
    expect(flood.body.error?.code).toBe('too_many_sessions');
  });

  it('the sandbox tools token (client_credentials, no user) cannot resume a clinician session', async () => {
    const alice = await launchAs(ALICE);
    const mine = await open(alice.token, { idToken: alice.idToken });
    const tools = await app.sandbox.issueToken({ scope: 'system/*.cruds', clientId: 'sandbox-tools' });
    const attempt = await open(tools);
    expect(attempt.body.sessionId).not.toBe(mine.body.sessionId);
    expect((await app.h.call(`/api/sessions/${mine.body.sessionId}`, { token: tools })).status).toBe(403);
  });
});
