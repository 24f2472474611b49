/**
 * isDatabaseUnavailable on real errors (a refused connection, a query killed by the server, a
 * server shutting down) and on errors that must not count (constraint violations, bad SQL,
 * expected application failures).
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@prisma/client';
import { GraphQLError } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, isDatabaseUnavailable } from '../../src/platform/db/unavailable.js';
import { NotFoundError, ValidationError } from '../../src/graphql/errors/classes.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { freePort } from '../setup/postgres.js';

const caught = async (p: Promise<unknown>): Promise<unknown> => {
  try {
    await p;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
};

describe('isDatabaseUnavailable on real errors', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createPostgresDatabase(2);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('a refused connection: node-postgres ECONNREFUSED and Prisma P1001', async () => {
    const url = `postgres://postgres@127.0.0.1:${await freePort()}/postgres`;
    const pool = new pg.Pool({ connectionString: url });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    try {
      const raw = (await caught(pool.query('SELECT 1'))) as { code?: string };
      expect(raw.code).toBe('ECONNREFUSED');
      expect(isDatabaseUnavailable(raw)).toBe(true);
      const model = (await caught(prisma.agency.count())) as { code?: string };
      expect(model.code).toBe('P1001');
      expect(isDatabaseUnavailable(model)).toBe(true);
      const tx = await caught(prisma.$transaction(async (t) => t.agency.count()));
      expect(isDatabaseUnavailable(tx)).toBe(true);
      // As graphql-js hands it to the error mask.
      expect(isDatabaseUnavailable(new GraphQLError('x', { originalError: model as Error }))).toBe(true);
    } finally {
      await prisma.$disconnect();
      await pool.end();
    }
  });

  it('a query killed by the server (57P01): the adapter error of model queries and P2010 of raw ones', async () => {
    const locker = new pg.Client({ connectionString: db.url });
    const admin = new pg.Client({ connectionString: db.url });
    await Promise.all([locker.connect(), admin.connect()]);
    // Warm up first (the first Prisma query loads its query compiler), so both queries below
    // are waiting on the lock by the time they are killed.
    await db.prisma.agency.count();
    await db.prisma.$queryRawUnsafe('SELECT 1');
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "Agency" IN ACCESS EXCLUSIVE MODE');
      const model = caught(db.prisma.agency.count());
      const raw = caught(db.prisma.$queryRawUnsafe('SELECT count(*) FROM "Agency"'));
      // Both wait on the lock; then an operator (or a fast shutdown) ends their sessions.
      for (let i = 0; i < 1000; i++) {
        const { rows } = await admin.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
        );
        if (rows[0].n === 2) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
      );
      // Released before awaiting: a query that was not killed then finishes (and fails the test) instead of hanging.
      await locker.query('ROLLBACK');
      const [m, r] = (await Promise.all([model, raw])) as [{ name?: string; cause?: { code?: string } }, { code?: string }];
      expect(m.name).toBe('DriverAdapterError');
      expect(m.cause?.code).toBe('57P01');
      expect(isDatabaseUnavailable(m)).toBe(true);
      expect(r.code).toBe('P2010');
      expect(isDatabaseUnavailable(r)).toBe(true);
      // The pool dropped the dead connections: the next query works.
      expect(await db.prisma.agency.count()).toBe(0);
    } finally {
      await locker.query('ROLLBACK').catch(() => {});
      await Promise.all([locker.end(), admin.end()]);
    }
  });

  it('a transaction that cannot get a connection in time (P2028): every connection is busy', async () => {
    const pool = new pg.Pool({ connectionString: db.url, max: 1 });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    try {
      const holder = prisma.$transaction(async (tx) => tx.$queryRaw`SELECT pg_sleep(1)::text`, { timeout: 10_000 });
      await new Promise((r) => setTimeout(r, 100));
      const waited = (await caught(prisma.$transaction(async (tx) => tx.agency.count(), { maxWait: 200 }))) as { code?: string };
      expect(waited.code).toBe('P2028');
      expect(isDatabaseUnavailable(waited)).toBe(true);
      await holder;
    } finally {
      await prisma.$disconnect();
      await pool.end();
    }
  });

  it('errors the database raised about the query itself are not unavailability', async () => {
    await db.prisma.agency.create({ data: { code: 'U1', abbreviation: 'UNA', name: 'Unavailable test' } });
    const unique = (await caught(db.prisma.agency.create({ data: { code: 'U1', abbreviation: 'UNB', name: 'Duplicate' } }))) as {
      code?: string;
    };
    expect(unique.code).toBe('P2002');
    expect(isDatabaseUnavailable(unique)).toBe(false);
    const syntax = (await caught(db.prisma.$queryRawUnsafe('SELEC 1'))) as { code?: string };
    expect(syntax.code).toBe('P2010');
    expect(isDatabaseUnavailable(syntax)).toBe(false);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const division = await caught(client.query('SELECT 1 / 0'));
      expect((division as { code?: string }).code).toBe('22012');
      expect(isDatabaseUnavailable(division)).toBe(false);
    } finally {
      await client.end();
    }
  });
});

describe('isDatabaseUnavailable on the other shapes', () => {
  const sqlState = (code: string, message: string) =>
    Object.assign(new pg.DatabaseError(message, 0, 'error'), { code, severity: 'FATAL' });

  it.each([
    ['server starting up or shutting down (57P03)', sqlState('57P03', 'the database system is shutting down')],
    ['crash shutdown (57P02)', sqlState('57P02', 'terminating connection because of crash of another server process')],
    ['connection failure (08006)', sqlState('08006', 'connection failure')],
    ['too many connections (53300)', sqlState('53300', 'sorry, too many clients already')],
    ['socket reset', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', errno: -104, syscall: 'read' })],
    ['the server went away under a query', new Error('Connection terminated unexpectedly')],
    ['a transaction on a dead connection', new Error('Client has encountered a connection error and is not queryable')],
    ['a pool connection timeout', new Error('timeout exceeded when trying to connect')],
    [
      'adapter kind ConnectionClosed',
      Object.assign(new Error('ConnectionClosed'), { name: 'DriverAdapterError', cause: { kind: 'ConnectionClosed' } }),
    ],
    ['Prisma P1017', Object.assign(new Error('Server has closed the connection.'), { code: 'P1017' })],
    ['wrapped in cause', new Error('outer', { cause: new Error('Connection terminated unexpectedly') })],
    [
      'an AggregateError of refused addresses',
      new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })], 'connect failed'),
    ],
    ['our own', new DatabaseUnavailableError('the match index is reconnecting to the database')],
  ])('counts: %s', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(new GraphQLError('field failed', { originalError: error as Error }))).toBe(true);
  });

  it.each([
    ['a plain error', new Error('boom')],
    ['a validation error', new ValidationError([{ path: ['input'], message: 'bad' }])],
    ['not found', new NotFoundError('Opening', 'x')],
    ['a GraphQL error', new GraphQLError('Cannot query field "x"')],
    ['record not found (P2025)', Object.assign(new Error('not found'), { code: 'P2025' })],
    ['serialization failure (40001)', sqlState('40001', 'could not serialize access')],
    ['a string', 'ECONNREFUSED'],
    ['null', null],
    [
      'a cycle',
      (() => {
        const e = new Error('a') as Error & { cause?: unknown };
        e.cause = e;
        return e;
      })(),
    ],
  ])('does not count: %s', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
