import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { JWTPayload } from 'jose';
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import type { SigningKeys } from './keys.ts';
import { SIGNING_ALG } from './keys.ts';

/** The SMART context a token carries, shared by access and refresh tokens. */
export const TokenContext = z.object({
  client_id: z.string(),
  scope: z.string(),
  patient: z.string().optional(),
  encounter: z.string().optional(),
  /** Relative reference of the signed-in user, e.g. `Practitioner/lindqvist`. */
  fhirUser: z.string().optional(),
  need_patient_banner: z.boolean().optional(),
});
export type TokenContext = z.infer<typeof TokenContext>;

const AccessTokenPayload = TokenContext.extend({ sub: z.string(), jti: z.string(), exp: z.number() });
export type AccessTokenPayload = z.infer<typeof AccessTokenPayload>;

const RefreshTokenPayload = TokenContext.extend({
  jti: z.string(),
  exp: z.number(),
  token_use: z.literal('refresh'),
  /** The sign-in this token descends from (rotation keeps it): reuse of a spent token revokes the family. */
  fam: z.string().optional(),
});
export type RefreshTokenPayload = z.infer<typeof RefreshTokenPayload>;

const ACCESS_TYP = 'at+jwt';
const REFRESH_TYP = 'refresh+jwt';

export type TokenService = ReturnType<typeof createTokenService>;

/** OpenID Connect `at_hash`: the left half of the access token's SHA-256, base64url. */
export function accessTokenHash(accessToken: string): string {
  const digest = createHash('sha256').update(accessToken).digest();
  return digest.subarray(0, digest.length / 2).toString('base64url');
}

/** How long an opaque handle is remembered at most (the longest access token lifetime). */
const OPAQUE_MAX_SECONDS = 24 * 3600;

/**
 * Signs and checks every token the authorization server hands out. Access tokens are JWTs for the
 * FHIR base (`aud`); refresh tokens are JWTs for the token endpoint, so neither passes for the other.
 */
export function createTokenService(
  keys: SigningKeys,
  urls: { issuer: string; fhirBase: string; tokenEndpoint: string },
  options: { opaqueAccessTokens?: boolean } = {},
) {
  // Opaque access tokens, as Epic hands out: a random handle the FHIR server looks up, carrying
  // no claims a client could read. The signed token behind each handle stays in memory.
  const opaque = new Map<string, { jwt: string; expiresAt: number }>();
  const forgetExpired = (): void => {
    const t = Date.now();
    for (const [handle, entry] of opaque) if (entry.expiresAt <= t) opaque.delete(handle);
  };
  const sign = (payload: JWTPayload, typ: string, audience: string, expiresInSeconds: number): Promise<string> => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(payload)
      .setProtectedHeader({ alg: SIGNING_ALG, kid: keys.kid, typ })
      .setIssuer(urls.issuer)
      .setAudience(audience)
      .setIssuedAt(now)
      .setExpirationTime(now + expiresInSeconds)
      .setJti(randomUUID())
      .sign(keys.privateKey);
  };

  return {
    /** A signed JWT, or — in opaque mode, or when asked — a random handle for one. */
    async signAccessToken(
      context: TokenContext,
      expiresInSeconds: number,
      opaqueToken = options.opaqueAccessTokens ?? false,
    ): Promise<string> {
      const sub = context.fhirUser ?? context.client_id;
      const jwt = await sign({ ...TokenContext.parse(context), sub }, ACCESS_TYP, urls.fhirBase, expiresInSeconds);
      if (!opaqueToken) return jwt;
      forgetExpired();
      const handle = randomBytes(32).toString('base64url');
      opaque.set(handle, { jwt, expiresAt: Date.now() + Math.min(expiresInSeconds, OPAQUE_MAX_SECONDS) * 1000 });
      return handle;
    },

    /** Verifies signature, issuer, audience and expiry; `undefined` for any token that fails. */
    async verifyAccessToken(token: string): Promise<AccessTokenPayload | undefined> {
      const jwt = opaque.get(token)?.jwt ?? token;
      try {
        const { payload } = await jwtVerify(jwt, keys.publicKey, {
          issuer: urls.issuer,
          audience: urls.fhirBase,
          typ: ACCESS_TYP,
          algorithms: [SIGNING_ALG],
        });
        return AccessTokenPayload.parse(payload);
      } catch {
        return undefined;
      }
    },

    signRefreshToken(context: TokenContext, expiresInSeconds: number, family: string): Promise<string> {
      return sign(
        { ...TokenContext.parse(context), token_use: 'refresh', fam: family },
        REFRESH_TYP,
        urls.tokenEndpoint,
        expiresInSeconds,
      );
    },

    async verifyRefreshToken(token: string): Promise<RefreshTokenPayload | undefined> {
      try {
        const { payload } = await jwtVerify(token, keys.publicKey, {
          issuer: urls.issuer,
          audience: urls.tokenEndpoint,
          typ: REFRESH_TYP,
          algorithms: [SIGNING_ALG],
        });
        return RefreshTokenPayload.parse(payload);
      } catch {
        return undefined;
      }
    },

    /**
     * OpenID Connect id_token; `fhirUser` is absolute, as SMART requires, and `at_hash` ties it to
     * the access token issued with it.
     */
    signIdToken(
      claims: { clientId: string; fhirUser: string; name?: string; nonce?: string; accessToken?: string },
      expiresInSeconds: number,
    ): Promise<string> {
      const payload: JWTPayload = {
        sub: claims.fhirUser.split('/').pop(),
        fhirUser: `${urls.fhirBase}/${claims.fhirUser}`,
        ...(claims.name ? { name: claims.name } : {}),
        ...(claims.nonce ? { nonce: claims.nonce } : {}),
        ...(claims.accessToken ? { at_hash: accessTokenHash(claims.accessToken) } : {}),
      };
      return sign(payload, 'JWT', claims.clientId, expiresInSeconds);
    },

    /** A short-lived signed copy of a form's hidden fields, so a page round trip cannot alter them. */
    signFormState(state: Record<string, string>, expiresInSeconds: number): Promise<string> {
      return sign({ state }, 'form+jwt', `${urls.issuer}#form`, expiresInSeconds);
    },

    async verifyFormState(token: string): Promise<Record<string, string> | undefined> {
      try {
        const { payload } = await jwtVerify(token, keys.publicKey, {
          issuer: urls.issuer,
          audience: `${urls.issuer}#form`,
          typ: 'form+jwt',
        });
        return z.object({ state: z.record(z.string(), z.string()) }).parse(payload).state;
      } catch {
        return undefined;
      }
    },
  };
}
