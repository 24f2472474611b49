/** cachingVerifier (src/platform/auth/verify.ts): what is cached, for how long, and what never is. */
import { describe, expect, it } from 'vitest';
import { AuthError, cachingVerifier, type VerifiedClaims } from '../../src/platform/auth/verify.js';

const claims = (expiresAt: number, subject = 'alice'): VerifiedClaims => ({
  subject,
  roles: ['EMPLOYEE'],
  agency: 'NASA',
  scopes: ['read', 'write'],
  expiresAt,
});

function fixture(options: { max?: number; maxAgeMs?: number } = {}) {
  let now = 1_000_000;
  const calls: string[] = [];
  let answer: (token: string) => VerifiedClaims = (t) => claims(now + 60_000, t);
  const verify = cachingVerifier(
    async (token) => {
      calls.push(token);
      return answer(token);
    },
    { ...options, now: () => now },
  );
  return {
    verify,
    calls,
    tick: (ms: number) => (now += ms),
    answer: (fn: (token: string) => VerifiedClaims) => (answer = fn),
  };
}

describe('cachingVerifier', () => {
  it('verifies a token once while it lives, and returns the same claims', async () => {
    const f = fixture();
    const a = await f.verify('t1');
    f.tick(30_000);
    expect(await f.verify('t1')).toBe(a);
    expect(f.calls).toEqual(['t1']);
    expect(f.verify.stats).toEqual({ hits: 1, misses: 1, size: 1 });
  });

  it("never uses an entry at or past the token's expiry (exp plus tolerance): verifies again, and its failure stands", async () => {
    const f = fixture();
    await f.verify('t1');
    f.tick(60_000); // exactly expiresAt
    f.answer(() => {
      throw new AuthError('token expired');
    });
    await expect(f.verify('t1')).rejects.toThrow('token expired');
    await expect(f.verify('t1')).rejects.toThrow('token expired');
    expect(f.calls).toEqual(['t1', 't1', 't1']);
    expect(f.verify.stats.size).toBe(0);
  });

  it('never caches a failure', async () => {
    const f = fixture();
    f.answer(() => {
      throw new AuthError('token signature is invalid');
    });
    for (let i = 0; i < 3; i++) await expect(f.verify('bad')).rejects.toThrow('signature');
    expect(f.calls).toEqual(['bad', 'bad', 'bad']);
    expect(f.verify.stats).toEqual({ hits: 0, misses: 3, size: 0 });
  });

  it('verifies again after maxAgeMs even while the token lives (a withdrawn key takes effect)', async () => {
    const f = fixture({ maxAgeMs: 10_000 });
    await f.verify('t1');
    f.tick(9_999);
    await f.verify('t1');
    f.tick(1);
    await f.verify('t1');
    expect(f.calls).toEqual(['t1', 't1']);
  });

  it('does not cache a token that expires as it is verified', async () => {
    const f = fixture();
    f.answer(() => claims(1_000_000));
    await f.verify('t1');
    await f.verify('t1');
    expect(f.calls).toEqual(['t1', 't1']);
  });

  it('holds at most `max` tokens, dropping the least recently used', async () => {
    const f = fixture({ max: 2 });
    await f.verify('a');
    await f.verify('b');
    await f.verify('a'); // a is now the most recent
    await f.verify('c'); // evicts b
    expect(f.verify.stats.size).toBe(2);
    await f.verify('a');
    await f.verify('c');
    await f.verify('b');
    expect(f.calls).toEqual(['a', 'b', 'c', 'b']);
  });

  it('shares frozen claims: nobody can change what another request sees', async () => {
    const f = fixture();
    const c = await f.verify('t1');
    expect(Object.isFrozen(c) && Object.isFrozen(c.roles) && Object.isFrozen(c.scopes)).toBe(true);
  });
});
