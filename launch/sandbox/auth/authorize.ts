import type { Context } from 'hono';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import { setPageHeaders } from '../shell/layout.ts';
import { PRACTITIONER_COOKIE } from '../shell/signedIn.ts';
import type { RegisteredClient } from './clients.ts';
import type { AuthDeps } from './deps.ts';
import { grantContext, wantsPatient } from './grant.ts';
import { authorizationErrorPage, standaloneLaunchPage } from './pages.ts';
import { recognisedScopes, resourceScopes, splitScope } from './scopes.ts';
import type { TokenContext } from './tokens.ts';

const AuthorizeRequest = z.object({
  response_type: z.string().optional(),
  client_id: z.string().optional(),
  redirect_uri: z.string().optional(),
  scope: z.string().optional(),
  state: z.string().optional(),
  aud: z.string().optional(),
  launch: z.string().optional(),
  code_challenge: z.string().optional(),
  code_challenge_method: z.string().optional(),
  nonce: z.string().optional(),
});
type AuthorizeRequest = z.infer<typeof AuthorizeRequest>;

const Decision = z.object({
  request: z.string(),
  decision: z.enum(['approve', 'deny']),
  practitioner: z.string().optional(),
  patient: z.string().optional(),
});

/** RFC 7636: 43 to 128 characters; base64url of a SHA-256 digest is exactly 43. */
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;
const FORM_STATE_SECONDS = 10 * 60;

class RedirectError extends Error {
  readonly error: string;
  constructor(error: string, description: string) {
    super(description);
    this.error = error;
  }
}

function redirectTo(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) {
      url.searchParams.set(key, value);
    }
  }
  return url.toString();
}

/**
 * `/oauth/authorize`: EHR launch (auto-approved: the launch carries the signed-in clinician, as in
 * Epic) and standalone launch (a page to pick clinician and patient, with Approve and Deny).
 */
