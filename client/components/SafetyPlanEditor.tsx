import { Badge, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { SAFETY_PLAN_STEPS, type SafetyPlanDraft, type SafetyPlanKey } from '../state/session.ts';

interface Props {
  opened: boolean;
  initial: SafetyPlanDraft;
  onClose: () => void;
  onSave: (plan: SafetyPlanDraft) => void;
}

const toLines = (items: string[]) => items.join('\n');
const fromLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The Stanley–Brown steps, one box per step, one item per line. What the assistant pre-filled is
 * marked until the clinician changes it; the plan is saved with the homework in the care plan.
 */
export default function SafetyPlanEditor({ opened, initial, onClose, onSave }: Props) {
  const [text, setText] = useState<Record<SafetyPlanKey, string>>(
    () =>
      Object.fromEntries(SAFETY_PLAN_STEPS.map((s) => [s.key, toLines(initial[s.key])])) as Record<
        SafetyPlanKey,
        string
      >,
  );
  const [edited, setEdited] = useState(initial.origin === 'edited');
  const narrow = useMediaQuery('(max-width: 600px)');

  return (
    <Modal opened={opened} onClose={onClose} title="Safety plan (Stanley–Brown)" size="lg" fullScreen={narrow}>
      <Stack gap="sm">
        <Text size="sm">
          Complete this with the client, in their words. It is saved with the homework in the care plan when you sign.
        </Text>
        {!edited && (
          <Badge color="blue" variant="light" w="fit-content">
            AI-drafted: review each step
          </Badge>
        )}
        {SAFETY_PLAN_STEPS.map((step, index) => (
          <Textarea
            key={step.key}
            label={`${index + 1}. ${step.title}`}
            description={step.hint}
            autosize
            minRows={2}
            value={text[step.key]}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setEdited(true);
              setText((t) => ({ ...t, [step.key]: value }));
            }}
          />
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            onClick={() => {
              const plan = Object.fromEntries(SAFETY_PLAN_STEPS.map((s) => [s.key, fromLines(text[s.key])])) as Record<
                SafetyPlanKey,
                string[]
              >;
              onSave({ ...plan, origin: edited ? 'edited' : 'ai', savedAt: new Date().toISOString() });
              onClose();
            }}
          >
            Save safety plan
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
