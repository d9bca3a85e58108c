/**
 * Continuity of care, under `/api/sessions/:sid` (consent-gated like every AI route):
 * - `GET /continuity` — earlier notes, homework, the safety plan, risk over time, themes and
 *   goals carried over, and what the EHR would not let the app read;
 * - `GET /continuity/notes/:noteId` — one earlier note of the session's patient in full.
 * Read with the session's own token; each read is audited by ids and counts, never content.
 */
import { Hono } from 'hono';
import { CapabilityError } from '../../fhir/capabilities.ts';
import { UncertainOutcomeError } from '../../fhir/fhirClient.ts';
import { requireConsent } from '../auth/sessionAuth.ts';
import { FhirId } from '../auth/verify.ts';
import type { AuditLog } from '../audit/log.ts';
import type { ContinuityReader } from '../continuity/reader.ts';
import { NoteReadRefused } from '../continuity/reader.ts';
import type { Logger } from '../logger.ts';
import type { AppEnv, ConsentService, SessionContext } from '../session/context.ts';
import { ApiError } from './errors.ts';

export interface ContinuityRoutesDeps {
  reader: ContinuityReader;
  consentService: ConsentService;
  logger: Pick<Logger, 'warn'>;
  /** Keeps the session's token for writes made later on its behalf. */
  remember?: (session: SessionContext) => void;
  audit?: Pick<AuditLog, 'append'>;
}

function readFailure(err: unknown): never {
  if (err instanceof UncertainOutcomeError || err instanceof CapabilityError) {
    throw new ApiError(503, 'fhir_unavailable', 'The EHR could not be reached to read the chart; try again shortly.');
  }
  if (err instanceof NoteReadRefused) {
    throw new ApiError(502, 'note_unavailable', `The EHR could not give the note (HTTP ${err.status}); try again.`);
  }
  throw err;
}

export function createContinuityRoutes(deps: ContinuityRoutesDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const consent = requireConsent({ consentService: deps.consentService, logger: deps.logger });

  const audit = (session: SessionContext, action: string, resources: string[], detail: Record<string, number>) =>
    void deps.audit?.append({
      action,
      ...(session.practitionerRef ? { actor: session.practitionerRef } : {}),
      sessionId: session.sessionId,
      resources: [`Patient/${session.patientId}`, ...resources].slice(0, 50),
      detail,
    });

  app.get('/:sid/continuity', consent, async (c) => {
    const session = c.get('session');
    deps.remember?.(session);
    const view = await deps.reader.read(session).catch(readFailure);
    audit(session, 'chart.read.continuity', [], {
      notes: view.notes.length,
      homework: view.homework.length,
      unavailable: view.unavailable.length,
    });
    return c.json(view);
  });

  app.get('/:sid/continuity/notes/:noteId', consent, async (c) => {
    const session = c.get('session');
    const noteId = FhirId.safeParse(c.req.param('noteId'));
    if (!noteId.success) throw new ApiError(400, 'bad_note_id', 'noteId must be a FHIR id (1-64 of A-Z a-z 0-9 - .).');
    deps.remember?.(session);
    const note = await deps.reader.readNote(session, noteId.data).catch(readFailure);
    if (!note) {
      throw new ApiError(
        404,
        'note_not_found',
        `No note ${noteId.data} in this patient's chart that the EHR lets the app read.`,
      );
    }
    audit(session, 'chart.read.note', [`DocumentReference/${note.noteId}`], {});
    return c.json(note);
  });

  return app;
}
