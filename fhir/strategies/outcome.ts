import type { Destination, TransactionEntry, WrittenResource } from './types.ts';

/** The resources a transaction wrote, in entry order, from the `fullUrl` → reference map. */
export function writtenFrom(
  destination: Destination,
  entries: readonly TransactionEntry[],
  refs: Record<string, string>,
): WrittenResource[] {
  return entries.flatMap((entry) => {
    const reference = refs[entry.fullUrl];
    return reference ? [{ resourceType: entry.resource.resourceType, destination, reference }] : [];
  });
}
