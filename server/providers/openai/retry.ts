import { APIConnectionError, APIError, APIUserAbortError } from 'openai';

export interface RetryOptions {
  retries: number;
  baseMs: number;
  maxMs: number;
  signal: AbortSignal;
  /** Told about each retry (attempt number, status, delay) for logging; no content. */
  onRetry?: (info: { attempt: number; status?: number; delayMs: number }) => void;
}

/** 408, 409, 429 and 5xx answers and dropped connections are worth another try; anything else is not. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof APIUserAbortError) return false;
  if (error instanceof APIConnectionError) return true;
  if (!(error instanceof APIError) || error.status === undefined) return false;
  return error.status === 408 || error.status === 409 || error.status === 429 || error.status >= 500;
}

function retryAfterMs(error: unknown): number | undefined {
  if (!(error instanceof APIError) || !error.headers) return undefined;
  const ms = Number(error.headers.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms >= 0 && error.headers.has('retry-after-ms')) return ms;
  const seconds = Number(error.headers.get('retry-after'));
  return Number.isFinite(seconds) && error.headers.has('retry-after') ? seconds * 1000 : undefined;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Exponential back-off (base × 2^n, capped, with jitter), honouring the server's Retry-After up to the cap. */
export async function withRetries<T>(attempt: (n: number) => Promise<T>, options: RetryOptions): Promise<T> {
  for (let n = 0; ; n += 1) {
    try {
      return await attempt(n);
    } catch (error) {
      if (n >= options.retries || !isRetryable(error) || options.signal.aborted) throw error;
      const exponential = Math.min(options.maxMs, options.baseMs * 2 ** n);
      const delayMs = Math.min(options.maxMs, retryAfterMs(error) ?? exponential * (0.75 + Math.random() * 0.25));
      options.onRetry?.({ attempt: n + 1, status: error instanceof APIError ? error.status : undefined, delayMs });
      await sleep(delayMs, options.signal);
    }
  }
}
