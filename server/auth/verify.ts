/**
 * Bearer token verification against the FHIR server the session names. The server never trusts
 * what a token says about itself: it asks the FHIR server to read the patient (and the encounter
 * and the clinician, when given) with that token. A verified combination is cached briefly by
 * the token's SHA-256, never by the token itself.
 *
 * Only allowlisted bases reach this module, ids are checked against FHIR's id syntax before they
 * become a path, and redirects are never followed — so no request goes to any other host.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ApiError } from '../routes/errors.ts';

/** FHIR R4 `id`: 1–64 of A–Z, a–z, 0–9, `-`, `.`. */
export const FhirId = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/, 'must be a FHIR id (1-64 of A-Z a-z 0-9 - .)');

const USER_TYPES = ['Practitioner', 'PractitionerRole', 'Patient', 'RelatedPerson', 'Person'] as const;
export const FhirUserRef = z
  .string()
  .max(200)
  .regex(
    new RegExp(`^(${USER_TYPES.join('|')})/[A-Za-z0-9\\-.]{1,64}$`),
    `must be a reference like Practitioner/123 (one of ${USER_TYPES.join(', ')})`,
  );

/** RFC 6750 b64token: what an access token may contain. */
const TOKEN_SYNTAX = /^[A-Za-z0-9\-._~+/]+=*$/;
const MAX_TOKEN_LENGTH = 8192;
const MAX_FHIR_RESPONSE_BYTES = 1_000_000;
/** Share of a verified entry's lifetime after which it is refreshed ahead, in the background. */
const REFRESH_AHEAD = 0.75;

export interface VerifyRequest {
  /** Already normalised and allowlisted. */
  fhirBaseUrl: string;
  token: string;
  patientId: string;
  encounterId?: string;
  /** Relative reference, e.g. `Practitioner/123`. */
  fhirUser?: string;
}

export interface TokenVerifier {
  /** Resolves when the FHIR server accepts the token for every resource named; throws `ApiError` otherwise. */
  verify(request: VerifyRequest): Promise<void>;
}

export interface TokenVerifierOptions {
  fetch: typeof fetch;
  /** How long a verified combination is trusted (0 disables the cache). */
  ttlMs: number;
  /** How long a definitive rejection is remembered, so a bad token cannot make us hammer the EHR. */
  negativeTtlMs?: number;
  timeoutMs?: number;
  maxEntries?: number;
  now?: () => number;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Parses `Authorization: Bearer <token>`; 401 with a plain reason otherwise. */
export function bearerToken(header: string | undefined): string {
  if (!header) {
    throw new ApiError(401, 'missing_token', 'Send the SMART access token as Authorization: Bearer <token>.', {
      'WWW-Authenticate': 'Bearer',
    });
  }
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  const token = match?.[1];
  if (!token || token.length > MAX_TOKEN_LENGTH || !TOKEN_SYNTAX.test(token)) {
    throw new ApiError(
      401,
      'invalid_token',
      'The Authorization header must be "Bearer <token>" with a well-formed token.',
      {
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      },
    );
  }
  return token;
}

async function readLimited(response: Response): Promise<unknown> {
  const reader = response.body?.getReader();
  if (!reader) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_FHIR_RESPONSE_BYTES) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

function sameReference(reference: unknown, base: string, expected: string): boolean {
  if (typeof reference !== 'string') return false;
  return reference === expected || reference === `${base}/${expected}`;
}

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 5000;
  const maxEntries = options.maxEntries ?? 50_000;
  const negativeTtlMs = options.negativeTtlMs ?? 5000;
  const verified = new Map<string, { until: number; refreshFrom: number }>();
  const rejected = new Map<string, { until: number; error: ApiError }>();
  const inFlight = new Map<string, Promise<void>>();

  function remember<V>(map: Map<string, V>, key: string, value: V) {
    map.delete(key);
    map.set(key, value);
    if (map.size > maxEntries) {
      const oldest = map.keys().next().value;
      if (oldest !== undefined) map.delete(oldest);
    }
  }

