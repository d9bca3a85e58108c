import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { EarlierNote } from '../../../server/contracts/continuity.ts';
import type { ContinuityApi } from '../../api/continuity.ts';
import { ClinicianName } from './ClinicianName.tsx';
import { day } from './dates.ts';

type Reading =
  | { status: 'closed' }
  | { status: 'loading' }
  | { status: 'open'; text: string }
  | { status: 'error'; message: string };

function NoteRow({ note, read }: { note: EarlierNote; read: (noteId: string) => Promise<string> }) {
  const [reading, setReading] = useState<Reading>({ status: 'closed' });
  const bodyId = `earlier-note-${note.noteId}`;
  const open = reading.status !== 'closed';
  const toggle = async () => {
    if (open) return setReading({ status: 'closed' });
    setReading({ status: 'loading' });
    try {
      setReading({ status: 'open', text: await read(note.noteId) });
    } catch (error) {
      setReading({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <Paper component="li" withBorder p="xs" radius="sm" data-testid="earlier-note" data-note={note.noteId}>
      <Group justify="space-between" gap={4} wrap="wrap" align="flex-start">
        <Stack gap={0} style={{ minWidth: 0, flex: '1 1 12rem' }}>
          <Text size="sm" fw={600}>
            {day(note.date)} · {note.title}
          </Text>
          <Text size="xs" c="dimmed">
            <ClinicianName clinician={note.clinician} />
          </Text>
        </Stack>
        <Group gap={4}>
          {note.format && (
            <Badge size="sm" variant="light" color="gray">
              {note.format}
            </Badge>
          )}
          {note.aiAssisted && (
            <Badge size="sm" variant="light" color="violet" data-testid="earlier-note-ai">
              AI-assisted
            </Badge>
          )}
          {note.docStatus && note.docStatus !== 'final' && (
            <Badge size="sm" variant="outline" color="gray">
              {note.docStatus}
            </Badge>
          )}
        </Group>
      </Group>
      <Button
        size="compact-xs"
        variant="subtle"
        mt={4}
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => void toggle()}
      >
        {open ? 'Close the note' : 'Read the note'}
      </Button>
      <div id={bodyId}>
        {reading.status === 'loading' && (
          <Group gap="xs" role="status">
            <Loader size="xs" />
            <Text size="xs">Reading the note…</Text>
          </Group>
        )}
        {reading.status === 'error' && (
          <Alert color="red" variant="light" p="xs" role="alert">
            The note could not be read: {reading.message}
          </Alert>
        )}
        {reading.status === 'open' && (
          <Text
            size="sm"
            mt={4}
            p="xs"
            bg="var(--mantine-color-default-hover)"
            style={{ whiteSpace: 'pre-wrap', borderRadius: 4 }}
            data-testid="earlier-note-text"
          >
            {reading.text}
          </Text>
        )}
      </div>
    </Paper>
  );
}

/** The client's earlier notes, newest first; each can be opened and read in full. */
export function EarlierNotes({ notes, api, sid }: { notes: readonly EarlierNote[]; api: ContinuityApi; sid: string }) {
  if (notes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No earlier notes in the chart.
      </Text>
    );
  }
  const read = async (noteId: string) => (await api.note(sid, noteId)).text;
  return (
    <Stack component="ol" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-label="Earlier notes, newest first">
      {notes.map((note) => (
        <NoteRow key={note.noteId} note={note} read={read} />
      ))}
    </Stack>
  );
}
