import type { Attachment, CarePlan, ClinicalImpression, DocumentReference } from '@medplum/fhirtypes';
import type { NoteFormat } from '../../fhir/clinicalTerms.ts';
import { OUTCOME_RECORD_TITLE } from '../../fhir/homeworkOutcome.ts';
import { readSessionRecord, type SessionRecordFacts } from '../../fhir/sessionRecord.ts';
import type {
  ActivityStatus,
  CarriedItem,
  ContinuityView,
  EarlierNote,
  HomeworkActivity,
  RecordSource,
  SafetyPlanOnFile,
  SessionRiskPoint,
  Unavailable,
} from '../contracts/continuity.ts';
import { ActivityStatus as ActivityStatusSchema } from '../contracts/continuity.ts';

/**
 * The continuity view from what was read: pure, so every rule here (which notes, which plans,
 * what overlays what, when the safety plan is due for review) is tested without a server.
 */

export interface ContinuitySources {
  fhirBaseUrl: string;
  patientId: string;
  /** This session's encounter: its own note is not an "earlier" one. */
  encounterId?: string;
  readAt: string;
  notes: { resource: DocumentReference; aiAssisted: boolean }[];
  carePlans: { resource: CarePlan; source: RecordSource }[];
  records: { resource: ClinicalImpression; source: RecordSource }[];
  /** The EHR takes care plan updates (else outcomes of its plans go to the companion store). */
  carePlanUpdatable: boolean;
  unavailable: Unavailable[];
}

/** How many of the latest homework care plans the view shows. */
export const LATEST_PLANS = 3;
/** How many earlier sessions' themes and goals are carried over. */
export const CARRIED_SESSIONS = 3;

const UNKNOWN_CLINICIAN = 'Unknown clinician';

export function isSafetyPlan(plan: CarePlan): boolean {
  return /safety plan/i.test(plan.title ?? '');
}

function isOutcomeRecord(plan: CarePlan): boolean {
  return plan.title === OUTCOME_RECORD_TITLE && (plan.partOf?.length ?? 0) > 0;
}

function noteDate(doc: DocumentReference): string {
  return doc.context?.period?.start ?? doc.date ?? doc.content?.[0]?.attachment?.creation ?? '';
}

function idOf(reference: string | undefined, type: string): string | undefined {
  const match = new RegExp(`(?:^|/)${type}/([^/]+)$`).exec(reference ?? '');
  return match?.[1];
}

