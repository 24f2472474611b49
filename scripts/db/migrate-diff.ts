/**
 * Runs `prisma migrate diff --from-migrations <dir> --to-schema-datamodel <schema> --script
 * --exit-code` as a child process, with a timeout. The Prisma CLI loads prisma.config.ts, i.e. the
 * Wasm schema engine over an in-memory PGlite (scripts/db/pglite-adapter.ts): no server, no
 * engine download. Shared by new-migration.ts and check-migrations.ts.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCHEMA = path.join(ROOT, 'prisma/schema.prisma');
export const MIGRATIONS = path.join(ROOT, 'prisma/migrations');

const PRISMA_CLI = path.join(path.dirname(createRequire(import.meta.url).resolve('prisma/package.json')), 'build/index.js');

export type DiffResult = { kind: 'same' } | { kind: 'different'; sql: string } | { kind: 'failed'; message: string };

export function migrateDiff(opts: { migrations?: string; schema?: string; timeoutMs?: number } = {}): Promise<DiffResult> {
  const args = [
    PRISMA_CLI,
    'migrate',
    'diff',
    '--config',
    path.join(ROOT, 'prisma.config.ts'),
    '--from-migrations',
    opts.migrations ?? MIGRATIONS,
    '--to-schema-datamodel',
    opts.schema ?? SCHEMA,
    '--script',
    '--exit-code', // exit code 0: no difference, 2: difference, 1: error
  ];
  const timeoutMs = opts.timeoutMs ?? 120_000;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      // No update check (offline machine; it would only add latency) and no colour codes.
      env: { ...process.env, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1', NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ kind: 'failed', message: `prisma migrate diff did not finish within ${timeoutMs} ms\n${stderr}` });
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ kind: 'failed', message: String(error) });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve({ kind: 'same' });
      else if (code === 2) resolve({ kind: 'different', sql: stdout.trimEnd() + '\n' });
      else resolve({ kind: 'failed', message: `prisma migrate diff exited with ${code}\n${stderr}${stdout}` });
    });
  });
}
