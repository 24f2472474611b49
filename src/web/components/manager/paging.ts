/**
 * Cursor pages in the URL: `after` (next pages) or `before` (going back), so a page of a list can
 * be bookmarked and reloaded like the rest of its filters.
 */
import type { SetURLSearchParams } from 'react-router';

export interface PageVars {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

export function pageVars(params: URLSearchParams, size: number): PageVars {
  const after = params.get('after');
  const before = params.get('before');
  if (before) return { last: size, before };
  return after ? { first: size, after } : { first: size };
}

export interface PageInfoLike {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** Handlers for W2's Pagination: move the cursor in the URL, keeping the other parameters. */
export function pageMoves(params: URLSearchParams, setParams: SetURLSearchParams, info: PageInfoLike) {
  const go = (key: 'after' | 'before', cursor: string | null) => {
    const next = new URLSearchParams(params);
    next.delete('after');
    next.delete('before');
    if (cursor) next.set(key, cursor);
    setParams(next);
  };
  return {
    hasPrevious: info.hasPreviousPage || params.has('after'),
    hasNext: info.hasNextPage,
    onPrevious: () => go('before', info.startCursor),
    onNext: () => go('after', info.endCursor),
  };
}
