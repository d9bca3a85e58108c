import { Group, Paper, Radio, Stack, Text, TextInput } from '@mantine/core';
import { StatusBadge } from '@medplum/react';
import type { HomeworkActivity, HomeworkOutcome } from '../../../server/contracts/continuity.ts';
import {
  activityKey,
  type HomeworkReviewDraft,
  OUTCOME_LABELS,
  OUTCOMES,
  PROGRESS_MAX,
} from '../../state/homeworkReview.ts';
import { day } from './dates.ts';

export type ReviewChange = { outcome?: HomeworkOutcome; progress?: string };

function ActivityReview({
  activity,
  recorded,
  onReview,
}: {
  activity: HomeworkActivity;
  recorded: HomeworkReviewDraft[string] | undefined;
  onReview: (activity: HomeworkActivity, change: ReviewChange) => void;
}) {
  const key = activityKey(activity);
  return (
    <Paper component="li" withBorder p="xs" radius="sm" data-testid="homework-review" data-activity={key}>
      <Radio.Group
        label={activity.description}
        value={recorded?.outcome ?? null}
        onChange={(value) => onReview(activity, { outcome: value as HomeworkOutcome })}
        description={
          <Group component="span" gap={6} wrap="wrap">
            <StatusBadge status={activity.status} size="xs" variant="light" />
            {activity.assigned && <span>Set {day(activity.assigned)}</span>}
            {activity.lastProgress && (
              <span>
                Last noted{activity.lastProgress.date ? ` ${day(activity.lastProgress.date)}` : ''}: “
                {activity.lastProgress.text}”
              </span>
            )}
          </Group>
        }
      >
        <Group gap="sm" mt={6} wrap="wrap">
          {OUTCOMES.map((outcome) => (
            <Radio key={outcome} value={outcome} label={OUTCOME_LABELS[outcome]} size="xs" />
          ))}
        </Group>
      </Radio.Group>
      {recorded && recorded.outcome !== 'not_discussed' && (
        <TextInput
          size="xs"
          mt={6}
          label="How it went (optional)"
          placeholder="e.g. twice, not every day"
          maxLength={PROGRESS_MAX}
          value={recorded.progress ?? ''}
          onChange={(e) => onReview(activity, { progress: e.currentTarget.value })}
        />
      )}
      {activity.outcomeGoesTo === 'companion' && (
        <Text size="xs" c="dimmed" mt={4}>
          The EHR does not let the app update this care plan: the outcome is kept in the app’s own record.
        </Text>
      )}
    </Paper>
  );
}

/**
 * The homework from the latest care plans, each with what the client says of it. Nothing reaches
 * the chart until the note is approved; then each outcome goes to its care plan.
 */
export function HomeworkReview({
  activities,
  review,
  onReview,
}: {
  activities: readonly HomeworkActivity[];
  review: HomeworkReviewDraft | undefined;
  onReview: (activity: HomeworkActivity, change: ReviewChange) => void;
}) {
  if (activities.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No homework in the latest care plans.
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      <Text size="xs">Ask how each went. The outcomes go to the care plans when you sign the note.</Text>
      <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
        {activities.map((activity) => (
          <ActivityReview
            key={activityKey(activity)}
            activity={activity}
            recorded={review?.[activityKey(activity)]}
            onReview={onReview}
          />
        ))}
      </Stack>
    </Stack>
  );
}
