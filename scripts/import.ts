/**
 * Imports a taxonomy release into the configured database (DATABASE_URL, or the embedded PGlite
 * under DATA_DIR), applying pending migrations first:
 *   npm run import -- onet     DIR   [--version 29.0]   O*NET text release (folder)
 *   npm run import -- esco     DIR   [--version 1.1.1]  ESCO CSV download, English (folder)
 *   npm run import -- military FILE  [--version NAME]   O*NET military crosswalk (milx CSV or the lossy TSV)
 *   npm run import -- bridge                           O*NET ↔ ESCO skill bridge, from the two taxonomies in the database
 * Options: --batch-size N (rows per statement/transaction, default 2000).
 * Idempotent: running it again changes nothing. Progress goes to stderr, the summary to stdout.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/app/config.js';
import { openMigratedDatabase } from '../src/platform/db/client.js';
import {
  createProgress,
  DEFAULT_BATCH_SIZE,
  formatReport,
  ImportError,
  isSource,
  runImport,
  SOURCES,
  takesPath,
} from '../src/import/index.js';

const USAGE = `Usage: npm run import -- <${SOURCES.join('|')}> [PATH] [--version V] [--batch-size N]
  onet DIR       O*NET database, text files (e.g. ../shared/data/onet-29.0)
  esco DIR       ESCO CSV download, English (e.g. ../shared/data/esco-1.1.1)
  military FILE  O*NET military crosswalk: official milx CSV or moc-to-onet-lossy.tsv
                 (links to O*NET occupations: import O*NET first)
  bridge         O*NET ↔ ESCO skill equivalences, derived from the two taxonomies already in
                 the database (import onet and esco first); no path, replaces the previous bridge`;

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(code);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    version: { type: 'string' },
    'batch-size': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const [source, target, ...extra] = positionals;
if (!source || !isSource(source)) fail(source ? `unknown source "${source}"` : 'which source?');
if (takesPath(source) && !target) fail(`${source}: a ${source === 'military' ? 'file' : 'folder'} is required`);
if (!takesPath(source) && target) fail(`${source} takes no path: it reads the taxonomies from the database`);
if (!takesPath(source) && values.version) fail(`${source}: --version does not apply`);
if (extra.length) fail(`unexpected arguments: ${extra.join(' ')}`);
const batchSize = values['batch-size'] === undefined ? DEFAULT_BATCH_SIZE : Number(values['batch-size']);
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 20_000) fail('--batch-size must be an integer from 1 to 20000');

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message, 78);
  throw error;
}

if (source === 'military') {
  process.stderr.write(
    'Note: crosswalk rows link to O*NET-SOC occupations already in the database; import O*NET first (npm run import -- onet DIR).\n',
  );
}
const db = await openMigratedDatabase(config.database, (m) => process.stderr.write(`${m}\n`));
process.stderr.write(
  `Importing ${source}${target ? ` from ${target}` : ''} into the ${db.kind === 'pglite' ? `embedded database (${config.dataDir})` : 'PostgreSQL server'}\n`,
);
let exitCode = 0;
try {
  const report = await runImport(source, target, db, {
    progress: createProgress(process.stderr),
    batchSize,
    version: values.version,
  });
  process.stdout.write(`${formatReport(report)}\n`);
  if (report.changedNothing) {
    process.stdout.write(
      takesPath(source)
        ? 'Nothing changed: the database already had this release.\n'
        : 'Nothing changed: the stored bridge is what the taxonomies give.\n',
    );
  }
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  process.stderr.write(`\nImport failed: ${error.message}\n`);
  exitCode = 1;
} finally {
  await db.close();
}
process.exit(exitCode);
