/**
 * O*NET military crosswalk → MilitaryOccupation and MilitaryCrosswalk (military code → O*NET-SOC
 * occupation). Two layouts, told apart by the header:
 *
 *  - the official file (milxMMYY.csv in O*NET's military_crosswalk.zip): SVC, MOC, MOC_TITLE,
 *    STATUS, EDATE, ONET1 … ONETn. SVC is the service letter (see SERVICE_BRANCHES). STATUS and
 *    EDATE are not stored: a retired code still describes what a veteran did.
 *  - the lossy derivative in the reference data (moc-to-onet-lossy.tsv): moc_code_branch_merged,
 *    civilian_titles_simplified, onet_soc_recovered_by_title_match (space-separated codes). Its
 *    branches were merged away, so its codes go under UNSPECIFIED, and it has no military titles,
 *    so the civilian titles stand in as the title.
 *
 * Links point at Occupation(ONET_SOC) rows already in the database: import O*NET first. A row
 * repeating an earlier (branch, code) adds its O*NET codes to the first one.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MilitaryBranch } from '@prisma/client';
import type { Database } from '../platform/db/client.js';
import { silentProgress } from './progress.js';
import { crosswalkRelease } from './releases.js';
import { ImportReport, type Skip } from './report.js';
import { clip, col, ImportError, readReported, type Format, type Table } from './table.js';
import type { CrosswalkLink, MilitaryOccupationRecord } from './types.js';
import {
  DEFAULT_BATCH_SIZE,
  militaryKey,
  occupationIds,
  syncCrosswalk,
  syncMilitaryOccupations,
  upsertRelease,
  type ImportOptions,
  type WriteContext,
} from './write.js';

/**
 * Service letters of the official crosswalk (as in DMDC's occupational database, which it comes
 * from): A Army, N Navy, F Air Force, M Marine Corps, C Coast Guard; S for Space Force, which
 * newer files use. Any other letter is skipped with a reason rather than guessed.
 */
export const SERVICE_BRANCHES: Readonly<Record<string, MilitaryBranch>> = {
  A: 'ARMY',
  N: 'NAVY',
  F: 'AIR_FORCE',
  M: 'MARINE_CORPS',
  C: 'COAST_GUARD',
  S: 'SPACE_FORCE',
};

export const LOSSY_COLUMNS = [
  'moc_code_branch_merged',
  'civilian_titles_simplified',
  'onet_soc_recovered_by_title_match',
] as const;
export const MILX_COLUMNS = ['SVC', 'MOC', 'MOC_TITLE'] as const;

export type CrosswalkLayout = 'lossy' | 'milx';

/** Layout and delimiter from the header line. */
export function detectLayout(headerLine: string): { layout: CrosswalkLayout; format: Format } | undefined {
  const format: Format = headerLine.includes('\t') ? 'tsv' : 'csv';
  const names = headerLine
    .replace(/^\uFEFF/, '')
    .split(format === 'tsv' ? '\t' : ',')
    .map((n) => n.trim().replace(/^"|"$/g, ''));
  if (LOSSY_COLUMNS.every((c) => names.includes(c))) return { layout: 'lossy', format };
  if (MILX_COLUMNS.every((c) => names.includes(c))) return { layout: 'milx', format };
  return undefined;
}

const SOC_CODE = /^\d{2}-\d{4}\.\d{2}$/;

/** One source row, normalized across layouts. */
interface Entry {
  line: number;
  branch: MilitaryBranch;
  code: string;
  title: string;
  onet: string[];
}

export interface Crosswalk {
  occupations: MilitaryOccupationRecord[];
  links: CrosswalkLink[];
  skips: Skip[];
  notes: string[];
}

type Rows = Pick<Table, 'file' | 'rows' | 'columns'>;

export function parseLossy({ file, rows }: Rows): Crosswalk {
  const entries: Entry[] = [];
  const skips: Skip[] = [];
  for (const row of rows) {
    const code = col(row, 'moc_code_branch_merged').trim();
    const title = col(row, 'civilian_titles_simplified').trim();
    if (!code) skips.push({ file, line: row.line, reason: 'missing moc_code_branch_merged', detail: clip(title) });
    else if (!title) skips.push({ file, line: row.line, reason: 'missing civilian_titles_simplified', detail: code });
    else {
      const onet = col(row, 'onet_soc_recovered_by_title_match')
        .split(/[\s,;]+/)
        .filter(Boolean);
      entries.push({ line: row.line, branch: 'UNSPECIFIED', code, title, onet });
    }
  }
  return collect(file, entries, skips);
}

