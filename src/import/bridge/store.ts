/**
 * `npm run import -- bridge`: derives the bridge from the O*NET and ESCO already in the database
 * and stores it as EQUIVALENT SkillRelation rows, from the O*NET skill to the ESCO skill, with
 * strength and provenance. Replaces the previous bridge in one transaction: links derived again
 * are kept (updated when their figures changed), new ones added, the others deleted, so a second
 * run changes nothing. Other relation kinds are never touched.
 */
import type { Database } from '../../platform/db/client.js';
import { silentProgress, type Progress } from '../progress.js';
import { ImportReport } from '../report.js';
import { ImportError } from '../table.js';
import { diff, DEFAULT_BATCH_SIZE, type ImportOptions } from '../write.js';
import { deriveBridge } from './derive.js';
import type { BridgeInput, BridgeOptions, BridgeRating, BridgeScheme, BridgeSkill } from './types.js';

export const BRIDGE_TABLE = 'SkillRelation (EQUIVALENT)';

/** Strength as stored: 4 decimals, so a re-derivation that moves it in the 17th digit is not a change. */
export const storedStrength = (s: number) => Math.max(0.0001, Math.round(s * 1e4) / 1e4);

interface SkillRow {
  id: string;
  scheme: BridgeScheme;
  code: string;
  name: string;
  kind: BridgeSkill['kind'];
  description: string | null;
  altLabels: string[] | null;
  collections: string[] | null;
}

/** The bridge's input as the database has it, and the skill ids by `${scheme}|${code}`. */
export async function readBridgeInputFromDatabase(
  db: Database,
  progress: Progress = silentProgress,
): Promise<{ input: BridgeInput; ids: Map<string, string> }> {
  let step = 0;
  progress.start('read O*NET and ESCO from the database', 4, 'queries');
  const q = async <T>(sql: string) => {
    const rows = await db.exec.query<T>(sql);
    progress.update((step += 1));
    return rows;
  };
  const skills = await q<SkillRow>(
    `SELECT id, scheme::text AS scheme, code, name, kind::text AS kind, description, "altLabels", collections
     FROM "Skill" WHERE scheme IN ('ONET', 'ONET_TECH', 'ESCO') ORDER BY scheme, code`,
  );
  const hierarchy = await q<{ scheme: BridgeScheme; narrower: string; broader: string }>(
    `SELECT n.scheme::text AS scheme, n.code AS narrower, b.code AS broader FROM "SkillHierarchy" h
     JOIN "Skill" n ON n.id = h."narrowerId" JOIN "Skill" b ON b.id = h."broaderId"
     WHERE n.scheme IN ('ONET', 'ONET_TECH') AND b.scheme = n.scheme ORDER BY 1, 2, 3`,
  );
  const occupations = await q<{ scheme: 'ONET_SOC' | 'ESCO'; code: string; title: string; altLabels: string[] | null }>(
    `SELECT scheme::text AS scheme, code, title, "altLabels" FROM "Occupation" WHERE scheme IN ('ONET_SOC', 'ESCO') ORDER BY scheme, code`,
  );
  const ratings = await q<{
    side: 'onet' | 'esco';
    occupation: string;
    scheme: BridgeScheme;
    code: string;
    importance: number | null;
    essential: boolean | null;
  }>(
    `SELECT CASE WHEN o.scheme = 'ESCO' THEN 'esco' ELSE 'onet' END AS side, o.code AS occupation, k.scheme::text AS scheme, k.code,
       os.importance, os.essential
     FROM "OccupationSkill" os JOIN "Occupation" o ON o.id = os."occupationId" JOIN "Skill" k ON k.id = os."skillId"
     WHERE (o.scheme = 'ONET_SOC' AND k.scheme IN ('ONET', 'ONET_TECH')) OR (o.scheme = 'ESCO' AND k.scheme = 'ESCO')`,
  );
  progress.end();
  const broader = new Map<string, string[]>();
  for (const h of hierarchy) {
    const key = `${h.scheme}|${h.narrower}`;
    (broader.get(key) ?? broader.set(key, []).get(key)!).push(h.broader);
  }
  const skill = (r: SkillRow): BridgeSkill => ({
    scheme: r.scheme,
    code: r.code,
    name: r.name,
    kind: r.kind,
    description: r.description,
    altLabels: r.altLabels ?? [],
    broader: broader.get(`${r.scheme}|${r.code}`) ?? [],
    collections: r.collections ?? [],
  });
  const occupation = (o: (typeof occupations)[number]) => ({ code: o.code, title: o.title, altLabels: o.altLabels ?? [] });
  const rating = (r: (typeof ratings)[number]): BridgeRating => ({
    occupation: r.occupation,
    scheme: r.scheme,
    code: r.code,
    importance: r.importance,
    essential: r.essential,
  });
  return {
    input: {
      onet: {
        skills: skills.filter((s) => s.scheme !== 'ESCO').map(skill),
        occupations: occupations.filter((o) => o.scheme === 'ONET_SOC').map(occupation),
        ratings: ratings.filter((r) => r.side === 'onet').map(rating),
      },
      esco: {
        skills: skills.filter((s) => s.scheme === 'ESCO').map(skill),
        occupations: occupations.filter((o) => o.scheme === 'ESCO').map(occupation),
        ratings: ratings.filter((r) => r.side === 'esco').map(rating),
      },
    },
    ids: new Map(skills.map((s) => [`${s.scheme}|${s.code}`, s.id])),
  };
}

interface Link {
  fromId: string;
  toId: string;
  strength: number;
  provenance: string;
}

