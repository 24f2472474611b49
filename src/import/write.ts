/**
 * Writes parsed records with few round trips and no needless writes:
 *  1. load what the database has in the import's scope into a map (one query per table);
 *  2. diff in memory: new rows, changed rows, unchanged rows;
 *  3. INSERT … ON CONFLICT DO NOTHING the new ones and UPDATE … FROM the changed ones, in
 *     batches passed as one JSON parameter each (jsonb_to_recordset), so a batch of thousands of
 *     rows is one statement — and so one transaction — on PostgreSQL and PGlite alike, without
 *     hitting the 65,535 bind-parameter limit.
 * Unchanged rows are never written, so a re-run leaves every updatedAt as it was. Rows the
 * source no longer has are counted, not deleted: profiles and openings may point at them.
 */
import type { MilitaryBranch, OccupationScheme, SkillScheme } from '@prisma/client';
import type { Database } from '../platform/db/client.js';
import { skillSearchText } from '../modules/openings/search-text.js';
import type { Progress } from './progress.js';
import type { ImportReport } from './report.js';
import type {
  MilitaryOccupationRecord,
  OccupationRecord,
  OccupationSkillLink,
  ReleaseRecord,
  RelationLink,
  SkillRecord,
} from './types.js';

/** Options every importer takes. */
export interface ImportOptions {
  progress?: Progress;
  /** Rows per statement and transaction. */
  batchSize?: number;
  /** Release version; read from the files or folder name when not given. */
  version?: string;
}

export const DEFAULT_BATCH_SIZE = 2000;

/** Looks an id up after the entities were written; a miss is a bug, not bad data. */
export function idOf(ids: ReadonlyMap<string, string>, code: string, what: string): string {
  const id = ids.get(code);
  if (!id) throw new Error(`import: ${what} ${code} was not written`);
  return id;
}

export interface WriteContext {
  db: Database;
  report: ImportReport;
  progress: Progress;
  /** Rows per statement (and so per transaction). */
  batchSize: number;
}

/** Prisma stores timestamps without time zone, in UTC; now() alone would follow the session's zone. */
const NOW = `(now() AT TIME ZONE 'UTC')`;

export interface Diff<T, E> {
  create: T[];
  update: Array<{ next: T; current: E }>;
  unchanged: number;
  notInSource: number;
}

/** Pure: sorts incoming records into new, changed and unchanged against the existing ones by key. */
export function diff<T, E>(
  incoming: readonly T[],
  existing: ReadonlyMap<string, E>,
  key: (t: T) => string,
  same: (next: T, current: E) => boolean,
): Diff<T, E> {
  const result: Diff<T, E> = { create: [], update: [], unchanged: 0, notInSource: 0 };
  const seen = new Set<string>();
  for (const next of incoming) {
    const k = key(next);
    if (seen.has(k)) continue;
    seen.add(k);
    const current = existing.get(k);
    if (current === undefined) result.create.push(next);
    else if (same(next, current)) result.unchanged += 1;
    else result.update.push({ next, current });
  }
  for (const k of existing.keys()) if (!seen.has(k)) result.notInSource += 1;
  return result;
}

const sameList = (a: readonly string[], b: readonly string[] | null) =>
  a.length === (b?.length ?? 0) && a.every((v, i) => v === b![i]);

/** Runs `sql` over `rows` in batches; $1 is the batch as JSON. Returns what the statements return. */
async function inBatches<R>(ctx: WriteContext, label: string, sql: string, rows: object[]): Promise<R[]> {
  const out: R[] = [];
  if (rows.length === 0) return out;
  ctx.progress.start(label, rows.length);
  for (let i = 0; i < rows.length; i += ctx.batchSize) {
    const batch = rows.slice(i, i + ctx.batchSize);
    // One statement per batch: atomic on its own, so a failure leaves no half-written batch.
    out.push(...(await ctx.db.exec.query<R>(sql, [JSON.stringify(batch)])));
    ctx.progress.update(i + batch.length);
  }
  ctx.progress.end();
  return out;
}

/** How one table is synced: what the database has in scope, how rows are keyed and compared, how they are written. */
interface SyncSpec<T, E> {
  /** Name in the report and progress, e.g. `Skill (ESCO)`. */
  label: string;
  loadSql: string;
  loadParams: unknown[];
  nextKey: (t: T) => string;
  currentKey: (e: E) => string;
  same: (next: T, current: E) => boolean;
  insertSql: string;
  insertRow: (t: T) => object;
  updateSql?: string;
  updateRow?: (next: T, current: E) => object;
}

