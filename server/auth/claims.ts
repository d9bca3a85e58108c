/**
 * Context claims carried by JWT access tokens (the sandbox, Medplum and many SMART servers issue
 * them; Epic's tokens are opaque and yield nothing here). They are read only after the FHIR
 * server has accepted the token — its acceptance is what makes them trustworthy — and only to
 * tighten the binding: a token whose own claims name another patient or another user is refused
 * even where the FHIR server would let it read this patient.
 */
import { decodeJwt } from 'jose';

export interface TokenClaims {
  patient?: string;
  /** Relative reference such as `Practitioner/123`. */
  fhirUser?: string;
  /** Expiry, seconds since the epoch. */
  exp?: number;
}

function relativeReference(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /([A-Za-z]+\/[A-Za-z0-9\-.]{1,64})$/.exec(value);
  return match?.[1];
}

export function readTokenClaims(token: string): TokenClaims {
  let payload: Record<string, unknown>;
  try {
    payload = decodeJwt(token);
  } catch {
    return {};
  }
  const patient = typeof payload.patient === 'string' && payload.patient.length <= 64 ? payload.patient : undefined;
  // `fhirUser` is SMART's claim; Medplum names the same thing `profile`.
  const fhirUser = relativeReference(payload.fhirUser) ?? relativeReference(payload.profile);
  return {
    ...(patient ? { patient } : {}),
    ...(fhirUser ? { fhirUser } : {}),
    ...(typeof payload.exp === 'number' ? { exp: payload.exp } : {}),
  };
}
