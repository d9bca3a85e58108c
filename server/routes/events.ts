/**
 * `GET /api/sessions/:sid/events` — the session's server-sent events (`analysis`, `risk`,
 * `summary`, `reset`, `end`), read by the client with `fetch` so the Authorization header goes
 * along. `Last-Event-ID` resumes after the last event the client saw.
 */
import { Hono } from 'hono';
import { liveSession } from '../auth/sessionAuth.ts';
import type { AppEnv } from '../session/context.ts';
import type { RouteDeps } from './deps.ts';
import { ApiError } from './errors.ts';

export function eventRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/:sid/events', (c) => {
    const header = c.req.header('last-event-id');
    let lastEventId: number | undefined;
    if (header !== undefined && header.trim() !== '') {
      if (!/^\d{1,15}$/.test(header.trim())) {
        throw new ApiError(
          400,
          'invalid_last_event_id',
          'Last-Event-ID must be the numeric id of an event from this stream.',
        );
      }
      lastEventId = Number(header.trim());
    }
    const live = liveSession(c, deps);
    return new Response(live.stream.subscribe(lastEventId), {
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        // Reverse proxies (nginx) must pass events through as they are written.
        'x-accel-buffering': 'no',
      },
    });
  });
  return app;
}
