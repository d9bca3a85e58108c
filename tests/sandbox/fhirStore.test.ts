import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bundle, CapabilityStatement, Patient } from '@medplum/fhirtypes';
import { afterAll, describe, expect, it } from 'vitest';
import { createFhirStore } from '../../fhir/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'fhir-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const patient = (family: string, mrn: string): Patient => ({
  resourceType: 'Patient',
  name: [{ family, given: ['Test'] }],
  identifier: [{ system: 'urn:mrn', value: mrn }],
});

describe('FHIR store', () => {
  it('creates, reads, updates, searches and deletes a resource', async () => {
    const store = await createFhirStore({ baseUrl: 'http://ehr.test/fhir' });
    const created = await store.handle({ method: 'POST', url: 'Patient', body: patient('Okafor', 'A1') });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.headers.location).toMatch(new RegExp(`^http://ehr.test/fhir/Patient/${id}/_history/`));

    const read = await store.handle({ method: 'GET', url: `/Patient/${id}` });
    expect(read.status).toBe(200);
    expect((read.body as Patient).name?.[0]?.family).toBe('Okafor');

    const updated = await store.handle({
      method: 'PUT',
      url: `Patient/${id}`,
      body: { ...(read.body as Patient), gender: 'female' },
    });
    expect(updated.status).toBe(200);

    const found = await store.handle({ method: 'GET', url: 'Patient?family=Okafor&gender=female' });
    const bundle = found.body as Bundle;
    expect(bundle.entry).toHaveLength(1);
    expect(bundle.entry?.[0]?.fullUrl).toBe(`http://ehr.test/fhir/Patient/${id}`);

    expect((await store.handle({ method: 'DELETE', url: `Patient/${id}` })).status).toBe(200);
    expect((await store.handle({ method: 'GET', url: `Patient/${id}` })).status).toBe(404);
  });

  it('does not duplicate a resource on conditional create (If-None-Exist)', async () => {
    const store = await createFhirStore();
    const headers = { 'If-None-Exist': 'identifier=urn:mrn|B2' };
    const first = await store.handle({ method: 'POST', url: 'Patient', body: patient('Ng', 'B2'), headers });
    const second = await store.handle({ method: 'POST', url: 'Patient', body: patient('Ng', 'B2'), headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    const all = await store.handle({ method: 'GET', url: 'Patient?identifier=urn:mrn|B2' });
    expect((all.body as Bundle).entry).toHaveLength(1);
  });

  it('commits a transaction bundle with urn:uuid references as a whole', async () => {
    const store = await createFhirStore();
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          fullUrl: 'urn:uuid:2b0e4a6c-1d3f-4e5a-9b7c-8d9e0f1a2b3c',
          resource: patient('Haddad', 'C3'),
          request: { method: 'POST', url: 'Patient' },
        },
        {
          resource: {
            resourceType: 'Encounter',
            status: 'planned',
            class: { code: 'AMB' },
            subject: { reference: 'urn:uuid:2b0e4a6c-1d3f-4e5a-9b7c-8d9e0f1a2b3c' },
          },
          request: { method: 'POST', url: 'Encounter' },
        },
      ],
    };
    const res = await store.handle({ method: 'POST', url: '', body: bundle });
    expect(res.status).toBe(200);
    const reply = res.body as Bundle;
    expect(reply.type).toBe('transaction-response');
    const patientId = (reply.entry?.[0]?.resource as Patient).id;
    const encounters = await store.handle({ method: 'GET', url: `Encounter?subject=Patient/${patientId}` });
    expect((encounters.body as Bundle).entry).toHaveLength(1);
  });

  it('rolls back every entry of a transaction when one entry fails', async () => {
    const store = await createFhirStore();
    const existing = await store.handle({ method: 'POST', url: 'Patient', body: patient('Stable', 'D4') });
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { resource: patient('Rollback', 'D5'), request: { method: 'POST', url: 'Patient' } },
        {
          // Updates run after creates, so this stale If-Match fails once the create is done.
          resource: { ...(existing.body as Patient), gender: 'other' },
          request: { method: 'PUT', url: `Patient/${existing.body.id}`, ifMatch: 'W/"stale-version"' },
        },
      ],
    };
    const res = await store.handle({ method: 'POST', url: '', body: bundle });
    expect(res.status).toBe(412);
    const search = await store.handle({ method: 'GET', url: 'Patient?family=Rollback' });
    expect((search.body as Bundle).entry ?? []).toHaveLength(0);
    const after = await store.handle({ method: 'GET', url: `Patient/${existing.body.id}` });
    expect((after.body as Patient).gender).toBeUndefined();
  });

  it('keeps each batch entry on its own', async () => {
    const store = await createFhirStore();
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'batch',
      entry: [
        { resource: patient('Batch', 'E5'), request: { method: 'POST', url: 'Patient' } },
        { request: { method: 'GET', url: 'Patient/does-not-exist' } },
      ],
    };
    const res = await store.handle({ method: 'POST', url: '', body: bundle });
    const reply = res.body as Bundle;
    expect(reply.type).toBe('batch-response');
    expect(reply.entry?.[0]?.response?.status).toMatch(/^201/);
    expect(reply.entry?.[1]?.response?.status).toMatch(/^404/);
  });

  it('describes itself in a CapabilityStatement', async () => {
    const store = await createFhirStore();
    const res = await store.handle({ method: 'GET', url: 'metadata' });
    const cs = res.body as CapabilityStatement;
    expect(cs.fhirVersion).toBe('4.0.1');
    const docRef = cs.rest?.[0]?.resource?.find((r) => r.type === 'DocumentReference');
    expect(docRef?.interaction?.map((i) => i.code)).toContain('create');
    expect(cs.rest?.[0]?.interaction?.map((i) => i.code)).toContain('transaction');
  });

  it('keeps its resources across restarts and seeds only once', async () => {
    const dataFile = join(dir, 'nested', 'store.json');
    const seed = [{ ...patient('Seeded', 'F6'), id: 'seeded-1' }];
    const first = await createFhirStore({ dataFile, seed });
    const created = await first.handle({ method: 'POST', url: 'Patient', body: patient('Kept', 'G7') });
    await first.flush();

    const second = await createFhirStore({ dataFile, seed });
    const kept = await second.handle({ method: 'GET', url: `Patient/${created.body.id}` });
    expect(kept.status).toBe(200);
    expect(kept.body.meta?.versionId).toBe(created.body.meta?.versionId);
    const seeded = await second.handle({ method: 'GET', url: 'Patient?family=Seeded' });
    expect((seeded.body as Bundle).entry).toHaveLength(1);
    const onDisk = JSON.parse(readFileSync(dataFile, 'utf8')) as { resources: unknown[] };
    expect(onDisk.resources).toHaveLength(2);
  });

  it('refuses to start from a corrupted store file with a message naming the file', async () => {
    const dataFile = join(dir, 'broken.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(dataFile, '{not json');
    await expect(createFhirStore({ dataFile })).rejects.toThrow(/broken\.json is not valid JSON/);
  });
});
