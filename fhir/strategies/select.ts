import type { ServerCapabilities } from '../capabilities.ts';
import { CapabilityError } from '../capabilities.ts';
import { noteAndProvenanceStrategy } from './noteAndProvenance.ts';
import { noteOnlyStrategy } from './noteOnly.ts';
import { transactionStrategy } from './transaction.ts';
import type { Strategy } from './types.ts';

const TRANSACTION_TYPES = ['DocumentReference', 'CarePlan', 'Consent', 'Provenance', 'Device'] as const;

/** The strategy for an EHR, from what its CapabilityStatement says it accepts. */
export function selectStrategy(ehr: ServerCapabilities): Strategy {
  const takesEverything = TRANSACTION_TYPES.every((t) => ehr.create.has(t) && ehr.conditionalCreate.has(t));
  if (ehr.transaction && takesEverything) return transactionStrategy;
  if (!ehr.create.has('DocumentReference')) {
    throw new CapabilityError(
      'This EHR does not accept DocumentReference create, so the note cannot be written to the chart. ' +
        'Ask the EHR administrator to grant the app DocumentReference write access.',
    );
  }
  if (ehr.create.has('Provenance')) return noteAndProvenanceStrategy;
  return noteOnlyStrategy;
}
