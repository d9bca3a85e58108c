import { Anchor, Badge, Button, Card, Group, Menu, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { DISMISS_REASONS, type DismissReason, type SuggestionCard } from '../state/session.ts';
import { humanLabel } from './emotionStyle.ts';

interface Props {
  cards: SuggestionCard[];
  onUse: (id: string) => void;
  onEdit: (id: string, prompt: string) => void;
  onDismiss: (id: string, reason: DismissReason) => void;
}

const MODALITY_NAME: Record<string, string> = {
  CBT: 'CBT',
  DBT: 'DBT',
  MI: 'Motivational interviewing',
  ACT: 'ACT',
  grounding: 'Grounding',
  behavioural_activation: 'Behavioural activation',
  safety_planning: 'Safety planning',
};

function OpenCard({ card, onUse, onEdit, onDismiss }: { card: SuggestionCard } & Omit<Props, 'cards'>) {
  const { intervention } = card;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(intervention.prompt);
  return (
    <Card
      withBorder
      padding="sm"
      radius="md"
      data-testid="suggestion-card"
      aria-label={`Suggestion: ${intervention.title}`}
    >
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text fw={600} size="sm">
          {intervention.title}
        </Text>
        <Badge variant="light" size="sm" style={{ flexShrink: 0 }}>
          {MODALITY_NAME[intervention.modality] ?? intervention.modality}
        </Badge>
      </Group>
      {editing ? (
        <Textarea
          mt="xs"
          label="Your wording"
          autosize
          minRows={2}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          data-autofocus
        />
      ) : (
        <Text size="sm" mt={4}>
          {intervention.prompt}
        </Text>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        Why: {intervention.rationale.text}
        {intervention.distortion ? ` (${humanLabel(intervention.distortion)})` : ''}
      </Text>
      <Text size="xs" c="dimmed">
        {intervention.reference.url ? (
          <Anchor href={intervention.reference.url} target="_blank" rel="noreferrer" size="xs">
            {intervention.reference.citation}
          </Anchor>
        ) : (
          intervention.reference.citation
        )}
      </Text>
      <Group gap="xs" mt="xs">
        {editing ? (
          <>
            <Button size="compact-sm" onClick={() => onEdit(intervention.id, draft.trim() || intervention.prompt)}>
              Save
            </Button>
            <Button size="compact-sm" variant="default" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </>
        ) : (
          <>
            <Button size="compact-sm" onClick={() => onUse(intervention.id)}>
              Use
            </Button>
            <Button size="compact-sm" variant="default" onClick={() => setEditing(true)}>
              Edit
            </Button>
            <Menu position="bottom-start" withinPortal>
              <Menu.Target>
                <Button size="compact-sm" variant="subtle" color="gray">
                  Dismiss
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>Why dismiss?</Menu.Label>
                {(Object.keys(DISMISS_REASONS) as DismissReason[]).map((reason) => (
                  <Menu.Item key={reason} onClick={() => onDismiss(intervention.id, reason)}>
                    {DISMISS_REASONS[reason]}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          </>
        )}
      </Group>
    </Card>
  );
}

/** Suggested interventions: open cards first, then what was used, edited or dismissed. */
export function SuggestionCards(props: Props) {
  const open = props.cards.filter((c) => c.status === 'open');
  const handled = props.cards.filter((c) => c.status !== 'open');
  return (
    <Stack gap="xs">
      {open.map((card) => (
        <OpenCard key={card.intervention.id} card={card} {...props} />
      ))}
      {handled.length > 0 && (
        <Stack gap={2} aria-label="Handled suggestions">
          {handled.map((card) => (
            <Text key={card.intervention.id} size="xs" c="dimmed" data-testid="handled-suggestion">
              {card.status === 'dismissed' ? '✕' : '✓'} {card.intervention.title} — {card.status}
              {card.status === 'edited' && card.editedPrompt ? `: “${card.editedPrompt}”` : ''}
              {card.dismissReason ? ` (${DISMISS_REASONS[card.dismissReason].toLowerCase()})` : ''}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
