/**
 * A small FHIR server double for server tests: a `fetch` that answers for one base URL with
 * bearer tokens it issued itself (patient-scoped or user-scoped, expiring) — JWT-shaped and
 * naming their user when they have one, as SMART servers that issue JWTs do, or opaque — and records
 * every request it receives. Any request to another host is recorded as a stray and fails, so
 * tests can prove the server never contacted it.
 */
import { randomBytes } from 'node:crypto';

export interface FakeToken {
  patient?: string;
  fhirUser?: string;
  expiresAt: number;
}

export interface FakeFhirRequest {
  url: string;
  method: string;
  authorization?: string;
  body?: string;
}

export interface FakeFhir {
  base: string;
  fetch: typeof fetch;
  requests: FakeFhirRequest[];
  /** Requests that went anywhere but `base`. */
  strays: FakeFhirRequest[];
  /** A token the double accepts; with a `fhirUser` it is a JWT carrying that claim unless `opaque`. */
  issueToken(claims: { patient?: string; fhirUser?: string; expiresInSeconds?: number; opaque?: boolean }): string;
  /** The EHR stops accepting the token (revoked, or the user signed out). */
  revokeToken(token: string): void;
  /** Replaces the answer for matching paths (for wrong-shape and fault tests). */
  override(handler: ((path: string) => Response | Promise<Response> | undefined) | undefined): void;
}

type Resource = Record<string, unknown> & { resourceType: string; id: string };

export const PATIENTS: Resource[] = [
  {
    resourceType: 'Patient',
    id: 'pat-1',
    name: [{ given: ['Marisol'], family: 'Quintanilla-Okafor' }],
    birthDate: '1987-03-14',
    telecom: [{ system: 'phone', value: '555-201-7788' }],
    identifier: [{ system: 'urn:mrn', value: 'MRN-4471920' }],
  },
  { resourceType: 'Patient', id: 'pat-2', name: [{ given: ['Theo'], family: 'Lindqvist' }] },
];
export const PRACTITIONERS: Resource[] = [
  { resourceType: 'Practitioner', id: 'prac-1', name: [{ given: ['Ada'], family: 'Okonkwo-Reyes' }] },
  { resourceType: 'Practitioner', id: 'prac-2', name: [{ given: ['Ben'], family: 'Halvorsen' }] },
];
export const ENCOUNTERS: Resource[] = [
  { resourceType: 'Encounter', id: 'enc-1', status: 'in-progress', subject: { reference: 'Patient/pat-1' } },
  { resourceType: 'Encounter', id: 'enc-2', status: 'in-progress', subject: { reference: 'Patient/pat-2' } },
];
export const RELATED: Resource[] = [
  {
    resourceType: 'RelatedPerson',
    id: 'rp-1',
    patient: { reference: 'Patient/pat-1' },
    name: [{ given: ['Dariusz'], family: 'Quintanilla' }],
  },
];

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/fhir+json' } });
}

export function createFakeFhir(base = 'http://localhost:3100/fhir/R4', now: () => number = Date.now): FakeFhir {
  const tokens = new Map<string, FakeToken>();
  const requests: FakeFhirRequest[] = [];
  const strays: FakeFhirRequest[] = [];
  let override: ((path: string) => Response | Promise<Response> | undefined) | undefined;
  const all = [...PATIENTS, ...PRACTITIONERS, ...ENCOUNTERS, ...RELATED];

  const fakeFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const record: FakeFhirRequest = {
      url: request.url,
      method: request.method,
      ...(request.headers.get('authorization')
        ? { authorization: request.headers.get('authorization') as string }
        : {}),
      ...(request.body ? { body: await request.text() } : {}),
    };
    if (!request.url.startsWith(`${base}/`)) {
      strays.push(record);
      throw new TypeError(`fetch failed: the test FHIR double does not serve ${new URL(request.url).origin}`);
    }
    requests.push(record);
    const url = new URL(request.url);
    const path = url.pathname.slice(new URL(base).pathname.length + 1);
    const replaced = await override?.(path);
    if (replaced) return replaced;

    const token = /^Bearer (.+)$/.exec(record.authorization ?? '')?.[1];
    const grant = token ? tokens.get(token) : undefined;
    if (!grant || grant.expiresAt <= now())
      return json(401, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login' }] });

    const forbidden = () =>
      json(403, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'forbidden' }] });
    if (path === 'RelatedPerson') {
      const patient = url.searchParams.get('patient');
      if (grant.patient && patient !== grant.patient) return forbidden();
      const entry = RELATED.filter((r) => (r.patient as { reference: string }).reference === `Patient/${patient}`).map(
        (resource) => ({ resource }),
      );
      return json(200, { resourceType: 'Bundle', type: 'searchset', entry });
    }
    const [type, id] = path.split('/');
    const resource = all.find((r) => r.resourceType === type && r.id === id);
    if (!resource)
      return json(404, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found' }] });
    if (grant.patient) {
      if (type === 'Patient' && id !== grant.patient) return forbidden();
      if (type === 'Encounter' && (resource.subject as { reference: string }).reference !== `Patient/${grant.patient}`)
        return forbidden();
    }
    return json(200, resource);
  };

  return {
    base,
    fetch: fakeFetch,
    requests,
    strays,
    issueToken({ patient, fhirUser, expiresInSeconds = 3600, opaque = false }) {
      const exp = Math.floor((now() + expiresInSeconds * 1000) / 1000);
      const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      // Only the double can vouch for its tokens (it looks each one up), as only an issuer can
      // for a signed one; the signature part is random.
      const token =
        fhirUser && !opaque
          ? `${part({ alg: 'ES256', typ: 'at+jwt' })}.${part({ fhirUser, exp })}.${randomBytes(32).toString('base64url')}`
          : randomBytes(24).toString('base64url');
      tokens.set(token, {
        ...(patient ? { patient } : {}),
        ...(fhirUser ? { fhirUser } : {}),
        expiresAt: now() + expiresInSeconds * 1000,
      });
      return token;
    },
    revokeToken(token) {
      tokens.delete(token);
    },
    override(handler) {
      override = handler;
    },
  };
}
