import { Button, Paper, Stack, Text, Title } from '@mantine/core';

/** The client said no (or revoked): every AI feature is off, and the screen says so plainly. */
export function Declined({ revoked, onAskAgain }: { revoked: boolean; onAskAgain: () => void }) {
  return (
    <Paper withBorder p="md" radius="md" maw={720} mx="auto" data-testid="ai-off">
      <Stack gap="sm">
        <Title order={2} size="h4">
          AI assistance is off for this session
        </Title>
        <Text size="sm">
          {revoked ? 'The client revoked consent.' : 'The client declined AI assistance.'} Nothing said in this session
          is sent to the assistant, and no note is drafted. Document the session in the EHR as usual.
        </Text>
        <Button variant="default" w="fit-content" onClick={onAskAgain}>
          The client changed their mind
        </Button>
      </Stack>
    </Paper>
  );
}
