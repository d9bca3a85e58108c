export type { CapabilityOptions, SystemInteraction, TypeInteraction } from './capabilityStatement.ts';
export { ALL_TYPE_INTERACTIONS, buildCapabilityStatement } from './capabilityStatement.ts';
export { listR4ResourceTypes, loadFhirDefinitions } from './definitions.ts';
export type { FhirStore, FhirStoreOptions, FhirStoreRequest, FhirStoreResponse } from './store.ts';
export type { StoreCodec } from './persistence.ts';
export { createFhirStore, outcome } from './store.ts';
export { TrackedRepository } from './trackedRepository.ts';
