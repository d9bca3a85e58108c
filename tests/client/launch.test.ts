import { describe, expect, it } from 'vitest';
import { buildRegistrations, planLaunch } from '../../launch/registrations.ts';
import {
  describeAuthorizationError,
  describeBlockedServer,
  describeLaunchFailure,
} from '../../client/smart/launchProblems.ts';

const ORIGIN = 'http://localhost:3000';
const plan = (query: string, env = {}) => planLaunch(new URLSearchParams(query), ORIGIN, buildRegistrations(env));

describe('launch page', () => {
  it('EHR-launches the sandbox with PKCE S256, the launch code and the app redirect', () => {
    const result = plan('iss=http://localhost:3100/fhir/R4&launch=abc');
    expect(result.kind).toBe('authorize');
    if (result.kind !== 'authorize') return;
    expect(result.registration.id).toBe('sandbox');
    expect(result.params).toMatchObject({
      iss: 'http://localhost:3100/fhir/R4',
      launch: 'abc',
      clientId: 'session-copilot',
      redirectUri: 'http://localhost:3000/app',
      pkceMode: 'required',
      completeInTarget: true,
    });
    expect(result.params.scope.split(' ')).toEqual(
      expect.arrayContaining(['launch', 'openid', 'fhirUser', 'patient/DocumentReference.crus']),
    );
  });

  it('asks a standalone launch for a patient instead of the EHR context', () => {
    const result = plan('iss=http://127.0.0.1:43123/fhir/R4');
    if (result.kind !== 'authorize') throw new Error(`expected an authorize plan, got ${result.kind}`);
    expect(result.params.scope.split(' ')).toContain('launch/patient');
    expect(result.params.scope.split(' ')).not.toContain('launch');
    expect(result.params).not.toHaveProperty('launch');
  });

  it('refuses a FHIR server it has no registration for', () => {
    expect(plan('iss=https://evil.example.org/fhir&launch=x')).toEqual({
      kind: 'unknown-iss',
      iss: 'https://evil.example.org/fhir',
    });
  });

  it('recognises Epic and Oracle Health but will not launch without a configured client id', () => {
    expect(plan('iss=https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4&launch=x').kind).toBe('not-registered');
    expect(plan('iss=https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d&launch=x').kind).toBe(
      'not-registered',
    );
  });

  it('uses SMART v1 scopes for Epic once a client id is configured', () => {
    const result = plan('iss=https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4&launch=x', {
      VITE_EPIC_CLIENT_ID: 'epic-123',
    });
    expect(result.kind === 'authorize' && result.params.clientId).toBe('epic-123');
    expect(result.kind === 'authorize' && result.params.scope).toContain('patient/DocumentReference.write');
    expect(result.kind === 'authorize' && result.params.scope).not.toContain('Consent.c');
  });

  it('lets configured bases replace the built-in sandbox pattern', () => {
    const env = { VITE_SANDBOX_FHIR_BASES: 'https://ehr.clinic.example/fhir/R4/' };
    expect(plan('iss=https://ehr.clinic.example/fhir/R4&launch=x', env).kind).toBe('authorize');
    expect(plan('iss=http://localhost:3100/fhir/R4&launch=x', env).kind).toBe('unknown-iss');
  });

  it('gives Medplum on this machine to the Medplum registration once its base is configured, the sandbox pattern notwithstanding', () => {
    const registrations = buildRegistrations({
      VITE_MEDPLUM_CLIENT_ID: 'mp-client',
      VITE_MEDPLUM_FHIR_BASES: 'http://localhost:8103/fhir/R4',
    });
    const medplum = planLaunch(
      new URLSearchParams({ iss: 'http://localhost:8103/fhir/R4', launch: 'l1' }),
      'http://localhost:3000',
      registrations,
    );
    expect(medplum.kind === 'authorize' && medplum.registration.id).toBe('medplum');
    const sandbox = planLaunch(
      new URLSearchParams({ iss: 'http://localhost:3100/fhir/R4', launch: 'l1' }),
      'http://localhost:3000',
      registrations,
    );
    expect(sandbox.kind === 'authorize' && sandbox.registration.id).toBe('sandbox');
  });

  it('explains a launch code without a server, and offers the configured EHRs when opened directly', () => {
    expect(plan('launch=abc').kind).toBe('bad-request');
    expect(plan('iss=javascript:alert(1)').kind).toBe('bad-request');
    const choose = plan('');
    expect(choose.kind === 'choose-ehr' && choose.choices.map((c) => c.id)).toEqual(['sandbox']);
  });
});

describe('launch problems', () => {
  it('tells a clinician that access was denied and what to do', () => {
    const problem = describeAuthorizationError('access_denied', 'The user denied access.');
    expect(problem.title).toBe('Access was not granted');
    expect(problem.action).toMatch(/open Session Copilot again/i);
  });

  it('recognises an expired or unknown launch', () => {
    expect(describeAuthorizationError('invalid_request', 'The launch has expired. Open the app again.').title).toBe(
      'This launch has expired',
    );
    expect(describeAuthorizationError('invalid_request', 'The launch is not known to this EHR.').title).toBe(
      'This launch is no longer valid',
    );
  });

  it('names FHIR_ALLOWLIST and EHR_ORIGINS when the deployment itself blocks the EHR', () => {
    const problem = describeBlockedServer('Medplum', 'http://localhost:8103/fhir/R4');
    expect(problem.action).toContain('FHIR_ALLOWLIST');
    expect(problem.action).toContain('EHR_ORIGINS');
    expect(problem.detail).not.toMatch(/unavailable/);
  });

  it('turns a page opened without a launch into advice to relaunch', () => {
    expect(describeLaunchFailure(new Error("No 'state' parameter found. Please (re)launch the app.")).title).toBe(
      'Open Session Copilot from the EHR',
    );
  });
});
