import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CryptoKey, JWK } from 'jose';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK } from 'jose';
import { z } from 'zod';

export const SIGNING_ALG = 'ES256';

export type SigningKeys = {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** The public key as published at the JWKS endpoint. */
  publicJwk: JWK;
};

const StoredKey = z.looseObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  d: z.string(),
  x: z.string(),
  y: z.string(),
});

async function fromPrivateJwk(jwk: JWK): Promise<SigningKeys> {
  const { d: _d, ...publicPart } = jwk;
  const kid = await calculateJwkThumbprint(publicPart);
  const privateKey = (await importJWK(jwk, SIGNING_ALG)) as CryptoKey;
  const publicKey = (await importJWK(publicPart, SIGNING_ALG)) as CryptoKey;
  return { kid, privateKey, publicKey, publicJwk: { ...publicPart, kid, alg: SIGNING_ALG, use: 'sig' } };
}

/**
 * The ES256 key that signs tokens. With a file, the key is kept there so tokens stay valid across
 * restarts; without one, a fresh key is made at every start.
 */
export async function loadSigningKeys(file?: string): Promise<SigningKeys> {
  if (file) {
    try {
      const parsed = StoredKey.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success) {
        throw new Error(`Signing key file ${file} does not hold a P-256 private JWK; delete it to make a new key.`);
      }
      return await fromPrivateJwk(parsed.data as JWK);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw err;
      }
    }
  }
  const { privateKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const jwk = await exportJWK(privateKey);
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
  }
  return fromPrivateJwk(jwk);
}
