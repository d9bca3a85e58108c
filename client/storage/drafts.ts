/**
 * Autosave in the browser (IndexedDB): the transcript, the analyses and every draft of a session
 * survive a reload or a crashed tab, and a new launch for the same encounter can resume them.
 * One record per launch key (FHIR server, patient, encounter, clinician). Once the note is signed
 * the record keeps only when it was signed and the note's reference, so the client's words do not
 * stay in the browser longer than needed while a later launch can still say the visit is signed.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { ConsentState } from '../api/schemas.ts';
import { initialSession, type SessionState } from '../state/session.ts';
import type { WrapUpDraft } from '../state/wrapUp.ts';

export type Phase = 'consent' | 'declined' | 'session' | 'wrap-up' | 'signed';

/** The last note signed for this launch key. */
export interface SignedRecord {
  at: string;
  /** The note's reference in the chart, e.g. `DocumentReference/123`. */
  note?: string;
}

export interface SavedSession {
  key: string;
  sessionId?: string;
  consent: ConsentState;
  /** When the clinician recorded the client's consent in this session (replayed after a server restart). */
  consentRecordedAt?: string;
  phase: Phase;
  session: SessionState;
  wrapUp?: WrapUpDraft;
  lastEventId?: string;
  signed?: SignedRecord;
  updatedAt: string;
}

interface DraftsDb extends DBSchema {
  sessions: { key: string; value: SavedSession };
}

let db: Promise<IDBPDatabase<DraftsDb>> | undefined;

function open(): Promise<IDBPDatabase<DraftsDb>> {
  db ??= openDB<DraftsDb>('session-copilot', 1, {
    upgrade(database) {
      database.createObjectStore('sessions', { keyPath: 'key' });
    },
  });
  return db;
}

export function launchKey(parts: {
  fhirBaseUrl: string;
  patientId: string;
  encounterId?: string | undefined;
  fhirUser?: string | undefined;
}): string {
  return [parts.fhirBaseUrl, parts.patientId, parts.encounterId ?? '', parts.fhirUser ?? ''].join('|');
}

/** What is kept of a signed session: when, and the note's reference; no transcript, no drafts. */
export function signedMarker(record: SavedSession): SavedSession {
  return {
    key: record.key,
    consent: record.consent,
    phase: 'signed',
    session: initialSession(record.updatedAt),
    ...(record.signed ? { signed: record.signed } : {}),
    updatedAt: record.updatedAt,
  };
}

export async function loadSaved(key: string): Promise<SavedSession | undefined> {
  return (await open()).get('sessions', key);
}

export async function save(record: SavedSession): Promise<void> {
  await (await open()).put('sessions', record);
}

export async function forget(key: string): Promise<void> {
  await (await open()).delete('sessions', key);
}
