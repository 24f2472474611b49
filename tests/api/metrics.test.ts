/**
 * /metrics (src/app/metrics.ts) as server.ts wires it, on PostgreSQL (so the pool is there): after a
 * few requests the Prometheus text has the request histogram per operation with the right counts,
 * the pool, the match index, and the authentication caches; operation names stay bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgencyCache } from '../../src/platform/auth/agency-cache.js';
import { createVerifier } from '../../src/platform/auth/verify.js';
import { loadConfig } from '../../src/app/config.js';
import { createLogger } from '../../src/app/logger.js';
import { createMetrics, MAX_OPERATION_NAMES } from '../../src/app/metrics.js';
import { createApp } from '../../src/app/yoga.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies } from '../helpers/fixtures.js';

let db: TestDatabase;
let helper: TestApp;
let agencies: AgencyCache;
let yoga: ReturnType<typeof createApp>;

beforeAll(async () => {
  db = await createPostgresDatabase();
  await insertAgencies(db.prisma);
  helper = await createTestApp(db);
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', RATE_LIMIT_POINTS: '0' });
  const log = createLogger('silent');
  const verify = createVerifier(config.auth, helper.key.publicKey);
  agencies = await AgencyCache.start(db, log);
  const metrics = createMetrics({ pool: db.poolStats, matching: helper.matching, agencies, claims: verify });
  yoga = createApp({ config, prisma: db.prisma, verify, log, ping: db.ping, matching: helper.matching, agencies, metrics });
});
afterAll(async () => {
  await agencies?.stop();
  await db?.destroy();
});

const post = (query: string, token?: string) =>
  yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });

async function scrape(): Promise<{ text: string; value(series: string): number | undefined }> {
  const res = await yoga.fetch('http://test/metrics');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await res.text();
  return {
    text,
    value(series) {
      const line = text.split('\n').find((l) => l.startsWith(`${series} `));
      return line === undefined ? undefined : Number(line.slice(series.length + 1));
    },
  };
}

describe('/metrics', () => {
  it('counts requests per operation, type and status, with the pool, the match index and the caches', async () => {
    const token = await helper.token('EMPLOYEE', 'NASA');
    for (let i = 0; i < 3; i++) expect((await post('query Hello { __typename }', token)).status).toBe(200);
    expect((await post('{ agencies(first: 2) { totalCount } }')).status).toBe(200);
    expect((await post('query Bad { __typename }', 'not.a.jwt')).status).toBe(401);
    const m = await scrape();

    expect(m.value('graphql_request_duration_seconds_count{operation="Hello",type="query",status="200"}')).toBe(3);
    expect(m.value('graphql_request_duration_seconds_count{operation="(anonymous)",type="query",status="200"}')).toBe(1);
    // Refused before execution: no operation to name.
    expect(m.value('graphql_request_duration_seconds_count{operation="(none)",type="unknown",status="401"}')).toBe(1);
    expect(m.value('graphql_request_duration_seconds_bucket{le="+Inf",operation="Hello",type="query",status="200"}')).toBe(3);
    expect(m.value('graphql_request_duration_seconds_sum{operation="Hello",type="query",status="200"}')).toBeGreaterThan(0);

    expect(m.value('db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
    expect(m.value('db_pool_connections{state="idle"}')).toBeGreaterThanOrEqual(0);
    expect(m.value('db_pool_waiting_requests')).toBe(0);

    expect(m.value('match_index_profiles')).toBe(helper.matching.lastBuild.profiles);
    expect(m.value('match_index_postings')).toBe(helper.matching.lastBuild.postings);
    expect(m.value('match_index_build_duration_seconds')).toBe(helper.matching.lastBuild.buildMs / 1000);
    expect(m.value('match_index_notifications_connected')).toBe(1);
    const lag = m.value('match_index_notification_lag_seconds')!;
    expect(lag).toBeGreaterThan(0);
    expect(lag).toBeLessThan(1);

    // One token verified once, then cached; NASA read with the agency table once.
    expect(m.value('auth_claims_cache_misses_total')).toBe(2); // the token, and the malformed one (verified, refused, not cached)
    expect(m.value('auth_claims_cache_hits_total')).toBe(2);
    expect(m.value('auth_claims_cache_entries')).toBe(1);
    expect(m.value('agency_cache_loads_total')).toBe(1);
    expect(m.value('agency_cache_hits_total')).toBeGreaterThanOrEqual(2);
    // Node.js defaults are there too.
    expect(m.text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  it('keeps operation names bounded: past the limit they count as "(other)"', async () => {
    for (let i = 0; i < MAX_OPERATION_NAMES + 5; i++) await post(`query Op${i} { __typename }`);
    const m = await scrape();
    const names = new Set(
      [...m.text.matchAll(/^graphql_request_duration_seconds_count\{operation="([^"]+)"/gm)].map((x) => x[1]),
    );
    expect(names.size).toBeLessThanOrEqual(MAX_OPERATION_NAMES + 3); // plus (anonymous), (none), (other)
    expect(
      m.value('graphql_request_duration_seconds_count{operation="(other)",type="query",status="200"}'),
    ).toBeGreaterThanOrEqual(5);
  });

  it('answers GET only, and is absent from an app built without metrics', async () => {
    expect((await yoga.fetch('http://test/metrics', { method: 'POST' })).status).toBe(405);
    expect((await helper.yoga.fetch('http://test/metrics')).status).toBe(404);
    expect(
      loadConfig({
        NODE_ENV: 'production',
        METRICS_ENABLED: 'false',
        AUTH_JWKS_URL: 'https://idp.example/jwks',
        AUTH_ISSUER: 'i',
        AUTH_AUDIENCE: 'a',
        DATABASE_URL: 'postgres://x/y',
      }).metricsEnabled,
    ).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).metricsEnabled).toBe(true);
  });
});
