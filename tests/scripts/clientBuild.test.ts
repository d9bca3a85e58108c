import { describe, expect, it } from 'vitest';
import { clientBuildIsCurrent, ensureClientBuilt } from '../../scripts/clientBuild.ts';

describe('the client build behind npm start', () => {
  it('is not rebuilt on a second start when nothing changed', { timeout: 120_000 }, async () => {
    await ensureClientBuilt();
    expect(clientBuildIsCurrent()).toBe(true);
    expect((await ensureClientBuilt()).built).toBe(false);
  });

  it('counts as out of date when a value baked into the bundle changes', { timeout: 120_000 }, async () => {
    await ensureClientBuilt();
    const saved = process.env.VITE_SANDBOX_CLIENT_ID;
    process.env.VITE_SANDBOX_CLIENT_ID = 'another-registration';
    try {
      expect(clientBuildIsCurrent()).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.VITE_SANDBOX_CLIENT_ID;
      else process.env.VITE_SANDBOX_CLIENT_ID = saved;
    }
    expect(clientBuildIsCurrent()).toBe(true);
  });
});
