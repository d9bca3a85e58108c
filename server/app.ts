/**
 * The HTTP application: security headers on everything, `/healthz`, the session API under
 * `/api/sessions` (token-verified, session-bound, consent-gated, size- and rate-limited), and the
 * built client. Every dependency is passed in, so tests build it with fakes and `main.ts` with
 * the real parts.
 *
 * No CORS: the app's pages and its API share one origin, so no cross-origin caller is ever
 * granted access (a preflight gets no `Access-Control-Allow-*` headers).
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { routePath } from 'hono/route';
import { createFhirAllowlist } from './auth/allowlist.ts';
import { createIdTokenVerifier, type IdTokenVerifier } from './auth/idToken.ts';
import { sessionAuth } from './auth/sessionAuth.ts';
import { createTokenVerifier, type TokenVerifier } from './auth/verify.ts';
import type { AuditLog } from './audit/log.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import type { Assistant } from './providers/types.ts';
import { assistRoutes } from './routes/assist.ts';
import { audioRoutes } from './routes/audio.ts';
import type { RouteDeps } from './routes/deps.ts';
import { ApiError, errorResponse } from './routes/errors.ts';
import { eventRoutes } from './routes/events.ts';
import { feedbackRoutes, type FeedbackCounts } from './routes/feedback.ts';
import { flagRoutes, type FlagDecisionCounts } from './routes/flags.ts';
import { sessionRoutes, sessionStateRoutes } from './routes/sessions.ts';
import { staticRoutes } from './routes/static.ts';
import { utteranceRoutes } from './routes/utterances.ts';
import { bodyLimits } from './security/bodyLimits.ts';
import { securityHeaders } from './security/headers.ts';
import { createRateLimiter } from './security/rateLimit.ts';
import type { AppEnv, ConsentService } from './session/context.ts';
import type { Transcriber } from './speech/transcribe.ts';
import { createSessionStore, type SessionAnalyzer, type SessionStore } from './session/store.ts';

export interface AppDeps {
  config: Config;
  logger: Logger;
  audit: AuditLog;
  createAnalyzer: () => SessionAnalyzer;
  consentService: ConsentService;
  assistant?: Assistant;
  /** `null` when no transcription endpoint is configured (audio answers 501 with the reason). */
  transcriber?: Transcriber | null;
  transcriptionUnavailable?: string;
  /** Consent, approve-and-sign and read-back routes, relative to `/api/sessions`. */
  writebackRoutes?: Hono<AppEnv>;
  /** Outbound HTTP to the allowlisted FHIR servers (token verification, chart reads). */
  fetch?: typeof fetch;
  verifier?: TokenVerifier;
  idTokens?: IdTokenVerifier;
  sessions?: SessionStore;
  /** Where the built client lives (default `dist/public`). */
  staticRoot?: string;
  now?: () => number;
  summaryRefresh?: { delayMs: number; maxWaitMs: number };
}

export interface AppHandle {
  app: Hono<AppEnv>;
  sessions: SessionStore;
  feedback: FeedbackCounts;
  /** Flag decisions by `decision:reason`, without content. */
  flagDecisions: FlagDecisionCounts;
}

