import { HumanNameDisplay } from '@medplum/react';
import { useResource } from '@medplum/react-hooks';
import type { Practitioner, Reference } from '@medplum/fhirtypes';
import { useMemo } from 'react';
import type { Clinician } from '../../../server/contracts/continuity.ts';

const READABLE = /^(Practitioner|PractitionerRole)\/[^/]+$/;

/**
 * The note's clinician as the EHR names them today (read from the chart with the launch's
 * token, once per clinician), or as the note named them when the chart does not say.
 */
export function ClinicianName({ clinician }: { clinician: Clinician }) {
  const ref = clinician.reference;
  // useResource reads again whenever it is handed a new object: keep one per reference.
  const reference = useMemo<Reference<Practitioner> | undefined>(
    () => (ref && READABLE.test(ref) ? { reference: ref } : undefined),
    [ref],
  );
  const practitioner = useResource(reference);
  const name = practitioner?.resourceType === 'Practitioner' ? practitioner.name?.[0] : undefined;
  return name ? <HumanNameDisplay value={name} options={{ prefix: true }} /> : <>{clinician.display}</>;
}
