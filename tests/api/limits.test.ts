/**
 * Every refusal before execution: page sizes, cost (with variables), aliases, depth, tokens,
 * the machine-client scope gate, rate limits per principal, batching, body size, persisted
 * operations; introspection off in production. Each refused operation is shown to run nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgenciesDocument, CreateAgencyDocument, UpsertProfileDocument } from '../../schema/generated/graphql.js';
import { loadConfig } from '../../src/app/config.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies } from '../helpers/fixtures.js';

let db: TestDatabase;
let app: TestApp;

/** A valid production configuration (the JWKS is never fetched: no test sends a token). */
const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://unused@127.0.0.1/unused',
  AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks.json',
  AUTH_ISSUER: 'https://idp.example/',
  AUTH_AUDIENCE: 'tm',
};

beforeAll(async () => {
  db = await createPostgresDatabase();
  await insertAgencies(db.prisma);
  app = await createTestApp(db);
});
afterAll(() => db?.destroy());

async function refused(query: string, message: RegExp, target = app, variables?: Record<string, unknown>, token?: string) {
  const res = await target.gql(query, variables, token);
  expect(res.data ?? null).toBeNull();
  expect(res.errors?.map((e) => e.message).join('\n')).toMatch(message);
  return res;
}

const nest = (depth: number): string => (depth === 0 ? 'name' : `name parent { ${nest(depth - 1)} }`);

/** Three nested connections paged by one variable: cost 2 + n(3 + n(3 + n)). */
const NESTED = `query Nested($n: Int!) {
  agencies(first: $n) { nodes { subAgencies(first: $n) { nodes { subAgencies(first: $n) { nodes { name } } } } } }
}`;

/** createAgency whose payload asks for 100 × 100 sub-agencies: refused for cost before it runs. */
const COSTLY_CREATE = `mutation {
  createAgency(input: { code: "9999", abbreviation: "COSTLY", name: "Never created" }) {
    ... on CreateAgencyPayload { agency { subAgencies(first: 100) { nodes { subAgencies(first: 100) { nodes { name } } } } } }
  }
}`;

const agencyCount = () => db.prisma.agency.count();

