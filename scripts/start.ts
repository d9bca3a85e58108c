/**
 * `npm start`: builds the client if its sources changed since the last build, starts the local
 * sandbox EHR and the app server in one process on the embedded defaults, then prints one line
 * per component and the URLs to open. `SANDBOX=off` starts the app server alone (as deployed
 * against a real EHR). Ctrl-C stops both.
 */
import { startSandbox, type Sandbox } from '../launch/sandbox/index.ts';
import { ConfigError, loadConfig } from '../server/config.ts';
import { startServer } from '../server/main.ts';
import { ensureClientBuilt } from './clientBuild.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

const client = await ensureClientBuilt();

let sandbox: Sandbox | undefined;
if (process.env.SANDBOX !== 'off') {
  const { port, dataFile, ehrMode, medplumFeatures, toolsSecret, appLaunchUrl } = config.sandbox;
  sandbox = await startSandbox({ port, dataFile, mode: ehrMode, medplumFeatures, toolsSecret, appLaunchUrl }).catch(
    (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? `Port ${port} is already in use; stop the other process or set SANDBOX_PORT.`
          : String(error),
      ),
  );
}

const server = await startServer({ config }).catch((error: NodeJS.ErrnoException) =>
  fail(
    error.code === 'EADDRINUSE'
      ? `Port ${config.port} is already in use; stop the other process or set PORT.`
      : String(error),
  ),
);

const lines = [
  '',
  'Session Copilot is running.',
  `  Client              ${client.built ? `built in ${(client.ms / 1000).toFixed(1)} s` : 'up to date (unchanged since the last build)'}`,
  `  App server          ${config.publicUrl}  (health: ${config.publicUrl}/healthz)`,
  `  Launch URL          ${config.publicUrl}/launch`,
  `  Redirect URL        ${config.publicUrl}/app`,
];
if (sandbox) {
  lines.push(
    `  Sandbox EHR         ${sandbox.origin}/  (open a patient, the app launches in the sidebar)`,
    `  Sandbox records     ${sandbox.origin}/records`,
    `  Sandbox FHIR base   ${sandbox.fhirBase}  (mode: ${sandbox.mode})`,
  );
}
lines.push(`  AI provider         ${config.aiProvider}${config.localOnly ? ' (local only)' : ''}`, '');
console.log(lines.join('\n'));

const stop = async () => {
  await server.close();
  await sandbox?.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
