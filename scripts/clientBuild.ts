/**
 * Builds the client (Vite) into `dist/public` only when what it is made of has changed, for
 * `npm start`, the end-to-end tests and the browser benchmarks alike.
 *
 * A build records every source file Vite read (its module graph, outside node_modules) with a
 * hash over their contents, the lock file, the Vite config and the `VITE_*` variables baked into
 * the bundle. The next caller recomputes that hash from the same files: equal means the build is
 * current. Parallel callers (test files in several workers) wait for the one building.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(DIST, 'public');
const RECORD = join(DIST, 'client-inputs.json');
const LOCK = join(DIST, '.client-build.lock');
/** Inputs that are not modules in the graph but change the output. */
const ALWAYS = ['vite.config.ts', 'package-lock.json'];

interface BuildRecord {
  hash: string;
  files: string[];
}

function inputsHash(files: readonly string[]): string | undefined {
  const hash = createHash('sha256');
  for (const file of [...ALWAYS, ...files]) {
    const full = join(ROOT, file);
    if (!existsSync(full)) return undefined;
    hash.update(`${file}\0`).update(readFileSync(full)).update('\0');
  }
  const baked = Object.entries(process.env)
    .filter(([name]) => name.startsWith('VITE_'))
    .sort(([a], [b]) => a.localeCompare(b));
  hash.update(JSON.stringify(baked));
  return hash.digest('hex');
}

function readRecord(): BuildRecord | undefined {
  try {
    return JSON.parse(readFileSync(RECORD, 'utf8')) as BuildRecord;
  } catch {
    return undefined;
  }
}

/** True when `dist/public` was built from exactly the files and settings there are now. */
export function clientBuildIsCurrent(): boolean {
  const record = readRecord();
  return !!record && existsSync(join(OUT, '.vite/manifest.json')) && inputsHash(record.files) === record.hash;
}

/** Collects the project files of the module graph (no node_modules, no virtual modules). */
function recordInputs(into: Set<string>): Plugin {
  return {
    name: 'record-client-inputs',
    generateBundle() {
      for (const id of this.getModuleIds()) {
        const path = id.split('?')[0] ?? '';
        if (!path.startsWith(ROOT) || path.includes('/node_modules/')) continue;
        into.add(relative(ROOT, path));
      }
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface ClientBuildResult {
  built: boolean;
  ms: number;
}

/** Builds the client unless the last build is current; parallel callers wait for the one building. */
export async function ensureClientBuilt(): Promise<ClientBuildResult> {
  const started = performance.now();
  const result = (built: boolean) => ({ built, ms: performance.now() - started });
  if (clientBuildIsCurrent()) return result(false);
  mkdirSync(DIST, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Someone else is building; a lock older than two minutes belongs to a dead run.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 120_000)
        rmSync(LOCK, { recursive: true, force: true });
      await sleep(250);
      if (clientBuildIsCurrent()) return result(false);
    }
  }
  try {
    if (clientBuildIsCurrent()) return result(false);
    const files = new Set<string>();
    // Built beside the live output and swapped in whole, so nobody reads half a build.
    const { build } = await import('vite');
    const next = join(DIST, 'public.next');
    const old = join(DIST, 'public.old');
    // Vitest sets NODE_ENV=test, which would give a development build of React.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        root: ROOT,
        configFile: join(ROOT, 'vite.config.ts'),
        mode: 'production',
        logLevel: 'warn',
        plugins: [recordInputs(files)],
        build: { outDir: next, emptyOutDir: true },
      });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
    rmSync(old, { recursive: true, force: true });
    if (existsSync(OUT)) renameSync(OUT, old);
    renameSync(next, OUT);
    rmSync(old, { recursive: true, force: true });
    const sorted = [...files].sort();
    const hash = inputsHash(sorted);
    if (hash) writeFileSync(RECORD, `${JSON.stringify({ hash, files: sorted } satisfies BuildRecord, null, 2)}\n`);
    return result(true);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
