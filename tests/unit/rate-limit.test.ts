/** Rate limiting (src/platform/limits/rate-limit.ts): budgets per key, refunds on refusal, client addresses. */
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../src/platform/auth/principal.js';
import { clientAddress, PrincipalRateLimiter, rateLimitKey } from '../../src/platform/limits/rate-limit.js';

describe('PrincipalRateLimiter', () => {
  it('charges each key its own budget and refuses what does not fit, without charging it', async () => {
    const limiter = new PrincipalRateLimiter({ points: 100, windowSeconds: 60 });
    expect(await limiter.charge('a', 60)).toMatchObject({ allowed: true, charged: 60, remaining: 40, limit: 100 });
    const refused = await limiter.charge('a', 50);
    expect(refused).toMatchObject({ allowed: false, charged: 0, remaining: 40 });
    expect(refused.resetSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.resetSeconds).toBeLessThanOrEqual(60);
    // The refused 50 were not spent: 40 still fit, then nothing does.
    expect(await limiter.charge('a', 40)).toMatchObject({ allowed: true, remaining: 0 });
    expect(await limiter.charge('a', 1)).toMatchObject({ allowed: false });
    // Another key is untouched.
    expect(await limiter.charge('b', 100)).toMatchObject({ allowed: true, remaining: 0 });
  });
});

describe('rate-limit keys', () => {
  const p = (subject: string, agencyCode: string): Principal => ({
    subject,
    agencyCode,
    agencyId: 'x',
    roles: ['EMPLOYEE'],
    scopes: ['read', 'write'],
  });

  it('keys a token by subject within its agency, and anonymous callers by address', () => {
    expect(rateLimitKey(p('ana', '080'), '10.0.0.1')).toBe('principal:080:ana');
    expect(rateLimitKey(p('ana', '047'), '10.0.0.1')).not.toBe(rateLimitKey(p('ana', '080'), '10.0.0.1'));
    expect(rateLimitKey(null, '10.0.0.1')).toBe('address:10.0.0.1');
  });

  it('believes X-Forwarded-For only as far as the trusted proxies go', () => {
    // No trusted proxy: the header is the client's own claim and is ignored.
    expect(clientAddress('1.1.1.1', '10.0.0.9', 0)).toBe('10.0.0.9');
    // One proxy appends what it saw; anything to its left was sent by the client.
    expect(clientAddress('6.6.6.6, 203.0.113.7', '10.0.0.9', 1)).toBe('203.0.113.7');
    expect(clientAddress('203.0.113.7, 10.0.0.2', '10.0.0.9', 2)).toBe('203.0.113.7');
    expect(clientAddress('203.0.113.7', '10.0.0.9', 3)).toBe('203.0.113.7');
    expect(clientAddress(null, '10.0.0.9', 1)).toBe('10.0.0.9');
    expect(clientAddress(null, undefined, 0)).toBe('unknown');
  });
});
