import { calculateAge } from '@medplum/core';
import type { Patient } from '@medplum/fhirtypes';

const DATE_TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const TIME = new Intl.DateTimeFormat('en-US', { timeStyle: 'short' });
const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

export const dateTime = (iso: string | undefined): string => (iso ? DATE_TIME.format(new Date(iso)) : '—');
export const time = (iso: string | undefined): string => (iso ? TIME.format(new Date(iso)) : '—');
export const date = (iso: string | undefined): string => (iso ? DATE.format(new Date(iso)) : '—');

export function age(patient: Patient): string {
  return patient.birthDate ? `${calculateAge(patient.birthDate).years} y` : 'age unknown';
}

export function language(patient: Patient): string {
  const comm = patient.communication?.find((c) => c.preferred) ?? patient.communication?.[0];
  const name = comm?.language.text ?? comm?.language.coding?.[0]?.display ?? 'English';
  const interpreter = patient.extension?.some(
    (e) => e.url === 'http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired' && e.valueBoolean,
  );
  return interpreter ? `${name} (interpreter)` : name;
}

export function mrn(patient: Patient): string {
  return patient.identifier?.find((i) => i.type?.coding?.some((c) => c.code === 'MR'))?.value ?? '—';
}

export function phone(patient: Patient): string {
  return patient.telecom?.find((t) => t.system === 'phone')?.value ?? '—';
}
