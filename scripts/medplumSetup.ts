/**
 * `npm run medplum:setup [-- --demo]` — registers Session Copilot in a Medplum project, so the app
 * can be launched from Medplum's Apps tab; with `--demo`, also seeds the sandbox's synthetic
 * patients (never without it: the credentials may reach a production project).
 *
 * Needs a Medplum client application with project-admin rights (client credentials):
 *   MEDPLUM_CLIENT_ID, MEDPLUM_CLIENT_SECRET   (required)
 *   MEDPLUM_BASE_URL   server, default https://api.medplum.com/
 *   MEDPLUM_APP_URL    the Medplum app, default derived from the server (api. → app.)
 *   PUBLIC_URL         where this app is served, default http://localhost:3000
 *
 * Idempotent: the ClientApplication is found by name and updated; every seeded resource carries
 * a tag naming its sandbox id and is created with `ifNoneExist` on that tag. The seed goes in
 * transactions of at most 8 entries: a Medplum project with the `transaction-bundles` feature
 * refuses larger transactions of conditional creates ("requires strict isolation").
 */
import type { Bundle, BundleEntry, ClientApplication, OperationOutcome, Resource } from '@medplum/fhirtypes';
import { z } from 'zod';
import { buildSeedResources } from '../launch/sandbox/index.ts';

export const APP_NAME = 'Session Copilot';
export const SEED_TAG_SYSTEM = 'urn:session-copilot:seed';

const url = (what: string) =>
  z
    .url({ protocol: /^https?$/, error: `${what} must be an http(s) URL` })
    .transform((u) => (u.endsWith('/') ? u : `${u}/`));

export const SetupEnv = z.object({
  MEDPLUM_BASE_URL: url('MEDPLUM_BASE_URL').default('https://api.medplum.com/'),
  MEDPLUM_APP_URL: url('MEDPLUM_APP_URL').optional(),
  MEDPLUM_CLIENT_ID: z.string({ error: 'MEDPLUM_CLIENT_ID is not set' }).trim().min(1, 'MEDPLUM_CLIENT_ID is empty'),
  MEDPLUM_CLIENT_SECRET: z
    .string({ error: 'MEDPLUM_CLIENT_SECRET is not set' })
    .trim()
    .min(1, 'MEDPLUM_CLIENT_SECRET is empty'),
  PUBLIC_URL: url('PUBLIC_URL').default('http://localhost:3000/'),
});
export type SetupEnv = z.infer<typeof SetupEnv>;

/** Medplum's limit for a transaction of conditional creates when it runs transactions all-or-nothing. */
export const SEED_BATCH_SIZE = 8;

/** The command line: `--demo` seeds the synthetic patients; nothing else is accepted. */
export const SetupArgs = z.array(
  z.enum(['--demo'], { error: (i) => `Unknown option ${String(i.input)}; the only option is --demo.` }),
);

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

const SmartConfiguration = z.object({ token_endpoint: z.url() });

/** Medplum publishes its token endpoint (`/oauth2/token` on the server) in its SMART configuration. */
async function tokenEndpoint(fhirBase: URL, doFetch: typeof fetch): Promise<URL> {
  const fallback = new URL('/oauth2/token', fhirBase);
  try {
    const response = await doFetch(new URL('.well-known/smart-configuration', fhirBase), {
      headers: { accept: 'application/json' },
    });
    const parsed = response.ok ? SmartConfiguration.safeParse(await response.json()) : undefined;
    return parsed?.success ? new URL(parsed.data.token_endpoint) : fallback;
  } catch {
    return fallback;
  }
}

