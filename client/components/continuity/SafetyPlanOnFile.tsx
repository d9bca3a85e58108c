import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { SafetyPlanOnFile as Plan } from '../../../server/contracts/continuity.ts';
import { useIsDiscreet } from '../../hooks/useDiscreet.ts';
import { day } from './dates.ts';

/** The safety plan on file; when the last session had a confirmed risk, a prompt to go over it together. */
export function SafetyPlanOnFile({ plan }: { plan: Plan }) {
  const discreet = useIsDiscreet();
  const [shown, setShown] = useState(false);
  const steps = plan.steps.filter((s) => s.items.length > 0);
  const visible = !discreet || shown;
  return (
    <Stack gap={6} data-testid="safety-plan-on-file">
      <Text size="sm">
        Made {day(plan.date)}
        {plan.source === 'companion'
          ? ', kept in the app’s own record (the EHR does not hold care plans from apps)'
          : ''}
        .
      </Text>
      {plan.reviewDue && (
        <Alert color="orange" variant="light" p="xs" title="Review it together" data-testid="safety-plan-review">
          {discreet
            ? 'Go over this plan with the client today.'
            : 'The last session had a confirmed risk: go over each step with the client and update what has changed.'}
        </Alert>
      )}
      {visible ? (
        <List size="sm" spacing={2}>
          {steps.map((step) => (
            <List.Item key={step.label}>
              <b>{step.label}:</b> {step.items.join('; ')}
            </List.Item>
          ))}
        </List>
      ) : (
        <Button size="compact-xs" variant="subtle" w="fit-content" onClick={() => setShown(true)}>
          Show the plan
        </Button>
      )}
    </Stack>
  );
}
