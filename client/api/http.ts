/**
 * Calls to the Session Copilot server. Every call carries the clinician's SMART access token;
 * every reply is validated with the same zod schema the server answers with, so a mismatch
 * shows up as an error here rather than as a blank screen.
 */
import type { z } from 'zod';

/** The server's error body: `{ error: { code, message } }`. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** No reply at all (server down, network gone): worth retrying, unlike a 4xx. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof ApiError && (error.status === 0 || error.status >= 502));
}

export interface Http {
  request<S extends z.ZodType>(
    method: string,
    path: string,
    schema: S,
    body?: unknown,
    signal?: AbortSignal,
  ): Promise<z.infer<S>>;
  /** A raw request with the Authorization header, for streams and uploads. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

/** The server's error body as an `ApiError` (a proxy's HTML error page keeps the status line). */
export async function errorFrom(response: Response): Promise<ApiError> {
  let code = `http_${response.status}`;
  let message = response.statusText || `The server answered ${response.status}.`;
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code === 'string') code = body.error.code;
    if (typeof body.error?.message === 'string') message = body.error.message;
  } catch {
    // Not JSON (a proxy's error page): keep the status line.
  }
  return new ApiError(response.status, code, message);
}

export function createHttp(options: { baseUrl: string; getToken: () => Promise<string> }): Http {
  async function authorisedFetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${await options.getToken()}`);
    return fetch(`${options.baseUrl}${path}`, { ...init, headers });
  }

  return {
    fetch: authorisedFetch,
    async request(method, path, schema, body, signal) {
      const response = await authorisedFetch(path, {
        method,
        ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
        ...(signal ? { signal } : {}),
      });
      return readReply(response, schema, `${method} ${path}`);
    },
  };
}

/** A reply's body checked against its schema; the server's error as an `ApiError` when it refused. */
export async function readReply<S extends z.ZodType>(response: Response, schema: S, what: string): Promise<z.infer<S>> {
  if (!response.ok) throw await errorFrom(response);
  const json: unknown = response.status === 204 ? {} : await response.json();
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(502, 'unexpected_reply', `The server's reply to ${what} did not have the expected shape.`);
  }
  return parsed.data;
}
