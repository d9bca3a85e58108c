/**
 * Server configuration, read once from the environment at start-up. Every variable is validated
 * here; a bad value stops start-up with one line that names the variable, says what it must be
 * and shows what it got (secrets are never echoed).
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { z } from 'zod';
import { isLoopbackHost, normaliseBaseUrl } from './auth/allowlist.ts';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

/** The sandbox clinic's policy for AI-assisted sessions; a clinic sets its own with CONSENT_POLICY_URL. */
export const DEFAULT_CONSENT_POLICY_URI = 'http://riverbend.example.org/policy/ai-assisted-sessions';

/**
 * One environment variable: a zod schema from the raw string to the value. Each schema's
 * messages are phrased to follow the variable's name ("PORT must be an integer …").
 */
interface Variable<T> {
  schema: z.ZodType<T, string>;
  secret?: boolean;
}

const integer = (min: number, max: number): Variable<number> => {
  const expected = `must be an integer between ${min} and ${max}`;
  return {
    schema: z
      .string()
      .trim()
      .regex(/^\d{1,10}$/, expected)
      .transform(Number)
      .pipe(z.number().min(min, expected).max(max, expected)),
  };
};

const oneOf = <const T extends string>(values: z.ZodEnum<{ [K in T]: K }>): Variable<T> => ({
  schema: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(values.options as [T, ...T[]], { error: `must be one of ${values.options.join(', ')}` })) as z.ZodType<
    T,
    string
  >,
});

const boolean: Variable<boolean> = {
  schema: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(
      z.enum(['true', '1', 'yes', 'on', 'false', '0', 'no', 'off', ''], {
        error: 'must be true or false (also accepted: 1, 0, yes, no)',
      }),
    )
    .transform((v) => ['true', '1', 'yes', 'on'].includes(v)),
};

const text = (secret = false): Variable<string> => ({
  schema: z.string().trim().min(1, 'must not be empty'),
  secret,
});

const httpUrl: Variable<string> = {
  schema: z
    .string()
    .trim()
    .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }))
    .transform((url) => new URL(url).href.replace(/\/+$/, '')),
};

const existingFile: Variable<string> = {
  schema: z
    .string()
    .trim()
    .refine((path) => path !== '' && existsSync(path), 'must be the path of an existing file'),
};

const commaList = z.string().transform((raw) =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

const fhirBaseList: Variable<string[]> = {
  schema: commaList.transform((items, ctx) => {
    if (items.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'must be a comma-separated list of FHIR base URLs' });
      return z.NEVER;
    }
    const bases: string[] = [];
    for (const item of items) {
      const n = normaliseBaseUrl(item);
      if ('problem' in n) {
        ctx.addIssue({ code: 'custom', message: `entry ${JSON.stringify(item)} ${n.problem}` });
        return z.NEVER;
      }
      bases.push(n.base);
    }
    return bases;
  }),
};

/** Project features the sandbox's Medplum mode imitates. */
const MedplumFeature = z.enum(['transaction-bundles'], {
  error: 'must list project features among: transaction-bundles',
});
type MedplumFeature = z.infer<typeof MedplumFeature>;

const medplumFeatureList: Variable<MedplumFeature[]> = {
  schema: commaList.pipe(z.array(MedplumFeature)),
};

const clientIdList: Variable<string[]> = {
  schema: commaList.refine(
    (items) => items.length > 0 && items.every((i) => i.length <= 200),
    'must be a comma-separated list of client ids',
  ),
};

const ORIGIN_LIST =
  'must be a comma-separated list of origins like https://ehr.example.org (http only for localhost; no path)';

const isOrigin = (item: string): boolean => {
  if (!URL.canParse(item)) return false;
  const url = new URL(item);
  const isHttp = url.protocol === 'http:' || url.protocol === 'https:';
  return (
    isHttp &&
    url.origin === item.replace(/\/$/, '').toLowerCase() &&
    (url.protocol === 'https:' || isLoopbackHost(url.hostname))
  );
};

const originList: Variable<string[]> = {
  schema: commaList
    .refine((items) => items.length > 0 && items.every(isOrigin), ORIGIN_LIST)
    .transform((items) => items.map((item) => new URL(item).origin)),
};

