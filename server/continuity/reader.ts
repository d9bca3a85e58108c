import type { Bundle, CarePlan, ClinicalImpression, DocumentReference, Resource } from '@medplum/fhirtypes';
import { isAiAsserted } from '../../fhir/aiTransparency.ts';
import type { CapabilityReader } from '../../fhir/capabilities.ts';
import type { FhirClient } from '../../fhir/fhirClient.ts';
import { UncertainOutcomeError } from '../../fhir/fhirClient.ts';
import type { ContinuityView, EarlierNoteText, RecordSource, Unavailable } from '../contracts/continuity.ts';
import type { SessionContext } from '../session/context.ts';
import { buildContinuityView, earlierNote, noteText } from './view.ts';

/**
 * Reads what the next session starts from, with the session's own SMART token: the patient's
 * notes and care plans from the EHR, session records and what the EHR could not take from the
 * companion store. A read the EHR refuses does not fail the view: it is named, per resource
 * type, in `unavailable`, and the rest is shown.
 */

export interface ContinuityReaderDeps {
  ehrClient: (session: SessionContext) => FhirClient;
  companion: FhirClient;
  capabilities: CapabilityReader;
  now?: () => Date;
  logger?: { warn(details: object, message: string): void };
}

export interface ContinuityReader {
  read(session: SessionContext): Promise<ContinuityView>;
  /** One earlier note of the session's patient in full; undefined when there is no such note. */
  readNote(session: SessionContext, noteId: string): Promise<EarlierNoteText | undefined>;
}

/** The most resources of one type read per source (newest are kept when the server sorts). */
const PAGE = 100;
/** Notes whose AI assistance is also looked up in the companion store's Provenance. */
const PROVENANCE_LOOKUPS = 20;

type Part = Unavailable['part'];

const WHAT: Record<string, string> = {
  DocumentReference: 'notes',
  CarePlan: 'care plans',
  ClinicalImpression: 'earlier session records',
};

const CONSEQUENCE: Record<string, string> = {
  DocumentReference: 'earlier notes are not shown',
  CarePlan: 'homework and the safety plan from the chart are not shown (only those kept in the app’s store are)',
  ClinicalImpression: 'risk over time, themes and goals come from the app’s own store only',
};

class ReadRefused extends Error {
  readonly reason: Unavailable['reason'];
  readonly status?: number;

  constructor(reason: Unavailable['reason'], status?: number) {
    super(reason);
    this.reason = reason;
    this.status = status;
  }
}

function explain(type: string, source: RecordSource, err: ReadRefused): string {
  const what = WHAT[type] ?? type;
  const status = err.status ? `, HTTP ${err.status}` : '';
  const consequence = CONSEQUENCE[type] ?? 'they are not shown';
  if (source === 'companion') {
    return `The app’s companion store could not be read for ${what} (${type}${status}); what it keeps is not shown.`;
  }
  switch (err.reason) {
    case 'not_permitted':
      return `The EHR did not let the app read ${what} (${type}${status}), so ${consequence}.`;
    case 'not_supported':
      return `This EHR does not offer a search of ${what} (${type}), so ${consequence}.`;
    case 'unreachable':
      return `The EHR did not answer in time when asked for ${what} (${type}), so ${consequence}. Reopen the panel to try again.`;
    default:
      return `The EHR could not give ${what} (${type}${status}), so ${consequence}.`;
  }
}

async function search<T extends Resource>(client: FhirClient, type: T['resourceType'], query: string): Promise<T[]> {
  let response;
  try {
    response = await client.request({ method: 'GET', url: `${type}?${query}&_count=${PAGE}` });
  } catch (err) {
    if (err instanceof UncertainOutcomeError) throw new ReadRefused('unreachable');
    throw err;
  }
  if (response.status === 401 || response.status === 403) throw new ReadRefused('not_permitted', response.status);
  if (response.status === 404 || response.status === 405 || response.status === 501)
    throw new ReadRefused('not_supported', response.status);
  if (response.status !== 200 || response.body?.resourceType !== 'Bundle')
    throw new ReadRefused('failed', response.status);
  return ((response.body as Bundle).entry ?? []).map((e) => e.resource).filter((r): r is T => r?.resourceType === type);
}

