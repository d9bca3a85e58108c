import { writeTagQuery } from '../aiTransparency.ts';
import type { ServerCapabilities } from '../capabilities.ts';
import { canSearchBy } from '../capabilities.ts';
import { continuityResources, writeContinuity } from './continuity.ts';
import { noteFor, noteIdentity, supportingEntries } from './resources.ts';
import { writtenFrom } from './outcome.ts';
import type { PreparedWrite, Strategy, TransactionEntry, WriteInput, WrittenResource } from './types.ts';

/**
 * For servers that take everything (Medplum, the sandbox in full mode). The note goes first, on
 * its own, as a conditional create on its business identifier; then the care plans, consent, AI
 * Device and a Provenance naming the real note go in one transaction, each entry conditional.
 *
 * Why not all in one Bundle: Medplum runs a transaction entry by entry unless the project has the
 * `transaction-bundles` feature, so a Provenance could land pointing at a note that was refused;
 * and with that feature a transaction of conditional creates is limited to a few entries. Note
 * first means nothing ever points at a note that does not exist, and a retry after a partial
 * answer re-sends only conditional creates, so it completes the set without duplicating any.
 */
export const transactionStrategy: Strategy = {
  name: 'transaction',
  prepare(input: WriteInput, ehr: ServerCapabilities): PreparedWrite {
    const note = noteFor(input, 'ehr', { contentTypes: ['text/plain', 'text/html'], docStatus: input.note.docStatus });
    // A Provenance is found again by its note as well as its tag, so one left by an earlier failed try is never taken for it.
    const provenanceIdentity = (noteRef: string): string =>
      canSearchBy(ehr, 'Provenance', 'target')
        ? `${writeTagQuery(input.writeId)}&target=${encodeURIComponent(noteRef)}`
        : writeTagQuery(input.writeId);
    const supporting = (noteRef: string): TransactionEntry[] =>
      supportingEntries(input, 'ehr', [{ reference: noteRef }], provenanceIdentity(noteRef));
    const canSupersede = input.replaces !== undefined && ehr.update.has('DocumentReference');
    return {
      strategy: 'transaction',
      resources: [
        ...[note, ...supporting('DocumentReference/pending').map((e) => e.resource)].map((resource) => ({
          destination: 'ehr' as const,
          resource,
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
        const entries = supporting(noteRef);
        const refs =
          entries.length > 0 ? await io.transaction({ key: 'ehr-supporting', destination: 'ehr', entries }) : {};
        const continuity = await writeContinuity(io, input, ehr, noteRef);
        const outcome = {
          strategy: 'transaction' as const,
          note: written,
          resources: [written, ...writtenFrom('ehr', entries, refs), ...continuity.resources],
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
