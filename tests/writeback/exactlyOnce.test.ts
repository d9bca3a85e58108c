import { describe, expect, test } from 'vitest';
import type { EhrMode } from '../../launch/sandbox/index.ts';
import { runFaultCampaign } from './faultCampaign.ts';

/**
 * 200 approvals in all, under 500s, timeouts, dropped connections and process deaths before and
 * after the server committed, and the app restarting after crashes (also while recording the audit
 * entry): every one ends in the chart exactly once, with exactly one audit entry.
 */
const RUNS: Record<EhrMode, number> = { full: 50, epic: 50, oracle: 50, medplum: 50 };

describe('exactly once under faults', () => {
  for (const mode of ['full', 'epic', 'oracle', 'medplum'] as const) {
    test(`${mode} mode: ${RUNS[mode]} faulty approvals, no duplicate, no loss, one audit entry each`, async () => {
      const result = await runFaultCampaign(mode, RUNS[mode], 0x5eed + mode.length);
      expect(result.problems).toEqual([]);
      expect(result.duplicates).toBe(0);
      expect(result.losses).toBe(0);
      expect(result.written).toBe(RUNS[mode]);
      // Audit completeness, across crashes and restarts of the app's process.
      expect(result.auditMissing).toBe(0);
      expect(result.auditDuplicated).toBe(0);
      expect(result.restarts).toBeGreaterThan(0);
      expect(result.auditCrashes).toBeGreaterThan(0);
      // The campaign must really have hit the write path with faults of every kind.
      for (const [fault, count] of Object.entries(result.faults)) expect(count, fault).toBeGreaterThan(0);
    }, 60_000);
  }
});
