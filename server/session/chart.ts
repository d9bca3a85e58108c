/**
 * Reads, once per session and with the clinician's token, the chart data the de-identifier
 * needs (the patient, their related persons, the clinician). Only identifier-bearing fields are
 * kept, each checked for shape: an EHR that answers with something unexpected yields a smaller
 * dictionary, never a crash. Nothing here is logged or written anywhere.
 */
import type { Patient, Practitioner, RelatedPerson } from '@medplum/fhirtypes';
import { z } from 'zod';
import type { ChartContext } from './store.ts';

const str = z.string().max(1000);
const strings = z.array(str).max(20);
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(z.unknown())
    .max(50)
    .transform((items) =>
      items.flatMap((i) => {
        const r = item.safeParse(i);
        return r.success ? [r.data as z.infer<T>] : [];
      }),
    )
    .optional()
    .catch(undefined);

const HumanName = z.object({
  text: optional(str),
  family: optional(str),
  given: optional(strings),
  prefix: optional(strings),
  suffix: optional(strings),
});
const ContactPoint = z.object({ system: optional(str), value: optional(str) });
const Address = z.object({
  text: optional(str),
  line: optional(strings),
  city: optional(str),
  district: optional(str),
  state: optional(str),
  postalCode: optional(str),
});
const Identifier = z.object({ system: optional(str), value: optional(str) });

const Person = {
  id: z.string().max(64),
  name: list(HumanName),
  telecom: list(ContactPoint),
  address: list(Address),
  identifier: list(Identifier),
  birthDate: optional(str),
};
const PatientShape = z.object({ resourceType: z.literal('Patient'), ...Person });
const PractitionerShape = z.object({ resourceType: z.literal('Practitioner'), ...Person });
const RelatedPersonShape = z.object({ resourceType: z.literal('RelatedPerson'), ...Person });

function strip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export interface ChartLoadRequest {
  fetch: typeof fetch;
  fhirBaseUrl: string;
  token: string;
  patientId: string;
  practitionerRef?: string | undefined;
  timeoutMs?: number;
}

export async function loadChartContext(request: ChartLoadRequest): Promise<ChartContext> {
  const timeoutMs = request.timeoutMs ?? 5000;
  async function get(path: string): Promise<unknown> {
    try {
      const response = await request.fetch(`${request.fhirBaseUrl}/${path}`, {
        headers: { authorization: `Bearer ${request.token}`, accept: 'application/fhir+json' },
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.status !== 200) {
        await response.body?.cancel();
        return undefined;
      }
      const text = await response.text();
      return text.length > 2_000_000 ? undefined : (JSON.parse(text) as unknown);
    } catch {
      return undefined;
    }
  }

  const practitionerId = request.practitionerRef?.startsWith('Practitioner/')
    ? request.practitionerRef.slice('Practitioner/'.length)
    : undefined;
  const [patientRaw, practitionerRaw, relatedRaw] = await Promise.all([
    get(`Patient/${request.patientId}`),
    practitionerId ? get(`Practitioner/${practitionerId}`) : Promise.resolve(undefined),
    get(`RelatedPerson?patient=${encodeURIComponent(request.patientId)}&_count=50`),
  ]);

  const patient = PatientShape.safeParse(patientRaw);
  const practitioner = PractitionerShape.safeParse(practitionerRaw);
  const entries = z
    .object({ entry: z.array(z.object({ resource: z.unknown() }).catch({ resource: undefined })).max(50) })
    .safeParse(relatedRaw);
  const relatedPersons = entries.success
    ? entries.data.entry.flatMap((e) => {
        const r = RelatedPersonShape.safeParse(e.resource);
        return r.success ? [strip(r.data) as RelatedPerson] : [];
      })
    : [];

  return {
    ...(patient.success && patient.data.id === request.patientId ? { patient: strip(patient.data) as Patient } : {}),
    ...(practitioner.success && practitioner.data.id === practitionerId
      ? { practitioner: strip(practitioner.data) as Practitioner }
      : {}),
    relatedPersons,
  };
}
