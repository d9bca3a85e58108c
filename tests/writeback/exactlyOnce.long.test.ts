import { describe, expect, test } from 'vitest';
import type { EhrMode } from '../../launch/sandbox/index.ts';
import { runFaultCampaign } from './faultCampaign.ts';

/**
 * The long version of the exactly-once runs: 1000 faulty approvals with other seeds, run by
 * `npm run test:long`; `npm test` runs the 200-approval version.
 */
const RUNS: Record<EhrMode, number> = { full: 250, epic: 250, oracle: 250, medplum: 250 };

describe('exactly once under faults, 1000 approvals', () => {
  for (const mode of ['full', 'epic', 'oracle', 'medplum'] as const) {
    test(
      `${mode} mode: ${RUNS[mode]} faulty approvals, no duplicate, no loss, one audit entry each`,
      async () => {
        const result = await runFaultCampaign(mode, RUNS[mode], 0xc0ffee + mode.length * 7919);
        expect(result.problems).toEqual([]);
        expect(result.duplicates).toBe(0);
        expect(result.losses).toBe(0);
        expect(result.written).toBe(RUNS[mode]);
        // Audit completeness, across crashes and restarts of the app's process.
        expect(result.auditMissing).toBe(0);
        expect(result.auditDuplicated).toBe(0);
        expect(result.restarts).toBeGreaterThan(0);
        expect(result.auditCrashes).toBeGreaterThan(0);
        console.log(
          `${mode}: ${result.runs} approvals, faults ${JSON.stringify(result.faults)}, ${result.restarts} restarts, ${result.auditCrashes} crashes while auditing, at most ${result.maxAttempts} attempts`,
        );
      },
      20 * 60_000,
    );
  }
});
