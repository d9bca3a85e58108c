/**
 * Guards every `/api/sessions/:sid/*` request: a bearer token (401 without one), a live session
 * (404 `session_not_found`, so the client re-creates and replays), the token verified against the
 * session's own FHIR base and patient (401/403), the token's own claims naming the same patient
 * and user (403), and the per-session and per-user rate limits (429). A token that names no user
 * (opaque, or issued to no clinician) is accepted only if it is one the session was opened or
 * resumed with (403 `token_not_bound`: the app resumes the session with its id_token).
 * Then the session is in the context as `session`, and `requireConsent` gates the AI endpoints.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { RouteDeps } from '../routes/deps.ts';
import { ApiError } from '../routes/errors.ts';
import type { AppEnv } from '../session/context.ts';
import { bindToken, type LiveSession } from '../session/store.ts';
import { readTokenClaims } from './claims.ts';
import { bearerToken, hashToken } from './verify.ts';

export function rateLimited(retryAfterSeconds: number, what: string): ApiError {
  return new ApiError(429, 'rate_limited', `Too many requests for this ${what}; retry after ${retryAfterSeconds} s.`, {
    'Retry-After': String(retryAfterSeconds),
  });
}

/** Refuses a token whose own claims contradict the binding, or that has expired since it was cached. */
export function checkClaims(
  token: string,
  binding: { patientId: string; practitionerRef?: string | undefined },
  nowMs: number,
): void {
  const claims = readTokenClaims(token);
  if (claims.exp !== undefined && claims.exp * 1000 <= nowMs) {
    throw new ApiError(401, 'invalid_token', 'This access token has expired; refresh it or launch the app again.', {
      'WWW-Authenticate': 'Bearer error="invalid_token"',
    });
  }
  if (claims.patient !== undefined && claims.patient !== binding.patientId) {
    throw new ApiError(
      403,
      'patient_mismatch',
      `This access token was issued for another patient than Patient/${binding.patientId}.`,
    );
  }
  if (
    claims.fhirUser !== undefined &&
    binding.practitionerRef !== undefined &&
    claims.fhirUser !== binding.practitionerRef
  ) {
    throw new ApiError(
      403,
      'user_mismatch',
      `This access token belongs to another user than ${binding.practitionerRef}.`,
    );
  }
}

export function sessionAuth(deps: RouteDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    const sessionId = c.req.param('sid') ?? '';
    const live = deps.sessions.get(sessionId);
    if (!live) {
      throw new ApiError(
        404,
        'session_not_found',
        'No live session with this id (it ended, expired or the server restarted). Create the session again and replay its utterances.',
      );
    }
    const { context } = live;
    await deps.verifier.verify({
      fhirBaseUrl: context.fhirBaseUrl,
      token,
      patientId: context.patientId,
      ...(context.encounterId ? { encounterId: context.encounterId } : {}),
      ...(context.practitionerRef ? { fhirUser: context.practitionerRef } : {}),
    });
    checkClaims(token, context, deps.now());
    const tokenHash = hashToken(token);
    if (!live.tokenHashes.has(tokenHash)) {
      const tokenUser = readTokenClaims(token).fhirUser;
      if (!context.practitionerRef || tokenUser !== context.practitionerRef) {
        throw new ApiError(
          403,
          'token_not_bound',
          "This access token names no user this session belongs to. Resume the session with POST /api/sessions and the launch's id_token.",
        );
      }
      // A newer token of the same verified clinician (a refresh): remember it.
      bindToken(live, tokenHash);
    }

    const userKey = live.owner;
    const perSession = deps.limits.session.take(sessionId);
    if (!perSession.allowed) throw rateLimited(perSession.retryAfterSeconds, 'session');
    const perUser = deps.limits.user.take(userKey);
    if (!perUser.allowed) throw rateLimited(perUser.retryAfterSeconds, 'user');

    context.accessToken = token;
    live.lastActivity = deps.now();
    c.set('session', context);
    await next();
  };
}

/**
 * The AI endpoints run only with the patient's consent as currently known, whatever the client
 * shows: a revocation anywhere on this instance counts at once, one made elsewhere once the
 * consent service reads the chart again.
 */
export function requireConsent(
  deps: Pick<RouteDeps, 'consentService'> & { logger: Pick<RouteDeps['logger'], 'warn'> },
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = c.get('session');
    try {
      await deps.consentService.current(session);
    } catch (error) {
      deps.logger.warn({ err: error, sessionId: session.sessionId }, 'consent re-read failed');
      throw new ApiError(
        502,
        'consent_unavailable',
        "The patient's consent could not be read from the EHR; try again.",
      );
    }
    await checkConsent(c, next);
  };
}

const checkConsent: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { consent } = c.get('session');
  if (consent !== 'granted') {
    throw new ApiError(
      403,
      'consent_required',
      `The patient has not consented to AI-assisted sessions (consent: ${consent}). Record the patient's consent first.`,
    );
  }
  await next();
};

/** The live session behind the request (the middleware guarantees it; it may end mid-request). */
export function liveSession(c: Context<AppEnv>, deps: RouteDeps): LiveSession {
  const live = deps.sessions.get(c.get('session').sessionId);
  if (!live) throw new ApiError(404, 'session_not_found', 'The session ended while this request was running.');
  return live;
}
