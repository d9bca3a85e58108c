import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { UncertainOutcomeError } from '../../fhir/fhirClient.ts';
import { createFhirAllowlist } from '../../server/auth/allowlist.ts';
import { createHttpFhirClient, NotAllowlistedError } from '../../server/writeback/httpClient.ts';

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A loopback server whose handler decides per request. */
async function server(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const s = createServer(handler);
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  closers.push(() => {
    s.closeAllConnections();
    s.close();
  });
  return `http://localhost:${(s.address() as AddressInfo).port}/fhir/R4`;
}

describe('FHIR HTTP client', () => {
  test('sends the clinician’s token and FHIR JSON, and reads the answer', async () => {
    const seen: { auth?: string; type?: string; url?: string }[] = [];
    const base = await server((req, res) => {
      seen.push({ auth: req.headers.authorization, type: req.headers['content-type'], url: req.url });
      res.writeHead(201, { location: `${'/fhir/R4'}/Consent/9/_history/1`, 'content-type': 'application/fhir+json' });
      res.end(JSON.stringify({ resourceType: 'Consent', id: '9' }));
    });
    const client = createHttpFhirClient({
      baseUrl: base,
      allow: createFhirAllowlist([base]).match,
      token: () => 'tok-1',
    });
    const response = await client.request({
      method: 'POST',
      url: 'Consent',
      body: { resourceType: 'Consent' } as never,
    });
    expect(response.status).toBe(201);
    expect(response.headers.location).toBe('/fhir/R4/Consent/9/_history/1');
    expect(seen).toEqual([{ auth: 'Bearer tok-1', type: 'application/fhir+json', url: '/fhir/R4/Consent' }]);
  });

  test('refuses a base that is not on the allowlist, before any request', () => {
    const allow = createFhirAllowlist(['http://localhost:3100/fhir/R4']).match;
    expect(() => createHttpFhirClient({ baseUrl: 'https://evil.example/fhir', allow, token: () => 't' })).toThrow(
      NotAllowlistedError,
    );
  });

  test('refuses a path that would leave the FHIR base', async () => {
    const base = 'http://localhost:3100/fhir/R4';
    let called = false;
    const client = createHttpFhirClient({
      baseUrl: base,
      allow: createFhirAllowlist([base]).match,
      token: () => 't',
      fetch: async () => {
        called = true;
        return new Response('{}');
      },
    });
    await expect(client.request({ method: 'GET', url: '../../admin' })).rejects.toThrow(NotAllowlistedError);
    expect(called).toBe(false);
  });

  test('a server that does not answer in time is an uncertain outcome, not a failure', async () => {
    const base = await server(() => {
      // Never answers.
    });
    const client = createHttpFhirClient({
      baseUrl: base,
      allow: createFhirAllowlist([base]).match,
      token: () => 't',
      timeoutMs: 50,
    });
    const error = await client
      .request({ method: 'POST', url: 'DocumentReference', body: { resourceType: 'DocumentReference' } as never })
      .catch((e) => e);
    expect(error).toBeInstanceOf(UncertainOutcomeError);
    expect(error.kind).toBe('timeout');
  });

  test('a connection dropped mid-answer is an uncertain outcome', async () => {
    const base = await server((req, res) => {
      res.writeHead(201, { 'content-type': 'application/fhir+json', 'content-length': '1000' });
      res.write('{"resourceType":');
      req.socket.destroy();
    });
    const client = createHttpFhirClient({ baseUrl: base, allow: createFhirAllowlist([base]).match, token: () => 't' });
    const error = await client
      .request({ method: 'POST', url: 'DocumentReference', body: { resourceType: 'DocumentReference' } as never })
      .catch((e) => e);
    expect(error).toBeInstanceOf(UncertainOutcomeError);
    expect(error.kind).toBe('network');
  });
});
