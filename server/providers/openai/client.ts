import OpenAI from 'openai';
import type { AssistConfig } from '../config.ts';
import { baseUrlOf, guardedFetch, outboundRefusal } from './policy.ts';

/** On-premises servers often need no key; the SDK insists on one, so a placeholder is sent. */
const NO_KEY = 'not-needed';

/**
 * The SDK client, configured only from our validated config (never from the SDK's own
 * environment lookups), with its logging off (requests carry session text) and its own
 * retries off (ours honour the job deadline and the session's cancellation).
 */
export function createOpenAIClient(config: AssistConfig, fetchImpl?: typeof fetch): OpenAI {
  const refusal = outboundRefusal(config);
  if (refusal) throw new Error(refusal);
  return new OpenAI({
    apiKey: config.OPENAI_API_KEY ?? NO_KEY,
    baseURL: baseUrlOf(config),
    organization: null,
    project: null,
    maxRetries: 0,
    timeout: config.OPENAI_TIMEOUT_MS,
    fetch: guardedFetch(config, fetchImpl),
    logLevel: 'off',
  });
}