describe('query limits', () => {
  it('accepts Relay nesting of ordinary depth', async () => {
    const res = await app.gql(
      `{ agencies(first: 5) { edges { node { subAgencies(first: 5) { edges { node { parent { name } } } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
  });

  it('refuses a too-deep query', async () => {
    const res = await refused(`{ agencies(first: 1) { nodes { ${nest(12)} } } }`, /depth/i);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: about { name }`).join(' ');
    const res = await refused(`{ ${aliases} }`, /alias/i);
    expect(res.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
  });

  it('refuses too many tokens', async () => {
    const res = await refused(`{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`, /token/i);
    expect(res.errors?.[0]?.extensions?.code).toBe('TOO_MANY_TOKENS');
  });

  it('refuses too many directives', async () => {
    const res = await refused(
      `{ about { ${Array.from({ length: 21 }, () => 'name @include(if: true)').join(' ')} } }`,
      /directive/i,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('TOO_MANY_DIRECTIVES');
  });

  it('requires a page size between 1 and 100 on every connection', async () => {
    await refused('{ agencies { totalCount } }', /must provide a `first` or `last`/);
    await refused('{ agencies(first: 101) { totalCount } }', /101 records .* 1 to 100/);
    await refused('{ agencies(first: 0) { totalCount } }', /outside the allowed page size/);
    await refused('{ skills(last: 500) { totalCount } }', /outside the allowed page size/);
    // Variables are checked too, not only literals.
    const res = await app.gql(AgenciesDocument, { first: 1000 });
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/Requesting 1000 records on `Query.agencies`/);
    const nested = await app.gql('{ agencies(first: 1) { nodes { subAgencies { totalCount } } } }');
    expect(nested.errors?.[0]?.message).toMatch(/Agency.subAgencies/);
  });

  it('checks page sizes before a mutation runs, not when its payload is read', async () => {
    const admin = await app.token('ADMIN', 'NASA');
    const before = await agencyCount();
    const res = await refused(
      `mutation { createAgency(input: { code: "9998", abbreviation: "UNPAGED", name: "Unpaged" }) {
        ... on CreateAgencyPayload { agency { subAgencies { totalCount } } } } }`,
      /must provide a `first` or `last` value \(1 to 100\) to paginate `Agency.subAgencies`/,
      app,
      undefined,
      admin,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await agencyCount()).toBe(before);
  });
});

describe('cost', () => {
  it('computes the cost from the variables: the same document passes with small pages and is refused with large ones', async () => {
    const small = await app.gql(NESTED, { n: 5 });
    expect(small.errors).toBeUndefined();
    const cost = 2 + 5 * (3 + 5 * (3 + 5));
    expect(small.status).toBe(200);
    const withExtensions = await app.post({ query: NESTED, variables: { n: 5 } });
    expect((withExtensions.body as { extensions?: { cost?: unknown } }).extensions?.cost).toMatchObject({
      requested: cost,
      limit: 5000,
    });

    // Every page is within 1..100, yet 40 × 40 × 40 is far too much.
    const big = await refused(NESTED, /Query has a cost of 68922, which exceeds the maximum of 5000/, app, { n: 40 });
    expect(big.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // As validation errors: 400 for clients that accept application/graphql-response+json.
    const spec = await app.post(
      { query: NESTED, variables: { n: 40 } },
      { headers: { accept: 'application/graphql-response+json' } },
    );
    expect(spec.status).toBe(400);
    expect(spec.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', cost: { requested: 68922, limit: 5000 } });
  });

  it('refuses a costly literal query', async () => {
    const wide = Array.from(
      { length: 12 },
      (_, i) => `x${i}: subAgencies(first: 100) { nodes { parent { subAgencies(first: 100) { nodes { id code name } } } } }`,
    ).join(' ');
    await refused(`{ agencies(first: 100) { nodes { ${wide} } } }`, /exceeds the maximum of 5000/);
  });

  it('refuses a mutation for its cost before it runs: nothing is written', async () => {
    const admin = await app.token('ADMIN', 'NASA');
    const before = await agencyCount();
    const res = await refused(COSTLY_CREATE, /Query has a cost of \d+, which exceeds the maximum of 5000/, app, undefined, admin);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(await agencyCount()).toBe(before);
    expect(await db.prisma.agency.findFirst({ where: { code: '9999' } })).toBeNull();
  });

  it('reports the cost and the rate-limit budget of a successful operation', async () => {
    const limited = await createTestApp(db, { RATE_LIMIT_POINTS: '5000', RATE_LIMIT_WINDOW_SECONDS: '60' });
    const token = await limited.token('EMPLOYEE', 'NASA', { subject: 'cost-report' });
    const first = await limited.post({ query: NESTED, variables: { n: 2 } }, { token });
    const cost = 2 + 2 * (3 + 2 * (3 + 2));
    expect((first.body as { extensions: { cost: unknown } }).extensions.cost).toEqual({
      requested: cost,
      limit: 5000,
      rateLimit: { limit: 5000, remaining: 5000 - cost, windowSeconds: 60, resetSeconds: expect.any(Number) },
    });
    const second = await limited.post({ query: NESTED, variables: { n: 2 } }, { token });
    expect(
      (second.body as { extensions: { cost: { rateLimit: { remaining: number } } } }).extensions.cost.rateLimit.remaining,
    ).toBe(5000 - 2 * cost);
  });
});

/** RATE_LIMIT_STORE=postgres needs the database's URL (the test app's own queries use `db`). */
const store = (kind: 'memory' | 'postgres') => ({
  RATE_LIMIT_STORE: kind,
  ...(kind === 'postgres' ? { DATABASE_URL: db.url! } : {}),
});

describe('rate limits per principal', () => {
  it.each(['memory', 'postgres'] as const)(
    'answers 429 with Retry-After when a principal has spent its points, runs nothing, and leaves others alone (%s store)',
    async (kind) => {
      const limited = await createTestApp(db, {
        GRAPHQL_MAX_COST: '100',
        RATE_LIMIT_POINTS: '100',
        RATE_LIMIT_WINDOW_SECONDS: '60',
        ...store(kind),
      });
      const ana = await limited.token('ADMIN', 'NASA', { subject: 'ana' });
      const ben = await limited.token('ADMIN', 'NASA', { subject: 'ben' });
      const anaAtGsa = await limited.token('ADMIN', 'GSA', { subject: 'ana' });

      // 2 + 4 × 40 = 162 > 100 is refused for cost; 2 + 4 × 20 = 82 fits once.
      expect((await limited.gql(AgenciesDocument, { first: 40 }, ana)).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      const ok = await limited.gql(AgenciesDocument, { first: 20 }, ana);
      expect(ok.errors).toBeUndefined();
      // 18 points left: the next one (82) does not fit.
      const limitedRes = await limited.gql(AgenciesDocument, { first: 20 }, ana);
      expect(limitedRes.status).toBe(429);
      expect(limitedRes.data ?? null).toBeNull();
      expect(limitedRes.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(limitedRes.errors?.[0]?.message).toMatch(
        /this operation costs 82 points and 18 of 100 are left in this 60-second window/,
      );
      const retryAfter = Number(limitedRes.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);

      // A mutation refused by the rate limit writes nothing (this createAgency costs 10 + 2).
      const before = await agencyCount();
      const spend = await limited.gql('{ agencies(first: 5) { nodes { name } } }', undefined, ana); // 7 points: 11 left
      expect(spend.errors).toBeUndefined();
      const create = await limited.gql(
        CreateAgencyDocument,
        { input: { code: '9997', abbreviation: 'LIMITED', name: 'Rate limited' } },
        ana,
      );
      expect(create.status).toBe(429);
      expect(await agencyCount()).toBe(before);

      // The refused operations were not charged: what is left still buys a cheap query.
      const cheap = await limited.gql('{ agencies(first: 10) { totalCount } }', undefined, ana);
      expect(cheap.errors).toBeUndefined();

      // Another principal, and the same subject in another agency, have their own budgets.
      expect((await limited.gql(AgenciesDocument, { first: 20 }, ben)).errors).toBeUndefined();
      expect((await limited.gql(AgenciesDocument, { first: 20 }, anaAtGsa)).errors).toBeUndefined();
      await limited.yoga.dispose();
    },
  );

  it('keeps budgets in PostgreSQL by default when DATABASE_URL is set, in memory without it; postgres needs a URL', () => {
    const url = 'postgres://u@127.0.0.1/db';
    expect(loadConfig({ NODE_ENV: 'test', DATABASE_URL: url }).limits.rateLimit?.store).toEqual({ kind: 'postgres', url });
    expect(loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, RATE_LIMIT_STORE: 'memory' }).limits.rateLimit?.store).toEqual({
      kind: 'memory',
    });
    expect(loadConfig({ NODE_ENV: 'test' }).limits.rateLimit?.store).toEqual({ kind: 'memory' });
    expect(() => loadConfig({ NODE_ENV: 'test', RATE_LIMIT_STORE: 'postgres' })).toThrow(
      /RATE_LIMIT_STORE: postgres needs DATABASE_URL/,
    );
    expect(() => loadConfig({ NODE_ENV: 'test', RATE_LIMIT_STORE: 'redis' })).toThrow(/RATE_LIMIT_STORE/);
  });

  it('shares one budget between instances with the postgres store, and not with the memory store', async () => {
    const env = { GRAPHQL_MAX_COST: '100', RATE_LIMIT_POINTS: '100', RATE_LIMIT_WINDOW_SECONDS: '60' };
    const spend = async (kind: 'memory' | 'postgres', subject: string) => {
      // Two instances of the service on one database.
      const [one, two] = [
        await createTestApp(db, { ...env, ...store(kind) }),
        await createTestApp(db, { ...env, ...store(kind) }),
      ];
      const first = await one.gql(AgenciesDocument, { first: 20 }, await one.token('ADMIN', 'NASA', { subject })); // 82 of 100
      const second = await two.gql(AgenciesDocument, { first: 20 }, await two.token('ADMIN', 'NASA', { subject }));
      await Promise.all([one.yoga.dispose(), two.yoga.dispose()]);
      expect(first.errors).toBeUndefined();
      return second;
    };
    const shared = await spend('postgres', 'dora');
    expect(shared.status).toBe(429);
    expect(shared.errors?.[0]?.message).toMatch(/82 points and 18 of 100 are left/);
    // In memory each instance keeps its own budget: the same caller gets it twice.
    expect((await spend('memory', 'dora')).errors).toBeUndefined();
    // The shared budget is a row per principal, keyed as in memory.
    const rows = await db.exec.query<{ key: string; points: number }>(
      `SELECT key, points FROM "RateLimitBudget" WHERE key LIKE '%dora'`,
    );
    expect(rows).toEqual([{ key: 'graphql:principal:080:dora', points: 82 }]);
  });

  it('keys anonymous callers by address, believing X-Forwarded-For only behind a trusted proxy', async () => {
    const query = { query: '{ agencies(first: 40) { nodes { name } } }' }; // 42 points of 100
    const behindProxy = await createTestApp(db, { GRAPHQL_MAX_COST: '100', RATE_LIMIT_POINTS: '100', TRUST_PROXY: '1' });
    const from = (ip: string) => ({ headers: { 'x-forwarded-for': `6.6.6.6, ${ip}` } });
    expect((await behindProxy.post(query, from('203.0.113.1'))).status).toBe(200);
    expect((await behindProxy.post(query, from('203.0.113.1'))).status).toBe(200);
    expect((await behindProxy.post(query, from('203.0.113.1'))).status).toBe(429);
    // The spoofable left part differs, the address the proxy saw does not: still limited.
    expect((await behindProxy.post(query, { headers: { 'x-forwarded-for': `1.2.3.4, 203.0.113.1` } })).status).toBe(429);
    expect((await behindProxy.post(query, from('203.0.113.2'))).status).toBe(200);

    // Without a trusted proxy the header is ignored and the socket's peer is the client (as
    // node:http hands it to yoga in the server context).
    const direct = await createTestApp(db, { GRAPHQL_MAX_COST: '100', RATE_LIMIT_POINTS: '100' });
    const fromSocket = (address: string, forwardedFor: string) =>
      direct.yoga.fetch(
        'http://test/graphql',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
          body: JSON.stringify(query),
        },
        { req: { socket: { remoteAddress: address } } },
      );
    expect((await fromSocket('198.51.100.1', '203.0.113.1')).status).toBe(200);
    expect((await fromSocket('198.51.100.1', '203.0.113.2')).status).toBe(200);
    expect((await fromSocket('198.51.100.1', '203.0.113.3')).status).toBe(429);
    expect((await fromSocket('198.51.100.2', '203.0.113.3')).status).toBe(200);
  });
});

describe('anonymous callers', () => {
  it('cannot run a mutation: 401 before the input is read, nothing written', async () => {
    const before = await agencyCount();
    // Invalid input too: the answer is the same, so validation messages teach an anonymous caller nothing.
    for (const input of [
      { code: '9998', abbreviation: 'ANON', name: 'Never created' },
      { code: '', abbreviation: '', name: 'x\u0000' },
    ]) {
      const res = await app.gql('mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { __typename } }', {
        input,
      });
      expect([res.status, res.data ?? null, res.errors?.map((e) => e.extensions?.code)]).toEqual([
        401,
        null,
        ['UNAUTHENTICATED'],
      ]);
    }
    expect(await agencyCount()).toBe(before);
  });
});

describe('machine clients', () => {
  it('runs queries only with the read scope and mutations only with the write scope', async () => {
    const reader = await app.token('INTEGRATION', 'NASA', { subject: 'hr-reader', scopes: ['read'] });
    const writer = await app.token('INTEGRATION', 'NASA', { subject: 'hr-writer', scopes: ['write'] });
    const input = { externalId: 'SCOPE-1', givenName: 'Scope', familyName: 'Gate' };

    const denied = await app.gql(UpsertProfileDocument, { input }, reader);
    expect(denied.status).toBe(403);
    expect(denied.data ?? null).toBeNull();
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(denied.errors?.[0]?.message).toMatch(/mutation needs the "write" scope; this machine client's token has only "read"/);
    expect(await db.prisma.profile.count({ where: { externalId: 'SCOPE-1' } })).toBe(0);
    expect((await app.gql('{ viewer { subject } }', undefined, reader)).errors).toBeUndefined();

    const written = await app.gql(UpsertProfileDocument, { input }, writer);
    expect(written.errors).toBeUndefined();
    expect(written.data?.upsertProfile.__typename).toBe('UpsertProfilePayload');
    const read = await app.gql('{ viewer { subject } }', undefined, writer);
    expect(read.status).toBe(403);
    expect(read.errors?.[0]?.message).toMatch(/query needs the "read" scope/);
  });

  it('refuses a subscription to a write-only client before it starts', async () => {
    const writer = await app.token('INTEGRATION', 'NASA', { subject: 'hr-writer', scopes: ['write'] });
    const res = await app.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${writer}` },
      body: JSON.stringify({ query: 'subscription { marketplaceEvents { kind } }' }),
    });
    const text = await res.text();
    expect(text).toMatch(/subscription needs the \\"read\\" scope/);
    expect(text).toMatch(/FORBIDDEN/);
  });

  it('leaves people with an INTEGRATION role beside theirs to their roles', async () => {
    const hr = await app.token(['HR_SPECIALIST', 'INTEGRATION'], 'NASA', { subject: 'hr-person', scopes: ['read'] });
    const res = await app.gql(
      UpsertProfileDocument,
      { input: { externalId: 'SCOPE-2', givenName: 'Person', familyName: 'Role' } },
      hr,
    );
    expect(res.data?.upsertProfile.__typename).toBe('UpsertProfilePayload');
  });
});

describe('HTTP', () => {
  it('refuses a batch (a JSON array body) with 400, running none of it', async () => {
    const admin = await app.token('ADMIN', 'NASA');
    const before = await agencyCount();
    const res = await app.post(
      [
        { query: '{ about { name } }' },
        { query: 'mutation { createAgency(input: { code: "9996", abbreviation: "BATCH", name: "Batch" }) { __typename } }' },
      ],
      { token: admin },
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/Batching is not supported/);
    expect(await agencyCount()).toBe(before);
  });

  it('refuses a body over GRAPHQL_MAX_BODY_BYTES with 413, with or without Content-Length', async () => {
    const small = await createTestApp(db, { GRAPHQL_MAX_BODY_BYTES: '10000' });
    const body = JSON.stringify({ query: '{ about { name } }', variables: { pad: 'x'.repeat(20_000) } });
    const res = await small.post(body);
    expect(res.status).toBe(413);
    expect(res.errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    // Chunked: no Content-Length, the body is counted as it is read.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(body);
        for (let i = 0; i < bytes.length; i += 4096) controller.enqueue(bytes.slice(i, i + 4096));
        controller.close();
      },
    });
    const chunked = await small.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect((await small.post({ query: '{ about { name } }' })).status).toBe(200);
  });

  it('takes the largest bulk call of openings under the default limit', async () => {
    // 250 openings at the longest description (10,000 characters) with 40 ESCO skills each:
    // about 4.1 MB, the largest call the item rules allow with real skill codes.
    const esco = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
    const items = Array.from({ length: 250 }, (_, i) => ({
      externalId: `OPP-${i}`,
      title: 'Data engineering detail for the agency data platform modernization program, cloud migration workstream',
      description: 'The detail supports the migration of the agency data warehouse. '.repeat(160).slice(0, 10_000),
      programType: 'DETAIL',
      commitmentPercent: 50,
      startDate: '2027-01-04',
      durationWeeks: 26,
      applicationDeadline: '2026-12-01',
      location: 'Washington, DC',
      restrictedTo: ['NASA', 'GSA'],
      skills: Array.from({ length: 40 }, (_, k) => ({
        skill: { scheme: 'ESCO', code: esco },
        minLevel: 3,
        weight: 0.5,
        required: k < 5,
      })),
    }));
    const body = JSON.stringify({ query: '{ about { name } }', variables: { input: { items } } });
    expect(body.length).toBeGreaterThan(4_000_000);
    const res = await app.post(body);
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
  });
});

describe('persisted operations', () => {
  const hashOf = (doc: { __meta__?: { hash?: string } }) => doc.__meta__!.hash!;
  const persisted = (hash: string, variables?: Record<string, unknown>) => ({
    variables,
    extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
  });

  it('runs a listed hash beside ordinary documents by default (accept)', async () => {
    const hash = hashOf(AgenciesDocument as never);
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const res = await app.post(persisted(hash, { first: 2 }));
    expect(res.errors).toBeUndefined();
    expect((res.data as { agencies: { edges: unknown[] } }).agencies.edges).toHaveLength(2);
    // The bare hex digest (Apollo clients) names the same document.
    const bare = await app.post(persisted(hash.slice('sha256:'.length), { first: 1 }));
    expect((bare.data as { agencies: { edges: unknown[] } }).agencies.edges).toHaveLength(1);
    // Ordinary documents still run.
    expect((await app.gql(AgenciesDocument, { first: 1 })).errors).toBeUndefined();
  });

  it('refuses an unknown hash with PERSISTED_QUERY_NOT_FOUND', async () => {
    const res = await app.post(persisted('0'.repeat(64)));
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('in `only` mode refuses any document not sent by hash, and still applies every limit', async () => {
    const only = await createTestApp(db, {
      GRAPHQL_PERSISTED_OPERATIONS: 'only',
      GRAPHQL_MAX_COST: '300',
      RATE_LIMIT_POINTS: '600',
    });
    const token = await only.token('EMPLOYEE', 'NASA', { subject: 'persisted' });
    const arbitrary = await only.gql(AgenciesDocument, { first: 1 }, token);
    expect(arbitrary.status).toBe(400);
    expect(arbitrary.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_REQUIRED');
    expect(arbitrary.errors?.[0]?.message).toMatch(/persisted operations only/);

    const hash = hashOf(AgenciesDocument as never);
    // Page size, then cost (2 + 4 × 100 = 402 > 300), then the rate limit (600 points).
    const page = await only.post(persisted(hash, { first: 1000 }), { token });
    expect(page.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const costly = await only.post(persisted(hash, { first: 100 }), { token });
    expect(costly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    for (let i = 0; i < 2; i++) {
      const ok = await only.post(persisted(hash, { first: 50 }), { token }); // 202 points
      expect(ok.errors).toBeUndefined();
    }
    const limited = await only.post(persisted(hash, { first: 50 }), { token });
    expect(limited.status).toBe(429);
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('when off, knows no hashes', async () => {
    const off = await createTestApp(db, { GRAPHQL_PERSISTED_OPERATIONS: 'off' });
    const res = await off.post(persisted(hashOf(AgenciesDocument as never), { first: 1 }));
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ message: 'Must provide query string.', extensions: { code: 'BAD_REQUEST' } });
    expect((await off.gql(AgenciesDocument, { first: 1 })).errors).toBeUndefined();
  });
});

describe('production', () => {
  it('turns introspection and field suggestions off', async () => {
    const prod = await createTestApp(db, PRODUCTION);
    await refused('{ __schema { types { name } } }', /introspection/i, prod);
    const typo = await prod.gql('{ agencis(first: 1) { totalCount } }');
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
    const dev = await app.gql('{ __schema { queryType { name } } }');
    expect(dev.errors).toBeUndefined();
  });
});

describe('GraphiQL', () => {
  it('is served self-contained in development and not at all in production', async () => {
    const page = await app.yoga.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/GraphiQL|graphiql/);
    expect(html).not.toMatch(/unpkg\.com|cdn\.jsdelivr/);
    const prod = await createTestApp(db, PRODUCTION);
    const none = await prod.yoga.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(await none.text()).not.toMatch(/graphiql/i);
  });
});
