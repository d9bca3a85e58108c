import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { ContinuityView } from '../../../server/contracts/continuity.ts';
import { day } from './dates.ts';

/** Themes and goals the latest sessions handed on, newest first. */
export function CarriedOver({ carried }: { carried: ContinuityView['carriedOver'] }) {
  if (carried.themes.length === 0 && carried.goals.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing carried over from earlier sessions.
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      {carried.themes.length > 0 && (
        <Group gap={4} wrap="wrap" aria-label="Themes">
          <Text size="xs" fw={600}>
            Themes:
          </Text>
          {carried.themes.map((theme) => (
            <Badge
              key={`${theme.date}-${theme.text}`}
              size="sm"
              variant="light"
              color="blue"
              tt="none"
              title={day(theme.date)}
            >
              {theme.text}
            </Badge>
          ))}
        </Group>
      )}
      {carried.goals.length > 0 && (
        <div>
          <Text size="xs" fw={600}>
            Goals:
          </Text>
          <List size="sm" spacing={2}>
            {carried.goals.map((goal) => (
              <List.Item key={`${goal.date}-${goal.text}`}>
                {goal.text}{' '}
                <Text span size="xs" c="dimmed">
                  ({day(goal.date)})
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
