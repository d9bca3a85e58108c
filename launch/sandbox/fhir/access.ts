import type { Bundle, BundleEntry, OperationOutcome, Resource } from '@medplum/fhirtypes';
import type { FhirStore, FhirStoreRequest, FhirStoreResponse } from '../../../fhir/store/index.ts';
import { outcome } from '../../../fhir/store/index.ts';
import type { ResourceScope } from '../auth/scopes.ts';
import { permittingContext } from '../auth/scopes.ts';
import type { AccessTokenPayload } from '../auth/tokens.ts';
import type { Resolver } from './compartment.ts';
import { belongsTo, patientSearchParam } from './compartment.ts';
import type { FhirInteraction } from './request.ts';
import { classify } from './request.ts';

export type Caller = { token: AccessTokenPayload; scopes: readonly ResourceScope[] };

type Denied = { denied: FhirStoreResponse };
type Allowed = { restrictTo?: string };

export function forbidden(message: string): FhirStoreResponse {
  return {
    status: 403,
    body: outcome('error', 'forbidden', message),
    headers: { 'content-type': 'application/fhir+json; charset=utf-8' },
  };
}

/** Whether the token's scopes allow an interaction, and whether only the launch patient's records. */
export function scopeDecision(caller: Caller, interaction: FhirInteraction): Allowed | Denied {
  if (interaction.kind === 'type') {
    const context = permittingContext(caller.scopes, interaction.resourceType, interaction.operation);
    if (!context) {
      return {
        denied: forbidden(
          `The access token's scopes do not allow "${interaction.operation}" on ${interaction.resourceType} (granted: ${caller.token.scope}).`,
        ),
      };
    }
    if (context !== 'patient') {
      return {};
    }
    if (!caller.token.patient) {
      return {
        denied: forbidden('Patient-level scopes need a patient in the launch context, and this token has none.'),
      };
    }
    if (interaction.conditional || interaction.interaction === 'patch') {
      return {
        denied: forbidden(
          `Conditional writes and PATCH need user-level scopes; with patient-level scopes address the resource by id.`,
        ),
      };
    }
    return { restrictTo: caller.token.patient };
  }
  if (interaction.kind === 'unknown') {
    return {
      denied: {
        status: 400,
        body: outcome(
          'error',
          'not-supported',
          'This FHIR server does not support that request; see its CapabilityStatement at /metadata.',
        ),
        headers: { 'content-type': 'application/fhir+json; charset=utf-8' },
      },
    };
  }
  if (interaction.kind === 'search-system' || interaction.kind === 'operation') {
    const canRead = permittingContext(caller.scopes, '*', 'r');
    const canSearch = permittingContext(caller.scopes, '*', 's');
    if (canRead && canRead !== 'patient' && canSearch && canSearch !== 'patient') {
      return {};
    }
    return {
      denied: forbidden(
        'System-wide searches and operations need user/*.rs or system/*.rs; search one resource type instead.',
      ),
    };
  }
  return {};
}

function resolverFor(store: FhirStore, bundle?: Bundle): Resolver {
  const inBundle = new Map(
    (bundle?.entry ?? [])
      .filter((e) => e.fullUrl && e.resource)
      .map((e) => [e.fullUrl as string, e.resource as Resource]),
  );
  return async (reference) => {
    const local = inBundle.get(reference);
    if (local) {
      return local;
    }
    const [type, id] = reference.split('/').slice(-2);
    if (!type || !id) {
      return undefined;
    }
    try {
      return await store.repo.readResource(type, id);
    } catch {
      return undefined;
    }
  };
}

function withPatientFilter(url: string, resourceType: string, patientId: string): string {
  const param = patientSearchParam(resourceType);
  if (!param) {
    return url;
  }
  const [path, query = ''] = url.split('?');
  const params = new URLSearchParams(query);
  params.append(param, param === '_id' ? patientId : `Patient/${patientId}`);
  return `${path}?${params.toString()}`;
}

async function filterSearchset(bundle: Bundle, patientId: string, resolve: Resolver): Promise<Bundle> {
  const kept: BundleEntry[] = [];
  let removedMatches = 0;
  for (const entry of bundle.entry ?? []) {
    if (!entry.resource || (await belongsTo(entry.resource, patientId, resolve))) {
      kept.push(entry);
    } else if (entry.search?.mode !== 'include') {
      removedMatches++;
    }
  }
  return {
    ...bundle,
    entry: kept.length ? kept : undefined,
    ...(bundle.total !== undefined ? { total: Math.max(0, bundle.total - removedMatches) } : {}),
  };
}

const outsidePatient = (patientId: string): FhirStoreResponse =>
  forbidden(`This token is limited to Patient/${patientId}; the resource belongs to another patient.`);

