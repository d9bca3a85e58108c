import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ApprovedNote } from '../../fhir/approval.ts';
import type { CapabilityReader } from '../../fhir/capabilities.ts';
import type { FhirClient } from '../../fhir/fhirClient.ts';
import type { WriteInput } from '../../fhir/strategies/types.ts';
import type { ConsentManager } from '../consent/service.ts';
import type { SessionContext } from '../session/context.ts';
import type { EhrAccess } from './ehrAccess.ts';
import { findEncounterNote } from './encounterNote.ts';
import type { WriteExecutor } from './executor.ts';
import { createWriteExecutor, defaultBackoffMs } from './executor.ts';
import type { WriteLedger } from './ledger.ts';
import type { WriteRecord, WriteView } from './record.ts';
import { viewOf, writtenAuditEvent } from './record.ts';
import type { WriteWorker } from './worker.ts';
import { createWriteWorker } from './worker.ts';

/**
 * Approve-and-sign, amendments and their state. An approval is recorded in the ledger (with a
 * business identifier) before anything is sent, attempted at once, and — if it cannot be
 * written now — retried by the worker until it is, while the clinician sees where it stands.
 */

const Id = z.string().min(1).max(64);

/** Body of `POST /api/sessions/:sid/approve`: the approved note plus who and what it is for. */
export const ApproveRequest = ApprovedNote.extend({
  /** Chosen by the app once per draft: approving the same draft twice writes it once. */
  draftId: z.uuid().optional(),
  patientId: Id,
  encounterId: Id.optional(),
  /** How the chart shows the approving clinician (the reference itself comes from the token). */
  clinicianName: z.string().trim().min(1).max(200).optional(),
  /** Psychotherapy (process) notes stay with the therapist: accepted here only to be left out. */
  processNote: z.string().max(100_000).optional(),
  /**
   * The clinician knows this encounter already has a signed note and adds a separate one; without
   * it a second note for the encounter is refused (409 `encounter_has_note`) so that it is amended instead.
   */
  separateNote: z.literal(true).optional(),
});
export type ApproveRequest = z.infer<typeof ApproveRequest>;

/** Body of `POST /api/sessions/:sid/amend`: a corrected note replacing one this app wrote. */
export const AmendRequest = ApproveRequest.extend({ replacesWriteId: Id });
export type AmendRequest = z.infer<typeof AmendRequest>;

export class WritebackRequestError extends Error {
  override name = 'WritebackRequestError';
  readonly status: 400 | 403 | 404 | 409;
  readonly code: string;

