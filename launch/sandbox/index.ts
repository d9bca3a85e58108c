import type { AddressInfo } from 'node:net';
import { join, parse } from 'node:path';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { createFhirStore } from '../../fhir/store/index.ts';
import { PUBLIC_CLIENT_ID, registerClients } from './auth/clients.ts';
import { createAuthorizationCodes } from './auth/codes.ts';
import { loadSigningKeys } from './auth/keys.ts';
import { OFFLINE_REFRESH_SECONDS } from './auth/deps.ts';
import { createLaunchContexts } from './auth/launchContext.ts';
import { createRefreshFamilies } from './auth/refreshFamilies.ts';
import type { TokenContext } from './auth/tokens.ts';
import { createTokenService } from './auth/tokens.ts';
import { createSandboxApp } from './app.ts';
import type { SandboxOptions } from './config.ts';
import { SandboxOptions as SandboxOptionsSchema } from './config.ts';
import { createDirectory } from './directory.ts';
import type { EhrMode } from './fhir/ehrModes.ts';
import { modePolicy } from './fhir/ehrModes.ts';
import { buildSeedResources } from './seed/load.ts';
import { sandboxUrls } from './urls.ts';

export type { EhrMode } from './fhir/ehrModes.ts';
export { EHR_MODES } from './fhir/ehrModes.ts';
export { buildSeedResources, todaysEncounterId } from './seed/load.ts';
export { MRN_SYSTEM, NOTE_ID_SYSTEM, AI_CONSENT_POLICY } from './seed/build.ts';
export { PUBLIC_CLIENT_ID, TOOLS_CLIENT_ID, DEFAULT_TOOLS_SECRET } from './auth/clients.ts';

export type IssueTokenClaims = {
  scope: string;
  patient?: string;
  encounter?: string;
  /** `Practitioner/<id>` (relative, or absolute under the FHIR base). */
  fhirUser?: string;
  clientId?: string;
  expiresInSeconds?: number;
  /** An opaque handle instead of a JWT (the default follows the sandbox's `opaqueTokens`). */
  opaque?: boolean;
};

export type Sandbox = {
  origin: string;
  fhirBase: string;
  mode: EhrMode;
  /** Mints a real signed access token, as the token endpoint would, for tests and tools. */
  issueToken(claims: IssueTokenClaims): Promise<string>;
  /** Mints the OpenID Connect id_token the token endpoint would hand out with `accessToken`. */
  issueIdToken(claims: {
    fhirUser: string;
    clientId?: string;
    accessToken?: string;
    expiresInSeconds?: number;
  }): Promise<string>;
  /** Creates an EHR launch id, as opening a chart does. */
  createLaunch(context: { patient: string; encounter?: string; practitioner: string }): string;
  close(): Promise<void>;
};

/** A file kept beside SANDBOX_DATA: `<name>.<what>.json`. */
function siblingOf(dataFile: string, what: 'keys' | 'tokens'): string {
  const { dir, name } = parse(dataFile);
  return join(dir, `${name}.${what}.json`);
}

/**
 * Starts the sandbox EHR. Port 0 picks a free port; the origin is known only once listening,
 * so the app is built after the server is up.
 */
export async function startSandbox(input: SandboxOptions = {}): Promise<Sandbox> {
  const options = SandboxOptionsSchema.parse(input);
  let app: Hono | undefined;
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve(
      {
        fetch: (req, env) => (app ? app.fetch(req, env) : new Response('Starting', { status: 503 })),
        port: options.port,
        hostname: options.host,
      },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const urls = sandboxUrls(`http://localhost:${port}`);

  try {
    const store = await createFhirStore({
      dataFile: options.dataFile,
      seed: buildSeedResources(),
      baseUrl: urls.fhirBase,
    });
    const keys = await loadSigningKeys(options.dataFile ? siblingOf(options.dataFile, 'keys') : undefined);
    const tokens = createTokenService(
      keys,
      { issuer: urls.issuer, fhirBase: urls.fhirBase, tokenEndpoint: urls.token },
      { opaqueAccessTokens: options.opaqueTokens ?? options.mode === 'epic' },
    );
    const launches = createLaunchContexts(options.launchTtlSeconds * 1000);
    app = createSandboxApp({
      store,
      urls,
      policy: modePolicy(options.mode, options.medplumFeatures),
      keys,
      tokens,
      refreshFamilies: createRefreshFamilies({
        ...(options.dataFile ? { file: siblingOf(options.dataFile, 'tokens') } : {}),
        maxLifetimeSeconds: OFFLINE_REFRESH_SECONDS,
      }),
      clients: registerClients({ appLaunchUrl: options.appLaunchUrl, toolsSecret: options.toolsSecret }),
      launches,
      codes: createAuthorizationCodes(),
      directory: createDirectory(store.repo),
      appLaunchUrl: options.appLaunchUrl,
      onError: (err, path) =>
        console.error(`sandbox: ${err.name} on ${path.split('/').slice(0, 4).join('/')}: ${err.message}`),
    });

    return {
      origin: urls.origin,
      fhirBase: urls.fhirBase,
      mode: options.mode,
      issueToken(claims) {
        const fhirUser = claims.fhirUser?.startsWith(`${urls.fhirBase}/`)
          ? claims.fhirUser.slice(urls.fhirBase.length + 1)
          : claims.fhirUser;
        const context: TokenContext = {
          client_id: claims.clientId ?? PUBLIC_CLIENT_ID,
          scope: claims.scope,
          patient: claims.patient,
          encounter: claims.encounter,
          fhirUser,
        };
        return tokens.signAccessToken(context, claims.expiresInSeconds ?? 3600, claims.opaque);
      },
      issueIdToken(claims) {
        const fhirUser = claims.fhirUser.startsWith(`${urls.fhirBase}/`)
          ? claims.fhirUser.slice(urls.fhirBase.length + 1)
          : claims.fhirUser;
        return tokens.signIdToken(
          {
            clientId: claims.clientId ?? PUBLIC_CLIENT_ID,
            fhirUser,
            ...(claims.accessToken ? { accessToken: claims.accessToken } : {}),
          },
          claims.expiresInSeconds ?? 3600,
        );
      },
      createLaunch: (context) => launches.create(context),
      async close() {
        await store.flush();
        await new Promise<void>((resolve, reject) => {
          server.close((err) => (err ? reject(err) : resolve()));
          if ('closeAllConnections' in server) {
            server.closeAllConnections();
          }
        });
      },
    };
  } catch (err) {
    server.close();
    throw err;
  }
}
