/** Prisma where-builders for rotations, beside the predicates (rules.ts) they mirror. */
import type { Prisma } from '@prisma/client';
import type { Principal } from '../../platform/auth/principal.js';
import { addDays, dayOf, type RotationStatus } from './rules.js';

/** Rows whose effective status is one of `statuses` (an APPROVED rotation past its start is ACTIVE): effectiveRotationStatus. */
export function effectiveStatusWhere(statuses: readonly RotationStatus[], now: Date): Prisma.RotationWhereInput {
  const today = dayOf(now);
  const or: Prisma.RotationWhereInput[] = [];
  for (const s of new Set(statuses)) {
    if (s === 'ACTIVE') or.push({ status: 'ACTIVE' }, { status: 'APPROVED', startDate: { lte: today } });
    else if (s === 'APPROVED') or.push({ status: 'APPROVED', startDate: { gt: today } });
    else or.push({ status: s });
  }
  return { OR: or };
}

/** Rotations the viewer may see: canSeeRotation. */
export function visibleRotationsWhere(viewer: Principal | null): Prisma.RotationWhereInput {
  if (!viewer) return { id: { in: [] } };
  const or: Prisma.RotationWhereInput[] = [];
  if (viewer.subject) or.push({ profile: { subject: viewer.subject } }, { hostSupervisorSubject: viewer.subject });
  if (viewer.roles.some((r) => r === 'HR_SPECIALIST' || r === 'ADMIN')) or.push({ homeAgencyId: viewer.agencyId });
  const manages =
    viewer.roles.some((r) => r === 'HIRING_MANAGER' || r === 'HR_SPECIALIST' || r === 'ADMIN') ||
    (viewer.roles.includes('INTEGRATION') && viewer.scopes.includes('read'));
  if (manages) or.push({ hostAgencyId: viewer.agencyId });
  return or.length ? { OR: or } : { id: { in: [] } };
}

const CURRENT: RotationStatus[] = ['PROPOSED', 'APPROVED', 'ACTIVE'];

/** An agency's rotations in one direction (default: the current ones), or its upcoming returns. */
export function agencyRotationsWhere(
  agencyId: string,
  args: { direction: 'OUTGOING' | 'INCOMING'; statuses?: RotationStatus[] | null; endingWithinDays?: number | null },
  now: Date,
): Prisma.RotationWhereInput {
  const where: Prisma.RotationWhereInput[] = [
    args.direction === 'OUTGOING' ? { homeAgencyId: agencyId } : { hostAgencyId: agencyId },
    effectiveStatusWhere(args.statuses?.length ? args.statuses : CURRENT, now),
  ];
  if (args.endingWithinDays != null)
    where.push(effectiveStatusWhere(['ACTIVE'], now), { endDate: { lte: addDays(dayOf(now), args.endingWithinDays) } });
  return { AND: where };
}
