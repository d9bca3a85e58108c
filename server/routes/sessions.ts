/**
 * `POST /api/sessions` binds a live session to an allowlisted FHIR server, a patient, an
 * encounter and a clinician, after the FHIR server has accepted the caller's token for each;
 * the same encounter, patient and clinician again resumes the live session.
 * `GET /api/sessions/:sid` returns its state; `DELETE` ends it and forgets the transcript.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { readTokenClaims } from '../auth/claims.ts';
import { checkClaims, rateLimited } from '../auth/sessionAuth.ts';
import { bearerToken, FhirId, FhirUserRef, hashToken } from '../auth/verify.ts';
import type { AppEnv, SessionContext } from '../session/context.ts';
import { loadChartContext } from '../session/chart.ts';
import { debounceJob } from '../session/debounce.ts';
import { resumeKeyOf, type LiveSession } from '../session/store.ts';
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
  /** The `fhirUser` from the launch (relative, or absolute under the FHIR base). */
  fhirUser: z.string().max(2048).optional(),
});
export type CreateSessionRequest = z.infer<typeof CreateSessionRequest>;

/** Resource references of the session's patient, encounter and clinician, for the audit log. */
export function sessionResources(context: SessionContext): string[] {
  return [
    `Patient/${context.patientId}`,
    ...(context.encounterId ? [`Encounter/${context.encounterId}`] : []),
  ];
}

/** The user a JWT access token names, when it is a valid user reference. */
function tokenUser(token: string): string | undefined {
  const parsed = FhirUserRef.safeParse(readTokenClaims(token).fhirUser);
  return parsed.success ? parsed.data : undefined;
}

function relativeFhirUser(fhirUser: string | undefined, base: string): string | undefined {
  if (fhirUser === undefined) return undefined;
  const relative = fhirUser.startsWith(`${base}/`) ? fhirUser.slice(base.length + 1) : fhirUser;
  const parsed = FhirUserRef.safeParse(relative);
  if (!parsed.success) {
    throw new ApiError(
      400,
      'invalid_body',
      `Invalid request body — fhirUser: must be a reference like Practitioner/123, relative or under ${base}`,
    );
  }
  return parsed.data;
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
    throw new ApiError(502, 'consent_unavailable', 'The patient\'s consent could not be read from the EHR; try again.');
  }
}

export function sessionRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/', async (c) => {
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
    const claimedUser = relativeFhirUser(body.fhirUser, base) ?? tokenUser(token);
    await deps.verifier.verify({
      fhirBaseUrl: base,
      token,
      patientId: body.patientId,
      ...(body.encounterId ? { encounterId: body.encounterId } : {}),
      ...(claimedUser ? { fhirUser: claimedUser } : {}),
    });
    checkClaims(token, { patientId: body.patientId, practitionerRef: claimedUser }, deps.now());
    // Counted only once the user is verified, so nobody can spend someone else's allowance.
    const creation = deps.limits.user.take(claimedUser ?? `token:${hashToken(token).slice(0, 32)}`);
    if (!creation.allowed) throw rateLimited(creation.retryAfterSeconds, 'user');

    const resumeKey = resumeKeyOf({
      fhirBaseUrl: base,
      patientId: body.patientId,
      encounterId: body.encounterId,
      practitionerRef: claimedUser,
    });
    const existing = resumeKey ? deps.sessions.findResumable(resumeKey) : undefined;
    if (existing) {
      existing.context.accessToken = token;
      existing.lastActivity = deps.now();
      const consent = await lookupConsent(deps, existing.context);
      existing.context.consent = consent.state;
      if (consent.consentRef) existing.context.consentRef = consent.consentRef;
      void deps.audit.append({
        action: 'session.resume',
        ...(claimedUser ? { actor: claimedUser } : {}),
        sessionId: existing.context.sessionId,
        resources: sessionResources(existing.context),
        detail: { consent: consent.state },
      });
      return c.json(sessionView(existing, true), 200);
    }

    if (deps.sessions.size >= MAX_LIVE_SESSIONS) {
      throw new ApiError(503, 'server_busy', `This server already holds ${MAX_LIVE_SESSIONS} live sessions; try again shortly or use another instance.`, {
        'Retry-After': '30',
      });
    }
    const context: SessionContext = {
      sessionId: randomUUID(),
      fhirBaseUrl: base,
      patientId: body.patientId,
      ...(body.encounterId ? { encounterId: body.encounterId } : {}),
      ...(claimedUser ? { practitionerRef: claimedUser } : {}),
      accessToken: token,
      consent: 'none',
      utterances: [],
      analyses: [],
      createdAt: new Date(deps.now()),
    };
    const [consent, chart] = await Promise.all([
      lookupConsent(deps, context),
      loadChartContext({
        fetch: deps.fetch,
        fhirBaseUrl: base,
        token,
        patientId: body.patientId,
        practitionerRef: claimedUser,
      }),
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
      ...(claimedUser ? { actor: claimedUser } : {}),
      sessionId: context.sessionId,
      resources: sessionResources(context),
      detail: { consent: consent.state, relatedPersons: chart.relatedPersons.length },
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
