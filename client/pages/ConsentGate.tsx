import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ConsentState } from '../api/schemas.ts';

interface Props {
  patientName: string;
  previous: ConsentState;
  onDecide: (decision: 'granted' | 'declined') => Promise<void>;
}

/**
 * Asked before anything is processed: a plain-language script to read to the client, then
 * their answer. Until they agree, no word of the session reaches the assistant.
 */
export function ConsentGate({ patientName, previous, onDecide }: Props) {
  const [busy, setBusy] = useState<'granted' | 'declined'>();
  const [error, setError] = useState<string>();
  const decide = async (decision: 'granted' | 'declined') => {
    setBusy(decision);
    setError(undefined);
    try {
      await onDecide(decision);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Paper withBorder p="md" radius="md" maw={720} mx="auto">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Ask {patientName} about AI assistance
        </Title>
        {previous === 'revoked' && (
          <Alert color="gray" variant="light" p="xs">
            Consent was revoked earlier. Ask again only if the client wants to.
          </Alert>
        )}
        <Text size="sm">Read this to the client, in your own words:</Text>
        <List size="sm" spacing={6}>
          <List.Item>
            <b>What is processed:</b> the words we say in this session, typed or heard through the microphone. The
            assistant looks for themes, emotions and safety concerns, and drafts my note and your homework.
          </List.Item>
          <List.Item>
            <b>By whom:</b> software run by this clinic. If the clinic uses an outside AI service, names, dates and
            other details that identify you are removed before anything is sent.
          </List.Item>
          <List.Item>
            <b>What is kept:</b> the recording and the transcript are not kept after the session. Only the note I review
            and sign goes into your record, marked as prepared with AI assistance.
          </List.Item>
          <List.Item>
            <b>Your choice:</b> you can say no, and you can change your mind at any time, even in the middle of the
            session. Your care is the same either way.
          </List.Item>
        </List>
        {error && (
          <Alert color="red" variant="light" p="xs" role="alert">
            {error}
          </Alert>
        )}
        <Group gap="sm">
          <Button onClick={() => void decide('granted')} loading={busy === 'granted'} disabled={busy !== undefined}>
            Record consent
          </Button>
          <Button
            variant="default"
            onClick={() => void decide('declined')}
            loading={busy === 'declined'}
            disabled={busy !== undefined}
          >
            Client declines
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
