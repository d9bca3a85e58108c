import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { NOT_ASSESSED } from '../../server/contracts/assist.ts';
import type { EditableSection, WrapUpDraft } from '../state/wrapUp.ts';
import { humanLabel } from './emotionStyle.ts';
import { OriginBadge } from './OriginBadge.tsx';

interface Props {
  draft: WrapUpDraft;
  onChange: (draft: WrapUpDraft) => void;
}

function SectionEditor({ section, onChange }: { section: EditableSection; onChange: (s: EditableSection) => void }) {
  return (
    <Paper withBorder p="xs" radius="sm" data-origin={section.origin}>
      <Group justify="space-between" gap={4} mb={4}>
        <Text fw={600} size="sm" component="label" htmlFor={`section-${section.key}`}>
          {section.title}
        </Text>
        <Group gap={4}>
          <OriginBadge origin={section.origin} />
          {section.origin === 'ai' && (
            <Button size="compact-xs" variant="subtle" onClick={() => onChange({ ...section, origin: 'accepted' })}>
              Accept
            </Button>
          )}
        </Group>
      </Group>
      <Textarea
        id={`section-${section.key}`}
        autosize
        minRows={2}
        placeholder={NOT_ASSESSED}
        value={section.text}
        onChange={(e) => onChange({ ...section, text: e.currentTarget.value, origin: 'edited' })}
      />
      {section.notAssessedItems.length > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          Not assessed in this session: {section.notAssessedItems.join(', ')}
        </Text>
      )}
    </Paper>
  );
}

/** The note draft, section by section, in the chosen format. */
export function NoteEditor({ draft, onChange }: Props) {
  const setSection = (index: number, section: EditableSection) =>
    onChange({ ...draft, sections: draft.sections.map((s, i) => (i === index ? section : s)) });
  return (
    <Stack gap="xs">
      {draft.sections.map((section, index) => (
        <SectionEditor key={section.key} section={section} onChange={(s) => setSection(index, s)} />
      ))}
      <Paper withBorder p="xs" radius="sm" data-origin={draft.risk.origin}>
        <Group justify="space-between" gap={4} mb={4}>
          <Text fw={600} size="sm" component="label" htmlFor="section-risk">
            Risk assessment{' '}
            {/* The level in words, in the text colour: orange or yellow text fails contrast on white. */}
            <Text span size="sm" fw={700}>
              ({humanLabel(draft.risk.level)})
            </Text>
          </Text>
          <Group gap={4}>
            <OriginBadge origin={draft.risk.origin} />
            {draft.risk.origin === 'ai' && (
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => onChange({ ...draft, risk: { ...draft.risk, origin: 'accepted' } })}
              >
                Accept
              </Button>
            )}
          </Group>
        </Group>
        <Textarea
          id="section-risk"
          autosize
          minRows={2}
          placeholder={NOT_ASSESSED}
          value={draft.risk.text}
          onChange={(e) =>
            onChange({ ...draft, risk: { ...draft.risk, text: e.currentTarget.value, origin: 'edited' } })
          }
        />
      </Paper>
      <Text size="xs" c="dimmed">
        {draft.aiDisclosure}
      </Text>
    </Stack>
  );
}
