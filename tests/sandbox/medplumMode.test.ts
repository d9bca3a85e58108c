import type { Bundle, BundleEntry, CapabilityStatement, DocumentReference, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../launch/sandbox/index.ts';
import { startSandbox } from '../../launch/sandbox/index.ts';
import { fhir } from './helpers.ts';

/** The app's own SMART scopes: no StructureDefinition among them. */
const APP_SCOPE =
  'launch openid fhirUser patient/DocumentReference.crus patient/CarePlan.crus patient/Provenance.crs user/Device.crs';

let medplum: Sandbox;
let strict: Sandbox;
let appToken: string;
let strictToken: string;

beforeAll(async () => {
  [medplum, strict] = await Promise.all([
    startSandbox({ mode: 'medplum' }),
    startSandbox({ mode: 'medplum', medplumFeatures: ['transaction-bundles'] }),
  ]);
  const claims = { scope: APP_SCOPE, patient: 'p01', fhirUser: 'Practitioner/lindqvist' };
  [appToken, strictToken] = await Promise.all([medplum.issueToken(claims), strict.issueToken(claims)]);
});
afterAll(() => Promise.all([medplum.close(), strict.close()]));

const note = (overrides: Partial<DocumentReference> = {}): DocumentReference => ({
  resourceType: 'DocumentReference',
  status: 'current',
  subject: { reference: 'Patient/p01' },
  content: [
    { attachment: { contentType: 'text/plain; charset=utf-8', data: Buffer.from('Session note').toString('base64') } },
  ],
  ...overrides,
});
const withProfile = note({
  meta: { profile: ['http://hl7.org/fhir/us/core/StructureDefinition/us-core-documentreference'] },
});
const carePlan: Resource = {
  resourceType: 'CarePlan',
  status: 'active',
  intent: 'plan',
  subject: { reference: 'Patient/p01' },
};

const post = (s: Sandbox, token: string, path: string, body: Resource) =>
  fhir(s, path, token, { method: 'POST', body: JSON.stringify(body) });

function transaction(entries: { resource: Resource; fullUrl?: string; ifNoneExist?: string }[]): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: entries.map((e) => ({
      fullUrl: e.fullUrl,
      resource: e.resource,
      request: { method: 'POST', url: e.resource.resourceType, ifNoneExist: e.ifNoneExist },
    })),
  };
}

describe('Medplum mode', () => {
  it('refuses a resource naming a profile when the token may not read StructureDefinition, as strict mode does', async () => {
    const refused = await post(medplum, appToken, 'DocumentReference', withProfile);
    expect(refused.status).toBe(403);
    const plain = await post(medplum, appToken, 'DocumentReference', note());
    expect(plain.status, JSON.stringify(plain.body)).toBe(201);
    const reader = await medplum.issueToken({
      scope: `${APP_SCOPE} user/StructureDefinition.rs`,
      patient: 'p01',
      fhirUser: 'Practitioner/lindqvist',
    });
    expect((await post(medplum, reader, 'DocumentReference', withProfile)).status).toBe(201);
  });

  it('runs a transaction entry by entry: a refused entry leaves the others written, each answered on its own', async () => {
    const res = await post(
      medplum,
      appToken,
      '',
      transaction([
        { resource: carePlan, fullUrl: 'urn:uuid:7c1f0d3e-0000-4000-8000-000000000001' },
        { resource: withProfile, fullUrl: 'urn:uuid:7c1f0d3e-0000-4000-8000-000000000002' },
      ]),
    );
    expect(res.status).toBe(200);
    const reply = res.body as Bundle;
    expect(reply.type).toBe('transaction-response');
    const statuses = (reply.entry ?? []).map((e: BundleEntry) => e.response?.status);
    expect(statuses).toEqual(['201', '403']);
    expect(reply.entry?.[0]?.response?.location).toMatch(/^CarePlan\//);
  });

  it('with transaction-bundles, a refused entry refuses the whole transaction', async () => {
    const res = await post(strict, strictToken, '', transaction([{ resource: carePlan }, { resource: withProfile }]));
    expect(res.status).toBe(403);
  });

  it('with transaction-bundles, a transaction of more than 8 conditional entries is refused for strict isolation', async () => {
    const entries = Array.from({ length: 9 }, (_, i) => ({
      resource: { ...carePlan, identifier: [{ system: 'urn:test', value: `cp-${i}` }] } as Resource,
      ifNoneExist: `identifier=urn:test|cp-${i}`,
    }));
    const res = await post(strict, strictToken, '', transaction(entries));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('strict isolation');
    expect((await post(strict, strictToken, '', transaction(entries.slice(0, 8)))).status).toBe(200);
  });

  it('publishes a CapabilityStatement of Medplum size (every search parameter listed)', async () => {
    const text = await (await fetch(`${medplum.fhirBase}/metadata`)).text();
    expect(text.length).toBeGreaterThan(250_000);
    const cs = JSON.parse(text) as CapabilityStatement;
    expect(cs.software?.name).toContain('medplum');
    expect(cs.rest?.[0]?.interaction?.map((i) => i.code)).toContain('transaction');
  });
});
