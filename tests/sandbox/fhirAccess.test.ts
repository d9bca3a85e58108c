import type { Bundle, DocumentReference } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../launch/sandbox/index.ts';
import { startSandbox } from '../../launch/sandbox/index.ts';
import { fhir } from './helpers.ts';

let sandbox: Sandbox;
let p01Read: string;
let p01Write: string;
let userRead: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  p01Read = await sandbox.issueToken({
    scope: 'launch patient/*.rs',
    patient: 'p01',
    fhirUser: 'Practitioner/lindqvist',
  });
  p01Write = await sandbox.issueToken({ scope: 'patient/*.cruds', patient: 'p01', fhirUser: 'Practitioner/lindqvist' });
  userRead = await sandbox.issueToken({ scope: 'user/*.rs', fhirUser: 'Practitioner/osei' });
});
afterAll(() => sandbox.close());

const note = (patient: string, marker: string): DocumentReference => ({
  resourceType: 'DocumentReference',
  status: 'current',
  identifier: [{ system: 'urn:test:note', value: marker }],
  type: { coding: [{ system: 'http://loinc.org', code: '34904-3' }] },
  subject: { reference: `Patient/${patient}` },
  content: [{ attachment: { contentType: 'text/plain', data: Buffer.from(`note ${marker}`).toString('base64') } }],
});

describe('FHIR access control', () => {
  it('answers 401 without a token, with an invalid one and with an expired one', async () => {
    const none = await fhir(sandbox, 'Patient/p01');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(none.body.resourceType).toBe('OperationOutcome');
    expect((await fhir(sandbox, 'Patient/p01', 'not-a-jwt')).status).toBe(401);
    const expired = await sandbox.issueToken({ scope: 'user/*.rs', expiresInSeconds: -60 });
    expect((await fhir(sandbox, 'Patient/p01', expired)).status).toBe(401);
  });

  it('refuses a patient-scoped token reading another patient (403)', async () => {
    expect((await fhir(sandbox, 'Patient/p01', p01Read)).status).toBe(200);
    const other = await fhir(sandbox, 'Patient/p02', p01Read);
    expect(other.status).toBe(403);
    expect(other.body.issue[0].code).toBe('forbidden');
    expect((await fhir(sandbox, 'DocumentReference/n03', p01Read)).status).toBe(403);
    expect((await fhir(sandbox, 'Provenance/n05-provenance', p01Read)).status).toBe(403);
    expect((await fhir(sandbox, 'Provenance/n02-provenance', p01Read)).status).toBe(200);
  });

  it("returns only the token's patient from searches", async () => {
    const patients = (await fhir(sandbox, 'Patient', p01Read)).body as Bundle;
    expect(patients.entry?.map((e) => e.resource?.id)).toEqual(['p01']);
    const notes = (await fhir(sandbox, 'DocumentReference?_count=100', p01Read)).body as Bundle<DocumentReference>;
    expect(notes.entry?.length).toBeGreaterThan(0);
    expect(notes.entry?.every((e) => e.resource?.subject?.reference === 'Patient/p01')).toBe(true);
    const explicitOther = (await fhir(sandbox, 'Encounter?subject=Patient/p02', p01Read)).body as Bundle;
    expect(explicitOther.entry ?? []).toHaveLength(0);
    const provenance = (await fhir(sandbox, 'Provenance', p01Read)).body as Bundle;
    expect(provenance.entry?.map((e) => e.resource?.id)).toEqual(['n02-provenance']);
  });

  it('lets a patient-scoped token read shared records such as practitioners', async () => {
    expect((await fhir(sandbox, 'Practitioner/osei', p01Read)).status).toBe(200);
  });

  it('refuses a create when the scopes do not allow writing (403)', async () => {
    const res = await fhir(sandbox, 'DocumentReference', p01Read, {
      method: 'POST',
      body: JSON.stringify(note('p01', 'read-only')),
    });
    expect(res.status).toBe(403);
    const v1 = await sandbox.issueToken({ scope: 'patient/*.read', patient: 'p01' });
    expect((await fhir(sandbox, 'Patient/p01', v1)).status).toBe(200);
    expect(
      (await fhir(sandbox, 'DocumentReference', v1, { method: 'POST', body: JSON.stringify(note('p01', 'v1')) }))
        .status,
    ).toBe(403);
    const writeOnly = await sandbox.issueToken({ scope: 'patient/DocumentReference.cu', patient: 'p01' });
    expect(
      (
        await fhir(sandbox, 'DocumentReference', writeOnly, {
          method: 'POST',
          body: JSON.stringify(note('p01', 'write-only')),
        })
      ).status,
    ).toBe(201);
    expect((await fhir(sandbox, 'Patient/p01', writeOnly)).status).toBe(403);
  });

  it("refuses a patient-scoped write into another patient's chart", async () => {
    const res = await fhir(sandbox, 'DocumentReference', p01Write, {
      method: 'POST',
      body: JSON.stringify(note('p02', 'elsewhere')),
    });
    expect(res.status).toBe(403);
    const search = await fhir(sandbox, 'DocumentReference?identifier=urn:test:note|elsewhere', userRead);
    expect(search.body.entry ?? []).toHaveLength(0);
  });

  it('lets a user-scoped token read every patient but not write', async () => {
    expect((await fhir(sandbox, 'Patient/p02', userRead)).status).toBe(200);
    expect((await fhir(sandbox, 'Patient?_count=100', userRead)).body.entry.length).toBeGreaterThanOrEqual(20);
    expect(
      (
        await fhir(sandbox, 'DocumentReference', userRead, {
          method: 'POST',
          body: JSON.stringify(note('p02', 'user')),
        })
      ).status,
    ).toBe(403);
  });

  it('does not duplicate on a conditional create (If-None-Exist)', async () => {
    const send = () =>
      fhir(sandbox, 'DocumentReference', p01Write, {
        method: 'POST',
        body: JSON.stringify(note('p01', 'once')),
        headers: { 'If-None-Exist': 'identifier=urn:test:note|once' },
      });
    const first = await send();
    const second = await send();
    expect(first.status).toBe(201);
    expect(first.headers.get('location')).toContain(`${sandbox.fhirBase}/DocumentReference/${first.body.id}`);
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    const all = await fhir(sandbox, 'DocumentReference?identifier=urn:test:note|once', userRead);
    expect(all.body.entry).toHaveLength(1);
  });
});

