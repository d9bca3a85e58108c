/**
 * Consent to AI-assisted sessions, under `/api/sessions/:sid`:
 * - `GET /consent` — where the patient stands (read from the EHR and the companion store);
 * - `POST /consent` `{decision: granted|declined}` — records the decision as a FHIR Consent;
 * - `POST /consent/revoke` — ends a granted consent (the record stays, `inactive`).
 * Every change updates the session at once, so the AI endpoints follow it.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { CapabilityError } from '../../fhir/capabilities.ts';
import { UncertainOutcomeError } from '../../fhir/fhirClient.ts';
import type { ConsentRecord } from '../consent/service.ts';
import { ConsentFhirError, NoActiveConsentError } from '../consent/service.ts';
import type { AppEnv, SessionContext } from '../session/context.ts';
import type { WritebackRuntime } from '../writeback/runtime.ts';
import { readJson } from './body.ts';
import { ApiError } from './errors.ts';

export const ConsentRequest = z.strictObject({ decision: z.enum(['granted', 'declined']) });

function view(record: ConsentRecord) {
  return {
    state: record.state,
    consentRef: record.consentRef ?? null,
    recordedAt: record.recordedAt ?? null,
    storedIn: record.destination ?? null,
  };
}

/** Turns a failed consent read or write into an error the app can show and act on. */
export function consentFailure(err: unknown): never {
  if (err instanceof NoActiveConsentError) throw new ApiError(409, 'no_active_consent', err.message);
  if (err instanceof UncertainOutcomeError) {
    throw new ApiError(
      504,
      'fhir_unavailable',
      'The FHIR server did not answer in time; check the consent state, then try again.',
    );
  }
  if (err instanceof ConsentFhirError) {
    throw new ApiError(
      502,
      'consent_unavailable',
      `The FHIR server did not accept the consent request: ${err.message}.`,
    );
  }
  if (err instanceof CapabilityError) {
    throw new ApiError(503, 'fhir_unavailable', 'The FHIR server could not be reached; try again shortly.');
  }
  throw err;
}

export function createConsentRoutes(runtime: WritebackRuntime): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const audit = (session: SessionContext, action: string, record: ConsentRecord) =>
    void runtime.audit?.append({
      action,
      ...(session.practitionerRef ? { actor: session.practitionerRef } : {}),
      sessionId: session.sessionId,
      resources: [`Patient/${session.patientId}`, ...(record.consentRef ? [record.consentRef] : [])],
      detail: { state: record.state, storedIn: record.destination ?? 'none' },
    });

  app.get('/:sid/consent', async (c) => {
    const session = c.get('session');
    runtime.ehr.remember(session);
    return c.json(view(await runtime.consent.current(session)));
  });

  app.post('/:sid/consent', async (c) => {
    const body = await readJson(c, ConsentRequest);
    const session = c.get('session');
    runtime.ehr.remember(session);
    const record = await runtime.consent.record(session, body.decision).catch(consentFailure);
    audit(session, 'consent.record', record);
    return c.json(view(record), 201);
  });

  app.post('/:sid/consent/revoke', async (c) => {
    const session = c.get('session');
    runtime.ehr.remember(session);
    const record = await runtime.consent.revoke(session).catch(consentFailure);
    audit(session, 'consent.revoke', record);
    return c.json(view(record));
  });

  return app;
}
