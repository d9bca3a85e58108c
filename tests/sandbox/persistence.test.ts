import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../launch/sandbox/index.ts';
import { fhir } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Sandbox persistence', () => {
  it('keeps written resources and tokens across a restart, and seeds only once', async () => {
    const dataFile = join(dir, 'ehr.json');
    const first = await startSandbox({ dataFile });
    const token = await first.issueToken({ scope: 'user/*.cruds', fhirUser: 'Practitioner/osei' });
    const created = await fhir(first, 'Observation', token, {
      method: 'POST',
      body: JSON.stringify({
        resourceType: 'Observation',
        status: 'final',
        code: { text: 'PHQ-9' },
        subject: { reference: 'Patient/p02' },
        valueInteger: 9,
      }),
    });
    expect(created.status).toBe(201);
    const patientsBefore = (await fhir(first, 'Patient?_count=500', token)).body.entry.length;
    await first.close();

    // Same port: tokens are bound to the FHIR base URL, which includes it.
    const second = await startSandbox({ dataFile, port: Number(new URL(first.origin).port) });
    try {
      // Same signing key, so the token from before the restart still works.
      const kept = await fhir(second, `Observation/${created.body.id}`, token);
      expect(kept.status).toBe(200);
      expect(kept.body.valueInteger).toBe(9);
      const patientsAfter = (await fhir(second, 'Patient?_count=500', token)).body.entry.length;
      expect(patientsAfter).toBe(patientsBefore);
      expect(patientsAfter).toBeGreaterThanOrEqual(20);
    } finally {
      await second.close();
    }
  });
});
