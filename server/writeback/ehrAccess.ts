import type { FhirClient } from '../../fhir/fhirClient.ts';
import type { SessionContext } from '../session/context.ts';
import { RetryableWriteError } from './errors.ts';
import { createHttpFhirClient } from './httpClient.ts';
import type { WriteRecord } from './record.ts';

/**
 * Access to the EHR with the clinician's own SMART token. Tokens are kept in memory only (never
 * in the ledger): for each clinician, patient and EHR the live session is followed (its token is
 * refreshed on every request it serves), and its last token is kept once the session is gone.
 * The session itself is held weakly, so an ended session's transcript is not kept alive here.
 * After a restart, retries wait until the clinician's app calls again.
 */

export interface EhrAccessOptions {
  allow: (candidate: string) => string | undefined;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface EhrAccess {
  /** Notes the session's current token (call on every request of the session). */
  remember(session: SessionContext): void;
  forSession(session: SessionContext): FhirClient;
  /** For a ledger record; throws a RetryableWriteError when no token is at hand. */
  forRecord(record: WriteRecord): FhirClient;
}

const keyOf = (fhirBaseUrl: string, practitionerRef: string | undefined, patientId: string) =>
  `${fhirBaseUrl}|${practitionerRef ?? ''}|${patientId}`;

export function createEhrAccess(options: EhrAccessOptions): EhrAccess {
  const tokens = new Map<string, { session: WeakRef<SessionContext>; last: string }>();
  const tokenFor = (key: string): string | undefined => {
    const entry = tokens.get(key);
    if (!entry) return undefined;
    const live = entry.session.deref();
    if (live) entry.last = live.accessToken;
    return entry.last;
  };
  const client = (baseUrl: string, token: () => string): FhirClient =>
    createHttpFhirClient({ baseUrl, allow: options.allow, token, fetch: options.fetch, timeoutMs: options.timeoutMs });

  return {
    remember(session) {
      tokens.set(keyOf(session.fhirBaseUrl, session.practitionerRef, session.patientId), {
        session: new WeakRef(session),
        last: session.accessToken,
      });
    },
    forSession(session) {
      return client(session.fhirBaseUrl, () => session.accessToken);
    },
    forRecord(record) {
      const key = keyOf(record.fhirBaseUrl, record.practitionerRef, record.patientId);
      if (tokenFor(key) === undefined) {
        throw new RetryableWriteError(
          'token_unavailable',
          'Waiting for the clinician to open the app again: the EHR needs their token for this write.',
          false,
        );
      }
      return client(record.fhirBaseUrl, () => tokenFor(key) ?? '');
    },
  };
}
