/**
 * `npm run medplum:setup` — registers Session Copilot in a Medplum project and seeds it with the
 * sandbox's synthetic patients, so the app can be launched from Medplum's Apps tab.
 *
 * Needs a Medplum client application with project-admin rights (client credentials):
 *   MEDPLUM_CLIENT_ID, MEDPLUM_CLIENT_SECRET   (required)
 *   MEDPLUM_BASE_URL   server, default https://api.medplum.com/
 *   MEDPLUM_APP_URL    the Medplum app, default derived from the server (api. → app.)
 *   PUBLIC_URL         where this app is served, default http://localhost:3000
 *
 * Idempotent: the ClientApplication is found by name and updated; every seeded resource carries
 * a tag naming its sandbox id and is created with `ifNoneExist` on that tag.
 */
import type { Bundle, BundleEntry, ClientApplication, Resource } from '@medplum/fhirtypes';
import { z } from 'zod';
import { buildSeedResources } from '../launch/sandbox/index.ts';

export const APP_NAME = 'Session Copilot';
export const SEED_TAG_SYSTEM = 'urn:session-copilot:seed';

const url = (what: string) =>
  z.url({ protocol: /^https?$/, error: `${what} must be an http(s) URL` }).transform((u) => (u.endsWith('/') ? u : `${u}/`));

export const SetupEnv = z.object({
  MEDPLUM_BASE_URL: url('MEDPLUM_BASE_URL').default('https://api.medplum.com/'),
  MEDPLUM_APP_URL: url('MEDPLUM_APP_URL').optional(),
  MEDPLUM_CLIENT_ID: z.string({ error: 'MEDPLUM_CLIENT_ID is not set' }).trim().min(1, 'MEDPLUM_CLIENT_ID is empty'),
  MEDPLUM_CLIENT_SECRET: z.string({ error: 'MEDPLUM_CLIENT_SECRET is not set' }).trim().min(1, 'MEDPLUM_CLIENT_SECRET is empty'),
  PUBLIC_URL: url('PUBLIC_URL').default('http://localhost:3000/'),
});
export type SetupEnv = z.infer<typeof SetupEnv>;

export class SetupError extends Error {
  override name = 'SetupError';
}

const HOW_TO_GET_CREDENTIALS =
  'In the Medplum app, open Project Admin → Clients → New, give the client admin access to the project, ' +
  'and set MEDPLUM_CLIENT_ID and MEDPLUM_CLIENT_SECRET to its id and secret.';

export function readSetupEnv(env: Record<string, string | undefined>): SetupEnv {
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = SetupEnv.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => i.message).join('; ');
    const credentials = parsed.error.issues.some((i) => String(i.path[0]).startsWith('MEDPLUM_CLIENT'));
    throw new SetupError(`${problems}.${credentials ? ` ${HOW_TO_GET_CREDENTIALS}` : ''}`);
  }
  return parsed.data;
}

/** The Medplum web app for a server: api.medplum.com → app.medplum.com, localhost:8103 → localhost:3000. */
export function medplumAppUrl(env: SetupEnv): string {
  if (env.MEDPLUM_APP_URL) return env.MEDPLUM_APP_URL;
  const server = new URL(env.MEDPLUM_BASE_URL);
  if (server.hostname.startsWith('api.')) server.hostname = `app.${server.hostname.slice(4)}`;
  else if (server.port === '8103') server.port = '3000';
  return server.href;
}

const TokenResponse = z.object({ access_token: z.string().min(1) });

interface Medplum {
  fhir(method: string, path: string, body?: unknown): Promise<Resource>;
}

