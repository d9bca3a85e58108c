import type { ClinicalImpression, Resource } from '@medplum/fhirtypes';
import type { ServerCapabilities } from '../capabilities.ts';
import type { ActivityOutcomeResult } from '../homeworkOutcome.ts';
import {
  applyOutcomes,
  isPatientsPlan,
  buildOutcomeRecord,
  outcomeRecordIdentifierQuery,
  outcomesByCarePlan,
} from '../homeworkOutcome.ts';
import { buildSessionRecord, sessionRecordIdentifierQuery } from '../sessionRecord.ts';
import { refsFor } from './resources.ts';
import type { Destination, WriteIO, WriteInput, WrittenResource } from './types.ts';

/**
 * What every strategy writes for the next session, after the note: the session record in the
 * companion store, and the outcomes of the homework reviewed this session on their care plans
 * (in the companion store where the EHR will not take the update). Each is its own step, so a
 * retry repeats none that already landed.
 */

/** The session record, pointing at the note (by absolute URL: the record is in the companion store). */
export function sessionRecordFor(
  input: WriteInput,
  noteRef: string,
): { resource: ClinicalImpression; identity: string } {
  const refs = refsFor(input, 'companion');
  return {
    resource: buildSessionRecord({
      writeId: input.writeId,
      patient: refs.patient,
      encounter: refs.encounter,
      clinician: refs.practitioner,
      period: input.note.period,
      riskLevel: input.note.riskAssessment?.level ?? 'none',
      carryOver: input.note.carryOver,
      note: { reference: `${input.fhirBaseUrl}/${noteRef}` },
      aiAssisted: input.note.ai !== undefined,
    }),
    identity: sessionRecordIdentifierQuery(input.writeId),
  };
}

/** The resources this part may send, for validation before anything leaves. */
export function continuityResources(input: WriteInput): { destination: Destination; resource: Resource }[] {
  return [{ destination: 'companion', resource: sessionRecordFor(input, 'DocumentReference/pending').resource }];
}

const NOT_THIS_PATIENT = 'That care plan is not this patient’s, so nothing was recorded on it.';
const NO_UPDATE =
  'This EHR does not let the app update care plans, so the outcome is kept in the app’s companion store.';

export async function writeContinuity(
  io: WriteIO,
  input: WriteInput,
  ehr: ServerCapabilities,
  noteRef: string,
): Promise<{ resources: WrittenResource[]; homeworkOutcomes: ActivityOutcomeResult[] }> {
  const record = sessionRecordFor(input, noteRef);
  const recordRef = await io.create({
    key: 'session-record',
    destination: 'companion',
    resource: record.resource,
    identity: record.identity,
  });
  const resources: WrittenResource[] = [
    { resourceType: 'ClinicalImpression', destination: 'companion', reference: recordRef },
  ];
  const review = input.note.homeworkReview ?? [];
  const homeworkOutcomes: ActivityOutcomeResult[] = review
    .filter((item) => item.outcome === 'not_discussed')
    .map((item) => ({
      carePlanId: item.carePlanId,
      source: item.source,
      activityIndex: item.activityIndex,
      outcome: item.outcome,
      recordedIn: 'skipped',
    }));
  // An amendment corrects the note; the outcomes were written with the note it replaces.
  if (input.replaces !== undefined) return { resources, homeworkOutcomes };

  const ctx = {
    writeId: input.writeId,
    approvedAt: input.approvedAt,
    clinician: refsFor(input, 'companion').practitioner,
  };
  for (const group of outcomesByCarePlan(review)) {
    const reference = `CarePlan/${group.carePlanId}`;
    const updatable = group.source === 'companion' || ehr.update.has('CarePlan');
    const result = updatable
      ? await io.updateCarePlan({
          key: `outcome-${group.source}-${group.carePlanId}`,
          destination: group.source,
          reference,
          apply: (current) =>
            isPatientsPlan(current, input.patientId, input.fhirBaseUrl)
              ? applyOutcomes(current, group.changes, {
                  ...ctx,
                  clinician: refsFor(input, group.source).practitioner,
                })
              : { kind: 'foreign', message: NOT_THIS_PATIENT },
        })
      : ({ updated: false, keep: true, message: NO_UPDATE } as const);
    const outcomes = (recordedIn: ActivityOutcomeResult['recordedIn'], message?: string) =>
      group.changes.map((change) => ({
        carePlanId: group.carePlanId,
        source: group.source,
        activityIndex: change.activityIndex,
        outcome: change.outcome,
        recordedIn,
        ...(message ? { message } : {}),
      }));
    if (result.updated) {
      resources.push({ resourceType: 'CarePlan', destination: group.source, reference });
      homeworkOutcomes.push(...outcomes('care_plan'));
      continue;
    }
    if (!result.keep) {
      homeworkOutcomes.push(...outcomes('skipped', result.message));
      continue;
    }
    const carePlanUrl = group.source === 'ehr' ? `${input.fhirBaseUrl}/${reference}` : reference;
    const outcomeRecord = buildOutcomeRecord(
      { ...ctx, patient: refsFor(input, 'companion').patient, carePlanUrl, carePlanId: group.carePlanId },
      group.changes,
    );
    const recorded = await io.create({
      key: `outcome-record-${group.source}-${group.carePlanId}`,
      destination: 'companion',
      resource: outcomeRecord,
      identity: outcomeRecordIdentifierQuery(input.writeId, group.carePlanId),
    });
    resources.push({ resourceType: 'CarePlan', destination: 'companion', reference: recorded });
    homeworkOutcomes.push(...outcomes('companion', result.message));
  }
  return { resources, homeworkOutcomes };
}
