/**
 * Chart write-back, under `/api/sessions/:sid`:
 * - `POST /approve` — approve-and-sign: the approved note, homework and safety plan go to the
 *   chart exactly once (201 written, 202 still being written and retried, 422 refused);
 * - `POST /amend` — a corrected note that replaces one this app wrote (never an overwrite);
 * - `GET /writes` — every write of this patient and encounter and where it stands;
 * - `POST /writes/:writeId/retry` — try a waiting or refused write now;
 * - plus the consent routes.
 * The session middleware has verified the token; the patient and encounter in each body must
 * be the session's own.
 */
import { Hono } from 'hono';
import type { AuditLog } from '../audit/log.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { AppEnv, ConsentService, SessionContext } from '../session/context.ts';
import type { WriteView } from '../writeback/record.ts';
import type { WritebackRuntime } from '../writeback/runtime.ts';
import { runtimeForConfig } from '../writeback/runtime.ts';
import { AmendRequest, ApproveRequest, WritebackRequestError } from '../writeback/service.ts';
import { readJson } from './body.ts';
import { consentFailure, createConsentRoutes } from './consent.ts';
import { createContinuityRoutes } from './continuity.ts';
import { ApiError } from './errors.ts';

export type WritebackRoutesDeps =
  | { runtime: WritebackRuntime }
  | {
      config: Config;
      logger?: Pick<Logger, 'warn' | 'error'>;
      audit?: Pick<AuditLog, 'append'> & Partial<Pick<AuditLog, 'hasWriteEntry'>>;
      /** The server's consent service; it is the runtime's own when built by `createConsentService`. */
      consentService?: ConsentService;
      fetch?: typeof fetch;
    };

function requestFailure(err: unknown): never {
  if (err instanceof WritebackRequestError) throw new ApiError(err.status, err.code, err.message);
  // Reading the consent status for the note can fail the same ways a consent request can.
  return consentFailure(err);
}

function respond(write: WriteView, created: boolean): { status: 200 | 201 | 202 | 422; body: unknown } {
  if (write.state === 'failed') {
    const reason = write.lastError?.message ?? 'the EHR refused it';
    return {
      status: 422,
      body: {
        error: {
          code: write.lastError?.code ?? 'write_failed',
          message: `The note was not written (write ${write.writeId}): ${reason}. It is kept; correct it or retry.`,
        },
      },
    };
  }
  if (write.state === 'written') return { status: created ? 201 : 200, body: write };
  return { status: 202, body: write };
}

export function createWritebackRoutes(deps: WritebackRoutesDeps): Hono<AppEnv> {
  const runtime = 'runtime' in deps ? deps.runtime : runtimeForConfig(deps.config, deps);
  const { writeback } = runtime;
  const app = new Hono<AppEnv>();

  const audit = (session: SessionContext, action: string, write: WriteView) =>
    void runtime.audit?.append({
      action,
      ...(session.practitionerRef ? { actor: session.practitionerRef } : {}),
      sessionId: session.sessionId,
      resources: [
        `Patient/${session.patientId}`,
        ...(session.encounterId ? [`Encounter/${session.encounterId}`] : []),
        ...write.resources.filter((r) => r.destination === 'ehr').map((r) => r.reference),
      ].slice(0, 50),
      outcome: write.state === 'failed' ? 'error' : 'ok',
      detail: {
        writeId: write.writeId,
        state: write.state,
        attempts: write.attempts,
        ...(write.strategy ? { strategy: write.strategy } : {}),
        ...(write.lastError ? { error: write.lastError.code } : {}),
      },
    });

  app.route('/', createConsentRoutes(runtime));
  app.route(
    '/',
    createContinuityRoutes({
      reader: runtime.continuity,
      consentService: runtime.consent,
      logger: runtime.logger,
      remember: (session) => runtime.ehr.remember(session),
      ...(runtime.audit ? { audit: runtime.audit } : {}),
    }),
  );

  app.post('/:sid/approve', async (c) => {
    const body = await readJson(c, ApproveRequest);
    const session = c.get('session');
    const { write, created } = await writeback.approve(session, body).catch(requestFailure);
    // The clinician's approval; the chart write itself is recorded once, by the runtime, when it lands.
    if (created) audit(session, 'note.approve', write);
    const { status, body: out } = respond(write, created);
    return c.json(out, status);
  });

  app.post('/:sid/amend', async (c) => {
    const body = await readJson(c, AmendRequest);
    const session = c.get('session');
    const { write, created } = await writeback.amend(session, body).catch(requestFailure);
    if (created) audit(session, 'note.amend', write);
    const { status, body: out } = respond(write, created);
    return c.json(out, status);
  });

  app.get('/:sid/writes', (c) => {
    const session = c.get('session');
    // Asked at every launch: writes waiting since a restart finish now, without the clinician hunting for them.
    writeback.resume(session);
    return c.json({ writes: writeback.list(session) });
  });

  app.post('/:sid/writes/:writeId/retry', async (c) => {
    const session = c.get('session');
    const write = await writeback.retry(session, c.req.param('writeId')).catch(requestFailure);
    audit(session, 'note.retry', write);
    const { status, body } = respond(write, false);
    return c.json(body, status);
  });

  return app;
}
