import type { DocumentReference, Encounter, Provenance, Resource } from '@medplum/fhirtypes';
import type { FhirStore, FhirStoreResponse } from '../../../fhir/store/index.ts';
import { outcome } from '../../../fhir/store/index.ts';
import type { ModePolicy } from './ehrModes.ts';
import type { FhirInteraction } from './request.ts';

const FHIR_JSON = { 'content-type': 'application/fhir+json; charset=utf-8' };

const refused = (status: 405 | 412 | 422, code: string, message: string): FhirStoreResponse => ({
  status,
  body: outcome('error', code, message),
  headers: FHIR_JSON,
});

/** 405 when the EHR this mode imitates does not offer the interaction at all. */
export function modeRefusal(policy: ModePolicy, interaction: FhirInteraction): FhirStoreResponse | undefined {
  if (interaction.kind === 'bundle' && !policy.bundles) {
    return refused(
      405,
      'not-supported',
      `This EHR (${policy.mode} mode) does not accept batch or transaction Bundles; send each request on its own.`,
    );
  }
  if (interaction.kind === 'type' && !policy.interactions(interaction.resourceType).includes(interaction.interaction)) {
    const allowed = policy.interactions(interaction.resourceType).join(', ');
    return refused(
      405,
      'not-supported',
      `This EHR (${policy.mode} mode) does not support ${interaction.interaction} on ${interaction.resourceType}; it supports: ${allowed}.`,
    );
  }
  return undefined;
}

type RuleInput = {
  policy: ModePolicy;
  interaction: FhirInteraction;
  body: unknown;
  headers: Record<string, string | undefined>;
  fhirUser?: string;
  store: FhirStore;
};

function singleAttachment(doc: DocumentReference): string | undefined {
  if (doc.content?.length !== 1 || !doc.content[0]?.attachment) {
    return 'The note must carry exactly one attachment.';
  }
  return undefined;
}

async function readResource<T extends Resource>(
  store: FhirStore,
  reference: string | undefined,
): Promise<T | undefined> {
  const [type, id] = (reference ?? '').split('/').slice(-2);
  if (!type || !id) {
    return undefined;
  }
  try {
    return (await store.repo.readResource(type, id)) as T;
  } catch {
    return undefined;
  }
}

async function epicNoteCreate(doc: DocumentReference, store: FhirStore): Promise<string | undefined> {
  if (doc.status !== 'current') {
    return 'Epic files clinical notes with status "current".';
  }
  if (doc.docStatus && doc.docStatus !== 'preliminary' && doc.docStatus !== 'final') {
    return 'docStatus must be "preliminary" (unsigned) or "final" (signed).';
  }
  const encounter = await readResource<Encounter>(store, doc.context?.encounter?.[0]?.reference);
  if (!encounter || encounter.subject?.reference !== doc.subject?.reference) {
    return "context.encounter must be an existing encounter of the note's patient.";
  }
  return singleAttachment(doc);
}

function oracleNoteCreate(doc: DocumentReference, fhirUser: string | undefined): string | undefined {
  if (doc.status !== 'current') {
    return 'Notes are created with status "current".';
  }
  if (doc.docStatus !== 'final') {
    return 'With a provider token only docStatus "final" may be created (no drafts).';
  }
  if (fhirUser && (doc.author?.length !== 1 || doc.author[0]?.reference !== fhirUser)) {
    return `author must be exactly the signed-in practitioner (${fhirUser}).`;
  }
  if (!doc.context?.period?.end) {
    return 'context.period.end is required.';
  }
  const attachment = doc.content?.[0]?.attachment;
  if (attachment && !/charset=/i.test(attachment.contentType ?? '')) {
    return 'The attachment contentType must name its charset, e.g. "text/plain; charset=utf-8".';
  }
  return singleAttachment(doc);
}

async function oracleNoteUpdate(
  doc: DocumentReference,
  input: RuleInput,
  id: string,
): Promise<FhirStoreResponse | undefined> {
  if (!input.headers['if-match']) {
    return refused(412, 'conflict', 'Updating a note needs an If-Match header with the version you read.');
  }
  const existing = await readResource<DocumentReference>(input.store, `DocumentReference/${id}`);
  if (existing) {
    const sameEncounter = existing.context?.encounter?.[0]?.reference === doc.context?.encounter?.[0]?.reference;
    if (existing.subject?.reference !== doc.subject?.reference || !sameEncounter) {
      return refused(422, 'business-rule', 'A note update may not change its patient or encounter.');
    }
  }
  if (!['final', 'amended', 'entered-in-error'].includes(doc.docStatus ?? '')) {
    return refused(422, 'business-rule', 'docStatus must be final, amended or entered-in-error on update.');
  }
  if (/^text\/plain/i.test(doc.content?.[0]?.attachment?.contentType ?? '')) {
    return refused(422, 'business-rule', 'Note updates do not accept text/plain; send text/html, xhtml, rtf or pdf.');
  }
  return undefined;
}

/** Business rules the imitated EHR applies to the writes it does accept (422 when broken). */
export async function modeRuleViolation(input: RuleInput): Promise<FhirStoreResponse | undefined> {
  const { policy, interaction, body } = input;
  if (
    interaction.kind !== 'type' ||
    policy.mode === 'full' ||
    policy.mode === 'medplum' ||
    typeof body !== 'object' ||
    body === null
  ) {
    return undefined;
  }
  const resource = body as Resource;
  let problem: string | undefined;
  if (resource.resourceType === 'DocumentReference' && interaction.interaction === 'create') {
    problem =
      policy.mode === 'epic' ? await epicNoteCreate(resource, input.store) : oracleNoteCreate(resource, input.fhirUser);
  } else if (resource.resourceType === 'DocumentReference' && interaction.interaction === 'update' && interaction.id) {
    return oracleNoteUpdate(resource, input, interaction.id);
  } else if (resource.resourceType === 'Provenance' && interaction.interaction === 'create') {
    problem = (resource as Provenance).target?.length === 1 ? undefined : 'A Provenance must have exactly one target.';
  }
  return problem
    ? refused(422, 'business-rule', `This EHR (${policy.mode} mode) refused the ${resource.resourceType}: ${problem}`)
    : undefined;
}