  constructor(status: 400 | 403 | 404 | 409, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export interface WritebackService {
  approve(session: SessionContext, request: ApproveRequest): Promise<{ write: WriteView; created: boolean }>;
  amend(session: SessionContext, request: AmendRequest): Promise<{ write: WriteView; created: boolean }>;
  list(session: SessionContext): WriteView[];
  retry(session: SessionContext, writeId: string): Promise<WriteView>;
  /**
   * The clinician is back for this encounter (e.g. after a restart): writes that were waiting for
   * their token, or whose next attempt is due, are attempted now rather than at their back-off slot.
   */
  resume(session: SessionContext): void;
  /**
   * After a restart: records the audit entry of every write the last process brought into the
   * chart without it, unless the entry did reach the disk. Returns how many were recorded.
   */
  recoverAudit(): Promise<number>;
  readonly worker: WriteWorker;
  readonly executor: WriteExecutor;
}

export interface WritebackServiceDeps {
  ledger: WriteLedger;
  companion: FhirClient;
  ehr: EhrAccess;
  consent: ConsentManager;
  capabilities: CapabilityReader;
  policyUri: string;
  appVersion: string;
  now?: () => Date;
  newId?: () => string;
  backoffMs?: (attempts: number) => number;
  maxAttempts?: number;
  onGaveUp?: (record: WriteRecord) => void;
  workerIntervalMs?: number;
  /** Where each write that reaches the chart is recorded, once. */
  audit?: WriteAudit;
}

export interface WriteAudit {
  /** Resolves once the entry is on disk. */
  append(event: ReturnType<typeof writtenAuditEvent>): Promise<void>;
  /** Whether the log already holds the entry of this write (used after a crash). */
  hasWriteEntry?(writeId: string): Promise<boolean>;
}

function checkContext(session: SessionContext, request: { patientId: string; encounterId?: string }): void {
  if (request.patientId !== session.patientId) {
    throw new WritebackRequestError(
      403,
      'patient_mismatch',
      'patientId does not match the patient this session was launched for.',
    );
  }
  if ((request.encounterId ?? undefined) !== (session.encounterId ?? undefined)) {
    throw new WritebackRequestError(
      403,
      'encounter_mismatch',
      'encounterId does not match the encounter this session was launched for.',
    );
  }
  if (!session.practitionerRef) {
    throw new WritebackRequestError(
      403,
      'clinician_unknown',
      'The launch did not identify the clinician (no fhirUser): a note needs its author. Launch with the openid and fhirUser scopes.',
    );
  }
}

export function createWritebackService(deps: WritebackServiceDeps): WritebackService {
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  const executor = createWriteExecutor({
    ledger: deps.ledger,
    companion: deps.companion,
    ehrClient: (record) => deps.ehr.forRecord(record),
    capabilities: deps.capabilities,
    now,
    backoffMs: deps.backoffMs ?? defaultBackoffMs,
    maxAttempts: deps.maxAttempts,
    onGaveUp: deps.onGaveUp,
    ...(deps.audit
      ? { auditWritten: (record: WriteRecord) => (deps.audit as WriteAudit).append(writtenAuditEvent(record)) }
      : {}),
  });
  const worker = createWriteWorker({ ledger: deps.ledger, executor, intervalMs: deps.workerIntervalMs, now });

  async function submit(
    session: SessionContext,
    request: ApproveRequest,
    amendment?: { replaces: string; replacesWriteId: string },
  ): Promise<{ write: WriteView; created: boolean }> {
    checkContext(session, request);
    deps.ehr.remember(session);
    const writeId = request.draftId ?? newId();
    const existing = deps.ledger.get(writeId);
    if (existing) {
      if (
        existing.fhirBaseUrl !== session.fhirBaseUrl ||
        existing.patientId !== session.patientId ||
        existing.practitionerRef !== session.practitionerRef
      ) {
        throw new WritebackRequestError(
          409,
          'draft_id_in_use',
          'This draftId was already used for another patient or by another clinician.',
        );
      }
      // Already in the chart but its audit entry not yet on disk: record it now.
      const settled = existing.auditPending ? await executor.run(writeId) : existing;
      return { write: viewOf(settled), created: false };
    }
    if (!amendment && !request.separateNote) await refuseSecondNote(session);
    const {
      draftId: _draftId,
      patientId: _p,
      encounterId: _e,
      clinicianName,
      processNote: _processNote,
      separateNote: _s,
      ...approved
    } = request;
    const note = ApprovedNote.parse(approved);
    // The note states the consent as the chart holds it now, not as it was at session start.
    const consent = await deps.consent.atSigning(session);
    const approvedAt = now().toISOString();
    const input: WriteInput = {
      writeId,
      fhirBaseUrl: session.fhirBaseUrl,
      patientId: session.patientId,
      encounterId: session.encounterId,
      practitionerRef: session.practitionerRef as string,
      clinicianName,
      note,
      consent,
      approvedAt,
      replaces: amendment?.replaces,
      policyUri: deps.policyUri,
      appVersion: deps.appVersion,
    };
    const record: WriteRecord = {
      writeId,
      kind: amendment ? 'amend' : 'approve',
      sessionId: session.sessionId,
      fhirBaseUrl: session.fhirBaseUrl,
      patientId: session.patientId,
      encounterId: session.encounterId,
      practitionerRef: session.practitionerRef as string,
      input,
      replacesWriteId: amendment?.replacesWriteId,
      state: 'pending',
      attempts: 0,
      steps: {},
      createdAt: approvedAt,
      updatedAt: approvedAt,
    };
    if (!deps.ledger.insert(record)) {
      return { write: viewOf(deps.ledger.get(writeId) as WriteRecord), created: false };
    }
    return { write: viewOf(await executor.run(writeId)), created: true };
  }

  async function refuseSecondNote(session: SessionContext): Promise<void> {
    const existing = await findEncounterNote(
      { ledger: deps.ledger, capabilities: deps.capabilities, ehr: deps.ehr.forSession(session) },
      session,
    );
    if (!existing) return;
    const what = existing.note
      ? `a signed note (${existing.note})`
      : 'a note approved here that is still being written';
    throw new WritebackRequestError(
      409,
      'encounter_has_note',
      `This visit already has ${what}${existing.writeId ? ` — write ${existing.writeId}` : ''}. ` +
        'Amend the signed note to correct it, or add this one as a separate note.',
    );
  }

  /**
   * A write of this session's patient and encounter whose author is the session's clinician.
   * Only the author may amend, retry or read back a note: there is no co-signer rule, so a
   * colleague's correction is a note of their own. Another author's write is "not found", as
   * one of another patient is, so its existence is not revealed either.
   */
  function owned(session: SessionContext, writeId: string): WriteRecord {
    const record = deps.ledger.get(writeId);
    if (
      !record ||
      !session.practitionerRef ||
      record.practitionerRef !== session.practitionerRef ||
      record.fhirBaseUrl !== session.fhirBaseUrl ||
      record.patientId !== session.patientId ||
      record.encounterId !== session.encounterId
    ) {
      throw new WritebackRequestError(
        404,
        'write_not_found',
        `No write ${writeId} of yours for this session's patient and encounter.`,
      );
    }
    return record;
  }

  return {
    approve: (session, request) => submit(session, request),

    async amend(session, request) {
      const original = owned(session, request.replacesWriteId);
      if (original.state !== 'written' || original.outcome?.note.destination !== 'ehr') {
        throw new WritebackRequestError(
          409,
          'not_written_yet',
          'Only a note already in the chart can be amended; while it is still being written, correct the draft and approve it again.',
        );
      }
      const { replacesWriteId, ...approval } = request;
      return submit(session, approval, { replaces: original.outcome.note.reference, replacesWriteId });
    },

    list(session) {
      return deps.ledger
        .listForEncounter({
          fhirBaseUrl: session.fhirBaseUrl,
          patientId: session.patientId,
          encounterId: session.encounterId,
        })
        .filter((record) => session.practitionerRef !== undefined && record.practitionerRef === session.practitionerRef)
        .map(viewOf);
    },

    async retry(session, writeId) {
      const record = owned(session, writeId);
      deps.ehr.remember(session);
      if (record.state === 'written' && !record.auditPending) return viewOf(record);
      // The clinician asked: automatic retries get a fresh allowance from here.
      deps.ledger.update(writeId, (r) => ({ ...r, retriedAt: r.attempts }));
      return viewOf(await executor.run(writeId));
    },

    resume(session) {
      deps.ehr.remember(session);
      const nowIso = now().toISOString();
      for (const record of deps.ledger.listForEncounter(session)) {
        const waiting = record.lastError?.code === 'token_unavailable' || record.lastError?.code === 'token_rejected';
        const due =
          record.state === 'pending' ||
          (record.state === 'retrying' && (waiting || (record.nextAttemptAt ?? '') <= nowIso));
        // The executor records every outcome in the ledger; the app follows it through the list.
        if (due && record.practitionerRef === session.practitionerRef)
          void executor.run(record.writeId).catch(() => undefined);
      }
    },

    async recoverAudit() {
      let recorded = 0;
      for (const record of deps.ledger.auditPending()) {
        if (await deps.audit?.hasWriteEntry?.(record.writeId)) {
          deps.ledger.update(record.writeId, (r) => ({ ...r, auditPending: undefined }));
        } else {
          await executor.run(record.writeId);
          recorded++;
        }
      }
      return recorded;
    },

    worker,
    executor,
  };
}
