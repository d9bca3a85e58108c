import type { Bundle, DocumentReference } from '@medplum/fhirtypes';
import type { CapabilityReader } from '../../fhir/capabilities.ts';
import { canSearchBy } from '../../fhir/capabilities.ts';
import { IDENTIFIER_SYSTEM, WRITE_TAG_SYSTEM } from '../../fhir/codes.ts';
import type { FhirClient } from '../../fhir/fhirClient.ts';
import type { SessionContext } from '../session/context.ts';
import type { WriteLedger } from './ledger.ts';

/**
 * One note per encounter. Before a new approval is written, the encounter's signed note is looked
 * for where it may be: this instance's ledger (approved here, written or still on its way), then
 * the EHR itself (approved from another browser or instance). "Signed earlier" is never a
 * browser's memory alone.
 */

export interface EncounterNote {
  /** The ledger's write, when this instance approved it (amend it with `replacesWriteId`). */
  writeId?: string;
  /** The note in the EHR, when known, e.g. `DocumentReference/123`. */
  note?: string;
  /** Approval time (ledger) or the note's date (EHR). */
  at?: string;
}

const ours = (doc: DocumentReference): boolean =>
  (doc.identifier ?? []).some((i) => i.system === IDENTIFIER_SYSTEM.note) ||
  (doc.meta?.tag ?? []).some((t) => t.system === WRITE_TAG_SYSTEM);

export async function findEncounterNote(
  deps: { ledger: WriteLedger; capabilities: CapabilityReader; ehr: FhirClient },
  session: SessionContext,
): Promise<EncounterNote | undefined> {
  const { encounterId } = session;
  if (!encounterId) return undefined;
  const local = deps.ledger
    .listForEncounter({ fhirBaseUrl: session.fhirBaseUrl, patientId: session.patientId, encounterId })
    .find((r) => r.state !== 'failed' && (r.kind === 'approve' || r.state === 'written'));
  // Only its author may amend a write (and learn its id); for anyone else it is the chart's note.
  if (local) {
    const mine = local.practitionerRef === session.practitionerRef;
    return { ...(mine ? { writeId: local.writeId } : {}), note: local.outcome?.note.reference, at: local.createdAt };
  }

  const caps = await deps.capabilities.get(deps.ehr, session.fhirBaseUrl).catch(() => undefined);
  if (!caps || !canSearchBy(caps, 'DocumentReference', 'encounter')) return undefined;
  const query = new URLSearchParams({
    patient: session.patientId,
    encounter: `Encounter/${encounterId}`,
    _count: '50',
  });
  const response = await deps.ehr.request({ method: 'GET', url: `DocumentReference?${query}` }).catch(() => undefined);
  if (response?.status !== 200 || response.body?.resourceType !== 'Bundle') return undefined;
  const found = ((response.body as Bundle).entry ?? [])
    .map((e) => e.resource)
    .find(
      (r): r is DocumentReference & { id: string } =>
        r?.resourceType === 'DocumentReference' && r.status === 'current' && ours(r) && Boolean(r.id),
    );
  return found ? { note: `DocumentReference/${found.id}`, at: found.date } : undefined;
}
