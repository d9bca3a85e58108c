/**
 * A stand-in for an OpenAI-compatible speech-to-text endpoint on a loopback port. It answers
 * `POST /v1/audio/transcriptions` with a fixed transcript (the words the test's microphone stands for) after
 * checking that a real audio file arrived; anything else it refuses, as a transcription-only
 * on-premises server would, so the server's text jobs fall back to the built-in assistant.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TranscriptionStub {
  baseUrl: string;
  /** Audio uploads received: their content type and size in bytes. */
  readonly uploads: { contentType: string; bytes: number }[];
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startTranscriptionStub(transcript: string): Promise<TranscriptionStub> {
  const uploads: { contentType: string; bytes: number }[] = [];
  const server = createServer(async (req, res) => {
    const data = await body(req);
    if (req.method === 'POST' && req.url === '/v1/audio/transcriptions') {
      const text = data.toString('latin1');
      const fileType = /name="file"[^\r\n]*\r\nContent-Type: ([^\r\n]+)/i.exec(text)?.[1] ?? '';
      const hasModel = /name="model"/.test(text);
      if (!fileType.startsWith('audio/') || !hasModel || data.byteLength < 1024) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'expected a multipart upload with an audio file and a model' } }));
        return;
      }
      uploads.push({ contentType: fileType, bytes: data.byteLength });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ text: transcript }));
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { message: 'this endpoint only transcribes audio' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    uploads,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
