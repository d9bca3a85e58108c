import { basename, join } from 'node:path';
import { z } from 'zod';
import type { FhirClient } from '../../fhir/fhirClient.ts';
import { createFhirStore, type StoreCodec } from '../../fhir/store/index.ts';
import { type DataKeys, isSealed, seal, unseal } from '../security/keys.ts';
import { normaliseBaseUrl } from '../auth/allowlist.ts';
import { createHttpFhirClient } from './httpClient.ts';

/**
 * The companion FHIR store keeps what an EHR cannot: Consent, CarePlans, the AI Device and
 * Provenance. By default it is embedded in the server (Medplum's FHIR router over a JSON file
 * in DATA_DIR); in production it can be any FHIR server reached with client credentials — a
 * Medplum project is the documented choice (COMPANION_FHIR_URL, COMPANION_CLIENT_ID,
 * COMPANION_CLIENT_SECRET).
 */

export interface CompanionConfig {
  dataDir: string;
  /** Keys the embedded store's file is encrypted with. */
  dataKeys?: DataKeys;
  url?: string;
  clientId?: string;
  clientSecret?: string;
}

export interface CompanionStore extends FhirClient {
  readonly kind: 'embedded' | 'remote';
  /** Saves pending changes (embedded) — call before shutting down. */
  flush(): Promise<void>;
}

export class CompanionConfigError extends Error {
  override name = 'CompanionConfigError';
}

/** AES-256-GCM of the whole file under the data keys, bound to the file's name. */
export function sealedFileCodec(keys: DataKeys, name: string): StoreCodec {
  return {
    encode: (json) => seal(keys, json, name),
    decode: (stored) => unseal(keys, stored, name),
    isEncoded: isSealed,
  };
}

/**
 * The embedded store, in `dataFile` (0600): encrypted with `dataKeys` when given — the server
 * always gives them; only tests run it without.
 */
export async function createEmbeddedCompanion(dataFile: string, dataKeys?: DataKeys): Promise<CompanionStore> {
  const store = await createFhirStore({
    dataFile,
    ...(dataKeys ? { codec: sealedFileCodec(dataKeys, basename(dataFile)) } : {}),
  });
  return {
    kind: 'embedded',
    baseUrl: undefined,
    async request(req) {
      // The store works on what it is given; the caller's resources stay as they were built.
      const body = req.body ? structuredClone(req.body) : undefined;
      const response = await store.handle({ method: req.method, url: req.url, body, headers: req.headers });
      return { status: response.status, body: response.body, headers: response.headers };
    },
    flush: () => store.flush(),
  };
}

const TokenResponse = z.object({ access_token: z.string().min(1), expires_in: z.number().positive().optional() });
const SmartConfiguration = z.object({ token_endpoint: z.url() });

/** Client-credentials tokens for the companion server, renewed a minute before they expire. */
export function clientCredentialsToken(options: {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  fetch?: typeof fetch;
  now?: () => number;
}): () => Promise<string> {
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  let cached: { token: string; expiresAt: number } | undefined;

  async function tokenEndpoint(): Promise<string> {
    const res = await doFetch(`${options.baseUrl}/.well-known/smart-configuration`, {
      headers: { accept: 'application/json' },
    });
    const parsed = res.ok ? SmartConfiguration.safeParse(await res.json()) : undefined;
    // Medplum serves its token endpoint at /oauth2/token on the server's origin.
    return parsed?.success ? parsed.data.token_endpoint : `${new URL(options.baseUrl).origin}/oauth2/token`;
  }

  return async () => {
    if (cached && cached.expiresAt > now()) return cached.token;
    const res = await doFetch(await tokenEndpoint(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: options.clientId,
        client_secret: options.clientSecret,
      }),
    });
    const parsed = res.ok ? TokenResponse.safeParse(await res.json()) : undefined;
    if (!parsed?.success) {
      throw new CompanionConfigError(
        `The companion FHIR server refused the client credentials (HTTP ${res.status}); check COMPANION_CLIENT_ID and COMPANION_CLIENT_SECRET.`,
      );
    }
    const lifetimeMs = (parsed.data.expires_in ?? 3600) * 1000;
    cached = { token: parsed.data.access_token, expiresAt: now() + Math.max(0, lifetimeMs - 60_000) };
    return cached.token;
  };
}

export async function createCompanionStore(
  config: CompanionConfig,
  deps: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<CompanionStore> {
  if (!config.url) return createEmbeddedCompanion(join(config.dataDir, 'companion.json'), config.dataKeys);
  if (!config.clientId || !config.clientSecret) {
    throw new CompanionConfigError(
      'COMPANION_FHIR_URL is set: set COMPANION_CLIENT_ID and COMPANION_CLIENT_SECRET too.',
    );
  }
  const normalised = normaliseBaseUrl(config.url);
  if ('problem' in normalised) throw new CompanionConfigError(`COMPANION_FHIR_URL ${normalised.problem}.`);
  const base = normalised.base;
  const client = createHttpFhirClient({
    baseUrl: base,
    allow: (candidate) => {
      const n = normaliseBaseUrl(candidate);
      return 'base' in n && n.base === base ? base : undefined;
    },
    token: clientCredentialsToken({
      baseUrl: base,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      fetch: deps.fetch,
    }),
    fetch: deps.fetch,
    timeoutMs: deps.timeoutMs,
  });
  return { kind: 'remote', baseUrl: client.baseUrl, request: client.request, flush: async () => undefined };
}
