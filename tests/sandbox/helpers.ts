import { createHash, randomBytes } from 'node:crypto';
import type { Sandbox } from '../../launch/sandbox/index.ts';

export const APP_REDIRECT = 'http://localhost:3000/app';
export const CLIENT_ID = 'session-copilot';

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(48).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export type AuthorizeParams = Record<string, string | undefined>;

export function authorizeUrl(sandbox: Sandbox, params: AuthorizeParams): string {
  const url = new URL(`${sandbox.origin}/oauth/authorize`);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) {
      url.searchParams.set(key, value);
    }
  }
  return url.toString();
}

/** The usual EHR-launch authorize parameters, overridable one by one. */
export function ehrLaunchParams(
  sandbox: Sandbox,
  launch: string,
  challenge: string,
  overrides: AuthorizeParams = {},
): AuthorizeParams {
  return {
    response_type: 'code',
    client_id: CLIENT_ID,
    redirect_uri: APP_REDIRECT,
    scope: 'launch openid fhirUser patient/*.rs patient/DocumentReference.cu offline_access',
    state: 'state-123',
    aud: sandbox.fhirBase,
    launch,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...overrides,
  };
}

/** Follows no redirect: returns where the server sends the browser, as query parameters. */
export async function authorize(url: string): Promise<{ status: number; location?: URL; body: string }> {
  const res = await fetch(url, { redirect: 'manual' });
  const location = res.headers.get('location');
  return { status: res.status, location: location ? new URL(location) : undefined, body: await res.text() };
}

export async function tokenRequest(
  sandbox: Sandbox,
  form: Record<string, string>,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${sandbox.origin}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export async function fhir(sandbox: Sandbox, path: string, token?: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (token) {
    headers.set('authorization', `Bearer ${token}`);
  }
  if (init.body) {
    headers.set('content-type', 'application/fhir+json');
  }
  const res = await fetch(`${sandbox.fhirBase}/${path}`, { ...init, headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as any };
}

/** Runs the EHR launch to the end and returns the token response. */
export async function ehrLaunchTokens(
  sandbox: Sandbox,
  launchContext: { patient: string; encounter?: string; practitioner: string },
  scope?: string,
) {
  const launch = sandbox.createLaunch(launchContext);
  const { verifier, challenge } = pkcePair();
  const { location } = await authorize(
    authorizeUrl(sandbox, ehrLaunchParams(sandbox, launch, challenge, scope ? { scope } : {})),
  );
  const code = location?.searchParams.get('code');
  if (!code) {
    throw new Error(`authorize did not return a code: ${location}`);
  }
  return tokenRequest(sandbox, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: APP_REDIRECT,
    client_id: CLIENT_ID,
    code_verifier: verifier,
  });
}
