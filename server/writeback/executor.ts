import type { CapabilityReader, ServerCapabilities } from '../../fhir/capabilities.ts';
import { CapabilityError } from '../../fhir/capabilities.ts';
import type { FhirClient } from '../../fhir/fhirClient.ts';
import { UncertainOutcomeError } from '../../fhir/fhirClient.ts';
import { noteAndProvenanceStrategy } from '../../fhir/strategies/noteAndProvenance.ts';
import { noteOnlyStrategy } from '../../fhir/strategies/noteOnly.ts';
import { selectStrategy } from '../../fhir/strategies/select.ts';
import { transactionStrategy } from '../../fhir/strategies/transaction.ts';
import type { Strategy, StrategyName } from '../../fhir/strategies/types.ts';
import { assertWritable, InvalidResourceError } from '../../fhir/validate.ts';
import { PermanentWriteError, RetryableWriteError } from './errors.ts';
import type { WriteLedger } from './ledger.ts';
import { UnknownWriteError } from './ledger.ts';
import type { WriteError, WriteRecord } from './record.ts';
import { createStepRunner } from './stepRunner.ts';

/**
 * Runs one attempt of a write: reads the EHR's capabilities, keeps the strategy chosen on the
 * first attempt (a retry must not send the note somewhere else), validates every resource,
 * then lets the strategy write through the exactly-once step runner. The ledger ends the
 * attempt `written`, `retrying` (with the next attempt's time) or `failed`.
 */

export interface WriteEnv {
  ledger: WriteLedger;
  companion: FhirClient;
  /** A client for the record's EHR with the clinician's current token; throws a RetryableWriteError when there is none. */
  ehrClient: (record: WriteRecord) => FhirClient;
  capabilities: CapabilityReader;
  now: () => Date;
  /** Delay before the next attempt after `attempts` failed ones. */
  backoffMs: (attempts: number) => number;
  /** Automatic attempts before a write that keeps failing is handed back to the clinician. */
  maxAttempts?: number;
  /** Told once when a write is handed back after `maxAttempts` (for the audit log). */
  onGaveUp?: (record: WriteRecord) => void;
  /**
   * Records that a write reached the chart; resolves once the entry is on disk and throws when
   * it may not be (the write stays `auditPending` and the next attempt or process records it).
   */
  auditWritten?: (record: WriteRecord) => Promise<void>;
}

export interface WriteExecutor {
  /** One attempt now (joins an attempt already under way for the same write). */
  run(writeId: string): Promise<WriteRecord>;
}

const STRATEGIES: Record<StrategyName, Strategy> = {
  transaction: transactionStrategy,
  noteAndProvenance: noteAndProvenanceStrategy,
  noteOnly: noteOnlyStrategy,
};

/** With the default back-off, about four minutes of trying before the clinician is asked to decide. */
export const DEFAULT_MAX_ATTEMPTS = 8;

/** Waiting for the clinician's token is not the EHR failing: it does not use up attempts. */
const WAITING_FOR_CLINICIAN = new Set(['token_unavailable', 'token_rejected']);

