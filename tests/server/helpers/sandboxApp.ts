/**
 * The app wired as in production — real token verification against the sandbox EHR, the real
 * consent service and write-back routes, the embedded engine and assistant — with the sandbox
 * as the only allowlisted FHIR server. Used by the authorisation matrix and the privacy scan.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type Sandbox } from '../../../launch/sandbox/index.ts';
import { createSessionAnalyzer } from '../../../server/engine/analyze.ts';
import { createAssistant } from '../../../server/providers/index.ts';
import { createWritebackRoutes } from '../../../server/routes/writeback.ts';
import type { Transcriber } from '../../../server/speech/transcribe.ts';
import { createWritebackRuntime, type WritebackRuntime } from '../../../server/writeback/runtime.ts';
import { createHarness, type Harness } from './harness.ts';

export interface SandboxApp {
  sandbox: Sandbox;
  h: Harness;
  runtime: WritebackRuntime;
  dataDir: string;
  close(): Promise<void>;
}

export async function startSandboxApp(
  options: {
    sandbox?: Sandbox;
    env?: Record<string, string>;
    fetch?: typeof fetch;
    transcriber?: Transcriber;
    assistantSettings?: Record<string, unknown>;
    assistantFetch?: typeof fetch;
  } = {},
): Promise<SandboxApp> {
  const sandbox = options.sandbox ?? (await startSandbox({ port: 0 }));
  const dataDir = mkdtempSync(join(tmpdir(), 'copilot-sandbox-app-'));
  const outbound = options.fetch ?? fetch;
  const recheck = options.env?.CONSENT_RECHECK_SECONDS;
  const runtime = createWritebackRuntime({
    dataDir,
    fhirAllowlist: [sandbox.fhirBase],
    fetch: outbound,
    startWorker: false,
    ...(recheck ? { consentRecheckMs: Number(recheck) * 1000 } : {}),
  });
  const h = await createHarness({
    dataDir,
    env: {
      FHIR_ALLOWLIST: sandbox.fhirBase,
      SANDBOX_PORT: new URL(sandbox.origin).port,
      EHR_ORIGINS: sandbox.origin,
      ...options.env,
    },
    deps: {
      fetch: outbound,
      createAnalyzer: () => createSessionAnalyzer(),
      consentService: runtime.consent,
      writebackRoutes: createWritebackRoutes({ runtime }),
      assistant: createAssistant(
        { AI_PROVIDER: 'embedded', ...options.assistantSettings },
        options.assistantFetch ? { fetch: options.assistantFetch } : {},
      ),
      ...(options.transcriber ? { transcriber: options.transcriber } : {}),
    },
  });
  return {
    sandbox,
    h,
    runtime,
    dataDir,
    async close() {
      await h.close();
      await runtime.close();
      if (!options.sandbox) await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
