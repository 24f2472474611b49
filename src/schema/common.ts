/** Small shared types used by several domain files. */
import { resolveOffsetConnection } from '@pothos/plugin-relay';
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
