/**
 * SMART App Launch scopes, v2 (`patient/Observation.rs`) and v1 (`patient/Observation.read`).
 * v1 `.read` means read+search, `.write` means create+update+delete, `.*` means all five;
 * write never implies read. A v2 `?category=` suffix is accepted and not enforced.
 */

export type Operation = 'c' | 'r' | 'u' | 'd' | 's';
export type ScopeContext = 'patient' | 'user' | 'system';

export type ResourceScope = {
  context: ScopeContext;
  resourceType: string;
  operations: ReadonlySet<Operation>;
};

const RESOURCE_SCOPE = /^(patient|user|system)\/(\*|[A-Z][A-Za-z]+)\.([a-z*]+)(\?.*)?$/;
const V2_OPERATIONS = /^c?r?u?d?s?$/;
const V1_OPERATIONS: Record<string, Operation[]> = {
  read: ['r', 's'],
  write: ['c', 'u', 'd'],
  '*': ['c', 'r', 'u', 'd', 's'],
};

/** Scopes that ask for launch context or identity rather than access to resources. */
export const CONTEXT_SCOPES: ReadonlySet<string> = new Set([
  'openid',
  'fhirUser',
  'profile',
  'launch',
  'launch/patient',
  'launch/encounter',
  'offline_access',
  'online_access',
]);

export function parseResourceScope(scope: string): ResourceScope | undefined {
  const match = RESOURCE_SCOPE.exec(scope);
  if (!match) {
    return undefined;
  }
  const [, context, resourceType, ops] = match as unknown as [string, ScopeContext, string, string];
  const v1 = V1_OPERATIONS[ops];
  if (v1) {
    return { context, resourceType, operations: new Set(v1) };
  }
  if (ops.length > 0 && V2_OPERATIONS.test(ops)) {
    return { context, resourceType, operations: new Set(ops.split('') as Operation[]) };
  }
  return undefined;
}

export function splitScope(scope: string | undefined): string[] {
  return [...new Set((scope ?? '').split(/\s+/).filter(Boolean))];
}

/** Keeps the scopes this server understands and the client may hold, dropping the rest. */
export function recognisedScopes(scopes: readonly string[], allowedContexts: readonly ScopeContext[]): string[] {
  return scopes.filter((s) => {
    if (CONTEXT_SCOPES.has(s)) {
      return true;
    }
    const parsed = parseResourceScope(s);
    return parsed !== undefined && allowedContexts.includes(parsed.context);
  });
}

export function resourceScopes(scopes: readonly string[]): ResourceScope[] {
  return scopes.map(parseResourceScope).filter((s): s is ResourceScope => s !== undefined);
}

function covers(granted: ResourceScope, wanted: ResourceScope): boolean {
  return (
    granted.context === wanted.context &&
    (granted.resourceType === '*' || granted.resourceType === wanted.resourceType) &&
    [...wanted.operations].every((op) => granted.operations.has(op))
  );
}

/** True when every scope in `requested` is held by `granted` (for refresh-token down-scoping). */
export function isScopeSubset(requested: readonly string[], granted: readonly string[]): boolean {
  const grantedResources = resourceScopes(granted);
  return requested.every((scope) => {
    if (granted.includes(scope)) {
      return true;
    }
    const wanted = parseResourceScope(scope);
    return wanted !== undefined && grantedResources.some((g) => covers(g, wanted));
  });
}

/**
 * Which context lets a token do `operation` on `resourceType`: `user`/`system` scopes reach every
 * record, `patient` scopes only the launch patient's. `undefined` means the scopes do not allow it.
 */
export function permittingContext(
  scopes: readonly ResourceScope[],
  resourceType: string,
  operation: Operation,
): ScopeContext | undefined {
  const matching = scopes.filter(
    (s) => (s.resourceType === '*' || s.resourceType === resourceType) && s.operations.has(operation),
  );
  if (matching.some((s) => s.context === 'system')) {
    return 'system';
  }
  if (matching.some((s) => s.context === 'user')) {
    return 'user';
  }
  return matching.length > 0 ? 'patient' : undefined;
}