describe('Transactions', () => {
  const uuid = 'urn:uuid:6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
  const transaction = (patient: string, marker: string): Bundle => ({
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: uuid,
        resource: note(patient, marker),
        request: { method: 'POST', url: 'DocumentReference', ifNoneExist: `identifier=urn:test:note|${marker}` },
      },
      {
        resource: {
          resourceType: 'Provenance',
          target: [{ reference: uuid }],
          recorded: new Date().toISOString(),
          agent: [{ who: { reference: 'Practitioner/lindqvist' } }],
        },
        request: { method: 'POST', url: 'Provenance' },
      },
    ],
  });

  it('commits a transaction whose entries point at each other with urn:uuid', async () => {
    const res = await fhir(sandbox, '', p01Write, { method: 'POST', body: JSON.stringify(transaction('p01', 'tx-1')) });
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('transaction-response');
    const noteId = res.body.entry[0].resource.id;
    const provenance = res.body.entry[1].resource;
    expect(provenance.target[0].reference).toBe(`DocumentReference/${noteId}`);
    expect((await fhir(sandbox, `Provenance/${provenance.id}`, p01Read)).status).toBe(200);
  });

  it("refuses a whole transaction with an entry in another patient's chart, and writes nothing", async () => {
    const res = await fhir(sandbox, '', p01Write, { method: 'POST', body: JSON.stringify(transaction('p02', 'tx-2')) });
    expect(res.status).toBe(403);
    expect(res.body.issue[0].diagnostics).toMatch(/Bundle\.entry\[0\]/);
    const search = await fhir(sandbox, 'DocumentReference?identifier=urn:test:note|tx-2', userRead);
    expect(search.body.entry ?? []).toHaveLength(0);
  });

  it('rolls back every entry when one entry of a transaction fails', async () => {
    const bundle = transaction('p01', 'tx-3');
    bundle.entry?.push({
      resource: { resourceType: 'Patient', id: 'p01' },
      request: { method: 'PUT', url: 'Patient/p01', ifMatch: 'W/"not-the-current-version"' },
    });
    const res = await fhir(sandbox, '', p01Write, { method: 'POST', body: JSON.stringify(bundle) });
    expect(res.status).toBe(412);
    const search = await fhir(sandbox, 'DocumentReference?identifier=urn:test:note|tx-3', userRead);
    expect(search.body.entry ?? []).toHaveLength(0);
    expect((await fhir(sandbox, 'Patient/p01', userRead)).body.name[0].family).toBe('Okonkwo');
  });
});
