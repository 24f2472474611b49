/** Small shared types used by several domain files. */
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { hasRole, type Role } from '../platform/auth/principal.js';
import type { Context } from '../app/context.js';
import { builder } from './builder.js';

export const OrderDirection = builder.enumType('OrderDirection', { values: ['ASC', 'DESC'] as const });

/**
 * A Relay connection over an offset-paged source (ranked search results, computed lists),
 * with a lazy totalCount that runs only when the client asks for it.
 */
export async function offsetConnection<T>(
  args: { first?: number | null; last?: number | null; after?: string | null; before?: string | null },
  page: (p: { limit: number; offset: number }) => Promise<T[]>,
  count: () => Promise<number>,
) {
  const connection = await resolveOffsetConnection({ args }, page);
  let total: Promise<number> | undefined;
  return { ...connection, totalCount: () => (total ??= count()) };
}

/**
 * Pothos passes `select: {}` when a client asks for none of an object's fields (only
 * `__typename`, or a mutation result without `data`), and Prisma refuses an empty select.
 * Selecting the ID instead keeps such requests working.
 */
export function nonEmpty<Q extends object>(query: Q): Q {
  const select = (query as { select?: Record<string, unknown> }).select;
  return select && Object.keys(select).length === 0 ? ({ ...query, select: { id: true } } as Q) : query;
}

/**
 * Field rule (authScopes): the caller holds one of these roles. Refused before the resolver reads
 * anything, so a caller without the role cannot learn whether the referenced object exists.
 */
export const anyRole =
  (...roles: Role[]) =>
  (_parent: unknown, _args: unknown, ctx: Context) =>
    hasRole(ctx.viewer, ...roles);

/** People acting for themselves, in any human role; a machine client has no profile of its own. */
export const PERSON = anyRole('EMPLOYEE', 'HIRING_MANAGER', 'HR_SPECIALIST', 'ADMIN');

/**
 * Hiring managers and HR specialists: they post and manage openings, decide on applications and
 * act for an agency on rotations (which agency, and which side: object level).
 */
export const HIRING_OR_HR = anyRole('HIRING_MANAGER', 'HR_SPECIALIST');