export function createContinuityReader(deps: ContinuityReaderDeps): ContinuityReader {
  const now = deps.now ?? (() => new Date());

  return {
    async read(session) {
      const ehr = deps.ehrClient(session);
      const caps = await deps.capabilities.get(ehr, session.fhirBaseUrl);
      const unavailable: Unavailable[] = [];
      const patientQuery = `patient=${encodeURIComponent(`Patient/${session.patientId}`)}`;
      // By `subject`: the companion store's references are absolute URLs to the EHR, which the
      // `patient` parameter of these types (`subject.where(resolve() is Patient)`) cannot resolve.
      const companionQuery = `subject=${encodeURIComponent(`${session.fhirBaseUrl}/Patient/${session.patientId}`)}`;

      const attempt = async <T extends Resource>(
        source: RecordSource,
        parts: Part[],
        type: T['resourceType'],
        options: { quietWhenUnsupported?: boolean } = {},
      ): Promise<T[]> => {
        if (source === 'ehr' && !caps.search.has(type)) {
          if (!options.quietWhenUnsupported) {
            const err = new ReadRefused('not_supported');
            for (const part of parts)
              unavailable.push({
                part,
                resourceType: type,
                source,
                reason: err.reason,
                message: explain(type, source, err),
              });
          }
          return [];
        }
        try {
          return await search<T>(
            source === 'ehr' ? ehr : deps.companion,
            type,
            source === 'ehr' ? patientQuery : companionQuery,
          );
        } catch (err) {
          if (!(err instanceof ReadRefused)) throw err;
          // Status and type only: what was asked about a patient stays out of the log.
          deps.logger?.warn(
            { sessionId: session.sessionId, resourceType: type, source, status: err.status, reason: err.reason },
            'continuity read refused',
          );
          unavailable.push({
            part: parts[0] as Part,
            resourceType: type,
            source,
            reason: err.reason,
            message: explain(type, source, err),
          });
          return [];
        }
      };

      const [notes, ehrPlans, ehrRecords, companionPlans, companionRecords] = await Promise.all([
        attempt<DocumentReference>('ehr', ['notes'], 'DocumentReference'),
        attempt<CarePlan>('ehr', ['homework'], 'CarePlan'),
        // Few EHRs hold these; not offering them is normal, and the companion store has the app's own.
        attempt<ClinicalImpression>('ehr', ['risk'], 'ClinicalImpression', { quietWhenUnsupported: true }),
        attempt<CarePlan>('companion', ['homework'], 'CarePlan'),
        attempt<ClinicalImpression>('companion', ['risk'], 'ClinicalImpression'),
      ]);

      const aiAssisted = await aiMarks(deps.companion, session.fhirBaseUrl, notes);
      const carePlanUpdatable = caps.update.has('CarePlan');
      if (!carePlanUpdatable && ehrPlans.some((p) => p.status === 'active')) {
        unavailable.push({
          part: 'homework_outcomes',
          resourceType: 'CarePlan',
          source: 'ehr',
          reason: 'not_supported',
          message:
            'This EHR does not let the app update care plans: homework outcomes recorded here are kept in the app’s companion store, not on the chart’s care plan.',
        });
      }
      return buildContinuityView({
        fhirBaseUrl: session.fhirBaseUrl,
        patientId: session.patientId,
        encounterId: session.encounterId,
        readAt: now().toISOString(),
        notes: notes.map((resource) => ({ resource, aiAssisted: aiAssisted.has(resource.id ?? '') })),
        carePlans: [
          ...ehrPlans.map((resource) => ({ resource, source: 'ehr' as const })),
          ...companionPlans.map((resource) => ({ resource, source: 'companion' as const })),
        ],
        records: [
          ...ehrRecords.map((resource) => ({ resource, source: 'ehr' as const })),
          ...companionRecords.map((resource) => ({ resource, source: 'companion' as const })),
        ],
        carePlanUpdatable,
        unavailable,
      });
    },

    async readNote(session, noteId) {
      const response = await deps.ehrClient(session).request({
        method: 'GET',
        url: `DocumentReference/${encodeURIComponent(noteId)}`,
      });
      // Refused reads are "not found" too: a patient-scoped token is refused another patient's note,
      // and whether that note exists is not this session's to learn.
      if ([401, 403, 404, 410].includes(response.status)) return undefined;
      if (response.status !== 200 || response.body?.resourceType !== 'DocumentReference')
        throw new NoteReadRefused(response.status);
      const doc = response.body as DocumentReference;
      // Another patient's note is "not found": its existence is not this session's to learn.
      if (doc.subject?.reference?.replace(/^.*\/(?=Patient\/)/, '') !== `Patient/${session.patientId}`)
        return undefined;
      const ai = await aiMarks(deps.companion, session.fhirBaseUrl, [doc]);
      return { ...earlierNote(doc, ai.has(doc.id ?? '')), text: noteText(doc) };
    },
  };
}

export class NoteReadRefused extends Error {
  override name = 'NoteReadRefused';
  readonly status: number;

  constructor(status: number) {
    super(`The EHR answered HTTP ${status} when asked for the note.`);
    this.status = status;
  }
}

/**
 * Ids of the notes written with AI assistance: labelled so in the EHR, or named by a Provenance
 * in the companion store (where the app keeps it for EHRs that take only the note).
 */
async function aiMarks(companion: FhirClient, fhirBaseUrl: string, notes: DocumentReference[]): Promise<Set<string>> {
  const marked = new Set(notes.filter(isAiAsserted).map((n) => n.id ?? ''));
  const unlabelled = notes
    .filter((n) => n.id && !marked.has(n.id))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    .slice(0, PROVENANCE_LOOKUPS);
  await Promise.all(
    unlabelled.map(async (note) => {
      const target = `${fhirBaseUrl}/DocumentReference/${note.id}`;
      try {
        const found = await search<Resource>(companion, 'Provenance', `target=${encodeURIComponent(target)}`);
        if (found.length > 0) marked.add(note.id as string);
      } catch {
        // Unknown is shown as not marked; the note's own text still carries its disclosure.
      }
    }),
  );
  return marked;
}
