import { Badge } from '@mantine/core';
import type { Origin } from '../state/wrapUp.ts';

/** Marks what the assistant wrote until the clinician accepts or edits it. */
export function OriginBadge({ origin }: { origin: Origin }) {
  if (origin === 'ai') {
    return (
      <Badge size="xs" tt="none" color="blue" variant="light" data-testid="ai-marker">
        AI draft — review
      </Badge>
    );
  }
  if (origin === 'accepted') {
    return (
      <Badge size="xs" tt="none" color="gray" variant="light">
        AI draft — accepted
      </Badge>
    );
  }
  if (origin === 'edited') {
    return (
      <Badge size="xs" tt="none" color="gray" variant="outline">
        Edited by you
      </Badge>
    );
  }
  return null;
}
