import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * What belongs to the lazily loaded continuity view (Medplum's React components and the
 * MedplumClient they read the chart with).
 */
const LAZY_MEDPLUM =
  /node_modules\/@medplum\/(react|react-hooks)\/|client\/smart\/medplumClient\.ts$|client\/components\/continuity\//;

/**
 * `@medplum/core` is one ES module: imported both by the first screen (name and date formatting)
 * and by the continuity view (MedplumClient, and everything `@medplum/react` uses), the bundler
 * would put the union of both in the first load — about 25 kB gzip of client and React support
 * the first screen never runs. The continuity view gets its own instance of the module instead,
 * so the first load keeps only the formatters. The two instances share nothing the app relies on:
 * the first screen only formats values.
 */
function lazyMedplumCore(): Plugin {
  return {
    name: 'lazy-medplum-core',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== '@medplum/core' || !importer || !LAZY_MEDPLUM.test(importer)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved ? `${resolved.id}?continuity` : null;
    },
  };
}

export default defineConfig({
  plugins: [react(), lazyMedplumCore()],
  resolve: {
    alias: { 'isomorphic-webcrypto': fileURLToPath(new URL('client/smart/webcrypto.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist/public',
    emptyOutDir: true,
    // The launch benchmark reads the manifest to size the app's initial JavaScript.
    manifest: true,
    rollupOptions: {
      input: {
        app: 'client/index.html',
        launch: 'launch/index.html',
      },
    },
  },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Long runs (`npm run test:long`) sit in tests/long/ or beside their area as *.long.test.ts.
    exclude: ['tests/long/**', 'tests/**/*.long.test.ts', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
