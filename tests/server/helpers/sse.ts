/** Reads server-sent events from a fetch Response body, as the client does. */
export interface SseEvent {
  id?: string;
  event: string;
  data: unknown;
}

export function sseReader(response: Response) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const queue: SseEvent[] = [];

  function parseFrames() {
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event: Partial<SseEvent> & { lines: string[] } = { lines: [] };
      for (const line of frame.split('\n')) {
        if (line.startsWith(':') || line.startsWith('retry:')) continue;
        const colon = line.indexOf(':');
        const field = line.slice(0, colon);
        const value = line.slice(colon + 1).replace(/^ /, '');
        if (field === 'id') event.id = value;
        else if (field === 'event') event.event = value;
        else if (field === 'data') event.lines.push(value);
      }
      if (event.event)
        queue.push({
          ...(event.id ? { id: event.id } : {}),
          event: event.event,
          data: JSON.parse(event.lines.join('\n')),
        });
      end = buffer.indexOf('\n\n');
    }
  }

  return {
    /** Resolves with the next `count` events (fails the test if the stream ends first). */
    async next(count = 1): Promise<SseEvent[]> {
      while (queue.length < count) {
        const { done, value } = await reader.read();
        if (done) throw new Error(`stream ended after ${queue.length} of ${count} events`);
        buffer += decoder.decode(value, { stream: true });
        parseFrames();
      }
      return queue.splice(0, count);
    },
    /** Reads until the stream closes; returns every event left. */
    async rest(): Promise<SseEvent[]> {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        parseFrames();
      }
      return queue.splice(0);
    },
    cancel: () => reader.cancel(),
  };
}
