/**
 * The app's initial JavaScript as the browser loads it before the app is usable, gzipped, from the
 * Vite manifest: the entry chunk of `client/index.html`, what it imports statically, and what the
 * entry itself imports dynamically as it starts (the app's screens, loaded while the launch
 * completes) with their static imports. Chunks the screens load lazily (the wrap-up, editors
 * opened on demand) are not counted.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = resolve(import.meta.dirname, '../../dist/public');

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
}

export interface InitialBundle {
  files: string[];
  jsGzipBytes: number;
  cssGzipBytes: number;
}

export function initialBundle(entry = 'client/index.html'): InitialBundle {
  const manifest = JSON.parse(readFileSync(join(OUT, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const seen = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  if (!manifest[entry]) throw new Error(`The Vite manifest has no entry ${entry}; run npm run build.`);
  visit(entry);
  for (const started of manifest[entry].dynamicImports ?? []) visit(started);
  const gzip = (file: string) => gzipSync(readFileSync(join(OUT, file)), { level: 9 }).byteLength;
  const files = [...seen];
  return {
    files,
    jsGzipBytes: files.reduce((sum, file) => sum + gzip(file), 0),
    cssGzipBytes: [...css].reduce((sum, file) => sum + gzip(file), 0),
  };
}
