/**
 * Rate limiting per principal: each operation is charged its cost (at least 1 point) against a
 * budget of points per fixed window (rate-limiter-flexible). The budgets are kept in PostgreSQL
 * (table "RateLimitBudget", RateLimiterPostgres), shared by every instance so that a caller's
 * budget is not multiplied by the instance count; or in this process's memory (one instance, or
 * the embedded database). See the README, "Limits".
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Principal } from '../auth/principal.js';

export type RateLimitStore = { kind: 'memory' } | { kind: 'postgres'; url: string };

export interface RateLimitSettings {
  points: number;
  windowSeconds: number;
  /** Default: memory. */
  store?: RateLimitStore;
}

/** The table the migration creates (RateLimiterPostgres' layout). */
export const RATE_LIMIT_TABLE = 'RateLimitBudget';
/** A budget check is one short statement: a few connections serve many requests. */
const POOL_SIZE = 4;
/** The table's key column is varchar(255); longer keys (long subjects) are hashed. */
const MAX_KEY_LENGTH = 200;

export interface RateDecision {
  allowed: boolean;
  /** Points charged (0 when refused: a refused operation costs nothing). */
  charged: number;
  /** Points left in the current window after this decision. */
  remaining: number;
  limit: number;
  /** Seconds until the window starts afresh. */
  resetSeconds: number;
}

export class PrincipalRateLimiter {
  private readonly limiter: RateLimiterAbstract;
  private readonly pool: pg.Pool | null = null;

  constructor(readonly settings: RateLimitSettings) {
    const options = { points: settings.points, duration: settings.windowSeconds, keyPrefix: 'graphql' };
    const store = settings.store ?? { kind: 'memory' };
    if (store.kind === 'postgres') {
      // Its own small pool: a budget check never waits behind the request's own queries.
      this.pool = new pg.Pool({ connectionString: store.url, max: POOL_SIZE, allowExitOnIdle: true });
      this.pool.on('error', () => {}); // an idle client lost with its server is dropped and replaced
      this.limiter = new RateLimiterPostgres({
        ...options,
        storeClient: this.pool,
        storeType: 'pool',
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
        // If the database cannot be reached, each instance limits on its own meanwhile instead of
        // failing every operation.
        insuranceLimiter: new RateLimiterMemory(options),
      });
    } else {
      this.limiter = new RateLimiterMemory(options);
    }
  }

  get store(): RateLimitStore['kind'] {
    return this.pool ? 'postgres' : 'memory';
  }

  async charge(principalKey: string, points: number): Promise<RateDecision> {
    const limit = this.settings.points;
    const key =
      principalKey.length > MAX_KEY_LENGTH ? `sha256:${createHash('sha256').update(principalKey).digest('hex')}` : principalKey;
    try {
      const res = await this.limiter.consume(key, points);
      return { allowed: true, charged: points, remaining: res.remainingPoints, limit, resetSeconds: seconds(res.msBeforeNext) };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      // The store counted the points even though the operation is refused: give them back, so
      // that a refused expensive operation does not also use up what is left for cheap ones.
      const res = await this.limiter.reward(key, points);
      return { allowed: false, charged: 0, remaining: res.remainingPoints, limit, resetSeconds: seconds(rejection.msBeforeNext) };
    }
  }

  async close(): Promise<void> {
    const limiter = this.limiter as { _clearExpiredTimeoutId?: NodeJS.Timeout };
    // RateLimiterPostgres deletes expired rows hourly on an (unref'd) timer; stop it with the pool.
    if (limiter._clearExpiredTimeoutId) clearTimeout(limiter._clearExpiredTimeoutId);
    await this.pool?.end();
  }
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/**
 * Whose budget an operation is charged to: the token's subject within its agency for an
 * authenticated caller; the client's address otherwise.
 */
export function rateLimitKey(viewer: Principal | null, address: string): string {
  return viewer ? `principal:${viewer.agencyCode}:${viewer.subject}` : `address:${address}`;
}

/**
 * The client's address. With `trustedProxies` = n > 0 the service sits behind n proxies that
 * each append the address they saw to X-Forwarded-For, so the client is the n-th entry from the
 * right (as Express's `trust proxy` = n); entries further left are whatever the client sent and
 * are ignored. With 0 the header is ignored entirely and the socket's peer is the client.
 */
export function clientAddress(forwardedFor: string | null, socketAddress: string | undefined, trustedProxies: number): string {
  if (trustedProxies > 0 && forwardedFor) {
    const hops = forwardedFor
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (hops.length) return hops[Math.max(0, hops.length - trustedProxies)]!;
  }
  return socketAddress ?? 'unknown';
}
