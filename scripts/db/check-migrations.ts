/**
 * `npm run db:check`: do the committed migrations produce exactly prisma/schema.prisma?
 * Exit 0: yes. Exit 1: drift; prints the SQL that is missing from the migrations
 * (`npm run db:migration -- <name>` writes it). Exit 2: the check itself failed.
 * Options (for tests): --schema <file>, --migrations <dir>.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { migrateDiff } from './migrate-diff.js';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { schema: { type: 'string' }, migrations: { type: 'string' } } });
  const started = Date.now();
  const resolve = (p?: string) => (p ? path.resolve(p) : undefined); // the CLI runs in the project root
  const result = await migrateDiff({ schema: resolve(values.schema), migrations: resolve(values.migrations) });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  switch (result.kind) {
    case 'same':
      console.log(`Migrations match the schema (${seconds} s).`);
      return 0;
    case 'different':
      console.error(`Drift: the migrations do not produce the schema (${seconds} s). SQL from the migrations to the schema:\n`);
      console.error(result.sql);
      console.error('Create a migration with `npm run db:migration -- <name>`.');
      return 1;
    case 'failed':
      console.error(`Migration check failed (${seconds} s):\n${result.message}`);
      return 2;
  }
}

process.exit(await main());
