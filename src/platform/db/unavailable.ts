/**
 * Recognises "the database is unavailable" among the errors Prisma, its pg driver adapter and
 * node-postgres throw, so the API can answer 503 SERVICE_UNAVAILABLE (retry later) instead of a
 * masked 500. Connection-level failures only: a query that the database rejected (constraint,
 * syntax, serialization) is not one of them.
 *
 * The shapes, seen by stopping, restarting and terminating a real server under queries:
 * - PrismaClientKnownRequestError with code P1001 (ECONNREFUSED on connect), P1017 (ECONNRESET),
 *   P1008 (socket timeout), or P2010 (raw query) whose meta.driverAdapterError.cause.code is a
 *   connection SQLSTATE (57P01 on a query killed by `pg_ctl stop -m fast`);
 * - DriverAdapterError (model queries) with cause { kind: 'postgres', code: '57P01' | '57P03' }
 *   or cause.kind DatabaseNotReachable / ConnectionClosed / SocketTimeout / TooManyConnections;
 * - node-postgres DatabaseError with a SQLSTATE (57P03 "the database system is shutting down"
 *   or "… is starting up" on connect) and system errors (ECONNREFUSED, ECONNRESET) from the pool;
 * - plain Errors from node-postgres with no code: "Connection terminated unexpectedly" (the
 *   server went away under a query), "Client has encountered a connection error and is not
 *   queryable" (a transaction whose connection died), pool connection timeouts.
 * Wrappers are unwrapped: GraphQLError.originalError, Error.cause, AggregateError.errors and
 * Prisma's meta.driverAdapterError.
 */

/** Thrown by this service's own code when it needs the database connection and it is gone. */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
}

/**
 * Prisma error codes for an unreachable server or a lost connection, and P2028: a transaction
 * that could not get a connection in time, or ran past its time (rolled back either way, so
 * retrying is safe).
 */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2037', 'P2028']);

/** Driver adapter error kinds (@prisma/driver-adapter-utils) for the same. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

/** Node system errors on the socket. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs: class 08 (connection exception) and the operator interventions that end or refuse
 * connections: 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting
 * up, shutting down, in recovery); 53300 too_many_connections.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const isConnectionSqlState = (code: string) => /^08[0-9A-Z]{3}$/.test(code) || SQLSTATES.has(code);

/** node-postgres errors that carry no code. */
const PG_MESSAGES = new Set([
  'Connection terminated unexpectedly',
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number): boolean => {
    if (e === null || typeof e !== 'object' || seen.has(e) || depth > 8) return false;
    seen.add(e);
    if (e instanceof DatabaseUnavailableError) return true;
    const o = e as Record<string, unknown>;
    for (const code of [o.code, o.errorCode, o.originalCode]) {
      if (typeof code !== 'string') continue;
      if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || isConnectionSqlState(code)) return true;
    }
    if (typeof o.kind === 'string' && ADAPTER_KINDS.has(o.kind)) return true;
    if (e instanceof Error && PG_MESSAGES.has(e.message)) return true;
    const meta = o.meta as Record<string, unknown> | undefined;
    const inner = [o.originalError, o.cause, meta?.driverAdapterError, ...(Array.isArray(o.errors) ? o.errors : [])];
    return inner.some((i) => visit(i, depth + 1));
  };
  return visit(error, 0);
}

/**
 * How the API reports it: GraphQL error code SERVICE_UNAVAILABLE, HTTP 503 and Retry-After
 * (graphql-yoga takes status and headers from `extensions.http` and strips it from the body).
 */
export const DATABASE_UNAVAILABLE = {
  message: 'The database is unavailable; retry shortly',
  extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: { 'Retry-After': '2' } } },
} as const;
