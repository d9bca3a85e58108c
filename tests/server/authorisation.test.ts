/**
 * The authorisation matrix: every API route × every kind of caller, against the sandbox EHR
 * (a second sandbox instance plays the foreign issuer). Consent states come from the sandbox's
 * own records: p01 has consented, p02 has no consent on file, p12 revoked theirs. An opaque
 * token (as Epic issues) works on the session it opened with its verified id_token; a token that
 * names no user (e.g. `client_credentials`) gets nothing of a clinician's session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, todaysEncounterId, type Sandbox } from '../../launch/sandbox/index.ts';

const encounterOf = (patientId: string) => todaysEncounterId(patientId, new Date());
import { standInTranscriber } from './helpers/fuzz.ts';
import { startSandboxApp, type SandboxApp } from './helpers/sandboxApp.ts';

const CLINICIAN = 'Practitioner/lindqvist';
const SCOPE = 'launch openid fhirUser user/*.cruds';
const WAV = new Uint8Array([...Buffer.from('RIFF\0\0\0\0WAVEfmt '), ...new Uint8Array(64)]);

type Case =
  | 'no token'
  | 'expired'
  | 'wrong issuer'
  | 'other patient'
  | 'user-less token'
  | 'no consent'
  | 'revoked consent'
  | 'opaque token'
  | 'valid';
const CASES: Case[] = [
  'no token',
  'expired',
  'wrong issuer',
  'other patient',
  'user-less token',
  'no consent',
  'revoked consent',
  'opaque token',
  'valid',
];

/** The patient whose session each case works on. */
const PATIENT: Record<Case, string> = {
  'no token': 'p01',
  expired: 'p01',
  'wrong issuer': 'p01',
  'other patient': 'p01',
  'no consent': 'p02',
  'revoked consent': 'p12',
  'user-less token': 'p01',
  'opaque token': 'p14',
  valid: 'p01',
};

interface Route {
  name: string;
  method: string;
  /** Path under `/api/sessions/:sid` ('' for the session itself); `null` for session creation. */
  path: string | null;
  ai: boolean;
  body?: (patientId: string) => unknown;
  raw?: { body: Uint8Array; contentType: string };
  /** Status with a valid token, by consent state. */
  ok: number | ((consent: 'granted' | 'none' | 'revoked') => number);
}

const note = (patientId: string) => ({
  patientId,
  encounterId: encounterOf(patientId),
  format: 'SOAP',
  sections: [{ key: 'S', title: 'Subjective', text: 'Reports a difficult week at work.' }],
  period: { start: new Date(Date.now() - 3_600_000).toISOString(), end: new Date().toISOString() },
});

