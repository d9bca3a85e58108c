/**
 * `npm run bench:launch` — how fast the app becomes usable after an EHR launch, and how much
 * JavaScript it needs first.
 *
 * - launch → interactive: from navigating to the launch URL (as the EHR's sidebar does) through
 *   the authorization redirect and token exchange to the patient's name and the utterance box
 *   being visible, in headless Chromium against the sandbox EHR; median of 10 fresh launches.
 * - initial JS: the entry chunk of the app page plus its static imports, gzipped.
 * Budgets: 1.5 s and 250 kB. Exits non-zero when a budget is exceeded.
 */
import { launchChromium } from '../browser.ts';
import { ensureClientBuilt } from '../clientBuild.ts';
import { initialBundle } from './bundleSize.ts';
import { measureLaunch, patientsWithConsent, startStack } from '../stack.ts';

const RUNS = 10;
const BUDGET_MS = 1500;
const BUDGET_KB = 250;

const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

await ensureClientBuilt();
const stack = await startStack();
const browser = await launchChromium();
try {
  const [patientId] = await patientsWithConsent(stack.sandbox);
  if (!patientId)
    throw new Error('The sandbox has no patient with a consent on file to launch straight into a session.');
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await measureLaunch(browser, stack, patientId));
  const bundle = initialBundle();
  const launchMs = median(times);
  const kb = bundle.jsGzipBytes / 1024;
  console.log(
    `launch → interactive (median of ${RUNS}): ${launchMs.toFixed(0)} ms (budget ${BUDGET_MS} ms) ${launchMs <= BUDGET_MS ? 'PASS' : 'FAIL'}`,
  );
  console.log(`  runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  console.log(
    `initial JS (gzip): ${kb.toFixed(1)} kB in ${bundle.files.length} files (budget ${BUDGET_KB} kB) ${kb <= BUDGET_KB ? 'PASS' : 'FAIL'}`,
  );
  console.log(`  initial CSS (gzip): ${(bundle.cssGzipBytes / 1024).toFixed(1)} kB`);
  process.exitCode = launchMs <= BUDGET_MS && kb <= BUDGET_KB ? 0 : 1;
} finally {
  await browser.close();
  await stack.close();
}