async function connect(env: SetupEnv, doFetch: typeof fetch): Promise<Medplum> {
  const tokenResponse = await doFetch(new URL('oauth2/token', env.MEDPLUM_BASE_URL), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: env.MEDPLUM_CLIENT_ID,
      client_secret: env.MEDPLUM_CLIENT_SECRET,
    }),
  });
  const token = tokenResponse.ok ? TokenResponse.safeParse(await tokenResponse.json()) : undefined;
  if (!token?.success) {
    throw new SetupError(
      `Medplum refused the client credentials (HTTP ${tokenResponse.status}). ${HOW_TO_GET_CREDENTIALS}`,
    );
  }
  const fhirBase = new URL('fhir/R4/', env.MEDPLUM_BASE_URL);
  return {
    async fhir(method, path, body) {
      const response = await doFetch(new URL(path, fhirBase), {
        method,
        headers: {
          authorization: `Bearer ${token.data.access_token}`,
          accept: 'application/fhir+json',
          ...(body ? { 'content-type': 'application/fhir+json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      const json = (await response.json().catch(() => undefined)) as Resource | undefined;
      if (!response.ok || !json) {
        const issue = json?.resourceType === 'OperationOutcome' ? json.issue?.[0]?.details?.text : undefined;
        throw new SetupError(`Medplum answered ${method} ${path.split('?')[0]} with HTTP ${response.status}${issue ? `: ${issue}` : ''}.`);
      }
      return json;
    },
  };
}

export function clientApplication(env: SetupEnv, existing?: ClientApplication): ClientApplication {
  const redirect = new URL('app', env.PUBLIC_URL).href;
  return {
    ...existing,
    resourceType: 'ClientApplication',
    name: APP_NAME,
    description: 'AI-assisted psychotherapy sessions: live session support, draft notes, chart write-back after approval.',
    launchUri: new URL('launch', env.PUBLIC_URL).href,
    redirectUris: [redirect],
    // Medplum servers before redirectUris read the single (now deprecated) field.
    redirectUri: redirect,
  };
}

/**
 * The sandbox's synthetic chart as one transaction: server-assigned ids (`urn:uuid` links in
 * place of the sandbox ids) and `ifNoneExist` on a tag naming the sandbox id, so running the
 * setup again adds only what is new (today's encounters).
 */
export function seedTransaction(resources: readonly Resource[]): Bundle {
  const urns = new Map<string, string>();
  resources.forEach((r, i) => urns.set(`${r.resourceType}/${r.id}`, `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`));
  const relink = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(relink);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, k === 'reference' && typeof v === 'string' && urns.has(v) ? urns.get(v) : relink(v)]),
      );
    }
    return value;
  };
  const entry: BundleEntry[] = resources.map((resource) => {
    const key = `${resource.resourceType}/${resource.id}`;
    const { id: _id, ...content } = relink(resource) as Resource;
    const tag = { system: SEED_TAG_SYSTEM, code: key };
    return {
      fullUrl: urns.get(key),
      resource: { ...content, meta: { ...content.meta, tag: [...(content.meta?.tag ?? []), tag] } } as Resource,
      request: {
        method: 'POST',
        url: resource.resourceType,
        ifNoneExist: `_tag=${encodeURIComponent(`${SEED_TAG_SYSTEM}|${key}`)}`,
      },
    };
  });
  return { resourceType: 'Bundle', type: 'transaction', entry };
}

export interface SetupResult {
  clientApplicationId: string;
  created: boolean;
  seeded: number;
  patients: { name: string; id: string }[];
  instructions: string;
}

export async function runMedplumSetup(
  envVars: Record<string, string | undefined>,
  deps: { fetch?: typeof fetch; now?: Date } = {},
): Promise<SetupResult> {
  const env = readSetupEnv(envVars);
  const medplum = await connect(env, deps.fetch ?? fetch);

  const found = (await medplum.fhir('GET', `ClientApplication?name=${encodeURIComponent(APP_NAME)}`)) as Bundle<ClientApplication>;
  const existing = found.entry?.map((e) => e.resource).find((r) => r?.name === APP_NAME);
  const app = (
    existing?.id
      ? await medplum.fhir('PUT', `ClientApplication/${existing.id}`, clientApplication(env, existing))
      : await medplum.fhir('POST', 'ClientApplication', clientApplication(env))
  ) as ClientApplication;
  if (!app.id) throw new SetupError('Medplum did not return the ClientApplication id.');

  const seed = buildSeedResources(deps.now);
  const response = (await medplum.fhir('POST', '', seedTransaction(seed))) as Bundle;
  const results = response.entry ?? [];
  if (results.length !== seed.length || results.some((r) => !/^20[01]/.test(r.response?.status ?? ''))) {
    throw new SetupError('Medplum did not accept every seeded resource; see the transaction response.');
  }
  const patients = seed.flatMap((resource, i) => {
    if (resource.resourceType !== 'Patient') return [];
    const id = results[i]?.response?.location?.match(/Patient\/([^/]+)/)?.[1];
    const name = [resource.name?.[0]?.given?.join(' '), resource.name?.[0]?.family].filter(Boolean).join(' ');
    return id ? [{ name, id }] : [];
  });
  const appUrl = medplumAppUrl(env);
  const fhirBase = new URL('fhir/R4', env.MEDPLUM_BASE_URL).href;
  const first = patients[0];
  const instructions = [
    `ClientApplication "${APP_NAME}": ${app.id} (${existing ? 'updated' : 'created'})`,
    `  launch URI   ${app.launchUri}`,
    `  redirect URI ${app.redirectUris?.[0]}`,
    `Seeded ${seed.length} resources (${patients.length} patients).`,
    '',
    'Configure this app for Medplum, then rebuild and start it:',
    `  VITE_MEDPLUM_CLIENT_ID=${app.id}`,
    `  FHIR_ALLOWLIST=${fhirBase}   (add it to the list you already have)`,
    `  EHR_ORIGINS=${new URL(appUrl).origin}`,
    '',
    'Launch from Medplum:',
    `  1. Open ${appUrl}${first ? `Patient/${first.id}` : 'Patient'} (${first?.name ?? 'any seeded patient'}).`,
    `  2. Open the Apps tab and choose "${APP_NAME}".`,
    '  3. Medplum opens the launch URI with iss and launch; sign in and approve the scopes.',
  ].join('\n');
  return { clientApplicationId: app.id, created: !existing, seeded: seed.length, patients, instructions };
}

async function main(): Promise<void> {
  try {
    const result = await runMedplumSetup(process.env);
    console.log(result.instructions);
  } catch (err) {
    if (err instanceof SetupError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

if (import.meta.main) await main();
