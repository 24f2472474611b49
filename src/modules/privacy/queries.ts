/**
 * Where-builders for the two logs, beside the scopes they mirror (policy.ts): one person's record,
 * or every record of an agency. Rows are read newest first by their ascending ID (keyset).
 */
import { Prisma } from '@prisma/client';
import { actionPattern, type Period } from './rules.js';

/** Whose records: one profile (the person reading their own), or an agency (its privacy officer). */
export type LogScope = { profileId: string } | { agencyId: string };

export interface DisclosureFilter extends Period {
  profileId?: string | null;
  viewerSubject?: string | null;
  basis?: string | null;
}

export interface AuditFilter extends Period {
  /** A person: their profile, and what they did themselves (by subject). */
  person?: { profileId: string; subject: string | null } | null;
  actorSubject?: string | null;
  action?: string | null;
}

const period = (column: Prisma.Sql, p: Period) => [
  p.from ? Prisma.sql`${column} >= ${p.from}` : null,
  p.to ? Prisma.sql`${column} < ${p.to}` : null,
];

const and = (parts: (Prisma.Sql | null)[]) => {
  const given = parts.filter((p): p is Prisma.Sql => p !== null);
  return given.length ? Prisma.join(given, ' AND ') : Prisma.sql`TRUE`;
};

/** Disclosure rows (alias d, profile alias p) in scope and filter, below `beforeId` when given. */
export function disclosureWhere(scope: LogScope, f: DisclosureFilter, beforeId: bigint | null): Prisma.Sql {
  return and([
    'profileId' in scope
      ? Prisma.sql`d."profileId" = ${scope.profileId}::uuid`
      : Prisma.sql`p."agencyId" = ${scope.agencyId}::uuid`,
    f.profileId ? Prisma.sql`d."profileId" = ${f.profileId}::uuid` : null,
    f.viewerSubject ? Prisma.sql`d."viewerSubject" = ${f.viewerSubject}` : null,
    f.basis ? Prisma.sql`d."basis" = ${f.basis}` : null,
    ...period(Prisma.sql`d."at"`, f),
    beforeId !== null ? Prisma.sql`d."id" < ${beforeId}` : null,
  ]);
}

/**
 * An agency's records in the audit log (alias a): what its people and clients did, and every
 * change to its profiles (and their skills and education), to openings it hosts, and to
 * applications and rotations of its people or at its openings. Entity IDs are text in the log.
 * Uncorrelated IN lists: PostgreSQL builds each as a hash once per query, not once per log row.
 */
function auditAgencyScope(agencyId: string): Prisma.Sql {
  const X = Prisma.sql`${agencyId}::uuid`;
  const profiles = Prisma.sql`SELECT id::text FROM "Profile" WHERE "agencyId" = ${X}`;
  return Prisma.sql`(
    a."actorAgencyId" = ${X}
    OR (a."entityType" = 'Profile' AND a."entityId" IN (${profiles}))
    OR (a."entityType" = 'Opening' AND a."entityId" IN (SELECT id::text FROM "Opening" WHERE "hostAgencyId" = ${X}))
    OR (a."entityType" = 'Application' AND a."entityId" IN (
      SELECT ap.id::text FROM "Application" ap JOIN "Profile" p ON p.id = ap."profileId" JOIN "Opening" o ON o.id = ap."openingId"
      WHERE p."agencyId" = ${X} OR o."hostAgencyId" = ${X}))
    OR (a."entityType" = 'Rotation' AND a."entityId" IN (
      SELECT id::text FROM "Rotation" WHERE "homeAgencyId" = ${X} OR "hostAgencyId" = ${X}))
    OR a."after"->>'profileId' IN (${profiles})
    OR a."before"->>'profileId' IN (${profiles})
  )`;
}

/** One person's records in the audit log, and their own acts. */
function auditPersonScope(profileId: string, subject: string | null): Prisma.Sql {
  return Prisma.sql`(
    (a."entityType" = 'Profile' AND a."entityId" = ${profileId})
    OR a."after"->>'profileId' = ${profileId} OR a."before"->>'profileId' = ${profileId}
    OR (a."entityType" = 'Application' AND EXISTS (SELECT 1 FROM "Application" ap WHERE ap.id::text = a."entityId" AND ap."profileId" = ${profileId}::uuid))
    OR (a."entityType" = 'Rotation' AND EXISTS (SELECT 1 FROM "Rotation" r WHERE r.id::text = a."entityId" AND r."profileId" = ${profileId}::uuid))
    ${subject ? Prisma.sql`OR a."actorSubject" = ${subject}` : Prisma.empty}
  )`;
}

export function auditWhere(agencyId: string, f: AuditFilter, beforeId: bigint | null): Prisma.Sql {
  const action = f.action ? actionPattern(f.action) : null;
  return and([
    auditAgencyScope(agencyId),
    f.person ? auditPersonScope(f.person.profileId, f.person.subject) : null,
    f.actorSubject ? Prisma.sql`a."actorSubject" = ${f.actorSubject}` : null,
    action && 'exact' in action ? Prisma.sql`a."action" = ${action.exact}` : null,
    // A prefix of letters, digits, dots and underscores: LIKE's `_` is escaped, `%` cannot occur.
    action && 'prefix' in action ? Prisma.sql`a."action" LIKE ${action.prefix.replace(/_/g, '\\_') + '%'}` : null,
    ...period(Prisma.sql`a."at"`, f),
    beforeId !== null ? Prisma.sql`a."id" < ${beforeId}` : null,
  ]);
}
