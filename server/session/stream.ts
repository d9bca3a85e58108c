/**
 * A session's server-sent event stream. Event ids count up from 1 per session; the last
 * `replayLimit` events are kept so a client that reconnects with `Last-Event-ID` gets exactly
 * what it missed. A client that reads too slowly is dropped (it reconnects and resumes from the
 * replay buffer) instead of letting its backlog grow without bound.
 *
 * The browser reads this with `fetch` (so it can send the Authorization header), not EventSource.
 */

/** What `publish` sends; the stream itself adds `reset` (replay gap) and `end` (session over). */
export type SessionEventType = 'analysis' | 'risk' | 'summary' | 'flag-review';

export interface EventStreamOptions {
  /** Events kept for `Last-Event-ID` resume. */
  replayLimit?: number;
  /** A comment line is sent this often so proxies keep the connection open. */
  heartbeatMs?: number;
  /** Bytes queued for one client before it is considered too slow and dropped. */
  maxQueuedBytes?: number;
  /** Concurrent readers per session (tabs, reconnect overlap); the oldest is closed beyond this. */
  maxSubscribers?: number;
  /** Milliseconds the client should wait before reconnecting (the SSE `retry` field). */
  retryMs?: number;
}

export interface EventStream {
  publish(type: SessionEventType, data: unknown): number;
  /** Id of the newest event, 0 before the first. */
  readonly lastEventId: number;
  readonly subscriberCount: number;
  /**
   * A byte stream of SSE frames: first whatever was missed after `lastEventId` (or a `reset`
   * event when the gap is older than the replay buffer), then live events.
   */
  subscribe(lastEventId?: number): ReadableStream<Uint8Array>;
  /** Sends a final `end` event to every reader and closes them. */
  close(reason: string): void;
}

interface Subscriber {
  controller: ReadableStreamDefaultController<Uint8Array>;
  closed: boolean;
}

const encoder = new TextEncoder();

function frame(id: number, type: string, data: unknown): Uint8Array {
  // JSON.stringify escapes CR and LF, so the payload is always one `data:` line.
  return encoder.encode(`id: ${id}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
}

export function createEventStream(options: EventStreamOptions = {}): EventStream {
  const replayLimit = options.replayLimit ?? 1000;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const maxQueuedBytes = options.maxQueuedBytes ?? 256 * 1024;
  const maxSubscribers = options.maxSubscribers ?? 4;
  const retryMs = options.retryMs ?? 2000;

  let lastId = 0;
  let ended: { reason: string } | undefined;
  const replay: { id: number; bytes: Uint8Array }[] = [];
  const subscribers = new Set<Subscriber>();
  let heartbeat: NodeJS.Timeout | undefined;

  function drop(sub: Subscriber, how: 'close' | 'error') {
    if (sub.closed) return;
    sub.closed = true;
    subscribers.delete(sub);
    try {
      if (how === 'close') sub.controller.close();
      else sub.controller.error(new Error('event stream reader too slow'));
    } catch {
      // Already closed by the reader going away.
    }
    if (subscribers.size === 0 && heartbeat) {
      clearInterval(heartbeat);
      heartbeat = undefined;
    }
  }

  function send(sub: Subscriber, bytes: Uint8Array) {
    if (sub.closed) return;
    sub.controller.enqueue(bytes);
    if ((sub.controller.desiredSize ?? 0) < 0) drop(sub, 'error');
  }

  function startHeartbeat() {
    if (heartbeat || heartbeatMs <= 0) return;
    heartbeat = setInterval(() => {
      const ping = encoder.encode(': ping\n\n');
      for (const sub of subscribers) send(sub, ping);
    }, heartbeatMs);
    heartbeat.unref();
  }

  return {
    get lastEventId() {
      return lastId;
    },
    get subscriberCount() {
      return subscribers.size;
    },

    publish(type, data) {
      if (ended) return lastId;
      const id = ++lastId;
      const bytes = frame(id, type, data);
      replay.push({ id, bytes });
      if (replay.length > replayLimit) replay.shift();
      for (const sub of subscribers) send(sub, bytes);
      return id;
    },

    subscribe(lastEventId) {
      let self: Subscriber | undefined;
      return new ReadableStream<Uint8Array>(
        {
          start(controller) {
            const sub: Subscriber = { controller, closed: false };
            self = sub;
            controller.enqueue(encoder.encode(`retry: ${retryMs}\n: connected\n\n`));
            const from = lastEventId ?? 0;
            const oldest = replay[0]?.id ?? lastId + 1;
            if (from > lastId || (from < oldest - 1 && lastId > 0)) {
              // The client missed events we no longer hold (or names an id we never sent): it must
              // re-read the session state, then continue from here.
              controller.enqueue(frame(lastId, 'reset', { lastEventId: lastId }));
            } else {
              for (const event of replay) if (event.id > from) controller.enqueue(event.bytes);
            }
            if (ended) {
              controller.enqueue(frame(lastId, 'end', { reason: ended.reason }));
              sub.closed = true;
              controller.close();
              return;
            }
            subscribers.add(sub);
            if (subscribers.size > maxSubscribers) {
              const oldestSub = subscribers.values().next().value;
              if (oldestSub) drop(oldestSub, 'close');
            }
            startHeartbeat();
          },
          cancel() {
            if (self) drop(self, 'close');
          },
        },
        new ByteLengthQueuingStrategy({ highWaterMark: maxQueuedBytes }),
      );
    },

    close(reason) {
      if (ended) return;
      ended = { reason };
      const bytes = frame(lastId, 'end', { reason });
      for (const sub of [...subscribers]) {
        send(sub, bytes);
        drop(sub, 'close');
      }
      replay.length = 0;
    },
  };
}
