/**
 * A `MedplumClient` for Medplum's React components, pointed at the EHR the app was launched from
 * and using the launch's own SMART access token. It only reads: the browser never writes to the
 * chart (approved writes go through the server's exactly-once path), so any other method is
 * refused before it leaves the page.
 */
import { ClientStorage, MedplumClient, MemoryStorage } from '@medplum/core';

const READS = new Set(['GET', 'HEAD']);

export class ReadOnlyError extends Error {
  override name = 'ReadOnlyError';
}

/** `https://ehr.example/api/FHIR/R4` → Medplum's base URL and FHIR path. */
export function splitFhirBase(fhirBaseUrl: string): { baseUrl: string; fhirUrlPath: string } {
  const url = new URL(fhirBaseUrl);
  return { baseUrl: `${url.origin}/`, fhirUrlPath: url.pathname.replace(/^\/+|\/+$/g, '') };
}

/**
 * The fetch Medplum is given: GET and HEAD only, the current access token (refreshed by
 * fhirclient when due), and no cookies — the app runs in a third-party frame and EHRs answer
 * CORS with a wildcard origin.
 */
export function readOnlyFetch(
  getToken: () => Promise<string>,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): (url: string, init?: RequestInit) => Promise<Response> {
  return async (url, init = {}) => {
    const method = (init.method ?? 'GET').toUpperCase();
    if (!READS.has(method)) {
      throw new ReadOnlyError(`The app reads the chart in the browser but never writes to it (${method} ${url}).`);
    }
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${await getToken()}`);
    return fetchImpl(url, { ...init, method, headers, credentials: 'omit' });
  };
}

export function createChartReader(fhirBaseUrl: string, getToken: () => Promise<string>): MedplumClient {
  return new MedplumClient({
    ...splitFhirBase(fhirBaseUrl),
    fetch: readOnlyFetch(getToken),
    // Nothing of the launch is kept in localStorage; the token stays with fhirclient.
    storage: new ClientStorage(new MemoryStorage()),
    // Medplum's own header would make every request a CORS preflight the EHR may refuse.
    extendedMode: false,
    autoBatchTime: 0,
  });
}
