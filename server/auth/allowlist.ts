/**
 * FHIR base URL allowlist. A base is compared in normalised form — scheme, host, port and path,
 * exactly — so `HTTP://LOCALHOST:3100/fhir/R4/` and `http://localhost:3100/fhir/R4` are the same
 * base, while `http://localhost:3100/fhir/R4/../R5`, another port or another host are not.
 */

export type BaseUrlProblem =
  | 'not a URL'
  | 'must use http or https'
  | 'must not contain a user name or password'
  | 'must not contain a query or fragment'
  | 'must use https (plain http is only accepted for localhost)';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for hosts where plain http cannot leak a token onto a network. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || hostname.endsWith('.localhost');
}

/**
 * Normalises a FHIR base URL: lower-case scheme and host (the URL parser does that), default
 * port dropped, dot segments resolved, no trailing slash. Returns the problem instead when the
 * URL cannot name a FHIR base.
 */
export function normaliseBaseUrl(raw: string): { base: string } | { problem: BaseUrlProblem } {
  if (!URL.canParse(raw)) return { problem: 'not a URL' };
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: 'must use http or https' };
  if (url.username || url.password) return { problem: 'must not contain a user name or password' };
  if (url.search || url.hash || raw.includes('?') || raw.includes('#')) {
    return { problem: 'must not contain a query or fragment' };
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return { problem: 'must use https (plain http is only accepted for localhost)' };
  }
  const path = url.pathname.replace(/\/+$/, '');
  return { base: `${url.protocol}//${url.host}${path}` };
}

export interface FhirAllowlist {
  /** The allowlisted base that `candidate` names, or `undefined` when it is not on the list. */
  match(candidate: string): string | undefined;
  /** Every allowlisted base, normalised. */
  readonly bases: readonly string[];
  /** The origins of the allowlisted bases (for the browser's `connect-src`). */
  readonly origins: readonly string[];
}

/** `bases` must already be valid (config validation guarantees it). */
export function createFhirAllowlist(bases: readonly string[]): FhirAllowlist {
  const normalised = bases.map((b) => {
    const n = normaliseBaseUrl(b);
    if ('problem' in n) throw new Error(`FHIR allowlist entry ${JSON.stringify(b)} ${n.problem}`);
    return n.base;
  });
  const set = new Set(normalised);
  return {
    bases: [...set],
    origins: [...new Set(normalised.map((b) => new URL(b).origin))],
    match(candidate) {
      if (typeof candidate !== 'string' || candidate.length > 2048) return undefined;
      const n = normaliseBaseUrl(candidate);
      return 'base' in n && set.has(n.base) ? n.base : undefined;
    },
  };
}