export interface BridgeImportOptions extends ImportOptions {
  /** Passed to deriveBridge (tests use small thresholds on the small fixtures). */
  bridge?: BridgeOptions;
}

export async function importBridge(db: Database, options: BridgeImportOptions = {}): Promise<ImportReport> {
  const report = new ImportReport('skill bridge O*NET ↔ ESCO (from the database)');
  const progress = options.progress ?? silentProgress;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const [counts] = await db.exec.query<{ onet: number; esco: number }>(
    `SELECT count(*) FILTER (WHERE scheme = 'ONET_SOC')::int AS onet, count(*) FILTER (WHERE scheme = 'ESCO')::int AS esco FROM "Occupation"`,
  );
  const missing = [
    counts!.onet === 0 && 'O*NET (npm run import -- onet DIR)',
    counts!.esco === 0 && 'ESCO (npm run import -- esco DIR)',
  ].filter(Boolean);
  if (missing.length) {
    throw new ImportError(
      `the bridge reads both taxonomies from the database, which has no occupations of ${missing.join(' nor ')}: import them first`,
    );
  }

  const { input, ids } = await readBridgeInputFromDatabase(db, progress);
  report.read('Skill (ONET, ONET_TECH, ESCO)', ids.size);
  report.read('Occupation (ONET_SOC, ESCO)', input.onet.occupations.length + input.esco.occupations.length);
  report.read('OccupationSkill', input.onet.ratings.length + input.esco.ratings.length);

  const started = Date.now();
  const result = deriveBridge(input, options.bridge);
  const s = result.stats;
  report.note(
    `${result.method}: ${s.twinPairs.toLocaleString('en-US')} twin occupation pairs; ${s.links.toLocaleString('en-US')} links between ` +
      `${s.onetLinked.toLocaleString('en-US')} of ${s.onetSkills.toLocaleString('en-US')} O*NET skills and ` +
      `${s.escoLinked.toLocaleString('en-US')} of ${s.escoSkills.toLocaleString('en-US')} ESCO skills, derived in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  const incoming: Link[] = result.links.map((l) => ({
    fromId: ids.get(`${l.from.scheme}|${l.from.code}`)!,
    toId: ids.get(`ESCO|${l.to.code}`)!,
    strength: storedStrength(l.strength),
    provenance: l.provenance,
  }));

  await db.exec.transaction(async (tx) => {
    // The bridge replaces itself only: EQUIVALENT rows. A pair already linked by another kind keeps it.
    const current = await tx.query<Link>(
      `SELECT "fromId", "toId", strength, provenance FROM "SkillRelation" WHERE kind = 'EQUIVALENT'`,
    );
    const taken = new Set(
      (
        await tx.query<{ f: string; t: string }>(
          `SELECT "fromId" AS f, "toId" AS t FROM "SkillRelation" WHERE kind <> 'EQUIVALENT'`,
        )
      ).map((r) => `${r.f}|${r.t}`),
    );
    const key = (l: { fromId: string; toId: string }) => `${l.fromId}|${l.toId}`;
    const wanted = incoming.filter((l) => {
      if (!taken.has(key(l))) return true;
      report.skip({
        file: '(derived)',
        line: 0,
        reason: 'pair already linked by another relation kind (kept as it is)',
        detail: l.provenance,
      });
      return false;
    });
    const d = diff(
      wanted,
      new Map(current.map((c) => [key(c), c])),
      key,
      (n, c) => n.strength === c.strength && n.provenance === c.provenance,
    );
    const wantedKeys = new Set(wanted.map(key));
    const obsolete = current.filter((c) => !wantedKeys.has(key(c)));
    const batches = async (label: string, sql: string, rows: object[]) => {
      if (!rows.length) return;
      progress.start(label, rows.length);
      for (let i = 0; i < rows.length; i += batchSize) {
        const batch = rows.slice(i, i + batchSize);
        await tx.query(sql, [JSON.stringify(batch)]);
        progress.update(i + batch.length);
      }
      progress.end();
    };
    await batches(
      'delete links no longer derived',
      `DELETE FROM "SkillRelation" r USING jsonb_to_recordset($1::jsonb) AS x(f uuid, t uuid)
       WHERE r."fromId" = x.f AND r."toId" = x.t AND r.kind = 'EQUIVALENT'`,
      obsolete.map((l) => ({ f: l.fromId, t: l.toId })),
    );
    await batches(
      `write ${BRIDGE_TABLE} (new)`,
      `INSERT INTO "SkillRelation" ("fromId", "toId", kind, strength, provenance, "createdAt")
       SELECT x.f, x.t, 'EQUIVALENT', x.s, x.p, (now() AT TIME ZONE 'UTC') FROM jsonb_to_recordset($1::jsonb) AS x(f uuid, t uuid, s float8, p text)
       ON CONFLICT DO NOTHING`,
      d.create.map((l) => ({ f: l.fromId, t: l.toId, s: l.strength, p: l.provenance })),
    );
    await batches(
      `write ${BRIDGE_TABLE} (changed)`,
      `UPDATE "SkillRelation" AS r SET strength = x.s, provenance = x.p FROM jsonb_to_recordset($1::jsonb) AS x(f uuid, t uuid, s float8, p text)
       WHERE r."fromId" = x.f AND r."toId" = x.t AND r.kind = 'EQUIVALENT'`,
      d.update.map(({ next: l }) => ({ f: l.fromId, t: l.toId, s: l.strength, p: l.provenance })),
    );
    report.count(BRIDGE_TABLE, {
      created: d.create.length,
      updated: d.update.length,
      unchanged: d.unchanged,
      deleted: obsolete.length,
    });
  });
  return report.finish();
}
