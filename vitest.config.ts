import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS entry (the package has no exports map) while Vite
    // prefers the `module` entry; two copies of graphql break `instanceof` checks. Use Node's.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    // The database template; the web app's build when server processes will run (tests/browser).
    globalSetup: ['tests/setup/global-setup.ts', 'tests/browser/global-setup.ts'],
    pool: 'forks',
    // Database setup (PGlite migrations, PostgreSQL clones) dominates; generous, not a speed test.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test' },
    projects: [
      { extends: true, test: { name: 'service', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**'] } },
      {
        // Headless Chromium against the server process (tests/browser/harness.ts): after the
        // rest, at most two files at once (each runs a server and a browser), with room for the
        // first server start to build the web app.
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          maxWorkers: 2,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
