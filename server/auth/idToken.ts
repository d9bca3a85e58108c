/**
 * Verifies the OpenID Connect `id_token` the app received with its access token, so a session
 * learns who the clinician is where the access token says nothing (Epic's tokens are opaque; a
 * `client_credentials` token names no user). The token is checked against the issuer the FHIR
 * server's own SMART configuration names: signature (keys from its `jwks_uri`), issuer, audience
 * (one of this app's client ids), expiry, and — when the EHR includes it — `at_hash`, which ties
 * the id_token to the very access token presented with it.
 *
 * Only the allowlisted FHIR server's origin is contacted: a `jwks_uri` on another host is refused.
 */
import { createHash } from 'node:crypto';
import { createLocalJWKSet, decodeProtectedHeader, errors as joseErrors, jwtVerify, type JSONWebKeySet } from 'jose';
import { z } from 'zod';
import { ApiError } from '../routes/errors.ts';
import { FhirUserRef } from './verify.ts';

const SmartConfiguration = z.looseObject({
  issuer: z.string().min(1).optional(),
  jwks_uri: z.string().min(1).optional(),
});
const Jwks = z.looseObject({ keys: z.array(z.looseObject({ kty: z.string() })).max(100) });
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'PS256'];
const DISCOVERY_TTL_MS = 10 * 60_000;
const MAX_ID_TOKEN_LENGTH = 16_384;

export interface IdTokenVerifier {
  /** The clinician the id_token names, as `Practitioner/123`; throws `ApiError` (401/403) otherwise. */
  verify(input: { fhirBaseUrl: string; idToken: string; accessToken: string }): Promise<string>;
}

export interface IdTokenVerifierOptions {
  fetch: typeof fetch;
  /** This app's client ids at the EHRs: an id_token must be issued to one of them. */
  clientIds: readonly string[];
  timeoutMs?: number;
  now?: () => number;
}

function refused(message: string): ApiError {
  return new ApiError(401, 'invalid_id_token', `${message} Launch the app again from the EHR.`, {
    'WWW-Authenticate': 'Bearer error="invalid_token"',
  });
}

/** OpenID Connect `at_hash` for the SHA-256 family: left half of the digest, base64url. */
function atHash(accessToken: string, alg: string): string {
  const bits = alg.endsWith('384') ? 'sha384' : alg.endsWith('512') ? 'sha512' : 'sha256';
  const digest = createHash(bits).update(accessToken).digest();
  return digest.subarray(0, digest.length / 2).toString('base64url');
}

/** `Practitioner/123` from an absolute or relative `fhirUser` under the base. */
function relativeUser(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const relative = value.startsWith(`${base}/`) ? value.slice(base.length + 1) : value;
  const parsed = FhirUserRef.safeParse(relative);
  return parsed.success ? parsed.data : undefined;
}

export function createIdTokenVerifier(options: IdTokenVerifierOptions): IdTokenVerifier {
  const timeoutMs = options.timeoutMs ?? 5000;
  const now = options.now ?? Date.now;
  const discovered = new Map<string, { issuer: string; keys: ReturnType<typeof createLocalJWKSet>; until: number }>();

  async function getJson(url: string): Promise<unknown> {
    let response: Response;
    try {
      response = await options.fetch(url, {
        headers: { accept: 'application/json' },
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new ApiError(
        502,
        'fhir_unavailable',
        `${new URL(url).origin} could not be reached to check the id_token; try again.`,
      );
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      if (response.status >= 500 || response.status === 429) {
        throw new ApiError(
          502,
          'fhir_unavailable',
          `${url} answered HTTP ${response.status} while checking the id_token; try again.`,
        );
      }
      throw refused(`${url} answered HTTP ${response.status}, so the id_token cannot be checked.`);
    }
    return response.json().catch(() => undefined);
  }

  async function discover(base: string, fresh: boolean) {
    const cached = discovered.get(base);
    if (cached && cached.until > now() && !fresh) return cached;
    const config = SmartConfiguration.safeParse(await getJson(`${base}/.well-known/smart-configuration`));
    if (!config.success || !config.data.jwks_uri) {
      throw refused(`The EHR at ${base} publishes no jwks_uri, so its id_token cannot be checked.`);
    }
    const jwksUrl = new URL(config.data.jwks_uri, `${base}/`);
    if (jwksUrl.origin !== new URL(base).origin) {
      throw refused(
        `The EHR's jwks_uri is on another host (${jwksUrl.origin}); this server only talks to ${new URL(base).origin}.`,
      );
    }
    const jwks = Jwks.safeParse(await getJson(jwksUrl.href));
    if (!jwks.success) throw refused(`The EHR's key set at ${jwksUrl.href} could not be read.`);
    const entry = {
      issuer: config.data.issuer ?? base,
      keys: createLocalJWKSet(jwks.data as JSONWebKeySet),
      until: now() + DISCOVERY_TTL_MS,
    };
    discovered.set(base, entry);
    return entry;
  }

  async function check(base: string, idToken: string, fresh: boolean) {
    const { issuer, keys } = await discover(base, fresh);
    return jwtVerify(idToken, keys, {
      issuer,
      audience: [...options.clientIds],
      algorithms: ALGORITHMS,
      requiredClaims: ['exp', 'iat'],
      currentDate: new Date(now()),
      clockTolerance: 30,
    });
  }

  return {
    async verify({ fhirBaseUrl: base, idToken, accessToken }) {
      if (idToken.length > MAX_ID_TOKEN_LENGTH) throw refused('The id_token is too long.');
      try {
        decodeProtectedHeader(idToken);
      } catch {
        throw refused('The id_token is not a JWT.');
      }
      let verified: Awaited<ReturnType<typeof check>>;
      try {
        verified = await check(base, idToken, false);
      } catch (error) {
        if (error instanceof ApiError) throw error;
        // The EHR may have rotated its keys since they were read: read them again once.
        if (error instanceof joseErrors.JWKSNoMatchingKey) {
          try {
            verified = await check(base, idToken, true);
          } catch (again) {
            if (again instanceof ApiError) throw again;
            throw refused(`The id_token could not be verified (${(again as Error).message}).`);
          }
        } else {
          throw refused(`The id_token could not be verified (${(error as Error).message}).`);
        }
      }
      const { payload, protectedHeader } = verified;
      if (typeof payload.at_hash === 'string' && payload.at_hash !== atHash(accessToken, protectedHeader.alg)) {
        throw refused('The id_token was issued with another access token.');
      }
      const user = relativeUser(payload.fhirUser, base) ?? relativeUser(payload.profile, base);
      if (!user)
        throw refused(
          'The id_token names no fhirUser under this FHIR server (ask for the openid and fhirUser scopes).',
        );
      return user;
    },
  };
}
