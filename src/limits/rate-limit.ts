/**
 * Rate limiting per principal: each operation is charged its cost (at least 1 point) against a
 * budget of points per fixed window (rate-limiter-flexible). The state is in this process's
 * memory, so each instance keeps its own budget (see the README, "Limits").
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Principal } from '../auth/principal.js';

export interface RateLimitSettings {
  points: number;
  windowSeconds: number;
}

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
  private readonly limiter: RateLimiterMemory;

  constructor(readonly settings: RateLimitSettings) {
    this.limiter = new RateLimiterMemory({ points: settings.points, duration: settings.windowSeconds, keyPrefix: 'graphql' });
  }

  async charge(key: string, points: number): Promise<RateDecision> {
    const limit = this.settings.points;
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
