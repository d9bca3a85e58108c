import { Badge, Group } from '@mantine/core';
import type { UtteranceAnalysis } from '../../server/contracts/analysis.ts';
import { useIsDiscreet } from '../hooks/useDiscreet.ts';
import { EKMAN_COLOR, EKMAN_SYMBOL, ekmanOf, humanLabel, topLabels } from './emotionStyle.ts';

/** The emotions of one utterance; a spike is marked. In discreet mode only neutral symbols show. */
export function EmotionChips({ analysis }: { analysis: UtteranceAnalysis }) {
  const discreet = useIsDiscreet();
  const labels = topLabels(analysis.emotions);
  return (
    <Group gap={4} wrap="wrap" aria-label={discreet ? 'Markers' : 'Emotions'}>
      {labels.map(({ label, score }) => {
        const group = ekmanOf(label);
        return discreet ? (
          <Badge key={label} variant="outline" color="gray" size="sm" radius="sm" aria-label="marker">
            {EKMAN_SYMBOL[group]}
          </Badge>
        ) : (
          <Badge
            key={label}
            variant="light"
            color={EKMAN_COLOR[group]}
            size="sm"
            radius="sm"
            tt="none"
            title={`${Math.round(score * 100)}%`}
          >
            {humanLabel(label)}
          </Badge>
        );
      })}
      {analysis.spike &&
        (discreet ? (
          <Badge variant="outline" color="gray" size="sm" radius="sm" aria-label="marker">
            ↑
          </Badge>
        ) : (
          <Badge variant="outline" color="grape" size="sm" radius="sm" tt="none">
            spike
          </Badge>
        ))}
    </Group>
  );
}
