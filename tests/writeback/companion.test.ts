import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, test } from 'vitest';
import type { Bundle, Consent } from '@medplum/fhirtypes';
import type { Sandbox } from '../../launch/sandbox/index.ts';
import { DEFAULT_TOOLS_SECRET, startSandbox, TOOLS_CLIENT_ID } from '../../launch/sandbox/index.ts';
import { buildConsent } from '../../fhir/consent.ts';
import { CompanionConfigError, createCompanionStore } from '../../server/writeback/companion.ts';

let sandbox: Sandbox | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const tempDir = () => {
  const dir = mkdtempSync(`${tmpdir()}/companion-`);
  dirs.push(dir);
  return dir;
};

describe('companion store', () => {
  test('embedded by default: keeps what it is given across a restart', async () => {
    const dataDir = tempDir();
    const consent = buildConsent({
      consentId: 'c-1',
      decision: 'granted',
      patient: { reference: 'http://localhost:3100/fhir/R4/Patient/p01' },
      at: '2026-03-02T14:58:00Z',
      policyUri: 'urn:p',
    });
    const first = await createCompanionStore({ dataDir });
    expect(first.kind).toBe('embedded');
    expect((await first.request({ method: 'POST', url: 'Consent', body: consent })).status).toBe(201);
    await first.flush();
    const second = await createCompanionStore({ dataDir });
    const found = await second.request({ method: 'GET', url: 'Consent?identifier=urn:session-copilot:consent|c-1' });
    expect(((found.body as Bundle).entry?.[0]?.resource as Consent).status).toBe('active');
  });

  test('a configured FHIR server is reached with client credentials from its token endpoint', async () => {
    sandbox = await startSandbox({ port: 0, mode: 'full' });
    const companion = await createCompanionStore({
      dataDir: tempDir(),
      url: sandbox.fhirBase,
      clientId: TOOLS_CLIENT_ID,
      clientSecret: DEFAULT_TOOLS_SECRET,
    });
    expect(companion.kind).toBe('remote');
    const response = await companion.request({ method: 'GET', url: 'Consent?patient=Patient/p01' });
    expect(response.status).toBe(200);
    expect((response.body as Bundle).entry?.length).toBeGreaterThan(0);
  });

  test('wrong client credentials are reported naming the variables to fix', async () => {
    sandbox = await startSandbox({ port: 0, mode: 'full' });
    const companion = await createCompanionStore({
      dataDir: tempDir(),
      url: sandbox.fhirBase,
      clientId: TOOLS_CLIENT_ID,
      clientSecret: 'wrong-secret',
    });
    await expect(companion.request({ method: 'GET', url: 'Consent' })).rejects.toThrow(
      /COMPANION_CLIENT_ID and COMPANION_CLIENT_SECRET/,
    );
  });

  test('a companion URL without credentials is refused at start', async () => {
    await expect(createCompanionStore({ dataDir: tempDir(), url: 'https://medplum.example/fhir/R4' })).rejects.toThrow(
      CompanionConfigError,
    );
  });
});
