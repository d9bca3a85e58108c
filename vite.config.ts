import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';
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

/**
 * The launch page asks the browser to prefetch what the app page needs before it is usable (its
 * entry, the screens the entry loads as it starts, their imports and the stylesheet: the same set
 * `scripts/bench/bundleSize.ts` counts as the initial JavaScript), so they
 * download while the launch goes through the EHR's authorization and come from the cache when
 * the EHR sends the browser back to the app. Hashed file names keep a stale copy from being used.
 */
function prefetchAppFromLaunch(): Plugin {
  return {
    name: 'prefetch-app-from-launch',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { path, bundle, chunk: launch }) {
        if (path !== '/launch/index.html' || !bundle || !launch) return;
        const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
        const app = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith('/client/index.html'));
        if (!app) return;
        const files = new Set<string>();
        const visit = (file: string) => {
          const chunk = chunks.find((c) => c.fileName === file);
          if (!chunk || files.has(file)) return;
          files.add(file);
          for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
          chunk.imports.forEach(visit);
        };
        visit(app.fileName);
        app.dynamicImports.forEach(visit);
        // What the launch page loads itself is in the cache already.
        for (const own of [launch.fileName, ...launch.imports]) files.delete(own);
        return [...files].map((file): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel: 'prefetch', href: `/${file}`, crossorigin: true },
          injectTo: 'head',
        }));
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), lazyMedplumCore(), prefetchAppFromLaunch()],
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
