import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterEach, describe, expect, test } from 'vitest';
import type { Resource } from '@medplum/fhirtypes';
import type { EhrMode } from '../../launch/sandbox/index.ts';
import { createLogger } from '../../server/logger.ts';
import { requireConsent } from '../../server/auth/sessionAuth.ts';
import { ApiError, errorResponse } from '../../server/routes/errors.ts';
import { createWritebackRoutes } from '../../server/routes/writeback.ts';
import type { AppEnv, SessionContext } from '../../server/session/context.ts';
import { approvedNote } from '../fhir/fixtures.ts';
import type { Harness } from './harness.ts';
import { ours, PATIENT, startHarness } from './harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** The server's shape around the routes: session middleware, error handler, one AI endpoint. */
function appFor(h: Harness, session: SessionContext = h.session): Hono {
  const api = new Hono<AppEnv>();
  api.use('/sessions/:sid/*', async (c, next) => {
    if (c.req.param('sid') !== session.sessionId) throw new ApiError(404, 'session_not_found', 'No such session.');
    c.set('session', session);
    await next();
  });
  api.post(
    '/sessions/:sid/suggestions',
    requireConsent({ consentService: h.runtime.consent, logger: createLogger({ level: 'silent' }) }),
    (c) => c.json({ suggestions: [] }),
  );
  api.route('/sessions', createWritebackRoutes({ runtime: h.runtime }));
  const app = new Hono();
  app.onError((err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err);
    throw err;
  });
  app.route('/api', api);
  return app;
}

