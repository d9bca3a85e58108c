import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bundle, Identifier, Resource } from '@medplum/fhirtypes';
import type { EhrMode, Sandbox } from '../../launch/sandbox/index.ts';
import { startSandbox, todaysEncounterId } from '../../launch/sandbox/index.ts';
import type { FhirClient } from '../../fhir/fhirClient.ts';
import { AUDIT_FILE, openAuditLog, type AuditLog } from '../../server/audit/log.ts';
import type { AuditEntry } from '../../server/audit/chain.ts';
import type { SessionContext } from '../../server/session/context.ts';
import type { CompanionStore } from '../../server/writeback/companion.ts';
import { createEmbeddedCompanion } from '../../server/writeback/companion.ts';
import type { WritebackRuntime, WritebackRuntimeOptions } from '../../server/writeback/runtime.ts';
import { createWritebackRuntime } from '../../server/writeback/runtime.ts';

export const CLINICIAN = 'Practitioner/lindqvist';
export const PATIENT = 'p01';
/** The scopes the app asks a SMART 2 EHR for at launch (patient-level, plus the AI Device). */
export const SCOPE = [
  'launch openid fhirUser',
  'patient/Patient.rs patient/Encounter.rs patient/RelatedPerson.rs',
  'patient/DocumentReference.crus patient/Consent.crus patient/CarePlan.crus patient/Provenance.crs',
  'user/Practitioner.rs user/Device.crs',
].join(' ');

/** Resources written for one approval: identifier value starting with its writeId, or its write tag. */
export const ours = (writeId: string) => (r: Resource) =>
  ('identifier' in r && Array.isArray(r.identifier) ? (r.identifier as Identifier[]) : []).some((i) =>
    i.value?.startsWith(writeId),
  ) || (r.meta?.tag ?? []).some((t) => t.code === writeId);

/** Memory-backed when the machine has it: the ledger syncs every step to disk, and tests need not wait on a disk. */
function scratchDir(): string {
  return existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
}

export interface Harness {
  sandbox: Sandbox;
  runtime: WritebackRuntime;
  session: SessionContext;
  dataDir: string;
  /** Every resource of a type in the EHR, read with a fresh clinician token. */
  ehrAll(type: string, query?: string): Promise<Resource[]>;
  companionAll(type: string, query?: string): Promise<Resource[]>;
  /** Requests the app sent to the EHR, counted by the fetch it was given. */
  ehrRequests: { method: string; path: string }[];
  /** Every entry of the audit log in DATA_DIR, as on disk. */
  auditEntries(): AuditEntry[];
  /**
   * The app's process dies and starts again: the runtime and audit log are dropped without
   * finishing what they were doing, and new ones open the same DATA_DIR (recovery runs).
   */
  restart(): Promise<void>;
  close(): Promise<void>;
}

async function searchAll(
  client: FhirClient | ((url: string) => Promise<Bundle>),
  type: string,
  query = '',
): Promise<Resource[]> {
  const url = `${type}?_count=1000${query ? `&${query}` : ''}`;
  const bundle =
    typeof client === 'function' ? await client(url) : ((await client.request({ method: 'GET', url })).body as Bundle);
  return (bundle.entry ?? []).map((e) => e.resource).filter((r): r is Resource => r?.resourceType === type);
}

export async function startHarness(
  mode: EhrMode,
  options: {
    /** Wraps the fetch the app uses for the EHR (fault injection). */
    wrapFetch?: (inner: typeof fetch) => typeof fetch;
    /** Wraps the companion store (fault injection). */
    wrapCompanion?: (inner: CompanionStore) => CompanionStore;
    /** Wraps the audit log the runtime records chart writes in (fault injection). */
    wrapAudit?: (inner: AuditLog) => NonNullable<WritebackRuntimeOptions['audit']>;
    consent?: SessionContext['consent'];
    runtime?: Partial<WritebackRuntimeOptions>;
    sandbox?: Sandbox;
    patient?: string;
    /** The scopes of the clinician's token (default: the SMART 2 scopes above). */
    scope?: string;
  } = {},
): Promise<Harness> {
  const sandbox = options.sandbox ?? (await startSandbox({ port: 0, mode }));
  const dataDir = mkdtempSync(join(scratchDir(), 'writeback-'));
  const patient = options.patient ?? PATIENT;
  const encounterId = todaysEncounterId(patient, new Date());
  const token = await sandbox.issueToken({
    scope: options.scope ?? SCOPE,
    patient,
    encounter: encounterId,
    fhirUser: CLINICIAN,
  });
  const ehrRequests: { method: string; path: string }[] = [];
  const counting: typeof fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    ehrRequests.push({ method: init?.method ?? 'GET', path: url.pathname + url.search });
    return fetch(input, init);
  };
  const embedded = await createEmbeddedCompanion(join(dataDir, 'companion.json'));
  const companionStore = options.wrapCompanion ? options.wrapCompanion(embedded) : embedded;
  let audit: AuditLog = await openAuditLog({ dataDir });
  let restarted = false;
  const open = () =>
    createWritebackRuntime({
      dataDir,
      fhirAllowlist: [sandbox.fhirBase],
      companionStore,
      fetch: options.wrapFetch ? options.wrapFetch(counting) : counting,
      timeoutMs: 5_000,
      backoffMs: () => 0,
      audit: options.wrapAudit ? options.wrapAudit(audit) : audit,
      ...options.runtime,
      // A process started again has a sound audit log, whatever the first one was given.
      ...(restarted && options.runtime?.audit ? { audit } : {}),
    });
  let runtime = open();
  const session: SessionContext = {
    sessionId: `s-${Math.random().toString(36).slice(2)}`,
    fhirBaseUrl: sandbox.fhirBase,
    patientId: patient,
    encounterId,
    practitionerRef: CLINICIAN,
    accessToken: token,
    consent: options.consent ?? 'granted',
    utterances: [],
    analyses: [],
    createdAt: new Date(),
  };
  const reader = async (url: string): Promise<Bundle> => {
    const readToken = await sandbox.issueToken({ scope: 'openid fhirUser user/*.rs', fhirUser: CLINICIAN });
    const res = await fetch(`${sandbox.fhirBase}/${url}`, {
      headers: { authorization: `Bearer ${readToken}`, accept: 'application/fhir+json' },
    });
    return (await res.json()) as Bundle;
  };
  return {
    sandbox,
    get runtime() {
      return runtime;
    },
    session,
    dataDir,
    ehrRequests,
    ehrAll: (type, query) => searchAll(reader, type, query),
    companionAll: (type, query) => searchAll(embedded, type, query),
    auditEntries() {
      const file = join(dataDir, AUDIT_FILE);
      if (!existsSync(file)) return [];
      return readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as AuditEntry);
    },
    async restart() {
      await runtime.close();
      await audit.close();
      audit = await openAuditLog({ dataDir });
      restarted = true;
      runtime = open();
      await runtime.recovered;
    },
    async close() {
      await runtime.close();
      await audit.close();
      if (!options.sandbox) await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
