/**
 * One error type for the API: an HTTP status, a stable machine-readable code and a message a
 * developer can act on. Every error response has the shape `{ error: { code, message } }`.
 * Messages name fields and ids, never request content.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly headers: Record<string, string>;

  constructor(status: ContentfulStatusCode, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

export interface ErrorBody {
  error: { code: string; message: string };
}

export function errorResponse(c: Context, error: ApiError): Response {
  for (const [k, v] of Object.entries(error.headers)) c.header(k, v);
  return c.json({ error: { code: error.code, message: error.message } } satisfies ErrorBody, error.status);
}
