import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { verifyAuditFile } from '../../server/audit/verify.ts';

let dataDir: string;
afterEach(() => {
  // The development keys and the audit anchors are kept beside DATA_DIR, never in it.
  for (const path of [dataDir, `${dataDir}.keys.json`, `${dataDir}.audit-anchors.jsonl`])
    rmSync(path, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts `node server/main.ts`; a server the test did not stop is killed when the test ends, passed or failed. */
function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ['server/main.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe('server process', () => {
  it('stops at start-up with one line naming a bad variable', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'copilot-main-'));
    const server = run({ PORT: 'abc', DATA_DIR: dataDir });
    expect(await server.exited).toBe(1);
    const { stderr } = server.output();
    expect(stderr.trim()).toBe('Invalid configuration: PORT must be an integer between 1 and 65535 (got "abc")');
  });

  it('serves /healthz, and on SIGTERM closes the audit log cleanly and exits 0', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'copilot-main-'));
    const port = await freePort();
    const server = run({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    let healthy = false;
    // Start-up loads the validation data before listening (seconds on a loaded machine).
    for (let i = 0; i < 300 && !healthy; i++) {
      healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (!healthy) await new Promise((r) => setTimeout(r, 100));
    }
    expect(healthy).toBe(true);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const lines = server
      .output()
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string });
    expect(lines.map((l) => l.msg)).toContain('server listening');
    expect(lines.map((l) => l.msg)).toContain('shutting down');
    const key = Buffer.from(
      (JSON.parse(readFileSync(`${dataDir}.keys.json`, 'utf8')) as { auditHmacKey: string }).auditHmacKey,
      'base64',
    );
    const verified = verifyAuditFile(join(dataDir, 'audit.jsonl'), {
      headFile: join(dataDir, 'audit.head.json'),
      anchorFile: `${dataDir}.audit-anchors.jsonl`,
      key,
    });
    expect(verified.ok).toBe(true);
    expect(lines.find((l) => l.msg.startsWith('audit and data keys generated for development'))).toBeDefined();
  }, 60_000);
});
