/**
 * The match score written as plain SQL (PostgreSQL): the reference the in-memory engine is
 * tested against and the baseline it is benchmarked against. Same definitions as
 * src/matching/engine/score.ts and model.ts, read off them again rather than shared, so that a
 * slip in one shows up as a difference; only the numbers (model.ts) and the trust class of a
 * profile skill (trust-sql.ts, generated from the rules trustOf() reads and tested against it
 * on every combination) are shared:
 *
 * skills-overlap/1
 *   similarity(s, c) = 1 for the same skill, relatedCredit for a direct broader, narrower or
 *                      related skill, else 0
 *   levelFit(l, m)   = 1 if l ≥ m, else levelDecay^(m − l)
 *   credit(s)        = max over the candidate's skills of similarity · levelFit; the matched skill
 *                      is the best, ties: exact first, then higher level, then skill ID
 *   score            = Σ weight(s) · credit(s) / Σ weight(s)
 * skills-overlap/2
 *   prevalence(s)    = profiles holding s / profiles (live; the engine's snapshot of the same
 *                      population agrees after a build)
 *   spec(s)          = 1 if prevalence ≤ pRef, else min(1, ln(1 + 1/p) / ln(1 + 1/pRef))
 *   similarity(s, c) = 1 same; narrower 0.8 (two levels down 0.6); broader 0.5 (two levels up
 *                      0.25), never through a skill group; generic related 0.3; essential- or
 *                      optional-for 0; equivalent: its strength to 0.05, at most 0.9; the best
 *   trust(c)         = 4 verified credential or rotation-attested, 3 supervisor-attested,
 *                      2 endorsed, 1 other evidence (education and self-assessment do not count), 0
 *   credit(s, c)     = similarity · levelFit(min(level, cap(trust)), m) · factor(trust)
 *   focus            = 1 − φ·u/(u + K), u = the profile's skills that relate to no opening skill
 *   score            = Σ weight·spec·credit / Σ weight·spec · focus
 * Both: coverage = required skills met (credit > 0, claimed level ≥ minimum) / required skills
 * (1 if none). Ranked by score descending, then profile ID ascending.
 */
import { Prisma, type PrismaClient } from '@prisma/client';
import {
  DEFAULT_ALGORITHM,
  SIMILARITY,
  TRUST_FACTOR,
  TRUST_LEVEL_CAP,
  type Algorithm,
  type MatchConfig,
} from './engine/model.js';
import { MAX_EQUIVALENTS } from './engine/neighbours.js';
import { trustOfProfileSkill } from './trust-sql.js';

export interface SqlMatch {
  profileId: string;
  score: number;
  coverage: number;
}

export interface SqlReferenceOptions extends MatchConfig {
  /** Default: DEFAULT_ALGORITHM. */
  algorithm?: Algorithm;
  /** Top k; all scored candidates when omitted. */
  limit?: number;
  /** Only these profiles (eligibility is decided elsewhere). */
  candidateIds?: readonly string[];
  /** Drop candidates missing a required skill (coverage < 1). */
  requireAll?: boolean;
}

export async function sqlReferenceMatches(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  openingId: string,
  o: SqlReferenceOptions,
): Promise<SqlMatch[]> {
  const query = (o.algorithm ?? DEFAULT_ALGORITHM) === 'skills-overlap/1' ? overlapV1(openingId, o) : overlapV2(openingId, o);
  const rows = await prisma.$queryRaw<SqlMatch[]>(query);
  return rows.map((r) => ({ profileId: r.profileId, score: Number(r.score), coverage: Number(r.coverage) }));
}

/** The opening's skills. */
const openingSkills = (openingId: string) =>
  Prisma.sql`os AS (SELECT "skillId", weight, "minLevel", required FROM "OpeningSkill" WHERE "openingId" = ${openingId}::uuid)`;

/** Required skills met (matched, claimed at or above the minimum) / required skills; 1 if none. */
const COVERAGE = Prisma.sql`CASE WHEN (SELECT required FROM totals) = 0 THEN 1.0
             ELSE count(*) FILTER (WHERE b.required AND b.credit > 0 AND b.level >= b."minLevel")::float8 / (SELECT required FROM totals) END AS coverage`;

const candidatesOnly = (o: SqlReferenceOptions) =>
  o.candidateIds ? Prisma.sql`AND ps."profileId" = ANY(${[...o.candidateIds]}::uuid[])` : Prisma.empty;

