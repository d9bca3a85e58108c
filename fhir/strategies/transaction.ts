import { writeTagQuery } from '../aiTransparency.ts';
import type { ServerCapabilities } from '../capabilities.ts';
import { noteFor, noteIdentity, stableUrn, supportingEntries } from './resources.ts';
import { requireRef, writtenFrom } from './outcome.ts';
import type { PreparedWrite, Strategy, TransactionEntry, WriteInput } from './types.ts';

/**
 * For servers that take everything (Medplum, the sandbox in full mode): the note, care plans,
 * consent, AI Device and Provenance in one transaction Bundle, linked by `urn:uuid`, each entry
 * a conditional create on its business identifier. One round trip; a retry after an unknown
 * outcome re-sends the same Bundle and creates nothing twice.
 */
export const transactionStrategy: Strategy = {
  name: 'transaction',
  prepare(input: WriteInput, ehr: ServerCapabilities): PreparedWrite {
    const entries: TransactionEntry[] = [];
    const noteUrn = stableUrn(input.writeId, 'note');
    entries.push({
      fullUrl: noteUrn,
      resource: noteFor(input, 'ehr', { contentTypes: ['text/plain', 'text/html'], docStatus: input.note.docStatus }),
      ifNoneExist: noteIdentity(input),
    });
    entries.push(...supportingEntries(input, 'ehr', [{ reference: noteUrn }], writeTagQuery(input.writeId)));
    const canSupersede = input.replaces !== undefined && ehr.update.has('DocumentReference');
    return {
      strategy: 'transaction',
      resources: entries.map((e) => ({ destination: 'ehr', resource: e.resource })),
      async run(io) {
        const refs = await io.transaction({ key: 'ehr-transaction', destination: 'ehr', entries });
        const noteRef = requireRef(refs, noteUrn, 'note');
        const outcome = {
          strategy: 'transaction' as const,
          note: { resourceType: 'DocumentReference', destination: 'ehr' as const, reference: noteRef },
          resources: writtenFrom('ehr', entries, refs),
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
