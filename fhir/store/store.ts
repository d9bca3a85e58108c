import { getStatus, isOk, normalizeOperationOutcome } from '@medplum/core';
import type { FhirRequest, HttpMethod } from '@medplum/fhir-router';
import { FhirRouter } from '@medplum/fhir-router';
import type { Bundle, OperationOutcome, Resource } from '@medplum/fhirtypes';
import type { CapabilityOptions } from './capabilityStatement.ts';
import { buildCapabilityStatement } from './capabilityStatement.ts';
import { loadFhirDefinitions } from './definitions.ts';
import { readStoreFile, type StoreCodec, StoredResource, writeStoreFile } from './persistence.ts';
import { TrackedRepository } from './trackedRepository.ts';

export type FhirStoreRequest = {
  method: string;
  /** Path after the FHIR base plus query, e.g. `Patient?name=ada` or `/Patient/123`. */
  url: string;
  body?: unknown;
  headers?: Record<string, string | undefined>;
};

export type FhirStoreResponse = {
  status: number;
  body: Resource;
  headers: Record<string, string>;
};

export type FhirStoreOptions = {
  /** JSON file the store is loaded from at start and saved to after every change. */
  dataFile?: string;
  /** How the file's content is stored (e.g. encrypted); plain JSON when absent. */
  codec?: StoreCodec;
  /** Resources (each with an id) created when no resource with that type and id exists yet. */
  seed?: readonly Resource[];
  /** Absolute FHIR base URL, used for `Location` headers and `fullUrl`s; relative when absent. */
  baseUrl?: string;
  /** How `GET metadata` describes this store. */
  capability?: CapabilityOptions;
};

export type FhirStore = {
  handle(req: FhirStoreRequest): Promise<FhirStoreResponse>;
  repo: TrackedRepository;
  /** Waits for requests in flight, then saves changes made directly on `repo`. */
  flush(): Promise<void>;
};

const METHODS = new Set<string>(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/**
 * A FHIR R4 server without HTTP: Medplum's FhirRouter over an in-memory repository, with real
 * transactions (all or nothing), conditional create (`If-None-Exist`), a CapabilityStatement,
 * and optional persistence to a JSON file. No validation and no access control: callers add those.
 */
export async function createFhirStore(options: FhirStoreOptions = {}): Promise<FhirStore> {
  loadFhirDefinitions();
  const router = new FhirRouter();
  const repo = new TrackedRepository();
  const { dataFile } = options;

  if (dataFile) {
    const stored = readStoreFile(dataFile, options.codec);
    await repo.withSeeding(async () => {
      for (const resource of stored) {
        await repo.createResource(resource, undefined, true);
      }
    });
  }
  // What came from the file is already saved; seed additions are not.
  let savedChanges = repo.changeCount;
  await applySeed(repo, options.seed ?? []);

  const save = (): void => {
    if (dataFile && repo.changeCount !== savedChanges) {
      writeStoreFile(dataFile, repo.allResources(), options.codec);
      savedChanges = repo.changeCount;
    }
  };
  save();

  // One request at a time: a transaction's intermediate state is never visible to another request.
  let queue: Promise<unknown> = Promise.resolve();
  const serialise = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const handle = (req: FhirStoreRequest): Promise<FhirStoreResponse> =>
    serialise(async () => {
      const response = await route(router, repo, req, options);
      save();
      return response;
    });

  return {
    handle,
    repo,
    flush: () =>
      serialise(async () => {
        save();
      }),
  };
}

async function route(
  router: FhirRouter,
  repo: TrackedRepository,
  req: FhirStoreRequest,
  options: FhirStoreOptions,
): Promise<FhirStoreResponse> {
  const method = req.method.toUpperCase();
  const url = req.url.replace(/^\/+/, '');
  const path = url.split('?')[0];
  if (!METHODS.has(method)) {
    return respond(400, outcome('error', 'not-supported', `Method ${method} is not supported by this FHIR server.`));
  }
  if (path === 'metadata') {
    if (method !== 'GET') {
      return respond(405, outcome('error', 'not-supported', 'metadata is read-only: use GET.'));
    }
    return respond(200, buildCapabilityStatement({ baseUrl: options.baseUrl, ...options.capability }));
  }

  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers ?? {})) {
    if (value !== undefined) {
      headers[name.toLowerCase()] = value;
    }
  }
  const fhirRequest: FhirRequest = {
    method: method as HttpMethod,
    url,
    pathname: '',
    body: req.body,
    params: {},
    query: {},
    headers,
    config: { transactions: true },
  };

  let result;
  try {
    result = await router.handleRequest(fhirRequest, repo);
  } catch (err) {
    result = [normalizeOperationOutcome(err)] as const;
  }
  const [resultOutcome, resource] = result;
  const status = getStatus(resultOutcome);
  if (!resource || !isOk(resultOutcome)) {
    return respond(status, resultOutcome);
  }
  return respond(status, withFullUrls(resource, options.baseUrl), locationHeaders(resource, status, options.baseUrl));
}

async function applySeed(repo: TrackedRepository, seed: readonly Resource[]): Promise<void> {
  for (const [index, resource] of seed.entries()) {
    const parsed = StoredResource.safeParse(resource);
    if (!parsed.success) {
      throw new Error(`Seed resource #${index} needs a resourceType and an id so seeding stays idempotent.`);
    }
    if (!repo.has(parsed.data.resourceType, parsed.data.id)) {
      await repo.createResource(resource, undefined, true);
    }
  }
}

function withFullUrls(resource: Resource, baseUrl: string | undefined): Resource {
  if (resource.resourceType !== 'Bundle' || !baseUrl || resource.type !== 'searchset') {
    return resource;
  }
  const bundle: Bundle = resource;
  for (const entry of bundle.entry ?? []) {
    if (entry.resource?.id) {
      entry.fullUrl = `${baseUrl}/${entry.resource.resourceType}/${entry.resource.id}`;
    }
  }
  return bundle;
}

function locationHeaders(resource: Resource, status: number, baseUrl: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  const versionId = resource.meta?.versionId;
  if (resource.resourceType === 'Bundle' || !resource.id || !versionId) {
    return headers;
  }
  headers.etag = `W/"${versionId}"`;
  if (resource.meta?.lastUpdated) {
    headers['last-modified'] = new Date(resource.meta.lastUpdated).toUTCString();
  }
  if (status === 201) {
    const path = `${resource.resourceType}/${resource.id}/_history/${versionId}`;
    headers.location = baseUrl ? `${baseUrl}/${path}` : path;
  }
  return headers;
}

function respond(status: number, body: Resource, extra: Record<string, string> = {}): FhirStoreResponse {
  return { status, body, headers: { 'content-type': FHIR_JSON, ...extra } };
}

export function outcome(
  severity: 'error' | 'warning' | 'information',
  code: string,
  diagnostics: string,
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [{ severity, code: code as 'processing', details: { text: diagnostics }, diagnostics }],
  };
}
