import { Button, Group, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { type Ref, useState } from 'react';
import type { Speaker } from '../../server/contracts/analysis.ts';

interface Props {
  speaker: Speaker;
  onSpeakerChange: (speaker: Speaker) => void;
  onSubmit: (text: string) => void;
  disabled?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
}

/** Typed entry: Enter adds the utterance, Shift+Enter starts a new line. */
export function UtteranceEntry({ speaker, onSpeakerChange, onSubmit, disabled, ref }: Props) {
  const [text, setText] = useState('');
  const submit = () => {
    if (!text.trim() || disabled) return;
    onSubmit(text);
    setText('');
  };
  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <SegmentedControl
          size="xs"
          aria-label="Speaker"
          value={speaker}
          onChange={(value) => onSpeakerChange(value as Speaker)}
          data={[
            { value: 'client', label: 'Client' },
            { value: 'clinician', label: 'Clinician' },
          ]}
        />
      </Group>
      <Textarea
        ref={ref}
        label="Utterance"
        placeholder={speaker === 'client' ? 'What the client said…' : 'What you said…'}
        autosize
        minRows={2}
        maxRows={6}
        value={text}
        disabled={disabled}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            submit();
          }
        }}
      />
      <Group justify="flex-end">
        <Button size="xs" onClick={submit} disabled={disabled || !text.trim()}>
          Add to transcript
        </Button>
      </Group>
    </Stack>
  );
}