/** Load, diff, insert the new rows, update the changed ones, count. `R` is what the INSERT returns. */
async function sync<T, E, R = unknown>(ctx: WriteContext, spec: SyncSpec<T, E>, incoming: readonly T[]) {
  const rows = await ctx.db.exec.query<E>(spec.loadSql, spec.loadParams);
  const existing = new Map(rows.map((r) => [spec.currentKey(r), r]));
  const d = diff(incoming, existing, spec.nextKey, spec.same);
  const inserted = await inBatches<R>(ctx, `write ${spec.label} (new)`, spec.insertSql, d.create.map(spec.insertRow));
  if (spec.updateSql && spec.updateRow) {
    const { updateSql, updateRow } = spec;
    await inBatches(
      ctx,
      `write ${spec.label} (changed)`,
      updateSql,
      d.update.map((u) => updateRow(u.next, u.current)),
    );
  }
  ctx.report.count(spec.label, {
    // RETURNING counts what was written: ON CONFLICT DO NOTHING skips rows a concurrent import wrote first.
    created: inserted.length,
    updated: d.update.length,
    unchanged: d.unchanged,
    notInSource: d.notInSource,
  });
  // Fewer rows inserted than planned: another import wrote some of them first, so ids come from the database.
  return { existing: rows, inserted, raced: inserted.length < d.create.length };
}

// ─── Entities: matched by natural key, returned as key → id ─────────────────────────────────

interface SkillRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  description: string | null;
  altLabels: string[] | null;
  collections: string[] | null;
  searchText: string;
}

/** Creates and updates the skills of one scheme; returns code → id for every skill of the scheme. */
export async function syncSkills(
  ctx: WriteContext,
  scheme: SkillScheme,
  records: readonly SkillRecord[],
): Promise<Map<string, string>> {
  const withSearch = records.map((r) => ({
    ...r,
    collections: r.collections ?? [],
    searchText: skillSearchText(r.name, r.altLabels),
  }));
  const { existing, inserted, raced } = await sync<(typeof withSearch)[number], SkillRow, { id: string; code: string }>(
    ctx,
    {
      label: `Skill (${scheme})`,
      loadSql: `SELECT id, code, name, kind::text AS kind, description, "altLabels", collections, "searchText" FROM "Skill" WHERE scheme = $1::"SkillScheme"`,
      loadParams: [scheme],
      nextKey: (r) => r.code,
      currentKey: (e) => e.code,
      same: (r, e) =>
        r.name === e.name &&
        r.kind === e.kind &&
        r.description === e.description &&
        r.searchText === e.searchText &&
        sameList(r.altLabels, e.altLabels) &&
        sameList(r.collections, e.collections),
      insertSql: `INSERT INTO "Skill" (id, scheme, code, name, kind, description, "altLabels", collections, "searchText", "createdAt", "updatedAt")
        SELECT gen_random_uuid(), '${scheme}'::"SkillScheme", x.code, x.name, x.kind::"SkillKind", x.description, x."altLabels", x.collections, x."searchText", ${NOW}, ${NOW}
        FROM jsonb_to_recordset($1::jsonb) AS x(code text, name text, kind text, description text, "altLabels" text[], collections text[], "searchText" text)
        ON CONFLICT (scheme, code) DO NOTHING RETURNING id, code`,
      insertRow: (r) => ({
        code: r.code,
        name: r.name,
        kind: r.kind,
        description: r.description,
        altLabels: r.altLabels,
        collections: r.collections,
        searchText: r.searchText,
      }),
      updateSql: `UPDATE "Skill" AS s SET name = x.name, kind = x.kind::"SkillKind", description = x.description,
          "altLabels" = x."altLabels", collections = x.collections, "searchText" = x."searchText", "updatedAt" = ${NOW}
        FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, name text, kind text, description text, "altLabels" text[], collections text[], "searchText" text)
        WHERE s.id = x.id`,
      updateRow: (r, e) => ({
        id: e.id,
        name: r.name,
        kind: r.kind,
        description: r.description,
        altLabels: r.altLabels,
        collections: r.collections,
        searchText: r.searchText,
      }),
    },
    withSearch,
  );
  if (raced) return idsByCode(ctx.db, `SELECT id, code FROM "Skill" WHERE scheme = $1::"SkillScheme"`, [scheme]);
  return new Map([...existing, ...inserted].map((r) => [r.code, r.id]));
}

