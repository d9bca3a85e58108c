import { Box, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { TranscriptEntry } from '../state/session.ts';
import { useIsDiscreet } from '../hooks/useDiscreet.ts';

const HEIGHT = 72;
const PAD = 8;

/**
 * The client's valence utterance by utterance (−1 to 1), with spikes ringed. Hand-drawn SVG:
 * a chart library would cost more than the rest of the screen.
 */
export function EmotionTimeline({ entries }: { entries: TranscriptEntry[] }) {
  const discreet = useIsDiscreet();
  const { ref, width: measured } = useElementSize();
  const points = entries
    .filter((e) => e.utterance.speaker !== 'clinician' && e.analysis)
    .map((e) => ({
      id: e.utterance.id,
      valence: e.analysis?.emotions.valence ?? 0,
      spike: e.analysis?.spike ?? false,
    }));
  if (points.length === 0) {
    return (
      <Text ref={ref} size="sm" c="dimmed">
        The timeline fills in as the client speaks.
      </Text>
    );
  }
  const width = Math.max(120, Math.round(measured) || 280);
  const step = points.length > 1 ? (width - 2 * PAD) / (points.length - 1) : 0;
  const x = (i: number) => (points.length > 1 ? PAD + i * step : width / 2);
  const y = (v: number) => PAD + ((1 - v) / 2) * (HEIGHT - 2 * PAD);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.valence).toFixed(1)}`).join(' ');
  const spikes = points.filter((p) => p.spike).length;
  const label = discreet
    ? `Timeline of ${points.length} ${points.length === 1 ? 'point' : 'points'}, ${spikes} marked`
    : `Client valence over ${points.length} ${points.length === 1 ? 'utterance' : 'utterances'}, ${spikes} ${spikes === 1 ? 'spike' : 'spikes'}`;
  return (
    <Box ref={ref}>
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width={width}
        height={HEIGHT}
        style={{ display: 'block' }}
      >
        <line
          x1={0}
          x2={width}
          y1={y(0)}
          y2={y(0)}
          stroke="var(--mantine-color-default-border)"
          strokeDasharray="3 3"
        />
        <path
          d={path}
          fill="none"
          stroke={discreet ? 'var(--mantine-color-dimmed)' : 'var(--mantine-primary-color-filled)'}
          strokeWidth={2}
        />
        {points.map((p, i) => (
          <g key={p.id}>
            <circle
              cx={x(i)}
              cy={y(p.valence)}
              r={2.5}
              fill={discreet ? 'var(--mantine-color-dimmed)' : 'var(--mantine-primary-color-filled)'}
            />
            {p.spike && (
              <circle
                data-spike="true"
                cx={x(i)}
                cy={y(p.valence)}
                r={6}
                fill="none"
                stroke={discreet ? 'var(--mantine-color-dimmed)' : 'var(--mantine-color-grape-6)'}
                strokeWidth={2}
              />
            )}
          </g>
        ))}
      </svg>
      <Text size="xs" c="dimmed">
        {discreet ? 'Earlier → now' : 'Valence, earlier → now; rings mark spikes'}
      </Text>
    </Box>
  );
}
