/**
 * `POST /api/sessions` binds a live session to an allowlisted FHIR server, a patient, an
 * encounter and — when it can be verified — a clinician, after the FHIR server has accepted the
 * caller's token for each. The clinician comes only from what the server can check: the claims
 * of an access token the FHIR server accepted, or the OpenID Connect `id_token` the app sends
 * (`idToken`), verified against the EHR's keys. Nothing the body says about the user is believed.
 * The same encounter, patient and verified clinician again resumes the live session; a session
 * without a verified clinician is never resumed, belongs to the token that opened it and cannot
 * sign a note.
 * `GET /api/sessions/:sid` returns its state; `DELETE` ends it and forgets the transcript.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { timing, wrapTime } from 'hono/timing';
import { z } from 'zod';
import { readTokenClaims } from '../auth/claims.ts';
import { checkClaims, rateLimited } from '../auth/sessionAuth.ts';
import { bearerToken, FhirId, hashToken } from '../auth/verify.ts';
import type { AppEnv, SessionContext } from '../session/context.ts';
import { loadChartContext } from '../session/chart.ts';
import { debounceJob } from '../session/debounce.ts';
import { bindToken, ownerOf, resumeKeyOf, type LiveSession } from '../session/store.ts';
import { createEventStream } from '../session/stream.ts';
import { readJson } from './body.ts';
import type { RouteDeps } from './deps.ts';
import { ApiError } from './errors.ts';
import { refreshSummary } from './jobs.ts';
import { flagReview } from '../session/flagReview.ts';

/** Live sessions one instance holds at most (each keeps its transcript and analyser in memory). */
export const MAX_LIVE_SESSIONS = 5000;
export const CreateSessionRequest = z.strictObject({
  fhirBaseUrl: z.string().min(1, 'fhirBaseUrl is required').max(2048),
  patientId: FhirId,
  encounterId: FhirId.optional(),
  /** The OpenID Connect id_token from the launch's token response, when the EHR issued one. */
  idToken: z.string().min(1).max(16_384).optional(),
});
export type CreateSessionRequest = z.infer<typeof CreateSessionRequest>;

/** Resource references of the session's patient, encounter and clinician, for the audit log. */
export function sessionResources(context: SessionContext): string[] {
  return [`Patient/${context.patientId}`, ...(context.encounterId ? [`Encounter/${context.encounterId}`] : [])];
}

/**
 * Who is calling, from verified sources only: the `fhirUser` of an access token the FHIR server
 * has just accepted (only the issuer can have signed it), else the verified id_token's. Both
 * present and different: refused.
 */
async function verifiedUser(
  deps: RouteDeps,
  base: string,
  token: string,
  idToken: string | undefined,
): Promise<string | undefined> {
  const fromToken = readTokenClaims(token).fhirUser;
  const fromIdToken = idToken
    ? await deps.idTokens.verify({ fhirBaseUrl: base, idToken, accessToken: token })
    : undefined;
  if (fromToken && fromIdToken && fromToken !== fromIdToken) {
    throw new ApiError(403, 'user_mismatch', 'The access token and the id_token name different users.');
  }
  return fromToken ?? fromIdToken;
}

export function sessionView(live: LiveSession, resumed: boolean) {
  const { context } = live;
  return {
    sessionId: context.sessionId,
    resumed,
    fhirBaseUrl: context.fhirBaseUrl,
    patientId: context.patientId,
    ...(context.encounterId ? { encounterId: context.encounterId } : {}),
    ...(context.practitionerRef ? { practitionerRef: context.practitionerRef } : {}),
    consent: context.consent,
    ...(context.consentRef ? { consentRef: context.consentRef } : {}),
    utteranceCount: context.utterances.length,
    lastEventId: live.stream.lastEventId,
    createdAt: context.createdAt.toISOString(),
  };
}

async function lookupConsent(deps: RouteDeps, context: SessionContext) {
  try {
    return await deps.consentService.lookup(context);
  } catch (error) {
    deps.logger.warn({ err: error, sessionId: context.sessionId }, 'consent lookup failed');
    throw new ApiError(502, 'consent_unavailable', "The patient's consent could not be read from the EHR; try again.");
  }
}

