/**
 * Builds the app for a test: a temporary DATA_DIR with the real audit log, logs captured line by
 * line, the FHIR server double (or any fetch), a consent store the test controls, and the app's
 * own routes. `call()` sends a request through the app in-process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Hono } from 'hono';
import { createAppHandle, type AppDeps, type AppHandle } from '../../../server/app.ts';
import { openAuditLog, type AuditLog } from '../../../server/audit/log.ts';
import { loadConfig, type Config } from '../../../server/config.ts';
import { createSessionAnalyzer } from '../../../server/engine/analyze.ts';
import { createLogger } from '../../../server/logger.ts';
import { createAssistant } from '../../../server/providers/index.ts';
import type { AppEnv, ConsentService, ConsentState } from '../../../server/session/context.ts';
import { createFakeFhir, type FakeFhir } from './fakeFhir.ts';

/** Consent kept per patient, as the EHR or the companion store would keep it. */
export function createConsentStore(initial: Record<string, ConsentState> = {}) {
  const states = new Map<string, ConsentState>(Object.entries(initial));
  const service: ConsentService = {
    async lookup(session) {
      return { state: states.get(session.patientId) ?? 'none' };
    },
    async current(session) {
      session.consent = states.get(session.patientId) ?? 'none';
      return { state: session.consent };
    },
  };
  /** Record and revoke, mounted like the write-back routes. */
  const routes = new Hono<AppEnv>();
  routes.post('/:sid/consent', async (c) => {
    const session = c.get('session');
    const { state } = (await c.req.json()) as { state: ConsentState };
    states.set(session.patientId, state);
    session.consent = state;
    return c.json({ consent: state });
  });
  routes.post('/:sid/consent/revoke', (c) => {
    const session = c.get('session');
    states.set(session.patientId, 'revoked');
    session.consent = 'revoked';
    return c.json({ consent: 'revoked' });
  });
  return { states, service, routes };
}

export interface Harness {
  handle: AppHandle;
  config: Config;
  fhir: FakeFhir;
  audit: AuditLog;
  dataDir: string;
  logs: string[];
  consent: ReturnType<typeof createConsentStore>;
  call(path: string, init?: RequestInit & { token?: string; json?: unknown }): Promise<Response>;
  createSession(
    token: string,
    body?: Record<string, unknown>,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  fhir?: FakeFhir;
  consent?: Record<string, ConsentState>;
  deps?: Partial<AppDeps>;
  dataDir?: string;
}

export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'copilot-server-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'debug', ...options.env });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger({ level: config.logLevel }, sink);
  const audit = await openAuditLog({ dataDir });
  const fhir = options.fhir ?? createFakeFhir();
  const consent = createConsentStore(options.consent);
  const handle = createAppHandle({
    config,
    logger,
    audit,
    fetch: fhir.fetch,
    createAnalyzer: () => createSessionAnalyzer(),
    consentService: consent.service,
    writebackRoutes: consent.routes,
    assistant: createAssistant({ AI_PROVIDER: 'embedded' }),
    staticRoot: join(dataDir, 'no-client-build'),
    ...options.deps,
  });

  const call: Harness['call'] = (path, init = {}) => {
    const { token, json, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    if (json !== undefined) headers.set('content-type', 'application/json');
    return Promise.resolve(
      handle.app.request(path, { ...rest, headers, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) }),
    );
  };

  return {
    handle,
    config,
    fhir,
    audit,
    dataDir,
    logs,
    consent,
    call,
    async createSession(token, body = {}) {
      const response = await call('/api/sessions', {
        method: 'POST',
        token,
        json: { fhirBaseUrl: fhir.base, patientId: 'pat-1', encounterId: 'enc-1', ...body },
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    async close() {
      for (const live of [...handle.sessions.all()]) handle.sessions.end(live.context.sessionId, 'server_shutdown');
      await audit.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
