import type { Bundle, BundleEntry, OperationOutcome, Resource } from '@medplum/fhirtypes';
import type { FhirStoreRequest, FhirStoreResponse } from '../../../fhir/store/index.ts';
import { permittingContext } from '../auth/scopes.ts';
import type { Caller } from './access.ts';
import { forbidden } from './access.ts';

/**
 * How a Medplum server (5.x, a project with Medplum's defaults) treats writes, as read in its
 * source (`packages/server/src/fhir/repo.ts`, `packages/fhir-router/src/batch.ts`):
 * - Strict mode is on: every URL in `meta.profile` is loaded as a StructureDefinition with the
 *   caller's own access, so a caller who may not read StructureDefinition is refused (403).
 * - A transaction Bundle runs entry by entry, each answered on its own in a
 *   `transaction-response`, unless the project has the `transaction-bundles` feature.
 * - With that feature, a transaction holding conditional entries needs strict isolation and is
 *   refused above 8 entries (Medplum's router, used by the sandbox store, enforces that itself).
 */

/** Medplum's answer to a write it may not do: a bare "Forbidden". */
const MEDPLUM_FORBIDDEN = forbidden('Forbidden');

/** 403 when `resource` names a profile the caller may not load. */
export function profileRefusal(caller: Caller, resource: unknown): FhirStoreResponse | undefined {
  const profiles = (resource as Resource | undefined)?.meta?.profile ?? [];
  if (profiles.length === 0) return undefined;
  return permittingContext(caller.scopes, 'StructureDefinition', 'r') ? undefined : MEDPLUM_FORBIDDEN;
}

/** The first entry of a Bundle whose profile the caller may not load, as a whole-Bundle refusal. */
export function bundleProfileRefusal(caller: Caller, bundle: Bundle): FhirStoreResponse | undefined {
  for (const entry of bundle.entry ?? []) {
    const refusal = profileRefusal(caller, entry.resource);
    if (refusal) return refusal;
  }
  return undefined;
}

function replaceUrns(value: unknown, assigned: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return assigned.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => replaceUrns(v, assigned));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceUrns(v, assigned)]));
  }
  return value;
}

function replaceUrnsInQuery(query: string, assigned: ReadonlyMap<string, string>): string {
  let out = query;
  for (const [urn, reference] of assigned) {
    out = out.replaceAll(urn, reference).replaceAll(encodeURIComponent(urn), encodeURIComponent(reference));
  }
  return out;
}

const RESOURCE_PATH = /([A-Z][A-Za-z]+\/[A-Za-z0-9\-.]+)(?:\/_history\/[^/]+)?$/;

/**
 * A Bundle run as Medplum runs one without `transaction-bundles`: each entry on its own through
 * `handleOne` (so every check of a single request applies), `urn:uuid` links rewritten to what
 * earlier entries became, and one answer per entry. Entries that fail leave the others written.
 */
export async function runEntryByEntry(
  bundle: Bundle,
  handleOne: (req: FhirStoreRequest) => Promise<FhirStoreResponse>,
): Promise<Bundle> {
  const assigned = new Map<string, string>();
  const answers: BundleEntry[] = [];
  for (const entry of bundle.entry ?? []) {
    const method = entry.request?.method ?? 'GET';
    const ifNoneExist = entry.request?.ifNoneExist;
    const response = await handleOne({
      method,
      url: entry.request?.url ?? '',
      body: replaceUrns(entry.resource, assigned),
      headers: ifNoneExist ? { 'if-none-exist': replaceUrnsInQuery(ifNoneExist, assigned) } : {},
    });
    const body = response.body;
    const ok = response.status < 300;
    const reference =
      ok && body.resourceType !== 'OperationOutcome' && body.id ? `${body.resourceType}/${body.id}` : undefined;
    if (reference && entry.fullUrl?.startsWith('urn:uuid:')) assigned.set(entry.fullUrl, reference);
    const location = response.headers.location ? RESOURCE_PATH.exec(response.headers.location)?.[0] : reference;
    answers.push({
      ...(ok && body.resourceType !== 'OperationOutcome' ? { resource: body } : {}),
      response: {
        status: String(response.status),
        ...(location ? { location } : {}),
        ...(ok ? {} : { outcome: body as OperationOutcome }),
      },
    });
  }
  return {
    resourceType: 'Bundle',
    type: bundle.type === 'batch' ? 'batch-response' : 'transaction-response',
    entry: answers,
  };
}
