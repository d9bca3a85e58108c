/**
 * `npm run bench:launch` — how fast the app becomes usable after an EHR launch, and how much
 * JavaScript it needs first.
 *
 * - launch → interactive: from navigating to the launch URL (as the EHR's sidebar does) through
 *   the authorization redirect and token exchange to the patient's name and the utterance box
 *   being visible, in headless Chromium against the sandbox EHR; median of 10 fresh launches
 *   (`-- --runs N` for another number).
 * - where the time went: each step of the launch (median start and end over the runs, from the
 *   browser's own events; see launchTimeline.ts) and the server's steps of the session start.
 * - initial JS: the entry chunk of the app page plus its static imports, gzipped.
 * Budgets (the architecture's): 1 s median and 250 kB. Exits non-zero when a budget is exceeded.
 */
import { parseArgs } from 'node:util';
import { launchChromium } from '../browser.ts';
import { ensureClientBuilt } from '../clientBuild.ts';
import { initialBundle } from './bundleSize.ts';
import { LAUNCH_STEPS, type LaunchTimeline } from './launchTimeline.ts';
import { measureLaunch, patientsWithConsent, startStack } from '../stack.ts';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const RUNS = Number(args.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a whole number ≥ 1, not ${args.runs}`);
const BUDGET_MS = 1000;
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
  const timelines: LaunchTimeline[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { ms, timeline } = await measureLaunch(browser, stack, patientId);
    times.push(ms);
    timelines.push(timeline);
  }
  const bundle = initialBundle();
  const launchMs = median(times);
  const kb = bundle.jsGzipBytes / 1024;
  console.log(
    `launch → interactive (median of ${RUNS}): ${launchMs.toFixed(0)} ms (budget ${BUDGET_MS} ms) ${launchMs <= BUDGET_MS ? 'PASS' : 'FAIL'}`,
  );
  console.log(`  runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  console.log('  steps (median over the runs, ms after the launch URL was requested; steps may overlap):');
  for (const step of LAUNCH_STEPS) {
    const spans = timelines.flatMap((t) => (t[step] ? [t[step]] : []));
    if (spans.length === 0) continue;
    const [start, end, took] = [
      median(spans.map((s) => s.startMs)),
      median(spans.map((s) => s.endMs)),
      median(spans.map((s) => s.endMs - s.startMs)),
    ].map((v) => v.toFixed(0).padStart(5));
    console.log(`    ${start} → ${end}  ${took} ms  ${step}`);
  }
  const serverSteps = [...new Set(timelines.flatMap((t) => Object.keys(t.sessionServerTiming ?? {})))];
  if (serverSteps.length) {
    const medians = serverSteps.map((name) => {
      const values = timelines.flatMap((t) => t.sessionServerTiming?.[name] ?? []);
      return `${name} ${median(values).toFixed(0)}`;
    });
    console.log(`  session start on the server (Server-Timing, median ms): ${medians.join(', ')}`);
  }
  console.log(
    `initial JS (gzip): ${kb.toFixed(1)} kB in ${bundle.files.length} files (budget ${BUDGET_KB} kB) ${kb <= BUDGET_KB ? 'PASS' : 'FAIL'}`,
  );
  console.log(`  initial CSS (gzip): ${(bundle.cssGzipBytes / 1024).toFixed(1)} kB`);
  process.exitCode = launchMs <= BUDGET_MS && kb <= BUDGET_KB ? 0 : 1;
} finally {
  await browser.close();
  await stack.close();
}
