import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Bundle, ClientApplication } from '@medplum/fhirtypes';
import { runMedplumSetup, SetupError } from '../../scripts/medplumSetup.ts';

const MEDPLUM = 'https://api.medplum.com';
const ENV = {
  MEDPLUM_CLIENT_ID: 'admin-client',
  MEDPLUM_CLIENT_SECRET: 'admin-secret',
  PUBLIC_URL: 'http://localhost:3000',
};

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
  entry: entries.map((resource) => ({
    fullUrl: `${MEDPLUM}/fhir/R4/ClientApplication/${resource.id}`,
    search: { mode: 'match' },
    resource,
  })),
  link: [{ relation: 'self', url: `${MEDPLUM}/fhir/R4/ClientApplication?name=Session%20Copilot` }],
});
const created = (resource: object, id: string) => ({
  ...resource,
  id,
  meta: {
    versionId: '5c2a0d1e-0000-4000-8000-000000000001',
    lastUpdated: '2026-03-02T16:00:00.000Z',
    project: 'proj-1',
  },
});

/** A fetch that sends another server's requests to the recorded Medplum (for a local base URL). */
const redirectTo =
  (target: string): typeof fetch =>
  (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return fetch(new URL(url.pathname + url.search, target), init);
  };

const seen: { method: string; path: string; auth?: string | null; body?: unknown }[] = [];
let existing: ClientApplication | undefined;
let tokenStatus = 200;

const server = setupServer(
  http.post(`${MEDPLUM}/oauth2/token`, async ({ request }) => {
    const form = new URLSearchParams(await request.text());
    seen.push({ method: 'POST', path: '/oauth2/token', body: Object.fromEntries(form) });
    if (tokenStatus !== 200)
      return HttpResponse.json(
        { error: 'invalid_client', error_description: 'Invalid secret' },
        { status: tokenStatus },
      );
    return HttpResponse.json(tokenResponse);
  }),
  http.get(`${MEDPLUM}/fhir/R4/ClientApplication`, ({ request }) => {
    seen.push({
      method: 'GET',
      path: new URL(request.url).pathname + new URL(request.url).search,
      auth: request.headers.get('authorization'),
    });
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
  http.get(`${MEDPLUM}/fhir/R4/.well-known/smart-configuration`, () =>
    HttpResponse.json({
      authorization_endpoint: `${MEDPLUM}/oauth2/authorize`,
      token_endpoint: `${MEDPLUM}/oauth2/token`,
    }),
  ),
  http.post(`${MEDPLUM}/fhir/R4/`, async ({ request }) => {
    const bundle = (await request.json()) as Bundle;
    seen.push({ method: 'POST', path: '/fhir/R4/', body: bundle });
    const entries = bundle.entry ?? [];
    // A project with transaction-bundles: conditional creates need strict isolation, at most 8 entries.
    if (bundle.type === 'transaction' && entries.some((e) => e.request?.ifNoneExist) && entries.length > 8) {
      return HttpResponse.json(
        {
          resourceType: 'OperationOutcome',
          issue: [
            {
              severity: 'error',
              code: 'invalid',
              details: { text: 'Transaction requires strict isolation but has too many entries' },
            },
          ],
        },
        { status: 400 },
      );
    }
    // Medplum answers each entry with a bare status and `Type/id`, as its batch processor does.
    return HttpResponse.json({
      resourceType: 'Bundle',
      type: 'transaction-response',
      entry: entries.map((e) => {
        const key = e.request?.ifNoneExist ?? '';
        const refused = refuseType === e.resource?.resourceType;
        const already = seeded.has(key);
        const id = seeded.get(key) ?? `0000${String(seeded.size).padStart(4, '0')}-aaaa-4bbb-8ccc-000000000000`;
        if (!refused) seeded.set(key, id);
        return refused
          ? {
              response: {
                status: '403',
                outcome: {
                  resourceType: 'OperationOutcome',
                  issue: [{ severity: 'error', code: 'forbidden', details: { text: 'Forbidden' } }],
                },
              },
            }
          : {
              response: { status: already ? '200' : '201', location: `${e.request?.url}/${id}` },
              resource: { ...e.resource, id },
            };
      }),
    } as Bundle);
  }),
);

/** What the fake project holds, by the conditional-create query that finds it. */
const seeded = new Map<string, string>();
let refuseType: string | undefined;

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
  existing = undefined;
  tokenStatus = 200;
  seeded.clear();
  refuseType = undefined;
});
afterAll(() => server.close());