const ROUTES: Route[] = [
  { name: 'POST /api/sessions', method: 'POST', path: null, ai: false, ok: 201 },
  { name: 'GET /api/sessions/:sid', method: 'GET', path: '', ai: false, ok: 200 },
  { name: 'DELETE /api/sessions/:sid', method: 'DELETE', path: '', ai: false, ok: 204 },
  {
    name: 'POST utterances',
    method: 'POST',
    path: '/utterances',
    ai: true,
    body: () => ({ id: 'u1', speaker: 'client', text: 'Work has been hard this week.' }),
    ok: 200,
  },
  { name: 'GET events', method: 'GET', path: '/events', ai: false, ok: 200 },
  { name: 'POST suggestions', method: 'POST', path: '/suggestions', ai: true, body: () => ({}), ok: 200 },
  { name: 'POST wrap-up', method: 'POST', path: '/wrap-up', ai: true, body: () => ({ format: 'SOAP' }), ok: 200 },
  { name: 'POST wrap-up/risk', method: 'POST', path: '/wrap-up/risk', ai: true, body: () => ({}), ok: 200 },
  // A valid caller reaches the route; the session has no flag on u1, so there is nothing to decide.
  {
    name: 'POST flags/:utteranceId',
    method: 'POST',
    path: '/flags/u1',
    ai: false,
    body: () => ({ decision: 'confirmed' }),
    ok: 404,
  },
  {
    name: 'POST audio',
    method: 'POST',
    path: '/audio?chunk=c1',
    ai: true,
    raw: { body: WAV, contentType: 'audio/wav' },
    ok: 200,
  },
  {
    name: 'POST feedback',
    method: 'POST',
    path: '/feedback',
    ai: false,
    body: () => ({ suggestionId: 'cbt.reframe', action: 'used' }),
    ok: 204,
  },
  { name: 'GET consent', method: 'GET', path: '/consent', ai: false, ok: 200 },
  // Continuity reads the chart for the panel: consent-gated like the AI routes.
  { name: 'GET continuity', method: 'GET', path: '/continuity', ai: true, ok: 200 },
  // A valid caller reaches the route; no note has this id, in any patient's chart.
  { name: 'GET continuity/notes/:noteId', method: 'GET', path: '/continuity/notes/no-such-note', ai: true, ok: 404 },
  { name: 'POST approve', method: 'POST', path: '/approve', ai: false, body: note, ok: 201 },
  { name: 'GET writes', method: 'GET', path: '/writes', ai: false, ok: 200 },
  {
    name: 'POST writes/:id/retry',
    method: 'POST',
    path: '/writes/00000000-0000-4000-8000-000000000000/retry',
    ai: false,
    ok: 404,
  },
  {
    name: 'POST amend',
    method: 'POST',
    path: '/amend',
    ai: false,
    body: (p) => ({ ...note(p), replacesWriteId: '00000000-0000-4000-8000-000000000000' }),
    ok: 404,
  },
  // These two change the patient's consent, so they come last: revoking p01's consent, then
  // recording it again for every patient.
  {
    name: 'POST consent/revoke',
    method: 'POST',
    path: '/consent/revoke',
    ai: false,
    ok: (consent) => (consent === 'granted' ? 200 : 409),
  },
  { name: 'POST consent', method: 'POST', path: '/consent', ai: false, body: () => ({ decision: 'granted' }), ok: 201 },
];

function expected(route: Route, c: Case): number {
  if (c === 'no token' || c === 'expired' || c === 'wrong issuer') return 401;
  if (c === 'other patient') return 403;
  // A token naming no user opens a session of its own, and gets nothing of the clinician's.
  if (c === 'user-less token') return route.path === null ? 201 : 403;
  const consent = c === 'no consent' ? 'none' : c === 'revoked consent' ? 'revoked' : 'granted';
  if (route.ai && consent !== 'granted') return 403;
  return typeof route.ok === 'function' ? route.ok(consent) : route.ok;
}

let app: SandboxApp;
let foreign: Sandbox;

beforeAll(async () => {
  foreign = await startSandbox({ port: 0 });
  app = await startSandboxApp({
    transcriber: standInTranscriber,
    // Every cell opens sessions as the same clinician; the limits have their own tests.
    env: { RATE_LIMIT_USER_PER_MINUTE: '100000', RATE_LIMIT_SESSION_PER_MINUTE: '100000' },
  });
});
afterAll(async () => {
  await app?.close();
  await foreign?.close();
});

async function tokenFor(c: Case, patientId: string): Promise<string | undefined> {
  const claims = { scope: SCOPE, patient: patientId, fhirUser: CLINICIAN };
  switch (c) {
    case 'no token':
      return undefined;
    case 'expired':
      return app.sandbox.issueToken({ ...claims, expiresInSeconds: -60 });
    case 'wrong issuer':
      return foreign.issueToken(claims);
    case 'other patient':
      return app.sandbox.issueToken({
        scope: 'launch openid fhirUser patient/*.cruds',
        patient: 'p04',
        fhirUser: CLINICIAN,
      });
    case 'user-less token':
      return app.sandbox.issueToken({ scope: SCOPE, patient: patientId });
    case 'opaque token':
      return app.sandbox.issueToken({ ...claims, opaque: true });
    default:
      return app.sandbox.issueToken(claims);
  }
}

/** What the app sends to open a session: the launch ids, and the id_token that came with an opaque token. */
async function createBody(patientId: string, opaqueToken?: string) {
  return {
    fhirBaseUrl: app.sandbox.fhirBase,
    patientId,
    encounterId: encounterOf(patientId),
    ...(opaqueToken
      ? { idToken: await app.sandbox.issueIdToken({ fhirUser: CLINICIAN, accessToken: opaqueToken }) }
      : {}),
  };
}

