import type { Provenance } from '@medplum/fhirtypes';
import { writeTagQuery } from '../aiTransparency.ts';
import type { ServerCapabilities } from '../capabilities.ts';
import { canSearchBy } from '../capabilities.ts';
import { deviceLogicalReference } from '../device.ts';
import { companionPart, writeCompanionPart } from './companion.ts';
import { continuityResources, writeContinuity } from './continuity.ts';
import { noteFor, noteIdentity, provenanceFor } from './resources.ts';
import type { PreparedWrite, Strategy, WriteInput, WrittenResource } from './types.ts';

/**
 * For Oracle Health-like EHRs: the note (signed — a provider token may send only `final`;
 * author is the logged-in practitioner; one plain-text attachment; `context.period.end`), then
 * a Provenance with that single target. Care plans, consent and the AI Device go to the
 * companion store; the EHR's Provenance names the Device by identifier.
 */
export const noteAndProvenanceStrategy: Strategy = {
  name: 'noteAndProvenance',
  prepare(input: WriteInput, ehr: ServerCapabilities): PreparedWrite {
    const note = noteFor(input, 'ehr', { contentTypes: ['text/plain'], docStatus: 'final' });
    const device = input.note.ai ? deviceLogicalReference(input.note.ai) : undefined;
    const provenanceWith = (noteRef: string): Provenance | undefined =>
      device ? provenanceFor(input, 'ehr', [{ reference: noteRef }], device) : undefined;
    const provenanceIdentity = (noteRef: string): string =>
      canSearchBy(ehr, 'Provenance', 'target') ? `target=${encodeURIComponent(noteRef)}` : writeTagQuery(input.writeId);
    const draftProvenance = provenanceWith('DocumentReference/pending');
    const canSupersede = input.replaces !== undefined && ehr.update.has('DocumentReference');
    return {
      strategy: 'noteAndProvenance',
      resources: [
        { destination: 'ehr', resource: note },
        ...(draftProvenance ? [{ destination: 'ehr' as const, resource: draftProvenance }] : []),
        ...companionPart(input, []).map((e) => ({ destination: 'companion' as const, resource: e.resource })),
        ...continuityResources(input),
      ],
      async run(io) {
        const noteRef = await io.create({
          key: 'note',
          destination: 'ehr',
          resource: note,
          identity: noteIdentity(input),
        });
        const resources: WrittenResource[] = [
          { resourceType: 'DocumentReference', destination: 'ehr', reference: noteRef },
        ];
        const provenance = provenanceWith(noteRef);
        if (provenance) {
          const reference = await io.create({
            key: 'provenance',
            destination: 'ehr',
            resource: provenance,
            identity: provenanceIdentity(noteRef),
          });
          resources.push({ resourceType: 'Provenance', destination: 'ehr', reference });
        }
        resources.push(...(await writeCompanionPart(io, companionPart(input, []))));
        const continuity = await writeContinuity(io, input, ehr, noteRef);
        resources.push(...continuity.resources);
        const outcome = {
          strategy: 'noteAndProvenance' as const,
          note: resources[0] as WrittenResource,
          resources,
          homeworkOutcomes: continuity.homeworkOutcomes,
        };
        if (input.replaces === undefined) return outcome;
        const supersededPrevious = canSupersede
          ? await io.supersede({ key: 'supersede', destination: 'ehr', reference: input.replaces })
          : false;
        return { ...outcome, supersededPrevious };
      },
    };
  },
};
