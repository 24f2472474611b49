/**
 * Full-file import benchmark (not part of the test suite): O*NET, ESCO and the military crosswalk
 * from the reference data, on PGlite and on PostgreSQL. Each import runs twice: the first load,
 * then the re-run that must change nothing.
 *   npx tsx bench/import.ts [--only pglite|postgres] [--data ../shared/data] [--batch-size 2000] [--progress]
 * PostgreSQL: a scratch database on DATABASE_URL's server (dropped afterwards), or, when
 * DATABASE_URL is unset, a throwaway cluster like the test suite's (needs PostgreSQL's binaries).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openMigratedDatabase, type Database } from '../src/platform/db/client.js';
import { createProgress, DEFAULT_BATCH_SIZE, runImport, silentProgress, type Source } from '../src/import/index.js';
import { startCluster } from '../tests/setup/postgres.js';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    data: { type: 'string', default: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/data') },
    'batch-size': { type: 'string' },
    progress: { type: 'boolean', default: false },
  },
});
const dataDir = path.resolve(values.data!);
const batchSize = values['batch-size'] ? Number(values['batch-size']) : DEFAULT_BATCH_SIZE;
const steps: Array<[Source, string]> = [
  ['onet', path.join(dataDir, 'onet-29.0')],
  ['esco', path.join(dataDir, 'esco-1.1.1')],
  ['military', path.join(dataDir, 'military/moc-to-onet-lossy.tsv')],
];
for (const [, p] of steps) if (!fs.existsSync(p)) throw new Error(`${p} not found (pass --data DIR)`);

const TABLES = [
  'Skill',
  'SkillHierarchy',
  'SkillRelation',
  'Occupation',
  'OccupationSkill',
  'MilitaryOccupation',
  'MilitaryCrosswalk',
  'TaxonomyRelease',
];
const lines: string[] = [];
const out = (s: string) => {
  lines.push(s);
  process.stdout.write(`${s}\n`);
};

async function bench(runtime: string, db: Database): Promise<void> {
  out(`\n${runtime} (batch size ${batchSize})`);
  out(
    `  ${'step'.padEnd(10)} ${'run'.padEnd(6)} ${'seconds'.padStart(8)} ${'created'.padStart(9)} ${'updated'.padStart(8)} ${'unchanged'.padStart(10)} ${'skipped'.padStart(8)}`,
  );
  let total = 0;
  for (const run of ['first', 'again']) {
    for (const [source, target] of steps) {
      const progress = values.progress ? createProgress(process.stderr) : silentProgress;
      const started = performance.now();
      const report = await runImport(source, target, db, { batchSize, progress });
      const seconds = (performance.now() - started) / 1000;
      total += seconds;
      const sum = (k: 'created' | 'updated' | 'unchanged') => [...report.tables.values()].reduce((n, t) => n + t[k], 0);
      out(
        `  ${source.padEnd(10)} ${run.padEnd(6)} ${seconds.toFixed(1).padStart(8)} ${sum('created').toLocaleString('en-US').padStart(9)} ${sum('updated').toLocaleString('en-US').padStart(8)} ${sum('unchanged').toLocaleString('en-US').padStart(10)} ${report.skippedTotal.toLocaleString('en-US').padStart(8)}`,
      );
    }
  }
  out(`  total ${total.toFixed(1)} s`);
  const counts: string[] = [];
  for (const t of TABLES) {
    const [r] = await db.exec.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${t}"`);
    counts.push(`${t} ${r!.n.toLocaleString('en-US')}`);
  }
  out(`  rows: ${counts.join(', ')}`);
}

async function onPglite(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tm-bench-pglite-'));
  try {
    const db = await openMigratedDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
    try {
      await bench('PGlite (embedded, on disk)', db);
    } finally {
      await db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(): Promise<void> {
  const cluster = process.env.DATABASE_URL ? null : await startCluster();
  const adminUrl = process.env.DATABASE_URL ?? cluster!.url;
  const name = `tm_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const db = await openMigratedDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
    try {
      const [v] = await db.exec.query<{ server_version: string }>('SHOW server_version');
      await bench(`PostgreSQL ${v!.server_version} (${cluster ? 'throwaway cluster, fsync off' : 'DATABASE_URL server'})`, db);
    } finally {
      await db.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
    cluster?.destroy();
  }
}

out(`Import benchmark over ${dataDir} — ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, Node ${process.version}`);
if (values.only !== 'postgres') await onPglite();
if (values.only !== 'pglite') await onPostgres();
