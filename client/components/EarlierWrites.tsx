import { Alert, Button, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { WriteView } from '../api/schemas.ts';
import type { SessionApi } from '../api/session.ts';
import { progressText } from './WriteResult.tsx';

const UNSETTLED = new Set(['pending', 'writing', 'retrying']);

/**
 * On every launch, the notes this visit already has on their way to the chart: asking the server
 * for them also lets it finish writes that waited for the clinician (e.g. across a restart), so
 * they complete here, in view, without the clinician looking for them.
 */
export function EarlierWrites({ api, sid }: { api: SessionApi; sid: string | undefined }) {
  const [writes, setWrites] = useState<WriteView[]>([]);
  const [retrying, setRetrying] = useState<string>();

  useEffect(() => {
    if (!sid) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const latest = await api.writes(sid).catch(() => undefined);
      if (stopped) return;
      if (latest) setWrites(latest);
      // Follow them while any is still under way.
      if (!latest || latest.some((w) => UNSETTLED.has(w.state))) timer = setTimeout(() => void poll(), 2000);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api, sid]);

  const open = writes.filter((w) => w.state !== 'written');
  const finished = writes.filter((w) => w.state === 'written' && w.note);
  if (open.length === 0 && finished.length === 0) return null;

  const retry = async (writeId: string) => {
    if (!sid) return;
    setRetrying(writeId);
    const updated = await api.retryWrite(sid, writeId).catch(() => undefined);
    const latest = await api.writes(sid).catch(() => undefined);
    if (latest) setWrites(latest);
    else if (updated) setWrites((all) => all.map((w) => (w.writeId === writeId ? updated : w)));
    setRetrying(undefined);
  };

  return (
    <Stack gap="xs" mb="sm" data-testid="earlier-writes">
      {open.map((w) =>
        w.state === 'failed' ? (
          <Alert
            key={w.writeId}
            color="red"
            variant="light"
            role="alert"
            title="A note approved earlier is not in the chart"
          >
            <Stack gap={4}>
              <Text size="sm">{w.lastError?.message ?? 'The EHR refused it.'}</Text>
              <Button
                size="xs"
                color="red"
                w="fit-content"
                loading={retrying === w.writeId}
                onClick={() => void retry(w.writeId)}
              >
                Retry
              </Button>
            </Stack>
          </Alert>
        ) : (
          <Alert
            key={w.writeId}
            color="blue"
            variant="light"
            role="status"
            title="A note approved earlier is being written"
          >
            <Text size="sm">{progressText(w)}</Text>
          </Alert>
        ),
      )}
      {open.length === 0 &&
        finished.map((w) => (
          <Alert key={w.writeId} color="green" variant="light" role="status" p="xs">
            <Text size="sm">
              This visit’s note is in the chart ({w.note?.reference}). To correct it, finish the session and choose
              “Amend the signed note”.
            </Text>
          </Alert>
        ))}
    </Stack>
  );
}
