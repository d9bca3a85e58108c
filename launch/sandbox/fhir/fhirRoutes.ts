import type { Bundle, CapabilityStatement } from '@medplum/fhirtypes';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { FhirStore, FhirStoreRequest, FhirStoreResponse } from '../../../fhir/store/index.ts';
import { buildCapabilityStatement, outcome } from '../../../fhir/store/index.ts';
import { resourceScopes, splitScope } from '../auth/scopes.ts';
import { openidConfiguration, smartConfiguration } from '../auth/smartConfiguration.ts';
import type { TokenService } from '../auth/tokens.ts';
import type { SandboxUrls } from '../urls.ts';
import type { Caller } from './access.ts';
import { guardStore } from './access.ts';
import type { ModePolicy } from './ehrModes.ts';
import { modeRefusal, modeRuleViolation } from './ehrRules.ts';
import { bundleProfileRefusal, profileRefusal, runEntryByEntry } from './medplumRules.ts';
import { classify } from './request.ts';

const FORWARDED_HEADERS = ['if-match', 'if-none-match', 'if-none-exist', 'prefer'];
const BASE_PATH = '/fhir/R4';

export type FhirRouteDeps = { store: FhirStore; tokens: TokenService; urls: SandboxUrls; policy: ModePolicy };

function capabilityStatement(urls: SandboxUrls, policy: ModePolicy): CapabilityStatement {
  return buildCapabilityStatement({
    baseUrl: urls.fhirBase,
    softwareName: `Session Copilot sandbox EHR — ${policy.label}`,
    typeInteractions: policy.interactions,
    systemInteractions: policy.bundles ? ['transaction', 'batch', 'search-system'] : [],
    conditionalCreate: policy.conditionalCreate,
    searchParams: policy.medplum !== undefined,
    security: {
      cors: true,
      service: [
        {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'SMART-on-FHIR' }],
        },
      ],
      extension: [
        {
          url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
          extension: [
            { url: 'authorize', valueUri: urls.authorize },
            { url: 'token', valueUri: urls.token },
            { url: 'introspect', valueUri: urls.introspect },
          ],
        },
      ],
    },
  });
}

function send(c: Context, response: FhirStoreResponse, extraHeaders: Record<string, string> = {}) {
  return c.body(JSON.stringify(response.body), response.status as 200, { ...response.headers, ...extraHeaders });
}

function problem(status: 400 | 401, code: string, message: string): FhirStoreResponse {
  return {
    status,
    body: outcome('error', code, message),
    headers: { 'content-type': 'application/fhir+json; charset=utf-8' },
  };
}

async function readBody(c: Context): Promise<{ body?: unknown } | { error: FhirStoreResponse }> {
  if (!['POST', 'PUT', 'PATCH'].includes(c.req.method)) {
    return {};
  }
  const type = c.req.header('content-type') ?? '';
  if (type.includes('application/x-www-form-urlencoded')) {
    return { body: await c.req.parseBody() };
  }
  const text = await c.req.text();
  if (!text) {
    return {};
  }
  try {
    return { body: JSON.parse(text) };
  } catch {
    return { error: problem(400, 'structure', 'The request body is not valid JSON; send application/fhir+json.') };
  }
}

const DISCOVERY_MAX_AGE_SECONDS = 300;

/** The FHIR R4 endpoint: SMART discovery and metadata are open; everything else needs a bearer token. */
export function createFhirRoutes(deps: FhirRouteDeps): Hono {
  const app = new Hono();
  const guarded = guardStore(deps.store, deps.urls.fhirBase);
  const challenge = (error: string, description: string) => ({
    'WWW-Authenticate': `Bearer realm="${deps.urls.fhirBase}", error="${error}", error_description="${description}"`,
  });

  // Every launch reads the SMART configuration first; a browser that launched a few minutes ago
  // need not ask again (it changes only when the sandbox is restarted on other ports).
  app.get('/.well-known/smart-configuration', (c) =>
    c.json(smartConfiguration(deps.urls), 200, { 'cache-control': `public, max-age=${DISCOVERY_MAX_AGE_SECONDS}` }),
  );
  app.get('/.well-known/openid-configuration', (c) => c.json(openidConfiguration(deps.urls)));
  app.get('/metadata', (c) =>
    c.body(JSON.stringify(capabilityStatement(deps.urls, deps.policy)), 200, {
      'content-type': 'application/fhir+json; charset=utf-8',
    }),
  );

  app.all('/*', async (c) => {
    const requestUrl = new URL(c.req.url);
    const url = requestUrl.pathname.slice(BASE_PATH.length).replace(/^\/+/, '') + requestUrl.search;

    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!bearer) {
      const message = 'An access token is required: send Authorization: Bearer <token> from the SMART launch.';
      return send(c, problem(401, 'login', message), challenge('invalid_request', 'missing bearer token'));
    }
    const token = await deps.tokens.verifyAccessToken(bearer);
    if (!token) {
      const message = 'The access token is invalid or expired; launch the app again to get a new one.';
      return send(c, problem(401, 'login', message), challenge('invalid_token', 'invalid or expired token'));
    }
    const caller: Caller = { token, scopes: resourceScopes(splitScope(token.scope)) };

    const parsed = await readBody(c);
    if ('error' in parsed) {
      return send(c, parsed.error);
    }
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_HEADERS) {
      const value = c.req.header(name);
      if (value !== undefined) {
        headers[name] = value;
      }
    }
    const request = { method: c.req.method, url, body: parsed.body, headers };
    const medplum = deps.policy.medplum;
    const bundle = parsed.body as Bundle | undefined;
    if (
      medplum &&
      c.req.method === 'POST' &&
      classify(c.req.method, url).kind === 'bundle' &&
      bundle?.resourceType === 'Bundle'
    ) {
      if (!medplum.transactionBundles || bundle.type !== 'transaction') {
        const reply = await runEntryByEntry(bundle, (entry) => handleOne(entry, caller));
        return send(c, {
          status: 200,
          body: reply,
          headers: { 'content-type': 'application/fhir+json; charset=utf-8' },
        });
      }
      const refusal = bundleProfileRefusal(caller, bundle);
      if (refusal) {
        return send(c, refusal);
      }
    }
    return send(c, await handleOne(request, caller));
  });

  /** One request through the imitated EHR's rules, then the scope and compartment guard. */
  async function handleOne(req: FhirStoreRequest, caller: Caller): Promise<FhirStoreResponse> {
    const interaction = classify(req.method, req.url);
    const refusal = modeRefusal(deps.policy, interaction);
    if (refusal) {
      return refusal;
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers ?? {})) {
      if (value !== undefined && (name !== 'if-none-exist' || deps.policy.conditionalCreate)) {
        headers[name] = value;
      }
    }
    if (
      deps.policy.medplum &&
      interaction.kind === 'type' &&
      (interaction.interaction === 'create' || interaction.interaction === 'update')
    ) {
      const profile = profileRefusal(caller, req.body);
      if (profile) {
        return profile;
      }
    }
    const violation = await modeRuleViolation({
      policy: deps.policy,
      interaction,
      body: req.body,
      headers,
      fhirUser: caller.token.fhirUser,
      store: deps.store,
    });
    if (violation) {
      return violation;
    }
    return guarded.run({ method: req.method, url: req.url, body: req.body, headers }, caller);
  }

  return app;
}
