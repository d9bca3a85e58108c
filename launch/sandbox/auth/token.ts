import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { displayName } from '../directory.ts';
import type { RegisteredClient } from './clients.ts';
import { secretMatches } from './clients.ts';
import type { AuthDeps } from './deps.ts';
import { ACCESS_TOKEN_SECONDS, OFFLINE_REFRESH_SECONDS, ONLINE_REFRESH_SECONDS } from './deps.ts';
import { hasScope } from './grant.ts';
import { verifierMatches } from './pkce.ts';
import { isScopeSubset, recognisedScopes, resourceScopes, splitScope } from './scopes.ts';
import type { TokenContext } from './tokens.ts';

const TokenRequest = z.object({
  grant_type: z.string().optional(),
  code: z.string().optional(),
  redirect_uri: z.string().optional(),
  code_verifier: z.string().optional(),
  refresh_token: z.string().optional(),
  scope: z.string().optional(),
  client_id: z.string().optional(),
  client_secret: z.string().optional(),
});
type TokenRequest = z.infer<typeof TokenRequest>;

class OAuthError extends Error {
  readonly error: string;
  readonly status: 400 | 401;
  constructor(error: string, description: string, status: 400 | 401 = 400) {
    super(description);
    this.error = error;
    this.status = status;
  }
}

const DEFAULT_SYSTEM_SCOPE = 'system/*.cruds';

