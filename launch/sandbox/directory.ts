import type { WithId } from '@medplum/core';
import { formatHumanName, parseSearchRequest } from '@medplum/core';
import type { FhirRepository } from '@medplum/fhir-router';
import type { Encounter, HumanName, Patient, Practitioner } from '@medplum/fhirtypes';

/** Read helpers over the EHR's own store, for its shell and its sign-in pages (no token involved). */
export function createDirectory(repo: FhirRepository) {
  const search = <T extends WithId<Patient | Practitioner | Encounter>>(query: string): Promise<T[]> =>
    repo.searchResources(parseSearchRequest(query)) as Promise<T[]>;

  const readOrUndefined = async <T extends Patient | Practitioner>(
    type: T['resourceType'],
    id: string,
  ): Promise<WithId<T> | undefined> => {
    try {
      return (await repo.readResource(type, id)) as WithId<T>;
    } catch {
      return undefined;
    }
  };

  return {
    practitioners: (): Promise<WithId<Practitioner>[]> => search('Practitioner?_sort=family&_count=100'),
    patients: (): Promise<WithId<Patient>[]> => search('Patient?_sort=family&_count=500'),
    patient: (id: string) => readOrUndefined<Patient>('Patient', id),
    practitioner: (id: string) => readOrUndefined<Practitioner>('Practitioner', id),

    /** Encounters that start on the local calendar day of `day`, earliest first. */
    async encountersOn(day: Date): Promise<WithId<Encounter>[]> {
      const start = new Date(day);
      start.setHours(0, 0, 0, 0);
      const end = new Date(start);
      end.setDate(end.getDate() + 1);
      const found = await search<WithId<Encounter>>(
        `Encounter?date=ge${start.toISOString()}&date=lt${end.toISOString()}&_count=500`,
      );
      return found.sort((a, b) => (a.period?.start ?? '').localeCompare(b.period?.start ?? ''));
    },

    /** The patient's encounter today if there is one, else their latest. */
    async currentEncounter(patientId: string, day: Date = new Date()): Promise<WithId<Encounter> | undefined> {
      const all = await search<WithId<Encounter>>(`Encounter?subject=Patient/${patientId}&_count=200`);
      const sorted = all.sort((a, b) => (b.period?.start ?? '').localeCompare(a.period?.start ?? ''));
      const sameDay = (iso: string | undefined): boolean =>
        !!iso && new Date(iso).toDateString() === day.toDateString();
      return sorted.find((e) => sameDay(e.period?.start)) ?? sorted[0];
    },
  };
}

export type Directory = ReturnType<typeof createDirectory>;

export function displayName(resource: { name?: HumanName[] } | undefined): string {
  return resource?.name?.[0] ? formatHumanName(resource.name[0], { prefix: true, suffix: true }) : 'Unknown';
}
