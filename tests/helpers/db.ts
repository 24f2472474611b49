/** Databases for tests: a fresh PostgreSQL database cloned from the migrated template, or a PGlite dir. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, openMigratedDatabase, type Database } from '../../src/platform/db/client.js';

export interface TestDatabase extends Database {
  url?: string;
  /** Closes the connection and removes the database. */
  destroy(): Promise<void>;
}

/** A database cloned from the migrated template, or an empty one (`empty: true`). */
export async function createPostgresDatabase(poolSize = 10, { empty = false } = {}): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const name = `${inject('pgTestPrefix')}${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${empty ? 'template0' : inject('pgTemplate')}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize });
  return {
    ...db,
    url: url.toString(),
    async destroy() {
      await db.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

export async function createPgliteDatabase(): Promise<TestDatabase & { dataDir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tm-pglite-'));
  const dataDir = path.join(dir, 'pglite');
  const db = await openMigratedDatabase({ kind: 'pglite', dataDir });
  return {
    ...db,
    dataDir,
    async destroy() {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
