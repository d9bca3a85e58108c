import { afterEach, describe, expect, it } from 'vitest';
import { chromiumInstall } from '../../scripts/browser.ts';

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

describe('CHROMIUM_PATH', () => {
  it('refuses a path that is not an executable, naming the variable and the way back', async () => {
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    await expect(chromiumInstall()).rejects.toThrow(
      'CHROMIUM_PATH=/nonexistent/chromium is not an executable file; unset it to use the Chromium from npm',
    );
  });

  it('uses the named system browser as it is, without the bundled libraries', async () => {
    process.env.CHROMIUM_PATH = process.execPath;
    const install = await chromiumInstall();
    expect(install).toEqual({ executablePath: process.execPath, env: {}, source: 'CHROMIUM_PATH' });
  });
});
