import { Group, Paper, Text } from '@mantine/core';
import type { Patient } from '@medplum/fhirtypes';
import { calculateAgeString, formatDate, formatHumanName } from '@medplum/core';

export function patientName(patient: Patient): string {
  const name = patient.name?.find((n) => n.use === 'usual' || n.use === 'official') ?? patient.name?.[0];
  return (name && formatHumanName(name)) || 'Unnamed patient';
}

/** Medplum gives `036Y` / `017M` / `010D`; clinicians read "36 y", "17 mo", "10 d". */
function ageText(birthDate: string): string | undefined {
  const match = /^0*(\d+)([YMD])$/.exec(calculateAgeString(birthDate) ?? '');
  if (!match) return undefined;
  return `${match[1]} ${{ Y: 'y', M: 'mo', D: 'd' }[match[2] as 'Y' | 'M' | 'D']}`;
}

function medicalRecordNumber(patient: Patient): string | undefined {
  const mrn = patient.identifier?.find((i) => i.type?.coding?.some((c) => c.code === 'MR'));
  return (mrn ?? patient.identifier?.[0])?.value;
}

/**
 * Who the patient is, shown when the EHR asks for it (`need_patient_banner`): name, birth date
 * and age, gender and record number, so the clinician can confirm the right chart at a glance.
 */
export function PatientBanner({ patient }: { patient: Patient }) {
  const age = patient.birthDate ? ageText(patient.birthDate) : undefined;
  const mrn = medicalRecordNumber(patient);
  return (
    <Paper
      component="section"
      aria-label="Patient"
      px="sm"
      py={6}
      radius={0}
      withBorder
      style={{ borderLeft: 0, borderRight: 0 }}
      data-testid="patient-banner"
    >
      <Group gap="md" wrap="wrap" align="baseline">
        <Text fw={700} size="md">
          {patientName(patient)}
        </Text>
        {patient.birthDate && (
          <Text size="sm">
            Born {formatDate(patient.birthDate)}
            {age ? ` (${age})` : ''}
          </Text>
        )}
        {patient.gender && <Text size="sm">{patient.gender.charAt(0).toUpperCase() + patient.gender.slice(1)}</Text>}
        {mrn && <Text size="sm">MRN {mrn}</Text>}
      </Group>
    </Paper>
  );
}
