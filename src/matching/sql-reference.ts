/**
 * The match score written as plain SQL (PostgreSQL): the reference the in-memory engine is
 * tested against and the baseline it is benchmarked against. Same definition as
 * src/domain/matching/score.ts:
 *   similarity(s, c) = 1 for the same skill, relatedCredit for a direct broader, narrower or
 *                      related skill, else 0
 *   levelFit(l, m)   = 1 if l ≥ m, else levelDecay^(m − l)
 *   credit(s)        = max over the candidate's skills of similarity · levelFit; the matched skill
 *                      is the best, ties: exact first, then higher level, then skill ID
 *   score            = Σ weight(s) · credit(s) / Σ weight(s)
 *   coverage         = required skills met (matched level ≥ minimum) / required skills (1 if none)
 * Ranked by score descending, then profile ID ascending.
 */
import { Prisma, type PrismaClient } from '@prisma/client';

export interface SqlMatch {
  profileId: string;
  score: number;
  coverage: number;
}

export interface SqlReferenceOptions {
  relatedCredit: number;
  levelDecay: number;
  /** Top k; all scored candidates when omitted. */
  limit?: number;
  /** Only these profiles (eligibility is decided elsewhere). */
  candidateIds?: readonly string[];
  /** Drop candidates missing a required skill (coverage < 1). */
  requireAll?: boolean;
}

export async function sqlReferenceMatches(prisma: Pick<PrismaClient, '$queryRaw'>, openingId: string, o: SqlReferenceOptions): Promise<SqlMatch[]> {
  const candidates = o.candidateIds ? Prisma.sql`AND ps."profileId" = ANY(${[...o.candidateIds]}::uuid[])` : Prisma.empty;
  const limit = o.limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${o.limit}`;
  const rows = await prisma.$queryRaw<{ profileId: string; score: number; coverage: number }[]>`
    WITH os AS (
      SELECT "skillId", weight, "minLevel", required FROM "OpeningSkill" WHERE "openingId" = ${openingId}::uuid
    ),
    totals AS (
      SELECT sum(weight) AS weight, count(*) FILTER (WHERE required) AS required FROM os
    ),
    -- Candidate skills that earn credit for each opening skill, with their similarity.
    expansion AS (
      SELECT os."skillId" AS s, os."skillId" AS c, 1.0::float8 AS sim, true AS exact FROM os
      UNION ALL SELECT os."skillId", h."broaderId", ${o.relatedCredit}::float8, false FROM os JOIN "SkillHierarchy" h ON h."narrowerId" = os."skillId"
      UNION ALL SELECT os."skillId", h."narrowerId", ${o.relatedCredit}::float8, false FROM os JOIN "SkillHierarchy" h ON h."broaderId" = os."skillId"
      UNION ALL SELECT os."skillId", r."toId", ${o.relatedCredit}::float8, false FROM os JOIN "SkillRelation" r ON r."fromId" = os."skillId"
      UNION ALL SELECT os."skillId", r."fromId", ${o.relatedCredit}::float8, false FROM os JOIN "SkillRelation" r ON r."toId" = os."skillId"
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
        CASE WHEN (SELECT required FROM totals) = 0 THEN 1.0
             ELSE count(*) FILTER (WHERE b.required AND b.credit > 0 AND b.level >= b."minLevel")::float8 / (SELECT required FROM totals) END AS coverage
      FROM best b
      GROUP BY b."profileId"
    )
    SELECT "profileId"::text AS "profileId", score, coverage FROM scored
    WHERE score > 0 ${o.requireAll ? Prisma.sql`AND coverage >= 1` : Prisma.empty}
    ORDER BY score DESC, "profileId"::text COLLATE "C" ASC
    ${limit}`;
  return rows.map((r) => ({ profileId: r.profileId, score: Number(r.score), coverage: Number(r.coverage) }));
}
