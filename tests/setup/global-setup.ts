/**
 * Once per `npm test`: a PostgreSQL server (the given DATABASE_URL, or a throwaway cluster) with
 * a template database that has every migration applied. Each test file clones the template
 * (CREATE DATABASE … TEMPLATE), which takes milliseconds, so files run in parallel, isolated.
 */
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/platform/db/client.js';
import { applyMigrations } from '../../src/platform/db/migrate.js';
import { startCluster } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
    /** Prefix of the databases test files create, so a shared server can be cleaned. */
    pgTestPrefix: string;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.DATABASE_URL;
  const cluster = given ? null : await startCluster();
  const adminUrl = given ?? cluster!.url;
  const template = `tm_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const url = new URL(adminUrl);
  url.pathname = `/${template}`;
  const db = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
  await applyMigrations(db.exec);
  await db.close();
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template);
  project.provide('pgTestPrefix', `tm_test_${process.pid}_`);

  return async () => {
    if (cluster) {
      await admin.end();
      cluster.destroy();
      return;
    }
    // A shared server: drop what this run created.
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
      [template, `tm_test_${process.pid}_%`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
  };
}
