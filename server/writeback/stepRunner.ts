import type { Bundle, BundleEntry, CarePlan, DocumentReference, Resource } from '@medplum/fhirtypes';
import { WRITE_TAG_SYSTEM } from '../../fhir/codes.ts';
import type { ServerCapabilities } from '../../fhir/capabilities.ts';
import type { FhirClient, FhirResponse } from '../../fhir/fhirClient.ts';
import { UncertainOutcomeError } from '../../fhir/fhirClient.ts';
import type {
  CarePlanUpdateResult,
  CarePlanUpdateStep,
  CreateStep,
  Destination,
  SupersedeStep,
  TransactionStep,
  WriteIO,
} from '../../fhir/strategies/types.ts';
import { assertWritable, InvalidResourceError } from '../../fhir/validate.ts';
import { PermanentWriteError, RetryableWriteError } from './errors.ts';
import type { WriteLedger } from './ledger.ts';
import type { StepRecord } from './record.ts';
import { explainRefusal, isTransient, outcomeText } from './refusal.ts';

/**
 * Exactly-once steps over servers that may fail mid-write.
 *
 * - The intent of each request is in the ledger before the request leaves; the result after.
 * - A step already done returns its recorded result and sends nothing.
 * - Where the server supports conditional create, every create carries `If-None-Exist` on the
 *   resource's business identifier, so re-sending is harmless; transactions are made of such
 *   entries only.
 * - Where it does not (Epic-like), a create is never repeated blindly after an attempt whose
 *   outcome is unknown: the server is searched first (identifier, else subject/encounter with
 *   the content hash), and only when nothing is found is the create sent again.
 */

export interface StepRunnerDeps {
  ledger: WriteLedger;
  writeId: string;
  clients: Record<Destination, FhirClient>;
  capabilities: Record<Destination, ServerCapabilities>;
  now?: () => Date;
}

const RESOURCE_PATH = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?\/?$/;

export function referenceFromResponse(response: FhirResponse, resourceType: string): string | undefined {
  const location = response.headers.location ?? response.headers['content-location'];
  const match = location ? RESOURCE_PATH.exec(location.split('?')[0] ?? '') : null;
  if (match && match[1] === resourceType) return `${match[1]}/${match[2]}`;
  const body = response.body;
  if (body?.resourceType === resourceType && body.id) return `${resourceType}/${body.id}`;
  return undefined;
}

function sameResource(found: Resource, intended: Resource): boolean {
  const ids = new Set(
    ('identifier' in intended && Array.isArray(intended.identifier) ? intended.identifier : []).map(
      (i: { system?: string; value?: string }) => `${i.system}|${i.value}`,
    ),
  );
  const foundIds = 'identifier' in found && Array.isArray(found.identifier) ? found.identifier : [];
  if (foundIds.some((i: { system?: string; value?: string }) => ids.has(`${i.system}|${i.value}`))) return true;
  const tag = intended.meta?.tag?.find((t) => t.system === WRITE_TAG_SYSTEM)?.code;
  if (tag && found.meta?.tag?.some((t) => t.system === WRITE_TAG_SYSTEM && t.code === tag)) return true;
  if (found.resourceType === 'DocumentReference' && intended.resourceType === 'DocumentReference') {
    // Some EHRs drop identifiers they did not assign: then the content hash identifies the note.
    // A note that kept an identifier of ours is another approval's, however alike.
    const ourSystems = new Set([...ids].map((id) => id.split('|')[0]));
    if (foundIds.some((i: { system?: string }) => ourSystems.has(String(i.system)))) return false;
    const hash = (d: DocumentReference) => d.content?.[0]?.attachment?.hash;
    return (
      hash(intended) !== undefined &&
      hash(found) === hash(intended) &&
      found.subject?.reference === intended.subject?.reference
    );
  }
  return false;
}

/** Search that finds a note on servers that cannot search by our identifier. */
function fallbackQuery(resource: Resource): string | undefined {
  if (resource.resourceType !== 'DocumentReference' || !resource.subject?.reference) return undefined;
  const params = new URLSearchParams({ subject: resource.subject.reference });
  const encounter = resource.context?.encounter?.[0]?.reference;
  if (encounter) params.set('encounter', encounter);
  return params.toString();
}

/** Why a care plan's outcomes went to the companion store instead, in one sentence. */
function carePlanRefusal(what: 'read' | 'update', response: FhirResponse): string {
  const reason = outcomeText(response.body);
  const status = `HTTP ${response.status}${reason ? `: ${reason}` : ''}`;
  return what === 'read'
    ? `The EHR did not let the app read the care plan (${status}), so the outcome is only in the note.`
    : `The EHR would not take an update of the care plan (${status}), so the outcome is kept in the app’s companion store.`;
}

