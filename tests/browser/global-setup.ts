/**
 * Builds the web app once before any test starts, when the run includes tests that start the
 * server process (browser and e2e; a run without file filters, as `npm test`, includes them):
 * otherwise the first server to start would build it in the background while tests run, and on
 * a small machine the build's CPU slows the timed server tests. Runs that name only other files
 * (`npx vitest run tests/api/foo.test.ts`) skip it.
 */
import { ensureWebBuild } from '../../src/app/build.js';

export default async function setup() {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'run' && !a.endsWith('vitest'));
  if (filters.length > 0 && !filters.some((f) => /browser|e2e/.test(f))) return;
  await ensureWebBuild({ log: { info: (msg: unknown) => process.stdout.write(`${String(msg)}\n`) } });
}
