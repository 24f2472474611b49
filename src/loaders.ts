/**
 * Per-request DataLoaders: lookups the Prisma plugin cannot fold into one query, profile access
 * decisions, and the disclosure log. Created per request so one caller's cache never serves another.
 */
import type { Agency, PrismaClient } from '@prisma/client';
import DataLoader from 'dataloader';
import type { Principal } from './auth/principal.js';
import { profileAccess, type Access, type ProfileFacts } from './domain/profile-access.js';

export interface Loaders {
  agencyByCode: DataLoader<string, Agency | null>;
  /** What the viewer may see of a profile (by profile ID). */
  profileAccess: DataLoader<string, Access>;
  /** Non-public profile fields this request revealed to an outside viewer; written when it ends. */
  disclosures: DisclosureCollector;
}

export function createLoaders(prisma: PrismaClient, viewer: Principal | null, requestId: string): Loaders {
  const facts = new DataLoader<string, ProfileFacts | null>(async (ids) => {
    const rows = await prisma.profile.findMany({
      where: { id: { in: [...ids] } },
      select: {
        id: true,
        subject: true,
        agencyId: true,
        discoverable: true,
        applications: { where: { live: true }, select: { opening: { select: { hostAgencyId: true } } } },
      },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => {
      const r = byId.get(id);
      return r
        ? { subject: r.subject, agencyId: r.agencyId, discoverable: r.discoverable, appliedToAgencyIds: r.applications.map((a) => a.opening.hostAgencyId) }
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
    // Tokens and inputs name agencies by code or abbreviation.
    agencyByCode: new DataLoader(async (keys) => {
      const rows = await prisma.agency.findMany({
        where: { OR: [{ code: { in: [...keys] } }, { abbreviation: { in: [...keys] } }] },
      });
      return keys.map((k) => rows.find((r) => r.code === k || r.abbreviation === k) ?? null);
    }),
    profileAccess: access,
    disclosures: new DisclosureCollector(prisma, viewer, requestId),
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