interface OccupationRow {
  id: string;
  code: string;
  title: string;
  description: string | null;
  altLabels: string[] | null;
}

/** Creates and updates the occupations of one scheme; returns code → id for the whole scheme. */
export async function syncOccupations(
  ctx: WriteContext,
  scheme: OccupationScheme,
  records: readonly OccupationRecord[],
): Promise<Map<string, string>> {
  const { existing, inserted, raced } = await sync<OccupationRecord, OccupationRow, { id: string; code: string }>(
    ctx,
    {
      label: `Occupation (${scheme})`,
      loadSql: `SELECT id, code, title, description, "altLabels" FROM "Occupation" WHERE scheme = $1::"OccupationScheme"`,
      loadParams: [scheme],
      nextKey: (r) => r.code,
      currentKey: (e) => e.code,
      same: (r, e) => r.title === e.title && r.description === e.description && sameList(r.altLabels ?? [], e.altLabels),
      insertSql: `INSERT INTO "Occupation" (id, scheme, code, title, description, "altLabels", "createdAt", "updatedAt")
        SELECT gen_random_uuid(), '${scheme}'::"OccupationScheme", x.code, x.title, x.description, x."altLabels", ${NOW}, ${NOW}
        FROM jsonb_to_recordset($1::jsonb) AS x(code text, title text, description text, "altLabels" text[])
        ON CONFLICT (scheme, code) DO NOTHING RETURNING id, code`,
      insertRow: (r) => ({ code: r.code, title: r.title, description: r.description, altLabels: r.altLabels ?? [] }),
      updateSql: `UPDATE "Occupation" AS o SET title = x.title, description = x.description, "altLabels" = x."altLabels", "updatedAt" = ${NOW}
        FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, title text, description text, "altLabels" text[]) WHERE o.id = x.id`,
      updateRow: (r, e) => ({ id: e.id, title: r.title, description: r.description, altLabels: r.altLabels ?? [] }),
    },
    records,
  );
  if (raced) return occupationIds(ctx.db, scheme);
  return new Map([...existing, ...inserted].map((r) => [r.code, r.id]));
}

