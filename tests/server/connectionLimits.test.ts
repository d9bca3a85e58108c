/**
 * The Node server does not let slow or idle clients hold its connections: headers must arrive
 * within HTTP_HEADERS_TIMEOUT_SECONDS, the whole request within HTTP_REQUEST_TIMEOUT_SECONDS, and
 * no more than HTTP_MAX_CONNECTIONS are open at once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/main.ts';
import { createLogger } from '../../server/logger.ts';

let root: string;
let server: RunningServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'copilot-limits-'));
  const config = loadConfig({
    DATA_DIR: join(root, 'data'),
    HTTP_HEADERS_TIMEOUT_SECONDS: '1',
    HTTP_REQUEST_TIMEOUT_SECONDS: '2',
    HTTP_MAX_CONNECTIONS: '4',
    LOG_LEVEL: 'silent',
  });
  server = await startServer({ config, port: 0, logger: createLogger({ level: 'silent' }) });
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Opens a connection, writes `text`, and resolves with how long the server kept it open (ms). */
function held(text: string, limitMs = 15_000): Promise<{ ms: number; reply: string }> {
  return new Promise((resolve) => {
    const started = Date.now();
    let reply = '';
    const socket: Socket = connect(server.port, '127.0.0.1', () => socket.write(text));
    socket.on('data', (chunk) => {
      reply += chunk.toString();
    });
    const done = () => resolve({ ms: Date.now() - started, reply });
    socket.on('close', done);
    socket.on('error', () => undefined);
    setTimeout(() => socket.destroy(), limitMs).unref();
  });
}

describe('connection limits', () => {
  it('drops a connection whose headers never finish', async () => {
    const { ms } = await held('GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
    expect(ms).toBeLessThan(5_000);
  });

  it('drops a request whose body never finishes', async () => {
    const { ms } = await held(
      'POST /api/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"fhirBaseUrl":',
    );
    expect(ms).toBeLessThan(8_000);
  });

  it('refuses connections beyond the cap, and serves again once they close', async () => {
    const sockets: Socket[] = [];
    for (let i = 0; i < 4; i++) {
      sockets.push(
        await new Promise<Socket>((resolve) => {
          const s = connect(server.port, '127.0.0.1', () => resolve(s));
        }),
      );
    }
    const extra = await held('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n', 3_000);
    expect(extra.reply).toBe('');
    for (const s of sockets) s.destroy();
    await new Promise((r) => setTimeout(r, 200));
    const ok = await fetch(`${server.url}/healthz`);
    expect(ok.status).toBe(200);
  });
});
