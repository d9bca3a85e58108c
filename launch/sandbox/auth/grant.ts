import { splitScope } from './scopes.ts';
import type { TokenContext } from './tokens.ts';

/**
 * The context of a grant from what the user (or the launch) chose. `launch` stays in the granted
 * scope only for EHR launches; the banner is needed only when the app runs outside the EHR.
 */
export function grantContext(options: {
  clientId: string;
  scopes: readonly string[];
  ehrLaunch: boolean;
  practitioner: string;
  patient?: string;
  encounter?: string;
}): TokenContext {
  const scopes = options.ehrLaunch ? options.scopes : options.scopes.filter((s) => s !== 'launch');
  return {
    client_id: options.clientId,
    scope: scopes.join(' '),
    patient: options.patient,
    encounter: options.encounter,
    fhirUser: options.practitioner,
    need_patient_banner: !options.ehrLaunch,
  };
}

export function wantsPatient(scopes: readonly string[]): boolean {
  return scopes.some((s) => s === 'launch/patient' || s.startsWith('patient/'));
}

export function hasScope(context: TokenContext, scope: string): boolean {
  return splitScope(context.scope).includes(scope);
}
