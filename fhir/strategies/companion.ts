import type { Reference } from '@medplum/fhirtypes';
import { writeTagQuery } from '../aiTransparency.ts';
import { supportingEntries } from './resources.ts';
import { writtenFrom } from './outcome.ts';
import type { TransactionEntry, WriteIO, WriteInput, WrittenResource } from './types.ts';

/** What the EHR cannot hold goes to the companion store in one transaction. */
export function companionPart(input: WriteInput, extraTargets: readonly Reference[]): TransactionEntry[] {
  return supportingEntries(input, 'companion', extraTargets, writeTagQuery(input.writeId));
}

export async function writeCompanionPart(
  io: WriteIO,
  entries: readonly TransactionEntry[],
): Promise<WrittenResource[]> {
  if (entries.length === 0) return [];
  const refs = await io.transaction({ key: 'companion-transaction', destination: 'companion', entries });
  return writtenFrom('companion', entries, refs);
}
