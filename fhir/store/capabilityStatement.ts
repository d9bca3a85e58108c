import type {
  CapabilityStatement,
  CapabilityStatementRestInteraction,
  CapabilityStatementRestResource,
  CapabilityStatementRestResourceInteraction,
  CapabilityStatementRestResourceSearchParam,
} from '@medplum/fhirtypes';
import { getSearchParameters } from '@medplum/core';
import { listR4ResourceTypes } from './definitions.ts';

export type TypeInteraction = CapabilityStatementRestResourceInteraction['code'];
export type SystemInteraction = CapabilityStatementRestInteraction['code'];

export const ALL_TYPE_INTERACTIONS: readonly TypeInteraction[] = [
  'read',
  'vread',
  'update',
  'patch',
  'delete',
  'history-instance',
  'create',
  'search-type',
];

export type CapabilityOptions = {
  baseUrl?: string;
  softwareName?: string;
  /** Interactions allowed on one resource type; all of them by default. */
  typeInteractions?: (resourceType: string) => readonly TypeInteraction[];
  systemInteractions?: readonly SystemInteraction[];
  /** Whether `If-None-Exist` is honoured on create; true by default. */
  conditionalCreate?: boolean;
  /** List every search parameter of every type with its definition, as Medplum does (~300 kB). */
  searchParams?: boolean;
  /** Extra `rest.security` (e.g. the SMART OAuth URIs), set by the HTTP layer that owns them. */
  security?: NonNullable<CapabilityStatement['rest']>[number]['security'];
};

/** The CapabilityStatement of a store, listing per resource type only what it accepts. */
export function buildCapabilityStatement(options: CapabilityOptions = {}): CapabilityStatement {
  const typeInteractions = options.typeInteractions ?? (() => ALL_TYPE_INTERACTIONS);
  const resource: CapabilityStatementRestResource[] = listR4ResourceTypes().map((type) => {
    const interactions = typeInteractions(type);
    return {
      type: type as CapabilityStatementRestResource['type'],
      interaction: interactions.map((code) => ({ code })),
      versioning: 'versioned',
      readHistory: interactions.includes('vread'),
      updateCreate: false,
      conditionalCreate: (options.conditionalCreate ?? true) && interactions.includes('create'),
      conditionalUpdate: interactions.includes('update'),
      conditionalDelete: interactions.includes('delete') ? 'single' : 'not-supported',
      ...(options.searchParams ? { searchParam: searchParamsOf(type) } : {}),
    };
  });
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: new Date().toISOString(),
    kind: 'instance',
    software: { name: options.softwareName ?? 'Session Copilot FHIR store (Medplum fhir-router)' },
    implementation: { description: options.softwareName ?? 'Session Copilot FHIR store', url: options.baseUrl },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        security: options.security,
        resource,
        interaction: (options.systemInteractions ?? ['transaction', 'batch', 'search-system']).map((code) => ({
          code,
        })),
      },
    ],
  };
}

function searchParamsOf(type: string): CapabilityStatementRestResourceSearchParam[] {
  return Object.values(getSearchParameters(type) ?? {}).map((p) => ({
    name: p.code,
    definition: p.url,
    type: p.type,
  }));
}
