import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.spec.ts'],
    setupFiles: ['test/setup.ts'],
    // Claims run real experiments; the quick budget keeps each file well under this.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two vCPUs give ~1.15x one core: two workers are enough.
    maxWorkers: 2,
  },
});
