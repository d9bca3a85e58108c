import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTranscriber, transcriptionUnavailableReason } from '../../server/speech/transcribe.ts';
import { parseAssistConfig } from '../../server/providers/config.ts';
import { API_BASE } from './support.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const CONFIG = {
  OPENAI_API_KEY: 'sk-test',
  OPENAI_BASE_URL: API_BASE,
  OPENAI_RETRY_BASE_MS: '1',
  OPENAI_RETRY_MAX_MS: '2',
};

/** A 0.1 s silent 16 kHz mono WAV: a real file header, as a browser or sox would send. */
function wav(): Uint8Array {
  const samples = 1600;
  const buffer = Buffer.alloc(44 + samples * 2);
  buffer.write('RIFF', 0);
  buffer.writeUInt32LE(36 + samples * 2, 4);
  buffer.write('WAVEfmt ', 8);
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(16000, 24);
  buffer.writeUInt32LE(32000, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write('data', 36);
  buffer.writeUInt32LE(samples * 2, 40);
  return new Uint8Array(buffer);
}

function transcriptionHandler(reply: Parameters<typeof HttpResponse.json>[0]) {
  const seen: FormData[] = [];
  const handler = http.post(`${API_BASE}/audio/transcriptions`, async ({ request }) => {
    seen.push(await request.formData());
    return HttpResponse.json(reply);
  });
  return { handler, seen };
}

describe('speech to text', () => {
  it('is unavailable, with a reason to show, when no endpoint is configured', () => {
    expect(createTranscriber({})).toBeNull();
    expect(transcriptionUnavailableReason(parseAssistConfig({}))).toMatch(/not configured.*OPENAI_API_KEY/);
  });

  it('is unavailable under LOCAL_ONLY for a remote endpoint: audio cannot be de-identified', () => {
    expect(createTranscriber({ ...CONFIG, LOCAL_ONLY: 'true' })).toBeNull();
    expect(transcriptionUnavailableReason(parseAssistConfig({ ...CONFIG, LOCAL_ONLY: 'true' }))).toMatch(/LOCAL_ONLY/);
  });

  it('transcribes a wav chunk with the configured model; without speakers the speaker is unknown', async () => {
    const { handler, seen } = transcriptionHandler({ text: '  I have not slept properly in weeks.  ' });
    server.use(handler);
    const transcriber = createTranscriber({ ...CONFIG, OPENAI_TRANSCRIBE_MODEL: 'gpt-4o-mini-transcribe' });
    const result = await transcriber!.transcribe(wav(), { contentType: 'audio/wav' });

    expect(result.utterances).toEqual([{ speaker: 'unknown', text: 'I have not slept properly in weeks.' }]);
    expect(result.model).toBe('gpt-4o-mini-transcribe');
    expect(seen[0]?.get('model')).toBe('gpt-4o-mini-transcribe');
    expect(seen[0]?.get('response_format')).toBe('json');
    const file = seen[0]?.get('file') as File;
    expect(file.name).toBe('chunk.wav');
    expect(file.size).toBe(wav().byteLength);
  });

  it('uses the diarised output and maps speaker labels to who they are', async () => {
    const { handler, seen } = transcriptionHandler({
      task: 'transcribe',
      duration: 6,
      text: 'How was the week? Hard. I barely slept. Tell me more.',
      segments: [
        { id: 's1', type: 'transcript.text.segment', speaker: 'A', start: 0, end: 1, text: 'How was the week?' },
        { id: 's2', type: 'transcript.text.segment', speaker: 'B', start: 1, end: 2, text: 'Hard.' },
        { id: 's3', type: 'transcript.text.segment', speaker: 'B', start: 2, end: 4, text: 'I barely slept.' },
        { id: 's4', type: 'transcript.text.segment', speaker: 'C', start: 4, end: 6, text: 'Tell me more.' },
      ],
    });
    server.use(handler);
    const transcriber = createTranscriber({ ...CONFIG, OPENAI_TRANSCRIBE_MODEL: 'gpt-4o-transcribe-diarize' });
    const result = await transcriber!.transcribe(wav(), {
      contentType: 'audio/webm;codecs=opus',
      speakerMap: { A: 'clinician', B: 'client' },
    });

    expect(seen[0]?.get('response_format')).toBe('diarized_json');
    expect((seen[0]?.get('file') as File).name).toBe('chunk.webm');
    expect(result.utterances).toEqual([
      { speaker: 'clinician', text: 'How was the week?' },
      { speaker: 'client', text: 'Hard. I barely slept.' },
      { speaker: 'unknown', text: 'Tell me more.' },
    ]);
  });

  it('refuses an unsupported media type before sending anything', async () => {
    const transcriber = createTranscriber(CONFIG);
    await expect(transcriber!.transcribe(wav(), { contentType: 'video/mp4' })).rejects.toThrow();
  });
});
