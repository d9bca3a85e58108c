import type { ServerCapabilities } from '../capabilities.ts';
import { companionPart, writeCompanionPart } from './companion.ts';
import { continuityResources, writeContinuity } from './continuity.ts';
import { noteFor, noteIdentity } from './resources.ts';
import type { PreparedWrite, Strategy, WriteInput, WrittenResource } from './types.ts';

/**
 * Note types Epic lists for DocumentReference.Create (Clinical Notes); none is the mental
 * health note, so the note falls back to 11506-3 Progress note.
 */
export const EPIC_NOTE_TYPES: readonly string[] = [
  '11506-3',
  '11488-4',
  '28570-0',
  '34117-2',
  '18842-5',
  '34111-5',
  '69730-0',
  '34746-8',
];

/**
 * For Epic-like EHRs, which take the note and nothing else: one plain-text note, `preliminary`
 * when the clinician will sign it in the EHR, else `final`. Provenance, care plans, consent and
 * the AI Device go to the companion store, the Provenance pointing at the EHR's note by URL.
 */
export const noteOnlyStrategy: Strategy = {
  name: 'noteOnly',
  prepare(input: WriteInput, ehr: ServerCapabilities): PreparedWrite {
    const note = noteFor(input, 'ehr', {
      contentTypes: ['text/plain'],
      acceptedTypeCodes: EPIC_NOTE_TYPES,
      docStatus: input.note.docStatus,
    });
    const noteUrl = (noteRef: string) => ({ reference: `${input.fhirBaseUrl}/${noteRef}` });
    const canSupersede = input.replaces !== undefined && ehr.update.has('DocumentReference');
    return {
      strategy: 'noteOnly',
      resources: [
        { destination: 'ehr', resource: note },
        ...companionPart(input, [noteUrl('DocumentReference/pending')]).map((e) => ({
          destination: 'companion' as const,
          resource: e.resource,
        })),
        ...continuityResources(input),
      ],
      async run(io) {
        const noteRef = await io.create({
          key: 'note',
          destination: 'ehr',
          resource: note,
          identity: noteIdentity(input),
        });
        const written: WrittenResource = { resourceType: 'DocumentReference', destination: 'ehr', reference: noteRef };
        const resources = [written, ...(await writeCompanionPart(io, companionPart(input, [noteUrl(noteRef)])))];
        const continuity = await writeContinuity(io, input, ehr, noteRef);
        const outcome = {
          strategy: 'noteOnly' as const,
          note: written,
          resources: [...resources, ...continuity.resources],
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
