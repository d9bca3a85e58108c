import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { SavedSession } from '../storage/drafts.ts';

/** A new launch for the same encounter found unfinished work in this browser. */
export function ResumePrompt({
  saved,
  onResume,
  onStartOver,
}: {
  saved: SavedSession;
  onResume: () => void;
  onStartOver: () => void;
}) {
  const count = saved.session.entries.length;
  const reviewed = Object.keys(saved.session.homeworkReview ?? {}).length;
  const when = new Date(saved.updatedAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Paper withBorder p="md" radius="md" maw={720} mx="auto">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Resume the unfinished session?
        </Title>
        <Text size="sm">
          This browser kept a session for this encounter from {when}: {count} {count === 1 ? 'utterance' : 'utterances'}
          {reviewed > 0 ? `, ${reviewed} homework ${reviewed === 1 ? 'outcome' : 'outcomes'} recorded` : ''}
          {saved.wrapUp ? ' and a note draft' : ''}.
        </Text>
        <Group gap="sm">
          <Button onClick={onResume}>Resume session</Button>
          <Button variant="default" onClick={onStartOver}>
            Start a new session
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
