/**
 * PHI at rest: DATA_DIR is 0700 and every file in it 0600; the write ledger (approved notes
 * waiting for the chart) and the companion store (consents, care plans) are encrypted with the
 * configured data key, and a rotated key still opens what the old one sealed.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { startSandbox, type Sandbox } from '../../launch/sandbox/index.ts';
import { todaysEncounterId } from '../../launch/sandbox/index.ts';
import { openAuditLog } from '../../server/audit/log.ts';
import { parseDataKey, type DataKeys } from '../../server/security/keys.ts';
import type { SessionContext } from '../../server/session/context.ts';
import { createWritebackRuntime } from '../../server/writeback/runtime.ts';
import { approvedNote } from '../fhir/fixtures.ts';
import { CLINICIAN, PATIENT, SCOPE } from './harness.ts';

const NOTE_TEXT = 'Sleeps four hours a night since the move to Ferncliff Road.';
let root: string;
let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
  rmSync(root, { recursive: true, force: true });
});

const keyring = (current: string, ...old: string[]): DataKeys => {
  const parsed = [current, ...old].map((k) => parseDataKey('test', k));
  return { current: parsed[0] as DataKeys['current'], byId: new Map(parsed.map((k) => [k.id, k.key])) };
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('PHI at rest', () => {
  test('DATA_DIR is 0700, its files 0600, and the pending note and consent are encrypted', async () => {
    root = mkdtempSync(join(tmpdir(), 'copilot-at-rest-'));
    const dataDir = join(root, 'data');
    sandbox = await startSandbox({ port: 0, mode: 'epic' });
    const oldKey = `k1:${randomBytes(32).toString('base64')}`;
    const audit = await openAuditLog({ dataDir, key: randomBytes(32) });
    // The EHR refuses every write, so the approved note stays in the ledger.
    const refuseWrites: typeof fetch = (input, init) =>
      init?.method === 'POST' ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init);
    const runtime = createWritebackRuntime({
      dataDir,
      fhirAllowlist: [sandbox.fhirBase],
      fetch: refuseWrites,
      backoffMs: () => 60_000,
      audit,
      dataKeys: keyring(oldKey),
    });
    const encounterId = todaysEncounterId(PATIENT, new Date());
    const session: SessionContext = {
      sessionId: 's-at-rest',
      fhirBaseUrl: sandbox.fhirBase,
      patientId: PATIENT,
      encounterId,
      practitionerRef: CLINICIAN,
      accessToken: await sandbox.issueToken({ scope: SCOPE, patient: PATIENT, fhirUser: CLINICIAN }),
      consent: 'none',
      utterances: [],
      analyses: [],
      createdAt: new Date(),
    };
    await runtime.consent.record(session, 'granted');
    const base = approvedNote({ sections: [{ key: 'subjective', title: 'Subjective', text: NOTE_TEXT }] });
    const { write } = await runtime.writeback.approve(session, { ...base, patientId: PATIENT, encounterId });
    expect(write.state).toBe('retrying');
    await runtime.close();
    await audit.close();

    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const files = filesUnder(dataDir);
    expect(files.map((f) => f.slice(dataDir.length + 1)).sort()).toEqual(
      expect.arrayContaining(['audit.jsonl', 'companion.json', 'writes.sqlite']),
    );
    for (const file of files) expect(statSync(file).mode & 0o777, file).toBe(0o600);
    for (const file of files) {
      const text = readFileSync(file, 'latin1');
      expect(text, file).not.toContain('Ferncliff');
      expect(text, file).not.toContain(`Patient/${PATIENT}"`);
    }

    // Rotation: a new current key, the old one kept to read what it sealed.
    const newKey = `k2:${randomBytes(32).toString('base64')}`;
    const rotated = createWritebackRuntime({
      dataDir,
      fhirAllowlist: [sandbox.fhirBase],
      fetch: refuseWrites,
      dataKeys: keyring(newKey, oldKey),
    });
    expect(rotated.ledger.get(write.writeId)?.input?.note.sections[0]?.text).toBe(NOTE_TEXT);
    expect((await rotated.consent.lookup(session)).state).toBe('granted');
    await rotated.close();
    // Without the old key the records cannot be opened, and the error names the key.
    const withoutOld = createWritebackRuntime({
      dataDir,
      fhirAllowlist: [sandbox.fhirBase],
      dataKeys: keyring(newKey),
    });
    expect(() => withoutOld.ledger.get(write.writeId)).toThrow(/key "k1"/);
    await withoutOld.close().catch(() => undefined);
  });
});
