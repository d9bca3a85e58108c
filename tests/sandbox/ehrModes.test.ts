import type { CapabilityStatement, DocumentReference, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../launch/sandbox/index.ts';
import { startSandbox } from '../../launch/sandbox/index.ts';
import { fhir } from './helpers.ts';

let epic: Sandbox;
let oracle: Sandbox;
let full: Sandbox;
const tokens = new Map<Sandbox, string>();

beforeAll(async () => {
  [epic, oracle, full] = await Promise.all([
    startSandbox({ mode: 'epic' }),
    startSandbox({ mode: 'oracle' }),
    startSandbox({ mode: 'full' }),
  ]);
  for (const s of [epic, oracle, full]) {
    tokens.set(
      s,
      await s.issueToken({
        scope: 'launch openid fhirUser user/*.cruds',
        patient: 'p01',
        fhirUser: 'Practitioner/lindqvist',
      }),
    );
  }
});
afterAll(() => Promise.all([epic?.close(), oracle?.close(), full?.close()]));

const note = (overrides: Partial<DocumentReference> = {}): DocumentReference => ({
  resourceType: 'DocumentReference',
  status: 'current',
  docStatus: 'final',
  type: { coding: [{ system: 'http://loinc.org', code: '11506-3' }] },
  subject: { reference: 'Patient/p01' },
  author: [{ reference: 'Practitioner/lindqvist' }],
  context: {
    encounter: [{ reference: 'Encounter/n01-visit' }],
    period: { start: '2025-01-01T10:00:00Z', end: '2025-01-01T10:50:00Z' },
  },
  content: [
    { attachment: { contentType: 'text/plain; charset=utf-8', data: Buffer.from('Session note').toString('base64') } },
  ],
  ...overrides,
});

const consent: Resource = {
  resourceType: 'Consent',
  status: 'active',
  scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'treatment' }] },
  category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }],
  patient: { reference: 'Patient/p01' },
  policyRule: { coding: [{ code: 'OPTIN' }] },
};
const carePlan: Resource = {
  resourceType: 'CarePlan',
  status: 'active',
  intent: 'plan',
  subject: { reference: 'Patient/p01' },
};
const provenance: Resource = {
  resourceType: 'Provenance',
  target: [{ reference: 'DocumentReference/n01' }],
  recorded: '2025-01-01T10:50:00Z',
  agent: [{ who: { reference: 'Practitioner/lindqvist' } }],
};
const transaction: Resource = {
  resourceType: 'Bundle',
  type: 'transaction',
  entry: [{ resource: carePlan, request: { method: 'POST', url: 'CarePlan' } }],
};

const post = (s: Sandbox, path: string, body: Resource, headers: Record<string, string> = {}) =>
  fhir(s, path, tokens.get(s), { method: 'POST', body: JSON.stringify(body), headers });

async function capability(s: Sandbox): Promise<CapabilityStatement> {
  return (await fetch(`${s.fhirBase}/metadata`)).json() as Promise<CapabilityStatement>;
}
const interactionsOf = (cs: CapabilityStatement, type: string) =>
  cs.rest?.[0]?.resource?.find((r) => r.type === type)?.interaction?.map((i) => i.code) ?? [];

describe('Epic-like mode', () => {
  it('takes a clinical note', async () => {
    expect((await post(epic, 'DocumentReference', note())).status).toBe(201);
  });

  it('refuses Consent, CarePlan and Provenance create, and transactions, like Epic', async () => {
    for (const [type, body] of [
      ['Consent', consent],
      ['CarePlan', carePlan],
      ['Provenance', provenance],
    ] as const) {
      const res = await post(epic, type, body);
      expect(res.status).toBe(405);
      expect(res.body.resourceType).toBe('OperationOutcome');
      expect(res.body.issue[0].diagnostics).toContain(`create on ${type}`);
    }
    expect((await post(epic, '', transaction)).status).toBe(405);
  });

  it('ignores If-None-Exist, as a server without conditional create does', async () => {
    const headers = { 'If-None-Exist': 'identifier=urn:test|epic-dup' };
    const body = note({ identifier: [{ system: 'urn:test', value: 'epic-dup' }] });
    expect((await post(epic, 'DocumentReference', body, headers)).status).toBe(201);
    expect((await post(epic, 'DocumentReference', body, headers)).status).toBe(201);
  });

  it("refuses a note whose encounter is not the patient's", async () => {
    const res = await post(
      epic,
      'DocumentReference',
      note({ context: { encounter: [{ reference: 'Encounter/n03-visit' }] } }),
    );
    expect(res.status).toBe(422);
  });

  it('says all of this in its CapabilityStatement', async () => {
    const cs = await capability(epic);
    expect(cs.software?.name).toContain('epic');
    expect(interactionsOf(cs, 'DocumentReference')).toEqual(expect.arrayContaining(['create', 'read', 'search-type']));
    for (const type of ['Consent', 'CarePlan', 'Provenance']) {
      expect(interactionsOf(cs, type)).not.toContain('create');
      expect(interactionsOf(cs, type)).toContain('read');
    }
    expect(cs.rest?.[0]?.interaction ?? []).toHaveLength(0);
    expect(cs.rest?.[0]?.resource?.find((r) => r.type === 'DocumentReference')?.conditionalCreate).toBe(false);
  });
});

describe('Oracle Health-like mode', () => {
  it('takes a note and a Provenance but refuses Consent, CarePlan and transactions', async () => {
    expect((await post(oracle, 'DocumentReference', note())).status).toBe(201);
    expect((await post(oracle, 'Provenance', provenance)).status).toBe(201);
    expect((await post(oracle, 'Consent', consent)).status).toBe(405);
    expect((await post(oracle, 'CarePlan', carePlan)).status).toBe(405);
    expect((await post(oracle, '', transaction)).status).toBe(405);
  });

  it('refuses a draft note and a note by someone other than the signed-in clinician', async () => {
    expect((await post(oracle, 'DocumentReference', note({ docStatus: 'preliminary' }))).status).toBe(422);
    expect(
      (await post(oracle, 'DocumentReference', note({ author: [{ reference: 'Practitioner/osei' }] }))).status,
    ).toBe(422);
  });

  it('lists Provenance create but not Consent or CarePlan create', async () => {
    const cs = await capability(oracle);
    expect(cs.software?.name).toContain('oracle');
    expect(interactionsOf(cs, 'Provenance')).toContain('create');
    expect(interactionsOf(cs, 'Consent')).not.toContain('create');
    expect(interactionsOf(cs, 'CarePlan')).not.toContain('create');
    expect(cs.rest?.[0]?.interaction ?? []).toHaveLength(0);
  });
});

describe('Full mode', () => {
  it('takes everything, transactions included', async () => {
    expect((await post(full, 'Consent', consent)).status).toBe(201);
    expect((await post(full, 'CarePlan', carePlan)).status).toBe(201);
    expect((await post(full, 'Provenance', provenance)).status).toBe(201);
    expect((await post(full, '', transaction)).status).toBe(200);
  });
});
