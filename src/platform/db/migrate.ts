/**
 * Applies the committed migrations (prisma/migrations/<name>/migration.sql) at start.
 *
 * Prisma's own `migrate deploy` needs its schema engine, which this offline toolchain only has
 * through the CLI (see README, "Database"). This runner does the same job for the service and
 * records each migration in Prisma's `_prisma_migrations` table with the same sha256 checksum,
 * so `prisma migrate status` and `migrate deploy` agree with it.
 *
 * All pending migrations run in one transaction under a PostgreSQL advisory lock: they land
 * together or not at all, and instances starting at once against one database take turns.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SqlRunner {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a multi-statement script without parameters. */
  script(sql: string): Promise<void>;
}

export interface MigrationExecutor extends SqlRunner {
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
}

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../prisma/migrations');

/** Arbitrary constant: the advisory lock key all instances agree on. */
const LOCK_KEY = 724_311_905;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Applies pending migrations; returns the names applied. */
export async function applyMigrations(db: MigrationExecutor, migrations = readMigrations()): Promise<string[]> {
  return db.transaction(async (tx) => {
    // Transaction-scoped lock: released on commit, also if this process dies mid-way.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.script(CREATE_TABLE);
    const rows = await tx.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
    }>('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"');
    const done = new Map(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => [r.migration_name, r]));
    const known = new Set(migrations.map((m) => m.name));
    const unknown = [...done.keys()].filter((n) => !known.has(n));
    if (unknown.length > 0) {
      throw new MigrationError(
        `The database has migrations this code does not know: ${unknown.join(', ')}. Is this an older version of the service?`,
      );
    }
    const applied: string[] = [];
    for (const m of migrations) {
      const row = done.get(m.name);
      if (row) {
        if (row.checksum !== m.checksum) {
          throw new MigrationError(
            `Migration ${m.name} was edited after it was applied (checksum differs). Add a new migration instead.`,
          );
        }
        continue;
      }
      await tx.script(m.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), m.checksum, m.name],
      );
      applied.push(m.name);
    }
    return applied;
  });
}
