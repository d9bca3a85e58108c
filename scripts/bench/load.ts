/**
 * `npm run bench:load [-- --n 100,250,500,1000 --seconds 20 --interval 2000]`: live sessions
 * against the real server on loopback. The app server runs as a child process
 * (`node server/main.ts`, embedded provider) so its CPU and memory are its own; the sandbox EHR
 * runs in a worker thread of this process. For each N, N sessions are created (consent recorded
 * where missing), each opens its event stream and posts one utterance every 2 s. Figures: time
 * from sending an utterance to receiving its `analysis` event on the stream, the server's own
 * handling time (from its request log), errors, CPU, and the heap a live session holds.
 *
 * The driver shares the machine with the server, so end-to-end latencies include the driver's
 * own scheduling delays: they are an upper bound of what the server adds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isMainThread, parentPort, Worker, type MessagePort } from 'node:worker_threads';
import { z } from 'zod';
import { startSandbox, type IssueTokenClaims } from '../../launch/sandbox/index.ts';
import { createAppHandle } from '../../server/app.ts';
import { openAuditLog } from '../../server/audit/log.ts';
import { assistSettings, loadConfig } from '../../server/config.ts';
import { createSessionAnalyzer } from '../../server/engine/analyze.ts';
import { createLogger } from '../../server/logger.ts';
import { createAssistant, parseAssistConfig } from '../../server/providers/index.ts';
import { createWritebackRoutes } from '../../server/routes/writeback.ts';
import { createWritebackRuntime } from '../../server/writeback/runtime.ts';

function readArgs() {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '100,250,500,1000' },
      seconds: { type: 'string', default: '20' },
      interval: { type: 'string', default: '2000' },
    },
  });
  const Args = z.object({
    n: z
      .string()
      .transform((s) => s.split(',').map((x) => Number(x.trim())))
      .pipe(z.array(z.number().int().min(1).max(5000)).min(1)),
    seconds: z.coerce.number().int().min(2).max(600),
    interval: z.coerce.number().int().min(100).max(60_000),
  });
  const parsed = Args.safeParse(values);
  if (!parsed.success) {
    console.error('Usage: npm run bench:load -- [--n 100,250,500,1000] [--seconds 20] [--interval 2000]');
    process.exit(2);
  }
  return parsed.data;
}
type Args = ReturnType<typeof readArgs>;

const Line = z.object({ speaker: z.enum(['client', 'clinician', 'unknown']), text: z.string() });
type Line = z.infer<typeof Line>;

function readTexts(): Line[] {
  return readFileSync('tests/data/sessions/long-60min.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => Line.parse(JSON.parse(l)));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** Resident memory (kB) and CPU ticks of a process, from /proc. */
function procStats(pid: number): { rssKb: number; cpuTicks: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { rssKb, cpuTicks: Number(fields[11]) + Number(fields[12]) };
}
const TICKS_PER_SECOND = 100;

// ---------------------------------------------------------------------------------------------
// The sandbox EHR in a worker thread: signing tokens and serving FHIR reads there does not stall
// the driver's event loop (which would show up as latency that is not the server's).

interface SandboxHandle {
  origin: string;
  fhirBase: string;
  issueToken(claims: IssueTokenClaims): Promise<string>;
  close(): Promise<void>;
}

type WorkerRequest = { type: 'token'; id: number; claims: IssueTokenClaims } | { type: 'close' };
type WorkerReply =
  | { type: 'ready'; origin: string; fhirBase: string }
  | { type: 'token'; id: number; token: string }
  | { type: 'closed' };

async function serveSandboxInWorker(port: MessagePort): Promise<void> {
  const sandbox = await startSandbox({ port: 0 });
  port.on('message', (message: WorkerRequest) => {
    if (message.type === 'token') {
      void sandbox
        .issueToken(message.claims)
        .then((token) => port.postMessage({ type: 'token', id: message.id, token } satisfies WorkerReply));
    } else {
      void sandbox.close().then(() => port.postMessage({ type: 'closed' } satisfies WorkerReply));
    }
  });
  port.postMessage({ type: 'ready', origin: sandbox.origin, fhirBase: sandbox.fhirBase } satisfies WorkerReply);
}

