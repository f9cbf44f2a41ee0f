import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    // Integration tests run real Astro builds; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Builds are CPU-heavy: run test files one at a time per worker pair, not all at once.
    maxWorkers: 2,
  },
});
