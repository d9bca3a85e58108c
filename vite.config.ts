import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
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
