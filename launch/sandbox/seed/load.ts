import { readFileSync } from 'node:fs';
import type { Resource } from '@medplum/fhirtypes';
import { z } from 'zod';
import {
  buildAiDevice,
  buildCarePlan,
  buildConsent,
  buildEncounter,
  buildNote,
  buildNoteProvenance,
  buildOrganization,
  buildPatient,
  buildPractitioner,
  buildRelatedPersons,
  buildSessionRecordSeed,
} from './build.ts';
import type { PatientSeed, PractitionerSeed } from './schema.ts';
import { CarePlanSeed, ConsentSeed, NoteSeed, PatientSeed as PatientSchema, PractitionerSeed as PractitionerSchema } from './schema.ts';

function readSeed<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
  const url = new URL(`./${file}`, import.meta.url);
  const parsed = z.array(schema).safeParse(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.success) {
    throw new Error(`Seed file launch/sandbox/seed/${file} is invalid: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** Local calendar day as YYYYMMDD, so each day gets its own schedule without touching earlier ones. */
export function dayKey(day: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${day.getFullYear()}${pad(day.getMonth() + 1)}${pad(day.getDate())}`;
}

/** Id of the seeded encounter of a patient on a given day. */
export function todaysEncounterId(patientId: string, day: Date): string {
  return `${patientId}-visit-${dayKey(day)}`;
}

function atLocalTime(base: Date, daysAgo: number, hour: number, minutes = 0): Date {
  const d = new Date(base);
  d.setDate(d.getDate() - daysAgo);
  d.setHours(hour, minutes, 0, 0);
  return d;
}

function sessionPeriod(base: Date, daysAgo: number, slot: number): { start: string; end: string } {
  const start = atLocalTime(base, daysAgo, 8 + slot);
  const end = new Date(start.getTime() + 50 * 60_000);
  return { start: start.toISOString(), end: end.toISOString() };
}

/**
 * The sandbox's synthetic chart data, with dates computed from `now`: every patient has an
 * outpatient behavioural-health encounter today, earlier notes sit days or weeks before.
 * Every resource has a stable id, so seeding again (on restart, or a day later) only adds
 * that day's encounters and never duplicates anything.
 */
export function buildSeedResources(now: Date = new Date()): Resource[] {
  const practitioners = readSeed('practitioners.json', PractitionerSchema);
  const patients = readSeed('patients.json', PatientSchema);
  const notes = readSeed('notes.json', NoteSeed);
  const carePlans = readSeed('carePlans.json', CarePlanSeed);
  const consents = readSeed('consents.json', ConsentSeed);

  const practitionerByKey = new Map(practitioners.map((p) => [p.key, p]));
  const patientByKey = new Map(patients.map((p) => [p.key, p]));
  const practitionerOf = (key: string, where: string): PractitionerSeed => {
    const found = practitionerByKey.get(key);
    if (!found) {
      throw new Error(`Seed ${where} names practitioner "${key}", which practitioners.json does not define.`);
    }
    return found;
  };
  const patientOf = (key: string, where: string): PatientSeed => {
    const found = patientByKey.get(key);
    if (!found) {
      throw new Error(`Seed ${where} names patient "${key}", which patients.json does not define.`);
    }
    return found;
  };

  const resources: Resource[] = [buildOrganization(), buildAiDevice(), ...practitioners.map(buildPractitioner)];

  patients.forEach((p, index) => {
    const practitioner = practitionerOf(p.practitioner, `patient ${p.key}`);
    resources.push(buildPatient(p, index, practitioner), ...buildRelatedPersons(p));
    resources.push(buildEncounter(todaysEncounterId(p.key, now), p, practitioner, sessionPeriod(now, 0, p.slot), 'planned'));
  });

  for (const n of notes) {
    const p = patientOf(n.patient, `note ${n.key}`);
    const practitioner = practitionerOf(n.practitioner, `note ${n.key}`);
    const period = sessionPeriod(now, n.daysAgo, p.slot);
    const encounterId = `${n.key}-visit`;
    resources.push(buildEncounter(encounterId, p, practitioner, period, 'finished'));
    resources.push(buildNote(n, p, practitioner, encounterId, period));
    if (n.aiAssisted) {
      resources.push(buildNoteProvenance(n, practitioner, period.end));
    }
    if (n.session) {
      resources.push(buildSessionRecordSeed(n, n.session, p, practitioner, encounterId, period));
    }
  }

  for (const c of carePlans) {
    const p = patientOf(c.patient, `care plan ${c.key}`);
    const practitioner = practitionerOf(c.practitioner, `care plan ${c.key}`);
    resources.push(buildCarePlan(c, p, practitioner, atLocalTime(now, c.daysAgo, 9).toISOString()));
  }

  for (const c of consents) {
    const p = patientOf(c.patient, `consent ${c.key}`);
    const start = atLocalTime(now, c.daysAgo, 9).toISOString();
    const end = c.revokedDaysAgo === undefined ? undefined : atLocalTime(now, c.revokedDaysAgo, 9).toISOString();
    resources.push(buildConsent(c, p, start, end));
  }
  return resources;
}
