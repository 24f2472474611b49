/**
 * What an impact report reads: the openings in scope, their applications and how far each got,
 * and the self-identification of the people involved (joined by token subject: the table has no
 * relation to profiles, see prisma/schema.prisma).
 */
import type { Opening, PrismaClient } from '@prisma/client';
import type { SelfId } from './rules.js';

type Db = Pick<PrismaClient, 'opening' | 'application' | 'auditEvent' | '$queryRaw'>;

/** Openings of one host agency published in [from, to). */
export function openingsInPeriod(db: Db, agencyId: string, from: Date, to: Date): Promise<Opening[]> {
  return db.opening.findMany({
    where: { hostAgencyId: agencyId, publishedAt: { gte: from, lt: to } },
    orderBy: { publishedAt: 'asc' },
  });
}

export interface ApplicationFacts {
  profileId: string;
  shortlisted: boolean;
  selected: boolean;
}

/** Every application to these openings, live or not; shortlisted when it ever was (audit log). */
export async function applicationsOf(db: Db, openingIds: readonly string[]): Promise<Map<string, ApplicationFacts[]>> {
  const apps = await db.application.findMany({
    where: { openingId: { in: [...openingIds] } },
    select: { id: true, openingId: true, profileId: true, status: true },
  });
  const everShortlisted = new Set(
    (
      await db.auditEvent.findMany({
        where: { entityType: 'Application', action: 'application.shortlisted', entityId: { in: apps.map((a) => a.id) } },
        select: { entityId: true },
      })
    ).map((e) => e.entityId),
  );
  const byOpening = new Map<string, ApplicationFacts[]>();
  for (const a of apps) {
    const list = byOpening.get(a.openingId) ?? byOpening.set(a.openingId, []).get(a.openingId)!;
    list.push({
      profileId: a.profileId,
      shortlisted: a.status === 'SHORTLISTED' || everShortlisted.has(a.id),
      selected: a.status === 'SELECTED',
    });
  }
  return byOpening;
}

/** Self-identification by profile ID, for these profiles (absent: never answered). */
export async function selfIdsOf(db: Db, profileIds: readonly string[]): Promise<Map<string, SelfId>> {
  if (profileIds.length === 0) return new Map();
  const rows = await db.$queryRaw<(SelfId & { profileId: string })[]>`
    SELECT p.id::text AS "profileId", s.sex::text AS sex, s."raceEthnicity"::text[] AS "raceEthnicity",
      s.disability::text AS disability, s.veteran::text AS veteran
    FROM "Profile" p JOIN "SelfIdentification" s ON s.subject = p.subject
    WHERE p.id = ANY(${[...profileIds]}::uuid[])`;
  return new Map(rows.map(({ profileId, ...s }) => [profileId, { ...s, raceEthnicity: s.raceEthnicity ?? [] }]));
}
