import { sandboxOptionsFromEnv } from './config.ts';
import { startSandbox } from './index.ts';

let options;
try {
  options = sandboxOptionsFromEnv(process.env);
} catch (err) {
  console.error(`sandbox: ${(err as Error).message}`);
  process.exit(1);
}

const sandbox = await startSandbox(options);
console.log(`Sandbox EHR (${sandbox.mode} mode)
  EHR shell:    ${sandbox.origin}/
  FHIR R4 base: ${sandbox.fhirBase}
  SMART config: ${sandbox.fhirBase}/.well-known/smart-configuration
  Data:         ${options.dataFile ?? 'in memory (set SANDBOX_DATA=path to keep it)'}
  App launch:   ${options.appLaunchUrl}`);

const stop = async (): Promise<void> => {
  await sandbox.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
