import { ActionIcon, Box, Group, Menu, Text, Tooltip, useMantineColorScheme } from '@mantine/core';
import type { Encounter, Practitioner } from '@medplum/fhirtypes';
import { formatCodeableConcept, formatDateTime, formatHumanName } from '@medplum/core';
import type { StreamStatus } from '../api/events.ts';
import { shortcutText } from '../hooks/useShortcuts.ts';
import { DotsIcon, EyeIcon, EyeOffIcon } from './icons.tsx';

interface Props {
  patientName: string;
  practitioner?: Practitioner | undefined;
  encounter?: Encounter | undefined;
  /** Launched without an encounter (e.g. from Medplum's patient page): the note will have none. */
  noEncounter?: boolean;
  discreet: boolean;
  onToggleDiscreet: () => void;
  startsDiscreet: boolean;
  onStartsDiscreetChange: (value: boolean) => void;
  streamStatus?: StreamStatus | undefined;
  onShowShortcuts: () => void;
}

function encounterText(encounter: Encounter | undefined): string | undefined {
  if (!encounter) return undefined;
  const type = encounter.type?.[0] ? formatCodeableConcept(encounter.type[0]) : encounter.class?.display;
  const start = encounter.period?.start
    ? formatDateTime(encounter.period.start, undefined, { dateStyle: 'medium', timeStyle: 'short' })
    : undefined;
  return [type, start].filter(Boolean).join(', ') || undefined;
}

const STREAM_TEXT: Record<StreamStatus, { label: string; color: string }> = {
  open: { label: 'Connected', color: 'var(--mantine-color-green-6)' },
  connecting: { label: 'Connecting', color: 'var(--mantine-color-yellow-6)' },
  reconnecting: { label: 'Reconnecting — your work is kept in this browser', color: 'var(--mantine-color-orange-6)' },
  closed: { label: 'Disconnected', color: 'var(--mantine-color-gray-6)' },
};

/** Who, with whom, when — and the controls a clinician reaches for without looking. */
export function AppHeader(props: Props) {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const clinician = props.practitioner?.name?.[0] ? formatHumanName(props.practitioner.name[0]) : undefined;
  const encounter = encounterText(props.encounter);
  const stream = props.streamStatus ? STREAM_TEXT[props.streamStatus] : undefined;
  return (
    <Box component="header" px="sm" py={6} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Box style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" fw={600}>
            Session Copilot
            {stream && (
              <Tooltip label={stream.label}>
                <Box
                  component="span"
                  role="status"
                  aria-label={stream.label}
                  ml={6}
                  style={{ display: 'inline-block', width: 8, height: 8, borderRadius: 4, background: stream.color }}
                />
              </Tooltip>
            )}
          </Text>
          <Text component="h1" m={0} fw={700} size="sm" truncate data-testid="app-patient-name">
            {props.patientName}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {[
              clinician && `with ${clinician}`,
              props.noEncounter ? 'No visit in this launch: the note will be filed without an encounter' : encounter,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Box>
        <Group gap={4} wrap="nowrap">
          <Tooltip label={`Discreet mode (${shortcutText('KeyD')})`}>
            <ActionIcon
              variant={props.discreet ? 'filled' : 'default'}
              size="lg"
              aria-label="Discreet mode"
              aria-pressed={props.discreet}
              onClick={props.onToggleDiscreet}
            >
              {props.discreet ? <EyeOffIcon /> : <EyeIcon />}
            </ActionIcon>
          </Tooltip>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="default" size="lg" aria-label="Settings">
                <DotsIcon />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Appearance</Menu.Label>
              {(['light', 'dark', 'auto'] as const).map((scheme) => (
                <Menu.Item
                  key={scheme}
                  onClick={() => setColorScheme(scheme)}
                  rightSection={colorScheme === scheme ? '✓' : null}
                >
                  {scheme === 'auto' ? 'Match the system' : scheme === 'light' ? 'Light' : 'Dark'}
                </Menu.Item>
              ))}
              <Menu.Divider />
              <Menu.Item
                onClick={() => props.onStartsDiscreetChange(!props.startsDiscreet)}
                rightSection={props.startsDiscreet ? '✓' : null}
              >
                Start sessions in discreet mode
              </Menu.Item>
              <Menu.Item onClick={props.onShowShortcuts}>Keyboard shortcuts</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
    </Box>
  );
}
