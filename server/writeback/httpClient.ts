import type { Resource } from '@medplum/fhirtypes';
import type { FhirClient, FhirRequest, FhirResponse } from '../../fhir/fhirClient.ts';
import { UncertainOutcomeError } from '../../fhir/fhirClient.ts';

/**
 * FHIR over HTTP with a bearer token: only to an allowlisted base, with a deadline on every
 * request. A timeout or a dropped connection is reported as an uncertain outcome (the write
 * may have happened), never as a plain failure.
 */

export class NotAllowlistedError extends Error {
  override name = 'NotAllowlistedError';
}

export interface HttpFhirClientOptions {
  baseUrl: string;
  /** Returns the allowlisted base `candidate` names, or undefined (see `FhirAllowlist.match`). */
  allow: (candidate: string) => string | undefined;
  /** Bearer token for each request (the clinician's SMART token, or a client-credentials token). */
  token: () => string | Promise<string>;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const FHIR_JSON = 'application/fhir+json';

export function createHttpFhirClient(options: HttpFhirClientOptions): FhirClient {
  const allowed = options.allow(options.baseUrl);
  if (!allowed) {
    throw new NotAllowlistedError(`FHIR base ${options.baseUrl} is not on the allowlist (FHIR_ALLOWLIST).`);
  }
  const base: string = allowed;
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 15_000;

  async function request(req: FhirRequest): Promise<FhirResponse> {
    const path = req.url.replace(/^\/+/, '');
    // A transaction or batch goes to the base itself.
    const url = path === '' ? base : `${base}/${path}`;
    // The resolved URL must stay under the base: no `..` or absolute URL can escape it.
    const resolved = new URL(url).href;
    if (resolved !== base && !resolved.startsWith(`${base}/`)) {
      throw new NotAllowlistedError(`Request path ${req.url} leaves the FHIR base.`);
    }
    const headers: Record<string, string> = {
      accept: FHIR_JSON,
      authorization: `Bearer ${await options.token()}`,
      ...req.headers,
    };
    if (req.body) headers['content-type'] = FHIR_JSON;
    const signal = AbortSignal.timeout(timeoutMs);
    let response: Response;
    try {
      response = await doFetch(url, {
        method: req.method,
        headers,
        body: req.body ? JSON.stringify(req.body) : undefined,
        signal,
        redirect: 'error',
      });
    } catch (err) {
      if (signal.aborted || (err instanceof Error && err.name === 'TimeoutError')) {
        throw new UncertainOutcomeError(
          'timeout',
          `${req.method} ${req.url.split('?')[0]} timed out after ${timeoutMs} ms`,
        );
      }
      throw new UncertainOutcomeError(
        'network',
        `${req.method} ${req.url.split('?')[0]} failed: ${(err as Error).message}`,
      );
    }
    let text: string;
    try {
      text = await response.text();
    } catch (err) {
      // Status received but the body was cut off: the server acted, the answer is lost.
      throw new UncertainOutcomeError(
        'network',
        `${req.method} ${req.url.split('?')[0]}: response cut off (${(err as Error).message})`,
      );
    }
    let body: Resource | undefined;
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text) as Resource;
      } catch {
        body = undefined;
      }
    }
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      responseHeaders[name.toLowerCase()] = value;
    });
    return { status: response.status, body, headers: responseHeaders };
  }

  return { baseUrl: base, request };
}
