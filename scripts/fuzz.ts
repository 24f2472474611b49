/**
 * The full fuzz run: requests generated from the schema (tests/fuzz) against the demo seed in a
 * throwaway PostgreSQL database, judged by the fuzz oracle (no 5xx, no header Node would refuse,
 * no internal or leaking error, refused mutations change nothing). Cases travel as JSON POSTs or
 * GETs (some with malformed `variables`/`extensions`) and come from anonymous callers, garbage
 * tokens, seeded principals, or validly signed tokens with hostile claims.
 *   npm run fuzz [-- --runs 10000] [--seed S] [--stop] [--log cases.txt]
 * --stop ends at the first failure and shrinks it (fast-check); without it every case runs and
 * failures are counted. The database server: DATABASE_URL (a database is created on it and
 * dropped after), or a temporary cluster like the test suite's (PostgreSQL binaries needed).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import pg from 'pg';
import { seedDemo } from '../seeds/seed.js';
import { openDatabase, type Database } from '../src/platform/db/client.js';
import { applyMigrations } from '../src/platform/db/migrate.js';
import { schema } from '../src/graphql/index.js';
import { caseArb, describeCase, nodeTypes, type FuzzCase } from '../tests/fuzz/arbitraries.js';
import { formatTally, FuzzOracle } from '../tests/fuzz/oracle.js';
import { createTestApp } from '../tests/helpers/app.js';
import { startCluster, type Cluster } from '../tests/setup/postgres.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    stop: { type: 'boolean', default: false },
    log: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write('Usage: npm run fuzz -- [--runs 10000] [--seed S] [--stop] [--log file]\n');
  process.exit(0);
}
const runs = Number(values.runs);
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  process.stderr.write('--runs must be a positive integer and --seed an integer\n');
  process.exit(2);
}

const cleanups: Array<() => Promise<void> | void> = [];
async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()!();
    } catch (error) {
      process.stderr.write(`cleanup: ${(error as Error).message}\n`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanup().finally(() => process.exit(130)));

async function throwawayDatabase(): Promise<Database> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const cluster: Cluster = await startCluster();
    cleanups.push(() => cluster.destroy());
    adminUrl = cluster.url;
  }
  const name = `tm_fuzz_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const a = new pg.Client({ connectionString: adminUrl });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
  cleanups.push(() => db.close());
  await applyMigrations(db.exec);
  await seedDemo(db.prisma);
  return db;
}

try {
  process.stdout.write(`fuzz: seed ${seed}, ${runs} cases${values.stop ? ', stop at the first failure' : ''}\n`);
  const db = await throwawayDatabase();
  const oracle = await FuzzOracle.create(await createTestApp(db), db, nodeTypes(schema));
  const arb = caseArb(schema, oracle.pools);
  const failures: { c: FuzzCase; failure: string }[] = [];
  let done = 0;
  const started = Date.now();
  const property = fc.asyncProperty(arb, async (c) => {
    const v = await oracle.run(c);
    done += 1;
    if (values.log)
      fs.appendFileSync(
        values.log,
        `=== ${v.failure ? 'FAILURE ' : ''}${v.outcome}${describeCase(c)}${v.failure ?? v.response}\n`,
      );
    if (done % 1000 === 0)
      process.stderr.write(`  ${done} cases, ${failures.length} failures, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    if (!v.failure) return;
    if (values.stop) throw new Error(v.failure);
    failures.push({ c, failure: v.failure });
  });
  let shrunk: string | undefined;
  if (values.stop) {
    const details = await fc.check(property, { seed, numRuns: runs });
    if (details.failed) shrunk = fc.defaultReportMessage(details);
  } else {
    await fc.check(property, { seed, numRuns: runs });
  }
  const seconds = (Date.now() - started) / 1000;
  const failed = shrunk ? 1 : failures.length;
  process.stdout.write(
    `\ncases run: ${done}${values.stop ? ' (shrinking included)' : ''}\nfailures: ${failed}\nseconds: ${seconds.toFixed(1)} (${((seconds * 1000) / done).toFixed(1)} ms a case)\noutcomes:\n${formatTally(oracle.tally)}\nvariants:\n${formatTally(oracle.variants)}\n`,
  );
  if (shrunk) process.stdout.write(`\n${shrunk}\n`);
  for (const { c, failure } of failures.slice(0, 10)) process.stdout.write(`\n=== FAILURE\n${failure}${describeCase(c)}`);
  if (failures.length > 10) process.stdout.write(`\n… and ${failures.length - 10} more (--log FILE keeps every case)\n`);
  if (failed)
    process.stdout.write(`\nrepeat with: npm run fuzz -- --seed ${seed} --runs ${runs}${values.stop ? ' --stop' : ''}\n`);
  process.exitCode = failed ? 1 : 0;
} finally {
  await cleanup();
}
