import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryHash } from '../../server/audit/chain.ts';
import { AUDIT_FILE, AUDIT_HEAD_FILE, AuditLogLockedError, openAuditLog } from '../../server/audit/log.ts';
import { verifyAuditFile } from '../../server/audit/verify.ts';

const run = promisify(execFile);
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copilot-audit-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function writeEntries(n: number, key?: Buffer) {
  const log = await openAuditLog({ dataDir: dir, ...(key ? { key } : {}) });
  for (let i = 0; i < n; i++) {
    void log.append({
      action: 'ai.suggest',
      actor: 'Practitioner/prac-1',
      sessionId: `s${i}`,
      model: 'embedded',
      latencyMs: i,
    });
  }
  await log.close();
  return join(dir, AUDIT_FILE);
}

const lines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n');
const save = (file: string, content: string[]) => writeFileSync(file, `${content.join('\n')}\n`);
const head = () => join(dir, AUDIT_HEAD_FILE);

describe('audit log', () => {
  it('chains every entry to the one before and verifies intact', async () => {
    const file = await writeEntries(5);
    const entries = lines(file).map((l) => JSON.parse(l) as { seq: number; prev: string; hash: string });
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < entries.length; i++) expect(entries[i]?.prev).toBe(entries[i - 1]?.hash);
    expect(verifyAuditFile(file, head())).toMatchObject({ ok: true, entries: 5 });
  });

  it('continues the chain across a restart', async () => {
    await writeEntries(3);
    const file = await writeEntries(2);
    expect(verifyAuditFile(file, head())).toMatchObject({ ok: true, entries: 5 });
  });

  it('detects an edited entry and names its line', async () => {
    const file = await writeEntries(5);
    const content = lines(file);
    content[2] = (content[2] as string).replace('"latencyMs":2', '"latencyMs":20');
    save(file, content);
    const result = verifyAuditFile(file, head());
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ line: 3, message: expect.stringContaining('edited') });
  });

  it('detects an edit whose hash was recomputed, at the next line', async () => {
    const file = await writeEntries(5);
    const content = lines(file);
    const entry = JSON.parse(content[1] as string) as Record<string, unknown> & { prev: string };
    entry.actor = 'Practitioner/someone-else';
    entry.hash = entryHash(entry as never);
    content[1] = JSON.stringify(entry);
    save(file, content);
    const result = verifyAuditFile(file, head());
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.line).toBe(3);
  });

  it('detects a deleted entry', async () => {
    const file = await writeEntries(5);
    const content = lines(file);
    content.splice(1, 1);
    save(file, content);
    const result = verifyAuditFile(file, head());
    expect(result.problems[0]).toMatchObject({ line: 2, message: expect.stringContaining('deleted') });
  });

  it('detects an inserted entry', async () => {
    const file = await writeEntries(4);
    const content = lines(file);
    content.splice(2, 0, content[1] as string);
    save(file, content);
    const result = verifyAuditFile(file, head());
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.line).toBe(3);
  });

  it('detects entries deleted from the end', async () => {
    const file = await writeEntries(5);
    save(file, lines(file).slice(0, 3));
    const result = verifyAuditFile(file, head());
    expect(result.problems[0]?.message).toContain('deleted from the end');
  });

  it('refuses a second writer on the same DATA_DIR', async () => {
    // The parent process (the test runner) is alive and holds the lock.
    writeFileSync(join(dir, 'audit.lock'), String(process.ppid));
    await expect(openAuditLog({ dataDir: dir })).rejects.toBeInstanceOf(AuditLogLockedError);
  });

  it('npm run audit:verify reports tampering with the line and exit code 1', async () => {
    const key = randomBytes(32);
    const file = await writeEntries(4, key);
    const node = process.execPath;
    const env = {
      ...process.env,
      DATA_DIR: dir,
      AUDIT_HMAC_KEY: key.toString('base64'),
      DATA_ENCRYPTION_KEY: `k1:${randomBytes(32).toString('base64')}`,
    };
    const ok = await run(node, ['scripts/auditVerify.ts', '--file', file], { env });
    expect(ok.stdout).toContain('intact (4 entries');
    const content = lines(file);
    content.splice(2, 1);
    save(file, content);
    const failed = await run(node, ['scripts/auditVerify.ts', '--file', file], { env }).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect('code' in failed ? failed.code : 0).toBe(1);
    expect(failed.stdout).toContain('line 3:');
  });
});
