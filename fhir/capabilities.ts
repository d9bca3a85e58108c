import type { CapabilityStatement } from '@medplum/fhirtypes';
import type { FhirClient } from './fhirClient.ts';

/** What a FHIR server says it accepts, reduced to what the write strategies need. */
export interface ServerCapabilities {
  transaction: boolean;
  batch: boolean;
  create: ReadonlySet<string>;
  update: ReadonlySet<string>;
  read: ReadonlySet<string>;
  search: ReadonlySet<string>;
  conditionalCreate: ReadonlySet<string>;
  /** Search parameter names per resource type (absent type: unknown, assume none). */
  searchParams: ReadonlyMap<string, ReadonlySet<string>>;
  /** From `.well-known/smart-configuration` when the server publishes one. */
  smart?: { tokenEndpoint?: string; capabilities: readonly string[] };
}

export function deriveCapabilities(statement: CapabilityStatement): ServerCapabilities {
  const rest = statement.rest?.find((r) => r.mode === 'server') ?? statement.rest?.[0];
  const systemInteractions = new Set((rest?.interaction ?? []).map((i) => i.code));
  const create = new Set<string>();
  const update = new Set<string>();
  const read = new Set<string>();
  const search = new Set<string>();
  const conditionalCreate = new Set<string>();
  const searchParams = new Map<string, Set<string>>();
  for (const resource of rest?.resource ?? []) {
    const type = resource.type;
    const codes = new Set((resource.interaction ?? []).map((i) => i.code));
    if (codes.has('create')) create.add(type);
    if (codes.has('update')) update.add(type);
    if (codes.has('read')) read.add(type);
    if (codes.has('search-type')) search.add(type);
    if (codes.has('create') && resource.conditionalCreate === true) conditionalCreate.add(type);
    searchParams.set(type, new Set((resource.searchParam ?? []).map((p) => p.name)));
  }
  return {
    transaction: systemInteractions.has('transaction'),
    batch: systemInteractions.has('batch'),
    create,
    update,
    read,
    search,
    conditionalCreate,
    searchParams,
  };
}

/**
 * Whether `type` can be searched by `param`. A server that lists no search parameters for a
 * type it can search is taken to support the common ones (many do not enumerate them).
 */
export function canSearchBy(caps: ServerCapabilities, type: string, param: string): boolean {
  if (!caps.search.has(type)) return false;
  const params = caps.searchParams.get(type);
  return !params || params.size === 0 || params.has(param);
}

export class CapabilityError extends Error {
  override name = 'CapabilityError';
}

export interface CapabilityReader {
  /** Capabilities of the server behind `client`, cached per base URL. */
  get(client: FhirClient, cacheKey: string): Promise<ServerCapabilities>;
  forget(cacheKey: string): void;
}

export function createCapabilityReader(options: { ttlMs?: number; now?: () => number } = {}): CapabilityReader {
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { at: number; value: Promise<ServerCapabilities> }>();

  async function read(client: FhirClient): Promise<ServerCapabilities> {
    const metadata = await client.request({ method: 'GET', url: 'metadata' });
    if (metadata.status !== 200 || metadata.body?.resourceType !== 'CapabilityStatement') {
      throw new CapabilityError(
        `The FHIR server answered GET metadata with HTTP ${metadata.status}, not a CapabilityStatement.`,
      );
    }
    const caps = deriveCapabilities(metadata.body);
    const smart = await client
      .request({ method: 'GET', url: '.well-known/smart-configuration' })
      .catch(() => undefined);
    const config = smart?.status === 200 ? (smart.body as unknown as Record<string, unknown>) : undefined;
    if (config) {
      caps.smart = {
        tokenEndpoint: typeof config.token_endpoint === 'string' ? config.token_endpoint : undefined,
        capabilities: Array.isArray(config.capabilities)
          ? config.capabilities.filter((c) => typeof c === 'string')
          : [],
      };
    }
    return caps;
  }

  return {
    get(client, cacheKey) {
      const hit = cache.get(cacheKey);
      if (hit && now() - hit.at < ttlMs) return hit.value;
      const value = read(client);
      cache.set(cacheKey, { at: now(), value });
      // A failed read must not be served from the cache.
      value.catch(() => {
        if (cache.get(cacheKey)?.value === value) cache.delete(cacheKey);
      });
      return value;
    },
    forget(cacheKey) {
      cache.delete(cacheKey);
    },
  };
}