async function startSandboxWorker(): Promise<SandboxHandle> {
  const worker = new Worker(new URL(import.meta.url));
  const waiting = new Map<number, (token: string) => void>();
  let onClosed: (() => void) | undefined;
  let nextId = 0;
  const { origin, fhirBase } = await new Promise<{ origin: string; fhirBase: string }>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'ready') resolve(reply);
      else if (reply.type === 'token') {
        waiting.get(reply.id)?.(reply.token);
        waiting.delete(reply.id);
      } else onClosed?.();
    });
  });
  return {
    origin,
    fhirBase,
    issueToken(claims) {
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker.postMessage({ type: 'token', id, claims } satisfies WorkerRequest);
      });
    },
    async close() {
      await new Promise<void>((resolve) => {
        onClosed = resolve;
        worker.postMessage({ type: 'close' } satisfies WorkerRequest);
      });
      await worker.terminate();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The app server as a child process.

interface AppProcess {
  child: ChildProcess;
  url: string;
  /** Since the last call: handling time (ms) of every utterance request, and the server's
   * event-loop delay (worst p99 and max of its 10 s stats lines), from its log. */
  take(): { handled: number[]; loopP99: number; loopMax: number };
}

async function startApp(env: Record<string, string>): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['server/main.ts'], {
    // Info logs carry each request's handling time: the server-side half of the figure.
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let handled: number[] = [];
  let loopP99 = 0;
  let loopMax = 0;
  let partial = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.includes('/utterances') && !line.includes('"stats"')) continue;
      const entry = JSON.parse(line) as {
        msg?: string;
        route?: string;
        ms?: number;
        status?: number;
        loopDelayP99Ms?: number;
        loopDelayMaxMs?: number;
      };
      if (entry.route === '/api/sessions/:sid/utterances' && entry.status === 200 && typeof entry.ms === 'number')
        handled.push(entry.ms);
      if (entry.msg === 'stats') {
        loopP99 = Math.max(loopP99, entry.loopDelayP99Ms ?? 0);
        loopMax = Math.max(loopMax, entry.loopDelayMaxMs ?? 0);
      }
    }
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    const up = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) {
      return {
        child,
        url,
        take() {
          const taken = { handled, loopP99, loopMax };
          handled = [];
          loopP99 = 0;
          loopMax = 0;
          return taken;
        },
      };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not start within 20 s');
}

// ---------------------------------------------------------------------------------------------
// One step: N live sessions.

interface LiveClient {
  sid: string;
  token: string;
  stream: AbortController;
  closed: Promise<void>;
}

interface StepResult {
  sent: number;
  latencies: number[];
  handled: number[];
  /** The server's event-loop delay during the step: worst p99 / max (ms). */
  loop: string;
  errors: Map<string, number>;
  missed: number;
  rssKb: number;
  serverCpu: number;
  driverCpu: number;
  /** The driver's own event-loop delay: worst p99 / max (ms); when high, latency is the driver's. */
  driverLoop: string;
}

interface Ehr {
  sandbox: SandboxHandle;
  patients: string[];
  encounterOf: Map<string, string>;
}

