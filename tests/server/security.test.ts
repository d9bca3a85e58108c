import { afterEach, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../server/security/rateLimit.ts';
import { createHarness, type Harness } from './helpers/harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe('security headers', () => {
  it('lets only this origin and the configured EHRs frame the app, and allows no inline script', async () => {
    h = await createHarness({
      env: {
        EHR_ORIGINS: 'https://ehr.example.org,http://localhost:3100',
        FHIR_ALLOWLIST: 'https://fhir.example.org/r4',
        CONSENT_POLICY_URL: 'https://clinic.example.org/policy/ai-sessions',
      },
    });
    for (const path of ['/app', '/launch', '/healthz', '/api/sessions/x']) {
      const response = await h.call(path);
      const csp = directives(response.headers.get('content-security-policy') ?? '');
      expect(csp.get('frame-ancestors'), path).toEqual(["'self'", 'https://ehr.example.org', 'http://localhost:3100']);
      expect(csp.get('script-src'), path).toEqual(["'self'"]);
      expect(csp.get('connect-src'), path).toEqual(["'self'", 'https://fhir.example.org']);
      expect(csp.get('object-src'), path).toEqual(["'none'"]);
      expect(response.headers.get('x-frame-options'), path).toBeNull();
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('permissions-policy'), path).toContain('microphone=(self)');
    }
  });

  it('grants no cross-origin access to the API (same-origin app, no CORS)', async () => {
    h = await createHarness();
    const preflight = await h.call('/api/sessions', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.org', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await h.call('/healthz', { headers: { origin: 'https://evil.example.org' } });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('says how to build the client when the build is missing', async () => {
    h = await createHarness();
    const response = await h.call('/app');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });

  it('marks API answers as not cacheable', async () => {
    h = await createHarness();
    const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
    await h.createSession(token);
    const response = await h.call('/api/sessions', { method: 'POST', token, json: {} });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('body limits', () => {
  it('refuses an utterance body over 16 KB with 413 before reading it', async () => {
    h = await createHarness({ consent: { 'pat-1': 'granted' } });
    const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
    const { body } = await h.createSession(token);
    const response = await h.call(`/api/sessions/${String(body.sessionId)}/utterances`, {
      method: 'POST',
      token,
      json: { id: 'u1', speaker: 'client', text: 'a'.repeat(17 * 1024) },
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'body_too_large' } });
  });

  it('refuses a session-creation body over 8 KB', async () => {
    h = await createHarness();
    const token = h.fhir.issueToken({});
    const response = await h.call('/api/sessions', {
      method: 'POST',
      token,
      json: { fhirBaseUrl: 'x'.repeat(9000), patientId: 'pat-1' },
    });
    expect(response.status).toBe(413);
  });

  it('refuses an audio chunk over 5 MB', async () => {
    h = await createHarness({ consent: { 'pat-1': 'granted' } });
    const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
    const { body } = await h.createSession(token);
    const response = await h.call(`/api/sessions/${String(body.sessionId)}/audio?chunk=c1`, {
      method: 'POST',
      token,
      headers: { 'content-type': 'audio/webm' },
      body: new Uint8Array(5 * 1024 * 1024 + 1),
    });
    expect(response.status).toBe(413);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After once a session spends its allowance', async () => {
    h = await createHarness({ consent: { 'pat-1': 'granted' }, env: { RATE_LIMIT_SESSION_PER_MINUTE: '60' } });
    const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
    const { body } = await h.createSession(token);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 15; i++) {
      const response = await h.call(`/api/sessions/${String(body.sessionId)}/utterances`, {
        method: 'POST',
        token,
        json: { id: `u${i}`, speaker: 'client', text: 'ok' },
      });
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get('retry-after');
    }
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  });

  it('counts each request once, whatever the route', async () => {
    h = await createHarness({ env: { RATE_LIMIT_SESSION_PER_MINUTE: '60' } });
    const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
    const { body } = await h.createSession(token);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await h.call(`/api/sessions/${String(body.sessionId)}`, { token })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.at(-1)).toBe(429);
  });

  it('limits a user across their sessions', async () => {
    h = await createHarness({
      consent: { 'pat-1': 'granted', 'pat-2': 'granted' },
      env: { RATE_LIMIT_USER_PER_MINUTE: '60', RATE_LIMIT_SESSION_PER_MINUTE: '6000' },
    });
    const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
    const a = await h.createSession(token);
    const b = await h.createSession(token, { patientId: 'pat-2', encounterId: 'enc-2' });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const sid = String((i % 2 ? a : b).body.sessionId);
      const response = await h.call(`/api/sessions/${sid}/utterances`, {
        method: 'POST',
        token,
        json: { id: `u${i}`, speaker: 'client', text: 'ok' },
      });
      statuses.push(response.status);
    }
    // Two creations and eight utterances spend the burst of ten.
    expect(statuses.filter((s) => s === 429).length).toBe(4);
  });

  it('limits assistant jobs per session more tightly than other requests', async () => {
    h = await createHarness({ consent: { 'pat-1': 'granted' }, env: { RATE_LIMIT_AI_PER_MINUTE: '12' } });
    const token = h.fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
    const { body } = await h.createSession(token);
    const sid = String(body.sessionId);
    await h.call(`/api/sessions/${sid}/utterances`, {
      method: 'POST',
      token,
      json: { id: 'u1', speaker: 'client', text: 'I always fail.' },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await h.call(`/api/sessions/${sid}/suggestions`, { method: 'POST', token, json: {} })).status);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses[10]).toBe(429);
    // Other requests of the session are not held back by it.
    expect((await h.call(`/api/sessions/${sid}`, { token })).status).toBe(200);
  });

  it('refills a token bucket over time', () => {
    let t = 0;
    const limiter = createRateLimiter({ perMinute: 60, capacity: 2, now: () => t });
    expect(limiter.take('k').allowed).toBe(true);
    expect(limiter.take('k').allowed).toBe(true);
    const refused = limiter.take('k');
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 1 });
    t += 1000;
    expect(limiter.take('k').allowed).toBe(true);
  });
});