export function createAuthorizeRoutes(deps: AuthDeps): Hono {
  const app = new Hono();
  const redirectOrigins = [...deps.clients.values()].flatMap((client) =>
    client.redirectUris.map((u) => new URL(u).origin),
  );

  const errorPage = (c: Context, status: 400 | 403, problem: string, advice: string) => {
    setPageHeaders(c);
    return c.html(authorizationErrorPage(problem, advice), status);
  };

  /** Checks that make a redirect safe; anything wrong here gets a page, never a redirect. */
  const trustedClient = (
    req: AuthorizeRequest,
  ): { client: RegisteredClient; redirectUri: string } | { problem: string; advice: string } => {
    const client = req.client_id ? deps.clients.get(req.client_id) : undefined;
    if (!client) {
      return {
        problem: req.client_id
          ? `The app "${req.client_id}" is not registered with this EHR.`
          : 'The request names no app (client_id is missing).',
        advice: "Check the client id in the app's configuration for this EHR.",
      };
    }
    if (!client.grantTypes.includes('authorization_code')) {
      return {
        problem: `The app "${client.id}" is not allowed to sign users in.`,
        advice: 'It may only use client credentials.',
      };
    }
    if (!req.redirect_uri || !client.redirectUris.includes(req.redirect_uri)) {
      return {
        problem: `The redirect address ${req.redirect_uri ?? '(none)'} is not registered for "${client.id}".`,
        advice: `Registered redirect addresses: ${client.redirectUris.join(', ')}.`,
      };
    }
    return { client, redirectUri: req.redirect_uri };
  };

  const checkProtocol = (req: AuthorizeRequest): string[] => {
    if (req.response_type !== 'code') {
      throw new RedirectError('unsupported_response_type', 'Only response_type=code is supported.');
    }
    if ((req.aud ?? '').replace(/\/+$/, '') !== deps.urls.fhirBase) {
      throw new RedirectError('invalid_request', `aud must be this EHR's FHIR base URL, ${deps.urls.fhirBase}.`);
    }
    if (!req.code_challenge) {
      throw new RedirectError(
        'invalid_request',
        'PKCE is required: send code_challenge with code_challenge_method=S256.',
      );
    }
    if (req.code_challenge_method !== 'S256') {
      throw new RedirectError('invalid_request', 'code_challenge_method must be S256; plain is not accepted.');
    }
    if (!S256_CHALLENGE.test(req.code_challenge)) {
      throw new RedirectError(
        'invalid_request',
        'code_challenge must be the base64url SHA-256 of the code verifier (43 characters).',
      );
    }
    const requested = splitScope(req.scope);
    const scopes = recognisedScopes(requested, ['patient', 'user']);
    if (resourceScopes(scopes).length === 0) {
      throw new RedirectError(
        'invalid_scope',
        'Ask for at least one patient/ or user/ resource scope, e.g. patient/*.rs.',
      );
    }
    return scopes;
  };

  const issueCode = (c: Context, req: AuthorizeRequest, redirectUri: string, context: TokenContext) => {
    const code = deps.codes.issue({
      context,
      redirectUri,
      codeChallenge: req.code_challenge as string,
      nonce: req.nonce,
    });
    return c.redirect(redirectTo(redirectUri, { code, state: req.state }), 302);
  };

  app.get('/authorize', async (c) => {
    const req = AuthorizeRequest.parse(c.req.query());
    const trusted = trustedClient(req);
    if ('problem' in trusted) {
      return errorPage(c, 400, trusted.problem, trusted.advice);
    }
    const { client, redirectUri } = trusted;
    try {
      const scopes = checkProtocol(req);
      if (req.launch !== undefined) {
        const launch = deps.launches.take(req.launch);
        if (launch.status === 'used') {
          throw new RedirectError(
            'invalid_request',
            'The launch was already used. Open the app again from the patient chart.',
          );
        }
        if (launch.status === 'expired') {
          throw new RedirectError(
            'invalid_request',
            'The launch has expired. Open the app again from the patient chart.',
          );
        }
        if (launch.status === 'unknown') {
          throw new RedirectError(
            'invalid_request',
            'The launch is not known to this EHR. Open the app again from the patient chart.',
          );
        }
        if (!scopes.includes('launch')) {
          throw new RedirectError('invalid_scope', 'An EHR launch needs the "launch" scope.');
        }
        const { patient, encounter, practitioner } = launch.context;
        return issueCode(
          c,
          req,
          redirectUri,
          grantContext({ clientId: client.id, scopes, ehrLaunch: true, practitioner, patient, encounter }),
        );
      }

      const [practitioners, patients] = await Promise.all([deps.directory.practitioners(), deps.directory.patients()]);
      const granted = scopes.filter((s) => s !== 'launch');
      const formState = await deps.tokens.signFormState(
        {
          ...(Object.fromEntries(Object.entries(req).filter(([, v]) => v !== undefined)) as Record<string, string>),
          scope: granted.join(' '),
        },
        FORM_STATE_SECONDS,
      );
      setPageHeaders(c, { formAction: redirectOrigins });
      return c.html(
        standaloneLaunchPage({
          clientName: client.name,
          scopes: granted,
          practitioners,
          patients,
          selectedPractitioner: getCookie(c, PRACTITIONER_COOKIE),
          needsPatient: wantsPatient(granted),
          formState,
        }),
      );
    } catch (err) {
      if (err instanceof RedirectError) {
        return c.redirect(
          redirectTo(redirectUri, { error: err.error, error_description: err.message, state: req.state }),
          302,
        );
      }
      throw err;
    }
  });

  app.post('/authorize/decision', async (c) => {
    const parsed = Decision.safeParse(await c.req.parseBody());
    const state = parsed.success ? await deps.tokens.verifyFormState(parsed.data.request) : undefined;
    if (!parsed.success || !state) {
      return errorPage(
        c,
        400,
        'This sign-in page has expired or was altered.',
        'Start the sign-in again from the app.',
      );
    }
    const req = AuthorizeRequest.parse(state);
    const trusted = trustedClient(req);
    if ('problem' in trusted) {
      return errorPage(c, 400, trusted.problem, trusted.advice);
    }
    const { client, redirectUri } = trusted;
    if (parsed.data.decision === 'deny') {
      return c.redirect(
        redirectTo(redirectUri, {
          error: 'access_denied',
          error_description: 'The user denied access.',
          state: req.state,
        }),
        302,
      );
    }
    const scopes = splitScope(req.scope);
    const practitioner = parsed.data.practitioner
      ? await deps.directory.practitioner(parsed.data.practitioner)
      : undefined;
    if (!practitioner) {
      return errorPage(c, 400, 'Choose who is signed in.', 'Go back and pick a clinician from the list.');
    }
    let patientId: string | undefined;
    let encounterId: string | undefined;
    if (wantsPatient(scopes)) {
      const patient = parsed.data.patient ? await deps.directory.patient(parsed.data.patient) : undefined;
      if (!patient) {
        return errorPage(c, 400, 'Choose a patient.', 'Go back and pick the patient the app should open.');
      }
      patientId = patient.id;
      if (scopes.includes('launch/encounter')) {
        encounterId = (await deps.directory.currentEncounter(patient.id))?.id;
      }
    }
    const context = grantContext({
      clientId: client.id,
      scopes,
      ehrLaunch: false,
      practitioner: `Practitioner/${practitioner.id}`,
      patient: patientId,
      encounter: encounterId,
    });
    return issueCode(c, req, redirectUri, context);
  });

  return app;
}
