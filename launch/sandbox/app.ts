import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { FhirStore } from '../../fhir/store/index.ts';
import { outcome } from '../../fhir/store/index.ts';
import { createAuthorizeRoutes } from './auth/authorize.ts';
import type { RegisteredClient } from './auth/clients.ts';
import type { AuthorizationCodes } from './auth/codes.ts';
import type { SigningKeys } from './auth/keys.ts';
import type { LaunchContexts } from './auth/launchContext.ts';
import { SMART_STYLE } from './auth/smartConfiguration.ts';
import { createTokenRoutes } from './auth/token.ts';
import type { RefreshFamilies } from './auth/refreshFamilies.ts';
import type { TokenService } from './auth/tokens.ts';
import type { Directory } from './directory.ts';
import type { ModePolicy } from './fhir/ehrModes.ts';
import { createFhirRoutes } from './fhir/fhirRoutes.ts';
import { createShellRoutes } from './shell/routes.ts';
import type { SandboxUrls } from './urls.ts';

export type SandboxAppDeps = {
  store: FhirStore;
  urls: SandboxUrls;
  policy: ModePolicy;
  keys: SigningKeys;
  tokens: TokenService;
  refreshFamilies: RefreshFamilies;
  clients: Map<string, RegisteredClient>;
  launches: LaunchContexts;
  codes: AuthorizationCodes;
  directory: Directory;
  appLaunchUrl: string;
  onError?: (err: Error, path: string) => void;
};

/** The sandbox EHR's HTTP surface: FHIR R4, the SMART authorization server and the shell. */
export function createSandboxApp(deps: SandboxAppDeps): Hono {
  const app = new Hono();
  // Browser apps on other origins call these directly, as they would a real EHR's endpoints.
  const api = cors({
    origin: '*',
    allowHeaders: ['Authorization', 'Content-Type', 'Accept', 'If-None-Exist', 'If-Match', 'If-None-Match', 'Prefer'],
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    exposeHeaders: ['Location', 'ETag', 'Last-Modified', 'Content-Location', 'WWW-Authenticate'],
    maxAge: 600,
  });
  for (const path of ['/fhir/R4/*', '/oauth/token', '/oauth/jwks', '/oauth/introspect', '/smart-style.json']) {
    app.use(path, api);
  }

  const authDeps = {
    urls: deps.urls,
    clients: deps.clients,
    launches: deps.launches,
    codes: deps.codes,
    tokens: deps.tokens,
    refreshFamilies: deps.refreshFamilies,
    directory: deps.directory,
  };
  app.route(
    '/fhir/R4',
    createFhirRoutes({ store: deps.store, tokens: deps.tokens, urls: deps.urls, policy: deps.policy }),
  );
  app.route('/oauth', createAuthorizeRoutes(authDeps));
  app.route('/oauth', createTokenRoutes(authDeps));
  app.get('/oauth/jwks', (c) => c.json({ keys: [deps.keys.publicJwk] }));
  app.get('/smart-style.json', (c) => c.json(SMART_STYLE));
  app.route(
    '/',
    createShellRoutes({
      repo: deps.store.repo,
      directory: deps.directory,
      launches: deps.launches,
      urls: deps.urls,
      appLaunchUrl: deps.appLaunchUrl,
      policy: deps.policy,
    }),
  );

  app.onError((err, c) => {
    deps.onError?.(err, c.req.path);
    if (c.req.path.startsWith('/fhir/')) {
      return c.body(
        JSON.stringify(outcome('error', 'exception', 'The sandbox EHR failed to handle this request; see its log.')),
        500,
        {
          'content-type': 'application/fhir+json; charset=utf-8',
        },
      );
    }
    return c.text('The sandbox EHR failed to handle this request; see its log.', 500);
  });
  return app;
}
