/**
 * The session the benchmarks sign in as: the sandbox's seeded patient and clinician, today's
 * encounter, consent granted, nothing said yet.
 */
import { todaysEncounterId } from '../../launch/sandbox/index.ts';
import type { SessionContext } from '../../server/session/context.ts';

export const PATIENT = 'p01';
export const CLINICIAN = 'Practitioner/lindqvist';

/** Today's encounter of the seeded patient: the token is issued for it before the session exists. */
export const todaysEncounter = (): string => todaysEncounterId(PATIENT, new Date());

export function benchSession(
  sessionId: string,
  fhirBaseUrl: string,
  encounterId: string,
  accessToken: string,
): SessionContext {
  return {
    sessionId,
    fhirBaseUrl,
    patientId: PATIENT,
    encounterId,
    practitionerRef: CLINICIAN,
    accessToken,
    consent: 'granted',
    utterances: [],
    analyses: [],
    createdAt: new Date(),
  };
}
