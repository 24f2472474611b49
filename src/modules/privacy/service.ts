/**
 * Reading the accounting (disclosures) and the audit log, and purging what is past retention.
 * Authorization is the caller's (policy.ts); these functions read exactly the scope they are given.
 */
import { Prisma, type PrismaClient } from '@prisma/client';
import { auditWhere, disclosureWhere, type AuditFilter, type DisclosureFilter, type LogScope } from './queries.js';
import {
  AUDIT_CSV_COLUMNS,
  basisName,
  DISCLOSURE_CSV_COLUMNS,
  MAX_CSV_ROWS,
  retentionRefusal,
  toCsv,
  type DisclosureBasisName,
} from './rules.js';

type Db = Pick<PrismaClient, '$queryRaw'>;

export interface DisclosureEntry {
  id: bigint;
  at: Date;
  profileId: string;
  personName: string;
  viewerSubject: string;
  /** The viewer's name when they have a profile here (tokens' names are not logged). */
  viewerName: string | null;
  viewerRoles: string[];
  viewerAgencyId: string | null;
  basis: DisclosureBasisName;
  fields: string[];
  requestId: string | null;
}

export interface AuditEntry {
  id: bigint;
  at: Date;
  actorSubject: string;
  actorRoles: string[];
  actorAgencyId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export async function readDisclosures(
  db: Db,
  scope: LogScope,
  filter: DisclosureFilter,
  beforeId: bigint | null,
  limit: number,
): Promise<DisclosureEntry[]> {
  const rows = await db.$queryRaw<
    (Omit<DisclosureEntry, 'viewerRoles' | 'basis' | 'personName'> & {
      viewerRole: string;
      basis: string;
      givenName: string;
      familyName: string;
    })[]
  >`
    SELECT d.id, d.at, d."profileId"::text AS "profileId", p."givenName", p."familyName", d."viewerSubject",
      CASE WHEN vp.id IS NULL THEN NULL ELSE vp."givenName" || ' ' || vp."familyName" END AS "viewerName",
      d."viewerRole", d."viewerAgencyId"::text AS "viewerAgencyId", d.basis, d.fields, d."requestId"
    FROM "DisclosureEvent" d
    JOIN "Profile" p ON p.id = d."profileId"
    LEFT JOIN "Profile" vp ON vp.subject = d."viewerSubject"
    WHERE ${disclosureWhere(scope, filter, beforeId)}
    ORDER BY d.id DESC
    LIMIT ${limit}`;
  return rows.map(({ viewerRole, givenName, familyName, ...r }) => ({
    ...r,
    id: BigInt(r.id),
    at: new Date(r.at),
    personName: `${givenName} ${familyName}`,
    viewerRoles: viewerRole.split(',').filter(Boolean),
    basis: basisName(r.basis),
  }));
}

export async function countDisclosures(db: Db, scope: LogScope, filter: DisclosureFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "DisclosureEvent" d JOIN "Profile" p ON p.id = d."profileId"
    WHERE ${disclosureWhere(scope, filter, null)}`;
  return Number(row?.n ?? 0);
}

export async function readAudit(
  db: Db,
  agencyId: string,
  filter: AuditFilter,
  beforeId: bigint | null,
  limit: number,
): Promise<AuditEntry[]> {
  const rows = await db.$queryRaw<(Omit<AuditEntry, 'actorRoles'> & { actorRole: string })[]>`
    SELECT a.id, a.at, a."actorSubject", a."actorRole", a."actorAgencyId"::text AS "actorAgencyId", a.action,
      a."entityType", a."entityId", a.before, a.after, a."requestId"
    FROM "AuditEvent" a
    WHERE ${auditWhere(agencyId, filter, beforeId)}
    ORDER BY a.id DESC
    LIMIT ${limit}`;
  return rows.map(({ actorRole, ...r }) => ({
    ...r,
    id: BigInt(r.id),
    at: new Date(r.at),
    actorRoles: actorRole.split(',').filter(Boolean),
  }));
}

export async function countAudit(db: Db, agencyId: string, filter: AuditFilter): Promise<number> {
  const [row] = await db.$queryRaw<
    { n: bigint }[]
  >`SELECT count(*) AS n FROM "AuditEvent" a WHERE ${auditWhere(agencyId, filter, null)}`;
  return Number(row?.n ?? 0);
}

/** Too many rows for one export: the caller narrows the filter (a shorter period). */
export class ExportTooLargeError extends Error {}

async function capped<T>(read: (limit: number) => Promise<T[]>): Promise<T[]> {
  const rows = await read(MAX_CSV_ROWS + 1);
  if (rows.length > MAX_CSV_ROWS)
    throw new ExportTooLargeError(
      `More than ${MAX_CSV_ROWS} rows match: narrow the filter (a shorter period) and export in parts`,
    );
  return rows;
}

export async function disclosuresCsv(
  db: Db,
  scope: LogScope,
  filter: DisclosureFilter,
  agencyCode: (id: string | null) => string,
  personGlobalId: (profileId: string) => string,
): Promise<string> {
  const rows = await capped((n) => readDisclosures(db, scope, filter, null, n));
  return toCsv(
    DISCLOSURE_CSV_COLUMNS,
    rows.map((r) => ({
      id: r.id.toString(),
      at: r.at.toISOString(),
      person_id: personGlobalId(r.profileId),
      person_name: r.personName,
      viewer_subject: r.viewerSubject,
      viewer_name: r.viewerName,
      viewer_roles: r.viewerRoles.join(' '),
      viewer_agency: agencyCode(r.viewerAgencyId),
      basis: r.basis,
      fields: r.fields.join(' '),
      request_id: r.requestId,
    })),
  );
}

export async function auditCsv(
  db: Db,
  agencyId: string,
  filter: AuditFilter,
  agencyCode: (id: string | null) => string,
): Promise<string> {
  const rows = await capped((n) => readAudit(db, agencyId, filter, null, n));
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  return toCsv(
    AUDIT_CSV_COLUMNS,
    rows.map((r) => ({
      id: r.id.toString(),
      at: r.at.toISOString(),
      actor_subject: r.actorSubject,
      actor_roles: r.actorRoles.join(' '),
      actor_agency: agencyCode(r.actorAgencyId),
      action: r.action,
      entity_type: r.entityType,
      entity_id: r.entityId,
      before: json(r.before),
      after: json(r.after),
      request_id: r.requestId,
    })),
  );
}

/**
 * Deletes log rows older than `years` (LOG_RETENTION_YEARS). The transaction declares the period
 * to the database, whose trigger refuses any row inside it and any period under five years, so
 * neither a bug here nor a hand-written DELETE can shorten retention.
 */
export async function purgeExpiredLogs(
  prisma: PrismaClient,
  years: number,
): Promise<{ auditEvents: number; disclosureEvents: number }> {
  const refusal = retentionRefusal(years);
  if (refusal) throw new RangeError(refusal);
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('app.log_retention_years', ${String(years)}, true)::text AS v`;
    const cutoff = Prisma.sql`now() - make_interval(years => ${years}::int)`;
    const auditEvents = await tx.$executeRaw`DELETE FROM "AuditEvent" WHERE "at" < ${cutoff}`;
    const disclosureEvents = await tx.$executeRaw`DELETE FROM "DisclosureEvent" WHERE "at" < ${cutoff}`;
    return { auditEvents, disclosureEvents };
  });
}
