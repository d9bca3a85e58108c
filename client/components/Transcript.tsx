import { Badge, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { RiskAssessment } from '../../server/contracts/analysis.ts';
import { useIsDiscreet } from '../hooks/useDiscreet.ts';
import { useEffect, useRef } from 'react';
import type { TranscriptEntry } from '../state/session.ts';
import { isScreenOnly } from '../state/riskWording.ts';
import { EmotionChips } from './EmotionChips.tsx';
import { RISK_COLOR, RISK_DOTS } from './emotionStyle.ts';

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * Marks the utterance that raised a risk flag, so the clinician can see where it came from.
 * Screen-only evidence is a prompt to ask, so its chip does not state a level.
 */
function RiskFlag({ risk }: { risk: RiskAssessment }) {
  const discreet = useIsDiscreet();
  const { level } = risk;
  return (
    <Badge
      data-testid="risk-flag"
      size="sm"
      radius="sm"
      tt="none"
      variant={discreet ? 'outline' : 'light'}
      color={discreet ? 'gray' : RISK_COLOR[level]}
    >
      {discreet ? RISK_DOTS[level] : isScreenOnly(risk.evidence) ? '⚑ possible risk' : `⚑ ${level} risk`}
    </Badge>
  );
}

const CHANGE_WORDS = {
  raised: 'Flag raised',
  raised_higher: 'Flag raised higher',
  lowered: 'Flag lowered',
  withdrawn: 'Flag withdrawn',
} as const;

/**
 * Why a flag changed one turn later: the client's next words (and any clinician words before
 * them) completed this turn. Shown under the turn it changed, so a flag never appears or
 * disappears without a reason. Discreet mode keeps the words but not the level.
 */
function RevisionReason({ risk }: { risk: RiskAssessment }) {
  const discreet = useIsDiscreet();
  const revision = risk.revision!;
  return (
    <Text data-testid="risk-revision" size="xs" c="dimmed" mt={2} role="note">
      {discreet
        ? `${CHANGE_WORDS[revision.change]} after the next turn.`
        : `${CHANGE_WORDS[revision.change]}. ${revision.reason}`}
    </Text>
  );
}

function EntryStatus({ entry }: { entry: TranscriptEntry }) {
  if (entry.status === 'sending') return <Loader size={10} aria-label="Analysing" />;
  if (entry.status === 'unsent') {
    return (
      <Text
        span
        size="xs"
        c="var(--mantine-color-orange-text)"
        title="Saved in this browser; it will be sent when the server answers."
      >
        not sent yet
      </Text>
    );
  }
  return null;
}

/** The live transcript, newest at the bottom, kept in view as it grows. */
export function Transcript({ entries }: { entries: TranscriptEntry[] }) {
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'nearest' });
  }, [entries.length]);

  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="sm">
        Nothing yet. Start listening, or type what is said below.
      </Text>
    );
  }
  return (
    <>
      <Stack gap={6} component="ol" aria-label="Transcript" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {entries.map((entry) => {
          const client = entry.utterance.speaker !== 'clinician';
          return (
            <Paper
              key={entry.utterance.id}
              component="li"
              p={6}
              pl={10}
              radius="sm"
              data-testid="utterance"
              style={{
                borderLeft: `3px solid var(--mantine-color-${client ? 'blue' : 'gray'}-filled)`,
                background: client ? 'var(--mantine-color-default-hover)' : undefined,
              }}
            >
              <Group gap={6} justify="space-between" wrap="nowrap">
                <Text size="xs" fw={600} c={client ? 'var(--mantine-color-blue-text)' : 'dimmed'} className="speaker">
                  {entry.utterance.speaker === 'client'
                    ? 'Client'
                    : entry.utterance.speaker === 'clinician'
                      ? 'Clinician'
                      : 'Speaker not identified'}
                  {entry.source === 'audio' ? ' · heard' : ''}
                </Text>
                <Group gap={6} wrap="nowrap">
                  <EntryStatus entry={entry} />
                  <Text size="xs" c="dimmed">
                    {time(entry.at)}
                  </Text>
                </Group>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {entry.utterance.text}
              </Text>
              {entry.analysis && (
                <Group mt={4} gap={4}>
                  {entry.analysis.risk.level !== 'none' && <RiskFlag risk={entry.analysis.risk} />}
                  <EmotionChips analysis={entry.analysis} />
                </Group>
              )}
              {entry.analysis?.risk.revision && <RevisionReason risk={entry.analysis.risk} />}
            </Paper>
          );
        })}
      </Stack>
      <div ref={end} />
    </>
  );
}
