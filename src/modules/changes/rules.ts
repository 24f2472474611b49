/**
 * The change feed for sync clients: cursors, who reads which agencies, and paging. Plain rules;
 * the SQL lives in src/graphql/change.ts and the capture (triggers) in the change_feed migration.
 *
 * Why (xid, seq) and not seq alone. Triggers write one ChangeEvent row per change with `seq` from
 * a sequence and `xid`, the writer's top-level transaction ID. Rows become visible when their
 * transaction commits, which is not seq order: transaction A takes seq 10 and is still open
 * while B takes seq 11 and commits. A reader that pages by `seq > cursor` returns 11, hands out
 * cursor 11, and never returns 10 once A commits: a gap. The feed instead orders rows by
 * (xid, seq) and returns only rows with xid < xmin of the reader's snapshot
 * (pg_snapshot_xmin(pg_current_snapshot())): every transaction with a smaller xid has ended, so
 * every row that will ever exist below that bound is already visible (a transaction writes all
 * its rows before it commits), and no row can appear later before a cursor the feed handed out.
 * Writers are not serialized; the cost is latency: a transaction that has written and stays open
 * holds back every row of later transactions (xid is taken at the first write) until it ends.
 * Nothing is lost, only delayed.
 *
 * Rows of one transaction that say the same thing (same entity, same operation) are delivered as
 * one change: a department's client would otherwise get an application between two of its
 * bureaus twice (one row per agency, when it may read it), and a profile saved with 30 skills 31 times. They are
 * adjacent in (xid, seq) order, and a page never splits them (see readChangePage).
 */

export const CHANGE_ENTITY_TYPES = ['PROFILE', 'OPENING', 'APPLICATION', 'ROTATION'] as const;
export type ChangeEntityType = (typeof CHANGE_ENTITY_TYPES)[number];
export const CHANGE_OPERATIONS = ['CREATED', 'UPDATED', 'DELETED'] as const;
export type ChangeOperation = (typeof CHANGE_OPERATIONS)[number];

/** A place in one agency's feed: after the row (xid, seq). */
export interface ChangePosition {
  xid: bigint;
  seq: bigint;
}

/** Before every row. */
export const FEED_START: ChangePosition = { xid: 0n, seq: 0n };

export interface ChangeRow extends ChangePosition {
  /** The agency the row was written for (see the migration's change_event_targets). */
  agencyId?: string;
  entityType: ChangeEntityType;
  entityId: string;
  operation: ChangeOperation;
  at: Date;
}

export class CursorError extends Error {}

const CURSOR_VERSION = 'v1';
const MAX_BIGINT = 2n ** 63n - 1n;
const CURSOR_TEXT = /^v1:(0|[1-9][0-9]{0,18}):(0|[1-9][0-9]{0,18})$/;