/** A fresh session of the clinician for the patient, created with a valid token (or the opaque one given). */
async function sessionFor(patientId: string, opaqueToken?: string): Promise<string> {
  const token =
    opaqueToken ?? (await app.sandbox.issueToken({ scope: SCOPE, patient: patientId, fhirUser: CLINICIAN }));
  const body = await createBody(patientId, opaqueToken);
  const first = await app.h.call('/api/sessions', { method: 'POST', token, json: body });
  const { sessionId } = (await first.json()) as { sessionId: string };
  // A resumed session may carry earlier cells' state: end it and start clean.
  await app.h.call(`/api/sessions/${sessionId}`, { method: 'DELETE', token });
  const fresh = await app.h.call('/api/sessions', { method: 'POST', token, json: body });
  expect(fresh.status).toBe(201);
  return ((await fresh.json()) as { sessionId: string }).sessionId;
}

describe('authorisation matrix: every route × every caller', () => {
  for (const route of ROUTES) {
    it(route.name, async () => {
      for (const c of CASES) {
        const patientId = PATIENT[c];
        const token = await tokenFor(c, patientId);
        let path = '/api/sessions';
        let body = route.body?.(patientId);
        const opaque = c === 'opaque token' ? token : undefined;
        if (route.path === null) {
          body = await createBody(patientId, opaque);
        } else {
          path = `/api/sessions/${await sessionFor(patientId, opaque)}${route.path}`;
        }
        const response = await app.h.call(path, {
          method: route.method,
          ...(token ? { token } : {}),
          ...(route.raw
            ? { body: route.raw.body as BodyInit, headers: { 'content-type': route.raw.contentType } }
            : {}),
          ...(body !== undefined ? { json: body } : {}),
        });
        const want = expected(route, c);
        const got = route.path === null && response.status === 200 && want === 201 ? 201 : response.status;
        const detail = response.headers.get('content-type')?.includes('json') ? await response.text() : '';
        if (response.headers.get('content-type')?.includes('event-stream')) await response.body?.cancel();
        expect(got, `${route.name} × ${c}: ${detail.slice(0, 300)}`).toBe(want);
        if (want === 403 && route.ai && c !== 'other patient' && c !== 'user-less token')
          expect(detail).toContain('consent_required');
        if (want === 403 && c === 'user-less token') expect(detail).toContain('token_not_bound');
        if (route.path === null && got === 201) {
          const created = JSON.parse(detail) as { consent: string; practitionerRef?: string };
          expect(created.practitionerRef).toBe(c === 'user-less token' ? undefined : CLINICIAN);
          const consent = created.consent;
          expect(consent).toBe(c === 'no consent' ? 'none' : c === 'revoked consent' ? 'revoked' : 'granted');
        }
      }
    });
  }

  it('revocation turns the AI endpoints off at once, for the live session', async () => {
    const token = await app.sandbox.issueToken({ scope: SCOPE, patient: 'p05', fhirUser: CLINICIAN });
    const sid = await sessionFor('p05');
    const say = (id: string) =>
      app.h.call(`/api/sessions/${sid}/utterances`, {
        method: 'POST',
        token,
        json: { id, speaker: 'client', text: 'ok' },
      });
    expect((await say('u1')).status).toBe(200);
    expect((await app.h.call(`/api/sessions/${sid}/consent/revoke`, { method: 'POST', token })).status).toBe(200);
    expect((await say('u2')).status).toBe(403);
    expect(
      (await app.h.call(`/api/sessions/${sid}/consent`, { method: 'POST', token, json: { decision: 'granted' } }))
        .status,
    ).toBe(201);
    expect((await say('u3')).status).toBe(200);
  });

  it('refuses a cached token once it expires, without waiting for the cache', async () => {
    const sid = await sessionFor('p01');
    const token = await app.sandbox.issueToken({
      scope: SCOPE,
      patient: 'p01',
      fhirUser: CLINICIAN,
      expiresInSeconds: 2,
    });
    expect((await app.h.call(`/api/sessions/${sid}`, { token })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 2100));
    expect((await app.h.call(`/api/sessions/${sid}`, { token })).status).toBe(401);
  });

  it("refuses another clinician's token on a bound session", async () => {
    const sid = await sessionFor('p01');
    const token = await app.sandbox.issueToken({ scope: SCOPE, patient: 'p01', fhirUser: 'Practitioner/osei' });
    const response = await app.h.call(`/api/sessions/${sid}`, { token });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('user_mismatch');
  });
});
