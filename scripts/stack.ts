/**
 * The whole product in this process, for the end-to-end tests and the browser benchmarks: the
 * sandbox EHR and the app server on loopback ports, wired to each other. The sandbox registers
 * `<app origin>/app` as the SMART redirect, so the app's port is chosen first and handed to both.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { startSandbox, type Sandbox } from '../launch/sandbox/index.ts';
import { loadConfig } from '../server/config.ts';
import { createLogger } from '../server/logger.ts';
import { type RunningServer, startServer } from '../server/main.ts';
import { type LaunchTimeline, recordLaunchTimeline } from './bench/launchTimeline.ts';

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface Stack {
  sandbox: Sandbox;
  app: RunningServer;
  appOrigin: string;
  /** Stops the app server and starts a new one on the same port: every live session is lost. */
  restartApp(): Promise<void>;
  /** Stops both servers and removes the app's data folder. */
  close(): Promise<void>;
}

/**
 * Sandbox + app server wired to each other; `env` adds server settings (e.g. a transcription
 * endpoint). If the app server fails to start, what was already started is stopped and removed.
 */
export async function startStack(env: Record<string, string> = {}): Promise<Stack> {
  const port = await freePort();
  const appOrigin = `http://localhost:${port}`;
  const sandbox = await startSandbox({ port: 0, appLaunchUrl: `${appOrigin}/launch` });
  const dataDir = mkdtempSync(join(tmpdir(), 'copilot-e2e-'));
  const removeData = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    const config = loadConfig({
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: appOrigin,
      FHIR_ALLOWLIST: sandbox.fhirBase,
      SANDBOX_PORT: new URL(sandbox.origin).port,
      EHR_ORIGINS: sandbox.origin,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
      AI_PROVIDER: 'embedded',
      ...env,
    });
    const start = () => startServer({ config, port, logger: createLogger({ level: 'error' }) });
    const stack: Stack = {
      sandbox,
      app: await start(),
      appOrigin,
      async restartApp() {
        await stack.app.close();
        stack.app = await start();
      },
      async close() {
        try {
          await stack.app.close();
        } finally {
          await sandbox.close();
          removeData();
        }
      },
    };
    return stack;
  } catch (error) {
    await sandbox.close();
    removeData();
    throw error;
  }
}

/** Reads from the sandbox's FHIR server as a records clerk would (a real signed token, read-only). */
export async function fhirSearch<T>(sandbox: Sandbox, query: string): Promise<T[]> {
  const token = await sandbox.issueToken({ scope: 'user/*.rs' });
  const response = await fetch(`${sandbox.fhirBase}/${query}`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json' },
  });
  if (!response.ok) throw new Error(`FHIR search ${query} answered ${response.status}`);
  const bundle = (await response.json()) as { entry?: { resource: T }[] };
  return (bundle.entry ?? []).map((e) => e.resource);
}

/** Patients with an active consent on file: a launch goes straight to the session screen. */
export async function patientsWithConsent(sandbox: Sandbox): Promise<string[]> {
  const consents = await fhirSearch<{ status?: string; patient?: { reference?: string } }>(
    sandbox,
    'Consent?_count=500',
  );
  return [
    ...new Set(
      consents.filter((c) => c.status === 'active').map((c) => c.patient?.reference?.replace(/^Patient\//, '') ?? ''),
    ),
  ].filter(Boolean);
}

/**
 * The EHR launch URL the shell's chart page gives its Session Copilot sidebar for this patient
 * (a fresh launch id bound to patient, encounter and signed-in clinician). The sidebar frame
 * itself is not loaded, so only the caller's page runs the app.
 */
export async function chartLaunchUrl(context: BrowserContext, sandbox: Sandbox, patientId: string): Promise<string> {
  const chart = await context.newPage();
  await chart.route(
    (url) => url.pathname === '/launch',
    (route) => route.abort(),
  );
  await chart.goto(`${sandbox.origin}/patients/${encodeURIComponent(patientId)}`);
  const src = await chart.locator('iframe[title="Session Copilot"]').getAttribute('src');
  await chart.close();
  if (!src) throw new Error('The chart has no Session Copilot sidebar');
  return src;
}

export interface LaunchMeasurement {
  /** From navigating to the launch URL until the patient's name and the utterance box are visible. */
  ms: number;
  /** Where that time went, from the browser's own events. */
  timeline: LaunchTimeline;
}

/**
 * One EHR launch in a fresh browser context (nothing cached), timed from navigating to the launch
 * URL until the patient's name and the utterance box are visible.
 */
export async function measureLaunch(browser: Browser, stack: Stack, patientId: string): Promise<LaunchMeasurement> {
  const context = await browser.newContext({ viewport: { width: 400, height: 900 } });
  try {
    const src = await chartLaunchUrl(context, stack.sandbox, patientId);
    const page = await context.newPage();
    const recording = await recordLaunchTimeline(page);
    const started = performance.now();
    await page.goto(src, { waitUntil: 'commit' });
    await Promise.all([
      page.getByTestId('app-patient-name').waitFor({ timeout: 30_000 }),
      page.getByRole('textbox', { name: 'Utterance' }).waitFor({ timeout: 30_000 }),
    ]);
    const ms = performance.now() - started;
    return { ms, timeline: recording.finish(ms) };
  } finally {
    await context.close();
  }
}
