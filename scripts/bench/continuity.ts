/**
 * `npm run bench:continuity` — the continuity read (`GET /api/sessions/:sid/continuity` without
 * the HTTP layer) against the in-process sandbox EHR in each mode, for a patient with earlier
 * sessions: round trips to the EHR per read, and p50/p95 latency. The first read of each mode
 * also fetches the CapabilityStatement; it is reported apart.
 *
 * BENCH_CONTINUITY_RUNS sets the reads per mode (default 50).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EhrMode } from '../../launch/sandbox/index.ts';
import { startSandbox } from '../../launch/sandbox/index.ts';
import { buildRegistrations } from '../../launch/registrations.ts';
import { createWritebackRuntime } from '../../server/writeback/runtime.ts';
import { benchSession, CLINICIAN, PATIENT, todaysEncounter } from './benchSession.ts';

const RUNS = Number(process.env.BENCH_CONTINUITY_RUNS ?? 50);
const REGISTRATION: Record<EhrMode, string> = { full: 'sandbox', medplum: 'medplum', epic: 'epic', oracle: 'oracle' };

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

async function benchMode(mode: EhrMode) {
  const sandbox = await startSandbox({ port: 0, mode });
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-continuity-'));
  let trips = 0;
  const counting: typeof fetch = (input, init) => {
    trips++;
    return fetch(input, init);
  };
  const runtime = createWritebackRuntime({ dataDir, fhirAllowlist: [sandbox.fhirBase], fetch: counting });
  try {
    const scope = buildRegistrations().find((r) => r.id === REGISTRATION[mode])?.ehrLaunchScope ?? '';
    const encounterId = todaysEncounter();
    const session = benchSession(
      `bench-${mode}`,
      sandbox.fhirBase,
      encounterId,
      await sandbox.issueToken({ scope, patient: PATIENT, encounter: encounterId, fhirUser: CLINICIAN }),
    );
    const started = performance.now();
    const first = await runtime.continuity.read(session);
    const coldMs = performance.now() - started;
    const coldTrips = trips;
    const latencies: number[] = [];
    const perRead: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      trips = 0;
      const t0 = performance.now();
      await runtime.continuity.read(session);
      latencies.push(performance.now() - t0);
      perRead.push(trips);
    }
    latencies.sort((a, b) => a - b);
    return {
      mode,
      notes: first.notes.length,
      homework: first.homework.length,
      unavailable: first.unavailable.length,
      coldMs,
      coldTrips,
      trips: Math.max(...perRead),
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
    };
  } finally {
    await runtime.close();
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const results = [];
for (const mode of ['full', 'epic', 'oracle', 'medplum'] as const) results.push(await benchMode(mode));
console.log(`continuity read, ${RUNS} reads per mode (patient ${PATIENT}, 2 earlier sessions)`);
console.log('mode     notes homework unavailable  EHR trips/read  p50 ms  p95 ms  first read (ms, trips)');
for (const r of results) {
  console.log(
    `${r.mode.padEnd(8)} ${String(r.notes).padStart(5)} ${String(r.homework).padStart(8)} ${String(r.unavailable).padStart(11)}  ` +
      `${String(r.trips).padStart(14)}  ${r.p50.toFixed(1).padStart(6)}  ${r.p95.toFixed(1).padStart(6)}  ` +
      `${r.coldMs.toFixed(0)}, ${r.coldTrips}`,
  );
}