async function idsByCode(db: Database, sql: string, params: unknown[]): Promise<Map<string, string>> {
  const rows = await db.exec.query<{ id: string; code: string }>(sql, params);
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** Code → id of every occupation of a scheme (for importers that link to another import's occupations). */
export function occupationIds(db: Database, scheme: OccupationScheme): Promise<Map<string, string>> {
  return idsByCode(db, `SELECT id, code FROM "Occupation" WHERE scheme = $1::"OccupationScheme"`, [scheme]);
}

interface MilitaryRow {
  id: string;
  branch: MilitaryBranch;
  code: string;
  title: string;
}

export const militaryKey = (branch: MilitaryBranch, code: string) => `${branch}|${code}`;

/**
 * Creates and updates military occupations; scope = the branches the file has (a lossy file's
 * UNSPECIFIED codes are not "missing" from an official file). Returns `${branch}|${code}` → id.
 */
export async function syncMilitaryOccupations(
  ctx: WriteContext,
  records: readonly MilitaryOccupationRecord[],
): Promise<Map<string, string>> {
  const branches = [...new Set(records.map((r) => r.branch))].join(',');
  const loadSql = `SELECT id, branch::text AS branch, code, title FROM "MilitaryOccupation" WHERE branch::text = ANY(string_to_array($1, ','))`;
  const { existing, inserted, raced } = await sync<MilitaryOccupationRecord, MilitaryRow, MilitaryRow>(
    ctx,
    {
      label: 'MilitaryOccupation',
      loadSql,
      loadParams: [branches],
      nextKey: (r) => militaryKey(r.branch, r.code),
      currentKey: (e) => militaryKey(e.branch, e.code),
      same: (r, e) => r.title === e.title,
      insertSql: `INSERT INTO "MilitaryOccupation" (id, branch, code, title, "createdAt", "updatedAt")
        SELECT gen_random_uuid(), x.branch::"MilitaryBranch", x.code, x.title, ${NOW}, ${NOW}
        FROM jsonb_to_recordset($1::jsonb) AS x(branch text, code text, title text)
        ON CONFLICT (branch, code) DO NOTHING RETURNING id, branch::text AS branch, code, title`,
      insertRow: (r) => r,
      updateSql: `UPDATE "MilitaryOccupation" AS m SET title = x.title, "updatedAt" = ${NOW}
        FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, title text) WHERE m.id = x.id`,
      updateRow: (r, e) => ({ id: e.id, title: r.title }),
    },
    records,
  );
  const all = raced ? await ctx.db.exec.query<MilitaryRow>(loadSql, [branches]) : [...existing, ...inserted];
  return new Map(all.map((r) => [militaryKey(r.branch, r.code), r.id]));
}

// ─── Links between ids ──────────────────────────────────────────────────────────────────────

const schemeList = (schemes: readonly SkillScheme[]) => schemes.join(',');

/** Broader/narrower links; scope = links whose both ends are in `schemes`. */
export async function syncHierarchy(
  ctx: WriteContext,
  schemes: readonly SkillScheme[],
  links: ReadonlyArray<{ broaderId: string; narrowerId: string }>,
) {
  await sync<{ broaderId: string; narrowerId: string }, { b: string; n: string }>(
    ctx,
    {
      label: 'SkillHierarchy',
      loadSql: `SELECT h."broaderId" AS b, h."narrowerId" AS n FROM "SkillHierarchy" h
        JOIN "Skill" nb ON nb.id = h."narrowerId" JOIN "Skill" bb ON bb.id = h."broaderId"
        WHERE nb.scheme::text = ANY(string_to_array($1, ',')) AND bb.scheme::text = ANY(string_to_array($1, ','))`,
      loadParams: [schemeList(schemes)],
      nextKey: (l) => `${l.broaderId}|${l.narrowerId}`,
      currentKey: (e) => `${e.b}|${e.n}`,
      same: () => true,
      insertSql: `INSERT INTO "SkillHierarchy" ("broaderId", "narrowerId", "createdAt")
        SELECT x.b, x.n, ${NOW} FROM jsonb_to_recordset($1::jsonb) AS x(b uuid, n uuid) ON CONFLICT DO NOTHING RETURNING 1`,
      insertRow: (l) => ({ b: l.broaderId, n: l.narrowerId }),
    },
    links,
  );
}

/** Related-skill links; scope = links whose both ends are in `schemes`. */
export async function syncRelations(
  ctx: WriteContext,
  schemes: readonly SkillScheme[],
  links: ReadonlyArray<{ fromId: string; toId: string; kind: RelationLink['kind'] }>,
) {
  await sync<{ fromId: string; toId: string; kind: string }, { f: string; t: string; kind: string }>(
    ctx,
    {
      label: 'SkillRelation',
      loadSql: `SELECT r."fromId" AS f, r."toId" AS t, r.kind::text AS kind FROM "SkillRelation" r
        JOIN "Skill" a ON a.id = r."fromId" JOIN "Skill" b ON b.id = r."toId"
        WHERE a.scheme::text = ANY(string_to_array($1, ',')) AND b.scheme::text = ANY(string_to_array($1, ','))`,
      loadParams: [schemeList(schemes)],
      nextKey: (l) => `${l.fromId}|${l.toId}`,
      currentKey: (e) => `${e.f}|${e.t}`,
      same: (l, e) => l.kind === e.kind,
      insertSql: `INSERT INTO "SkillRelation" ("fromId", "toId", kind, "createdAt")
        SELECT x.f, x.t, x.kind::"SkillRelationKind", ${NOW} FROM jsonb_to_recordset($1::jsonb) AS x(f uuid, t uuid, kind text)
        ON CONFLICT DO NOTHING RETURNING 1`,
      insertRow: (l) => ({ f: l.fromId, t: l.toId, kind: l.kind }),
      updateSql: `UPDATE "SkillRelation" AS r SET kind = x.kind::"SkillRelationKind"
        FROM jsonb_to_recordset($1::jsonb) AS x(f uuid, t uuid, kind text) WHERE r."fromId" = x.f AND r."toId" = x.t`,
      updateRow: (l) => ({ f: l.fromId, t: l.toId, kind: l.kind }),
    },
    links,
  );
}

export type OccupationSkillRow = Omit<OccupationSkillLink, 'occupation' | 'skill'> & { occupationId: string; skillId: string };

interface OccupationSkillCurrent {
  o: string;
  s: string;
  importance: number | null;
  level: number | null;
  essential: boolean | null;
  hot: boolean;
  inDemand: boolean;
}

/** Occupation ratings; scope = occupations of `occupationScheme` × skills of `skillSchemes`. */
export async function syncOccupationSkills(
  ctx: WriteContext,
  occupationScheme: OccupationScheme,
  skillSchemes: readonly SkillScheme[],
  links: readonly OccupationSkillRow[],
) {
  const columns = `x(o uuid, s uuid, importance float8, level float8, essential boolean, hot boolean, "inDemand" boolean)`;
  const row = (l: OccupationSkillRow) => ({
    o: l.occupationId,
    s: l.skillId,
    importance: l.importance,
    level: l.level,
    essential: l.essential,
    hot: l.hot,
    inDemand: l.inDemand,
  });
  await sync<OccupationSkillRow, OccupationSkillCurrent>(
    ctx,
    {
      label: 'OccupationSkill',
      loadSql: `SELECT os."occupationId" AS o, os."skillId" AS s, os.importance, os.level, os.essential, os.hot, os."inDemand"
        FROM "OccupationSkill" os JOIN "Occupation" o ON o.id = os."occupationId" JOIN "Skill" k ON k.id = os."skillId"
        WHERE o.scheme = $1::"OccupationScheme" AND k.scheme::text = ANY(string_to_array($2, ','))`,
      loadParams: [occupationScheme, schemeList(skillSchemes)],
      nextKey: (l) => `${l.occupationId}|${l.skillId}`,
      currentKey: (e) => `${e.o}|${e.s}`,
      same: (l, e) =>
        l.importance === e.importance &&
        l.level === e.level &&
        l.essential === e.essential &&
        l.hot === e.hot &&
        l.inDemand === e.inDemand,
      insertSql: `INSERT INTO "OccupationSkill" ("occupationId", "skillId", importance, level, essential, hot, "inDemand", "createdAt", "updatedAt")
        SELECT x.o, x.s, x.importance, x.level, x.essential, x.hot, x."inDemand", ${NOW}, ${NOW}
        FROM jsonb_to_recordset($1::jsonb) AS ${columns} ON CONFLICT DO NOTHING RETURNING 1`,
      insertRow: row,
      updateSql: `UPDATE "OccupationSkill" AS t SET importance = x.importance, level = x.level, essential = x.essential,
          hot = x.hot, "inDemand" = x."inDemand", "updatedAt" = ${NOW}
        FROM jsonb_to_recordset($1::jsonb) AS ${columns} WHERE t."occupationId" = x.o AND t."skillId" = x.s`,
      updateRow: row,
    },
    links,
  );
}

/** Military → civilian links; scope = links from military occupations of `branches`. */
export async function syncCrosswalk(
  ctx: WriteContext,
  branches: readonly MilitaryBranch[],
  links: ReadonlyArray<{ militaryOccupationId: string; occupationId: string }>,
) {
  await sync<{ militaryOccupationId: string; occupationId: string }, { m: string; o: string }>(
    ctx,
    {
      label: 'MilitaryCrosswalk',
      loadSql: `SELECT c."militaryOccupationId" AS m, c."occupationId" AS o FROM "MilitaryCrosswalk" c
        JOIN "MilitaryOccupation" mo ON mo.id = c."militaryOccupationId" WHERE mo.branch::text = ANY(string_to_array($1, ','))`,
      loadParams: [[...new Set(branches)].join(',')],
      nextKey: (l) => `${l.militaryOccupationId}|${l.occupationId}`,
      currentKey: (e) => `${e.m}|${e.o}`,
      same: () => true,
      insertSql: `INSERT INTO "MilitaryCrosswalk" ("militaryOccupationId", "occupationId", "createdAt")
        SELECT x.m, x.o, ${NOW} FROM jsonb_to_recordset($1::jsonb) AS x(m uuid, o uuid) ON CONFLICT DO NOTHING RETURNING 1`,
      insertRow: (l) => ({ m: l.militaryOccupationId, o: l.occupationId }),
    },
    links,
  );
}

/** Creates the release row, or updates it only when its text changed (importedAt stays the first import's). */
export async function upsertRelease(ctx: WriteContext, release: ReleaseRecord): Promise<void> {
  const { prisma } = ctx.db;
  const where = { scheme_version: { scheme: release.scheme, version: release.version } };
  const current = await prisma.taxonomyRelease.findUnique({ where });
  if (!current) {
    await prisma.taxonomyRelease.create({ data: release });
    ctx.report.count('TaxonomyRelease', { created: 1 });
  } else if (
    current.title !== release.title ||
    current.licence !== release.licence ||
    current.attribution !== release.attribution ||
    current.url !== release.url
  ) {
    await prisma.taxonomyRelease.update({ where, data: release });
    ctx.report.count('TaxonomyRelease', { updated: 1 });
  } else {
    ctx.report.count('TaxonomyRelease', { unchanged: 1 });
  }
}
