import { Hono } from 'hono';
import type { EhrId } from '../../launch/registrations.ts';
import { buildRegistrations } from '../../launch/registrations.ts';
import type { EhrMode } from '../../launch/sandbox/index.ts';
import { ApiError, errorResponse } from '../../server/routes/errors.ts';
import { createWritebackRoutes } from '../../server/routes/writeback.ts';
import type { AppEnv, SessionContext } from '../../server/session/context.ts';
import type { Harness } from '../writeback/harness.ts';
import { startHarness } from '../writeback/harness.ts';

/** The scopes the app really asks each EHR for at launch (launch/registrations.ts). */
export function launchScope(ehr: EhrId): string {
  const registration = buildRegistrations().find((r) => r.id === ehr);
  if (!registration) throw new Error(`no registration for ${ehr}`);
  return registration.ehrLaunchScope;
}

const SCOPE_OF_MODE: Record<EhrMode, EhrId> = { full: 'sandbox', medplum: 'medplum', epic: 'epic', oracle: 'oracle' };

/** The sandbox in `mode`, the patient's session launched with the scopes the app asks that EHR for. */
export function openChart(mode: EhrMode, options: Parameters<typeof startHarness>[1] = {}): Promise<Harness> {
  return startHarness(mode, { scope: launchScope(SCOPE_OF_MODE[mode]), ...options });
}

/** The server's shape around the routes: session middleware and error handler. */
export function appFor(h: Harness, session: SessionContext = h.session): Hono {
  const api = new Hono<AppEnv>();
  api.use('/sessions/:sid/*', async (c, next) => {
    if (c.req.param('sid') !== session.sessionId) throw new ApiError(404, 'session_not_found', 'No such session.');
    c.set('session', session);
    await next();
  });
  api.route('/sessions', createWritebackRoutes({ runtime: h.runtime }));
  const app = new Hono();
  app.onError((err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err);
    throw err;
  });
  app.route('/api', api);
  return app;
}

export async function call(app: Hono, session: SessionContext, method: string, path: string, body?: unknown) {
  const response = await app.request(`/api/sessions/${session.sessionId}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}