  /** Reads one resource with the token; returns it, or throws the `ApiError` the caller should see. */
  async function read(base: string, token: string, type: string, id: string): Promise<Record<string, unknown>> {
    let response: Response;
    try {
      response = await options.fetch(`${base}/${type}/${id}`, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json' },
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      throw new ApiError(
        timedOut ? 504 : 502,
        'fhir_unavailable',
        timedOut
          ? `The FHIR server at ${base} did not answer within ${timeoutMs} ms; try again.`
          : `The FHIR server at ${base} could not be reached; try again.`,
      );
    }
    if (response.status === 401) {
      await response.body?.cancel();
      throw new ApiError(
        401,
        'invalid_token',
        `The FHIR server at ${base} did not accept this access token (expired, revoked or issued by another server). Launch the app again from the EHR.`,
        { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
      );
    }
    if (response.status === 403 || response.status === 404 || response.status === 410) {
      await response.body?.cancel();
      throw new ApiError(
        403,
        type === 'Patient' ? 'patient_not_accessible' : `${type.toLowerCase()}_not_accessible`,
        `This access token does not give access to ${type}/${id} on ${base} (HTTP ${response.status}).`,
      );
    }
    if (response.status >= 500 || response.status === 429) {
      await response.body?.cancel();
      throw new ApiError(
        502,
        'fhir_unavailable',
        `The FHIR server at ${base} answered HTTP ${response.status}; try again.`,
      );
    }
    const body = response.status === 200 ? await readLimited(response) : (await response.body?.cancel(), undefined);
    if (
      typeof body !== 'object' ||
      body === null ||
      Array.isArray(body) ||
      (body as { resourceType?: unknown }).resourceType !== type ||
      (body as { id?: unknown }).id !== id
    ) {
      throw new ApiError(
        403,
        'token_not_verified',
        `The FHIR server at ${base} did not return ${type}/${id} for this token (HTTP ${response.status}), so the token could not be verified.`,
      );
    }
    return body as Record<string, unknown>;
  }

  async function check(request: VerifyRequest): Promise<void> {
    const { fhirBaseUrl: base, token, patientId, encounterId, fhirUser } = request;
    // The reads go out together (one round trip to the EHR instead of three, on every launch);
    // their outcomes are judged in a fixed order, so the error a caller sees does not depend on
    // which answer came first.
    const [patient, encounter, user] = await Promise.allSettled([
      read(base, token, 'Patient', patientId),
      encounterId ? read(base, token, 'Encounter', encounterId) : undefined,
      fhirUser ? read(base, token, ...(fhirUser.split('/') as [string, string])) : undefined,
    ]);
    if (patient.status === 'rejected') throw patient.reason;
    if (encounter.status === 'rejected') throw encounter.reason;
    if (encounter.value) {
      const subject = (encounter.value.subject as { reference?: unknown } | undefined)?.reference;
      if (!sameReference(subject, base, `Patient/${patientId}`)) {
        throw new ApiError(
          403,
          'encounter_mismatch',
          `Encounter/${encounterId} is not an encounter of Patient/${patientId}.`,
        );
      }
    }
    if (user.status === 'rejected') throw user.reason;
  }

  /** Runs (once per key at a time) the check against the FHIR server and records its outcome. */
  function revalidate(key: string, request: VerifyRequest): Promise<void> {
    let pending = inFlight.get(key);
    if (pending) return pending;
    pending = check(request)
      .then(
        () => {
          if (options.ttlMs > 0) {
            // Lifetimes are spread by up to a tenth, so sessions opened together do not all
            // come due together.
            const lifetime = options.ttlMs * (0.9 + Math.random() * 0.1);
            const at = now();
            remember(verified, key, { until: at + lifetime, refreshFrom: at + lifetime * REFRESH_AHEAD });
          }
          rejected.delete(key);
        },
        (error: unknown) => {
          if (error instanceof ApiError && error.status < 500) {
            verified.delete(key);
            remember(rejected, key, { until: now() + negativeTtlMs, error });
          }
          throw error;
        },
      )
      .finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
    return pending;
  }

  return {
    async verify(request) {
      const key = [
        hashToken(request.token),
        request.fhirBaseUrl,
        request.patientId,
        request.encounterId ?? '',
        request.fhirUser ?? '',
      ].join('|');
      const t = now();
      const entry = verified.get(key);
      if (entry && entry.until > t) {
        // Late in its lifetime, an entry in use is checked again in the background, so an
        // active session never waits for the EHR; the entry still ends at `until` at the latest.
        if (t >= entry.refreshFrom && !inFlight.has(key)) revalidate(key, request).catch(() => undefined);
        return;
      }
      const refused = rejected.get(key);
      if (refused && refused.until > t) throw refused.error;
      await revalidate(key, request);
    },
  };
}
