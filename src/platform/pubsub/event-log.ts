/**
 * The published-event log: the table "PublishedEvent" that carries events between instances.
 *
 * Why a table and not NOTIFY payloads alone: a payload is limited to 8000 bytes and is gone once
 * sent, so a subscriber that reconnects could not be given what it missed. Events are appended
 * here and a notification (its payload only the newest id) tells every instance to read on.
 *
 * Ids are commit-ordered: appends take turns under a transaction-level advisory lock, which is
 * released only after the commit is visible, so a row with a higher id never becomes visible
 * before one with a lower id. A reader that has seen id N has therefore seen, or will never see,
 * every id below N, and "everything after N" is exact: no gap, no duplicate.
 */
import type { MigrationExecutor, SqlRunner } from '../db/migrate.js';

/** Listened to by every instance; the payload is the newest id appended (informational). */
export const EVENT_CHANNEL = 'published_event';
/** Arbitrary constant shared by all instances: the appenders' turn-taking lock. */
const APPEND_LOCK_KEY = 724_311_917;

export interface StoredEvent {
  id: bigint;
  topic: string;
  /** The payload as published, parsed from JSON. */
  payload: unknown;
}

export interface LogBounds {
  /** Lowest id still kept. */
  first: bigint;
  /** Highest id appended. */
  last: bigint;
}

interface Row {
  id: string | bigint;
  topic: string;
  payload: unknown;
}

const parseRow = (r: Row): StoredEvent => ({
  id: BigInt(r.id),
  topic: r.topic,
  // node-postgres parses jsonb; PGlite too. A string would mean a driver that does not.
  payload: typeof r.payload === 'string' ? (JSON.parse(r.payload) as unknown) : r.payload,
});

/** Appends events in one transaction (in order) and notifies every listener at its commit. */
export async function appendEvents(
  exec: Pick<MigrationExecutor, 'transaction'>,
  events: readonly { topic: string; payload: unknown }[],
): Promise<bigint> {
  if (events.length === 0) throw new Error('appendEvents: nothing to append');
  return exec.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK_KEY]);
    const rows = await tx.query<{ id: string }>(
      `INSERT INTO "PublishedEvent" ("topic", "payload")
       SELECT e.topic, e.payload FROM unnest($1::text[], $2::jsonb[]) WITH ORDINALITY AS e(topic, payload, n)
       ORDER BY e.n
       RETURNING "id"::text AS id`,
      [events.map((e) => e.topic), events.map((e) => JSON.stringify(e.payload))],
    );
    const last = rows.map((r) => BigInt(r.id)).reduce((a, b) => (a > b ? a : b));
    await tx.query('SELECT pg_notify($1, $2)', [EVENT_CHANNEL, String(last)]);
    return last;
  });
}

/** Up to `limit` events after id `after`, oldest first; of one topic, or of all. */
export async function readEventsAfter(sql: SqlRunner, after: bigint, limit: number, topic?: string): Promise<StoredEvent[]> {
  const rows = topic
    ? await sql.query<Row>(
        `SELECT "id"::text AS id, "topic", "payload" FROM "PublishedEvent" WHERE "id" > $1::bigint AND "topic" = $3 ORDER BY "id" LIMIT $2`,
        [String(after), limit, topic],
      )
    : await sql.query<Row>(
        `SELECT "id"::text AS id, "topic", "payload" FROM "PublishedEvent" WHERE "id" > $1::bigint ORDER BY "id" LIMIT $2`,
        [String(after), limit],
      );
  return rows.map(parseRow);
}

/** The ids kept, or null when nothing was ever published. */
export async function logBounds(sql: SqlRunner): Promise<LogBounds | null> {
  const [row] = await sql.query<{ first: string | null; last: string | null }>(
    `SELECT min("id")::text AS first, max("id")::text AS last FROM "PublishedEvent"`,
  );
  return row?.first != null && row.last != null ? { first: BigInt(row.first), last: BigInt(row.last) } : null;
}

/**
 * Deletes events older than the retention, always as a prefix of the ids (so "everything after
 * the oldest kept id" stays whole) and never the newest row (so the log's bounds stay known).
 * Returns how many rows went.
 */
export async function pruneEvents(sql: SqlRunner, retentionHours: number): Promise<number> {
  const rows = await sql.query<{ id: string }>(
    `DELETE FROM "PublishedEvent"
     WHERE "id" <= (SELECT max("id") FROM "PublishedEvent" WHERE "at" < now() - make_interval(hours => $1::int))
       AND "id" < (SELECT max("id") FROM "PublishedEvent")
     RETURNING "id"::text AS id`,
    [retentionHours],
  );
  return rows.length;
}
