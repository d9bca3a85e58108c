/**
 * `npm run bench:ui` — the session screen as a clinician feels it, in headless Chromium against
 * the sandbox EHR:
 * - launch → interactive (patient's name and utterance box visible), median of 5 launches;
 * - utterance typed → flag visible: from the Enter key to the risk flag on that utterance in the
 *   transcript, measured inside the page, p50 and p99 over 50 utterances;
 * - initial JS of the app (gzip).
 * Budgets from the architecture: launch ≤ 1 s, initial JS ≤ 250 kB; the flag has no separate
 * budget in the browser (the server's share is ≤ 20 ms p99, see bench:load), so it is reported.
 */
import { launchChromium } from '../browser.ts';
import { ensureClientBuilt } from '../clientBuild.ts';
import { initialBundle } from './bundleSize.ts';
import { chartLaunchUrl, measureLaunch, patientsWithConsent, startStack } from '../stack.ts';

const LAUNCHES = 5;
const UTTERANCES = 50;
/** Worded differently each time, as a client would; each one is a risk statement. */
const RISK_STATEMENTS = [
  'I keep thinking about killing myself.',
  'Some nights I want to kill myself.',
  'I have thought about ending my life.',
  'I want to die, honestly.',
  'I have been thinking about suicide again.',
];

const percentile = (values: number[], p: number) => {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
};

declare global {
  interface Window {
    flagTimes: number[];
  }
}

await ensureClientBuilt();
const stack = await startStack();
const browser = await launchChromium();
try {
  const [patientId] = await patientsWithConsent(stack.sandbox);
  if (!patientId)
    throw new Error('The sandbox has no patient with a consent on file to launch straight into a session.');

  const launches: number[] = [];
  for (let i = 0; i < LAUNCHES; i++) launches.push((await measureLaunch(browser, stack, patientId)).ms);

  const context = await browser.newContext({ viewport: { width: 400, height: 900 } });
  const page = await context.newPage();
  await page.goto(await chartLaunchUrl(context, stack.sandbox, patientId));
  const box = page.getByRole('textbox', { name: 'Utterance' });
  await box.waitFor({ timeout: 30_000 });
  // Timed in the page: keydown of Enter to the moment one more risk flag is in the DOM.
  await page.evaluate(() => {
    window.flagTimes = [];
    let started = 0;
    let seen = document.querySelectorAll('[data-testid="risk-flag"]').length;
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Enter') started = performance.now();
      },
      true,
    );
    new MutationObserver(() => {
      const count = document.querySelectorAll('[data-testid="risk-flag"]').length;
      if (count > seen && started) {
        window.flagTimes.push(performance.now() - started);
        started = 0;
      }
      seen = count;
    }).observe(document.body, { subtree: true, childList: true });
  });
  for (let i = 0; i < UTTERANCES; i++) {
    await box.fill(RISK_STATEMENTS[i % RISK_STATEMENTS.length] as string);
    await box.press('Enter');
    await page.waitForFunction((n) => window.flagTimes.length >= n, i + 1, { timeout: 10_000 });
  }
  const flags = await page.evaluate(() => window.flagTimes);
  await context.close();

  const bundle = initialBundle();
  const launchMs = percentile(launches, 50);
  const kb = bundle.jsGzipBytes / 1024;
  console.log(
    `launch → interactive (median of ${LAUNCHES}): ${launchMs.toFixed(0)} ms (budget 1000 ms) ${launchMs <= 1000 ? 'PASS' : 'FAIL'}`,
  );
  console.log(
    `utterance typed → flag visible (${flags.length} utterances): p50 ${percentile(flags, 50).toFixed(1)} ms, p99 ${percentile(flags, 99).toFixed(1)} ms`,
  );
  // The first one includes the server's cold start (its analyser's first call), so it is shown on its own.
  console.log(
    `  first utterance of the session: ${(flags[0] ?? 0).toFixed(1)} ms; without it p99 ${percentile(flags.slice(1), 99).toFixed(1)} ms`,
  );
  console.log(`initial JS (gzip): ${kb.toFixed(1)} kB (budget 250 kB) ${kb <= 250 ? 'PASS' : 'FAIL'}`);
  process.exitCode = launchMs <= 1000 && kb <= 250 ? 0 : 1;
} finally {
  await browser.close();
  await stack.close();
}
