import type { CarePlan, Consent, Resource } from '@medplum/fhirtypes';
import type { ApprovedNote } from '../approval.ts';
import type { ServerCapabilities } from '../capabilities.ts';
import type { ActivityOutcomeResult, ApplyResult } from '../homeworkOutcome.ts';
import type { ConsentSummary } from '../noteText.ts';

/** Where a resource is written: the EHR the clinician launched from, or the companion store. */
export type Destination = 'ehr' | 'companion';

export type StrategyName = 'transaction' | 'noteAndProvenance' | 'noteOnly';

/** Everything needed to build the resources of one approval; the same input builds the same resources. */
export interface WriteInput {
  writeId: string;
  fhirBaseUrl: string;
  patientId: string;
  encounterId?: string;
  /** `Practitioner/123`: the logged-in clinician, author of the note. */
  practitionerRef: string;
  clinicianName?: string;
  note: ApprovedNote;
  consent: ConsentSummary & {
    /** The Consent as recorded, when there is one (written again only if missing). */
    resource?: Consent;
    /** Where it was recorded. */
    destination?: Destination;
  };
  approvedAt: string;
  /** For an amendment: the EHR note it replaces, e.g. `DocumentReference/123`. */
  replaces?: string;
  policyUri: string;
  appVersion: string;
}

/** One resource inside a transaction, with the search that finds it if it already exists. */
export interface TransactionEntry {
  fullUrl: string;
  resource: Resource;
  ifNoneExist: string;
}

export interface CreateStep {
  key: string;
  destination: Destination;
  resource: Resource;
  /** Search parameters that find this very resource (its business identifier, or its write tag). */
  identity: string;
}

export interface TransactionStep {
  key: string;
  destination: Destination;
  entries: readonly TransactionEntry[];
}

export interface SupersedeStep {
  key: string;
  destination: Destination;
  /** The note being replaced, e.g. `DocumentReference/123`. */
  reference: string;
}

/** Homework outcomes on a care plan: read, changed, written back with `If-Match`. */
export interface CarePlanUpdateStep {
  key: string;
  destination: Destination;
  /** e.g. `CarePlan/123`. */
  reference: string;
  /** The change, applied to the plan as the server holds it at that moment (again after a conflict). */
  apply(current: CarePlan): ApplyResult;
}

/**
 * `updated: false` when the server would not take the update or the plan is not the one reviewed
 * (`keep`: the outcome is kept in the companion store instead), or when the plan could not be
 * read or is not the patient's (nothing is written).
 */
export type CarePlanUpdateResult = { updated: true } | { updated: false; keep: boolean; message: string };

/**
 * What a strategy may do. The implementation guarantees each step happens at most once and
 * is retried safely: a step that already succeeded returns its recorded result.
 */
export interface WriteIO {
  create(step: CreateStep): Promise<string>;
  /** Returns the reference each entry's `fullUrl` became. */
  transaction(step: TransactionStep): Promise<Record<string, string>>;
  /** Marks a replaced note `superseded`; returns false when the server would not allow it. */
  supersede(step: SupersedeStep): Promise<boolean>;
  updateCarePlan(step: CarePlanUpdateStep): Promise<CarePlanUpdateResult>;
}

export interface WrittenResource {
  resourceType: string;
  destination: Destination;
  reference: string;
}

export interface WriteOutcome {
  strategy: StrategyName;
  note: WrittenResource;
  resources: WrittenResource[];
  /** Set for an amendment: whether the replaced note could be marked superseded. */
  supersededPrevious?: boolean;
  /** Where each reviewed homework activity's outcome was recorded. */
  homeworkOutcomes?: ActivityOutcomeResult[];
}

/** A strategy's resources, built and validated before anything is sent. */
export interface PreparedWrite {
  strategy: StrategyName;
  /** Every resource the strategy will send, in final form except server-assigned references. */
  resources: readonly { destination: Destination; resource: Resource }[];
  run(io: WriteIO): Promise<WriteOutcome>;
}

export interface Strategy {
  name: StrategyName;
  prepare(input: WriteInput, ehr: ServerCapabilities): PreparedWrite;
}
