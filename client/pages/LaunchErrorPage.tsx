import { Box, Code, Paper, Stack, Text, Title } from '@mantine/core';
import type { LaunchProblem } from '../smart/launchProblems.ts';

/** A launch that cannot go on: what happened and what to do, never a blank panel. */
export function LaunchErrorPage({ problem }: { problem: LaunchProblem }) {
  return (
    <Box p="sm">
      <Paper withBorder p="md" radius="md" maw={640} mx="auto" role="alert" data-testid="launch-problem">
        <Stack gap="xs">
          <Title order={1} size="h4">
            {problem.title}
          </Title>
          <Text size="sm">{problem.detail}</Text>
          <Text size="sm">{problem.action}</Text>
          {problem.technical && (
            <details>
              <summary>
                <Text span size="xs">
                  Details for support
                </Text>
              </summary>
              <Code block mt={4}>
                {problem.technical}
              </Code>
            </details>
          )}
        </Stack>
      </Paper>
    </Box>
  );
}
