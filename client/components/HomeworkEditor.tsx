import { Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { HomeworkSchedule } from '../../server/contracts/assist.ts';
import { describeHomeworkSchedule } from '../../fhir/noteText.ts';
import type { EditableHomework } from '../state/wrapUp.ts';
import { OriginBadge } from './OriginBadge.tsx';

function scheduleText(schedule: HomeworkSchedule | undefined): string {
  return schedule ? describeHomeworkSchedule(schedule) : '';
}

/** The homework list: edit, accept, remove or add items; each AI item is marked until reviewed. */
export function HomeworkEditor({
  items,
  onChange,
}: {
  items: EditableHomework[];
  onChange: (items: EditableHomework[]) => void;
}) {
  const set = (index: number, item: EditableHomework) => onChange(items.map((h, i) => (i === index ? item : h)));
  return (
    <Stack gap="xs">
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          No homework.
        </Text>
      )}
      {items.map((item, index) => (
        <Paper key={item.id} withBorder p="xs" radius="sm" data-testid="homework-item" data-origin={item.origin}>
          <Group justify="space-between" gap={4} mb={4}>
            <OriginBadge origin={item.origin} />
            <Group gap={4}>
              {item.origin === 'ai' && (
                <Button size="compact-xs" variant="subtle" onClick={() => set(index, { ...item, origin: 'accepted' })}>
                  Accept
                </Button>
              )}
              <Button
                size="compact-xs"
                variant="subtle"
                color="gray"
                onClick={() => onChange(items.filter((_, i) => i !== index))}
                aria-label={`Remove ${item.title || 'homework'}`}
              >
                Remove
              </Button>
            </Group>
          </Group>
          <TextInput
            label="Title"
            size="xs"
            value={item.title}
            onChange={(e) =>
              set(index, {
                ...item,
                title: e.currentTarget.value,
                origin: item.origin === 'clinician' ? 'clinician' : 'edited',
              })
            }
          />
          <Textarea
            label="Instructions for the client"
            size="xs"
            autosize
            minRows={2}
            mt={4}
            value={item.instructions}
            onChange={(e) =>
              set(index, {
                ...item,
                instructions: e.currentTarget.value,
                origin: item.origin === 'clinician' ? 'clinician' : 'edited',
              })
            }
          />
          {item.schedule && (
            <Text size="xs" c="dimmed" mt={4}>
              {scheduleText(item.schedule)}
            </Text>
          )}
          {item.origin !== 'clinician' && (
            <Text size="xs" c="dimmed" mt={2}>
              {item.agreed ? 'Agreed in session' : 'Proposed — not yet agreed with the client'}
            </Text>
          )}
        </Paper>
      ))}
      <Button
        size="xs"
        variant="default"
        w="fit-content"
        onClick={() =>
          onChange([...items, { id: crypto.randomUUID(), title: '', instructions: '', origin: 'clinician' }])
        }
      >
        Add homework
      </Button>
    </Stack>
  );
}