/** Exponential back-off from 2 s to 5 min, with ±20 % jitter so retries after an outage spread out. */
export function defaultBackoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(300_000, 2_000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

function classify(err: unknown): { error: WriteError; retry: boolean } {
  if (err instanceof RetryableWriteError)
    return { error: { code: err.code, message: err.message, uncertain: err.uncertain }, retry: true };
  if (err instanceof UncertainOutcomeError)
    return { error: { code: err.kind, message: err.message, uncertain: true }, retry: true };
  if (err instanceof PermanentWriteError) return { error: { code: err.code, message: err.message }, retry: false };
  if (err instanceof InvalidResourceError)
    return { error: { code: 'invalid_resource', message: err.message }, retry: false };
  if (err instanceof CapabilityError)
    return { error: { code: 'unsupported_by_ehr', message: err.message }, retry: false };
  const message = err instanceof Error ? err.message : String(err);
  return { error: { code: 'unexpected', message }, retry: true };
}

async function capabilitiesOf(reader: CapabilityReader, client: FhirClient, key: string): Promise<ServerCapabilities> {
  try {
    return await reader.get(client, key);
  } catch (err) {
    // The server could not be asked (down, timing out): that is worth another try later.
    if (err instanceof CapabilityError || err instanceof UncertainOutcomeError) {
      throw new RetryableWriteError('capabilities_unavailable', err.message, false);
    }
    throw err;
  }
}

export function createWriteExecutor(env: WriteEnv): WriteExecutor {
  const running = new Map<string, Promise<WriteRecord>>();
  const stamp = () => env.now().toISOString();

  /** Writes whose audit entry this process has put on disk (the ledger may not say so yet). */
  const audited = new Set<string>();

  /** Whatever path brought the write into the chart, its one audit entry is recorded here. */
  async function settleAudit(record: WriteRecord): Promise<WriteRecord> {
    if (!record.auditPending || !env.auditWritten) return record;
    if (!audited.has(record.writeId)) {
      await env.auditWritten(record);
      audited.add(record.writeId);
    }
    const settled = env.ledger.update(record.writeId, (r) => ({ ...r, auditPending: undefined }));
    audited.delete(record.writeId);
    return settled;
  }

  async function attempt(writeId: string): Promise<WriteRecord> {
    const existing = env.ledger.get(writeId);
    if (!existing) throw new UnknownWriteError(`No write ${writeId} in the ledger.`);
    if (existing.state === 'written') return settleAudit(existing);
    return settleAudit(await write(writeId));
  }

  async function write(writeId: string): Promise<WriteRecord> {
    const record = env.ledger.update(writeId, (r) => ({
      ...r,
      state: 'writing',
      attempts: r.attempts + 1,
      nextAttemptAt: undefined,
      updatedAt: stamp(),
    }));
    try {
      const input = record.input;
      if (!input) throw new PermanentWriteError('payload_missing', 'The approved draft is no longer in the ledger.');
      const ehr = env.ehrClient(record);
      const [ehrCaps, companionCaps] = await Promise.all([
        capabilitiesOf(env.capabilities, ehr, record.fhirBaseUrl),
        capabilitiesOf(env.capabilities, env.companion, 'companion'),
      ]);
      const strategy = record.strategy ? STRATEGIES[record.strategy] : selectStrategy(ehrCaps);
      if (!record.strategy) env.ledger.update(writeId, (r) => ({ ...r, strategy: strategy.name }));
      const prepared = strategy.prepare(input, ehrCaps);
      assertWritable(prepared.resources.map((r) => r.resource));
      const runner = createStepRunner({
        ledger: env.ledger,
        writeId,
        clients: { ehr, companion: env.companion },
        capabilities: { ehr: ehrCaps, companion: companionCaps },
        now: env.now,
      });
      const outcome = await prepared.run(runner);
      return env.ledger.update(writeId, (r) => ({
        ...r,
        state: 'written',
        outcome,
        ...(env.auditWritten ? { auditPending: true } : {}),
        input: undefined,
        lastError: undefined,
        nextAttemptAt: undefined,
        updatedAt: stamp(),
      }));
    } catch (err) {
      const { error, retry } = classify(err);
      const maxAttempts = env.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
      let gaveUp = false;
      const settled = env.ledger.update(writeId, (r) => {
        gaveUp = retry && !WAITING_FOR_CLINICIAN.has(error.code) && r.attempts - (r.retriedAt ?? 0) >= maxAttempts;
        if (gaveUp) {
          return {
            ...r,
            state: 'failed',
            lastError: {
              ...error,
              code: 'gave_up',
              message:
                `The EHR could not take the note after ${r.attempts - (r.retriedAt ?? 0)} tries (last problem: ${error.message}). ` +
                'Automatic retries have stopped; the approved note is kept. Press Retry when the EHR is back.',
            },
            nextAttemptAt: undefined,
            updatedAt: stamp(),
          };
        }
        return {
          ...r,
          state: retry ? 'retrying' : 'failed',
          lastError: error,
          nextAttemptAt: retry ? new Date(env.now().getTime() + env.backoffMs(r.attempts)).toISOString() : undefined,
          updatedAt: stamp(),
        };
      });
      if (gaveUp) env.onGaveUp?.(settled);
      return settled;
    }
  }

  return {
    run(writeId) {
      const current = running.get(writeId);
      if (current) return current;
      const run = attempt(writeId).finally(() => running.delete(writeId));
      running.set(writeId, run);
      return run;
    },
  };
}