async function runStep(
  ehr: Ehr,
  app: AppProcess,
  texts: Line[],
  n: number,
  seconds: number,
  interval: number,
): Promise<StepResult> {
  const { sandbox, patients, encounterOf } = ehr;
  const pid = app.child.pid as number;
  const latencies: number[] = [];
  const pending = new Map<string, number>();
  const errors = new Map<string, number>();
  const fail = (kind: string) => errors.set(kind, (errors.get(kind) ?? 0) + 1);
  let sent = 0;

  // Sessions are opened without a fhirUser so that each one is new (the same clinician and
  // encounter would resume one session); each has its own patient-scoped token.
  const open = async (i: number): Promise<LiveClient | undefined> => {
    const patientId = patients[i % patients.length] as string;
    const token = await sandbox.issueToken({
      scope: 'launch/patient patient/*.rs patient/Consent.cu openid',
      patient: patientId,
    });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const encounterId = encounterOf.get(patientId);
    const created = await fetch(`${app.url}/api/sessions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ fhirBaseUrl: sandbox.fhirBase, patientId, ...(encounterId ? { encounterId } : {}) }),
    });
    if (created.status !== 201 && created.status !== 200) {
      fail(`create ${created.status}`);
      await created.body?.cancel();
      return undefined;
    }
    const session = (await created.json()) as { sessionId: string; consent: string };
    if (session.consent !== 'granted') {
      const consent = await fetch(`${app.url}/api/sessions/${session.sessionId}/consent`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ decision: 'granted' }),
      });
      await consent.body?.cancel();
      if (!consent.ok) {
        fail(`consent ${consent.status}`);
        return undefined;
      }
    }
    const stream = new AbortController();
    const response = await fetch(`${app.url}/api/sessions/${session.sessionId}/events`, {
      headers,
      signal: stream.signal,
    });
    if (!response.ok || !response.body) {
      fail(`events ${response.status}`);
      return undefined;
    }
    const body = response.body;
    const closed = (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of body) {
          buffer += decoder.decode(chunk, { stream: true });
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (frame.includes('event: analysis')) {
              const id = /"utterance":\{"id":"([^"]+)"/.exec(frame)?.[1];
              const started = id ? pending.get(id) : undefined;
              if (id && started !== undefined) {
                latencies.push(performance.now() - started);
                pending.delete(id);
              }
            }
            end = buffer.indexOf('\n\n');
          }
        }
      } catch {
        // Aborted at the end of the step.
      }
    })();
    return { sid: session.sessionId, token, stream, closed };
  };

  const clients: LiveClient[] = [];
  for (let i = 0; i < n; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, n - i) }, (_, k) =>
        open(i + k).catch(() => (fail('create (network)'), undefined)),
      ),
    );
    for (const c of batch) if (c) clients.push(c);
  }

  const say = async (c: LiveClient, turn: number) => {
    const line = texts[turn % texts.length] as Line;
    const id = `${c.sid.slice(0, 8)}-${turn}`;
    pending.set(id, performance.now());
    sent++;
    try {
      const response = await fetch(`${app.url}/api/sessions/${c.sid}/utterances`, {
        method: 'POST',
        headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id, speaker: line.speaker, text: line.text }),
      });
      await response.body?.cancel();
      if (response.status !== 200) {
        fail(`utterance ${response.status}`);
        pending.delete(id);
      }
    } catch {
      fail('utterance (network)');
      pending.delete(id);
    }
  };

  app.take();
  const driverLoop = monitorEventLoopDelay({ resolution: 10 });
  driverLoop.enable();
  const startedAt = performance.now();
  const cpuBefore = procStats(pid).cpuTicks;
  const driverBefore = process.cpuUsage();
  const timers: NodeJS.Timeout[] = [];
  clients.forEach((c, i) => {
    let turn = i * 7;
    // Spread over the interval, as real sessions are not in step.
    timers.push(
      setTimeout(
        () => {
          void say(c, turn++);
          timers.push(setInterval(() => void say(c, turn++), interval));
        },
        (i / clients.length) * interval,
      ),
    );
  });
  await new Promise((r) => setTimeout(r, seconds * 1000));
  for (const t of timers) clearInterval(t);
  // Let the last utterances' events arrive.
  await new Promise((r) => setTimeout(r, 2000));
  const elapsed = (performance.now() - startedAt) / 1000;
  const after = procStats(pid);
  const driver = process.cpuUsage(driverBefore);
  driverLoop.disable();
  const missed = pending.size;

  await Promise.all(
    clients.map(async (c) => {
      c.stream.abort();
      await c.closed;
      const ended = await fetch(`${app.url}/api/sessions/${c.sid}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${c.token}` },
      }).catch(() => undefined);
      await ended?.body?.cancel();
    }),
  );

  const server = app.take();
  return {
    sent,
    latencies: latencies.sort((a, b) => a - b),
    handled: server.handled.sort((a, b) => a - b),
    loop: `${server.loopP99.toFixed(0)} / ${server.loopMax.toFixed(0)}`,
    errors,
    missed,
    rssKb: after.rssKb,
    serverCpu: ((after.cpuTicks - cpuBefore) / TICKS_PER_SECOND / elapsed) * 100,
    driverCpu: ((driver.user + driver.system) / 1e6 / elapsed) * 100,
    driverLoop: `${(driverLoop.percentile(99) / 1e6).toFixed(0)} / ${(driverLoop.max / 1e6).toFixed(0)}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Heap per live session, measured in this process: the child's RSS moves in steps and is not
// given back, so it cannot be divided by N.

async function heapPerSession(
  sandbox: SandboxHandle,
  texts: Line[],
  count: number,
  utterancesEach: number,
): Promise<number> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const dir = mkdtempSync(join(tmpdir(), 'copilot-load-heap-'));
  const config = loadConfig({
    FHIR_ALLOWLIST: sandbox.fhirBase,
    SANDBOX_PORT: new URL(sandbox.origin).port,
    EHR_ORIGINS: sandbox.origin,
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
  });
  const runtime = createWritebackRuntime({ dataDir: dir, fhirAllowlist: config.fhirAllowlist });
  const audit = await openAuditLog({ dataDir: dir });
  const { app, sessions } = createAppHandle({
    config,
    logger: createLogger({ level: 'silent' }),
    audit,
    createAnalyzer: () => createSessionAnalyzer(),
    consentService: runtime.consent,
    writebackRoutes: createWritebackRoutes({ runtime }),
    assistant: createAssistant(parseAssistConfig(assistSettings(config))),
  });
  // p01 has consented on file, so its sessions take utterances at once.
  const open = async () => {
    const token = await sandbox.issueToken({ scope: 'launch/patient patient/*.rs', patient: 'p01' });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const response = await app.request('/api/sessions', {
      method: 'POST',
      headers,
      body: JSON.stringify({ fhirBaseUrl: sandbox.fhirBase, patientId: 'p01' }),
    });
    const { sessionId } = (await response.json()) as { sessionId: string };
    for (let k = 0; k < utterancesEach; k++) {
      const line = texts[k % texts.length] as Line;
      const said = await app.request(`/api/sessions/${sessionId}/utterances`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ id: `u${k}`, speaker: line.speaker, text: line.text }),
      });
      if (said.status !== 200) throw new Error(`utterance refused with ${said.status}`);
    }
  };
  try {
    await open();
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < count; i++) await open();
    gc();
    const after = process.memoryUsage().heapUsed;
    if (sessions.size !== count + 1) throw new Error(`expected ${count + 1} live sessions, found ${sessions.size}`);
    return (after - before) / count;
  } finally {
    for (const session of [...sessions.all()]) sessions.end(session.context.sessionId, 'server_shutdown');
    await audit.close();
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Posts every corpus line once through one session; returns the slowest answer (ms). */
async function warmUp(app: AppProcess, sandbox: SandboxHandle, texts: Line[]): Promise<number> {
  const token = await sandbox.issueToken({ scope: 'launch/patient patient/*.rs', patient: 'p01' });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const created = await fetch(`${app.url}/api/sessions`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ fhirBaseUrl: sandbox.fhirBase, patientId: 'p01' }),
  });
  const { sessionId } = (await created.json()) as { sessionId: string };
  let slowest = 0;
  for (const [i, line] of texts.entries()) {
    const started = performance.now();
    const said = await fetch(`${app.url}/api/sessions/${sessionId}/utterances`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ id: `warm-${i}`, speaker: line.speaker, text: line.text }),
    });
    await said.body?.cancel();
    slowest = Math.max(slowest, performance.now() - started);
  }
  const ended = await fetch(`${app.url}/api/sessions/${sessionId}`, { method: 'DELETE', headers });
  await ended.body?.cancel();
  return slowest;
}

