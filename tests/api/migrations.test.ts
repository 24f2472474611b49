/** The start-up migration runner: idempotent, refuses edited or unknown migrations, changes nothing when it fails. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, MigrationError, readMigrations } from '../../src/platform/db/migrate.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createPostgresDatabase(2);
});
afterAll(() => db?.destroy());

describe('migration runner', () => {
  it('records every committed migration the way Prisma does, and applies nothing twice', async () => {
    const committed = readMigrations();
    expect(committed.length).toBeGreaterThan(0);
    const rows = await db.exec.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(committed.map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.finished_at)).toBe(true);
    expect(await applyMigrations(db.exec)).toEqual([]);
  });

  it('refuses a migration edited after it was applied', async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'f'.repeat(64) } : m));
    await expect(applyMigrations(db.exec, edited)).rejects.toThrow(MigrationError);
    await expect(applyMigrations(db.exec, edited)).rejects.toThrow(/edited after it was applied/);
  });

  it('refuses to run against a database that is ahead of the code', async () => {
    await expect(applyMigrations(db.exec, readMigrations().slice(0, -1))).rejects.toThrow(/does not know/);
  });

  it('rolls back every pending migration when one fails', async () => {
    const pending = [
      ...readMigrations(),
      { name: '29990101000000_good', sql: 'CREATE TABLE "ShouldNotExist" (id int);', checksum: 'a'.repeat(64) },
      { name: '29990101000001_bad', sql: 'SELECT * FROM "NoSuchTable";', checksum: 'b'.repeat(64) },
    ];
    await expect(applyMigrations(db.exec, pending)).rejects.toThrow(/NoSuchTable/);
    const tables = await db.exec.query(`SELECT 1 FROM pg_tables WHERE tablename = 'ShouldNotExist'`);
    expect(tables).toHaveLength(0);
    const recorded = await db.exec.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name LIKE '2999%'`);
    expect(recorded).toHaveLength(0);
  });

  it('lets instances that start together on an empty database take turns', async () => {
    const empty = await createPostgresDatabase(4, { empty: true });
    try {
      const results = await Promise.all([applyMigrations(empty.exec), applyMigrations(empty.exec), applyMigrations(empty.exec)]);
      const names = readMigrations().map((m) => m.name);
      // Exactly one instance applied everything; the others found nothing to do.
      expect(results.filter((r) => r.length > 0)).toEqual([names]);
      expect(results.filter((r) => r.length === 0)).toHaveLength(2);
    } finally {
      await empty.destroy();
    }
  });
});
