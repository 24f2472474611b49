/** Prisma where-builders for profiles, beside the predicate they mirror (profileAccess, src/modules/profiles/rules.ts). */
import type { Prisma } from '@prisma/client';
import type { Principal } from '../../platform/auth/principal.js';

const NONE: Prisma.ProfileWhereInput = { id: { in: [] } };

/**
 * Profiles the viewer sees with at least `level` visibility: FULL (self, home-agency HR and
 * read-scoped integrations, the host side of a live application, hiring managers for
 * discoverable people) or REDACTED (those, and colleagues of the same agency).
 */
export function visibleProfilesWhere(viewer: Principal | null, level: 'FULL' | 'REDACTED'): Prisma.ProfileWhereInput {
  if (!viewer) return NONE;
  const has = (role: Principal['roles'][number]) => viewer.roles.includes(role);
  const or: Prisma.ProfileWhereInput[] = [{ subject: viewer.subject }];
  const homeHr = has('HR_SPECIALIST') || has('ADMIN') || (has('INTEGRATION') && viewer.scopes.includes('read'));
  if (homeHr || level === 'REDACTED') or.push({ agencyId: viewer.agencyId });
  if (has('HIRING_MANAGER') || has('HR_SPECIALIST'))
    or.push({ applications: { some: { live: true, opening: { hostAgencyId: viewer.agencyId } } } });
  if (has('HIRING_MANAGER')) or.push({ discoverable: true });
  return { OR: or };
}
