import { Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { RecorderState } from '../hooks/useRecorder.ts';
import { MicIcon } from './icons.tsx';

interface Props {
  state: RecorderState;
  startedAt?: number;
  onStart: () => void;
  onStop: () => void;
  disabled?: boolean;
}

function elapsed(since: number): string {
  const s = Math.max(0, Math.floor((Date.now() - since) / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * Microphone on or off. While listening the control turns red with a pulsing dot, the word
 * "Listening" and a running clock: nobody in the room can miss that the session is being heard.
 * Discreet mode never hides it.
 */
export function ListenButton({ state, startedAt, onStart, onStop, disabled }: Props) {
  const [, tick] = useState(0);
  useEffect(() => {
    if (state !== 'listening') return;
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [state]);

  if (state === 'listening') {
    return (
      <Group gap="xs" wrap="nowrap" data-testid="recording-indicator" role="status" aria-live="polite">
        <Button color="red" size="xs" onClick={onStop} leftSection={<span className="rec-dot" aria-hidden="true" />}>
          Stop listening
        </Button>
        <Text size="sm" fw={700} c="var(--mantine-color-red-text)">
          Listening {startedAt ? elapsed(startedAt) : ''}
        </Text>
      </Group>
    );
  }
  return (
    <Button
      size="xs"
      variant="default"
      onClick={onStart}
      loading={state === 'starting'}
      disabled={disabled}
      leftSection={<MicIcon />}
    >
      Start listening
    </Button>
  );
}
