import { defineConfig } from 'vitest/config';

/** `npm run test:long`: the long property-based and fault runs (minutes, not seconds). */
export default defineConfig({
  test: {
    // Other areas may put their own long runs beside their tests as `*.long.test.ts`.
    include: ['tests/long/**/*.test.ts', 'tests/**/*.long.test.ts'],
    testTimeout: 30 * 60_000,
    hookTimeout: 5 * 60_000,
    // The runs are CPU-bound: one file at a time keeps a small machine responsive.
    fileParallelism: false,
  },
});
