import { join } from 'node:path';
import type { CapabilityReader } from '../../fhir/capabilities.ts';
import { createCapabilityReader } from '../../fhir/capabilities.ts';
import { prepareValidation } from '../../fhir/validate.ts';
import type { FhirClient } from '../../fhir/fhirClient.ts';
import { createFhirAllowlist } from '../auth/allowlist.ts';
import type { AuditLog } from '../audit/log.ts';
import { type Config, DEFAULT_CONSENT_POLICY_URI } from '../config.ts';
import type { ConsentManager } from '../consent/service.ts';
import type { ContinuityReader } from '../continuity/reader.ts';
import { createContinuityReader } from '../continuity/reader.ts';
import { createConsentManager } from '../consent/service.ts';
import type { Logger } from '../logger.ts';
import { type DataKeys, ephemeralKeys, loadServerKeys } from '../security/keys.ts';
import type { CompanionStore } from './companion.ts';
import { createCompanionStore } from './companion.ts';
import type { EhrAccess } from './ehrAccess.ts';
import { createEhrAccess } from './ehrAccess.ts';
import type { WriteLedger } from './ledger.ts';
import { openWriteLedger } from './ledger.ts';
import type { WritebackService } from './service.ts';
import { createWritebackService } from './service.ts';

/**
 * The parts of chart write-back wired together: companion store, EHR access, capability cache,
 * write ledger, consent and the write service with its retry worker. The server builds one
 * from its configuration; tests build one with their own fetch, clock and stores.
 */

export const APP_VERSION = '0.1.0';

export interface WritebackRuntimeOptions {
  dataDir: string;
  fhirAllowlist: readonly string[];
  companion?: { fhirUrl: string; clientId: string; clientSecret: string };
  /** A ready companion store (tests); otherwise one is made from `companion`/`dataDir`. */
  companionStore?: CompanionStore;
  ledgerFile?: string;
  policyUri?: string;
  recognisedPolicyUris?: readonly string[];
  /** How old a patient's known consent may get before the chart is read again. */
  consentRecheckMs?: number;
  appVersion?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => Date;
  newId?: () => string;
  backoffMs?: (attempts: number) => number;
  maxAttempts?: number;
  workerIntervalMs?: number;
  startWorker?: boolean;
  logger?: Pick<Logger, 'warn' | 'error'>;
  audit?: Pick<AuditLog, 'append'> & Partial<Pick<AuditLog, 'hasWriteEntry'>>;
  /**
   * Keys the ledger and the embedded companion store are encrypted with. The server passes its
   * configured keys; without them a key made once per process is used (tests, benchmarks).
   */
  dataKeys?: DataKeys;
}

let processKeys: DataKeys | undefined;

export interface WritebackRuntime {
  consent: ConsentManager;
  writeback: WritebackService;
  ehr: EhrAccess;
  companion: CompanionStore;
  capabilities: CapabilityReader;
  ledger: WriteLedger;
  /** What the next session starts from, read from the EHR and the companion store. */
  continuity: ContinuityReader;
  logger: Pick<Logger, 'warn' | 'error'>;
  audit?: Pick<AuditLog, 'append'>;
  /** Settles when the audit entries a crashed process owed are recorded. */
  recovered: Promise<void>;
  close(): Promise<void>;
}

/** A companion store made on first use, so the server starts without waiting for it. */
function lazyCompanion(make: () => Promise<CompanionStore>, baseUrl: string | undefined): CompanionStore {
  let store: Promise<CompanionStore> | undefined;
  const get = () => (store ??= make());
  return {
    kind: baseUrl ? 'remote' : 'embedded',
    baseUrl,
    request: async (req) => (await get()).request(req),
    flush: async () => {
      if (store) await (await store).flush();
    },
  };
}

