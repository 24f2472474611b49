/**
 * Prisma where-builders beside the predicates they mirror: visibilityWhere is canSeeOpening
 * (./rules.ts) in SQL, statusWhere is effectiveStatus. tests/unit/visibility-agreement.test.ts
 * checks on random data that each pair agrees.
 */
import type { Prisma } from '@prisma/client';
import type { Principal } from '../../platform/auth/principal.js';
import { managesOpenings, type OpeningStatus } from './rules.js';

export function statusWhere(status: OpeningStatus, now: Date): Prisma.OpeningWhereInput {
  if (status === 'OPEN') return { status: 'OPEN', applicationDeadline: { gt: now } };
  if (status === 'CLOSED') return { OR: [{ status: 'CLOSED' }, { status: 'OPEN', applicationDeadline: { lte: now } }] };
  return { status };
}

/** Staff of these agencies (an agency and its parents) may apply under the opening's restriction. */
export function admitsWhere(agencyChain: readonly string[]): Prisma.OpeningWhereInput {
  return { OR: [{ restrictedTo: { none: {} } }, { restrictedTo: { some: { agencyId: { in: [...agencyChain] } } } }] };
}

/** canSeeOpening as a `where`: `agencyChain` is the viewer's agency and its parents. */
export function visibilityWhere(viewer: Principal, agencyChain: readonly string[]): Prisma.OpeningWhereInput {
  return {
    OR: [
      { hostAgencyId: viewer.agencyId, ...(managesOpenings(viewer, viewer.agencyId) ? {} : { status: { not: 'DRAFT' } }) },
      { status: { not: 'DRAFT' }, ...admitsWhere(agencyChain) },
    ],
  };
}
