import type { Resource } from '@medplum/fhirtypes';

/**
 * The one operation every FHIR server offers, whatever carries it: HTTP to an EHR or the
 * companion server, or a direct call into the embedded store. `url` is relative to the base.
 */
export interface FhirRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body?: Resource;
  headers?: Record<string, string>;
}

export interface FhirResponse {
  status: number;
  body: Resource | undefined;
  headers: Record<string, string>;
}

export interface FhirClient {
  /** Absolute base URL when there is one (the embedded store has none). */
  readonly baseUrl: string | undefined;
  request(req: FhirRequest): Promise<FhirResponse>;
}

/**
 * The outcome of a request is unknown: it timed out, or the connection failed after the
 * request may have reached the server. Repeating the write blindly could duplicate it.
 */
export class UncertainOutcomeError extends Error {
  override name = 'UncertainOutcomeError';
  readonly kind: 'timeout' | 'network';

  constructor(kind: 'timeout' | 'network', message: string) {
    super(message);
    this.kind = kind;
  }
}
