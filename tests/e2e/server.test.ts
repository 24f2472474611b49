/**
 * The real server process, as `npm start` runs it: start, health, readiness, a query over HTTP,
 * graceful stop on SIGTERM. On PostgreSQL, and on the embedded PGlite default with the demo seed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { freePort } from '../setup/postgres.js';

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function startServer(env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/server.ts'], {
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${out}`);
    if (out.includes('"msg":"listening"')) return { child, url, output: () => out };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start:\n${out}`);
}

async function stopGracefully(r: Running): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => r.child.once('exit', (code) => resolve(code)));
  r.child.kill('SIGTERM');
  return exited;
}

const query = (url: string, q: string) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q }),
  }).then((r) => r.json() as Promise<{ data: { agencies: { totalCount: number } } }>);

describe('server process', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('serves PostgreSQL when DATABASE_URL is set, and stops gracefully', async () => {
    const db: TestDatabase = await createPostgresDatabase(2);
    cleanups.push(() => db.destroy());
    await db.prisma.agency.create({ data: { code: '080', abbreviation: 'NASA', name: 'NASA' } });
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tm-e2e-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const server = await startServer({ DATABASE_URL: db.url!, DATA_DIR: dataDir });
    cleanups.push(() => void server.child.kill('SIGKILL'));

    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    expect((await query(server.url, '{ agencies(first: 5) { totalCount } }')).data.agencies.totalCount).toBe(1);
    expect(await stopGracefully(server)).toBe(0);
    expect(server.output()).toMatch(/"msg":"stopped"/);
  });

  it('starts on the embedded database with migrations and the demo seed on first start', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tm-e2e-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const first = await startServer({ DATA_DIR: dataDir, DATABASE_URL: '' });
    cleanups.push(() => void first.child.kill('SIGKILL'));
    expect(first.output()).toMatch(/applied migration/);
    expect(first.output()).toMatch(/demo data loaded/);
    expect(first.output()).toMatch(/npm run token -- --role HIRING_MANAGER --agency NASA/);
    const seeded = (await query(first.url, '{ agencies(first: 5) { totalCount } }')).data.agencies.totalCount;
    expect(seeded).toBeGreaterThanOrEqual(12);
    expect(await stopGracefully(first)).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'keys', 'dev-signing-key.json'))).toBe(true);

    // Second start: same data, nothing applied or seeded again.
    const second = await startServer({ DATA_DIR: dataDir, DATABASE_URL: '' });
    cleanups.push(() => void second.child.kill('SIGKILL'));
    expect(second.output()).not.toMatch(/applied migration|demo data loaded/);
    expect((await query(second.url, '{ agencies(first: 5) { totalCount } }')).data.agencies.totalCount).toBe(seeded);
    expect(await stopGracefully(second)).toBe(0);
  });

  it('refuses to start with a clear message on bad configuration', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/server.ts'], {
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: 'mysql://nope' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(78);
    expect(err).toMatch(/Invalid configuration/);
    expect(err).toMatch(/DATABASE_URL: must be a postgres/);
  });
});
