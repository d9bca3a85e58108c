import { describe, expect, it } from 'vitest';
import { chromiumInstall, launchChromium } from '../../scripts/browser.ts';

describe('the browser of the tests and benchmarks', () => {
  it(
    'comes from npm with its own libraries and fonts when CHROMIUM_PATH is not set',
    { timeout: 120_000 },
    async () => {
      const saved = process.env.CHROMIUM_PATH;
      delete process.env.CHROMIUM_PATH;
      try {
        const install = await chromiumInstall();
        expect(install.source).toBe('@sparticuz/chromium');
        expect(install.executablePath).toContain('node_modules/.cache/chromium/');
        expect(install.env.LD_LIBRARY_PATH).toContain('node_modules/.cache/chromium/');
        const browser = await launchChromium();
        try {
          const page = await browser.newPage();
          await page.setContent('<p>ready</p>');
          expect(await page.textContent('p')).toBe('ready');
        } finally {
          await browser.close();
        }
      } finally {
        if (saved !== undefined) process.env.CHROMIUM_PATH = saved;
      }
    },
  );
});