function read<T>(env: Env, name: string, variable: Variable<T>): T | undefined;
function read<T>(env: Env, name: string, variable: Variable<T>, fallback: T): T;
function read<T>(env: Env, name: string, variable: Variable<T>, fallback?: T): T | undefined {
  const raw = env[name];
  if (raw === undefined || (raw.trim() === '' && variable !== boolean)) return fallback;
  const parsed = variable.schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const got = variable.secret ? `a value of ${raw.length} characters` : JSON.stringify(raw);
  throw new ConfigError(
    `Invalid configuration: ${name} ${parsed.error.issues[0]?.message ?? 'is not valid'} (got ${got})`,
  );
}

export const AiProvider = z.enum(['embedded', 'openai']);
export type AiProvider = z.infer<typeof AiProvider>;
export const SandboxEhrMode = z.enum(['full', 'epic', 'oracle', 'medplum']);
export type SandboxEhrMode = z.infer<typeof SandboxEhrMode>;
export const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
export type LogLevel = z.infer<typeof LogLevel>;

export interface Config {
  port: number;
  host: string;
  /** Where browsers reach this server, without a trailing slash. */
  publicUrl: string;
  /** Normalised FHIR base URLs the server will talk to; no other host is ever contacted. */
  fhirAllowlist: string[];
  /** Origins allowed to frame the app (CSP `frame-ancestors`). */
  ehrOrigins: string[];
  aiProvider: AiProvider;
  openai: {
    apiKey?: string;
    baseUrl?: string;
    model: string;
    transcribeModel: string;
    /** Budget for one model call, retries included. */
    timeoutMs: number;
    maxRetries: number;
    retryBaseMs: number;
    retryMaxMs: number;
  };
  /** Forbids every outbound call to a model or transcription endpoint. */
  localOnly: boolean;
  logLevel: LogLevel;
  dataDir: string;
  companion?: { fhirUrl: string; clientId: string; clientSecret: string };
  crisisProtocolFile?: string;
  /** The clinic's policy for AI-assisted sessions, recorded in every Consent written. */
  consentPolicyUrl: string;
  sandbox: {
    port: number;
    dataFile?: string;
    ehrMode: SandboxEhrMode;
    /** Project features of the imitated Medplum project (`medplum` mode). */
    medplumFeatures: MedplumFeature[];
    toolsSecret: string;
    appLaunchUrl: string;
  };
  /** A live session untouched for this long is ended and its transcript forgotten. */
  sessionIdleMinutes: number;
  /** How long a verified token is trusted before the FHIR server is asked again. */
  tokenCacheSeconds: number;
  /** Token buckets: requests per minute per clinician, per session, and assistant jobs per session. */
  rateLimits: { userPerMinute: number; sessionPerMinute: number; aiPerMinute: number };
  /** This app's client ids at the EHRs: the audiences an id_token may be issued to. */
  oidcClientIds: string[];
  /** Where the secrets come from (see `security/keys.ts`); never inside DATA_DIR. */
  keys: {
    auditHmacKey?: string;
    dataEncryptionKey?: string;
    dataEncryptionOldKeys?: string[];
    keyFile: string;
    production: boolean;
  };
  /** A file outside DATA_DIR the audit log's head is anchored in, and how often. */
  auditAnchorFile: string;
  auditAnchorSeconds: number;
  /** How old the known consent of a patient may get before the chart is read again. */
  consentRecheckSeconds: number;
  /** Slow clients: headers must arrive within, the whole request within, and at most this many connections. */
  http: { headersTimeoutSeconds: number; requestTimeoutSeconds: number; maxConnections: number };
  /** Live sessions one clinician (or, without a verified clinician, one access token) may hold. */
  sessionsPerUser: number;
}

