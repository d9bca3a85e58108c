import { Alert, Text } from '@mantine/core';
import { useState } from 'react';
import type { SignedRecord } from '../storage/drafts.ts';

function when(iso: string): string {
  const at = new Date(iso);
  const sameDay = at.toDateString() === new Date().toDateString();
  return sameDay
    ? at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : at.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * Opening the app again after signing: say that this visit's note is already in the chart, so
 * the empty session below is not mistaken for lost work.
 */
export function SignedEarlier({ signed }: { signed: SignedRecord }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <Alert
      color="green"
      variant="light"
      p="xs"
      mb="sm"
      role="status"
      data-testid="signed-earlier"
      withCloseButton
      closeButtonLabel="Close"
      onClose={() => setOpen(false)}
    >
      <Text size="sm">
        The note for this visit was signed at {when(signed.at)}
        {signed.note ? (
          <>
            {' '}
            (
            <Text span size="sm" ff="monospace">
              {signed.note}
            </Text>
            )
          </>
        ) : null}
        . Anything added here starts a new session.
      </Text>
    </Alert>
  );
}
