import type { Consent } from '@medplum/fhirtypes';
import { z } from 'zod';
import { ApprovedNote } from '../../fhir/approval.ts';
import { ActivityOutcomeResult } from '../../fhir/homeworkOutcome.ts';
import type { WriteInput } from '../../fhir/strategies/types.ts';
import { ConsentState } from '../session/context.ts';

/** One approved draft on its way to the chart, as the write ledger keeps it. */

export const Destination = z.enum(['ehr', 'companion']);
export const StrategyName = z.enum(['transaction', 'noteAndProvenance', 'noteOnly']);

export const WriteState = z.enum([
  /** Recorded, not yet attempted. */
  'pending',
  /** An attempt is under way. */
  'writing',
  /** The last attempt failed in a way a retry can fix (or whose outcome is unknown); retried with back-off. */
  'retrying',
  /** Everything is written. */
  'written',
  /** A server refused the write (or the draft is invalid); kept for the clinician to retry or correct. */
  'failed',
]);
export type WriteState = z.infer<typeof WriteState>;

export const StepState = z.enum([
  /** Intent recorded; the request may or may not have reached the server. */
  'sending',
  /** Sent, answer unknown (timeout, dropped connection, 5xx): search before sending again. */
  'uncertain',
  'done',
  /** Refused by the server (4xx): nothing was written. */
  'failed',
]);

export const StepRecord = z.object({
  state: StepState,
  destination: Destination,
  attempts: z.number().int().nonnegative(),
  reference: z.string().optional(),
  refs: z.record(z.string(), z.string()).optional(),
  superseded: z.boolean().optional(),
  /** A care plan update: whether the server took it, and if not why (shown with the outcome). */
  updated: z.boolean().optional(),
  keep: z.boolean().optional(),
  message: z.string().optional(),
  error: z.string().optional(),
  updatedAt: z.string(),
});
export type StepRecord = z.infer<typeof StepRecord>;

const ConsentResource = z.custom<Consent>(
  (v) => typeof v === 'object' && v !== null && (v as { resourceType?: unknown }).resourceType === 'Consent',
);

export const WriteInputSchema = z.object({
  writeId: z.string(),
  fhirBaseUrl: z.string(),
  patientId: z.string(),
  encounterId: z.string().optional(),
  practitionerRef: z.string(),
  clinicianName: z.string().optional(),
  note: ApprovedNote,
  consent: z.object({
    state: ConsentState,
    recordedAt: z.string().optional(),
    resource: ConsentResource.optional(),
    destination: Destination.optional(),
  }),
  approvedAt: z.string(),
  replaces: z.string().optional(),
  policyUri: z.string(),
  appVersion: z.string(),
}) satisfies z.ZodType<WriteInput>;

export const WrittenResource = z.object({ resourceType: z.string(), destination: Destination, reference: z.string() });

export const WriteOutcome = z.object({
  strategy: StrategyName,
  note: WrittenResource,
  resources: z.array(WrittenResource),
  supersededPrevious: z.boolean().optional(),
  homeworkOutcomes: z.array(ActivityOutcomeResult).optional(),
});

export const WriteError = z.object({
  code: z.string(),
  message: z.string(),
  /** True when the failed attempt may have written something (it will be searched for first). */
  uncertain: z.boolean().optional(),
});
export type WriteError = z.infer<typeof WriteError>;

export const WriteRecord = z.object({
  writeId: z.string(),
  kind: z.enum(['approve', 'amend']),
  sessionId: z.string(),
  fhirBaseUrl: z.string(),
  patientId: z.string(),
  encounterId: z.string().optional(),
  practitionerRef: z.string(),
  /** The approved payload: kept until it is in the chart, then dropped (it is chart content, not a log). */
  input: WriteInputSchema.optional(),
  /** For an amendment: the write whose note it replaces. */
  replacesWriteId: z.string().optional(),
  state: WriteState,
  strategy: StrategyName.optional(),
  attempts: z.number().int().nonnegative(),
  /** `attempts` when the clinician last asked for a retry: automatic retries are counted from there. */
  retriedAt: z.number().int().nonnegative().optional(),
  nextAttemptAt: z.string().optional(),
  lastError: WriteError.optional(),
  steps: z.record(z.string(), StepRecord),
  outcome: WriteOutcome.optional(),
  /** In the chart, but its audit entry is not yet known to be on disk. */
  auditPending: z.boolean().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WriteRecord = z.infer<typeof WriteRecord>;

/** What the clinician's app is shown: state and destinations, never the note's content. */
export function viewOf(record: WriteRecord) {
  return {
    writeId: record.writeId,
    kind: record.kind,
    state: record.state,
    strategy: record.strategy ?? null,
    attempts: record.attempts,
    nextAttemptAt: record.nextAttemptAt ?? null,
    lastError: record.lastError ?? null,
    replacesWriteId: record.replacesWriteId ?? null,
    note: record.outcome?.note ?? null,
    resources: record.outcome?.resources ?? [],
    supersededPrevious: record.outcome?.supersededPrevious ?? null,
    homeworkOutcomes: record.outcome?.homeworkOutcomes ?? [],
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
export type WriteView = ReturnType<typeof viewOf>;

/** The audit entry of a write that has reached the chart (ids and references only). */
export function writtenAuditEvent(record: WriteRecord) {
  return {
    action: record.kind === 'amend' ? 'chart.amend' : 'chart.write',
    actor: record.practitionerRef,
    sessionId: record.sessionId,
    resources: [
      `Patient/${record.patientId}`,
      ...(record.encounterId ? [`Encounter/${record.encounterId}`] : []),
      ...(record.outcome?.resources ?? []).filter((r) => r.destination === 'ehr').map((r) => r.reference),
    ].slice(0, 50),
    outcome: 'ok' as const,
    detail: {
      writeId: record.writeId,
      attempts: record.attempts,
      ...(record.strategy ? { strategy: record.strategy } : {}),
      ...(record.replacesWriteId ? { replacesWriteId: record.replacesWriteId } : {}),
    },
  };
}