describe('npm run medplum:setup', () => {
  test('registers the app and prints the exact build and server variables, seeding nothing without --demo', async () => {
    const result = await runMedplumSetup(
      { ...ENV, MEDPLUM_BASE_URL: 'http://localhost:8103/' },
      { fetch: redirectTo(MEDPLUM) },
    );
    expect(result.created).toBe(true);
    expect(result.seed).toBeUndefined();
    expect(seen.some((r) => r.path === '/fhir/R4/')).toBe(false);
    expect(result.instructions).toContain('No demo data seeded');
    expect(result.instructions).toContain(`VITE_MEDPLUM_CLIENT_ID=${result.clientApplicationId}`);
    // Any Medplum but the hosted one must be named to the client build, or its launches are not recognised.
    expect(result.instructions).toContain('VITE_MEDPLUM_FHIR_BASES=http://localhost:8103/fhir/R4');
    expect(result.instructions).toContain('FHIR_ALLOWLIST=http://localhost:8103/fhir/R4');
    expect(result.instructions).toContain('EHR_ORIGINS=http://localhost:3000');
    expect(result.instructions).toContain('CONSENT_POLICY_URL=');
  });

  test('with --demo: registers the app, seeds the synthetic patients in transactions Medplum accepts, and says how to launch', async () => {
    const result = await runMedplumSetup(ENV, { args: ['--demo'] });
    expect(result.created).toBe(true);
    expect(result.clientApplicationId).toBe('c1a0b2c3-0000-4000-8000-00000000c0de');
    expect(seen[0]).toEqual({
      method: 'POST',
      path: '/oauth2/token',
      body: { grant_type: 'client_credentials', client_id: 'admin-client', client_secret: 'admin-secret' },
    });
    expect(seen[1]?.auth).toBe(`Bearer ${tokenResponse.access_token}`);
    const app = seen.find((r) => r.path === '/fhir/R4/ClientApplication' && r.method === 'POST')
      ?.body as ClientApplication;
    expect(app).toMatchObject({
      name: 'Session Copilot',
      launchUri: 'http://localhost:3000/launch',
      redirectUris: ['http://localhost:3000/app'],
    });

    const transactions = seen.filter((r) => r.path === '/fhir/R4/').map((r) => r.body as Bundle);
    expect(transactions.length).toBeGreaterThan(1);
    const entries = transactions.flatMap((t) => t.entry ?? []);
    for (const t of transactions) {
      expect(t.type).toBe('transaction');
      expect(t.entry?.length).toBeLessThanOrEqual(8);
    }
    expect(entries.filter((e) => e.resource?.resourceType === 'Patient')).toHaveLength(22);
    for (const entry of entries) {
      expect(entry.resource?.id).toBeUndefined();
      expect(entry.request?.ifNoneExist).toMatch(/^_tag=urn%3Asession-copilot%3Aseed%7C/);
      expect(entry.fullUrl).toMatch(/^urn:uuid:/);
    }
    // Links point at this batch's entries or at what earlier batches became, never at the sandbox's ids.
    expect(JSON.stringify(entries)).not.toMatch(/"reference":"Patient\/p01"/);
    const encounter = entries.find((e) => e.resource?.resourceType === 'Encounter')?.resource;
    expect(JSON.stringify(encounter)).toMatch(/"reference":"(urn:uuid:|Patient\/0000)/);

    expect(result.seed?.created).toBe(entries.length);
    expect(result.seed?.existing).toBe(0);
    expect(result.seed?.patients).toHaveLength(22);
    expect(result.instructions).toContain(`Demo data: created ${entries.length} resources now, 0 were already there`);
    expect(result.instructions).toContain('Apps tab');
    expect(result.instructions).toContain(`https://app.medplum.com/Patient/${result.seed?.patients[0]?.id}`);
    expect(result.instructions).toContain('FHIR_ALLOWLIST=https://api.medplum.com/fhir/R4');
    expect(result.instructions).not.toContain('VITE_MEDPLUM_FHIR_BASES');
  });

  test('run again with --demo, it reports that nothing new was created', async () => {
    const first = await runMedplumSetup(ENV, { args: ['--demo'] });
    const again = await runMedplumSetup(ENV, { args: ['--demo'] });
    expect(again.seed?.created).toBe(0);
    expect(again.seed?.existing).toBe(first.seed?.created);
    expect(again.instructions).toContain('created 0 resources now');
  });

  test('a refused seed entry is named with its path and status, and with what was created before it', async () => {
    refuseType = 'Encounter';
    const error = await runMedplumSetup(ENV, { args: ['--demo'] }).catch((e) => e);
    expect(error).toBeInstanceOf(SetupError);
    expect(error.message).toMatch(
      /did not create the seeded Encounter .*POST \/fhir\/R4\/ entry \d+ of \d+, HTTP 403: Forbidden/,
    );
    expect(error.message).toMatch(/\d+ resources were created before it/);
  });

  test('an error names the path it came from', async () => {
    server.use(
      http.get(`${MEDPLUM}/fhir/R4/ClientApplication`, () =>
        HttpResponse.json({ resourceType: 'OperationOutcome' }, { status: 400 }),
      ),
    );
    await expect(runMedplumSetup(ENV)).rejects.toThrow('Medplum answered GET /fhir/R4/ClientApplication with HTTP 400');
  });

  test('refuses an unknown option', async () => {
    await expect(runMedplumSetup(ENV, { args: ['--demoo'] })).rejects.toThrow('Unknown option --demoo');
  });

  test('updates the registration when the project already has it', async () => {
    existing = {
      resourceType: 'ClientApplication',
      id: 'existing-app',
      name: 'Session Copilot',
      secret: 'kept',
      launchUri: 'http://old/launch',
    };
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
    await expect(runMedplumSetup(ENV)).rejects.toThrow(
      /refused the client credentials \(POST \/oauth2\/token with HTTP 401\)/,
    );
    expect(seen.map((r) => r.path)).toEqual(['/oauth2/token']);
  });

  test('refuses a base URL that is not http(s)', async () => {
    await expect(runMedplumSetup({ ...ENV, MEDPLUM_BASE_URL: 'ftp://medplum.example' })).rejects.toThrow(
      'MEDPLUM_BASE_URL must be an http(s) URL',
    );
  });
});
