import { z } from 'zod';

const flag = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no', ''])])
  .transform((v) => v === true || v === 'true' || v === '1' || v === 'yes');

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);
const optionalString = z.preprocess(emptyAsUndefined, z.string().min(1).optional());
const positiveInt = (fallback: number) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(fallback));

/**
 * Settings of the generative assistant, read from env-like values so the server's config
 * module (or the command line) can pass `process.env` or a plain object.
 */
export const AssistConfig = z.object({
  AI_PROVIDER: z.preprocess(emptyAsUndefined, z.enum(['embedded', 'openai']).optional()),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  OPENAI_MODEL: z.preprocess(emptyAsUndefined, z.string().min(1).default('gpt-4o-mini')),
  OPENAI_TRANSCRIBE_MODEL: z.preprocess(emptyAsUndefined, z.string().min(1).default('gpt-4o-transcribe')),
  /** Nothing may leave the machine: only a loopback endpoint is ever called. */
  LOCAL_ONLY: z.preprocess(emptyAsUndefined, flag.default(false)),
  /** Whole-job budget for one remote call, retries included. */
  OPENAI_TIMEOUT_MS: positiveInt(30_000),
  OPENAI_MAX_RETRIES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(10).default(2)),
  /** First back-off delay; doubles on each retry. */
  OPENAI_RETRY_BASE_MS: positiveInt(500),
  OPENAI_RETRY_MAX_MS: positiveInt(8_000),
});
export type AssistConfig = z.infer<typeof AssistConfig>;
export type AssistConfigInput = z.input<typeof AssistConfig>;

/** Parses env-like values; throws a message naming the variable at fault. */
export function parseAssistConfig(values: Record<string, unknown>): AssistConfig {
  const parsed = AssistConfig.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`Invalid ${String(issue?.path[0] ?? 'assistant setting')}: ${issue?.message ?? 'bad value'}`);
}

/** The remote provider is used when asked for explicitly, or when a key is set and nothing says otherwise. */
export function remoteProviderWanted(config: AssistConfig): boolean {
  if (config.AI_PROVIDER) return config.AI_PROVIDER === 'openai';
  return config.OPENAI_API_KEY !== undefined;
}
