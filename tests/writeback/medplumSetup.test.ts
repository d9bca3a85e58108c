import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, ClientApplication } from '@medplum/fhirtypes';
import { runMedplumSetup, SetupError } from '../../scripts/medplumSetup.ts';

const MEDPLUM = 'https://api.medplum.com';
const ENV = { MEDPLUM_CLIENT_ID: 'admin-client', MEDPLUM_CLIENT_SECRET: 'admin-secret', PUBLIC_URL: 'http://localhost:3000' };

// Response shapes as the Medplum server sends them (token endpoint, search, create, transaction).
const tokenResponse = {
  token_type: 'Bearer',
  expires_in: 3600,
  scope: 'openid',
  access_token: 'eyJhbGciOiJSUzI1NiJ9.recorded.token',
};
const searchset = (entries: ClientApplication[]): Bundle => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry: entries.map((resource) => ({ fullUrl: `${MEDPLUM}/fhir/R4/ClientApplication/${resource.id}`, search: { mode: 'match' }, resource })),
  link: [{ relation: 'self', url: `${MEDPLUM}/fhir/R4/ClientApplication?name=Session%20Copilot` }],
});
const created = (resource: object, id: string) => ({
  ...resource,
  id,
  meta: { versionId: '5c2a0d1e-0000-4000-8000-000000000001', lastUpdated: '2026-03-02T16:00:00.000Z', project: 'proj-1' },
});

const seen: { method: string; path: string; auth?: string | null; body?: unknown }[] = [];
let existing: ClientApplication | undefined;
let tokenStatus = 200;

const server = setupServer(
  http.post(`${MEDPLUM}/oauth2/token`, async ({ request }) => {
    const form = new URLSearchParams(await request.text());
    seen.push({ method: 'POST', path: '/oauth2/token', body: Object.fromEntries(form) });
    if (tokenStatus !== 200) return HttpResponse.json({ error: 'invalid_client', error_description: 'Invalid secret' }, { status: tokenStatus });
    return HttpResponse.json(tokenResponse);
  }),
  http.get(`${MEDPLUM}/fhir/R4/ClientApplication`, ({ request }) => {
    seen.push({ method: 'GET', path: new URL(request.url).pathname + new URL(request.url).search, auth: request.headers.get('authorization') });
    return HttpResponse.json(searchset(existing ? [existing] : []));
  }),
  http.post(`${MEDPLUM}/fhir/R4/ClientApplication`, async ({ request }) => {
    const body = await request.json();
    seen.push({ method: 'POST', path: '/fhir/R4/ClientApplication', body });
    return HttpResponse.json(created(body as object, 'c1a0b2c3-0000-4000-8000-00000000c0de'), { status: 201 });
  }),
  http.put(`${MEDPLUM}/fhir/R4/ClientApplication/:id`, async ({ request, params }) => {
    const body = await request.json();
    seen.push({ method: 'PUT', path: `/fhir/R4/ClientApplication/${params.id}`, body });
    return HttpResponse.json(created(body as object, String(params.id)));
  }),
  http.post(`${MEDPLUM}/fhir/R4/`, async ({ request }) => {
    const bundle = (await request.json()) as Bundle;
    seen.push({ method: 'POST', path: '/fhir/R4/', body: bundle });
    return HttpResponse.json({
      resourceType: 'Bundle',
      type: 'transaction-response',
      entry: (bundle.entry ?? []).map((e, i) => ({
        response: {
          status: '201 Created',
          location: `${e.request?.url}/0000${String(i).padStart(4, '0')}-aaaa-4bbb-8ccc-000000000000/_history/1`,
          outcome: { resourceType: 'OperationOutcome', id: 'created', issue: [{ severity: 'information', code: 'informational', details: { text: 'Created' } }] },
        },
      })),
    } satisfies Bundle);
  }),
);

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
  existing = undefined;
  tokenStatus = 200;
});
afterAll(() => server.close());

