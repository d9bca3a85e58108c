import type { AssistConfig } from '../config.ts';

export const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';

/** Raised instead of sending anything when the clinic has said nothing may leave the machine. */
export class LocalOnlyError extends Error {
  constructor(url: string) {
    super(`LOCAL_ONLY is set: refusing to call ${new URL(url).origin}; only a loopback endpoint may be used`);
    this.name = 'LocalOnlyError';
  }
}

/** Loopback hosts: a request to them never leaves this machine. */
export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export function baseUrlOf(config: AssistConfig): string {
  return config.OPENAI_BASE_URL ?? DEFAULT_OPENAI_BASE_URL;
}

/**
 * Why the remote endpoint may not be used, or undefined when it may. With LOCAL_ONLY only a
 * loopback (on-premises, same machine) endpoint is allowed: words leave the process but never
 * the machine.
 */
export function outboundRefusal(config: AssistConfig, url = baseUrlOf(config)): string | undefined {
  if (config.LOCAL_ONLY && !isLoopbackUrl(url)) return new LocalOnlyError(url).message;
  return undefined;
}

/**
 * The fetch the SDK is given: it checks every single request against the policy, so a
 * redirect, a per-request base URL or a future SDK code path cannot get around it.
 */
export function guardedFetch(config: AssistConfig, inner?: typeof fetch): typeof fetch {
  return (input, init) => {
    // Looked up per call, so a fetch installed later (a proxy agent, a test interceptor) is used.
    const send = inner ?? globalThis.fetch;
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (config.LOCAL_ONLY && !isLoopbackUrl(url)) return Promise.reject(new LocalOnlyError(url));
    return send(input, { ...init, redirect: 'error' });
  };
}

/** Why the configured endpoint cannot be used at all (policy or missing settings), or undefined. */
export function endpointProblem(config: AssistConfig): string | undefined {
  const refusal = outboundRefusal(config);
  if (refusal) return refusal;
  if (config.OPENAI_API_KEY === undefined && config.OPENAI_BASE_URL === undefined) {
    return 'the openai provider needs OPENAI_API_KEY (or OPENAI_BASE_URL for an on-premises endpoint)';
  }
  return undefined;
}