/** Opaque to clients; versioned so the encoding can change without breaking stored cursors. */
export function encodeCursor(p: ChangePosition): string {
  return Buffer.from(`${CURSOR_VERSION}:${p.xid}:${p.seq}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): ChangePosition {
  // base64url decoding ignores characters outside its alphabet; insist on the canonical form.
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(cursor)) throw new CursorError(`Invalid change cursor "${cursor}"`);
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = CURSOR_TEXT.exec(text);
  if (!m || Buffer.from(text, 'utf8').toString('base64url') !== cursor)
    throw new CursorError(`Invalid change cursor "${cursor}"`);
  const xid = BigInt(m[1]!);
  const seq = BigInt(m[2]!);
  if (xid > MAX_BIGINT || seq > MAX_BIGINT) throw new CursorError(`Invalid change cursor "${cursor}"`);
  return { xid, seq };
}

export function comparePositions(a: ChangePosition, b: ChangePosition): number {
  if (a.xid !== b.xid) return a.xid < b.xid ? -1 : 1;
  return a.seq === b.seq ? 0 : a.seq < b.seq ? -1 : 1;
}

/**
 * The agencies whose rows a viewer's feed reads: their own and every agency below it (see
 * Agency.parentId); `deliverable` then keeps what the viewer may read. Cycles in bad data end the walk.
 */
export function feedAgencies(viewerAgencyId: string, agencies: readonly { id: string; parentId: string | null }[]): string[] {
  const parent = new Map(agencies.map((a) => [a.id, a.parentId]));
  return agencies
    .filter((a) => {
      const seen = new Set<string>();
      for (let id: string | null | undefined = a.id; id && !seen.has(id); id = parent.get(id)) {
        if (id === viewerAgencyId) return true;
        seen.add(id);
      }
      return false;
    })
    .map((a) => a.id);
}

/** Who reads the feed: HR specialists, and integrations with the read scope, of the agency. */
export function mayReadChanges(viewer: { roles: readonly string[]; scopes: readonly string[] } | null): boolean {
  if (!viewer) return false;
  return viewer.roles.includes('HR_SPECIALIST') || (viewer.roles.includes('INTEGRATION') && viewer.scopes.includes('read'));
}

/** One delivered change: the first of its rows, and the position of the last (its cursor). */
export interface Change {
  /** The agencies its rows were written for, when the rows said. */
  agencyIds?: string[];
  entityType: ChangeEntityType;
  entityId: string;
  operation: ChangeOperation;
  at: Date;
  position: ChangePosition;
}

const sameChange = (a: ChangeRow, b: ChangeRow) =>
  a.xid === b.xid && a.entityType === b.entityType && a.entityId === b.entityId && a.operation === b.operation;

/** Adjacent rows (in feed order) of one transaction about the same entity and operation, as one change each. */
export function groupChanges(rows: readonly ChangeRow[]): Change[] {
  const out: Change[] = [];
  let last: ChangeRow | undefined;
  for (const row of rows) {
    if (last && sameChange(last, row)) {
      const change = out[out.length - 1]!;
      change.position = { xid: row.xid, seq: row.seq };
      if (row.agencyId && change.agencyIds && !change.agencyIds.includes(row.agencyId)) change.agencyIds.push(row.agencyId);
    } else {
      out.push({
        entityType: row.entityType,
        entityId: row.entityId,
        operation: row.operation,
        at: row.at,
        position: { xid: row.xid, seq: row.seq },
        ...(row.agencyId ? { agencyIds: [row.agencyId] } : {}),
      });
    }
    last = row;
  }
  return out;
}

/**
 * Whether a change reaches a reader. Rows are written for every agency involved (a bureau's
 * department, an applicant's home agency), but a change is only delivered when the reader may see
 * its object now: otherwise the feed would hand out IDs and timings of records the reader cannot
 * read. Profiles and openings of the reader's own agency are always delivered (its HR and its
 * integrations read them all): so a person who moved to another agency, or a deleted record,
 * still reaches the old agency's copy, with `entity` null, and its history stays whole.
 */
export function deliverable(change: Change, readerAgencyId: string, visibleNow: boolean): boolean {
  if (visibleNow) return true;
  const owned = change.entityType === 'PROFILE' || change.entityType === 'OPENING';
  return owned && (change.agencyIds ?? []).includes(readerAgencyId);
}

export interface ChangePage {
  changes: Change[];
  /** More changes are readable now (there may always be more later). */
  hasNextPage: boolean;
}

/**
 * Reads up to `first` changes after `after`. `fetch(after, limit)` returns up to `limit` readable
 * rows after a position in feed order (the caller applies the xmin bound and the agency and type
 * filters). A change is complete once a different row follows it or the rows run out, so this
 * reads on until it holds first + 1 changes or the end: a page never splits a change.
 */
export async function readChangePage(
  after: ChangePosition,
  first: number,
  fetch: (after: ChangePosition, limit: number) => Promise<ChangeRow[]>,
): Promise<ChangePage> {
  const chunk = first * 4 + 1;
  const rows: ChangeRow[] = [];
  let from = after;
  for (;;) {
    const got = await fetch(from, chunk);
    rows.push(...got);
    const changes = groupChanges(rows);
    if (changes.length > first) return { changes: changes.slice(0, first), hasNextPage: true };
    if (got.length < chunk) return { changes, hasNextPage: false };
    from = got[got.length - 1]!;
  }
}
