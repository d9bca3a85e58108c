import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initialBundle } from '../../scripts/bench/bundleSize.ts';
import { ensureClientBuilt } from '../../scripts/clientBuild.ts';

beforeAll(ensureClientBuilt);

describe('the sidebar app build', () => {
  it('keeps the JavaScript loaded before the app is usable within 250 kB gzip', () => {
    const bundle = initialBundle();
    expect(bundle.files.length).toBeGreaterThan(0);
    expect(bundle.jsGzipBytes).toBeLessThanOrEqual(250 * 1024);
  });

  it('counts the screens the page loads while the launch completes, not only its small entry', () => {
    const { files } = initialBundle();
    expect(files.some((f) => /\/Root-[\w-]+\.js$/.test(f))).toBe(true);
  });

  it('loads the wrap-up editor and the safety plan only when they are opened', () => {
    const { files } = initialBundle();
    expect(files.some((f) => /WrapUpPage|SafetyPlanEditor/.test(f))).toBe(false);
  });

  it('loads Medplum’s React components and its client only with the continuity view', () => {
    const { files } = initialBundle();
    expect(files.some((f) => /ContinuityPanel/.test(f))).toBe(false);
    const initial = files
      .map((f) => readFileSync(resolve(import.meta.dirname, '../../dist/public', f), 'utf8'))
      .join('\n');
    // Error messages of MedplumClient, which minification keeps.
    expect(initial).not.toContain('Base URL must start with http');
    expect(initial).not.toContain('MedplumClient is missing clientId');
  });
});
