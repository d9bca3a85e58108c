/**
 * Builds the client once when its sources are newer than the build, so end-to-end tests and
 * benchmarks always run the current code; parallel callers wait for the one building.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'dist/public');
const MANIFEST = join(OUT, '.vite/manifest.json');
const LOCK = join(ROOT, 'dist/.client-build.lock');
/** What the client build is made from (the sandbox and the server are not in it). */
const CLIENT_SOURCES = [
  'client', 'launch/index.html', 'launch/launch.ts', 'launch/registrations.ts', 'server/contracts',
  'fhir/approval.ts', 'fhir/clinicalTerms.ts', 'fhir/noteText.ts', 'vite.config.ts'];

function newestMtime(path: string): number {
  const full = join(ROOT, path);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(full).map((entry) => newestMtime(join(path, entry))));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Builds the client once when its sources are newer than the build; parallel callers wait for it. */
export async function ensureClientBuilt(): Promise<void> {
  const fresh = () => existsSync(MANIFEST) && statSync(MANIFEST).mtimeMs >= Math.max(...CLIENT_SOURCES.map(newestMtime));
  if (fresh()) return;
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another test file is building; a lock older than two minutes belongs to a dead run.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 120_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(250);
      if (fresh()) return;
    }
  }
  try {
    if (fresh()) return;
    // Built beside the live output and swapped in whole, so nobody reads half a build.
    const { build } = await import('vite');
    const next = join(ROOT, 'dist/public.next');
    const old = join(ROOT, 'dist/public.old');
    // Vitest sets NODE_ENV=test, which would give a development build of React.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'error', build: { outDir: next, emptyOutDir: true } });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
    rmSync(old, { recursive: true, force: true });
    if (existsSync(OUT)) renameSync(OUT, old);
    renameSync(next, OUT);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