export function createWritebackRuntime(options: WritebackRuntimeOptions): WritebackRuntime {
  // What every write is validated against takes seconds to load: at start-up, not inside the
  // first clinician's request, where it would stall every live session on the instance.
  prepareValidation();
  const allowlist = createFhirAllowlist(options.fhirAllowlist);
  const dataKeys = options.dataKeys ?? (processKeys ??= ephemeralKeys().data);
  const companion =
    options.companionStore ??
    lazyCompanion(
      () =>
        createCompanionStore(
          {
            dataDir: options.dataDir,
            dataKeys,
            url: options.companion?.fhirUrl,
            clientId: options.companion?.clientId,
            clientSecret: options.companion?.clientSecret,
          },
          { fetch: options.fetch, timeoutMs: options.timeoutMs },
        ),
      options.companion?.fhirUrl,
    );
  const ehr = createEhrAccess({ allow: (c) => allowlist.match(c), fetch: options.fetch, timeoutMs: options.timeoutMs });
  const capabilities = createCapabilityReader();
  const ledger = openWriteLedger(options.ledgerFile ?? join(options.dataDir, 'writes.sqlite'), dataKeys);
  const policyUri = options.policyUri ?? DEFAULT_CONSENT_POLICY_URI;
  const consent = createConsentManager({
    companion: companion satisfies FhirClient,
    ehrClient: (session) => ehr.forSession(session),
    capabilities,
    policyUri,
    recognisedPolicyUris: options.recognisedPolicyUris,
    recheckMs: options.consentRecheckMs,
    now: options.now,
    newId: options.newId,
    logger: options.logger,
  });
  const writeback = createWritebackService({
    ledger,
    companion,
    ehr,
    consent,
    capabilities,
    policyUri,
    appVersion: options.appVersion ?? APP_VERSION,
    now: options.now,
    newId: options.newId,
    backoffMs: options.backoffMs,
    maxAttempts: options.maxAttempts,
    // Automatic retries stopped: the clinician sees it on the write; the audit log records it.
    onGaveUp: (record) =>
      void options.audit?.append({
        action: 'chart.write.gave_up',
        actor: record.practitionerRef,
        sessionId: record.sessionId,
        resources: [`Patient/${record.patientId}`, ...(record.encounterId ? [`Encounter/${record.encounterId}`] : [])],
        outcome: 'error',
        detail: {
          writeId: record.writeId,
          attempts: record.attempts,
          ...(record.strategy ? { strategy: record.strategy } : {}),
        },
      }),
    workerIntervalMs: options.workerIntervalMs,
    ...(options.audit ? { audit: options.audit } : {}),
  });
  const continuity = createContinuityReader({
    ehrClient: (session) => ehr.forSession(session),
    companion,
    capabilities,
    now: options.now,
    logger: options.logger,
  });
  const recovered = writeback.recoverAudit().then(
    () => undefined,
    (err: unknown) => options.logger?.error({ err }, 'audit entries of earlier chart writes could not be recorded'),
  );
  if (options.startWorker) writeback.worker.start();
  let closing: Promise<void> | undefined;
  return {
    consent,
    writeback,
    ehr,
    companion,
    capabilities,
    ledger,
    continuity,
    logger: options.logger ?? { warn: () => undefined, error: () => undefined },
    audit: options.audit,
    recovered,
    close() {
      closing ??= (async () => {
        await recovered;
        await writeback.worker.stop();
        await companion.flush();
        ledger.close();
      })();
      return closing;
    },
  };
}

const perConfig = new WeakMap<Config, WritebackRuntime>();

/**
 * The server's runtime: one per configuration, shared by the consent service and the routes.
 * Closing it forgets it, so a server started again in the same process opens a fresh ledger.
 */
export function runtimeForConfig(
  config: Config,
  deps: {
    logger?: Pick<Logger, 'warn' | 'error'>;
    audit?: Pick<AuditLog, 'append'> & Partial<Pick<AuditLog, 'hasWriteEntry'>>;
    fetch?: typeof fetch;
    /** The server's keys; read from the configuration when not given. */
    dataKeys?: DataKeys;
  } = {},
): WritebackRuntime {
  let runtime = perConfig.get(config);
  if (!runtime) {
    runtime = createWritebackRuntime({
      dataDir: config.dataDir,
      fhirAllowlist: config.fhirAllowlist,
      companion: config.companion,
      policyUri: config.consentPolicyUrl,
      consentRecheckMs: config.consentRecheckSeconds * 1000,
      fetch: deps.fetch,
      logger: deps.logger,
      audit: deps.audit,
      dataKeys: deps.dataKeys ?? loadServerKeys(config.keys).data,
      startWorker: true,
    });
    const closeRuntime = runtime.close;
    runtime.close = () => {
      perConfig.delete(config);
      return closeRuntime();
    };
    perConfig.set(config, runtime);
  }
  return runtime;
}
