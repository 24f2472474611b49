/**
 * Profiles as the match index stores them, read in bulk with plain SQL (not Prisma: a million
 * profiles with their skills, evidence and endorsements through the ORM took minutes): one
 * keyset-paged query per batch gives each profile's eligibility attributes and its skills as
 * "skillId:level:trust" items, the trust class computed in SQL by the rule of trustOf()
 * (model.ts; tests/api/matching.test.ts builds an index from trustOf() and compares).
 */
import type { SqlRunner } from '../db/migrate.js';
import type { IndexedProfile } from '../domain/matching/engine.js';

/**
 * Profiles (`batch`: the CTE choosing them) with their attributes and skills. A skill's trust is
 * the highest of its evidence's class (4 verified or rotation-attested, else 1; education and
 * self-assessment do not count) and its endorsements' (3 supervisor, 2 colleague): trustOf().
 */
const profilesSql = (batch: string) => `
  WITH b AS (${batch}),
  s AS (SELECT ps.id, ps."profileId", ps."skillId", ps.level FROM "ProfileSkill" ps JOIN b ON b.id = ps."profileId"),
  ev AS (
    SELECT e."profileSkillId" AS id, max(CASE WHEN e."verifiedAt" IS NOT NULL OR (e.source = 'ROTATION' AND e."rotationId" IS NOT NULL) THEN 4 ELSE 1 END) AS t
    FROM "SkillEvidence" e JOIN s ON s.id = e."profileSkillId"
    WHERE e.source NOT IN ('EDUCATION', 'SELF_ASSESSED') GROUP BY 1
  ),
  en AS (
    SELECT en."profileSkillId" AS id, max(CASE WHEN en.kind = 'SUPERVISOR_ATTESTATION' THEN 3 ELSE 2 END) AS t
    FROM "Endorsement" en JOIN s ON s.id = en."profileSkillId" GROUP BY 1
  )
  SELECT b.id::text AS id, b."agencyId"::text AS agency, b.grade, b.discoverable, b."availablePercent" AS available, b."availableFrom"::text AS "from",
    string_agg(s."skillId"::text || ':' || s.level || ':' || greatest(coalesce(ev.t, 0), coalesce(en.t, 0)), ',') AS skills
  FROM b LEFT JOIN s ON s."profileId" = b.id LEFT JOIN ev ON ev.id = s.id LEFT JOIN en ON en.id = s.id
  GROUP BY b.id, b."agencyId", b.grade, b.discoverable, b."availablePercent", b."availableFrom"
  ORDER BY b.id`;

const COLUMNS = `SELECT id, "agencyId", grade, discoverable, "availablePercent", "availableFrom" FROM "Profile"`;

interface Row {
  id: string;
  agency: string;
  grade: number | null;
  discoverable: boolean;
  available: number;
  from: string | null;
  skills: string | null;
}

function toProfile(r: Row): IndexedProfile {
  const skills = [];
  if (r.skills) {
    for (const item of r.skills.split(',')) {
      const [skillId, level, trust] = item.split(':');
      skills.push({ skillId: skillId!, level: Number(level), trust: Number(trust) });
    }
  }
  return {
    id: r.id,
    skills,
    // A DATE column: midnight UTC, as Prisma reads it.
    attributes: { agencyId: r.agency, grade: r.grade, discoverable: r.discoverable, availablePercent: r.available, availableFrom: r.from === null ? null : new Date(`${r.from}T00:00:00Z`) },
  };
}

/** Every profile, in batches of `batch`, in ID order. */
export async function* allProfiles(db: SqlRunner, batch = 20_000): AsyncGenerator<IndexedProfile[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  let first = true;
  for (;;) {
    const rows = await db.query<Row>(profilesSql(`${COLUMNS} WHERE id ${first ? '>=' : '>'} $1::uuid ORDER BY id LIMIT $2`), [after, batch]);
    first = false;
    if (rows.length === 0) return;
    yield rows.map(toProfile);
    after = rows[rows.length - 1]!.id;
  }
}

/** These profiles (those that still exist). */
export async function someProfiles(db: SqlRunner, ids: readonly string[]): Promise<IndexedProfile[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<Row>(profilesSql(`${COLUMNS} WHERE id = ANY($1::uuid[])`), [[...ids]]);
  return rows.map(toProfile);
}