/** The ranking both algorithms end with: score > 0 (full coverage under requireAll), score then profile ID. */
function ranked(o: SqlReferenceOptions): Prisma.Sql {
  return Prisma.sql`SELECT "profileId"::text AS "profileId", score, coverage FROM scored
    WHERE score > 0 ${o.requireAll ? Prisma.sql`AND coverage >= 1` : Prisma.empty}
    ORDER BY score DESC, "profileId"::text COLLATE "C" ASC
    ${o.limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${o.limit}`}`;
}

function overlapV1(openingId: string, o: SqlReferenceOptions): Prisma.Sql {
  const candidates = candidatesOnly(o);
  return Prisma.sql`
    WITH ${openingSkills(openingId)},
    totals AS (
      SELECT sum(weight) AS weight, count(*) FILTER (WHERE required) AS required FROM os
    ),
    -- Candidate skills that earn credit for each opening skill, with their similarity.
    expansion AS (
      SELECT os."skillId" AS s, os."skillId" AS c, 1.0::float8 AS sim, true AS exact FROM os
      UNION ALL SELECT os."skillId", h."broaderId", ${o.relatedCredit}::float8, false FROM os JOIN "SkillHierarchy" h ON h."narrowerId" = os."skillId"
      UNION ALL SELECT os."skillId", h."narrowerId", ${o.relatedCredit}::float8, false FROM os JOIN "SkillHierarchy" h ON h."broaderId" = os."skillId"
      -- Cross-scheme equivalents came with /2: /1 scores as it always did.
      UNION ALL SELECT os."skillId", r."toId", ${o.relatedCredit}::float8, false FROM os JOIN "SkillRelation" r ON r."fromId" = os."skillId" AND r.kind <> 'EQUIVALENT'
      UNION ALL SELECT os."skillId", r."fromId", ${o.relatedCredit}::float8, false FROM os JOIN "SkillRelation" r ON r."toId" = os."skillId" AND r.kind <> 'EQUIVALENT'
    ),
    -- The best candidate skill per (profile, opening skill), with the tie order of the engine.
    best AS (
      SELECT DISTINCT ON (ps."profileId", e.s)
        ps."profileId", e.s, os.weight, os.required, os."minLevel", ps.level,
        e.sim * CASE WHEN ps.level >= os."minLevel" THEN 1.0 ELSE power(${o.levelDecay}::float8, os."minLevel" - ps.level) END AS credit
      FROM expansion e
      JOIN os ON os."skillId" = e.s
      JOIN "ProfileSkill" ps ON ps."skillId" = e.c
      WHERE e.sim > 0 ${candidates}
      ORDER BY ps."profileId", e.s, credit DESC, e.exact DESC, ps.level DESC, e.c::text COLLATE "C" ASC
    ),
    scored AS (
      SELECT b."profileId",
        sum(b.weight * b.credit) / (SELECT weight FROM totals) AS score,
        ${COVERAGE}
      FROM best b
      GROUP BY b."profileId"
    )
    ${ranked(o)}`;
}

/** The trust class of each profile skill `ps` (trust-sql.ts: generated from the rules trustOf() reads). */
const TRUST = Prisma.raw(trustOfProfileSkill('ps'));

/** Skill groups and categories (not skills a person holds), as the match service reads them. */
const GROUP = Prisma.sql`(g.scheme = 'ESCO' AND g.kind = 'COMPETENCY')
  OR (g.scheme = 'ONET' AND cardinality(string_to_array(g.code, '.')) < CASE WHEN g.code LIKE '4.%' THEN 5 ELSE 4 END)`;

function overlapV2(openingId: string, o: SqlReferenceOptions): Prisma.Sql {
  const candidates = candidatesOnly(o);
  const [n1, n2] = [SIMILARITY.NARROWER[1], SIMILARITY.NARROWER[2]];
  const [b1, b2] = [SIMILARITY.BROADER[1], SIMILARITY.BROADER[2]];
  return Prisma.sql`
    WITH ${openingSkills(openingId)},
    population AS (SELECT count(*)::float8 AS n FROM "Profile"),
    spec AS (
      SELECT os."skillId",
        CASE WHEN pop.n = 0 OR held.c / pop.n <= ${o.specificityReference}::float8 THEN 1.0::float8
             ELSE least(1.0, ln(1 + 1 / (held.c / pop.n)) / ln(1 + 1 / ${o.specificityReference}::float8)) END AS spec
      FROM os CROSS JOIN population pop
      CROSS JOIN LATERAL (SELECT count(*)::float8 AS c FROM "ProfileSkill" x WHERE x."skillId" = os."skillId") held
    ),
    totals AS (
      SELECT sum(os.weight * spec.spec) AS weight, count(*) FILTER (WHERE required) AS required FROM os JOIN spec USING ("skillId")
    ),
    groups AS (SELECT g.id FROM "Skill" g WHERE ${GROUP}),
    -- Candidate skills that earn credit for each opening skill, with their similarity.
    links AS (
      SELECT os."skillId" AS s, os."skillId" AS c, 1.0::float8 AS sim, true AS exact FROM os
      UNION ALL SELECT os."skillId", h."narrowerId", ${n1}::float8, false FROM os JOIN "SkillHierarchy" h ON h."broaderId" = os."skillId"
      UNION ALL SELECT os."skillId", h2."narrowerId", ${n2}::float8, false FROM os
        JOIN "SkillHierarchy" h1 ON h1."broaderId" = os."skillId" JOIN "SkillHierarchy" h2 ON h2."broaderId" = h1."narrowerId"
      UNION ALL SELECT os."skillId", h."broaderId", ${b1}::float8, false FROM os JOIN "SkillHierarchy" h ON h."narrowerId" = os."skillId"
        WHERE h."broaderId" NOT IN (SELECT id FROM groups)
      UNION ALL SELECT os."skillId", h2."broaderId", ${b2}::float8, false FROM os
        JOIN "SkillHierarchy" h1 ON h1."narrowerId" = os."skillId" JOIN "SkillHierarchy" h2 ON h2."narrowerId" = h1."broaderId"
        WHERE h1."broaderId" NOT IN (SELECT id FROM groups) AND h2."broaderId" NOT IN (SELECT id FROM groups)
      UNION ALL SELECT os."skillId", CASE WHEN r."fromId" = os."skillId" THEN r."toId" ELSE r."fromId" END, ${SIMILARITY.RELATED}::float8, false
        FROM os JOIN "SkillRelation" r ON (r."fromId" = os."skillId" OR r."toId" = os."skillId") AND r.kind = 'RELATED'
      -- The strongest MAX_EQUIVALENTS equivalents of each opening skill (then by skill ID).
      UNION ALL SELECT s, c, sim, false FROM (
        SELECT s, c, sim, row_number() OVER (PARTITION BY s ORDER BY sim DESC, c::text COLLATE "C") AS rank FROM (
          SELECT os."skillId" AS s, CASE WHEN r."fromId" = os."skillId" THEN r."toId" ELSE r."fromId" END AS c,
            max(least(${SIMILARITY.EQUIVALENT_MAX}::float8, greatest(1, floor(coalesce(r.strength, 0) * 20 + 0.5)) / 20.0)) AS sim
          FROM os JOIN "SkillRelation" r ON (r."fromId" = os."skillId" OR r."toId" = os."skillId") AND r.kind = 'EQUIVALENT' AND coalesce(r.strength, 0) > 0
          GROUP BY 1, 2
        ) eq WHERE c <> s
      ) ranked WHERE rank <= ${MAX_EQUIVALENTS}
    ),
    -- The best similarity of each (opening skill, candidate skill); the skill itself is exact.
    expansion AS (
      SELECT DISTINCT ON (s, c) s, c, sim, exact FROM links
      WHERE exact OR c <> s
      ORDER BY s, c, exact DESC, sim DESC
    ),
    held AS (
      SELECT ps.id, ps."profileId", ps."skillId", ps.level, ${TRUST} AS trust
      FROM "ProfileSkill" ps
      WHERE ps."skillId" IN (SELECT c FROM expansion) ${candidates}
    ),
    credited AS (
      SELECT h."profileId", e.s, e.c, e.exact, h.level,
        e.sim
          * CASE WHEN least(h.level, (${[...TRUST_LEVEL_CAP]}::int[])[h.trust + 1]) >= os."minLevel" THEN 1.0::float8
                 ELSE power(${o.levelDecay}::float8, os."minLevel" - least(h.level, (${[...TRUST_LEVEL_CAP]}::int[])[h.trust + 1])) END
          * (${[...TRUST_FACTOR]}::float8[])[h.trust + 1] AS credit
      FROM expansion e
      JOIN held h ON h."skillId" = e.c
      JOIN os ON os."skillId" = e.s
    ),
    -- The best candidate skill per (profile, opening skill), with the tie order of the engine.
    best AS (
      SELECT DISTINCT ON (c."profileId", c.s)
        c."profileId", c.s, os.weight * spec.spec AS weight, os.required, os."minLevel", c.level, c.credit
      FROM credited c
      JOIN os ON os."skillId" = c.s
      JOIN spec ON spec."skillId" = c.s
      ORDER BY c."profileId", c.s, c.credit DESC, c.exact DESC, c.level DESC, c.c::text COLLATE "C" ASC
    ),
    focus AS (
      SELECT p."profileId",
        1 - ${o.focusPenalty}::float8 * (all_skills.n - p.related) / ((all_skills.n - p.related) + ${o.focusHalf}::float8) AS focus
      FROM (SELECT "profileId", count(DISTINCT c)::float8 AS related FROM credited GROUP BY "profileId") p
      CROSS JOIN LATERAL (SELECT count(*)::float8 AS n FROM "ProfileSkill" x WHERE x."profileId" = p."profileId") all_skills
    ),
    scored AS (
      SELECT b."profileId",
        sum(b.weight * b.credit) / (SELECT weight FROM totals) * min(f.focus) AS score,
        ${COVERAGE}
      FROM best b JOIN focus f USING ("profileId")
      GROUP BY b."profileId"
    )
    ${ranked(o)}`;
}
