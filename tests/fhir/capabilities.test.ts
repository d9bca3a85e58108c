import { describe, expect, test } from 'vitest';
import type { CapabilityStatement } from '@medplum/fhirtypes';
import { canSearchBy, CapabilityError, createCapabilityReader, deriveCapabilities } from '../../fhir/capabilities.ts';
import type { FhirClient, FhirRequest } from '../../fhir/fhirClient.ts';
import { selectStrategy } from '../../fhir/strategies/select.ts';

type Interaction = 'create' | 'update' | 'read' | 'search-type';

function statement(
  resources: Record<string, Interaction[]>,
  options: { transaction?: boolean; conditional?: boolean; searchParams?: Record<string, string[]> } = {},
): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: '2026-01-01',
    kind: 'instance',
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        interaction: options.transaction ? [{ code: 'transaction' }, { code: 'batch' }] : [],
        resource: Object.entries(resources).map(([type, codes]) => ({
          type: type as 'Patient',
          interaction: codes.map((code) => ({ code })),
          conditionalCreate: options.conditional ?? false,
          searchParam: (options.searchParams?.[type] ?? []).map((name) => ({ name, type: 'token' as const })),
        })),
      },
    ],
  };
}

const ALL: Interaction[] = ['create', 'update', 'read', 'search-type'];
const MEDPLUM = statement(
  { DocumentReference: ALL, CarePlan: ALL, Consent: ALL, Provenance: ALL, Device: ALL },
  { transaction: true, conditional: true },
);
const EPIC = statement({
  DocumentReference: ['create', 'read', 'search-type'],
  Consent: ['read', 'search-type'],
  CarePlan: ['read'],
  Provenance: ['read'],
});
const ORACLE = statement({
  DocumentReference: ['create', 'update', 'read', 'search-type'],
  Provenance: ['create', 'read'],
  Consent: ['read', 'search-type'],
});

describe('reading what an EHR accepts', () => {
  test('derives writes, transactions and conditional create from the CapabilityStatement', () => {
    const caps = deriveCapabilities(MEDPLUM);
    expect(caps.transaction).toBe(true);
    expect([...caps.create].sort()).toEqual(['CarePlan', 'Consent', 'Device', 'DocumentReference', 'Provenance']);
    expect(caps.conditionalCreate.has('DocumentReference')).toBe(true);
    const epic = deriveCapabilities(EPIC);
    expect(epic.transaction).toBe(false);
    expect([...epic.create]).toEqual(['DocumentReference']);
    expect(epic.conditionalCreate.size).toBe(0);
  });

  test('chooses one transaction for Medplum-like servers, note + Provenance for Oracle, the note alone for Epic', () => {
    expect(selectStrategy(deriveCapabilities(MEDPLUM)).name).toBe('transaction');
    expect(selectStrategy(deriveCapabilities(ORACLE)).name).toBe('noteAndProvenance');
    expect(selectStrategy(deriveCapabilities(EPIC)).name).toBe('noteOnly');
  });

  test('does not use a transaction when the server cannot create every resource conditionally', () => {
    const noConditional = statement(
      { DocumentReference: ALL, CarePlan: ALL, Consent: ALL, Provenance: ALL, Device: ALL },
      { transaction: true, conditional: false },
    );
    expect(selectStrategy(deriveCapabilities(noConditional)).name).toBe('noteAndProvenance');
  });

  test('says plainly when an EHR cannot take a note at all', () => {
    expect(() => selectStrategy(deriveCapabilities(statement({ DocumentReference: ['read'] })))).toThrow(
      /does not accept DocumentReference create/,
    );
  });

  test('knows which search parameters a server lists', () => {
    const caps = deriveCapabilities(
      statement({ DocumentReference: ['search-type'] }, { searchParams: { DocumentReference: ['patient', 'date'] } }),
    );
    expect(canSearchBy(caps, 'DocumentReference', 'patient')).toBe(true);
    expect(canSearchBy(caps, 'DocumentReference', 'identifier')).toBe(false);
    expect(canSearchBy(caps, 'Provenance', 'target')).toBe(false);
  });

  test('reads the statement and the SMART configuration once, then serves them from the cache', async () => {
    const requests: string[] = [];
    const client: FhirClient = {
      baseUrl: 'https://ehr.example/fhir',
      async request(req: FhirRequest) {
        requests.push(req.url);
        if (req.url === 'metadata') return { status: 200, body: MEDPLUM, headers: {} };
        return {
          status: 200,
          body: { token_endpoint: 'https://ehr.example/token', capabilities: ['launch-ehr'] } as never,
          headers: {},
        };
      },
    };
    let now = 0;
    const reader = createCapabilityReader({ ttlMs: 1000, now: () => now });
    const first = await reader.get(client, 'ehr');
    await reader.get(client, 'ehr');
    expect(requests).toEqual(['metadata', '.well-known/smart-configuration']);
    expect(first.smart).toEqual({ tokenEndpoint: 'https://ehr.example/token', capabilities: ['launch-ehr'] });
    now = 2000;
    await reader.get(client, 'ehr');
    expect(requests).toHaveLength(4);
  });

  test('does not cache a failed read', async () => {
    let up = false;
    const client: FhirClient = {
      baseUrl: undefined,
      async request() {
        return up ? { status: 200, body: EPIC, headers: {} } : { status: 503, body: undefined, headers: {} };
      },
    };
    const reader = createCapabilityReader();
    await expect(reader.get(client, 'x')).rejects.toThrow(CapabilityError);
    up = true;
    expect((await reader.get(client, 'x')).create.has('DocumentReference')).toBe(true);
  });
});
