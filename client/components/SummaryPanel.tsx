import { Anchor, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { JobProvenance, Summary } from '../../server/contracts/assist.ts';
import { useIsDiscreet } from '../hooks/useDiscreet.ts';

/** A theme's text is a whole sentence that opens with its label; the panel shows the label once, in bold. */
function withoutLabel(text: string, label: string): string {
  return text.startsWith(`${label}: `) ? text.slice(label.length + 2) : text;
}

export function ProvenanceNote({ provenance }: { provenance?: JobProvenance | undefined }) {
  if (!provenance) return null;
  return (
    <Text size="xs" c="dimmed">
      {provenance.provider === 'embedded' ? 'Built-in assistant' : `Model ${provenance.model}`}
      {provenance.fallbackReason ? ' — the remote model was unavailable, so the built-in assistant answered' : ''}
    </Text>
  );
}

/** The rolling summary: themes so far, each resting on what was said. Collapsed in discreet mode. */
export function SummaryPanel({
  summary,
  provenance,
}: {
  summary: Summary | null;
  provenance?: JobProvenance | undefined;
}) {
  const discreet = useIsDiscreet();
  const [peek, setPeek] = useState(false);
  if (!summary || summary.themes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Themes appear here as the session goes on.
      </Text>
    );
  }
  if (discreet && !peek) {
    return (
      <Anchor component="button" type="button" size="sm" onClick={() => setPeek(true)}>
        Show summary ({summary.themes.length})
      </Anchor>
    );
  }
  return (
    <Stack gap={4}>
      <List size="sm" spacing={4} data-testid="summary">
        {summary.themes.map((theme, index) => (
          <List.Item key={`${index}-${theme.label}`}>
            <Text span fw={600} size="sm">
              {theme.label}:
            </Text>{' '}
            {withoutLabel(theme.text, theme.label)}
            {theme.unsupported ? (
              <Text span size="xs" c="var(--mantine-color-orange-text)">
                {' '}
                (not found in the transcript)
              </Text>
            ) : null}
          </List.Item>
        ))}
      </List>
      <ProvenanceNote provenance={provenance} />
      {discreet && (
        <Anchor component="button" type="button" size="xs" onClick={() => setPeek(false)}>
          Hide summary
        </Anchor>
      )}
    </Stack>
  );
}
