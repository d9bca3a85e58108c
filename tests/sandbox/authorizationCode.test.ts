import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../launch/sandbox/index.ts';
import { startSandbox } from '../../launch/sandbox/index.ts';
import {
  APP_REDIRECT,
  CLIENT_ID,
  authorize,
  authorizeUrl,
  ehrLaunchParams,
  ehrLaunchTokens,
  fhir,
  pkcePair,
  tokenRequest,
} from './helpers.ts';

let sandbox: Sandbox;
let expiringSandbox: Sandbox;
const context = { patient: 'p01', encounter: 'p01-visit-x', practitioner: 'Practitioner/lindqvist' };

beforeAll(async () => {
  [sandbox, expiringSandbox] = await Promise.all([
    startSandbox({ port: 0 }),
    startSandbox({ port: 0, launchTtlSeconds: 0 }),
  ]);
});
afterAll(() => Promise.all([sandbox?.close(), expiringSandbox?.close()]));

describe('EHR launch with authorization code and PKCE', () => {
  it('runs authorize → code → token and the token reads the launch patient', async () => {
    const launch = sandbox.createLaunch(context);
    const { verifier, challenge } = pkcePair();
    const auth = await authorize(authorizeUrl(sandbox, ehrLaunchParams(sandbox, launch, challenge)));
    expect(auth.status).toBe(302);
    expect(auth.location?.origin + (auth.location?.pathname ?? '')).toBe(APP_REDIRECT);
    expect(auth.location?.searchParams.get('state')).toBe('state-123');
    const code = auth.location?.searchParams.get('code') as string;

    const token = await tokenRequest(sandbox, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: APP_REDIRECT,
      client_id: CLIENT_ID,
      code_verifier: verifier,
    });
    expect(token.status).toBe(200);
    expect(token.body).toMatchObject({
      token_type: 'Bearer',
      patient: 'p01',
      encounter: 'p01-visit-x',
      need_patient_banner: false,
      smart_style_url: `${sandbox.origin}/smart-style.json`,
    });
    expect(token.body.scope).toContain('patient/*.rs');
    expect(token.body.expires_in).toBeGreaterThan(0);
    expect(typeof token.body.refresh_token).toBe('string');

    const patient = await fhir(sandbox, 'Patient/p01', token.body.access_token as string);
    expect(patient.status).toBe(200);
    expect(patient.body.name[0].family).toBe('Okonkwo');
  });

  it('signs an id_token whose fhirUser is the clinician who launched', async () => {
    const token = await ehrLaunchTokens(sandbox, context);
    const jwks = createRemoteJWKSet(new URL(`${sandbox.origin}/oauth/jwks`));
    const { payload } = await jwtVerify(token.body.id_token as string, jwks, {
      issuer: sandbox.fhirBase,
      audience: CLIENT_ID,
    });
    expect(payload.fhirUser).toBe(`${sandbox.fhirBase}/Practitioner/lindqvist`);
  });

  it('refuses a token request without the PKCE verifier', async () => {
    const launch = sandbox.createLaunch(context);
    const { challenge } = pkcePair();
    const { location } = await authorize(authorizeUrl(sandbox, ehrLaunchParams(sandbox, launch, challenge)));
    const res = await tokenRequest(sandbox, {
      grant_type: 'authorization_code',
      code: location?.searchParams.get('code') as string,
      redirect_uri: APP_REDIRECT,
      client_id: CLIENT_ID,
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_grant');
    expect(res.body.error_description).toMatch(/code_verifier/);
  });

  it('refuses a wrong verifier, and the code cannot be used again afterwards', async () => {
    const launch = sandbox.createLaunch(context);
    const { verifier, challenge } = pkcePair();
    const { location } = await authorize(authorizeUrl(sandbox, ehrLaunchParams(sandbox, launch, challenge)));
    const code = location?.searchParams.get('code') as string;
    const wrong = await tokenRequest(sandbox, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: APP_REDIRECT,
      client_id: CLIENT_ID,
      code_verifier: pkcePair().verifier,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe('invalid_grant');
    const retry = await tokenRequest(sandbox, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: APP_REDIRECT,
      client_id: CLIENT_ID,
      code_verifier: verifier,
    });
    expect(retry.status).toBe(400);
  });

  it('sends the app back an error when PKCE is plain or missing', async () => {
    const launch = sandbox.createLaunch(context);
    const plain = await authorize(
      authorizeUrl(sandbox, ehrLaunchParams(sandbox, launch, 'x'.repeat(43), { code_challenge_method: 'plain' })),
    );
    expect(plain.location?.searchParams.get('error')).toBe('invalid_request');
    expect(plain.location?.searchParams.get('error_description')).toMatch(/S256/);
    expect(plain.location?.searchParams.get('state')).toBe('state-123');
    const missing = await authorize(
      authorizeUrl(sandbox, ehrLaunchParams(sandbox, launch, 'x', { code_challenge: undefined })),
    );
    expect(missing.location?.searchParams.get('error')).toBe('invalid_request');
  });

  it('sends the app back an error when aud is not the FHIR base', async () => {
    const launch = sandbox.createLaunch(context);
    const res = await authorize(
      authorizeUrl(
        sandbox,
        ehrLaunchParams(sandbox, launch, pkcePair().challenge, { aud: 'https://evil.example/fhir' }),
      ),
    );
    expect(res.location?.searchParams.get('error')).toBe('invalid_request');
    expect(res.location?.searchParams.get('error_description')).toContain(sandbox.fhirBase);
  });

  it('explains an expired launch and an unknown launch', async () => {
    const expiredLaunch = expiringSandbox.createLaunch(context);
    const expired = await authorize(
      authorizeUrl(expiringSandbox, ehrLaunchParams(expiringSandbox, expiredLaunch, pkcePair().challenge)),
    );
    expect(expired.location?.searchParams.get('error')).toBe('invalid_request');
    expect(expired.location?.searchParams.get('error_description')).toMatch(/expired/);

    const unknown = await authorize(
      authorizeUrl(sandbox, ehrLaunchParams(sandbox, 'no-such-launch', pkcePair().challenge)),
    );
    expect(unknown.location?.searchParams.get('error_description')).toMatch(/not known/);
  });

  it('shows an error page, not a redirect, for an unknown client or an unregistered redirect', async () => {
    const launch = sandbox.createLaunch(context);
    const unknownClient = await authorize(
      authorizeUrl(sandbox, ehrLaunchParams(sandbox, launch, pkcePair().challenge, { client_id: 'who-knows' })),
    );
    expect(unknownClient.status).toBe(400);
    expect(unknownClient.location).toBeUndefined();
    expect(unknownClient.body).toContain('is not registered');

    const badRedirect = await authorize(
      authorizeUrl(
        sandbox,
        ehrLaunchParams(sandbox, launch, pkcePair().challenge, { redirect_uri: 'https://attacker.example/callback' }),
      ),
    );
    expect(badRedirect.status).toBe(400);
    expect(badRedirect.location).toBeUndefined();
    expect(badRedirect.body).toContain('https://attacker.example/callback');
    expect(badRedirect.body).toContain('is not registered');
  });
});

describe('Standalone launch', () => {
  const standalone = (challenge: string) => ({
    response_type: 'code',
    client_id: CLIENT_ID,
    redirect_uri: APP_REDIRECT,
    scope: 'launch/patient launch/encounter openid fhirUser patient/*.rs',
    state: 'standalone-state',
    aud: sandbox.fhirBase,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });

  const openPicker = async (challenge: string): Promise<string> => {
    const page = await authorize(authorizeUrl(sandbox, standalone(challenge)));
    expect(page.status).toBe(200);
    expect(page.body).toContain('<label for="patient">Patient</label>');
    const request = /name="request" value="([^"]+)"/.exec(page.body)?.[1];
    expect(request).toBeDefined();
    return request as string;
  };

  const decide = (form: Record<string, string>) =>
    fetch(`${sandbox.origin}/oauth/authorize/decision`, {
      method: 'POST',
      body: new URLSearchParams(form),
      redirect: 'manual',
    });

  it('lets the user pick a clinician and patient, and the token carries them', async () => {
    const { verifier, challenge } = pkcePair();
    const request = await openPicker(challenge);
    const res = await decide({ request, decision: 'approve', practitioner: 'osei', patient: 'p02' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location') as string);
    expect(location.searchParams.get('state')).toBe('standalone-state');
    const token = await tokenRequest(sandbox, {
      grant_type: 'authorization_code',
      code: location.searchParams.get('code') as string,
      redirect_uri: APP_REDIRECT,
      client_id: CLIENT_ID,
      code_verifier: verifier,
    });
    expect(token.body).toMatchObject({ patient: 'p02', need_patient_banner: true });
    expect(token.body.encounter).toMatch(/^p02-visit-/);
    expect(decodeJwt(token.body.id_token as string).fhirUser).toBe(`${sandbox.fhirBase}/Practitioner/osei`);
  });

  it('returns access_denied when the user denies', async () => {
    const request = await openPicker(pkcePair().challenge);
    const res = await decide({ request, decision: 'deny' });
    const location = new URL(res.headers.get('location') as string);
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('standalone-state');
  });

  it('refuses an altered sign-in form', async () => {
    const request = await openPicker(pkcePair().challenge);
    const res = await decide({
      request: `${request.slice(0, -4)}AAAA`,
      decision: 'approve',
      practitioner: 'osei',
      patient: 'p02',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
  });
});

describe('Refresh and client credentials', () => {
  it('refreshes with rotation, may narrow scopes, and never widens them', async () => {
    const first = await ehrLaunchTokens(sandbox, context);
    const refresh = first.body.refresh_token as string;
    const narrowed = await tokenRequest(sandbox, {
      grant_type: 'refresh_token',
      refresh_token: refresh,
      client_id: CLIENT_ID,
      scope: 'patient/Patient.r offline_access',
    });
    expect(narrowed.status).toBe(200);
    expect(narrowed.body.scope).toBe('patient/Patient.r offline_access');
    expect(narrowed.body.patient).toBe('p01');
    expect((await fhir(sandbox, 'Patient/p01', narrowed.body.access_token as string)).status).toBe(200);

    const reused = await tokenRequest(sandbox, {
      grant_type: 'refresh_token',
      refresh_token: refresh,
      client_id: CLIENT_ID,
    });
    expect(reused.status).toBe(400);
    expect(reused.body.error).toBe('invalid_grant');

    const widened = await tokenRequest(sandbox, {
      grant_type: 'refresh_token',
      refresh_token: narrowed.body.refresh_token as string,
      client_id: CLIENT_ID,
      scope: 'user/*.cruds',
    });
    expect(widened.status).toBe(400);
    expect(widened.body.error).toBe('invalid_scope');
  });

  it('does not hand out a refresh token without offline_access or online_access', async () => {
    const token = await ehrLaunchTokens(sandbox, context, 'launch patient/*.rs');
    expect(token.status).toBe(200);
    expect(token.body.refresh_token).toBeUndefined();
    expect(token.body.id_token).toBeUndefined();
  });

  it('gives the tools client a system token with its secret, and refuses a wrong secret', async () => {
    const basic = (secret: string) => ({
      authorization: `Basic ${Buffer.from(`sandbox-tools:${secret}`).toString('base64')}`,
    });
    const ok = await tokenRequest(
      sandbox,
      { grant_type: 'client_credentials', scope: 'system/*.rs' },
      basic('sandbox-tools-secret'),
    );
    expect(ok.status).toBe(200);
    expect(ok.body.scope).toBe('system/*.rs');
    const anyPatient = await fhir(sandbox, 'Patient?_count=50', ok.body.access_token as string);
    expect(anyPatient.body.entry.length).toBeGreaterThanOrEqual(20);

    const wrong = await tokenRequest(sandbox, { grant_type: 'client_credentials' }, basic('not-the-secret'));
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe('invalid_client');

    const publicClient = await tokenRequest(sandbox, { grant_type: 'client_credentials', client_id: CLIENT_ID });
    expect(publicClient.status).toBe(400);
    expect(publicClient.body.error).toBe('unauthorized_client');
  });
});
