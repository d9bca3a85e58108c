import type { TypeInteraction } from '../../../fhir/store/index.ts';
import { ALL_TYPE_INTERACTIONS } from '../../../fhir/store/index.ts';

export const EHR_MODES = ['full', 'epic', 'oracle', 'medplum'] as const;
export type EhrMode = (typeof EHR_MODES)[number];

export type ModePolicy = {
  mode: EhrMode;
  /** Shown in the shell and in CapabilityStatement.software.name. */
  label: string;
  /** Batch and transaction Bundles at the base. */
  bundles: boolean;
  /** Whether `If-None-Exist` is honoured; when not, the header is ignored and a duplicate is created, as a server without conditional create would. */
  conditionalCreate: boolean;
  interactions(resourceType: string): readonly TypeInteraction[];
  /**
   * Medplum's behaviours (`medplum` mode): strict validation that loads every `meta.profile`
   * with the caller's own access, and transactions run entry by entry unless the project has
   * the `transaction-bundles` feature.
   */
  medplum?: { transactionBundles: boolean };
};

/** Project features a Medplum-mode sandbox can be given (`SANDBOX_MEDPLUM_FEATURES`). */
export const MEDPLUM_FEATURES = ['transaction-bundles'] as const;
export type MedplumFeature = (typeof MEDPLUM_FEATURES)[number];

const READ_ONLY: readonly TypeInteraction[] = ['read', 'search-type'];

/**
 * What each EHR accepts, from the vendors' published R4 catalogues: Epic takes a clinical note
 * (DocumentReference create) and reads the rest; Oracle Health also takes Provenance create and
 * note update (with If-Match); neither takes Consent or CarePlan writes, nor Bundles at the base.
 */
const POLICIES: Record<Exclude<EhrMode, 'medplum'>, ModePolicy> = {
  full: {
    mode: 'full',
    label: 'full (Medplum-like: every interaction, transactions)',
    bundles: true,
    conditionalCreate: true,
    interactions: () => ALL_TYPE_INTERACTIONS,
  },
  epic: {
    mode: 'epic',
    label: 'epic (Epic-like: note create only, no transactions)',
    bundles: false,
    conditionalCreate: false,
    interactions: (type) => (type === 'DocumentReference' ? [...READ_ONLY, 'create'] : READ_ONLY),
  },
  oracle: {
    mode: 'oracle',
    label: 'oracle (Oracle Health-like: note create/update and Provenance create, no transactions)',
    bundles: false,
    conditionalCreate: false,
    interactions: (type) => {
      if (type === 'DocumentReference') {
        return [...READ_ONLY, 'create', 'update'];
      }
      if (type === 'Provenance') {
        return [...READ_ONLY, 'create'];
      }
      return READ_ONLY;
    },
  },
};

export function modePolicy(mode: EhrMode, medplumFeatures: readonly MedplumFeature[] = []): ModePolicy {
  if (mode !== 'medplum') return POLICIES[mode];
  const transactionBundles = medplumFeatures.includes('transaction-bundles');
  return {
    mode,
    label: `medplum (Medplum-like: strict mode, ${transactionBundles ? 'all-or-nothing transactions' : 'transactions run entry by entry'})`,
    bundles: true,
    conditionalCreate: true,
    interactions: () => ALL_TYPE_INTERACTIONS,
    medplum: { transactionBundles },
  };
}