// ---------------------------------------------------------------------------------------------

async function main(args: Args): Promise<void> {
  const texts = readTexts();
  const sandbox = await startSandboxWorker();
  const dataDir = mkdtempSync(join(tmpdir(), 'copilot-load-'));
  const app = await startApp({
    FHIR_ALLOWLIST: sandbox.fhirBase,
    EHR_ORIGINS: sandbox.origin,
    DATA_DIR: dataDir,
    AI_PROVIDER: 'embedded',
  });
  try {
    const reader = await sandbox.issueToken({ scope: 'user/*.rs' });
    const auth = { authorization: `Bearer ${reader}`, accept: 'application/fhir+json' };
    const patients = z
      .object({ entry: z.array(z.object({ resource: z.object({ id: z.string() }) })) })
      .parse(await (await fetch(`${sandbox.fhirBase}/Patient?_count=500`, { headers: auth })).json())
      .entry.map((e) => e.resource.id);
    const encounters = z
      .object({
        entry: z
          .array(z.object({ resource: z.object({ id: z.string(), subject: z.object({ reference: z.string() }) }) }))
          .default([]),
      })
      .parse(await (await fetch(`${sandbox.fhirBase}/Encounter?_count=1000`, { headers: auth })).json())
      .entry.map((e) => e.resource);
    const ehr: Ehr = {
      sandbox,
      patients,
      encounterOf: new Map(encounters.map((e) => [e.subject.reference.replace('Patient/', ''), e.id])),
    };

    console.log(
      `bench:load — server ${app.url} (pid ${app.child.pid}), sandbox ${sandbox.origin}, ${patients.length} patients`,
    );
    console.log(`each session: event stream + one utterance every ${args.interval} ms for ${args.seconds} s\n`);
    // Unreported warm-up: every line of the corpus once through one session (the engine compiles
    // its patterns on first use; see the cold-start figure printed here), then a short round so
    // the JIT and the connection pools settle, as in the first minutes of a clinic day.
    const cold = await warmUp(app, sandbox, texts);
    console.log(
      `warm-up: ${texts.length} utterances through one cold session, slowest answered in ${cold.toFixed(0)} ms\n`,
    );
    await runStep(ehr, app, texts, Math.min(20, Math.max(...args.n)), Math.min(args.seconds, 6), args.interval);

    console.log(
      '    N  utterances  p50 ms  p99 ms  max ms  server p50/p99 ms  loop p99/max ms  errors  missed  server RSS  server CPU  driver CPU  driver loop p99/max',
    );
    for (const n of args.n) {
      const r = await runStep(ehr, app, texts, n, args.seconds, args.interval);
      const errors = [...r.errors.values()].reduce((a, b) => a + b, 0);
      console.log(
        [
          String(n).padStart(5),
          String(r.sent).padStart(11),
          percentile(r.latencies, 50).toFixed(1).padStart(7),
          percentile(r.latencies, 99).toFixed(1).padStart(7),
          (r.latencies.at(-1) ?? Number.NaN).toFixed(1).padStart(7),
          `${percentile(r.handled, 50).toFixed(1)} / ${percentile(r.handled, 99).toFixed(1)}`.padStart(17),
          r.loop.padStart(16),
          String(errors).padStart(7),
          String(r.missed).padStart(7),
          `${(r.rssKb / 1024).toFixed(0)} MB`.padStart(10),
          `${r.serverCpu.toFixed(0)} %`.padStart(11),
          `${r.driverCpu.toFixed(0)} %`.padStart(11),
          r.driverLoop.padStart(20),
        ].join(' '),
      );
      if (errors > 0)
        console.log(`       errors: ${[...r.errors].map(([kind, count]) => `${kind} ×${count}`).join(', ')}`);
    }

    const opened = await heapPerSession(sandbox, texts, 200, 0);
    const talked = await heapPerSession(sandbox, texts, 200, 40);
    console.log(
      `\nheap per live session (in-process, 200 sessions): ${(opened / 1024).toFixed(1)} kB opened, ` +
        `${(talked / 1024).toFixed(1)} kB after 40 utterances (~${((talked - opened) / 40 / 1024).toFixed(2)} kB per utterance)`,
    );
    console.log(
      '\n(p50/p99/max: utterance POST sent → its analysis event received by the driver; server: request received →',
    );
    console.log(
      " analysis pushed and answered, from the server's own request log; loop: the server's event-loop delay;",
    );
    console.log(
      " CPU: % of one core; driver loop: the load driver's own event-loop delay, when high the latency is the driver's;",
    );
    console.log(
      ` the machine's load average when done: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${availableParallelism()} cores)`,
    );
  } finally {
    app.child.kill('SIGTERM');
    await new Promise((r) => app.child.once('exit', r));
    await sandbox.close();
    for (const path of [dataDir, `${dataDir}.keys.json`, `${dataDir}.audit-anchors.jsonl`])
      rmSync(path, { recursive: true, force: true });
  }
}

if (isMainThread) await main(readArgs());
else await serveSandboxInWorker(parentPort as MessagePort);