const typesOf = (s: TransactionStep): string => [...new Set(s.entries.map((e) => e.resource.resourceType))].join(', ');

export function createStepRunner(deps: StepRunnerDeps): WriteIO {
  const now = deps.now ?? (() => new Date());

  const step = (key: string): StepRecord | undefined => deps.ledger.get(deps.writeId)?.steps[key];

  function record(key: string, destination: Destination, change: Partial<StepRecord>): void {
    deps.ledger.update(deps.writeId, (r) => {
      const previous = r.steps[key] ?? { state: 'sending' as const, destination, attempts: 0, updatedAt: '' };
      return { ...r, steps: { ...r.steps, [key]: { ...previous, ...change, updatedAt: now().toISOString() } } };
    });
  }

  function intend(key: string, destination: Destination): void {
    record(key, destination, { state: 'sending', attempts: (step(key)?.attempts ?? 0) + 1, error: undefined });
  }

  async function send(
    key: string,
    destination: Destination,
    request: () => Promise<FhirResponse>,
  ): Promise<FhirResponse> {
    try {
      return await request();
    } catch (err) {
      if (err instanceof UncertainOutcomeError) {
        record(key, destination, { state: 'uncertain', error: err.kind });
        throw new RetryableWriteError(err.kind, err.message, true);
      }
      throw err;
    }
  }

  function refuse(key: string, destination: Destination, what: string, type: string, response: FhirResponse): never {
    if (isTransient(response.status)) {
      record(key, destination, { state: 'uncertain', error: `HTTP ${response.status}` });
      const reason = outcomeText(response.body);
      throw new RetryableWriteError(
        `http_${response.status}`,
        `${what} answered HTTP ${response.status}${reason ? `: ${reason}` : ''}`,
        true,
      );
    }
    record(key, destination, { state: 'failed', error: `HTTP ${response.status}` });
    if (response.status === 401) {
      // Nothing was written; a fresh token from the clinician's next request lets it through.
      throw new RetryableWriteError(
        'token_rejected',
        `${what}: the EHR did not accept the clinician's token (HTTP 401)`,
        false,
      );
    }
    throw new PermanentWriteError(`refused_${response.status}`, explainRefusal(response.status, type, response.body));
  }

  async function find(client: FhirClient, resource: Resource, query: string): Promise<string[] | undefined> {
    const response = await client.request({ method: 'GET', url: `${resource.resourceType}?${query}` });
    if (response.status !== 200 || response.body?.resourceType !== 'Bundle') return undefined;
    return ((response.body as Bundle).entry ?? [])
      .map((e) => e.resource)
      .filter((r): r is Resource & { id: string } => r?.resourceType === resource.resourceType && Boolean(r.id))
      .filter((r) => sameResource(r, resource))
      .map((r) => `${r.resourceType}/${r.id}`);
  }

  /** What an earlier attempt with an unknown outcome may have written. */
  async function search(s: CreateStep): Promise<string | undefined> {
    const client = deps.clients[s.destination];
    let refs: string[] | undefined;
    try {
      refs = await find(client, s.resource, s.identity);
      // Only a server that cannot search by our identifier is searched by patient and encounter.
      const fallback = fallbackQuery(s.resource);
      if (fallback && refs === undefined) refs = await find(client, s.resource, fallback);
    } catch (err) {
      if (err instanceof UncertainOutcomeError) {
        throw new RetryableWriteError(err.kind, `Searching for an earlier attempt: ${err.message}`, true);
      }
      throw err;
    }
    if (refs === undefined) {
      throw new RetryableWriteError(
        'search_failed',
        `Could not search ${s.resource.resourceType} to rule out a duplicate`,
        true,
      );
    }
    // Several matches can only come from outside this app; the lowest id, so every retry settles on the same one.
    return refs.sort()[0];
  }

  return {
    async create(s) {
      const previous = step(s.key);
      if (previous?.state === 'done' && previous.reference) return previous.reference;
      assertWritable([s.resource]);
      const type = s.resource.resourceType;
      const conditional = deps.capabilities[s.destination].conditionalCreate.has(type);
      if (!conditional && previous && previous.attempts > 0 && previous.state !== 'failed') {
        const existing = await search(s);
        if (existing) {
          record(s.key, s.destination, { state: 'done', reference: existing });
          return existing;
        }
      }
      intend(s.key, s.destination);
      const client = deps.clients[s.destination];
      const response = await send(s.key, s.destination, () =>
        client.request({
          method: 'POST',
          url: type,
          body: s.resource,
          headers: conditional ? { 'if-none-exist': s.identity } : {},
        }),
      );
      if (response.status !== 200 && response.status !== 201)
        refuse(s.key, s.destination, `Creating ${type}`, type, response);
      const reference = referenceFromResponse(response, type);
      if (!reference) {
        record(s.key, s.destination, { state: 'uncertain', error: 'no location' });
        throw new RetryableWriteError('no_location', `Creating ${type} succeeded without saying where`, true);
      }
      record(s.key, s.destination, { state: 'done', reference });
      return reference;
    },

    async transaction(s) {
      const previous = step(s.key);
      if (previous?.state === 'done' && previous.refs) return previous.refs;
      assertWritable(s.entries.map((e) => e.resource));
      if (!deps.capabilities[s.destination].transaction) {
        throw new PermanentWriteError(
          'no_transactions',
          `The ${s.destination} FHIR server does not accept transactions.`,
        );
      }
      const bundle: Bundle = {
        resourceType: 'Bundle',
        type: 'transaction',
        entry: s.entries.map((e) => ({
          fullUrl: e.fullUrl,
          resource: e.resource,
          request: { method: 'POST', url: e.resource.resourceType, ifNoneExist: e.ifNoneExist },
        })),
      };
      intend(s.key, s.destination);
      const client = deps.clients[s.destination];
      const response = await send(s.key, s.destination, () =>
        client.request({ method: 'POST', url: '', body: bundle }),
      );
      if (response.status !== 200 || response.body?.resourceType !== 'Bundle') {
        refuse(s.key, s.destination, 'The transaction', typesOf(s), response);
      }
      const results = (response.body as Bundle).entry ?? [];
      const refs: Record<string, string> = { ...previous?.refs };
      const refused: { type: string; result: BundleEntry }[] = [];
      let unanswered = 0;
      s.entries.forEach((entry, i) => {
        if (refs[entry.fullUrl]) return;
        const result = results[i];
        const type = entry.resource.resourceType;
        // A server without all-or-nothing transactions (Medplum by default) answers each entry on its own.
        const status = Number.parseInt(result?.response?.status ?? '', 10);
        const reference =
          result && (Number.isNaN(status) || status < 300)
            ? referenceFromResponse(
                {
                  status: 200,
                  body: result.resource,
                  headers: result.response?.location ? { location: result.response.location } : {},
                },
                type,
              )
            : undefined;
        if (reference) refs[entry.fullUrl] = reference;
        else if (result && status >= 400 && !isTransient(status)) refused.push({ type, result });
        else unanswered++;
      });
      if (refused.length > 0) {
        // What was written stays recorded: a retry re-sends only conditional creates, so it adds nothing twice.
        const [first] = refused as [{ type: string; result: BundleEntry }];
        const status = Number.parseInt(first.result.response?.status ?? '', 10);
        record(s.key, s.destination, { state: 'failed', refs, error: `entry HTTP ${status}` });
        if (status === 401) {
          throw new RetryableWriteError(
            'token_rejected',
            `The EHR did not accept the clinician's token for the ${first.type} (HTTP 401)`,
            false,
          );
        }
        throw new PermanentWriteError(
          `refused_${status}`,
          explainRefusal(status, first.type, first.result.response?.outcome),
        );
      }
      if (unanswered > 0) {
        record(s.key, s.destination, { state: 'uncertain', refs, error: 'incomplete response' });
        throw new RetryableWriteError(
          'incomplete_response',
          `The EHR did not confirm ${unanswered} of ${s.entries.length} resources; trying again`,
          true,
        );
      }
      record(s.key, s.destination, { state: 'done', refs });
      return refs;
    },

    async supersede(s: SupersedeStep) {
      const previous = step(s.key);
      if (previous?.state === 'done') return previous.superseded ?? false;
      const client = deps.clients[s.destination];
      intend(s.key, s.destination);
      for (let attempt = 0; attempt < 2; attempt++) {
        const current = await send(s.key, s.destination, () => client.request({ method: 'GET', url: s.reference }));
        if (current.status !== 200 || current.body?.resourceType !== 'DocumentReference') {
          if (isTransient(current.status))
            refuse(s.key, s.destination, `Reading ${s.reference}`, 'DocumentReference', current);
          record(s.key, s.destination, { state: 'done', superseded: false, error: `read HTTP ${current.status}` });
          return false;
        }
        const doc = current.body as DocumentReference;
        if (doc.status === 'superseded') {
          record(s.key, s.destination, { state: 'done', superseded: true });
          return true;
        }
        const etag = current.headers.etag ?? (doc.meta?.versionId ? `W/"${doc.meta.versionId}"` : undefined);
        const updated: DocumentReference = { ...doc, status: 'superseded' };
        const response = await send(s.key, s.destination, () =>
          client.request({ method: 'PUT', url: s.reference, body: updated, headers: etag ? { 'if-match': etag } : {} }),
        );
        if (response.status === 200 || response.status === 201) {
          record(s.key, s.destination, { state: 'done', superseded: true });
          return true;
        }
        if (response.status === 412) continue;
        if (isTransient(response.status))
          refuse(s.key, s.destination, `Updating ${s.reference}`, 'DocumentReference', response);
        // The EHR keeps the old note as it is; the new note's relatesTo still says it replaces it.
        record(s.key, s.destination, { state: 'done', superseded: false, error: `update HTTP ${response.status}` });
        return false;
      }
      record(s.key, s.destination, { state: 'done', superseded: false, error: 'changed concurrently' });
      return false;
    },
    async updateCarePlan(s: CarePlanUpdateStep): Promise<CarePlanUpdateResult> {
      const previous = step(s.key);
      if (previous?.state === 'done') {
        return previous.updated
          ? { updated: true }
          : { updated: false, keep: previous.keep ?? true, message: previous.message ?? 'not updated' };
      }
      const settle = (result: CarePlanUpdateResult, error?: string): CarePlanUpdateResult => {
        record(s.key, s.destination, {
          state: 'done',
          updated: result.updated,
          ...(result.updated ? {} : { keep: result.keep, message: result.message }),
          ...(error ? { error } : {}),
        });
        return result;
      };
      const client = deps.clients[s.destination];
      intend(s.key, s.destination);
      // Read, change, write with If-Match: a plan changed in between (412) is read again and the
      // change applied to what it has become, so nobody's edit is overwritten. Progress notes carry
      // this approval's ids, so a plan that already has them (an earlier attempt landed) is left alone.
      for (let attempt = 0; attempt < 3; attempt++) {
        const current = await send(s.key, s.destination, () => client.request({ method: 'GET', url: s.reference }));
        if (current.status !== 200 || current.body?.resourceType !== 'CarePlan') {
          if (isTransient(current.status) || current.status === 401)
            refuse(s.key, s.destination, `Reading ${s.reference}`, 'CarePlan', current);
          // Nothing is known of a plan the app may not read: its outcome is kept nowhere but the note.
          return settle(
            { updated: false, keep: false, message: carePlanRefusal('read', current) },
            `read HTTP ${current.status}`,
          );
        }
        const plan = current.body as CarePlan;
        const change = s.apply(plan);
        if (change.kind === 'already-applied') return settle({ updated: true });
        if (change.kind === 'changed')
          return settle({ updated: false, keep: true, message: change.message }, 'changed');
        if (change.kind === 'foreign')
          return settle({ updated: false, keep: false, message: change.message }, 'foreign');
        try {
          assertWritable([change.carePlan]);
        } catch (err) {
          if (!(err instanceof InvalidResourceError)) throw err;
          // The plan as someone else wrote it breaks a rule: the app does not send it back that way.
          return settle(
            {
              updated: false,
              keep: true,
              message:
                'The care plan as the EHR holds it does not pass FHIR validation, so it is not written back; the outcome is kept in the app’s companion store.',
            },
            'invalid care plan',
          );
        }
        const etag = current.headers.etag ?? (plan.meta?.versionId ? `W/"${plan.meta.versionId}"` : undefined);
        const response = await send(s.key, s.destination, () =>
          client.request({
            method: 'PUT',
            url: s.reference,
            body: change.carePlan,
            headers: etag ? { 'if-match': etag } : {},
          }),
        );
        if (response.status === 200 || response.status === 201) return settle({ updated: true });
        if (response.status === 412) continue;
        if (isTransient(response.status) || response.status === 401)
          refuse(s.key, s.destination, `Updating ${s.reference}`, 'CarePlan', response);
        return settle(
          { updated: false, keep: true, message: carePlanRefusal('update', response) },
          `update HTTP ${response.status}`,
        );
      }
      return settle(
        {
          updated: false,
          keep: true,
          message:
            'The care plan kept changing while the outcomes were being written, so they are kept in the app’s companion store.',
        },
        'changed concurrently',
      );
    },
  };
}
