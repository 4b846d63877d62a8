/** Builds web/ into web/dist (production), once per process (once per test run: globalSetup); the browser tests and the map bench share it. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let built: Promise<void> | undefined;

/** Set by the test run's global setup once it has built web/dist: its workers then use that build. */
export const webBuiltForThisRun = 'TSUNAGARI_TEST_WEB_BUILT';

export function buildWebOnce(): Promise<void> {
  if (process.env[webBuiltForThisRun]) return Promise.resolve();
  built ??= (async () => {
    // vitest sets NODE_ENV=test, which would make Vite and its React plugin build for development
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        root: path.join(root, 'web'),
        configFile: path.join(root, 'web/vite.config.ts'),
        mode: 'production',
        logLevel: 'warn',
      });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
  })();
  return built;
}
