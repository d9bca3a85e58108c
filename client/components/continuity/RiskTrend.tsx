import { Box, Group, Text } from '@mantine/core';
import type { SessionRiskPoint } from '../../../server/contracts/continuity.ts';
import { useIsDiscreet } from '../../hooks/useDiscreet.ts';
import { RISK_COLOR, RISK_DOTS } from '../emotionStyle.ts';
import { day, shortDay } from './dates.ts';

const HEIGHT = { none: 4, low: 12, moderate: 20, high: 28 } as const;

/**
 * Risk of each earlier session from the findings the clinician confirmed, oldest first: a bar per
 * session (its height and colour the level) with the date and the level in words beneath it.
 */
export function RiskTrend({ points }: { points: readonly SessionRiskPoint[] }) {
  const discreet = useIsDiscreet();
  if (points.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No earlier session with recorded findings.
      </Text>
    );
  }
  return (
    <Group
      component="ol"
      gap={6}
      wrap="wrap"
      align="flex-end"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={discreet ? 'Earlier sessions, oldest first' : 'Confirmed risk by earlier session, oldest first'}
      data-testid="risk-trend"
    >
      {points.map((point, index) => (
        <Box
          component="li"
          key={`${point.date}-${index}`}
          ta="center"
          miw={44}
          data-level={discreet ? undefined : point.level}
          title={day(point.date)}
        >
          <Box
            aria-hidden
            mx="auto"
            w={14}
            h={HEIGHT[point.level]}
            bg={
              discreet || point.level === 'none'
                ? 'var(--mantine-color-dimmed)'
                : `var(--mantine-color-${RISK_COLOR[point.level]}-filled)`
            }
            style={{ borderRadius: 2 }}
          />
          <Text size="xs" lh={1.2} mt={2}>
            {shortDay(point.date)}
          </Text>
          <Text size="xs" lh={1.2}>
            {discreet ? RISK_DOTS[point.level] || '–' : point.level === 'none' ? 'none' : point.level}
          </Text>
        </Box>
      ))}
    </Group>
  );
}
