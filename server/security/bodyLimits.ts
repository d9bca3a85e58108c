/**
 * Request body size limits per API route: an utterance is small, an audio chunk is a few
 * seconds of compressed speech, an approved note with its homework is at most a few pages.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

export const BODY_LIMITS = {
  createSession: 8 * 1024,
  utterance: 16 * 1024,
  audio: 5 * 1024 * 1024,
  approve: 256 * 1024,
  default: 32 * 1024,
} as const;

function limitFor(path: string): number {
  if (path === '/api/sessions' || path === '/api/sessions/') return BODY_LIMITS.createSession;
  if (path.endsWith('/utterances')) return BODY_LIMITS.utterance;
  if (path.endsWith('/audio')) return BODY_LIMITS.audio;
  if (path.endsWith('/approve') || path.endsWith('/amend')) return BODY_LIMITS.approve;
  return BODY_LIMITS.default;
}

export function bodyLimits(): MiddlewareHandler {
  const byLimit = new Map<number, MiddlewareHandler>();
  for (const maxSize of new Set(Object.values(BODY_LIMITS))) {
    byLimit.set(
      maxSize,
      bodyLimit({
        maxSize,
        onError: (c) =>
          c.json(
            {
              error: {
                code: 'body_too_large',
                message: `The request body is larger than the ${maxSize >= 1024 * 1024 ? `${maxSize / 1024 / 1024} MB` : `${maxSize / 1024} KB`} this endpoint accepts.`,
              },
            },
            413,
          ),
      }),
    );
  }
  return (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const handler = byLimit.get(limitFor(c.req.path)) as MiddlewareHandler;
    return handler(c, next);
  };
}
