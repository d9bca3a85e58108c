import { describe, expect, it } from 'vitest';
import { bearerToken, createTokenVerifier } from '../../server/auth/verify.ts';
import { ApiError } from '../../server/routes/errors.ts';
import { createFakeFhir } from './helpers/fakeFhir.ts';

const base = 'http://localhost:3100/fhir/R4';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a refusal');
}

describe('bearer token parsing', () => {
  it('asks for a token when there is none, and refuses a malformed one', () => {
    expect(() => bearerToken(undefined)).toThrow(/Authorization: Bearer/);
    for (const header of ['Basic abc', 'Bearer', 'Bearer a b', 'Bearer tok\u0000en', `Bearer ${'a'.repeat(9000)}`]) {
      expect(() => bearerToken(header), header).toThrow(ApiError);
    }
    expect(bearerToken('Bearer abc.def-ghi_~+/=')).toBe('abc.def-ghi_~+/=');
  });
});

describe('token verification against the FHIR server', () => {
  it('trusts a verified token for the cache lifetime only', async () => {
    let now = 0;
    const fhir = createFakeFhir(base, () => now);
    const verifier = createTokenVerifier({ fetch: fhir.fetch, ttlMs: 60_000, now: () => now });
    const token = fhir.issueToken({ expiresInSeconds: 3600 });
    await verifier.verify({ fhirBaseUrl: base, token, patientId: 'pat-1' });
    await verifier.verify({ fhirBaseUrl: base, token, patientId: 'pat-1' });
    expect(fhir.requests).toHaveLength(1);
    now += 61_000;
    await verifier.verify({ fhirBaseUrl: base, token, patientId: 'pat-1' });
    expect(fhir.requests).toHaveLength(2);
  });

  it('re-checks a token in use before its entry expires, without making the request wait', async () => {
    let now = 0;
    const fhir = createFakeFhir(base, () => now);
    const verifier = createTokenVerifier({ fetch: fhir.fetch, ttlMs: 60_000, now: () => now });
    const token = fhir.issueToken({ expiresInSeconds: 3600 });
    await verifier.verify({ fhirBaseUrl: base, token, patientId: 'pat-1' });
    now = 50_000;
    fhir.revokeToken(token);
    // Still within its lifetime: answered from the cache, while the EHR is asked again.
    await verifier.verify({ fhirBaseUrl: base, token, patientId: 'pat-1' });
    expect(fhir.requests).toHaveLength(2);
    // The EHR no longer accepts it: refused once that check is back, before the entry would have expired.
    const status = () =>
      verifier.verify({ fhirBaseUrl: base, token, patientId: 'pat-1' }).then(
        () => 200,
        (e: ApiError) => e.status,
      );
    await expect.poll(status).toBe(401);
    expect(now).toBe(50_000);
  });

  it('asks once for many concurrent requests with the same token', async () => {
    const fhir = createFakeFhir(base);
    const verifier = createTokenVerifier({ fetch: fhir.fetch, ttlMs: 60_000 });
    const token = fhir.issueToken({});
    await Promise.all(
      Array.from({ length: 20 }, () => verifier.verify({ fhirBaseUrl: base, token, patientId: 'pat-1' })),
    );
    expect(fhir.requests).toHaveLength(1);
  });

  it('remembers a refusal briefly so a bad token cannot make it hammer the EHR', async () => {
    const fhir = createFakeFhir(base);
    const verifier = createTokenVerifier({ fetch: fhir.fetch, ttlMs: 60_000 });
    for (let i = 0; i < 10; i++) {
      expect((await failure(verifier.verify({ fhirBaseUrl: base, token: 'forged', patientId: 'pat-1' }))).status).toBe(
        401,
      );
    }
    expect(fhir.requests).toHaveLength(1);
  });

  it('answers 504 when the FHIR server does not answer in time', async () => {
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const verifier = createTokenVerifier({ fetch: hanging, ttlMs: 60_000, timeoutMs: 50 });
    const error = await failure(verifier.verify({ fhirBaseUrl: base, token: 't', patientId: 'pat-1' }));
    expect(error.status).toBe(504);
    expect(error.code).toBe('fhir_unavailable');
  });

  it('answers 502 when the FHIR server fails, and does not remember that', async () => {
    let calls = 0;
    const failing: typeof fetch = async () => {
      calls++;
      return new Response('oops', { status: 500 });
    };
    const verifier = createTokenVerifier({ fetch: failing, ttlMs: 60_000 });
    expect((await failure(verifier.verify({ fhirBaseUrl: base, token: 't', patientId: 'pat-1' }))).status).toBe(502);
    await failure(verifier.verify({ fhirBaseUrl: base, token: 't', patientId: 'pat-1' }));
    expect(calls).toBe(2);
  });

  it('does not follow a redirect to another host', async () => {
    const seen: string[] = [];
    const redirecting: typeof fetch = async (input, init) => {
      seen.push(String(input));
      expect(init?.redirect).toBe('manual');
      return new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest' } });
    };
    const verifier = createTokenVerifier({ fetch: redirecting, ttlMs: 60_000 });
    const error = await failure(verifier.verify({ fhirBaseUrl: base, token: 't', patientId: 'pat-1' }));
    expect(error.status).toBe(403);
    expect(seen).toEqual([`${base}/Patient/pat-1`]);
  });

  it('asks for the patient, the encounter and the clinician at once, not one after another', async () => {
    const fhir = createFakeFhir(base);
    const asked: string[] = [];
    let inFlight = 0;
    let most = 0;
    const slow: typeof fetch = async (input, init) => {
      asked.push(new URL(String(input)).pathname.split('/').at(-2) as string);
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 20));
      inFlight--;
      return fhir.fetch(input, init);
    };
    const verifier = createTokenVerifier({ fetch: slow, ttlMs: 60_000 });
    const token = fhir.issueToken({ patient: 'pat-1', fhirUser: 'Practitioner/prac-1' });
    await verifier.verify({
      fhirBaseUrl: base,
      token,
      patientId: 'pat-1',
      encounterId: 'enc-1',
      fhirUser: 'Practitioner/prac-1',
    });
    expect(asked.toSorted()).toEqual(['Encounter', 'Patient', 'Practitioner']);
    expect(most).toBe(3);
  });

  it('reports the refused token before a missing encounter, whichever answer comes back first', async () => {
    const fhir = createFakeFhir(base);
    fhir.override((path) => {
      if (path === 'Encounter/enc-1') return new Response(null, { status: 404 });
      if (path === 'Patient/pat-1')
        return new Promise<Response>((resolve) => setTimeout(() => resolve(new Response(null, { status: 401 })), 30));
      return undefined;
    });
    const verifier = createTokenVerifier({ fetch: fhir.fetch, ttlMs: 60_000 });
    const error = await failure(
      verifier.verify({ fhirBaseUrl: base, token: 'expired', patientId: 'pat-1', encounterId: 'enc-1' }),
    );
    expect(error.code).toBe('invalid_token');
  });

  it('refuses an encounter of another patient even when every read succeeds', async () => {
    const fhir = createFakeFhir(base);
    const token = fhir.issueToken({ fhirUser: 'Practitioner/prac-1' });
    const verifier = createTokenVerifier({ fetch: fhir.fetch, ttlMs: 60_000 });
    const error = await failure(
      verifier.verify({ fhirBaseUrl: base, token, patientId: 'pat-1', encounterId: 'enc-2' }),
    );
    expect(error.code).toBe('encounter_mismatch');
  });

  it('refuses a reply that is not the patient asked for', async () => {
    const impostor: typeof fetch = async () => Response.json({ resourceType: 'Patient', id: 'someone-else' });
    const verifier = createTokenVerifier({ fetch: impostor, ttlMs: 60_000 });
    const error = await failure(verifier.verify({ fhirBaseUrl: base, token: 't', patientId: 'pat-1' }));
    expect(error.code).toBe('token_not_verified');
  });
});
