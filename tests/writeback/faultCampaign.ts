import type { Resource } from '@medplum/fhirtypes';
import type { EhrMode } from '../../launch/sandbox/index.ts';
import type { ApproveRequest } from '../../server/writeback/service.ts';
import { approvedNote } from '../fhir/fixtures.ts';
import type { Fault } from './faults.ts';
import { faultPlan, faultyCompanion, faultyFetch, FAULTS, ProcessCrash, prng } from './faults.ts';
import { ours, PATIENT, startHarness } from './harness.ts';

/**
 * Many approvals, each under a random sequence of faults, each retried until it is written;
 * then the EHR and the companion store are counted: every approval must be there exactly once.
 */

export interface CampaignResult {
  mode: EhrMode;
  runs: number;
  written: number;
  /** Resources present more often than the approval wrote them. */
  duplicates: number;
  /** Resources an approval should have written that are missing (or approvals never written). */
  losses: number;
  faults: Record<Fault, number>;
  maxAttempts: number;
  /** Times the app's process died and started again (after a crash fault or mid-audit). */
  restarts: number;
  /** Crashes injected as a chart write's audit entry was being recorded (before / after it reached the disk). */
  auditCrashes: number;
  /** Chart writes without their audit entry, and entries beyond one per write. */
  auditMissing: number;
  auditDuplicated: number;
  problems: string[];
}

interface Expected {
  writeId: string;
  ehr: Record<string, number>;
  companion: Record<string, number>;
}

function expectedFor(
  mode: EhrMode,
  writeId: string,
  parts: { homework: boolean; safety: boolean; ai: boolean },
): Expected {
  const plans = Number(parts.homework) + Number(parts.safety);
  const ehr: Record<string, number> = { DocumentReference: 1 };
  const companion: Record<string, number> = {};
  if (mode === 'full' || mode === 'medplum') {
    ehr.CarePlan = plans;
    ehr.Provenance = parts.ai ? 1 : 0;
  } else if (mode === 'oracle') {
    ehr.Provenance = parts.ai ? 1 : 0;
    companion.CarePlan = plans;
    companion.Provenance = parts.ai && plans > 0 ? 1 : 0;
  } else {
    companion.CarePlan = plans;
    companion.Provenance = parts.ai ? 1 : 0;
  }
  return { writeId, ehr, companion };
}

function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Runs in batches of `batchSize`, each against a fresh sandbox and companion store: the
 * in-memory stores search by scanning, so one store holding every run would make the
 * campaign quadratic without testing anything more.
 */
export async function runFaultCampaign(
  mode: EhrMode,
  runs: number,
  seed: number,
  batchSize = 10,
): Promise<CampaignResult> {
  const random = prng(seed);
  const total: CampaignResult = {
    mode,
    runs: 0,
    written: 0,
    duplicates: 0,
    losses: 0,
    faults: {} as Record<Fault, number>,
    maxAttempts: 0,
    restarts: 0,
    auditCrashes: 0,
    auditMissing: 0,
    auditDuplicated: 0,
    problems: [],
  };
  for (const f of FAULTS) total.faults[f] = 0;
  for (let done = 0; done < runs; done += batchSize) {
    const batch = await runBatch(mode, Math.min(batchSize, runs - done), random);
    total.runs += batch.runs;
    total.written += batch.written;
    total.duplicates += batch.duplicates;
    total.losses += batch.losses;
    total.maxAttempts = Math.max(total.maxAttempts, batch.maxAttempts);
    total.restarts += batch.restarts;
    total.auditCrashes += batch.auditCrashes;
    total.auditMissing += batch.auditMissing;
    total.auditDuplicated += batch.auditDuplicated;
    total.problems.push(...batch.problems);
    for (const f of FAULTS) total.faults[f] += batch.faults[f];
  }
  return total;
}

