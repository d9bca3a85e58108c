import { z } from 'zod';
import { DEFAULT_TOOLS_SECRET } from './auth/clients.ts';
import { EHR_MODES, MEDPLUM_FEATURES } from './fhir/ehrModes.ts';

export const DEFAULT_APP_LAUNCH_URL = 'http://localhost:3000/launch';

/** Options of `startSandbox`, also the shape `main.ts` builds from the environment. */
export const SandboxOptions = z.object({
  port: z.number().int().min(0).max(65535).default(0),
  host: z.string().default('127.0.0.1'),
  mode: z.enum(EHR_MODES).default('full'),
  /** Project features of the imitated Medplum project (`medplum` mode only). */
  medplumFeatures: z.array(z.enum(MEDPLUM_FEATURES)).default([]),
  dataFile: z.string().min(1).optional(),
  appLaunchUrl: z.url({ protocol: /^https?$/ }).default(DEFAULT_APP_LAUNCH_URL),
  toolsSecret: z.string().min(8).default(DEFAULT_TOOLS_SECRET),
  /** Opaque access tokens (random handles, no readable claims), as Epic issues; default: on in `epic` mode. */
  opaqueTokens: z.boolean().optional(),
  /** How long a launch id from the chart stays usable. */
  launchTtlSeconds: z.number().int().min(0).default(300),
});
export type SandboxOptions = z.input<typeof SandboxOptions>;

const Env = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(3100),
  SANDBOX_HOST: z.string().default('127.0.0.1'),
  SANDBOX_EHR_MODE: z.enum(EHR_MODES).default('full'),
  SANDBOX_MEDPLUM_FEATURES: z
    .string()
    .default('')
    .transform((raw) =>
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(MEDPLUM_FEATURES))),
  SANDBOX_DATA: z.string().min(1).optional(),
  APP_LAUNCH_URL: z.url({ protocol: /^https?$/ }).default(DEFAULT_APP_LAUNCH_URL),
  SANDBOX_TOOLS_SECRET: z.string().min(8).default(DEFAULT_TOOLS_SECRET),
  SANDBOX_OPAQUE_TOKENS: z.enum(['true', 'false', '1', '0']).optional(),
});

/** Reads the sandbox's variables; a bad value is reported in one line naming the variable. */
export function sandboxOptionsFromEnv(env: NodeJS.ProcessEnv): z.output<typeof SandboxOptions> {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = Env.safeParse(set);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid ${String(issue?.path[0])}: ${issue?.message}`);
  }
  const e = parsed.data;
  return {
    port: e.SANDBOX_PORT,
    host: e.SANDBOX_HOST,
    mode: e.SANDBOX_EHR_MODE,
    medplumFeatures: e.SANDBOX_MEDPLUM_FEATURES,
    dataFile: e.SANDBOX_DATA,
    appLaunchUrl: e.APP_LAUNCH_URL,
    toolsSecret: e.SANDBOX_TOOLS_SECRET,
    ...(e.SANDBOX_OPAQUE_TOKENS
      ? { opaqueTokens: e.SANDBOX_OPAQUE_TOKENS === 'true' || e.SANDBOX_OPAQUE_TOKENS === '1' }
      : {}),
    launchTtlSeconds: 300,
  };
}