export function createAppHandle(deps: AppDeps): AppHandle {
  const { config, logger } = deps;
  const now = deps.now ?? Date.now;
  const allowlist = createFhirAllowlist(config.fhirAllowlist);
  const outbound = deps.fetch ?? fetch;
  const sessions =
    deps.sessions ??
    createSessionStore({
      idleMs: config.sessionIdleMinutes * 60_000,
      now,
      onEnd: (session) => deps.assistant?.release(session.context.sessionId),
    });
  const routeDeps: RouteDeps = {
    config,
    logger,
    sessions,
    allowlist,
    verifier: deps.verifier ?? createTokenVerifier({ fetch: outbound, ttlMs: config.tokenCacheSeconds * 1000, now }),
    idTokens: deps.idTokens ?? createIdTokenVerifier({ fetch: outbound, clientIds: config.oidcClientIds, now }),
    audit: deps.audit,
    consentService: deps.consentService,
    createAnalyzer: deps.createAnalyzer,
    ...(deps.assistant ? { assistant: deps.assistant } : {}),
    transcriber: deps.transcriber ?? null,
    ...(deps.transcriptionUnavailable ? { transcriptionUnavailable: deps.transcriptionUnavailable } : {}),
    fetch: outbound,
    limits: {
      user: createRateLimiter({ perMinute: config.rateLimits.userPerMinute, now }),
      session: createRateLimiter({ perMinute: config.rateLimits.sessionPerMinute, now }),
      ai: createRateLimiter({ perMinute: config.rateLimits.aiPerMinute, now }),
    },
    now,
    // The embedded summary takes milliseconds, so it can follow the conversation closely; a remote
    // model costs time and money per call, so it waits for the talk to settle.
    summaryRefresh:
      deps.summaryRefresh ??
      (deps.assistant?.provider === 'embedded'
        ? { delayMs: 300, maxWaitMs: 3000 }
        : { delayMs: 3000, maxWaitMs: 15_000 }),
  };
  const feedback: FeedbackCounts = {};
  const flagDecisions: FlagDecisionCounts = {};
  // A consent decision taken on any session reaches every live session on the patient at once.
  deps.consentService.onChange?.((patient, record) => {
    for (const live of sessions.all()) {
      const { context } = live;
      if (context.fhirBaseUrl !== patient.fhirBaseUrl || context.patientId !== patient.patientId) continue;
      context.consent = record.state;
      context.consentRef = record.consentRef;
    }
  });

  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    const started = performance.now();
    const requestId = randomUUID();
    c.set('requestId', requestId);
    c.header('x-request-id', requestId);
    await next();
    const status = c.res.status;
    const fields = {
      requestId,
      method: c.req.method,
      route: routePath(c),
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (status >= 500) logger.error(fields, 'request failed');
    else if (c.req.path.startsWith('/api/')) logger.info(fields, 'request');
    else logger.debug(fields, 'request');
  });
  app.use(securityHeaders({ ehrOrigins: config.ehrOrigins, fhirOrigins: allowlist.origins }));

  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error);
    if (error instanceof HTTPException) {
      const code = error.status === 413 ? 'body_too_large' : 'bad_request';
      return errorResponse(
        c,
        new ApiError(error.status, code, 'The request could not be read; check its size and format.'),
      );
    }
    logger.error({ err: error, requestId: c.get('requestId'), route: routePath(c) }, 'unhandled error');
    return errorResponse(
      c,
      new ApiError(500, 'internal_error', 'Something went wrong on the server; the error was logged. Try again.'),
    );
  });

  app.get('/healthz', (c) => c.json({ status: 'ok', sessions: sessions.size }, 200, { 'cache-control': 'no-store' }));

  const api = new Hono<AppEnv>();
  api.use(async (c, next) => {
    await next();
    c.header('cache-control', 'no-store');
  });
  api.use(bodyLimits());
  api.route('/sessions', sessionRoutes(routeDeps));
  // `/sessions/:sid/*` also matches `/sessions/:sid` itself.
  api.use('/sessions/:sid/*', sessionAuth(routeDeps));
  api.route('/sessions', sessionStateRoutes(routeDeps));
  api.route('/sessions', utteranceRoutes(routeDeps));
  api.route('/sessions', eventRoutes(routeDeps));
  api.route('/sessions', assistRoutes(routeDeps));
  api.route('/sessions', audioRoutes(routeDeps));
  api.route('/sessions', feedbackRoutes(routeDeps, feedback));
  api.route('/sessions', flagRoutes(routeDeps, flagDecisions));
  if (deps.writebackRoutes) api.route('/sessions', deps.writebackRoutes);
  api.all('*', (c) => errorResponse(c, new ApiError(404, 'not_found', `No API route ${c.req.method} ${c.req.path}.`)));
  app.route('/api', api);

  app.route('/', staticRoutes(deps.staticRoot ?? 'dist/public'));
  app.notFound((c) => c.text('Not found', 404));

  return { app, sessions, feedback, flagDecisions };
}

export function createApp(deps: AppDeps): Hono<AppEnv> {
  return createAppHandle(deps).app;
}
