/**
 * Reading JSON request bodies: content type checked, parsed without echoing the input, validated
 * with the route's zod schema. Every failure is a 4xx `ApiError` naming what to fix.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './errors.ts';

/** How deep a JSON body may nest before it is refused (no API body needs more than a few levels). */
const MAX_DEPTH = 32;

function depthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      if (++depth > max) return true;
    } else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return false;
}

/** One line per problem: `field.path: what is wrong`, at most five. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.');
      return `${path || 'body'}: ${issue.message}`;
    })
    .join('; ');
}

/**
 * Parses and validates the JSON body. With `optional`, an empty body stands for `{}` (the
 * schema's defaults).
 */
export async function readJson<S extends z.ZodType>(
  c: Context,
  schema: S,
  options: { optional?: boolean } = {},
): Promise<z.infer<S>> {
  const text = await c.req.text();
  if (options.optional && text.trim() === '') return parse(schema, {});
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
  }
  if (depthExceeds(text, MAX_DEPTH)) {
    throw new ApiError(400, 'invalid_json', `The JSON body nests deeper than ${MAX_DEPTH} levels.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The parser's own message quotes the input, which may be what a client said.
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  return parse(schema, value);
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new ApiError(400, 'invalid_body', `Invalid request body — ${describeIssues(parsed.error)}`);
  return parsed.data;
}