describe('npm run medplum:setup', () => {
  test('registers the app with its launch and redirect URIs, seeds the synthetic patients and says how to launch', async () => {
    const result = await runMedplumSetup(ENV);
    expect(result.created).toBe(true);
    expect(result.clientApplicationId).toBe('c1a0b2c3-0000-4000-8000-00000000c0de');
    expect(seen[0]).toEqual({
      method: 'POST',
      path: '/oauth2/token',
      body: { grant_type: 'client_credentials', client_id: 'admin-client', client_secret: 'admin-secret' },
    });
    expect(seen[1]?.auth).toBe(`Bearer ${tokenResponse.access_token}`);
    const app = seen.find((r) => r.path === '/fhir/R4/ClientApplication' && r.method === 'POST')?.body as ClientApplication;
    expect(app).toMatchObject({
      name: 'Session Copilot',
      launchUri: 'http://localhost:3000/launch',
      redirectUris: ['http://localhost:3000/app'],
    });

    const transaction = seen.find((r) => r.path === '/fhir/R4/')?.body as Bundle;
    expect(transaction.type).toBe('transaction');
    const entries = transaction.entry ?? [];
    expect(entries.filter((e) => e.resource?.resourceType === 'Patient')).toHaveLength(22);
    for (const entry of entries) {
      expect(entry.resource?.id).toBeUndefined();
      expect(entry.request?.ifNoneExist).toMatch(/^_tag=urn%3Asession-copilot%3Aseed%7C/);
      expect(entry.fullUrl).toMatch(/^urn:uuid:/);
    }
    // References between seeded resources point at the transaction's own entries.
    const serialised = JSON.stringify(entries);
    expect(serialised).not.toMatch(/"reference":"Patient\/p01"/);
    const encounter = entries.find((e) => e.resource?.resourceType === 'Encounter')?.resource;
    expect(JSON.stringify(encounter)).toMatch(/"reference":"urn:uuid:/);

    expect(result.patients).toHaveLength(22);
    expect(result.instructions).toContain('Apps tab');
    expect(result.instructions).toContain(`https://app.medplum.com/Patient/${result.patients[0]?.id}`);
    expect(result.instructions).toContain(`VITE_MEDPLUM_CLIENT_ID=${result.clientApplicationId}`);
    expect(result.instructions).toContain('FHIR_ALLOWLIST=https://api.medplum.com/fhir/R4');
  });

  test('updates the registration when the project already has it', async () => {
    existing = { resourceType: 'ClientApplication', id: 'existing-app', name: 'Session Copilot', secret: 'kept', launchUri: 'http://old/launch' };
    const result = await runMedplumSetup({ ...ENV, PUBLIC_URL: 'https://copilot.clinic.example' });
    expect(result.created).toBe(false);
    const put = seen.find((r) => r.method === 'PUT');
    expect(put?.path).toBe('/fhir/R4/ClientApplication/existing-app');
    expect(put?.body).toMatchObject({
      id: 'existing-app',
      secret: 'kept',
      launchUri: 'https://copilot.clinic.example/launch',
      redirectUris: ['https://copilot.clinic.example/app'],
    });
    expect(seen.some((r) => r.method === 'POST' && r.path === '/fhir/R4/ClientApplication')).toBe(false);
  });

  test('says which variables to set, and where to get them, when the credentials are missing', async () => {
    const error = await runMedplumSetup({ PUBLIC_URL: 'http://localhost:3000' }).catch((e) => e);
    expect(error).toBeInstanceOf(SetupError);
    expect(error.message).toContain('MEDPLUM_CLIENT_ID is not set');
    expect(error.message).toContain('MEDPLUM_CLIENT_SECRET is not set');
    expect(error.message).toContain('Project Admin');
    expect(seen).toEqual([]);
  });

  test('reports refused credentials without going further', async () => {
    tokenStatus = 401;
    await expect(runMedplumSetup(ENV)).rejects.toThrow(/refused the client credentials \(HTTP 401\)/);
    expect(seen.map((r) => r.path)).toEqual(['/oauth2/token']);
  });

  test('refuses a base URL that is not http(s)', async () => {
    await expect(runMedplumSetup({ ...ENV, MEDPLUM_BASE_URL: 'ftp://medplum.example' })).rejects.toThrow(
      'MEDPLUM_BASE_URL must be an http(s) URL',
    );
  });
});