/** The readable text of a note: its plain-text rendering, else its HTML without markup. */
export function noteText(doc: DocumentReference): string {
  const attachments = (doc.content ?? []).map((c) => c.attachment).filter((a): a is Attachment => !!a?.data);
  const plain = attachments.find((a) => /^text\/plain/i.test(a.contentType ?? ''));
  const html = attachments.find((a) => /^(text\/html|application\/xhtml)/i.test(a.contentType ?? ''));
  const chosen = plain ?? html;
  if (!chosen?.data) return '';
  const text = Buffer.from(chosen.data, 'base64').toString('utf8');
  if (chosen === plain) return text;
  return text
    .replace(/<(br|\/p|\/h\d|\/li|\/div)\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const FORMAT_HEADINGS: [NoteFormat, RegExp[]][] = [
  ['SOAP', [/^\s*(S|Subjective)\s*:/im, /^\s*(O|Objective)\s*:/im, /^\s*(A|Assessment)\s*:/im]],
  ['DAP', [/^\s*(D|Data)\s*:/im, /^\s*(A|Assessment)\s*:/im, /^\s*(P|Plan)\s*:/im]],
  ['BIRP', [/^\s*(B|Behaviou?r)\s*:/im, /^\s*(I|Intervention)\s*:/im, /^\s*(R|Response)\s*:/im]],
  ['GIRP', [/^\s*(G|Goals?)\s*:/im, /^\s*(I|Intervention)\s*:/im, /^\s*(R|Response)\s*:/im]],
];

/** The note's format: as this app names it in the title, else from the note's section headings. */
export function noteFormat(doc: DocumentReference, text: string): NoteFormat | null {
  const named = /\((SOAP|DAP|BIRP|GIRP)\)/.exec(doc.description ?? '')?.[1] as NoteFormat | undefined;
  if (named) return named;
  const plain = text.replace(/<[^>]*>/g, '\n');
  for (const [format, headings] of FORMAT_HEADINGS) {
    if (headings.every((h) => h.test(plain))) return format;
  }
  return null;
}

export function earlierNote(doc: DocumentReference, aiAssisted: boolean): EarlierNote {
  const author = doc.author?.[0];
  const encounterId = idOf(doc.context?.encounter?.[0]?.reference, 'Encounter');
  return {
    noteId: doc.id ?? '',
    date: noteDate(doc),
    title: doc.description ?? doc.type?.text ?? doc.content?.[0]?.attachment?.title ?? 'Clinical note',
    clinician: {
      display: author?.display ?? UNKNOWN_CLINICIAN,
      ...(author?.reference ? { reference: author.reference } : {}),
    },
    format: noteFormat(doc, noteText(doc)),
    aiAssisted,
    ...(doc.docStatus ? { docStatus: doc.docStatus } : {}),
    ...(encounterId ? { encounterId } : {}),
  };
}

function byNewest<T>(date: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => date(b).localeCompare(date(a));
}

const planDate = (plan: CarePlan): string => plan.created ?? plan.period?.start ?? '';

function activityStatus(value: string | undefined): ActivityStatus {
  const parsed = ActivityStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : 'unknown';
}

/** Outcomes kept in the companion store for an EHR plan, laid over its activities (latest last). */
function overlays(plan: CarePlan, source: RecordSource, sources: ContinuitySources): CarePlan[] {
  if (source !== 'ehr' || !plan.id) return [];
  const url = `${sources.fhirBaseUrl}/CarePlan/${plan.id}`;
  return sources.carePlans
    .map((p) => p.resource)
    .filter((p) => isOutcomeRecord(p) && p.partOf?.some((r) => r.reference === url))
    .sort((a, b) => planDate(a).localeCompare(planDate(b)));
}

/** A plan made in this very session is not homework from an earlier one. */
function ofThisSession(plan: CarePlan, encounterId: string | undefined): boolean {
  const ref = plan.encounter?.reference;
  return !!encounterId && !!ref && (ref === `Encounter/${encounterId}` || ref.endsWith(`/Encounter/${encounterId}`));
}

function homeworkOf(sources: ContinuitySources): HomeworkActivity[] {
  const plans = sources.carePlans
    .filter(
      ({ resource }) =>
        resource.status === 'active' &&
        !isSafetyPlan(resource) &&
        !isOutcomeRecord(resource) &&
        !ofThisSession(resource, sources.encounterId),
    )
    .sort(byNewest(({ resource }) => planDate(resource)))
    .slice(0, LATEST_PLANS);
  return plans.flatMap(({ resource: plan, source }) => {
    const laidOver = overlays(plan, source, sources);
    return (plan.activity ?? []).flatMap((activity, activityIndex): HomeworkActivity[] => {
      const detail = activity.detail;
      if (!detail || !plan.id) return [];
      let status = activityStatus(detail.status);
      let progress = activity.progress?.at(-1);
      for (const record of laidOver) {
        const match = record.activity?.find((a) => a.detail?.description === detail.description);
        if (!match) continue;
        status = activityStatus(match.detail?.status);
        progress = match.progress?.at(-1) ?? progress;
      }
      return [
        {
          carePlanId: plan.id,
          source,
          activityIndex,
          description: detail.description ?? '',
          status,
          ...(planDate(plan) ? { assigned: planDate(plan) } : {}),
          ...(progress?.text
            ? { lastProgress: { text: progress.text, ...(progress.time ? { date: progress.time } : {}) } }
            : {}),
          outcomeGoesTo: source === 'companion' || sources.carePlanUpdatable ? source : 'companion',
        },
      ];
    });
  });
}

function safetyPlanOf(sources: ContinuitySources, reviewDue: boolean): SafetyPlanOnFile | null {
  const latest = sources.carePlans
    .filter(
      ({ resource }) =>
        resource.status === 'active' && isSafetyPlan(resource) && !ofThisSession(resource, sources.encounterId),
    )
    .sort(byNewest(({ resource }) => planDate(resource)))[0];
  if (!latest?.resource.id) return null;
  const steps = (latest.resource.activity ?? []).flatMap((a) => {
    const description = a.detail?.description?.trim();
    if (!description) return [];
    const colon = description.indexOf(':');
    if (colon < 1) return [{ label: description, items: [] }];
    const items = description
      .slice(colon + 1)
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    return [{ label: description.slice(0, colon).trim(), items }];
  });
  return {
    carePlanId: latest.resource.id,
    source: latest.source,
    date: planDate(latest.resource),
    steps,
    reviewDue,
  };
}

/** One record per session: a later record of the same encounter (an amendment) replaces the earlier. */
function sessionRecords(sources: ContinuitySources): (SessionRecordFacts & { source: RecordSource })[] {
  const own = sources.encounterId ? `Encounter/${sources.encounterId}` : undefined;
  const facts = sources.records
    .flatMap(({ resource, source }) => {
      const read = readSessionRecord(resource);
      return read ? [{ ...read, source, recorded: resource.meta?.lastUpdated ?? read.date }] : [];
    })
    .filter((f) => !own || !(f.encounter === own || f.encounter?.endsWith(`/${own}`)));
  const byEncounter = new Map<string, (typeof facts)[number]>();
  for (const f of facts.sort((a, b) => a.recorded.localeCompare(b.recorded))) {
    byEncounter.set(f.encounter ?? `${f.date}|${f.source}`, f);
  }
  return [...byEncounter.values()].sort((a, b) => a.date.localeCompare(b.date));
}

function carried(records: SessionRecordFacts[], pick: (r: SessionRecordFacts) => string[]): CarriedItem[] {
  const seen = new Set<string>();
  const items: CarriedItem[] = [];
  for (const record of [...records].reverse().slice(0, CARRIED_SESSIONS)) {
    for (const text of pick(record)) {
      const key = text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({ text, date: record.date });
    }
  }
  return items;
}

export function buildContinuityView(sources: ContinuitySources): ContinuityView {
  const ownEncounter = sources.encounterId;
  const notes = sources.notes
    .filter(({ resource }) => resource.status === 'current' && resource.docStatus !== 'entered-in-error')
    .map(({ resource, aiAssisted }) => earlierNote(resource, aiAssisted))
    .filter((n) => n.noteId && (!ownEncounter || n.encounterId !== ownEncounter))
    .sort(byNewest((n) => n.date));
  const records = sessionRecords(sources);
  const riskTrend: SessionRiskPoint[] = records.flatMap((r) =>
    r.riskLevel
      ? [
          {
            date: r.date,
            level: r.riskLevel,
            source: r.source,
            ...(idOf(r.note, 'DocumentReference') ? { noteId: idOf(r.note, 'DocumentReference') as string } : {}),
          },
        ]
      : [],
  );
  const lastRecord = records.at(-1);
  const lastNote = notes[0];
  // The record of the last session says whether it had a confirmed risk; a later note without
  // one (written outside the app) is a session whose risk the app was not told of.
  const lastSession =
    lastRecord && (!lastNote || lastRecord.date >= lastNote.date)
      ? { date: lastRecord.date, confirmedRisk: (lastRecord.riskLevel ?? 'none') !== 'none' }
      : lastNote
        ? { date: lastNote.date, confirmedRisk: false }
        : null;
  return {
    patientId: sources.patientId,
    readAt: sources.readAt,
    notes,
    homework: homeworkOf(sources),
    safetyPlan: safetyPlanOf(sources, lastSession?.confirmedRisk ?? false),
    lastSession,
    riskTrend,
    carriedOver: { themes: carried(records, (r) => r.themes), goals: carried(records, (r) => r.goals) },
    unavailable: sources.unavailable,
  };
}