/** The assistant's settings in the form `createAssistant` and `createTranscriber` read. */
export function assistSettings(config: Config) {
  return {
    AI_PROVIDER: config.aiProvider,
    ...(config.openai.apiKey ? { OPENAI_API_KEY: config.openai.apiKey } : {}),
    ...(config.openai.baseUrl ? { OPENAI_BASE_URL: config.openai.baseUrl } : {}),
    OPENAI_MODEL: config.openai.model,
    OPENAI_TRANSCRIBE_MODEL: config.openai.transcribeModel,
    LOCAL_ONLY: config.localOnly,
    OPENAI_TIMEOUT_MS: config.openai.timeoutMs,
    OPENAI_MAX_RETRIES: config.openai.maxRetries,
    OPENAI_RETRY_BASE_MS: config.openai.retryBaseMs,
    OPENAI_RETRY_MAX_MS: config.openai.retryMaxMs,
  };
}

/** Reads and validates the configuration; throws `ConfigError` (one line) on the first bad value. */
export function loadConfig(env: Env = process.env): Config {
  const port = read(env, 'PORT', integer(1, 65535), 3000);
  const sandboxPort = read(env, 'SANDBOX_PORT', integer(1, 65535), 3100);
  const publicUrl = read(env, 'PUBLIC_URL', httpUrl, `http://localhost:${port}`);
  const apiKey = read(env, 'OPENAI_API_KEY', text(true));
  const baseUrl = read(env, 'OPENAI_BASE_URL', httpUrl);

  const companionUrl = read(env, 'COMPANION_FHIR_URL', httpUrl);
  const companionId = read(env, 'COMPANION_CLIENT_ID', text());
  const companionSecret = read(env, 'COMPANION_CLIENT_SECRET', text(true));
  if (companionUrl && (!companionId || !companionSecret)) {
    throw new ConfigError(
      'Invalid configuration: COMPANION_CLIENT_ID and COMPANION_CLIENT_SECRET must both be set when COMPANION_FHIR_URL is set',
    );
  }

  const fhirAllowlist = read(env, 'FHIR_ALLOWLIST', fhirBaseList, [`http://localhost:${sandboxPort}/fhir/R4`]);
  const consentPolicyUrl = read(env, 'CONSENT_POLICY_URL', httpUrl);
  // The default policy is the sandbox clinic's: written into a real EHR's Consent and Provenance it would be false.
  const realEhr = fhirAllowlist.find((base) => base !== `http://localhost:${sandboxPort}/fhir/R4`);
  if (realEhr && !consentPolicyUrl) {
    throw new ConfigError(
      `Invalid configuration: CONSENT_POLICY_URL must be set (the clinic's AI-session policy, recorded in every Consent and Provenance) ` +
        `when FHIR_ALLOWLIST names an EHR other than the sandbox (${realEhr})`,
    );
  }

  const dataFile = read(env, 'SANDBOX_DATA', text());
  const dataDir = read(env, 'DATA_DIR', text(), '.data').replace(/\/+$/, '');
  const auditHmacKey = read(env, 'AUDIT_HMAC_KEY', text(true));
  const dataEncryptionKey = read(env, 'DATA_ENCRYPTION_KEY', text(true));
  const dataEncryptionOldKeys = read(env, 'DATA_ENCRYPTION_OLD_KEYS', { schema: commaList, secret: true });
  const crisisProtocolFile = read(env, 'CRISIS_PROTOCOL_FILE', existingFile);
  const keyFile = read(env, 'KEY_FILE', text(), `${dataDir}.keys.json`);
  const auditAnchorFile = read(env, 'AUDIT_ANCHOR_FILE', text(), `${dataDir}.audit-anchors.jsonl`);
  for (const [name, path] of [
    ['KEY_FILE', keyFile],
    ['AUDIT_ANCHOR_FILE', auditAnchorFile],
  ] as const) {
    if (!relative(resolve(dataDir), resolve(path)).startsWith('..')) {
      throw new ConfigError(
        `Invalid configuration: ${name} must be outside DATA_DIR (whoever can rewrite the data must not hold it too) (got ${JSON.stringify(path)})`,
      );
    }
  }
  return {
    port,
    host: read(env, 'HOST', text(), '127.0.0.1'),
    publicUrl,
    fhirAllowlist,
    ehrOrigins: read(env, 'EHR_ORIGINS', originList, [`http://localhost:${sandboxPort}`]),
    aiProvider: read(env, 'AI_PROVIDER', oneOf(AiProvider), apiKey || baseUrl ? 'openai' : 'embedded'),
    openai: {
      ...(apiKey ? { apiKey } : {}),
      ...(baseUrl ? { baseUrl } : {}),
      model: read(env, 'OPENAI_MODEL', text(), 'gpt-4o-mini'),
      transcribeModel: read(env, 'OPENAI_TRANSCRIBE_MODEL', text(), 'gpt-4o-transcribe'),
      timeoutMs: read(env, 'OPENAI_TIMEOUT_MS', integer(1, 600_000), 30_000),
      maxRetries: read(env, 'OPENAI_MAX_RETRIES', integer(0, 10), 2),
      retryBaseMs: read(env, 'OPENAI_RETRY_BASE_MS', integer(1, 60_000), 500),
      retryMaxMs: read(env, 'OPENAI_RETRY_MAX_MS', integer(1, 600_000), 8000),
    },
    localOnly: read(env, 'LOCAL_ONLY', boolean, false),
    logLevel: read(env, 'LOG_LEVEL', oneOf(LogLevel), 'info'),
    dataDir,
    keys: {
      ...(auditHmacKey ? { auditHmacKey } : {}),
      ...(dataEncryptionKey ? { dataEncryptionKey } : {}),
      ...(dataEncryptionOldKeys ? { dataEncryptionOldKeys } : {}),
      keyFile,
      production: env.NODE_ENV === 'production',
    },
    auditAnchorFile,
    auditAnchorSeconds: read(env, 'AUDIT_ANCHOR_SECONDS', integer(1, 86_400), 60),
    ...(companionUrl && companionId && companionSecret
      ? { companion: { fhirUrl: companionUrl, clientId: companionId, clientSecret: companionSecret } }
      : {}),
    ...(crisisProtocolFile ? { crisisProtocolFile } : {}),
    consentPolicyUrl: consentPolicyUrl ?? DEFAULT_CONSENT_POLICY_URI,
    sandbox: {
      port: sandboxPort,
      ...(dataFile ? { dataFile } : {}),
      ehrMode: read(env, 'SANDBOX_EHR_MODE', oneOf(SandboxEhrMode), 'full'),
      medplumFeatures: read(env, 'SANDBOX_MEDPLUM_FEATURES', medplumFeatureList, []),
      toolsSecret: read(env, 'SANDBOX_TOOLS_SECRET', text(true), 'sandbox-tools-secret'),
      appLaunchUrl: read(env, 'APP_LAUNCH_URL', httpUrl, `${publicUrl}/launch`),
    },
    sessionIdleMinutes: read(env, 'SESSION_IDLE_MINUTES', integer(1, 24 * 60), 240),
    tokenCacheSeconds: read(env, 'TOKEN_CACHE_SECONDS', integer(0, 3600), 60),
    rateLimits: {
      userPerMinute: read(env, 'RATE_LIMIT_USER_PER_MINUTE', integer(1, 1_000_000), 600),
      sessionPerMinute: read(env, 'RATE_LIMIT_SESSION_PER_MINUTE', integer(1, 1_000_000), 300),
      aiPerMinute: read(env, 'RATE_LIMIT_AI_PER_MINUTE', integer(1, 1_000_000), 12),
    },
    consentRecheckSeconds: read(env, 'CONSENT_RECHECK_SECONDS', integer(1, 3600), 30),
    http: {
      headersTimeoutSeconds: read(env, 'HTTP_HEADERS_TIMEOUT_SECONDS', integer(1, 300), 10),
      requestTimeoutSeconds: read(env, 'HTTP_REQUEST_TIMEOUT_SECONDS', integer(1, 3600), 30),
      maxConnections: read(env, 'HTTP_MAX_CONNECTIONS', integer(1, 1_000_000), 4096),
    },
    oidcClientIds: read(env, 'OIDC_CLIENT_IDS', clientIdList, ['session-copilot']),
    sessionsPerUser: read(env, 'SESSIONS_PER_USER', integer(1, 1000), 20),
  };
}
