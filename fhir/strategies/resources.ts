import { createHash } from 'node:crypto';
import type {
  CarePlan,
  Consent,
  Device,
  DocumentReference,
  Encounter,
  Patient,
  Practitioner,
  Provenance,
  Reference,
} from '@medplum/fhirtypes';
import type { DocStatusPreference } from '../approval.ts';
import { buildHomeworkCarePlan, buildSafetyPlanCarePlan, carePlanIdentifierQuery } from '../carePlan.ts';
import type { CarePlanPart } from '../carePlan.ts';
import { IDENTIFIER_SYSTEM } from '../codes.ts';
import { consentIdentifierQuery } from '../consent.ts';
import { buildAiDevice, deviceIdentifierQuery } from '../device.ts';
import type { NoteContentType } from '../documentReference.ts';
import { buildProgressNote, noteIdentifierQuery } from '../documentReference.ts';
import { buildAiProvenance } from '../provenance.ts';
import type { Destination, TransactionEntry, WriteInput } from './types.ts';

/** The pieces every strategy assembles, built for one destination. */

export interface Refs {
  patient: Reference<Patient>;
  encounter?: Reference<Encounter>;
  practitioner: Reference<Practitioner>;
}

/** Relative references inside the EHR; absolute ones (to the EHR) from the companion store. */
export function refsFor(input: WriteInput, destination: Destination): Refs {
  const prefix = destination === 'ehr' ? '' : `${input.fhirBaseUrl}/`;
  const refs: Refs = {
    patient: { reference: `${prefix}Patient/${input.patientId}` },
    practitioner: input.clinicianName
      ? { reference: `${prefix}${input.practitionerRef}`, display: input.clinicianName }
      : { reference: `${prefix}${input.practitionerRef}` },
  };
  if (input.encounterId) refs.encounter = { reference: `${prefix}Encounter/${input.encounterId}` };
  return refs;
}

/** A stable `urn:uuid` per approval and part, so a retried transaction is byte-for-byte the same. */
export function stableUrn(writeId: string, part: string): string {
  const h = createHash('sha1').update(`${writeId}/${part}`).digest('hex');
  const variant = ((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

export interface NoteOptions {
  contentTypes: readonly NoteContentType[];
  acceptedTypeCodes?: readonly string[];
  docStatus: DocStatusPreference;
}

export function noteFor(input: WriteInput, destination: Destination, options: NoteOptions): DocumentReference {
  const refs = refsFor(input, destination);
  return buildProgressNote({
    note: { ...input.note, docStatus: options.docStatus },
    consent: input.consent,
    clinician: input.clinicianName ?? input.practitionerRef,
    approvedAt: input.approvedAt,
    amendmentOf: input.replaces,
    writeId: input.writeId,
    patient: refs.patient,
    encounter: refs.encounter,
    author: refs.practitioner,
    contentTypes: options.contentTypes,
    acceptedTypeCodes: options.acceptedTypeCodes,
    replaces: input.replaces ? { reference: input.replaces } : undefined,
  });
}

export const noteIdentity = (input: WriteInput): string => noteIdentifierQuery(input.writeId);

export function carePlansFor(
  input: WriteInput,
  destination: Destination,
): { part: CarePlanPart; resource: CarePlan; identity: string }[] {
  const refs = refsFor(input, destination);
  const ctx = {
    writeId: input.writeId,
    patient: refs.patient,
    encounter: refs.encounter,
    author: refs.practitioner,
    approvedAt: input.approvedAt,
    aiAssisted: input.note.ai !== undefined,
  };
  const plans: { part: CarePlanPart; resource: CarePlan; identity: string }[] = [];
  if (input.note.homework.length > 0) {
    plans.push({
      part: 'homework',
      resource: buildHomeworkCarePlan(ctx, input.note.homework),
      identity: carePlanIdentifierQuery(input.writeId, 'homework'),
    });
  }
  if (input.note.safetyPlan) {
    plans.push({
      part: 'safety-plan',
      resource: buildSafetyPlanCarePlan(ctx, input.note.safetyPlan),
      identity: carePlanIdentifierQuery(input.writeId, 'safety-plan'),
    });
  }
  return plans;
}

/** The recorded Consent, re-sent only to where it was recorded (conditionally, so never twice). */
export function consentFor(
  input: WriteInput,
  destination: Destination,
): { resource: Consent; identity: string } | undefined {
  const consent = input.consent.resource;
  const id = consent?.identifier?.find((i) => i.system === IDENTIFIER_SYSTEM.consent)?.value;
  if (!consent || !id || input.consent.destination !== destination) return undefined;
  const { id: _serverId, meta: _meta, ...content } = consent;
  return { resource: content as Consent, identity: consentIdentifierQuery(id) };
}

export function deviceFor(input: WriteInput): { resource: Device; identity: string } | undefined {
  const ai = input.note.ai;
  if (!ai) return undefined;
  return { resource: buildAiDevice(ai, input.appVersion), identity: deviceIdentifierQuery(ai) };
}

export function provenanceFor(
  input: WriteInput,
  destination: Destination,
  targets: readonly Reference[],
  device: Reference<Device>,
): Provenance | undefined {
  const ai = input.note.ai;
  if (!ai || targets.length === 0) return undefined;
  return buildAiProvenance({
    writeId: input.writeId,
    targets,
    recorded: input.approvedAt,
    occurred: input.note.period,
    device,
    clinician: refsFor(input, destination).practitioner,
    ai,
    policyUri: input.policyUri,
  });
}

/**
 * The resources that go with a note, as transaction entries for one destination: care plans,
 * consent, the AI Device and a Provenance naming the note (when in `extraTargets`) and the rest.
 */
export function supportingEntries(
  input: WriteInput,
  destination: Destination,
  extraTargets: readonly Reference[],
  provenanceIdentity: string,
): TransactionEntry[] {
  const entries: TransactionEntry[] = [];
  const targets: Reference[] = [...extraTargets];
  for (const plan of carePlansFor(input, destination)) {
    const fullUrl = stableUrn(input.writeId, `careplan-${plan.part}`);
    entries.push({ fullUrl, resource: plan.resource, ifNoneExist: plan.identity });
    targets.push({ reference: fullUrl });
  }
  const consent = consentFor(input, destination);
  if (consent) {
    entries.push({
      fullUrl: stableUrn(input.writeId, 'consent'),
      resource: consent.resource,
      ifNoneExist: consent.identity,
    });
  }
  const device = deviceFor(input);
  if (device) {
    const deviceUrn = stableUrn(input.writeId, 'device');
    entries.push({ fullUrl: deviceUrn, resource: device.resource, ifNoneExist: device.identity });
    const provenance = provenanceFor(input, destination, targets, { reference: deviceUrn });
    if (provenance) {
      entries.push({
        fullUrl: stableUrn(input.writeId, 'provenance'),
        resource: provenance,
        ifNoneExist: provenanceIdentity,
      });
    }
  }
  return entries;
}
