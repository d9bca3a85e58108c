import type { TypeInteraction } from '../../../fhir/store/index.ts';
import type { Operation } from '../auth/scopes.ts';

export type FhirInteraction =
  | { kind: 'metadata' }
  | { kind: 'bundle' }
  | { kind: 'search-system' }
  | { kind: 'operation'; name: string }
  | {
      kind: 'type';
      resourceType: string;
      id?: string;
      interaction: TypeInteraction;
      operation: Operation;
      /** Update, patch or delete addressed by search criteria instead of an id. */
      conditional: boolean;
    }
  | { kind: 'unknown' };

const RESOURCE_TYPE = /^[A-Z][A-Za-z]+$/;

/** What a request to the FHIR base asks for, from its method and its path after the base. */
export function classify(method: string, url: string): FhirInteraction {
  const [path = ''] = url.replace(/^\/+/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  const m = method.toUpperCase();
  const [type, second, third] = parts;
  if (!type) {
    if (m === 'POST') {
      return { kind: 'bundle' };
    }
    return m === 'GET' ? { kind: 'search-system' } : { kind: 'unknown' };
  }
  if (type === 'metadata' && parts.length === 1) {
    return { kind: 'metadata' };
  }
  if (type.startsWith('$') || second?.startsWith('$') || third?.startsWith('$')) {
    return { kind: 'operation', name: parts.find((p) => p.startsWith('$')) as string };
  }
  if (!RESOURCE_TYPE.test(type)) {
    return { kind: 'unknown' };
  }
  const typed = (
    interaction: TypeInteraction,
    operation: Operation,
    id?: string,
    conditional = false,
  ): FhirInteraction => ({
    kind: 'type',
    resourceType: type,
    id,
    interaction,
    operation,
    conditional,
  });
  if (parts.length === 1) {
    switch (m) {
      case 'GET':
        return typed('search-type', 's');
      case 'POST':
        return typed('create', 'c');
      case 'PUT':
        return typed('update', 'u', undefined, true);
      case 'PATCH':
        return typed('patch', 'u', undefined, true);
      case 'DELETE':
        return typed('delete', 'd', undefined, true);
      default:
        return { kind: 'unknown' };
    }
  }
  if (second === '_search' && parts.length === 2 && m === 'POST') {
    return typed('search-type', 's');
  }
  if (second === '_history' || !second) {
    return { kind: 'unknown' };
  }
  if (parts.length === 2) {
    switch (m) {
      case 'GET':
        return typed('read', 'r', second);
      case 'PUT':
        return typed('update', 'u', second);
      case 'PATCH':
        return typed('patch', 'u', second);
      case 'DELETE':
        return typed('delete', 'd', second);
      default:
        return { kind: 'unknown' };
    }
  }
  if (third === '_history' && m === 'GET') {
    return typed(parts.length === 3 ? 'history-instance' : 'vread', 'r', second);
  }
  return { kind: 'unknown' };
}
