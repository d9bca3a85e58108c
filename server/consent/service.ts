import { randomUUID } from 'node:crypto';
import type { Bundle, Consent } from '@medplum/fhirtypes';
import type { CapabilityReader, ServerCapabilities } from '../../fhir/capabilities.ts';
import { CONSENT_CATEGORY, IDENTIFIER_SYSTEM } from '../../fhir/codes.ts';
import type { ConsentDecision } from '../../fhir/consent.ts';
import { buildConsent, consentIdentifierQuery, consentState, revokeConsent } from '../../fhir/consent.ts';
import type { FhirClient, FhirResponse } from '../../fhir/fhirClient.ts';
import type { Destination } from '../../fhir/strategies/types.ts';
import { assertWritable } from '../../fhir/validate.ts';
import type { ConsentService, ConsentState, SessionContext } from '../session/context.ts';
import { referenceFromResponse } from '../writeback/stepRunner.ts';

/**
 * Consent to AI-assisted sessions, read from the EHR where it can be searched and from the
 * companion store, written to the EHR when it takes Consent create and to the companion store
 * otherwise. The latest decision wins.
 *
 * What is known is kept per patient (FHIR base + patient), not per session: a decision recorded
 * or revoked here reaches every live session on the patient at once (listeners are told, and
 * every AI endpoint asks `current()`), and a decision taken elsewhere — another instance, the
 * EHR's own screens — is read again once the last read is `recheckMs` old (refreshed ahead in
 * the background after half of it). A note's consent line is read afresh when it is signed.
 */

export interface ConsentRecord {
  state: ConsentState;
  /** `Consent/123` in the store named by `destination`. */
  consentRef?: string;
  recordedAt?: string;
  resource?: Consent;
  destination?: Destination;
}

export type ConsentListener = (patient: { fhirBaseUrl: string; patientId: string }, record: ConsentRecord) => void;

export interface ConsentManager extends ConsentService {
  lookup(session: SessionContext): Promise<{ state: ConsentState; consentRef?: string; recordedAt?: string }>;
  /** The patient's consent as last read or written here, read again once it is `recheckMs` old. */
  current(session: SessionContext): Promise<ConsentRecord>;
  /**
   * The consent as the chart holds it now, for a note being signed. When the chart cannot be
   * read, a record read within `recheckMs` is used; otherwise it throws.
   */
  atSigning(session: SessionContext): Promise<ConsentRecord>;
  /** Called whenever a patient's consent changes as seen from here. */
  onChange(listener: ConsentListener): () => void;
  record(session: SessionContext, decision: ConsentDecision): Promise<ConsentRecord>;
  revoke(session: SessionContext): Promise<ConsentRecord>;
}

export interface ConsentServiceDeps {
  companion: FhirClient;
  ehrClient: (session: SessionContext) => FhirClient;
  capabilities: CapabilityReader;
  /** The policy patients agree to; written into every Consent. */
  policyUri: string;
  /** Other policy URIs whose Consents also count (e.g. the clinic's own AI-session policy). */
  recognisedPolicyUris?: readonly string[];
  /** How old a read may get before the chart is asked again (default 30 s). */
  recheckMs?: number;
  now?: () => Date;
  newId?: () => string;
  logger?: { warn(details: object, message: string): void };
}

