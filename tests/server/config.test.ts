import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONSENT_POLICY_URI, loadConfig } from '../../server/config.ts';

function failure(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('configuration', () => {
  it('starts on documented defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.fhirAllowlist).toEqual(['http://localhost:3100/fhir/R4']);
    expect(config.ehrOrigins).toEqual(['http://localhost:3100']);
    expect(config.aiProvider).toBe('embedded');
    expect(config.localOnly).toBe(false);
    expect(config.dataDir).toBe('.data');
    expect(config.sandbox).toMatchObject({ port: 3100, ehrMode: 'full', appLaunchUrl: 'http://localhost:3000/launch' });
  });

  it('names the variable, the rule and the value in one line for a bad port', () => {
    const message = failure({ PORT: 'abc' });
    expect(message).toBe('Invalid configuration: PORT must be an integer between 1 and 65535 (got "abc")');
    expect(message).not.toContain('\n');
  });

  it.each([
    ['PORT', '70000'],
    ['SANDBOX_PORT', '-1'],
    ['AI_PROVIDER', 'anthropic'],
    ['LOCAL_ONLY', 'perhaps'],
    ['LOG_LEVEL', 'loud'],
    ['SANDBOX_EHR_MODE', 'meditech'],
    ['PUBLIC_URL', 'ftp://example.org'],
    ['OPENAI_BASE_URL', 'not a url'],
    ['EHR_ORIGINS', 'https://ehr.example.org/path'],
    ['CRISIS_PROTOCOL_FILE', '/does/not/exist.json'],
    ['SESSION_IDLE_MINUTES', '0'],
    ['RATE_LIMIT_USER_PER_MINUTE', '1.5'],
  ])('refuses %s=%s and names it', (name, value) => {
    const message = failure({ [name]: value });
    expect(message.startsWith(`Invalid configuration: ${name} `)).toBe(true);
    expect(message).toContain(JSON.stringify(value));
  });

  it('refuses a FHIR base on plain http outside localhost, naming the entry', () => {
    const message = failure({ FHIR_ALLOWLIST: 'https://fhir.example.org/r4,http://fhir.example.org/r4' });
    expect(message).toContain('FHIR_ALLOWLIST entry "http://fhir.example.org/r4" must use https');
  });

  it('never echoes a secret it refuses', () => {
    const message = failure({
      COMPANION_FHIR_URL: 'https://companion.example.org/fhir',
      COMPANION_CLIENT_SECRET: 's3cr3t',
    });
    expect(message).toContain('COMPANION_CLIENT_ID');
    expect(message).not.toContain('s3cr3t');
  });

  it("will not start for a real EHR with the sandbox clinic's consent policy: CONSENT_POLICY_URL is named", () => {
    const message = failure({ FHIR_ALLOWLIST: 'http://localhost:8103/fhir/R4' });
    expect(message).toContain('CONSENT_POLICY_URL must be set');
    expect(message).toContain('http://localhost:8103/fhir/R4');
    expect(loadConfig({}).consentPolicyUrl).toBe(DEFAULT_CONSENT_POLICY_URI);
  });

  it('normalises allowlisted bases and turns the remote provider on when a key is set', () => {
    const config = loadConfig({
      FHIR_ALLOWLIST: ' HTTPS://FHIR.Example.org:443/r4/ , http://localhost:3100/fhir/R4',
      CONSENT_POLICY_URL: 'https://clinic.example.org/policy/ai-sessions',
      OPENAI_API_KEY: 'sk-test',
      LOCAL_ONLY: 'yes',
    });
    expect(config.fhirAllowlist).toEqual(['https://fhir.example.org/r4', 'http://localhost:3100/fhir/R4']);
    expect(config.aiProvider).toBe('openai');
    expect(config.localOnly).toBe(true);
  });
});
