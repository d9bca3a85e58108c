import { describe, expect, it } from 'vitest';
import { createChartReader, readOnlyFetch, splitFhirBase } from '../../client/smart/medplumClient.ts';

describe('the chart reader behind Medplum’s components', () => {
  it('reads from the FHIR base the app was launched from, whatever its path', () => {
    expect(splitFhirBase('https://fhir.example.org/interconnect/api/FHIR/R4/')).toEqual({
      baseUrl: 'https://fhir.example.org/',
      fhirUrlPath: 'interconnect/api/FHIR/R4',
    });
  });

  it('sends the launch’s current token and no cookies', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fetchImpl = async (url: string | URL | Request, init?: RequestInit) => {
      seen.push({ url: String(url), init: init ?? {} });
      return new Response('{}');
    };
    let token = 'first';
    const get = readOnlyFetch(async () => token, fetchImpl as typeof fetch);
    await get('https://ehr.example/fhir/R4/Practitioner/1');
    token = 'refreshed';
    await get('https://ehr.example/fhir/R4/Practitioner/2', { method: 'get' });
    expect(seen.map((s) => new Headers(s.init.headers).get('authorization'))).toEqual([
      'Bearer first',
      'Bearer refreshed',
    ]);
    expect(seen.every((s) => s.init.credentials === 'omit')).toBe(true);
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('refuses %s before anything leaves the browser', async (method) => {
    let called = false;
    const get = readOnlyFetch(async () => 'token', (async () => {
      called = true;
      return new Response('{}');
    }) as typeof fetch);
    await expect(get('https://ehr.example/fhir/R4/CarePlan/1', { method })).rejects.toThrow(/never writes/);
    expect(called).toBe(false);
  });

  it('reads a clinician through MedplumClient with the token, and cannot create one', async () => {
    const requests: string[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = (async (url: string | URL | Request, init?: RequestInit) => {
      requests.push(`${init?.method ?? 'GET'} ${String(url)} ${new Headers(init?.headers).get('authorization')}`);
      return new Response(JSON.stringify({ resourceType: 'Practitioner', id: 'osei', name: [{ family: 'Osei' }] }), {
        headers: { 'content-type': 'application/fhir+json' },
      });
    }) as typeof fetch;
    try {
      const medplum = createChartReader('http://localhost:3100/fhir/R4', async () => 'launch-token');
      const practitioner = await medplum.readResource('Practitioner', 'osei');
      expect(practitioner.name?.[0]?.family).toBe('Osei');
      await expect(medplum.createResource({ resourceType: 'Practitioner' })).rejects.toThrow();
      expect(requests).toEqual(['GET http://localhost:3100/fhir/R4/Practitioner/osei Bearer launch-token']);
    } finally {
      globalThis.fetch = original;
    }
  });
});
