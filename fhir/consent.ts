import type { Consent, Patient, Reference } from '@medplum/fhirtypes';
import { CONSENT_CATEGORY, CONSENT_SCOPE_TREATMENT, IDENTIFIER_SYSTEM, OPT_IN } from './codes.ts';

/**
 * Consent to AI-assisted sessions (R4 Consent, scope treatment, LOINC 59284-0).
 *
 * - granted: `active`, provision `permit` from `period.start`.
 * - revoked: the granted record becomes `inactive` with `provision.period.end` (R4: inactive =
 *   "terminated or replaced"); it is never deleted, so the chart shows when AI was allowed.
 * - declined: `rejected` ("rejected by one or more of the parties"): the patient turned down the
 *   consent offered for this session. It is not a standing directive, so the offer can be made
 *   again later; a `deny` provision keeps the record unambiguous on its own.
 */

export type ConsentDecision = 'granted' | 'declined';

export interface ConsentInput {
  consentId: string;
  decision: ConsentDecision;
  patient: Reference<Patient>;
  /** When the patient decided (ISO date-time). */
  at: string;
  /** The policy the patient agreed to (or declined). */
  policyUri: string;
}

const PURPOSE = 'AI-assisted session support: live analysis of the session transcript and drafting of notes';

export function consentIdentifierQuery(consentId: string): string {
  return `identifier=${encodeURIComponent(`${IDENTIFIER_SYSTEM.consent}|${consentId}`)}`;
}

export function buildConsent(input: ConsentInput): Consent {
  const granted = input.decision === 'granted';
  return {
    resourceType: 'Consent',
    identifier: [{ system: IDENTIFIER_SYSTEM.consent, value: input.consentId }],
    status: granted ? 'active' : 'rejected',
    scope: { coding: [{ ...CONSENT_SCOPE_TREATMENT }] },
    category: [{ coding: [{ ...CONSENT_CATEGORY }], text: 'AI-assisted session consent' }],
    patient: input.patient,
    dateTime: input.at,
    performer: [input.patient],
    policy: [{ uri: input.policyUri }],
    policyRule: { coding: [{ ...OPT_IN }] },
    provision: {
      type: granted ? 'permit' : 'deny',
      period: { start: input.at },
      code: [{ text: PURPOSE }],
    },
  };
}

/** The same Consent, terminated at `at`. */
export function revokeConsent(consent: Consent, at: string): Consent {
  return {
    ...consent,
    status: 'inactive',
    provision: {
      ...consent.provision,
      period: { ...consent.provision?.period, end: at },
    },
  };
}

/** What a stored Consent says, in the app's terms. */
export function consentState(consent: Consent): 'granted' | 'declined' | 'revoked' | 'none' {
  switch (consent.status) {
    case 'active':
      return consent.provision?.type === 'deny' ? 'declined' : 'granted';
    case 'rejected':
      return 'declined';
    case 'inactive':
      return 'revoked';
    default:
      return 'none';
  }
}