async function runBatch(mode: EhrMode, runs: number, random: () => number): Promise<CampaignResult> {
  let budget = 0;
  const spend = () => {
    budget--;
  };
  const ehrPlan = faultPlan(random, 0.35, () => budget);
  const companionPlan = faultPlan(random, 0.35, () => budget);
  // Set when the app's process "dies": the run then restarts it, as a supervisor would. A crash
  // while recording an audit entry always restarts; one after a request sometimes is survived as
  // a failed attempt instead, to cover both paths.
  let crashed: 'request' | 'audit' | undefined;
  let auditCrashes = 0;
  let restarts = 0;
  const crashOn = <T>(promise: Promise<T>): Promise<T> =>
    promise.catch((err: unknown) => {
      if (err instanceof ProcessCrash) crashed ??= 'request';
      throw err;
    });
  const harness = await startHarness(mode, {
    wrapFetch: (inner) => {
      const faulty = faultyFetch(inner, ehrPlan, spend);
      return (input, init) => crashOn(faulty(input, init));
    },
    wrapCompanion: (inner) => {
      const faulty = faultyCompanion(inner, companionPlan, spend);
      return { ...faulty, request: (req) => crashOn(faulty.request(req)) };
    },
    wrapAudit: (inner) => ({
      hasWriteEntry: (writeId) => inner.hasWriteEntry(writeId),
      async append(event) {
        const roll = budget > 0 ? random() : 1;
        if (roll < 0.1) {
          auditCrashes++;
          crashed = 'audit';
          spend();
          throw new ProcessCrash('the app process died before the audit entry was written');
        }
        await inner.append(event);
        if (roll < 0.2) {
          auditCrashes++;
          crashed = 'audit';
          spend();
          throw new ProcessCrash('the app process died after the audit entry was written');
        }
      },
    }),
  });
  /** A process that died starts again on the same DATA_DIR. */
  const afterCrash = async () => {
    // Recovery at start-up may itself be hit by a crash: then the process starts once more.
    while (crashed) {
      const kind = crashed;
      crashed = undefined;
      if (kind === 'audit' || random() < 0.6) {
        restarts++;
        await harness.restart();
      }
    }
  };
  const expected: Expected[] = [];
  const problems: string[] = [];
  let written = 0;
  let maxAttempts = 0;
  try {
    for (let run = 0; run < runs; run++) {
      budget = 1 + Math.floor(random() * 6);
      const parts = { homework: random() < 0.8, safety: random() < 0.5, ai: random() < 0.85 };
      const base = approvedNote();
      const request: ApproveRequest = {
        ...base,
        homework: parts.homework ? base.homework : [],
        safetyPlan: parts.safety ? base.safetyPlan : undefined,
        ai: parts.ai ? base.ai : undefined,
        draftId: uuidFrom(random),
        // Many approvals for one encounter: each is a separate note by intent.
        separateNote: true,
        patientId: PATIENT,
        encounterId: harness.session.encounterId,
      };
      let write;
      // The app repeats the same approval (same draftId) when a request fails outright.
      for (let tries = 0; tries < 20 && !write; tries++) {
        write = await harness.runtime.writeback.approve(harness.session, request).then(
          (r) => r.write,
          () => undefined,
        );
        await afterCrash();
      }
      if (!write) {
        problems.push(`run ${run}: the approval was never accepted`);
        continue;
      }
      expected.push(expectedFor(mode, write.writeId, parts));
      for (let tries = 0; tries < 40 && write.state !== 'written'; tries++) {
        if (write.state === 'failed') {
          problems.push(
            `run ${run}: write ${write.writeId} failed: ${write.lastError?.code} ${write.lastError?.message}`,
          );
          break;
        }
        const retried: typeof write | undefined = await harness.runtime.writeback
          .retry(harness.session, write.writeId)
          .catch(() => undefined);
        await afterCrash();
        if (retried) write = retried;
      }
      // A write in the chart whose audit entry a crash interrupted is settled by the next request.
      if (write.state === 'written') {
        for (let tries = 0; tries < 20 && harness.runtime.ledger.get(write.writeId)?.auditPending; tries++) {
          await harness.runtime.writeback.retry(harness.session, write.writeId).catch(() => undefined);
          await afterCrash();
        }
      }
      maxAttempts = Math.max(maxAttempts, write.attempts);
      if (write.state === 'written') written++;
    }
    budget = 0;

    const index = async (read: (type: string) => Promise<Resource[]>, types: string[]) =>
      Object.fromEntries(await Promise.all(types.map(async (t) => [t, await read(t)] as const)));
    const ehr = await index((t) => harness.ehrAll(t), ['DocumentReference', 'CarePlan', 'Provenance', 'Device']);
    const companion = await index(
      (t) => harness.companionAll(t),
      ['DocumentReference', 'CarePlan', 'Provenance', 'Device'],
    );
    let duplicates = 0;
    let losses = runs - written;
    const tally = (where: string, found: Record<string, Resource[]>, want: Record<string, number>, writeId: string) => {
      for (const type of ['DocumentReference', 'CarePlan', 'Provenance']) {
        const count = (found[type] ?? []).filter(ours(writeId)).length;
        const wanted = want[type] ?? 0;
        if (count > wanted) {
          duplicates += count - wanted;
          problems.push(`${writeId}: ${count} ${type} in the ${where}, expected ${wanted}`);
        }
        if (count < wanted) {
          losses += wanted - count;
          problems.push(`${writeId}: ${count} ${type} in the ${where}, expected ${wanted}`);
        }
      }
    };
    for (const e of expected) {
      tally('EHR', ehr, e.ehr, e.writeId);
      tally('companion store', companion, e.companion, e.writeId);
    }
    const devices = [...(ehr.Device ?? []), ...(companion.Device ?? [])].filter((d) =>
      JSON.stringify(d).includes('urn:session-copilot:device'),
    );
    if (devices.length > 1) {
      duplicates += devices.length - 1;
      problems.push(`${devices.length} AI Devices for one model`);
    }
    // Audit completeness: every write in the chart has exactly one entry saying so.
    const entries = harness.auditEntries().filter((e) => e.action === 'chart.write' || e.action === 'chart.amend');
    let auditMissing = 0;
    let auditDuplicated = 0;
    for (const e of expected) {
      if (harness.runtime.ledger.get(e.writeId)?.state !== 'written') continue;
      const count = entries.filter((entry) => entry.detail?.writeId === e.writeId).length;
      if (count === 0) auditMissing++;
      if (count > 1) auditDuplicated += count - 1;
      if (count !== 1) problems.push(`${e.writeId}: ${count} audit entries for one chart write`);
    }
    const faults = Object.fromEntries(
      FAULTS.map((f) => [f, ehrPlan.injected[f] + companionPlan.injected[f]]),
    ) as Record<Fault, number>;
    return {
      mode,
      runs,
      written,
      duplicates,
      losses,
      faults,
      maxAttempts,
      restarts,
      auditCrashes,
      auditMissing,
      auditDuplicated,
      problems,
    };
  } finally {
    await harness.close();
  }
}