/** Checks a request by a patient-limited token before it runs; may narrow a search's URL. */
async function precheck(
  interaction: Extract<FhirInteraction, { kind: 'type' }>,
  req: FhirStoreRequest,
  patientId: string,
  resolve: Resolver,
): Promise<{ url: string } | Denied> {
  const { resourceType, id } = interaction;
  if (interaction.interaction === 'search-type') {
    return { url: withPatientFilter(req.url, resourceType, patientId) };
  }
  const body = req.body as Resource | undefined;
  if ((interaction.interaction === 'create' || interaction.interaction === 'update') && body?.resourceType) {
    if (!(await belongsTo(body, patientId, resolve))) {
      return { denied: outsidePatient(patientId) };
    }
  }
  if (id && (interaction.interaction === 'update' || interaction.interaction === 'delete')) {
    const existing = await resolve(`${resourceType}/${id}`);
    if (existing && !(await belongsTo(existing, patientId, resolve))) {
      return { denied: outsidePatient(patientId) };
    }
  }
  return { url: req.url };
}

/** Checks what came back: a read or conditional create must not reveal another patient's record. */
async function postcheck(
  response: FhirStoreResponse,
  patientId: string,
  resolve: Resolver,
): Promise<FhirStoreResponse> {
  const body = response.body;
  if (response.status >= 300 || body.resourceType === 'OperationOutcome') {
    return response;
  }
  if (body.resourceType === 'Bundle' && (body.type === 'searchset' || body.type === 'history')) {
    if (body.type === 'history') {
      const current = body.entry?.find((e) => e.resource)?.resource;
      return current && !(await belongsTo(current, patientId, resolve)) ? outsidePatient(patientId) : response;
    }
    return { ...response, body: await filterSearchset(body, patientId, resolve) };
  }
  return (await belongsTo(body, patientId, resolve)) ? response : outsidePatient(patientId);
}

export type GuardedStore = {
  /** Runs one request for a caller, enforcing scopes and, for patient-level scopes, the patient compartment. */
  run(req: FhirStoreRequest, caller: Caller): Promise<FhirStoreResponse>;
};

export function guardStore(store: FhirStore, fhirBase: string): GuardedStore {
  const relative = (url: string): string =>
    (url.startsWith(fhirBase) ? url.slice(fhirBase.length) : url).replace(/^\/+/, '');

  const runBundle = async (req: FhirStoreRequest, caller: Caller): Promise<FhirStoreResponse> => {
    const bundle = req.body as Bundle | undefined;
    if (bundle?.resourceType !== 'Bundle') {
      return store.handle(req);
    }
    const resolve = resolverFor(store, bundle);
    const restrictions: (string | undefined)[] = [];
    const entries: BundleEntry[] = [];
    for (const [index, entry] of (bundle.entry ?? []).entries()) {
      const method = entry.request?.method ?? 'GET';
      const url = relative(entry.request?.url ?? '');
      const interaction = classify(method, url);
      if (interaction.kind === 'bundle') {
        return forbidden(`Bundle.entry[${index}]: nested batches are not accepted.`);
      }
      const decision = scopeDecision(caller, interaction);
      if ('denied' in decision) {
        return forbidden(
          `Bundle.entry[${index}] (${method} ${url}): ${(decision.denied.body as OperationOutcome).issue?.[0]?.diagnostics}`,
        );
      }
      restrictions.push(decision.restrictTo);
      let entryUrl = url;
      if (decision.restrictTo && interaction.kind === 'type') {
        const checked = await precheck(
          interaction,
          { method, url, body: entry.resource },
          decision.restrictTo,
          resolve,
        );
        if ('denied' in checked) {
          return forbidden(
            `Bundle.entry[${index}] (${method} ${url}): ${(checked.denied.body as OperationOutcome).issue?.[0]?.diagnostics}`,
          );
        }
        entryUrl = checked.url;
      }
      entries.push({ ...entry, request: entry.request ? { ...entry.request, url: entryUrl } : entry.request });
    }
    const response = await store.handle({ ...req, body: { ...bundle, entry: entries } });
    const reply = response.body;
    if (reply.resourceType !== 'Bundle' || !restrictions.some(Boolean)) {
      return response;
    }
    const checkedEntries: BundleEntry[] = [];
    for (const [index, entry] of (reply.entry ?? []).entries()) {
      const patientId = restrictions[index];
      if (!patientId || !entry.resource) {
        checkedEntries.push(entry);
        continue;
      }
      const status = Number.parseInt(entry.response?.status ?? '200', 10);
      const checked = await postcheck({ status, body: entry.resource, headers: {} }, patientId, resolverFor(store));
      checkedEntries.push(
        checked.status === 403
          ? { resource: checked.body, response: { status: '403 Forbidden', outcome: checked.body as OperationOutcome } }
          : { ...entry, resource: checked.body },
      );
    }
    return { ...response, body: { ...reply, entry: checkedEntries } };
  };

  return {
    async run(req, caller) {
      const interaction = classify(req.method, req.url);
      if (interaction.kind === 'bundle') {
        return runBundle(req, caller);
      }
      const decision = scopeDecision(caller, interaction);
      if ('denied' in decision) {
        return decision.denied;
      }
      if (!decision.restrictTo || interaction.kind !== 'type') {
        return store.handle(req);
      }
      const resolve = resolverFor(store);
      const checked = await precheck(interaction, req, decision.restrictTo, resolve);
      if ('denied' in checked) {
        return checked.denied;
      }
      const response = await store.handle({ ...req, url: checked.url });
      return postcheck(response, decision.restrictTo, resolve);
    },
  };
}
