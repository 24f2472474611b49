/**
 * Taxonomy importers: O*NET (folder of tab-delimited text files), ESCO (folder of CSV files),
 * the O*NET military crosswalk (one file), and the O*NET ↔ ESCO skill bridge (derived from the
 * two taxonomies in the database, no file). Each is idempotent — a second run writes nothing —
 * and returns a report of what it created, updated, left unchanged and skipped.
 */
import type { Database } from '../platform/db/client.js';
import { importBridge } from './bridge/store.js';
import { importEsco } from './esco.js';
import { importMilitary } from './military.js';
import { importOnet } from './onet.js';
import type { ImportReport } from './report.js';
import { ImportError } from './table.js';
import type { ImportOptions } from './write.js';

export { importBridge } from './bridge/store.js';
export { importEsco } from './esco.js';
export { importMilitary } from './military.js';
export { importOnet } from './onet.js';
export { createProgress, silentProgress, type Progress } from './progress.js';
export { formatReport, ImportReport, type Skip } from './report.js';
export { ImportError } from './table.js';
export { DEFAULT_BATCH_SIZE, type ImportOptions } from './write.js';

export const SOURCES = ['onet', 'esco', 'military', 'bridge'] as const;
export type Source = (typeof SOURCES)[number];

export const isSource = (s: string): s is Source => (SOURCES as readonly string[]).includes(s);

/** Sources derived from what is already in the database: they take no path. */
export const takesPath = (s: Source) => s !== 'bridge';

export async function runImport(
  source: Source,
  target: string | undefined,
  db: Database,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const path = () => {
    if (target === undefined) throw new ImportError(`${source}: a path is required`);
    return target;
  };
  switch (source) {
    case 'onet':
      return withSearchIndexFlushed(db, await importOnet(db, path(), options));
    case 'esco':
      return withSearchIndexFlushed(db, await importEsco(db, path(), options));
    case 'military':
      return importMilitary(db, path(), options);
    case 'bridge':
      return importBridge(db, options);
  }
}

/**
 * New skills wait in the trigram index's pending list until it is flushed. PostgreSQL's
 * autovacuum flushes it eventually; PGlite has none. Until then the planner prices the index
 * high and searches matching a hundred or more skills fall back to a sequential scan
 * (measured: p95 55–58 ms before, 13 ms after; the flush takes 30–60 ms).
 */
async function withSearchIndexFlushed(db: Database, report: ImportReport): Promise<ImportReport> {
  try {
    await db.exec.query(`SELECT gin_clean_pending_list('"Skill_searchText_idx"'::regclass)`);
  } catch {
    // Only the index owner may flush; autovacuum will do it on a server.
  }
  return report;
}
