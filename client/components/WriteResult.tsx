import { Alert, Anchor, Button, List, Loader, Group, Stack, Text } from '@mantine/core';
import type { WriteView } from '../api/schemas.ts';

const NAMES: Record<string, string> = {
  DocumentReference: 'Progress note',
  CarePlan: 'Care plan (homework, safety plan)',
  Device: 'AI model record',
  Consent: 'Consent',
  Provenance: 'AI-assistance provenance',
  ClinicalImpression: 'Session record (risk, themes and goals for next time)',
};

interface Props {
  write: WriteView;
  fhirBaseUrl: string;
  /** Resource types this approval should produce. */
  expected: string[];
  onRetry: () => void;
  retrying: boolean;
}

function ResourceLink({
  reference,
  destination,
  fhirBaseUrl,
}: {
  reference: string;
  destination: string;
  fhirBaseUrl: string;
}) {
  const [type] = reference.split('/');
  const name = NAMES[type ?? ''] ?? type;
  const where = destination === 'ehr' ? 'in the EHR' : 'in the companion record';
  const href =
    destination === 'ehr' && !/^https?:/.test(reference)
      ? `${fhirBaseUrl}/${reference}`
      : /^https?:/.test(reference)
        ? reference
        : undefined;
  return (
    <List.Item>
      {name} {where}:{' '}
      {href ? (
        <Anchor href={href} target="_blank" rel="noreferrer" size="sm">
          {reference}
        </Anchor>
      ) : (
        <Text span size="sm" ff="monospace">
          {reference}
        </Text>
      )}
    </List.Item>
  );
}

const RECORDED_IN = {
  care_plan: 'in its care plan',
  companion: 'in the app’s own record',
  skipped: 'not recorded (not discussed)',
} as const;

/** Where each homework outcome reviewed this session was recorded, and why when not in its care plan. */
function HomeworkOutcomes({ results }: { results: NonNullable<WriteView['homeworkOutcomes']> }) {
  const recorded = results.filter((r) => r.recordedIn !== 'skipped');
  if (recorded.length === 0) return null;
  const inPlans = recorded.filter((r) => r.recordedIn === 'care_plan').length;
  return (
    <Stack gap={2} data-testid="homework-outcomes">
      <Text size="sm">
        Homework outcomes: {inPlans === recorded.length ? `all ${recorded.length}` : `${inPlans} of ${recorded.length}`}{' '}
        recorded in their care plans.
      </Text>
      {recorded
        .filter((r) => r.recordedIn !== 'care_plan')
        .map((r) => (
          <Text size="xs" key={`${r.source}/${r.carePlanId}/${r.activityIndex}`}>
            One outcome was kept {RECORDED_IN[r.recordedIn]}
            {r.message ? `: ${r.message}` : '.'}
          </Text>
        ))}
    </Stack>
  );
}

/** Where a write that is not finished stands, in the clinician's terms. */
export function progressText(write: WriteView): string {
  if (write.state !== 'retrying') return 'Writing to the chart…';
  if (write.lastError?.code === 'token_unavailable')
    return 'Waiting to finish writing the note: it continues while the app is open.';
  const reason = write.lastError?.message ? ` (${write.lastError.message})` : '';
  return `Not in the chart yet${reason}. Trying again automatically…`;
}

/** What the approval wrote, where, and — when something failed — what is still missing. */
export function WriteResult({ write, fhirBaseUrl, expected, onRetry, retrying }: Props) {
  const written = [
    ...(write.note ? [write.note] : []),
    ...write.resources.filter((r) => r.reference !== write.note?.reference),
  ];
  const writtenTypes = new Set(written.map((r) => r.resourceType));
  const missing = expected.filter((type) => !writtenTypes.has(type));
  const busy = write.state === 'pending' || write.state === 'writing' || write.state === 'retrying';
  return (
    <Stack gap="xs" data-testid="write-result" data-state={write.state}>
      {write.state === 'written' && (
        <Alert color="green" variant="light" title="Signed and written to the chart" role="status">
          The note is in the chart; nothing else needs doing here.
        </Alert>
      )}
      {busy && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{progressText(write)}</Text>
        </Group>
      )}
      {write.state === 'failed' && (
        <Alert color="red" variant="light" title="Not everything was written" role="alert">
          <Stack gap={4}>
            {write.lastError && <Text size="sm">{write.lastError.message}</Text>}
            {missing.length > 0 && (
              <Text size="sm">
                Not written yet: {missing.map((t) => NAMES[t] ?? t).join(', ')}. Your approved draft is kept.
              </Text>
            )}
            <Button size="xs" color="red" w="fit-content" onClick={onRetry} loading={retrying}>
              Retry
            </Button>
          </Stack>
        </Alert>
      )}
      {write.state === 'written' && <HomeworkOutcomes results={write.homeworkOutcomes ?? []} />}
      {written.length > 0 && (
        <List size="sm" spacing={2} aria-label="Written resources">
          {written.map((r) => (
            <ResourceLink
              key={r.reference}
              reference={r.reference}
              destination={r.destination}
              fhirBaseUrl={fhirBaseUrl}
            />
          ))}
        </List>
      )}
    </Stack>
  );
}
