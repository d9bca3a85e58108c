import { describe, expect, it } from 'vitest';
import {
  isScopeSubset,
  parseResourceScope,
  permittingContext,
  recognisedScopes,
  resourceScopes,
} from '../../launch/sandbox/auth/scopes.ts';

describe('SMART scopes', () => {
  it('reads v2 scopes with their operations', () => {
    const scope = parseResourceScope('patient/DocumentReference.cu');
    expect(scope?.context).toBe('patient');
    expect(scope?.resourceType).toBe('DocumentReference');
    expect([...(scope?.operations ?? [])]).toEqual(['c', 'u']);
    expect(parseResourceScope('user/*.rs?category=clinical-note')?.resourceType).toBe('*');
  });

  it('reads v1 scopes: read is read+search, write is create+update+delete and no read', () => {
    expect([...(parseResourceScope('patient/*.read')?.operations ?? [])].sort()).toEqual(['r', 's']);
    expect([...(parseResourceScope('user/Observation.write')?.operations ?? [])].sort()).toEqual(['c', 'd', 'u']);
    expect([...(parseResourceScope('user/*.*')?.operations ?? [])].sort()).toEqual(['c', 'd', 'r', 's', 'u']);
  });

  it('rejects malformed scopes, including operations out of order', () => {
    expect(parseResourceScope('patient/Observation.sr')).toBeUndefined();
    expect(parseResourceScope('patient/observation.rs')).toBeUndefined();
    expect(parseResourceScope('doctor/*.rs')).toBeUndefined();
  });

  it('keeps only what the client may hold', () => {
    expect(recognisedScopes(['openid', 'system/*.rs', 'patient/*.rs', 'made-up'], ['patient', 'user'])).toEqual([
      'openid',
      'patient/*.rs',
    ]);
  });

  it('lets user scopes reach every record and limits patient scopes to the patient', () => {
    expect(permittingContext(resourceScopes(['patient/*.rs', 'user/Practitioner.rs']), 'Practitioner', 'r')).toBe(
      'user',
    );
    expect(permittingContext(resourceScopes(['patient/*.rs']), 'Observation', 's')).toBe('patient');
    expect(permittingContext(resourceScopes(['patient/*.rs']), 'Observation', 'c')).toBeUndefined();
  });

  it('treats a narrower scope as a subset and a wider one as not', () => {
    expect(isScopeSubset(['patient/Patient.r'], ['patient/*.rs', 'openid'])).toBe(true);
    expect(isScopeSubset(['patient/*.cruds'], ['patient/*.rs'])).toBe(false);
    expect(isScopeSubset(['user/*.rs'], ['patient/*.rs'])).toBe(false);
  });
});