export class ConsentFhirError extends Error {
  override name = 'ConsentFhirError';
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export class NoActiveConsentError extends Error {
  override name = 'NoActiveConsentError';
}

const CATEGORY_QUERY = `category=${encodeURIComponent(`${CONSENT_CATEGORY.system}|${CONSENT_CATEGORY.code}`)}`;

/** When the decision a Consent records was taken: its end for a revocation, else its date. */
function decidedAt(consent: Consent): string {
  if (consent.status === 'inactive') return consent.provision?.period?.end ?? consent.dateTime ?? '';
  return consent.dateTime ?? consent.provision?.period?.start ?? '';
}

const SAFETY_RANK: Record<ConsentState, number> = { revoked: 3, declined: 2, granted: 1, none: 0 };

export function createConsentManager(deps: ConsentServiceDeps): ConsentManager {
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  const policies = new Set([deps.policyUri, ...(deps.recognisedPolicyUris ?? [])]);
  const recheckMs = deps.recheckMs ?? 30_000;
  const byPatient = new Map<string, { record: ConsentRecord; readAt: number }>();
  const reading = new Map<string, Promise<ConsentRecord>>();
  const listeners = new Set<ConsentListener>();
  const patientKey = (session: SessionContext) => `${session.fhirBaseUrl}|${session.patientId}`;

  const ours = (c: Consent): boolean =>
    (c.identifier ?? []).some((i) => i.system === IDENTIFIER_SYSTEM.consent) ||
    (c.policy ?? []).some((p) => p.uri !== undefined && policies.has(p.uri));

  async function search(client: FhirClient, patient: string): Promise<Consent[]> {
    const response = await client.request({
      method: 'GET',
      url: `Consent?patient=${encodeURIComponent(patient)}&${CATEGORY_QUERY}`,
    });
    if (response.status !== 200 || response.body?.resourceType !== 'Bundle') {
      throw new ConsentFhirError(response.status, `Consent search answered HTTP ${response.status}`);
    }
    return ((response.body as Bundle).entry ?? [])
      .map((e) => e.resource)
      .filter((r): r is Consent => r?.resourceType === 'Consent')
      .filter(ours);
  }

  async function ehrCaps(session: SessionContext): Promise<{ client: FhirClient; caps: ServerCapabilities }> {
    const client = deps.ehrClient(session);
    return { client, caps: await deps.capabilities.get(client, session.fhirBaseUrl) };
  }

  async function read(session: SessionContext): Promise<ConsentRecord> {
    const found: { consent: Consent; destination: Destination }[] = [];
    const { client, caps } = await ehrCaps(session);
    if (caps.search.has('Consent')) {
      try {
        for (const consent of await search(client, session.patientId)) found.push({ consent, destination: 'ehr' });
      } catch (err) {
        // A token without Consent read: the EHR cannot tell, the companion store still can.
        // Anything else (EHR down, timing out) must not pass for "no consent on file".
        if (!(err instanceof ConsentFhirError && (err.status === 403 || err.status === 401))) throw err;
        deps.logger?.warn({ sessionId: session.sessionId, status: err.status }, 'consent search refused by the EHR');
      }
    }
    const companionPatient = `${session.fhirBaseUrl}/Patient/${session.patientId}`;
    for (const consent of await search(deps.companion, companionPatient))
      found.push({ consent, destination: 'companion' });
    const latest = found
      .map((f) => ({ ...f, state: consentState(f.consent), at: decidedAt(f.consent) }))
      .filter((f) => f.state !== 'none')
      .sort((a, b) => a.at.localeCompare(b.at) || SAFETY_RANK[a.state] - SAFETY_RANK[b.state])
      .at(-1);
    if (!latest) return { state: 'none' };
    return {
      state: latest.state,
      consentRef: latest.consent.id ? `Consent/${latest.consent.id}` : undefined,
      recordedAt: latest.at,
      resource: latest.consent,
      destination: latest.destination,
    };
  }

  function apply(session: SessionContext, record: ConsentRecord): ConsentRecord {
    session.consent = record.state;
    session.consentRef = record.consentRef;
    return record;
  }

  /** Keeps the patient's record and tells every listener when it changed. */
  function remember(session: SessionContext, record: ConsentRecord): ConsentRecord {
    const key = patientKey(session);
    const before = byPatient.get(key)?.record;
    byPatient.set(key, { record, readAt: now().getTime() });
    if (before?.state !== record.state || before?.consentRef !== record.consentRef) {
      for (const listener of listeners)
        listener({ fhirBaseUrl: session.fhirBaseUrl, patientId: session.patientId }, record);
    }
    return apply(session, record);
  }

  /** One read of the chart per patient at a time. */
  function reread(session: SessionContext): Promise<ConsentRecord> {
    const key = patientKey(session);
    let pending = reading.get(key);
    if (!pending) {
      pending = read(session)
        .then((record) => remember(session, record))
        .finally(() => reading.delete(key));
      reading.set(key, pending);
    }
    return pending.then((record) => apply(session, record));
  }

  async function where(
    session: SessionContext,
    type: 'create' | 'update',
  ): Promise<{ client: FhirClient; destination: Destination; caps?: ServerCapabilities }> {
    try {
      const { client, caps } = await ehrCaps(session);
      if (caps[type].has('Consent')) return { client, destination: 'ehr', caps };
    } catch (err) {
      deps.logger?.warn({ sessionId: session.sessionId, err: (err as Error).message }, 'EHR capabilities unavailable');
    }
    return { client: deps.companion, destination: 'companion' };
  }

  function check(response: FhirResponse, what: string): string {
    if (response.status !== 200 && response.status !== 201) {
      throw new ConsentFhirError(response.status, `${what} was refused with HTTP ${response.status}`);
    }
    const ref = referenceFromResponse(response, 'Consent');
    if (!ref) throw new ConsentFhirError(502, `${what} succeeded without saying where the Consent is`);
    return ref;
  }

  async function write(
    consent: Consent,
    target: { client: FhirClient; destination: Destination; caps?: ServerCapabilities },
    id: string,
  ): Promise<string> {
    assertWritable([consent]);
    const conditional = target.destination === 'companion' || target.caps?.conditionalCreate.has('Consent');
    const response = await target.client.request({
      method: 'POST',
      url: 'Consent',
      body: consent,
      headers: conditional ? { 'if-none-exist': consentIdentifierQuery(id) } : {},
    });
    return check(response, 'Recording consent');
  }

  async function current(session: SessionContext): Promise<ConsentRecord> {
    const entry = byPatient.get(patientKey(session));
    const age = entry ? now().getTime() - entry.readAt : Infinity;
    if (!entry || age >= recheckMs) return reread(session);
    // Read again ahead of time, in the background, so an active session rarely waits for it.
    if (age >= recheckMs / 2) reread(session).catch(() => undefined);
    return apply(session, entry.record);
  }

  return {
    /** Throws when the consent cannot be read: "unknown" must not pass for "none on file". */
    async lookup(session) {
      const record = await reread(session);
      return { state: record.state, consentRef: record.consentRef, recordedAt: record.recordedAt };
    },

    current,

    async atSigning(session) {
      try {
        return await reread(session);
      } catch (err) {
        const entry = byPatient.get(patientKey(session));
        if (entry && now().getTime() - entry.readAt < recheckMs) return apply(session, entry.record);
        throw err;
      }
    },

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async record(session, decision) {
      const target = await where(session, 'create');
      const id = newId();
      const at = now().toISOString();
      const patient =
        target.destination === 'ehr'
          ? `Patient/${session.patientId}`
          : `${session.fhirBaseUrl}/Patient/${session.patientId}`;
      const consent = buildConsent({
        consentId: id,
        decision,
        patient: { reference: patient },
        at,
        policyUri: deps.policyUri,
      });
      const ref = await write(consent, target, id);
      return remember(session, {
        state: consentState(consent),
        consentRef: ref,
        recordedAt: at,
        resource: { ...consent, id: ref.split('/')[1] },
        destination: target.destination,
      });
    },

    async revoke(session) {
      const existing = await reread(session);
      if (existing.state !== 'granted' || !existing.resource) {
        throw new NoActiveConsentError('There is no granted consent to revoke for this patient.');
      }
      const at = now().toISOString();
      const revoked = revokeConsent(existing.resource, at);
      const canUpdate = existing.destination === 'companion' || (await where(session, 'update')).destination === 'ehr';
      if (canUpdate && existing.resource.id) {
        const client = existing.destination === 'ehr' ? deps.ehrClient(session) : deps.companion;
        assertWritable([revoked]);
        const response = await client.request({ method: 'PUT', url: `Consent/${existing.resource.id}`, body: revoked });
        const ref = check(response, 'Revoking consent');
        return remember(session, {
          state: 'revoked',
          consentRef: ref,
          recordedAt: at,
          resource: revoked,
          destination: existing.destination,
        });
      }
      // The EHR holds the grant read-only: record the revocation in the companion store,
      // pointing at the grant it ends; the latest decision is what counts.
      const id = newId();
      const { id: _grantId, meta: _meta, ...grant } = revoked;
      const companionRevocation: Consent = {
        ...grant,
        identifier: [{ system: IDENTIFIER_SYSTEM.consent, value: id }],
        patient: { reference: `${session.fhirBaseUrl}/Patient/${session.patientId}` },
        performer: [{ reference: `${session.fhirBaseUrl}/Patient/${session.patientId}` }],
        sourceReference: { reference: `${session.fhirBaseUrl}/Consent/${existing.resource.id}` },
      };
      const ref = await write(companionRevocation, { client: deps.companion, destination: 'companion' }, id);
      return remember(session, {
        state: 'revoked',
        consentRef: ref,
        recordedAt: at,
        resource: { ...companionRevocation, id: ref.split('/')[1] },
        destination: 'companion',
      });
    },
  };
}
