import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for type-graphql; our code must get the same copy, not the .mjs one
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['server/**/*.test.ts', 'seed/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    // one real Neo4j for the whole run, started before any test file
    globalSetup: ['test/helpers/globalSetup.ts'],
    setupFiles: ['reflect-metadata'],
    // a browser step waits on the server, a layout and Chromium, each of which may wait on a loaded 2-core machine
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