async function connect(env: SetupEnv, doFetch: typeof fetch): Promise<Medplum> {
  const fhirBase = new URL('fhir/R4/', env.MEDPLUM_BASE_URL);
  const tokenUrl = await tokenEndpoint(fhirBase, doFetch);
  const tokenResponse = await doFetch(tokenUrl, {
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
      `Medplum refused the client credentials (POST ${tokenUrl.pathname} with HTTP ${tokenResponse.status}). ${HOW_TO_GET_CREDENTIALS}`,
    );
  }
  return {
    async fhir(method, path, body) {
      const url = new URL(path, fhirBase);
      const response = await doFetch(url, {
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
        const issue = json?.resourceType === 'OperationOutcome' ? outcomeText(json) : undefined;
        throw new SetupError(
          `Medplum answered ${method} ${url.pathname} with HTTP ${response.status}${issue ? `: ${issue}` : ''}.`,
        );
      }
      return json;
    },
  };
}

function outcomeText(outcome: OperationOutcome | undefined): string | undefined {
  const issue = outcome?.issue?.[0];
  return issue?.details?.text ?? issue?.diagnostics;
}

export function clientApplication(env: SetupEnv, existing?: ClientApplication): ClientApplication {
  const redirect = new URL('app', env.PUBLIC_URL).href;
  return {
    ...existing,
    resourceType: 'ClientApplication',
    name: APP_NAME,
    description:
      'AI-assisted psychotherapy sessions: live session support, draft notes, chart write-back after approval.',
    launchUri: new URL('launch', env.PUBLIC_URL).href,
    redirectUris: [redirect],
    // Medplum servers before redirectUris read the single (now deprecated) field.
    redirectUri: redirect,
  };
}

const seedKey = (resource: Resource): string => `${resource.resourceType}/${resource.id}`;

/**
 * One transaction of the sandbox's synthetic chart: server-assigned ids, `ifNoneExist` on a tag
 * naming the sandbox id (so running the setup again adds only what is new, e.g. today's
 * encounters), links between resources of this batch as `urn:uuid`, and links to resources of
 * earlier batches as the references the server gave them (`written`).
 */
export function seedTransaction(
  resources: readonly Resource[],
  written: ReadonlyMap<string, string> = new Map(),
): Bundle {
  const urns = new Map<string, string>();
  resources.forEach((r, i) => urns.set(seedKey(r), `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`));
  const relink = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(relink);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [
          k,
          k === 'reference' && typeof v === 'string' ? (urns.get(v) ?? written.get(v) ?? v) : relink(v),
        ]),
      );
    }
    return value;
  };
  const entry: BundleEntry[] = resources.map((resource) => {
    const key = seedKey(resource);
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

export interface SeedReport {
  /** Resources the server created now (HTTP 201). */
  created: number;
  /** Resources already there from an earlier run (HTTP 200 on the conditional create). */
  existing: number;
  patients: { name: string; id: string }[];
}

const LOCATION = /([A-Z][A-Za-z]+)\/([^/]+)/;

/** Seeds in batches Medplum accepts, in order, so every link points at something already written. */
async function seedDemo(medplum: Medplum, seed: readonly Resource[]): Promise<SeedReport> {
  const written = new Map<string, string>();
  const report: SeedReport = { created: 0, existing: 0, patients: [] };
  for (let start = 0; start < seed.length; start += SEED_BATCH_SIZE) {
    const batch = seed.slice(start, start + SEED_BATCH_SIZE);
    const response = (await medplum.fhir('POST', '', seedTransaction(batch, written))) as Bundle;
    const results = response.entry ?? [];
    batch.forEach((resource, i) => {
      const answer = results[i]?.response;
      const status = Number.parseInt(answer?.status ?? '', 10);
      const match = LOCATION.exec(answer?.location ?? '');
      if (!(status === 200 || status === 201) || !match || match[1] !== resource.resourceType) {
        const reason = outcomeText(answer?.outcome);
        throw new SetupError(
          `Medplum did not create the seeded ${resource.resourceType} ${resource.id} (POST /fhir/R4/ entry ${i + 1} of ${batch.length}, ` +
            `HTTP ${Number.isNaN(status) ? 'no status' : status}${reason ? `: ${reason}` : ''}). ` +
            `${report.created} resources were created before it; run the setup again once the cause is fixed (nothing is created twice).`,
        );
      }
      const reference = `${match[1]}/${match[2]}`;
      written.set(seedKey(resource), reference);
      if (status === 201) report.created++;
      else report.existing++;
      if (resource.resourceType === 'Patient') {
        const name = [resource.name?.[0]?.given?.join(' '), resource.name?.[0]?.family].filter(Boolean).join(' ');
        report.patients.push({ name, id: match[2] as string });
      }
    });
  }
  return report;
}

export interface SetupResult {
  clientApplicationId: string;
  created: boolean;
  /** Present only with `--demo`. */
  seed?: SeedReport;
  instructions: string;
}

const HOSTED_FHIR_BASE = 'https://api.medplum.com/fhir/R4';

export async function runMedplumSetup(
  envVars: Record<string, string | undefined>,
  deps: { fetch?: typeof fetch; now?: Date; args?: readonly string[] } = {},
): Promise<SetupResult> {
  const args = SetupArgs.safeParse(deps.args ?? []);
  if (!args.success) throw new SetupError(args.error.issues[0]?.message ?? 'Bad arguments.');
  const demo = args.data.includes('--demo');
  const env = readSetupEnv(envVars);
  const medplum = await connect(env, deps.fetch ?? fetch);

  const found = (await medplum.fhir(
    'GET',
    `ClientApplication?name=${encodeURIComponent(APP_NAME)}`,
  )) as Bundle<ClientApplication>;
  const existing = found.entry?.map((e) => e.resource).find((r) => r?.name === APP_NAME);
  const app = (
    existing?.id
      ? await medplum.fhir('PUT', `ClientApplication/${existing.id}`, clientApplication(env, existing))
      : await medplum.fhir('POST', 'ClientApplication', clientApplication(env))
  ) as ClientApplication;
  if (!app.id) throw new SetupError('Medplum did not return the ClientApplication id.');

  const seed = demo ? await seedDemo(medplum, buildSeedResources(deps.now)) : undefined;
  const appUrl = medplumAppUrl(env);
  const fhirBase = new URL('fhir/R4', env.MEDPLUM_BASE_URL).href;
  const first = seed?.patients[0];
  const instructions = [
    `ClientApplication "${APP_NAME}": ${app.id} (${existing ? 'updated' : 'created'})`,
    `  launch URI   ${app.launchUri}`,
    `  redirect URI ${app.redirectUris?.[0]}`,
    seed
      ? `Demo data: created ${seed.created} resources now, ${seed.existing} were already there (${seed.patients.length} patients).`
      : 'No demo data seeded (run with -- --demo to add the 22 synthetic patients to this project).',
    '',
    'Build the client with:',
    `  VITE_MEDPLUM_CLIENT_ID=${app.id}`,
    ...(fhirBase === HOSTED_FHIR_BASE ? [] : [`  VITE_MEDPLUM_FHIR_BASES=${fhirBase}`]),
    'Start the server with:',
    `  FHIR_ALLOWLIST=${fhirBase}   (add it to the list you already have)`,
    `  EHR_ORIGINS=${new URL(appUrl).origin}`,
    `  PUBLIC_URL=${env.PUBLIC_URL.replace(/\/$/, '')}`,
    "  CONSENT_POLICY_URL=<your clinic's AI-session policy>   (required for any EHR but the sandbox)",
    '',
    'Launch from Medplum:',
    `  1. Open ${appUrl}${first ? `Patient/${first.id}` : 'Patient'} (${first?.name ?? 'a patient'}).`,
    `  2. Open the Apps tab and choose "${APP_NAME}".`,
    '  3. Medplum opens the launch URI with iss and launch; sign in and approve the scopes.',
  ].join('\n');
  return { clientApplicationId: app.id, created: !existing, seed, instructions };
}

async function main(): Promise<void> {
  try {
    const result = await runMedplumSetup(process.env, { args: process.argv.slice(2) });
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
