import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { NOT_ASSESSED } from '../../server/contracts/assist.ts';
import type { WrapUpDraft } from '../state/wrapUp.ts';

/** The note and homework as signed, read-only. */
export function SignedNote({ draft }: { draft: WrapUpDraft }) {
  return (
    <Paper component="section" aria-label="Signed note" withBorder p="sm" radius="md">
      <Title order={3} size="h6" mb={6}>
        Progress note ({draft.format})
      </Title>
      <Stack gap={6}>
        {[
          ...draft.sections,
          { key: 'risk', title: `Risk assessment (${draft.risk.level})`, text: draft.risk.text },
        ].map((s) => (
          <div key={s.key}>
            <Text size="sm" fw={600}>
              {s.title}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {s.text.trim() || NOT_ASSESSED}
            </Text>
          </div>
        ))}
        {draft.homework.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              Homework
            </Text>
            <List size="sm">
              {draft.homework.map((h) => (
                <List.Item key={h.id}>
                  <b>{h.title}:</b> {h.instructions}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <Text size="xs" c="dimmed">
          {draft.aiDisclosure}
        </Text>
      </Stack>
    </Paper>
  );
}
