/**
 * JSON logs (pino). Logs carry ids, counts, statuses and timings — never utterance text, names,
 * tokens or secrets. Redaction is the safety net; the first rule is not to pass content at all.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger };

const SECRET_KEYS = [
  'authorization',
  'accessToken',
  'access_token',
  'token',
  'id_token',
  'refresh_token',
  'apiKey',
  'clientSecret',
  'client_secret',
  'password',
  'cookie',
];
/** Keys that would carry what a client said or who they are. */
const CONTENT_KEYS = ['text', 'utterances', 'transcript', 'note', 'summary', 'name', 'body'];

const REDACT_PATHS = [...SECRET_KEYS, ...CONTENT_KEYS].flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);

/**
 * Errors are logged by type, code and stack frames only: a message can quote its input (JSON
 * parse errors do, for one), and the input may be what a client said.
 */
export function safeError(err: unknown): { type: string; code?: string; frames?: string[] } {
  if (!(err instanceof Error)) return { type: typeof err };
  const code = (err as { code?: unknown }).code;
  return {
    type: err.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    ...(err.stack
      ? {
          frames: err.stack
            .split('\n')
            .filter((l) => /^\s+at /.test(l))
            .slice(0, 8)
            .map((l) => l.trim()),
        }
      : {}),
  };
}

export function createLogger(options: { level: LogLevel }, destination?: DestinationStream): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'session-copilot' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: safeError, error: safeError },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