async function call(app: Hono, session: SessionContext, method: string, path: string, body?: unknown) {
  const response = await app.request(`/api/sessions/${session.sessionId}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

async function open(mode: EhrMode, options: Parameters<typeof startHarness>[1] = {}) {
  harness = await startHarness(mode, options);
  return { h: harness, app: appFor(harness) };
}

const approval = (h: Harness, extra: Record<string, unknown> = {}) => ({
  ...approvedNote(),
  patientId: PATIENT,
  encounterId: h.session.encounterId,
  ...extra,
});

describe('write-back API', () => {
  test('approve-and-sign writes the note and shows where each resource went', async () => {
    const { h, app } = await open('epic');
    const approved = await call(app, h.session, 'POST', '/approve', approval(h));
    expect(approved.status).toBe(201);
    expect(approved.body).toMatchObject({ state: 'written', strategy: 'noteOnly', note: { destination: 'ehr' } });
    const listed = await call(app, h.session, 'GET', '/writes');
    expect(listed.status).toBe(200);
    expect(listed.body.writes).toHaveLength(1);
    expect(listed.body.writes[0]).toMatchObject({ writeId: approved.body.writeId, state: 'written', attempts: 1 });
    expect(JSON.stringify(listed.body)).not.toContain('four hours');
  });

  test('refuses a note for another patient or encounter than the launch', async () => {
    const { h, app } = await open('full');
    const wrongPatient = await call(app, h.session, 'POST', '/approve', approval(h, { patientId: 'p02' }));
    expect(wrongPatient).toMatchObject({ status: 403, body: { error: { code: 'patient_mismatch' } } });
    const wrongEncounter = await call(app, h.session, 'POST', '/approve', approval(h, { encounterId: 'other' }));
    expect(wrongEncounter).toMatchObject({ status: 403, body: { error: { code: 'encounter_mismatch' } } });
    expect(h.ehrRequests).toEqual([]);
  });

  test('refuses a malformed approval with a message naming the field', async () => {
    const { h, app } = await open('full');
    const result = await call(app, h.session, 'POST', '/approve', approval(h, { sections: [] }));
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('invalid_body');
    expect(result.body.error.message).toContain('sections');
  });

  test('process notes never reach the chart, the companion store or the ledger', async () => {
    const { h, app } = await open('epic');
    const marker = 'PROCESS-NOTE-7f3a: countertransference, my own reactions';
    const result = await call(app, h.session, 'POST', '/approve', approval(h, { processNote: marker }));
    expect(result.status).toBe(201);
    const everything: Resource[] = [];
    for (const type of ['DocumentReference', 'CarePlan', 'Provenance', 'Consent', 'Device']) {
      everything.push(...(await h.ehrAll(type)), ...(await h.companionAll(type)));
    }
    const decoded = everything
      .map((r) => JSON.stringify(r))
      .concat(
        everything.flatMap((r) =>
          r.resourceType === 'DocumentReference'
            ? r.content.map((c) => Buffer.from(c.attachment.data ?? '', 'base64').toString('utf8'))
            : [],
        ),
      );
    expect(decoded.some((text) => text.includes('four hours'))).toBe(true);
    expect(decoded.some((text) => text.includes('PROCESS-NOTE-7f3a'))).toBe(false);
    const ledgerFiles = readdirSync(h.dataDir).filter((f) => f.startsWith('writes.sqlite'));
    expect(ledgerFiles.length).toBeGreaterThan(0);
    for (const file of ledgerFiles)
      expect(readFileSync(join(h.dataDir, file)).includes('PROCESS-NOTE-7f3a')).toBe(false);
  });

  test('consent can be granted, read back and revoked — and revoking blocks the AI endpoints', async () => {
    const patientWithoutConsent = 'p02';
    harness = await startHarness('full', { patient: patientWithoutConsent, consent: 'none' });
    const h = harness;
    const app = appFor(h);
    expect((await call(app, h.session, 'POST', '/suggestions', {})).body.error.code).toBe('consent_required');
    const granted = await call(app, h.session, 'POST', '/consent', { decision: 'granted' });
    expect(granted).toMatchObject({ status: 201, body: { state: 'granted', storedIn: 'ehr' } });
    expect((await call(app, h.session, 'POST', '/suggestions', {})).status).toBe(200);
    expect((await call(app, h.session, 'GET', '/consent')).body.state).toBe('granted');
    const revoked = await call(app, h.session, 'POST', '/consent/revoke');
    expect(revoked).toMatchObject({ status: 200, body: { state: 'revoked' } });
    expect((await call(app, h.session, 'POST', '/suggestions', {})).body.error.code).toBe('consent_required');
    expect((await call(app, h.session, 'POST', '/consent/revoke')).body.error.code).toBe('no_active_consent');
    expect((await call(app, h.session, 'POST', '/consent', { decision: 'maybe' })).status).toBe(400);
  });

  test('a note waiting for the EHR is accepted (202), shown as retrying, and written by a retry', async () => {
    let down = true;
    const { h, app } = await open('oracle', {
      wrapFetch: (inner) => (input, init) =>
        down && init?.method === 'POST' ? Promise.reject(new TypeError('fetch failed')) : inner(input, init),
    });
    const approved = await call(app, h.session, 'POST', '/approve', approval(h));
    expect(approved).toMatchObject({ status: 202, body: { state: 'retrying', lastError: { code: 'network' } } });
    down = false;
    const retried = await call(app, h.session, 'POST', `/writes/${approved.body.writeId}/retry`);
    expect(retried).toMatchObject({ status: 200, body: { state: 'written', attempts: 2 } });
    expect((await h.ehrAll('DocumentReference')).filter(ours(approved.body.writeId))).toHaveLength(1);
    expect((await call(app, h.session, 'POST', '/writes/unknown/retry')).status).toBe(404);
  });

  test('an EHR refusal is reported with its reason and the approval is kept for correction', async () => {
    harness = await startHarness('oracle');
    const h = harness;
    // Oracle Health files a note only with the signed-in practitioner as its author.
    const session = { ...h.session, practitionerRef: 'Practitioner/osei' };
    const app = appFor(h, session);
    const refused = await call(app, session, 'POST', '/approve', approval(h));
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('refused_422');
    expect(refused.body.error.message).toContain('author must be exactly the signed-in practitioner');
    const listed = await call(app, session, 'GET', '/writes');
    expect(listed.body.writes[0]).toMatchObject({ state: 'failed' });
  });

  test('an amendment through the API replaces the note it names', async () => {
    const { h, app } = await open('full');
    const first = await call(app, h.session, 'POST', '/approve', approval(h));
    const amended = await call(app, h.session, 'POST', '/amend', approval(h, { replacesWriteId: first.body.writeId }));
    expect(amended).toMatchObject({ status: 201, body: { kind: 'amend', state: 'written', supersededPrevious: true } });
    expect((await call(app, h.session, 'POST', '/amend', approval(h, { replacesWriteId: 'nope' }))).status).toBe(404);
  });
});
