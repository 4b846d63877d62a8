import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'seed/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    // one real Neo4j for the whole run, started before any test file
    globalSetup: ['test/helpers/globalSetup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
