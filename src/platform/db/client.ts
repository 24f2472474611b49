/**
 * Opens the database: PGlite (PostgreSQL in WebAssembly, in process) on disk for the embedded
 * default, or a PostgreSQL server through node-postgres. Both go through Prisma driver adapters,
 * so one schema, one set of migrations and one generated client serve both.
 */
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@prisma/client';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';
import type { Config } from '../../app/config.js';
import { applyMigrations, type MigrationExecutor } from './migrate.js';

export interface Database {
  kind: 'pglite' | 'postgres';
  prisma: PrismaClient;
  /** Runs plain SQL outside Prisma (migrations, health checks, LISTEN/NOTIFY later). */
  exec: MigrationExecutor;
  ping(): Promise<void>;
  /**
   * LISTEN on a channel. PostgreSQL: a dedicated connection outside the pool, so a pool that is
   * busy or restarting never delays notifications; `onLost` is called once if that connection
   * drops (notifications may have been missed; listen again). Rejects if it cannot connect.
   * Returns `notify` (sends on the same channel) and `stop`.
   */
  listen(channel: string, onMessage: (payload: string) => void, onLost: (error: Error) => void): Promise<Listener>;
  /** The connection pool's counts (PostgreSQL server only; PGlite has one connection, no pool). */
  poolStats?(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}

export interface Listener {
  notify(payload: string): Promise<void>;
  stop(): Promise<void>;
}

/** How long a request waits for a pooled connection before it fails as unavailable. */
const POOL_WAIT_MS = 15_000;
/**
 * Interactive transactions: wait for a connection as long as a query would; run at most 15 s (a
 * bulk item or a selection takes milliseconds; Prisma's 5 s default is tight on a busy PGlite).
 */
const TRANSACTION_OPTIONS = { maxWait: POOL_WAIT_MS, timeout: 15_000 };
/** How long the notification connection waits to connect before it tries again. */
const CONNECT_TIMEOUT_MS = 5000;

export async function openDatabase(database: Config['database']): Promise<Database> {
  if (database.kind === 'postgres') {
    // JIT compilation pays off for long analytical queries, not for this service's short ones:
    // it added 12–19 ms to counts over a few thousand rows (bench/openings.ts).
    const pool = new pg.Pool({
      connectionString: database.url,
      max: database.poolSize,
      options: '-c jit=off',
      // A server that does not answer (network partition, not a refused connection) fails a
      // request after this long instead of holding it; reported as 503 like any outage. pg-pool
      // applies it to waiting for a free connection too, hence generous.
      connectionTimeoutMillis: POOL_WAIT_MS,
      // Half-open connections (the peer vanished without a FIN) are noticed and dropped.
      keepAlive: true,
    });
    // An idle client that loses its server (restart, failover) emits 'error'; without a listener
    // that would crash the process. The pool drops that client and opens a new one on demand, and
    // a client that failed under a query is destroyed on release, so after a restart the pool
    // holds no dead connections (tests/faults/pg-restart.test.ts).
    pool.on('error', () => {});
    // A transaction waits for a connection as long as a plain query does (Prisma's default is 2 s),
    // then fails as unavailable (503), like a query.
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: TRANSACTION_OPTIONS });
    const listeners = new Set<Listener>();
    return {
      kind: 'postgres',
      prisma,
      exec: postgresExecutor(pool),
      async ping() {
        await pool.query('SELECT 1');
      },
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      async listen(channel, onMessage, onLost) {
        const client = new pg.Client({
          connectionString: database.url,
          connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
          keepAlive: true,
        });
        let stopped = false;
        let listening = false;
        // At most once, and only for a connection that was listening: a failed connect rejects
        // instead (its 'end' must not report a loss, or every failed retry would start another).
        const lose = (error: Error) => {
          if (stopped || !listening) return;
          stopped = true;
          onLost(error);
        };
        client.on('notification', (n) => n.channel === channel && onMessage(n.payload ?? ''));
        client.on('error', (error) => lose(error));
        client.on('end', () => lose(new Error('notification connection closed')));
        try {
          await client.connect();
          await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        } catch (error) {
          stopped = true;
          await client.end().catch(() => {});
          throw error;
        }
        listening = true;
        const listener: Listener = {
          async notify(payload) {
            await client.query('SELECT pg_notify($1, $2)', [channel, payload]);
          },
          async stop() {
            stopped = true;
            listeners.delete(listener);
            await client.end().catch(() => {});
          },
        };
        listeners.add(listener);
        return listener;
      },
      async close() {
        await Promise.all([...listeners].map((l) => l.stop()));
        await prisma.$disconnect();
        await pool.end().catch(() => {});
      },
    };
  }
  fs.mkdirSync(database.dataDir, { recursive: true });
  // Extensions the migrations use must be loaded into PGlite (a server has them from its contrib package).
  const lite = await PGlite.create(database.dataDir, { extensions: { pg_trgm } });
  // The adapter is built against an older @prisma/driver-adapter-utils whose types differ
  // nominally from 6.19's; the runtime interface is the same (exercised by the test suite).
  const adapter = new PrismaPGlite(lite) as unknown as ConstructorParameters<typeof PrismaClient>[0] extends infer O
    ? O extends { adapter?: infer A }
      ? NonNullable<A>
      : never
    : never;
  const prisma = new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
  return {
    kind: 'pglite',
    prisma,
    exec: {
      async query<T>(sql: string, params: unknown[] = []) {
        return (await lite.query<T>(sql, params)).rows;
      },
      async script(sql: string) {
        await lite.exec(sql);
      },
      async transaction(fn) {
        return lite.transaction(async (tx) =>
          fn({
            query: async <T>(sql: string, params: unknown[] = []) => (await tx.query<T>(sql, params)).rows,
            script: async (sql: string) => {
              await tx.exec(sql);
            },
          }),
        );
      },
    },
    async ping() {
      await lite.query('SELECT 1');
    },
    async listen(channel, onMessage) {
      // One process, one connection: nothing to lose, so onLost is never called.
      const unlisten = await lite.listen(channel, onMessage);
      return {
        async notify(payload) {
          await lite.query('SELECT pg_notify($1, $2)', [channel, payload]);
        },
        stop: () => unlisten(),
      };
    },
    async close() {
      await prisma.$disconnect();
      // Closing flushes PGlite's files; a process killed before this still reopens (WAL).
      if (!lite.closed) await lite.close();
    },
  };
}

function postgresExecutor(pool: pg.Pool): MigrationExecutor {
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as T[];
    },
    async script(sql: string) {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
          // Simple-query protocol (no parameters) runs a multi-statement migration file in one call.
          script: async (sql: string) => {
            await client.query(sql);
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

/** Opens the configured database and brings its schema up to date. */
export async function openMigratedDatabase(
  database: Config['database'],
  log: (message: string) => void = () => {},
): Promise<Database> {
  const db = await openDatabase(database);
  try {
    const applied = await applyMigrations(db.exec);
    for (const name of applied) log(`applied migration ${name}`);
    return db;
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}
