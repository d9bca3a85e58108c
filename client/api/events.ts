/**
 * The session's server-sent events, read with `fetch` so the request can carry the
 * Authorization header (EventSource cannot). The reader reconnects on its own and resumes with
 * `Last-Event-ID`, so a dropped connection or a server restart loses nothing it can replay.
 */
import { errorFrom, type Http } from './http.ts';

export interface SseMessage {
  id?: string;
  event: string;
  data: string;
}

/** Incremental parser for the `text/event-stream` format (HTML Living Standard §9.2.6). */
export function createSseParser(onMessage: (message: SseMessage) => void, onRetry?: (ms: number) => void) {
  let buffer = '';
  let data: string[] = [];
  let event = '';
  let id: string | undefined;

  function line(text: string) {
    if (text === '') {
      if (data.length > 0)
        onMessage({ event: event || 'message', data: data.join('\n'), ...(id !== undefined ? { id } : {}) });
      data = [];
      event = '';
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\0')) id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) onRetry?.(Number(value));
  }

  return {
    push(chunk: string) {
      buffer += chunk;
      let newline = buffer.search(/\r\n|\r|\n/);
      while (newline !== -1) {
        line(buffer.slice(0, newline));
        const width = buffer.startsWith('\r\n', newline) ? 2 : 1;
        buffer = buffer.slice(newline + width);
        newline = buffer.search(/\r\n|\r|\n/);
      }
    },
    get lastEventId() {
      return id;
    },
  };
}

export type StreamStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface EventStreamOptions {
  http: Http;
  path: string;
  onMessage: (message: SseMessage) => void;
  onStatus?: (status: StreamStatus) => void;
  /** The server no longer knows the session (restart, idle timeout): the caller re-creates it. */
  onGone?: () => void;
  lastEventId?: string;
  /** Upper bound of the reconnect back-off. */
  maxDelayMs?: number;
  /** A message after which the server will send nothing more (default: an `end` event). */
  isFinal?: (message: SseMessage) => boolean;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

export function openEventStream(options: EventStreamOptions): {
  close(): void;
  readonly lastEventId: string | undefined;
} {
  const abort = new AbortController();
  let lastEventId = options.lastEventId;
  let retryMs = 1000;
  const maxDelay = options.maxDelayMs ?? 10_000;
  const isFinal = options.isFinal ?? ((message: SseMessage) => message.event === 'end');

  async function run() {
    let failures = 0;
    while (!abort.signal.aborted) {
      options.onStatus?.(failures === 0 ? 'connecting' : 'reconnecting');
      try {
        const headers: Record<string, string> = { Accept: 'text/event-stream' };
        if (lastEventId !== undefined) headers['Last-Event-ID'] = lastEventId;
        const response = await options.http.fetch(options.path, { headers, signal: abort.signal });
        if (response.status === 404 || response.status === 403 || response.status === 410) {
          const error = await errorFrom(response);
          if (error.code === 'session_not_found' || error.code === 'token_not_bound' || response.status === 410) {
            options.onStatus?.('closed');
            options.onGone?.();
            return;
          }
          throw error;
        }
        if (!response.ok || !response.body) throw await errorFrom(response);
        options.onStatus?.('open');
        failures = 0;
        let ended = false;
        const parser = createSseParser(
          (message) => {
            if (message.id !== undefined) lastEventId = message.id;
            if (isFinal(message)) ended = true;
            options.onMessage(message);
          },
          (ms) => {
            retryMs = ms;
          },
        );
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parser.push(value);
        }
        if (ended) {
          options.onStatus?.('closed');
          return;
        }
      } catch (error) {
        if (abort.signal.aborted) break;
        failures++;
        if (!(error instanceof Error)) throw error;
      }
      const delay = Math.min(maxDelay, retryMs * 2 ** Math.min(failures, 4));
      options.onStatus?.('reconnecting');
      await sleep(delay, abort.signal);
    }
    options.onStatus?.('closed');
  }

  void run();
  return {
    close: () => abort.abort(),
    get lastEventId() {
      return lastEventId;
    },
  };
}
