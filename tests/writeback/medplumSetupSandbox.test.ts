import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildRegistrations, planLaunch } from '../../launch/registrations.ts';
import type { Sandbox } from '../../launch/sandbox/index.ts';
import { DEFAULT_TOOLS_SECRET, startSandbox, TOOLS_CLIENT_ID } from '../../launch/sandbox/index.ts';
import { runMedplumSetup } from '../../scripts/medplumSetup.ts';

/**
 * The README's Medplum steps, run against the sandbox in Medplum mode with `transaction-bundles`
 * (the strictest: large transactions of conditional creates are refused): setup, then the
 * variables it prints, then the launch the client build makes of them.
 */

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ mode: 'medplum', medplumFeatures: ['transaction-bundles'] });
});
afterAll(() => sandbox.close());

const env = () => ({
  MEDPLUM_BASE_URL: `${sandbox.origin}/`,
  MEDPLUM_APP_URL: `${sandbox.origin}/`,
  MEDPLUM_CLIENT_ID: TOOLS_CLIENT_ID,
  MEDPLUM_CLIENT_SECRET: DEFAULT_TOOLS_SECRET,
  PUBLIC_URL: 'http://localhost:3000',
});

describe('README: Medplum, step by step against the sandbox in Medplum mode', () => {
  test('medplum:setup -- --demo registers the app, seeds every resource once, and prints variables that make the launch work', async () => {
    const first = await runMedplumSetup(env(), { args: ['--demo'] });
    expect(first.seed?.created).toBe(106);
    expect(first.seed?.patients).toHaveLength(22);

    const again = await runMedplumSetup(env(), { args: ['--demo'] });
    expect(again.created).toBe(false);
    expect(again.clientApplicationId).toBe(first.clientApplicationId);
    expect(again.seed).toMatchObject({ created: 0, existing: 106 });

    // The printed build variables, as Vite would pass them to the launch page.
    const vars = Object.fromEntries(
      [...first.instructions.matchAll(/^ {2}(VITE_[A-Z_]+)=(\S+)/gm)].map((m) => [m[1] as string, m[2] as string]),
    );
    expect(vars).toEqual({
      VITE_MEDPLUM_CLIENT_ID: first.clientApplicationId,
      VITE_MEDPLUM_FHIR_BASES: sandbox.fhirBase,
    });
    const plan = planLaunch(
      new URLSearchParams({ iss: sandbox.fhirBase, launch: 'abc' }),
      'http://localhost:3000',
      buildRegistrations(vars),
    );
    expect(plan.kind).toBe('authorize');
    if (plan.kind === 'authorize') {
      expect(plan.registration.id).toBe('medplum');
      expect(plan.params.clientId).toBe(first.clientApplicationId);
    }
    expect(first.instructions).toContain(`FHIR_ALLOWLIST=${sandbox.fhirBase}`);
  });
});
