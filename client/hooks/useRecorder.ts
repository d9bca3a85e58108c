/**
 * Microphone capture in self-contained chunks: the recorder is restarted every few seconds so
 * each chunk is a complete audio file a transcription endpoint can read on its own (a
 * MediaRecorder timeslice yields fragments without headers after the first).
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type RecorderState = 'idle' | 'starting' | 'listening';

const MIME_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];
/** Smaller blobs are headers without speech. */
const MIN_CHUNK_BYTES = 1024;

function pickMimeType(): string | undefined {
  if (typeof MediaRecorder === 'undefined') return undefined;
  return MIME_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
}

export function useRecorder(options: { onChunk: (chunk: Blob) => void; chunkMs?: number }) {
  const [state, setState] = useState<RecorderState>('idle');
  const [error, setError] = useState<string>();
  const [startedAt, setStartedAt] = useState<number>();
  const stream = useRef<MediaStream | undefined>(undefined);
  const recorder = useRef<MediaRecorder | undefined>(undefined);
  const listening = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onChunk = useRef(options.onChunk);
  onChunk.current = options.onChunk;
  const chunkMs = options.chunkMs ?? 5000;

  const record = useCallback(
    (media: MediaStream, mimeType: string | undefined) => {
      const next = new MediaRecorder(media, mimeType ? { mimeType } : undefined);
      const parts: Blob[] = [];
      next.ondataavailable = (event) => {
        if (event.data.size > 0) parts.push(event.data);
      };
      next.onstop = () => {
        const chunk = new Blob(parts, { type: next.mimeType || mimeType || 'audio/webm' });
        if (chunk.size >= MIN_CHUNK_BYTES) onChunk.current(chunk);
        if (listening.current) record(media, mimeType);
      };
      recorder.current = next;
      next.start();
      timer.current = setTimeout(() => {
        if (next.state === 'recording') next.stop();
      }, chunkMs);
    },
    [chunkMs],
  );

  const stop = useCallback(() => {
    listening.current = false;
    clearTimeout(timer.current);
    if (recorder.current?.state === 'recording') recorder.current.stop();
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = undefined;
    setState('idle');
    setStartedAt(undefined);
  }, []);

  const start = useCallback(async () => {
    if (listening.current) return;
    setError(undefined);
    if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') {
      setError('This browser cannot record audio here. Type the session instead.');
      return;
    }
    setState('starting');
    try {
      const media = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: true, noiseSuppression: true },
      });
      stream.current = media;
      listening.current = true;
      setState('listening');
      setStartedAt(Date.now());
      record(media, pickMimeType());
    } catch (failure) {
      setState('idle');
      const denied =
        failure instanceof DOMException && (failure.name === 'NotAllowedError' || failure.name === 'SecurityError');
      setError(
        denied
          ? 'The microphone is blocked for this app. Allow it in the browser (and in the EHR’s frame settings), or type the session.'
          : 'No microphone could be opened. Check that one is connected, or type the session.',
      );
    }
  }, [record]);

  useEffect(() => stop, [stop]);

  return { state, error, startedAt, start, stop, clearError: () => setError(undefined) };
}
