import type { ConsentState } from '../../fhir/clinicalTerms.ts';
import type { Utterance, UtteranceAnalysis } from '../contracts/analysis.ts';

export { ConsentState } from '../../fhir/clinicalTerms.ts';

/**
 * A live session, bound at creation to one FHIR server, patient, encounter and clinician.
 * Every request on the session must present a token that the same FHIR server accepts
 * for the same patient; nothing here outlives the process.
 */
export interface SessionContext {
  readonly sessionId: string;
  /** An allowlisted FHIR base URL, without a trailing slash. */
  readonly fhirBaseUrl: string;
  readonly patientId: string;
  readonly encounterId?: string;
  /** `Practitioner/123` style reference taken from the token's fhirUser. */
  readonly practitionerRef?: string;
  /** The clinician's SMART access token from the latest verified request. */
  accessToken: string;
  consent: ConsentState;
  /** The Consent resource that granted or revoked, when there is one. */
  consentRef?: string;
  readonly utterances: Utterance[];
  readonly analyses: UtteranceAnalysis[];
  readonly createdAt: Date;
}

/** Hono environment shared by every route mounted under `/api/sessions/:sid`. */
export interface AppEnv {
  Variables: {
    session: SessionContext;
    requestId: string;
  };
}

/** Reads and records consent; implemented against the EHR and the companion store. */
export interface ConsentService {
  /** Reads the patient's consent from the chart now. */
  lookup(session: SessionContext): Promise<{ state: ConsentState; consentRef?: string }>;
  /** The patient's consent as currently known (read again once it is too old); updates the session. */
  current(session: SessionContext): Promise<{ state: ConsentState; consentRef?: string }>;
  /** Told whenever a patient's consent changes as seen from this instance. */
  onChange?(
    listener: (
      patient: { fhirBaseUrl: string; patientId: string },
      record: { state: ConsentState; consentRef?: string },
    ) => void,
  ): () => void;
}
