import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './helpers/harness.ts';

let h: Harness | undefined;
let root: string;
afterEach(async () => {
  await h?.close();
  h = undefined;
  rmSync(root, { recursive: true, force: true });
});

async function withBuild(): Promise<Harness> {
  root = mkdtempSync(join(tmpdir(), 'copilot-build-'));
  mkdirSync(join(root, 'client'), { recursive: true });
  mkdirSync(join(root, 'launch'), { recursive: true });
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(root, '.vite'), { recursive: true });
  writeFileSync(join(root, 'client/index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'launch/index.html'), '<!doctype html><title>launch</title>');
  writeFileSync(join(root, 'assets/app-abc123.js'), 'export {}');
  writeFileSync(join(root, '.vite/manifest.json'), '{}');
  return createHarness({ deps: { staticRoot: root } });
}

describe('serving the built client', () => {
  it('serves the launch page at /launch (with the EHR launch parameters) and the app at /app', async () => {
    h = await withBuild();
    const launch = await h.call('/launch?iss=http%3A%2F%2Flocalhost%3A3100%2Ffhir%2FR4&launch=abc');
    expect(launch.status).toBe(200);
    expect(await launch.text()).toContain('<title>launch</title>');
    const app = await h.call('/app?code=x&state=y');
    expect(await app.text()).toContain('<title>app</title>');
    expect(app.headers.get('cache-control')).toBe('no-cache');
    expect((await h.call('/app/session/123')).status).toBe(200);
  });

  it('serves hashed assets with a long cache lifetime and the right type', async () => {
    h = await withBuild();
    const asset = await h.call('/assets/app-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('serves nothing outside the build or hidden inside it', async () => {
    h = await withBuild();
    for (const path of [
      '/.vite/manifest.json',
      '/assets/../../audit.jsonl',
      '/%2e%2e/audit.jsonl',
      '/assets/%E0%A4%A.js',
      '/assets/missing.js',
    ]) {
      expect((await h.call(path)).status, path).toBe(404);
    }
  });
});
