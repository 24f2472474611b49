/**
 * The authentication caches as the server runs them (src/platform/auth/agency-cache.ts, cachingVerifier
 * in src/platform/auth/verify.ts), on PostgreSQL and on the embedded PGlite:
 *  - a token is verified once and its agency read from the database once, however many requests;
 *  - a change of agency made through the database (rename, re-parent, a new agency) takes effect
 *    at the next request after the change notification, without a restart;
 *  - an expired token is refused even though its claims were cached;
 *  - a hostile claim is refused before any cache or database lookup.
 */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgencyCache } from '../../src/platform/auth/agency-cache.js';
import { createVerifier } from '../../src/platform/auth/verify.js';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, loadConfig } from '../../src/app/config.js';
import { createLogger } from '../../src/app/logger.js';
import { MatchingService } from '../../src/matching/service.js';
import { createApp } from '../../src/app/yoga.js';
import { createTestApp } from '../helpers/app.js';
import { createPgliteDatabase, createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies } from '../helpers/fixtures.js';

const DAY = 86_400_000;

describe.each([
  ['PostgreSQL', () => createPostgresDatabase()],
  ['PGlite', () => createPgliteDatabase()],
] as const)('authentication caches on %s', (_name, open) => {
  let db: TestDatabase;
  let ag: Awaited<ReturnType<typeof insertAgencies>>;
  let agencies: AgencyCache;
  let verify: ReturnType<typeof createVerifier>;
  let yoga: ReturnType<typeof createApp>;
  let sign: Awaited<ReturnType<typeof createTestApp>>['token'];
  let key: Awaited<ReturnType<typeof createTestApp>>['key'];

  beforeAll(async () => {
    db = await open();
    ag = await insertAgencies(db.prisma);
    // The test helper's app gives the signing key; this app is built as server.ts builds it.
    const helper = await createTestApp(db);
    ({ key } = helper);
    sign = helper.token;
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: '/nonexistent',
      LOG_LEVEL: 'silent',
      AUTH_CLOCK_TOLERANCE_SECONDS: '0',
      RATE_LIMIT_POINTS: '0',
    });
    const log = createLogger('silent');
    verify = createVerifier(config.auth, key.publicKey);
    agencies = await AgencyCache.start(db, log);
    yoga = createApp({
      config,
      prisma: db.prisma,
      verify,
      log,
      ping: db.ping,
      matching: helper.matching as MatchingService,
      agencies,
    });
  });
  afterAll(async () => {
    await agencies?.stop();
    await db?.destroy();
  });

  async function gql(query: string, token?: string) {
    const res = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as {
      data?: Record<string, unknown>;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    return { status: res.status, ...body };
  }

  /** Waits until the cache has received a change notification after `before` of them. */
  async function notified(before: number) {
    for (const deadline = Date.now() + 5000; agencies.stats.invalidations <= before;) {
      if (Date.now() > deadline) throw new Error('no agency_changed notification within 5 s');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  it('verifies a token once and reads the agencies once for many requests', async () => {
    const token = await sign('EMPLOYEE', 'NASA');
    const first = await gql('{ viewer { subject agency { code } } }', token);
    expect(first.data).toMatchObject({ viewer: { agency: { code: '080' } } });
    const [claims, cache] = [verify.stats, agencies.stats];
    for (let i = 0; i < 20; i++) expect((await gql('{ __typename }', token)).status).toBe(200);
    expect(verify.stats.misses).toBe(claims.misses);
    expect(verify.stats.hits).toBe(claims.hits + 20);
    expect(agencies.stats.loads).toBe(cache.loads);
    expect(agencies.stats.unknownLookups).toBe(cache.unknownLookups);
    expect(agencies.stats.hits).toBeGreaterThanOrEqual(cache.hits + 20);
  });

  it('a renamed agency takes effect at the next request after the notification', async () => {
    const token = await sign('EMPLOYEE', 'GSA');
    expect((await gql('{ viewer { agency { code } } }', token)).data).toMatchObject({ viewer: { agency: { code: '047' } } });
    const before = agencies.stats.invalidations;
    // Through the database, not the API: any writer's change counts.
    await db.prisma.$executeRaw`UPDATE "Agency" SET abbreviation = 'GSA-NEW' WHERE code = '047'`;
    await notified(before);
    const old = await gql('{ viewer { subject } }', token);
    expect([old.status, old.errors?.[0]?.message]).toEqual([401, expect.stringMatching(/does not know/)]);
    const renamed = await gql('{ viewer { agency { code abbreviation } } }', await sign('EMPLOYEE', 'GSA-NEW'));
    expect(renamed.data).toMatchObject({ viewer: { agency: { code: '047', abbreviation: 'GSA-NEW' } } });
    await db.prisma.$executeRaw`UPDATE "Agency" SET abbreviation = 'GSA' WHERE code = '047'`;
  });

  it('a re-parented agency takes effect at the next request (restrictions follow the new tree)', async () => {
    // Open to the Department of Commerce and its bureaus only.
    await db.prisma.opening.create({
      data: {
        hostAgencyId: ag.nasa.id,
        title: 'Commerce-only detail',
        description: 'x',
        programType: 'DETAIL',
        status: 'OPEN',
        commitmentPercent: 50,
        startDate: new Date(Date.now() + 40 * DAY),
        durationWeeks: 10,
        applicationDeadline: new Date(Date.now() + 20 * DAY),
        createdBySubject: 'seed',
        restrictedTo: { create: [{ agencyId: ag.doc.id }] },
      },
    });
    const noaa = await sign('EMPLOYEE', 'NOAA');
    const visible = async () =>
      ((await gql('{ openings(first: 5) { totalCount } }', noaa)).data as { openings: { totalCount: number } }).openings
        .totalCount;
    expect(await visible()).toBe(1);
    const before = agencies.stats.invalidations;
    await db.prisma.$executeRaw`UPDATE "Agency" SET "parentId" = ${ag.gsa.id}::uuid WHERE id = ${ag.noaa.id}::uuid`;
    await notified(before);
    expect(await visible()).toBe(0);
    await db.prisma.$executeRaw`UPDATE "Agency" SET "parentId" = ${ag.doc.id}::uuid WHERE id = ${ag.noaa.id}::uuid`;
    await notified(before + 1);
    expect(await visible()).toBe(1);
  });

  it('an agency created a moment ago is known at once, even before its notification', async () => {
    await gql('{ __typename }', await sign('EMPLOYEE', 'NASA'));
    await db.prisma.agency.create({ data: { code: '9999', abbreviation: 'NEWCO', name: 'New Commission' } });
    // No wait for the notification: a code the cache does not know is asked of the database.
    const res = await gql('{ viewer { agency { code } } }', await sign('EMPLOYEE', 'NEWCO'));
    expect(res.data).toMatchObject({ viewer: { agency: { code: '9999' } } });
  });

  it('refuses an expired token even though its claims were cached', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ roles: ['EMPLOYEE'], agency: 'NASA' })
      .setProtectedHeader({ alg: 'ES256', kid: key.kid })
      .setSubject('short-lived')
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + 2)
      .sign(key.privateKey);
    expect((await gql('{ viewer { subject } }', token)).status).toBe(200);
    expect((await gql('{ viewer { subject } }', token)).status).toBe(200);
    const hits = verify.stats.hits;
    expect(hits).toBeGreaterThan(0);
    // Clock tolerance 0 here: past `exp`, the cached entry is not used and jose refuses it.
    await new Promise((r) => setTimeout(r, (now + 2) * 1000 - Date.now() + 50));
    const res = await gql('{ viewer { subject } }', token);
    expect([res.status, res.errors?.[0]?.message]).toEqual([401, expect.stringMatching(/expired/)]);
    expect(verify.stats.hits).toBe(hits);
  });

  it('refuses hostile claims before any cache or database lookup, and never caches a failure', async () => {
    const [claims, cache] = [verify.stats, agencies.stats];
    for (const agency of ['NASA\r\nX-Injected: 1', "NASA' OR '1'='1", 'N\u0000ASA', 'x'.repeat(41)]) {
      const token = await sign('ADMIN', agency);
      for (let i = 0; i < 2; i++) {
        const res = await gql('{ viewer { subject } }', token);
        expect([res.status, res.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
      }
    }
    // Verified anew every time (8 misses), nothing cached, no agency lookup of any kind.
    expect(verify.stats).toEqual({ hits: claims.hits, misses: claims.misses + 8, size: claims.size });
    const lookups = ({ hits, loads, unknownLookups }: typeof cache) => ({ hits, loads, unknownLookups });
    expect(lookups(agencies.stats)).toEqual(lookups(cache));
  });
});