/** `/oauth/token` (authorization_code with PKCE, refresh_token with rotation, client_credentials) and `/oauth/introspect`. */
export function createTokenRoutes(deps: AuthDeps): Hono {
  const app = new Hono();

  const authenticate = (c: Context, body: TokenRequest): RegisteredClient => {
    let clientId = body.client_id;
    let secret = body.client_secret;
    const basic = /^Basic\s+(.+)$/i.exec(c.req.header('authorization') ?? '');
    if (basic?.[1]) {
      const [id, ...rest] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
      clientId = decodeURIComponent(id ?? '');
      secret = decodeURIComponent(rest.join(':'));
    }
    const client = clientId ? deps.clients.get(clientId) : undefined;
    if (!client) {
      throw new OAuthError('invalid_client', clientId ? `Unknown client "${clientId}".` : 'client_id is missing.', 401);
    }
    if (client.type === 'confidential' && !secretMatches(client, secret)) {
      throw new OAuthError('invalid_client', `Wrong or missing secret for client "${client.id}".`, 401);
    }
    return client;
  };

  const respond = async (
    c: Context,
    context: TokenContext,
    options: { nonce?: string; withIdToken: boolean; family?: string },
  ) => {
    const scopes = splitScope(context.scope);
    const accessToken = await deps.tokens.signAccessToken(context, ACCESS_TOKEN_SECONDS);
    const body: Record<string, unknown> = {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: ACCESS_TOKEN_SECONDS,
      scope: context.scope,
    };
    if (context.patient) {
      body.patient = context.patient;
    }
    if (context.encounter) {
      body.encounter = context.encounter;
    }
    if (context.need_patient_banner !== undefined) {
      body.need_patient_banner = context.need_patient_banner;
      body.smart_style_url = deps.urls.style;
    }
    if (
      options.withIdToken &&
      context.fhirUser &&
      scopes.includes('openid') &&
      (scopes.includes('fhirUser') || scopes.includes('profile'))
    ) {
      const practitioner = await deps.directory.practitioner(context.fhirUser.split('/')[1] ?? '');
      body.id_token = await deps.tokens.signIdToken(
        {
          clientId: context.client_id,
          fhirUser: context.fhirUser,
          name: displayName(practitioner),
          nonce: options.nonce,
          accessToken,
        },
        ACCESS_TOKEN_SECONDS,
      );
    }
    const refreshSeconds = scopes.includes('offline_access')
      ? OFFLINE_REFRESH_SECONDS
      : scopes.includes('online_access')
        ? ONLINE_REFRESH_SECONDS
        : 0;
    if (refreshSeconds > 0) {
      body.refresh_token = await deps.tokens.signRefreshToken(
        context,
        refreshSeconds,
        options.family ?? deps.refreshFamilies.newFamily(),
      );
    }
    return c.json(body, 200, { 'Cache-Control': 'no-store', Pragma: 'no-cache' });
  };

  const authorizationCode = async (c: Context, client: RegisteredClient, body: TokenRequest) => {
    if (!body.code) {
      throw new OAuthError('invalid_request', 'code is missing.');
    }
    const grant = deps.codes.take(body.code);
    if (!grant || grant.context.client_id !== client.id) {
      throw new OAuthError(
        'invalid_grant',
        'The authorization code is unknown, already used or expired. Sign in again.',
      );
    }
    if (body.redirect_uri !== grant.redirectUri) {
      throw new OAuthError('invalid_grant', 'redirect_uri does not match the one used to get the code.');
    }
    if (!body.code_verifier) {
      throw new OAuthError('invalid_grant', 'code_verifier is required (PKCE).');
    }
    if (!verifierMatches(body.code_verifier, grant.codeChallenge)) {
      throw new OAuthError('invalid_grant', 'code_verifier does not match the code_challenge.');
    }
    return respond(c, grant.context, { nonce: grant.nonce, withIdToken: true });
  };

  const refreshToken = async (c: Context, client: RegisteredClient, body: TokenRequest) => {
    const payload = body.refresh_token ? await deps.tokens.verifyRefreshToken(body.refresh_token) : undefined;
    if (!payload || payload.client_id !== client.id) {
      throw new OAuthError('invalid_grant', 'The refresh token is invalid, expired or already used. Sign in again.');
    }
    const granted = splitScope(payload.scope);
    const requested = body.scope ? splitScope(body.scope) : granted;
    if (!isScopeSubset(requested, granted)) {
      throw new OAuthError('invalid_scope', 'A refresh can only keep or narrow the scopes first granted.');
    }
    const family = payload.fam ?? payload.jti;
    if (!deps.refreshFamilies.spend({ jti: payload.jti, exp: payload.exp, family })) {
      throw new OAuthError(
        'invalid_grant',
        'The refresh token is invalid, expired or already used (every token of this sign-in is now revoked). Sign in again.',
      );
    }
    const { jti: _jti, exp: _exp, token_use: _use, fam: _fam, ...context } = payload;
    return respond(c, { ...context, scope: requested.join(' ') }, { withIdToken: hasScope(payload, 'openid'), family });
  };

  const clientCredentials = async (c: Context, client: RegisteredClient, body: TokenRequest) => {
    const requested = splitScope(body.scope ?? DEFAULT_SYSTEM_SCOPE);
    const scopes = recognisedScopes(requested, client.scopeContexts).filter((s) => resourceScopes([s]).length > 0);
    if (scopes.length === 0) {
      throw new OAuthError('invalid_scope', 'Ask for system/ scopes, e.g. system/*.rs.');
    }
    return respond(c, { client_id: client.id, scope: scopes.join(' ') }, { withIdToken: false });
  };

  app.post('/token', async (c) => {
    try {
      const body = TokenRequest.parse(await c.req.parseBody());
      const client = authenticate(c, body);
      const grantType = body.grant_type ?? '';
      if (!(client.grantTypes as readonly string[]).includes(grantType)) {
        throw new OAuthError(
          grantType ? 'unauthorized_client' : 'invalid_request',
          grantType ? `Client "${client.id}" may not use grant_type ${grantType}.` : 'grant_type is missing.',
        );
      }
      if (grantType === 'authorization_code') {
        return await authorizationCode(c, client, body);
      }
      if (grantType === 'refresh_token') {
        return await refreshToken(c, client, body);
      }
      return await clientCredentials(c, client, body);
    } catch (err) {
      if (err instanceof OAuthError) {
        return c.json({ error: err.error, error_description: err.message }, err.status, {
          'Cache-Control': 'no-store',
        });
      }
      throw err;
    }
  });

  app.post('/introspect', async (c) => {
    try {
      const body = TokenRequest.extend({ token: z.string().optional() }).parse(await c.req.parseBody());
      const client = authenticate(c, body);
      if (client.type !== 'confidential') {
        throw new OAuthError('invalid_client', 'Only confidential clients may introspect tokens.', 401);
      }
      const payload = body.token ? await deps.tokens.verifyAccessToken(body.token) : undefined;
      return c.json(payload ? { active: true, ...payload } : { active: false }, 200, { 'Cache-Control': 'no-store' });
    } catch (err) {
      if (err instanceof OAuthError) {
        return c.json({ error: err.error, error_description: err.message }, err.status);
      }
      throw err;
    }
  });

  return app;
}
