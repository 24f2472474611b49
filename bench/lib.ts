/**
 * Shared by the benchmarks: cleanup that also runs on Ctrl-C, a scratch PostgreSQL database, a
 * seeded PRNG, and percentile statistics. Importing this module installs the SIGINT/SIGTERM handlers.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openMigratedDatabase, type Database } from '../src/platform/db/client.js';
import { startCluster } from '../tests/setup/postgres.js';

/** Undo steps (scratch databases, clusters, temp dirs), run last-in first-out. */
export const cleanups: Array<() => Promise<void> | void> = [];

export async function cleanupAll(): Promise<void> {
  while (cleanups.length) {
    try {
      await cleanups.pop()!();
    } catch (error) {
      process.stderr.write(`cleanup: ${(error as Error).message}\n`);
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void cleanupAll().finally(() => process.exit(130));
  });
}

export interface ScratchDatabase {
  /** Migrated; the caller closes it. */
  db: Database;
  url: string;
  /** e.g. "15.18 (Debian 15.18-0+deb12u1)". */
  serverVersion: string;
  /** True when a throwaway cluster was started (no DATABASE_URL). */
  throwaway: boolean;
}

/**
 * A migrated scratch database on DATABASE_URL's server, or on a throwaway cluster started here.
 * The database (and the cluster) are removed by cleanupAll.
 */
export async function scratchPostgres(prefix: string, poolSize = 4): Promise<ScratchDatabase> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const cluster = await startCluster();
    cleanups.push(() => cluster.destroy());
    adminUrl = cluster.url;
  }
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  cleanups.push(() => admin.end());
  await admin.query(`CREATE DATABASE ${name}`);
  cleanups.push(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openMigratedDatabase({ kind: 'postgres', url: url.toString(), poolSize });
  const [v] = await db.exec.query<{ server_version: string }>('SHOW server_version');
  return { db, url: url.toString(), serverVersion: v!.server_version, throwaway: !process.env.DATABASE_URL };
}

/** Writes bench/results/<name>.json (git-ignored) and returns its path relative to the working directory. */
export function writeResults(name: string, body: Record<string, unknown>): string {
  const outDir = path.resolve(import.meta.dirname, 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const outFile = path.join(outDir, `${name}.json`);
  fs.writeFileSync(outFile, `${JSON.stringify(body, null, 2)}\n`);
  return path.relative(process.cwd(), outFile);
}

/** mulberry32: a small, fast, seeded PRNG in [0, 1), so generated data and query orders repeat. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Stats {
  n: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles of milliseconds, rounded to `decimals` places. */
export function stats(samples: number[], decimals = 2): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)]!;
  const f = 10 ** decimals;
  const r = (x: number) => Math.round(x * f) / f;
  return {
    n: s.length,
    min: r(s[0]!),
    p50: r(at(50)),
    p95: r(at(95)),
    p99: r(at(99)),
    max: r(s[s.length - 1]!),
    mean: r(s.reduce((a, b) => a + b, 0) / s.length),
  };
}
