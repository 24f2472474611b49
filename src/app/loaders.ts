/**
 * Per-request DataLoaders: lookups the Prisma plugin cannot fold into one query, profile access
 * decisions, and the disclosure log. Created per request so one caller's cache never serves another.
 * They read outside any transaction: never call them inside `$transaction` (the embedded PGlite
 * has one connection, so such a read would wait for the transaction that waits for it).
 */
import type { Agency, Prisma, PrismaClient, Skill, SkillEvidence } from '@prisma/client';
import DataLoader from 'dataloader';
import { databaseAgencies, type Agencies } from '../platform/auth/agency-cache.js';
import type { Principal } from '../platform/auth/principal.js';
import type { ApplicantOfRecord } from '../modules/applications/rules.js';
import { profileAccess, type Access, type ProfileFacts } from '../modules/profiles/rules.js';

export interface Loaders {
  agencyByCode: DataLoader<string, Agency | null>;
  /** What the viewer may see of a profile (by profile ID). */
  profileAccess: DataLoader<string, Access>;
  /** Non-public profile fields this request revealed to an outside viewer; written when it ends. */
  disclosures: DisclosureCollector;
  /** An agency and its parents, nearest first (restrictions to a department admit its bureaus). */
  agencyChain: DataLoader<string, string[]>;
  /** Agencies an opening is restricted to (empty: open to all). */
  openingRestrictions: DataLoader<string, string[]>;
  /** The parties to an application (by application ID), for its visibility. */
  applicationParties: DataLoader<string, ApplicationParties | null>;
  /** Skills by ID (match explanations name many). */
  skillById: DataLoader<string, Skill | null>;
  /**
   * Evidence of profile skills by ProfileSkill ID, newest first: one read for all the skills a
   * request shows, not one per skill. Callers decide visibility (profile.ts `reveal`).
   */
  evidenceByProfileSkill: DataLoader<string, SkillEvidence[]>;
}

export interface ApplicationParties {
  hostAgencyId: string;
  applicant: ApplicantOfRecord;
}

/** `agencies`: the process's agency cache (server.ts); without one, agency lookups read the database. */
export function createLoaders(
  prisma: PrismaClient,
  viewer: Principal | null,
  requestId: string,
  agencies: Agencies = databaseAgencies(prisma),
): Loaders {
  const facts = new DataLoader<string, ProfileFacts | null>(async (ids) => {
    // Two statements for any number of profiles (Prisma's nested select of applications →
    // opening would send three); the host agencies of live applications in one join.
    const [rows, applied] = await Promise.all([
      prisma.profile.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, subject: true, agencyId: true, discoverable: true },
      }),
      prisma.$queryRaw<{ profileId: string; hostAgencyId: string }[]>`
        SELECT a."profileId"::text AS "profileId", o."hostAgencyId"::text AS "hostAgencyId"
        FROM "Application" a JOIN "Opening" o ON o.id = a."openingId"
        WHERE a.live AND a."profileId" = ANY(${[...ids]}::uuid[])`,
    ]);
    const hosts = new Map<string, string[]>();
    for (const a of applied) hosts.set(a.profileId, [...(hosts.get(a.profileId) ?? []), a.hostAgencyId]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => {
      const r = byId.get(id);
      return r
        ? { subject: r.subject, agencyId: r.agencyId, discoverable: r.discoverable, appliedToAgencyIds: hosts.get(id) ?? [] }
        : null;
    });
  });

  const access = new DataLoader<string, Access>(async (ids) =>
    Promise.all(
      ids.map(async (id) => {
        const f = await facts.load(id);
        return f ? profileAccess(viewer, f) : { visibility: 'NONE' as const, basis: null, logDisclosure: false };
      }),
    ),
  );

  return {
    // Tokens and inputs name agencies by code or abbreviation (a code first).
    agencyByCode: new DataLoader((keys) => agencies.byCodes(keys)),
    profileAccess: access,
    disclosures: new DisclosureCollector(prisma, viewer, requestId),
    agencyChain: new DataLoader((ids) => agencies.chains(ids)),
    applicationParties: new DataLoader(async (ids) => {
      const rows = await prisma.application.findMany({
        where: { id: { in: [...ids] } },
        select: {
          id: true,
          opening: { select: { hostAgencyId: true } },
          profile: { select: { subject: true, agencyId: true, supervisorSubject: true } },
        },
      });
      return ids.map((id) => {
        const r = rows.find((x) => x.id === id);
        return r ? { hostAgencyId: r.opening.hostAgencyId, applicant: r.profile } : null;
      });
    }),
    skillById: new DataLoader(async (ids) => {
      const rows = await prisma.skill.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    evidenceByProfileSkill: new DataLoader(async (ids) => {
      const rows = await prisma.skillEvidence.findMany({
        where: { profileSkillId: { in: [...ids] } },
        orderBy: [{ endDate: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
      });
      // Rows come in the order each skill's list wants; grouping keeps it.
      const byId = new Map<string, SkillEvidence[]>(ids.map((id) => [id, []]));
      for (const r of rows) byId.get(r.profileSkillId)?.push(r);
      return ids.map((id) => byId.get(id)!);
    }),
    openingRestrictions: new DataLoader(async (ids) => {
      const rows = await prisma.openingAgency.findMany({
        where: { openingId: { in: [...ids] } },
        select: { openingId: true, agencyId: true },
      });
      return ids.map((id) => rows.filter((r) => r.openingId === id).map((r) => r.agencyId));
    }),
  };
}

type AgencyReader = Pick<PrismaClient, 'agency'> | Pick<Prisma.TransactionClient, 'agency'>;

/** Each agency with its parents, nearest first. Agencies are few (hundreds): one read, then walk in memory. */
export async function agencyChains(client: AgencyReader, ids: readonly string[]): Promise<string[][]> {
  const chainOf = await agencyChainResolver(client);
  return ids.map(chainOf);
}

/** One read of the agency tree, then the chain of any agency (for callers that need many). */
export async function agencyChainResolver(client: AgencyReader): Promise<(agencyId: string) => string[]> {
  const rows = await (client as Pick<PrismaClient, 'agency'>).agency.findMany({ select: { id: true, parentId: true } });
  const parent = new Map(rows.map((r) => [r.id, r.parentId]));
  return (id) => {
    const chain: string[] = [];
    for (let a: string | null | undefined = id; a && !chain.includes(a); a = parent.get(a)) chain.push(a);
    return chain;
  };
}

/**
 * Collects what one request reveals, then writes one disclosure-log row per profile when the
 * operation has run (see useDisclosureLog in yoga.ts), before the response leaves.
 */
export class DisclosureCollector {
  private readonly seen = new Map<string, { basis: string; fields: Set<string> }>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly viewer: Principal | null,
    private readonly requestId: string,
  ) {}

  add(profileId: string, basis: string, field: string) {
    const entry = this.seen.get(profileId) ?? { basis, fields: new Set<string>() };
    entry.fields.add(field);
    this.seen.set(profileId, entry);
  }

  async flush() {
    const viewer = this.viewer;
    if (!viewer || this.seen.size === 0) return;
    const data = [...this.seen].map(([profileId, e]) => ({
      viewerSubject: viewer.subject,
      viewerRole: viewer.roles.join(','),
      viewerAgencyId: viewer.agencyId,
      profileId,
      basis: e.basis,
      fields: [...e.fields].sort(),
      requestId: this.requestId,
    }));
    this.seen.clear();
    await this.prisma.disclosureEvent.createMany({ data });
  }
}