export function parseMilx({ file, rows, columns }: Rows): Crosswalk {
  // ONET1 … ONETn: as many as the file has.
  const onetColumns = columns.filter((c) => /^ONET\d+$/i.test(c));
  const entries: Entry[] = [];
  const skips: Skip[] = [];
  for (const row of rows) {
    const svc = col(row, 'SVC').trim().toUpperCase();
    const code = col(row, 'MOC').trim();
    const title = col(row, 'MOC_TITLE').trim();
    const branch = SERVICE_BRANCHES[svc];
    const skip = (reason: string) => skips.push({ file, line: row.line, reason, detail: `${svc} ${code} ${clip(title, 40)}` });
    if (!svc) skip('missing SVC');
    else if (!branch) skip(`unknown SVC (expected one of ${Object.keys(SERVICE_BRANCHES).join(', ')})`);
    else if (!code) skip('missing MOC');
    else if (!title) skip('missing MOC_TITLE');
    else {
      const onet = onetColumns.map((c) => col(row, c).trim()).filter(Boolean);
      entries.push({ line: row.line, branch, code, title, onet });
    }
  }
  return collect(file, entries, skips);
}

/** Merges repeated codes and checks the O*NET-SOC codes' shape. */
function collect(file: string, entries: readonly Entry[], skips: Skip[]): Crosswalk {
  const occupations = new Map<string, MilitaryOccupationRecord>();
  const links = new Map<string, CrosswalkLink>();
  let repeated = 0;
  let withoutOnet = 0;
  for (const e of entries) {
    const key = militaryKey(e.branch, e.code);
    if (occupations.has(key)) repeated += 1;
    else occupations.set(key, { branch: e.branch, code: e.code, title: e.title });
    if (e.onet.length === 0) withoutOnet += 1;
    for (const soc of e.onet) {
      if (!SOC_CODE.test(soc)) {
        skips.push({
          file,
          line: e.line,
          reason: 'malformed O*NET-SOC code (expected NN-NNNN.NN)',
          detail: `${e.code} → ${clip(soc, 30)}`,
        });
        continue;
      }
      const linkKey = `${key}|${soc}`;
      if (!links.has(linkKey)) links.set(linkKey, { branch: e.branch, code: e.code, onetSoc: soc, line: e.line });
    }
  }
  const notes: string[] = [];
  if (repeated) notes.push(`${repeated} row(s) repeat an earlier military code; their O*NET codes were added to the first`);
  if (withoutOnet)
    notes.push(`${withoutOnet} row(s) have no O*NET-SOC code: imported as military occupations without a civilian link`);
  return { occupations: [...occupations.values()], links: [...links.values()], skips, notes };
}

export const UNKNOWN_ONET_REASON = 'O*NET-SOC code not in the database (import O*NET first)';

/** Pure: crosswalk links as id pairs; links to occupations the database does not have are skipped. */
export function resolveLinks(
  file: string,
  links: readonly CrosswalkLink[],
  militaryIds: ReadonlyMap<string, string>,
  onetIds: ReadonlyMap<string, string>,
): { rows: Array<{ militaryOccupationId: string; occupationId: string }>; skips: Skip[] } {
  const rows: Array<{ militaryOccupationId: string; occupationId: string }> = [];
  const skips: Skip[] = [];
  for (const l of links) {
    const occupationId = onetIds.get(l.onetSoc);
    const militaryOccupationId = militaryIds.get(militaryKey(l.branch, l.code));
    if (!occupationId) skips.push({ file, line: l.line, reason: UNKNOWN_ONET_REASON, detail: `${l.code} → ${l.onetSoc}` });
    else if (militaryOccupationId) rows.push({ militaryOccupationId, occupationId });
  }
  return { rows, skips };
}

function firstLine(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8').split(/\r?\n/)[0] ?? '';
  } finally {
    fs.closeSync(fd);
  }
}

export async function importMilitary(db: Database, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new ImportError(`${file}: file not found`);
  const detected = detectLayout(firstLine(file));
  if (!detected) {
    throw new ImportError(
      `${file}: not a military crosswalk: expected the columns ${MILX_COLUMNS.join(', ')}, ONET1… (official milx file) or ${LOSSY_COLUMNS.join(', ')}`,
    );
  }
  const stem = options.version ?? path.basename(file, path.extname(file));
  const report = new ImportReport(
    `military crosswalk (${detected.layout === 'milx' ? 'official milx layout' : 'lossy layout'}) from ${file}`,
  );
  const progress = options.progress ?? silentProgress;
  const required = detected.layout === 'milx' ? MILX_COLUMNS : LOSSY_COLUMNS;
  const table = await readReported(report, file, detected.format, required, progress);
  const parsed = detected.layout === 'milx' ? parseMilx(table) : parseLossy(table);
  report.skip(parsed.skips);
  for (const n of parsed.notes) report.note(n);

  const ctx: WriteContext = { db, report, progress, batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE };
  const onetIds = await occupationIds(db, 'ONET_SOC');
  if (onetIds.size === 0) {
    report.note(
      'no O*NET-SOC occupations in the database, so no civilian link could be made: run `npm run import -- onet DIR` first, then this again',
    );
  }
  const militaryIds = await syncMilitaryOccupations(ctx, parsed.occupations);
  const links = resolveLinks(table.file, parsed.links, militaryIds, onetIds);
  report.skip(links.skips);
  await syncCrosswalk(ctx, [...new Set(parsed.occupations.map((o) => o.branch))], links.rows);
  await upsertRelease(ctx, crosswalkRelease(stem));
  return report.finish();
}
