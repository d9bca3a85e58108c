/**
 * The audit chain is keyed (HMAC, key outside DATA_DIR) and its head anchored outside the log:
 * a full rewrite with recomputed hashes, or a truncation with or without the head file, is found
 * by `verifyAuditFile` and reported by `npm run audit:verify`.
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../server/audit/chain.ts';
import { AUDIT_FILE, AUDIT_HEAD_FILE, openAuditLog } from '../../server/audit/log.ts';
import { verifyAuditFile } from '../../server/audit/verify.ts';

const run = promisify(execFile);
const key = randomBytes(32);
let root: string;
let dataDir: string;
let anchorFile: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'copilot-tamper-'));
  dataDir = join(root, 'data');
  anchorFile = join(root, 'anchors', 'audit-anchors.jsonl');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const file = () => join(dataDir, AUDIT_FILE);
const headFile = () => join(dataDir, AUDIT_HEAD_FILE);
const verify = () => verifyAuditFile(file(), { headFile: headFile(), anchorFile, key });

/** Ten entries over two runs of the server, each run's head anchored at its close. */
async function writeLog() {
  for (const run of [0, 1]) {
    const log = await openAuditLog({ dataDir, key, anchorFile });
    for (let i = 0; i < 5; i++)
      void log.append({ action: 'chart.write', actor: 'Practitioner/lindqvist', detail: { writeId: `w${run}${i}` } });
    await log.close();
  }
}

/** What someone with write access to DATA_DIR but not the key can do: recompute every hash. */
function rewriteWithoutKey(
  keep: (entry: Record<string, unknown>) => boolean,
  edit: (entry: Record<string, unknown>) => void,
) {
  let prev = '0'.repeat(64);
  let seq = 0;
  const out: string[] = [];
  for (const line of readFileSync(file(), 'utf8').trim().split('\n')) {
    const entry = JSON.parse(line) as Record<string, unknown>;
    if (!keep(entry)) continue;
    edit(entry);
    const { hash: _old, ...rest } = entry;
    const next = { ...rest, seq: ++seq, prev };
    const hash = createHash('sha256')
      .update(`${prev}\n${canonicalJson(next)}`)
      .digest('hex');
    out.push(JSON.stringify({ ...next, hash }));
    prev = hash;
  }
  writeFileSync(file(), `${out.join('\n')}\n`);
  writeFileSync(headFile(), JSON.stringify({ seq, hash: prev }));
}

describe('tamper evidence', () => {
  it('an untouched log verifies, with its anchors', async () => {
    await writeLog();
    expect(verify()).toMatchObject({ ok: true, entries: 10, anchors: 2 });
  });

  it('finds a full rewrite with recomputed hashes', async () => {
    await writeLog();
    rewriteWithoutKey(
      () => true,
      (e) => {
        if (e.seq === 3) e.actor = 'Practitioner/osei';
      },
    );
    const result = verify();
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.message).join('\n')).toMatch(/not keyed|written without the audit key/);
  });

  it('finds a rewrite that keeps the keyed format but not the key', async () => {
    await writeLog();
    rewriteWithoutKey(
      () => true,
      (e) => {
        delete e.alg;
      },
    );
    expect(verify().ok).toBe(false);
  });

  it('finds a truncated tail whose head file was removed', async () => {
    await writeLog();
    const lines = readFileSync(file(), 'utf8').trim().split('\n');
    writeFileSync(file(), `${lines.slice(0, 7).join('\n')}\n`);
    unlinkSync(headFile());
    const result = verify();
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.message).join('\n')).toContain('entries deleted from the end of the log');
  });

  it('finds a truncated tail whose head file was rewritten to match', async () => {
    await writeLog();
    const lines = readFileSync(file(), 'utf8').trim().split('\n');
    writeFileSync(file(), `${lines.slice(0, 7).join('\n')}\n`);
    const last = JSON.parse(lines[6] as string) as { seq: number; hash: string };
    writeFileSync(headFile(), JSON.stringify({ seq: last.seq, hash: last.hash }));
    const messages = verify()
      .problems.map((p) => p.message)
      .join('\n');
    expect(messages).toContain('the head file was not written with the audit key');
    expect(messages).toContain('entries deleted from the end of the log');
  });

  it('npm run audit:verify says what it found', async () => {
    await writeLog();
    rewriteWithoutKey(
      (e) => (e.seq as number) <= 8,
      () => undefined,
    );
    const env = {
      ...process.env,
      DATA_DIR: dataDir,
      AUDIT_ANCHOR_FILE: anchorFile,
      AUDIT_HMAC_KEY: key.toString('base64'),
      DATA_ENCRYPTION_KEY: `k1:${randomBytes(32).toString('base64')}`,
    };
    const failed = await run(process.execPath, ['scripts/auditVerify.ts'], { env }).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect((failed as { code: number }).code).toBe(1);
    expect((failed as { stdout: string }).stdout).toContain('TAMPERED');
    expect((failed as { stdout: string }).stdout).toMatch(/entries deleted from the end|not keyed/);
  });
});
