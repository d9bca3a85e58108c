/**
 * The end-to-end stack, in this process: the built client, the sandbox EHR and the app server
 * on random loopback ports, and headless Chromium. The sandbox registers `<app origin>/app` as
 * the SMART redirect, so the app's port is chosen first and handed to both.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startSandbox, type Sandbox } from '../../launch/sandbox/index.ts';
import { loadConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { type RunningServer, startServer } from '../../server/main.ts';

import { ensureClientBuilt } from './build.ts';

export { ensureClientBuilt };

const ROOT = resolve(import.meta.dirname, '../..');

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

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
  close(): Promise<void>;
}

/** Sandbox + app server wired to each other; `env` adds server settings (e.g. a transcription endpoint). */
export async function startStack(env: Record<string, string> = {}): Promise<Stack> {
  const port = await freePort();
  const appOrigin = `http://localhost:${port}`;
  const sandbox = await startSandbox({ port: 0, appLaunchUrl: `${appOrigin}/launch` });
  const dataDir = mkdtempSync(join(tmpdir(), 'copilot-e2e-'));
  const config = loadConfig({
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: appOrigin,
    FHIR_ALLOWLIST: sandbox.fhirBase,
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
      await stack.app.close();
      await sandbox.close();
      for (const path of [dataDir, `${dataDir}.keys.json`, `${dataDir}.audit-anchors.jsonl`]) rmSync(path, { recursive: true, force: true });
    },
  };
  return stack;
}

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_FLAGS, ...extraArgs] });
}

const SHOTS = join(ROOT, 'test-results/screenshots');

/** A full-page screenshot under test-results/screenshots/, named for the step and the width. */
export async function shot(page: Page, step: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: join(SHOTS, `${step}-${width}.png`), fullPage: true });
}

/** Reads from the sandbox's FHIR server as a records clerk would (a real signed token, read-only). */
export async function fhirSearch<T>(sandbox: Sandbox, query: string): Promise<T[]> {
  const token = await sandbox.issueToken({ scope: 'user/*.rs' });
  const response = await fetch(`${sandbox.fhirBase}/${query}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json' } });
  if (!response.ok) throw new Error(`FHIR search ${query} answered ${response.status}`);
  const bundle = (await response.json()) as { entry?: { resource: T }[] };
  return (bundle.entry ?? []).map((e) => e.resource);
}

/** Patients with no consent on file: the app must ask them. */
export async function patientsWithoutConsent(sandbox: Sandbox): Promise<string[]> {
  const consents = await fhirSearch<{ patient?: { reference?: string } }>(sandbox, 'Consent?_count=500');
  const asked = new Set(consents.map((c) => c.patient?.reference));
  const patients = await fhirSearch<{ id: string }>(sandbox, 'Patient?_count=500');
  return patients.map((p) => p.id).filter((id) => !asked.has(`Patient/${id}`));
}

/**
 * The EHR launch URL the shell's chart page gives its Session Copilot sidebar for this patient
 * (a fresh launch id bound to patient, encounter and signed-in clinician). The sidebar frame
 * itself is not loaded, so only the caller's page runs the app.
 */
export async function chartLaunchUrl(context: BrowserContext, sandbox: Sandbox, patientId: string): Promise<string> {
  const chart = await context.newPage();
  await chart.route((url) => url.pathname === '/launch', (route) => route.abort());
  await chart.goto(`${sandbox.origin}/patients/${encodeURIComponent(patientId)}`);
  const src = await chart.locator('iframe[title="Session Copilot"]').getAttribute('src');
  await chart.close();
  if (!src) throw new Error('The chart has no Session Copilot sidebar');
  return src;
}

/** Launches the app from the patient's chart in a page of the given width (a new browser context). */
export async function launchFromChart(browser: Browser, sandbox: Sandbox, patientId: string, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const src = await chartLaunchUrl(context, sandbox, patientId);
  const page = await context.newPage();
  await page.goto(src);
  return page;
}

/** Patients with an active consent on file: a launch goes straight to the session screen. */
export async function patientsWithConsent(sandbox: Sandbox): Promise<string[]> {
  const consents = await fhirSearch<{ status?: string; patient?: { reference?: string } }>(sandbox, 'Consent?_count=500');
  return [...new Set(consents.filter((c) => c.status === 'active').map((c) => c.patient?.reference?.replace(/^Patient\//, '') ?? ''))].filter(Boolean);
}

/**
 * One EHR launch in a fresh browser context, timed from navigating to the launch URL until the
 * patient's name and the utterance box are visible (milliseconds).
 */
export async function measureLaunch(browser: Browser, stack: Stack, patientId: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 400, height: 900 } });
  try {
    const src = await chartLaunchUrl(context, stack.sandbox, patientId);
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(src, { waitUntil: 'commit' });
    await Promise.all([
      page.getByTestId('app-patient-name').waitFor({ timeout: 30_000 }),
      page.getByRole('textbox', { name: 'Utterance' }).waitFor({ timeout: 30_000 }),
    ]);
    return performance.now() - started;
  } finally {
    await context.close();
  }
}

/**
 * One sandbox + app stack and one browser for the test file that calls it (registered as the
 * file's first hooks, with the client built first), closed when the file is done.
 */
export function useStackAndBrowser(): { readonly stack: Stack; readonly browser: Browser } {
  const held: { stack?: Stack; browser?: Browser } = {};
  beforeAll(async () => {
    await ensureClientBuilt();
    [held.stack, held.browser] = await Promise.all([startStack(), launchBrowser()]);
  });
  afterAll(async () => {
    await held.browser?.close();
    await held.stack?.close();
  });
  return {
    get stack() {
      if (!held.stack) throw new Error('the stack is started in beforeAll');
      return held.stack;
    },
    get browser() {
      if (!held.browser) throw new Error('the browser is started in beforeAll');
      return held.browser;
    },
  };
}