export function sessionRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  // `Server-Timing` says where a session start spent its time (the launch benchmark reads it).
  app.post('/', timing({ totalDescription: 'session start' }), async (c) => {
    const token = bearerToken(c.req.header('authorization'));
    const body = await readJson(c, CreateSessionRequest);
    const base = deps.allowlist.match(body.fhirBaseUrl);
    if (!base) {
      throw new ApiError(
        403,
        'fhir_base_not_allowed',
        `The FHIR server ${JSON.stringify(body.fhirBaseUrl.slice(0, 200))} is not on this server's allowlist (FHIR_ALLOWLIST).`,
      );
    }
    const user = await wrapTime(c, 'id_token', verifiedUser(deps, base, token, body.idToken));
    // The token's claims count only because the FHIR server accepts the token (only its issuer
    // can have signed it); the clinician must also be someone this token can read there.
    await wrapTime(
      c,
      'verify',
      deps.verifier.verify({
        fhirBaseUrl: base,
        token,
        patientId: body.patientId,
        ...(body.encounterId ? { encounterId: body.encounterId } : {}),
        ...(user ? { fhirUser: user } : {}),
      }),
    );
    checkClaims(token, { patientId: body.patientId, practitionerRef: user }, deps.now());
    const tokenHash = hashToken(token);
    const owner = ownerOf(user, tokenHash);
    // Counted only once the user is verified, so nobody can spend someone else's allowance.
    const creation = deps.limits.user.take(owner);
    if (!creation.allowed) throw rateLimited(creation.retryAfterSeconds, 'user');

    const resumeKey = resumeKeyOf({
      fhirBaseUrl: base,
      patientId: body.patientId,
      encounterId: body.encounterId,
      practitionerRef: user,
    });
    const existing = resumeKey ? deps.sessions.findResumable(resumeKey) : undefined;
    if (existing) {
      bindToken(existing, tokenHash);
      existing.context.accessToken = token;
      existing.lastActivity = deps.now();
      const consent = await wrapTime(c, 'consent', lookupConsent(deps, existing.context));
      existing.context.consent = consent.state;
      if (consent.consentRef) existing.context.consentRef = consent.consentRef;
      void deps.audit.append({
        action: 'session.resume',
        ...(user ? { actor: user } : {}),
        sessionId: existing.context.sessionId,
        resources: sessionResources(existing.context),
        detail: { consent: consent.state },
      });
      return c.json(sessionView(existing, true), 200);
    }

    if (deps.sessions.size >= MAX_LIVE_SESSIONS) {
      throw new ApiError(
        503,
        'server_busy',
        `This server already holds ${MAX_LIVE_SESSIONS} live sessions; try again shortly or use another instance.`,
        {
          'Retry-After': '30',
        },
      );
    }
    if (deps.sessions.countOwnedBy(owner) >= deps.config.sessionsPerUser) {
      throw new ApiError(
        429,
        'too_many_sessions',
        user
          ? `${user} already has ${deps.config.sessionsPerUser} live sessions on this server; end one (or wait for an idle one to close) first.`
          : `This access token already holds ${deps.config.sessionsPerUser} live sessions; end one first, or launch with the openid and fhirUser scopes so sessions can be resumed.`,
        { 'Retry-After': '60' },
      );
    }
    const context: SessionContext = {
      sessionId: randomUUID(),
      fhirBaseUrl: base,
      patientId: body.patientId,
      ...(body.encounterId ? { encounterId: body.encounterId } : {}),
      ...(user ? { practitionerRef: user } : {}),
      accessToken: token,
      consent: 'none',
      utterances: [],
      analyses: [],
      createdAt: new Date(deps.now()),
    };
    const [consent, chart] = await Promise.all([
      wrapTime(c, 'consent', lookupConsent(deps, context)),
      wrapTime(
        c,
        'chart',
        loadChartContext({
          fetch: deps.fetch,
          fhirBaseUrl: base,
          token,
          patientId: body.patientId,
          practitionerRef: user,
        }),
      ),
    ]);
    context.consent = consent.state;
    if (consent.consentRef) context.consentRef = consent.consentRef;

    const live: LiveSession = {
      context,
      analyzer: deps.createAnalyzer(),
      stream: createEventStream(),
      abort: new AbortController(),
      chart,
      ...(resumeKey ? { resumeKey } : {}),
      owner,
      tokenHashes: new Set([tokenHash]),
      byUtteranceId: new Map(),
      audioChunks: new Map(),
      flagDecisions: new Map(),
      lastActivity: deps.now(),
      riskSignature: 'none:0',
    };
    if (deps.assistant) {
      live.summaryRefresh = debounceJob(
        () => refreshSummary(deps, live),
        deps.summaryRefresh.delayMs,
        deps.summaryRefresh.maxWaitMs,
      );
    }
    deps.sessions.add(live);
    void deps.audit.append({
      action: 'session.create',
      ...(user ? { actor: user } : {}),
      sessionId: context.sessionId,
      resources: sessionResources(context),
      detail: {
        consent: consent.state,
        relatedPersons: chart.relatedPersons.length,
        identity: user ? 'verified' : 'none',
      },
    });
    deps.logger.info({ sessionId: context.sessionId, consent: consent.state }, 'session created');
    return c.json(sessionView(live, false), 201);
  });

  return app;
}

/** `GET` and `DELETE /api/sessions/:sid`, mounted behind the session middleware. */
export function sessionStateRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:sid', (c) => {
    const live = deps.sessions.get(c.get('session').sessionId);
    if (!live) throw new ApiError(404, 'session_not_found', 'The session ended while this request was running.');
    const { context } = live;
    return c.json({
      ...sessionView(live, false),
      utterances: context.utterances.map((utterance, i) => ({ utterance, analysis: context.analyses[i] })),
      risk: live.analyzer.risk(),
      flagReview: flagReview(live.analyzer.risk(), live.flagDecisions),
      ...(live.latestSummary ? { summary: live.latestSummary } : {}),
    });
  });

  app.delete('/:sid', (c) => {
    const context = c.get('session');
    deps.sessions.end(context.sessionId, 'ended_by_clinician');
    void deps.audit.append({
      action: 'session.end',
      ...(context.practitionerRef ? { actor: context.practitionerRef } : {}),
      sessionId: context.sessionId,
      resources: sessionResources(context),
      detail: { reason: 'ended_by_clinician' },
    });
    return c.body(null, 204);
  });

  return app;
}
