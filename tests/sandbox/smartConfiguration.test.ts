import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../launch/sandbox/index.ts';
import { startSandbox } from '../../launch/sandbox/index.ts';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());

describe('SMART discovery', () => {
  it('lets a browser that launched a few minutes ago reuse the SMART configuration', async () => {
    const res = await fetch(`${sandbox.fhirBase}/.well-known/smart-configuration`);
    const maxAge = Number(/max-age=(\d+)/.exec(res.headers.get('cache-control') ?? '')?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(60);
    expect(maxAge).toBeLessThanOrEqual(3600);
  });

  it('publishes every field SMART App Launch 2.2 requires, without a token', async () => {
    const res = await fetch(`${sandbox.fhirBase}/.well-known/smart-configuration`);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const config = (await res.json()) as Record<string, any>;
    expect(config.authorization_endpoint).toBe(`${sandbox.origin}/oauth/authorize`);
    expect(config.token_endpoint).toBe(`${sandbox.origin}/oauth/token`);
    expect(config.issuer).toBe(sandbox.fhirBase);
    expect(config.jwks_uri).toBe(`${sandbox.origin}/oauth/jwks`);
    expect(config.grant_types_supported).toEqual(
      expect.arrayContaining(['authorization_code', 'refresh_token', 'client_credentials']),
    );
    expect(config.response_types_supported).toEqual(['code']);
    expect(config.scopes_supported).toEqual(
      expect.arrayContaining(['openid', 'fhirUser', 'launch', 'launch/patient', 'offline_access', 'patient/*.rs']),
    );
    expect(config.capabilities).toEqual(
      expect.arrayContaining([
        'launch-ehr',
        'launch-standalone',
        'context-ehr-patient',
        'context-ehr-encounter',
        'context-standalone-patient',
        'permission-v1',
        'permission-v2',
        'permission-patient',
        'permission-user',
        'client-public',
        'client-confidential-symmetric',
        'sso-openid-connect',
        'context-banner',
        'context-style',
      ]),
    );
  });

  it('accepts only S256 for PKCE', async () => {
    const config = (await (await fetch(`${sandbox.fhirBase}/.well-known/smart-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(config.code_challenge_methods_supported).toEqual(['S256']);
  });

  it('serves its signing key and the smart style without a token', async () => {
    const jwks = (await (await fetch(`${sandbox.origin}/oauth/jwks`)).json()) as {
      keys: { kty: string; alg: string; d?: string }[];
    };
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', alg: 'ES256' });
    expect(jwks.keys[0]?.d).toBeUndefined();
    const style = (await (await fetch(`${sandbox.origin}/smart-style.json`)).json()) as Record<string, string>;
    expect(style.color_background).toMatch(/^#/);
  });

  it('describes itself in a CapabilityStatement with its OAuth endpoints', async () => {
    const res = await fetch(`${sandbox.fhirBase}/metadata`);
    expect(res.status).toBe(200);
    const cs = (await res.json()) as any;
    expect(cs.resourceType).toBe('CapabilityStatement');
    expect(cs.software.name).toContain('full');
    const uris = cs.rest[0].security.extension[0].extension;
    expect(uris).toContainEqual({ url: 'token', valueUri: `${sandbox.origin}/oauth/token` });
    expect(cs.rest[0].interaction.map((i: { code: string }) => i.code)).toEqual(
      expect.arrayContaining(['transaction', 'batch']),
    );
  });
});
