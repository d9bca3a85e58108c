import { describe, expect, it, vi } from 'vitest';
import { createSseParser, openEventStream, type SseMessage } from '../../client/api/events.ts';
import type { Http } from '../../client/api/http.ts';

function parse(chunks: string[]) {
  const messages: SseMessage[] = [];
  const retries: number[] = [];
  const parser = createSseParser(
    (m) => messages.push(m),
    (ms) => retries.push(ms),
  );
  for (const chunk of chunks) parser.push(chunk);
  return { messages, retries, lastEventId: parser.lastEventId };
}

describe('event stream parser', () => {
  it('reads events split across network chunks, with ids for Last-Event-ID', () => {
    const { messages, lastEventId } = parse([
      'retry: 2000\n: connected\n\nid: 1\nevent: anal',
      'ysis\ndata: {"a":1}\n\nid: 2\r\nevent: risk\r\ndata: {"level":"high"}\r\n\r\n',
    ]);
    expect(messages).toEqual([
      { id: '1', event: 'analysis', data: '{"a":1}' },
      { id: '2', event: 'risk', data: '{"level":"high"}' },
    ]);
    expect(lastEventId).toBe('2');
  });

  it('ignores comments and heartbeats, joins multi-line data and reports the retry delay', () => {
    const { messages, retries } = parse([': ping\n\nretry: 1500\ndata: one\ndata: two\n\n']);
    expect(messages).toEqual([{ event: 'message', data: 'one\ntwo' }]);
    expect(retries).toEqual([1500]);
  });

  it('does not dispatch an event until its blank line arrives', () => {
    expect(parse(['event: summary\ndata: {}\n']).messages).toEqual([]);
  });
});

describe('event stream connection', () => {
  it('reconnects after the stream drops and resumes from the last event id it saw', async () => {
    const requests: (string | null)[] = [];
    const encoder = new TextEncoder();
    const replies = ['retry: 1\nid: 7\nevent: risk\ndata: {"level":"low"}\n\n', 'id: 8\nevent: summary\ndata: {}\n\n'];
    const http: Http = {
      request: () => Promise.reject(new Error('not used')),
      fetch: async (_path, init) => {
        requests.push(new Headers(init?.headers).get('Last-Event-ID'));
        const body = replies.shift();
        if (body === undefined) return new Promise<Response>(() => {});
        return new Response(
          new ReadableStream({
            start: (c) => {
              c.enqueue(encoder.encode(body));
              c.close();
            },
          }),
          { status: 200 },
        );
      },
    };
    const seen: string[] = [];
    const stream = openEventStream({
      http,
      path: '/events',
      lastEventId: '3',
      maxDelayMs: 5,
      onMessage: (m) => seen.push(`${m.id}:${m.event}`),
    });
    await vi.waitFor(() => expect(seen).toEqual(['7:risk', '8:summary']));
    expect(requests.slice(0, 2)).toEqual(['3', '7']);
    stream.close();
  });

  it('tells the caller when the server no longer knows the session, instead of retrying forever', async () => {
    const http: Http = {
      request: () => Promise.reject(new Error('not used')),
      fetch: async () => Response.json({ error: { code: 'session_not_found', message: 'gone' } }, { status: 404 }),
    };
    let gone = 0;
    openEventStream({ http, path: '/events', onMessage: () => undefined, onGone: () => gone++ });
    await vi.waitFor(() => expect(gone).toBe(1));
  });
});
