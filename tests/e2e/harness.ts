/**
 * What the end-to-end test files share: one stack and one browser per file (closed when the file
 * is done, also when its set-up failed half way), screenshots, and launches from the chart.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Sandbox } from '../../launch/sandbox/index.ts';
import { launchChromium } from '../../scripts/browser.ts';
import { ensureClientBuilt } from '../../scripts/clientBuild.ts';
import { chartLaunchUrl, fhirSearch, type Stack, startStack } from '../../scripts/stack.ts';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

/** A full-page screenshot under test-results/screenshots/, named for the step and the width. */
export async function shot(page: Page, step: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: join(SHOTS, `${step}-${width}.png`), fullPage: true });
}

/** Serious and critical accessibility violations on the page, by rule id. */
export async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page } as ConstructorParameters<typeof AxeBuilder>[0]).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? ''})`)
          .join(', ')}`,
    );
}

/** Patients with no consent on file: the app must ask them. */
export async function patientsWithoutConsent(sandbox: Sandbox): Promise<string[]> {
  const consents = await fhirSearch<{ patient?: { reference?: string } }>(sandbox, 'Consent?_count=500');
  const asked = new Set(consents.map((c) => c.patient?.reference));
  const patients = await fhirSearch<{ id: string }>(sandbox, 'Patient?_count=500');
  return patients.map((p) => p.id).filter((id) => !asked.has(`Patient/${id}`));
}

/** Launches the app from the patient's chart in a page of the given width (a new browser context). */
export async function launchFromChart(
  browser: Browser,
  sandbox: Sandbox,
  patientId: string,
  width: number,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const src = await chartLaunchUrl(context, sandbox, patientId);
  const page = await context.newPage();
  await page.goto(src);
  return page;
}

/** Stops everything given to it after the file's tests, also what a set-up that failed half way had started. */
export function closeAfterAll(): (close: () => Promise<void> | void) => void {
  const closers: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    const results = await Promise.allSettled(closers.map(async (close) => close()));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  });
  return (close) => closers.push(close);
}

/** Waits for every start, even when one fails first (so each finished one gets closed), then throws the first failure. */
export async function allStarted(starts: Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(starts)).find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** One sandbox + app stack and one browser for the test file that calls it (the client built first). */
export function useStackAndBrowser(): { readonly stack: Stack; readonly browser: Browser } {
  const held: { stack?: Stack; browser?: Browser } = {};
  const closeLater = closeAfterAll();
  beforeAll(async () => {
    await ensureClientBuilt();
    await allStarted([
      startStack().then((stack) => {
        held.stack = stack;
        closeLater(() => stack.close());
      }),
      launchChromium().then((browser) => {
        held.browser = browser;
        closeLater(() => browser.close());
      }),
    ]);
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
