/**
 * What an outside security review found (issue 17, section 4), each probe as the reviewer sent
 * it, with the answer it must now get:
 *  - GET (and form) requests with malformed `variables` / `extensions` JSON: 400 BAD_REQUEST,
 *    nothing logged above debug (was 500 and a stack trace at error level);
 *  - tokens whose `agency` claim holds CR/LF, characters above U+00FF or NUL: 401 through a real
 *    node:http server, with a header Node accepts (was no response at all, or a 500); and, found
 *    by the fuzzer's hostile claims, implausible `sub` claims (was a 500 for a number or NUL);
 *  - production: no "Did you mean" anywhere (enum values, input fields, variables, inline
 *    fragments), and an anonymous mutation is a 401 before validation describes its input;
 *  - smaller: codes on unknown global-ID types and bad variables, `bearer` in lower case, a
 *    maximum token lifetime, and an unreachable JWKS as a 503 with one warning.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../src/app/config.js';
import { createLogger, type Logger } from '../../src/app/logger.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies } from '../helpers/fixtures.js';
import { freePort } from '../setup/postgres.js';

/** A valid production configuration (its JWKS is never fetched: these probes use no token there). */
const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://unused@127.0.0.1/unused',
  AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks.json',
  AUTH_ISSUER: 'https://idp.example/',
  AUTH_AUDIENCE: 'tm',
};

/** A logger that keeps its lines (parsed), at debug level. */
function capturingLogger(): Logger & { lines: { level: string; msg: string; [k: string]: unknown }[] } {
  const lines: { level: string; msg: string }[] = [];
  const log = createLogger('debug', (line) => void lines.push(JSON.parse(line)));
  return Object.assign(log, { lines });
}

let db: TestDatabase;
let app: TestApp;
let prod: TestApp;
const logs = capturingLogger();

beforeAll(async () => {
  db = await createPostgresDatabase(2);
  await insertAgencies(db.prisma);
  app = await createTestApp(db, {}, { log: logs });
  prod = await createTestApp(db, PRODUCTION);
});
afterAll(() => db?.destroy());

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function send(
  target: TestApp,
  init: { method?: string; query?: string; variables?: unknown; headers?: Record<string, string>; url?: string; body?: string },
) {
  const res = await target.yoga.fetch(init.url ?? 'http://test/graphql', {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...init.headers },
    ...(init.method === 'GET' ? {} : { body: init.body ?? JSON.stringify({ query: init.query, variables: init.variables }) }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Body };
}

const messages = (b: Body) => (b.errors ?? []).map((e) => e.message).join('\n');
const codes = (b: Body) => (b.errors ?? []).map((e) => e.extensions?.code);

describe('GET and form parameters', () => {
  const url = (params: Record<string, string>) => `http://test/graphql?${new URLSearchParams(params)}`;

  it('answers malformed `variables` or `extensions` JSON with 400 BAD_REQUEST, logging nothing above debug', async () => {
    logs.lines.length = 0;
    for (const [name, value] of [
      ['variables', '{x'],
      ['variables', '{"first": 1'],
      ['extensions', 'nope'],
      ['extensions', '{"persistedQuery":'],
    ] as const) {
      const res = await send(app, { method: 'GET', url: url({ query: '{ about { name } }', [name]: value }) });
      expect(res.status, `${name}=${value}`).toBe(400);
      expect(res.body.errors).toEqual([
        { message: `The "${name}" parameter is not valid JSON.`, extensions: { code: 'BAD_REQUEST' } },
      ]);
    }
    // The same parameters in a form body (POST application/x-www-form-urlencoded).
    const form = await send(app, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: '{ about { name } }', variables: '{' }).toString(),
    });
    expect([form.status, codes(form.body)]).toEqual([400, ['BAD_REQUEST']]);
    // As the JSON POST parser already did.
    const post = await send(app, { body: '{"query": "{ about { name } }", "variables": {' });
    expect([post.status, codes(post.body)]).toEqual([400, ['BAD_REQUEST']]);

    expect(logs.lines.filter((l) => l.level === 'error' || l.level === 'warn')).toEqual([]);
    expect(JSON.stringify(logs.lines)).not.toMatch(/SyntaxError|stack/);
  });

  it('still runs well-formed GET requests, with variables', async () => {
    const res = await send(app, {
      method: 'GET',
      url: url({ query: 'query ($n: Int!) { agencies(first: $n) { totalCount } }', variables: '{"n": 2}' }),
    });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({ agencies: { totalCount: 5 } });
  });
});

describe('hostile agency claims', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    // Through node:http, as in production: it refuses invalid header values, which yoga.fetch does not.
    server = http.createServer(app.yoga);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server?.close(() => r())));

  const signed = (agency: unknown) =>
    new SignJWT({ roles: ['ADMIN'], agency })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('mallory')
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(app.key.privateKey);

  const overHttp = async (agency: unknown) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await signed(agency)}` },
      body: JSON.stringify({ query: '{ viewer { subject } }' }),
    });
    return { status: res.status, header: res.headers.get('www-authenticate'), body: (await res.json()) as Body };
  };

  it('refuses implausible agency codes with a 401 and a clean header, never quoting them', async () => {
    const hostile = [
      'NA\r\nSA',
      'X\r\nSet-Cookie: a=b',
      'Ā',
      'NASA\u2028',
      '😀',
      '\u0000',
      'a\u0000b',
      'N"A',
      'N\\A',
      ' NASA',
      'x'.repeat(41),
      '\u00ff',
      '\t',
    ];
    for (const agency of hostile) {
      const res = await overHttp(agency);
      expect(res.status, JSON.stringify(agency)).toBe(401);
      expect(res.header).toMatch(/^Bearer error="invalid_token", error_description="[\x20-\x7e]*"$/);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.body.errors?.[0]?.message).toMatch(/"agency" claim is not a plausible agency code/);
      if (agency.length > 1) expect(res.body.errors?.[0]?.message).not.toContain(agency);
    }
  });

  it('still names a plausible agency it does not know, and accepts known ones by code or abbreviation', async () => {
    const unknown = await overHttp('KGB');
    expect([unknown.status, unknown.body.errors?.[0]?.message]).toEqual([
      401,
      'Unauthenticated: token names agency "KGB", which this service does not know',
    ]);
    expect(unknown.header).toBe(
      `Bearer error="invalid_token", error_description="token names agency 'KGB', which this service does not know"`,
    );
    for (const agency of ['NASA', '080', 'NOAA']) expect((await overHttp(agency)).status).toBe(200);
  });

  it('refuses non-string agency claims', async () => {
    for (const agency of [42, ['NASA'], { code: 'NASA' }, null]) expect((await overHttp(agency)).status).toBe(401);
  });

  it('refuses implausible subjects (found by fuzzing hostile claims: a number, NUL or a lone surrogate was a 500)', async () => {
    const withSub = (sub: unknown) =>
      new SignJWT({ roles: ['EMPLOYEE'], agency: 'NASA', sub } as never)
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(app.key.privateKey);
    const query = 'mutation { createMyProfile(input: { givenName: "A", familyName: "B" }) { __typename } }';
    const before = await db.prisma.profile.count();
    for (const sub of [42, {}, ['a'], '', ' ', ' lead', '\u0000', 'a\u0000b', '\ud800', 'a\r\nb', 'Ā', 'x'.repeat(256)]) {
      const res = await send(app, { query, headers: { authorization: `Bearer ${await withSub(sub)}` } });
      expect([res.status, codes(res.body)], JSON.stringify(sub)).toEqual([401, ['UNAUTHENTICATED']]);
      expect(messages(res.body)).toMatch(/"sub" claim is not a plausible subject identifier/);
    }
    expect(await db.prisma.profile.count()).toBe(before);
    for (const sub of ['auth0|5f7c8ec7', '00u1abcd2EFGH3ijk4l5', 'a b', 'x'.repeat(255)]) {
      const res = await send(app, { query, headers: { authorization: `Bearer ${await withSub(sub)}` } });
      expect([sub, res.body.data]).toEqual([sub, { createMyProfile: { __typename: 'CreateMyProfilePayload' } }]);
    }
  });
});

describe('suggestions in production', () => {
  const DID_YOU_MEAN = /did you mean/i;

  it('are stripped from every message: fields, types, arguments, enum values, input fields, variables, fragments', async () => {
    const probes: { query: string; variables?: unknown; expect: RegExp }[] = [
      { query: '{ agencis(first: 1) { totalCount } }', expect: /Cannot query field "agencis" on type "Query"\.$/ },
      { query: '{ agencies(frist: 1) { totalCount } }', expect: /Unknown argument "frist"/ },
      {
        query: '{ agencies(first: 1, orderBy: { field: NAM }) { totalCount } }',
        expect: /Value "NAM" does not exist in "AgencyOrderField" enum\.$/,
      },
      {
        query: '{ agencies(first: 1, filter: { serch: "x" }) { totalCount } }',
        expect: /Field "serch" is not defined by type "AgencyFilter"\.$/,
      },
      {
        query: 'query ($o: AgencyOrdr) { agencies(first: 1, orderBy: $o) { totalCount } }',
        expect: /Unknown type "AgencyOrdr"\.$/,
      },
      {
        query: 'query ($o: AgencyOrder) { agencies(first: 1, orderBy: $o) { totalCount } }',
        variables: { o: { field: 'NAM' } },
        expect: /Value "NAM" does not exist in "AgencyOrderField" enum\.$/,
      },
      {
        query: 'query ($f: AgencyFilter) { agencies(first: 1, filter: $f) { totalCount } }',
        variables: { f: { serch: 'x' } },
        expect: /Field "serch" is not defined by type "AgencyFilter"\.$/,
      },
      { query: '{ node(id: "x") { name } }', expect: /Cannot query field "name" on type "Node"\.$/ },
    ];
    for (const probe of probes) {
      const res = await send(prod, probe);
      expect(res.body.data ?? null, probe.query).toBeNull();
      const text = messages(res.body);
      expect(text, probe.query).not.toMatch(DID_YOU_MEAN);
      expect(text, probe.query).toMatch(probe.expect);
    }
    // Development keeps them: they help whoever writes the queries.
    expect(messages((await send(app, { query: '{ agencies(first: 1, orderBy: { field: NAM }) { totalCount } }' })).body)).toMatch(
      /Did you mean the enum value "NAME"\?/,
    );
  });

  it('an anonymous mutation is a 401 before validation, with its input inline or not, also with a bad token', async () => {
    const before = await db.prisma.agency.count();
    const documents = [
      'mutation { createAgency(input: { cod: "x" }) { __typename } }',
      'mutation { createAgency(input: { code: "9", name: 5, bogus: true }) { nosuch } }',
      'mutation { nosuchMutation }',
      'mutation ($i: CreateAgencyInput = { cod: "x" }) { createAgency(input: $i) { __typename } }',
      // A query naming the Mutation type (validation checks the arguments even where it cannot spread).
      '{ about { name } } fragment F on Mutation { createAgency(input: { cod: "x" }) { __typename } }',
      '{ ... on Mutation { createAgency(input: { cod: "x" }) { __typename } } }',
      // A variable of an input type only mutations take: validation checks its default against it.
      'query ($i: CreateAgencyInput = { cod: "x" }) { about { name } }',
    ];
    for (const target of [app, prod]) {
      for (const query of documents) {
        for (const headers of [{}, { authorization: 'Bearer x.y.z' }, { authorization: 'Basic YTpi' }] as Record<
          string,
          string
        >[]) {
          const res = await send(target, { query, headers });
          expect([res.status, codes(res.body), res.body.data ?? null], query).toEqual([401, ['UNAUTHENTICATED'], null]);
          expect(messages(res.body), query).not.toMatch(/CreateAgencyInput|cod|nosuch|bogus/);
        }
      }
    }
    expect(await db.prisma.agency.count()).toBe(before);
  });

  it('leaves anonymous queries with public input types, GET mutations (405) and authenticated validation alone', async () => {
    const filtered = await send(prod, {
      query: 'query ($f: AgencyFilter = { search: "NASA" }) { agencies(first: 1, filter: $f) { totalCount } }',
    });
    expect([filtered.status, filtered.body.errors]).toEqual([200, undefined]);
    const get = await prod.yoga.fetch(
      `http://test/graphql?${new URLSearchParams({ query: 'mutation { createAgency(input: { cod: "x" }) { __typename } }' })}`,
    );
    expect(get.status).toBe(405);
    // A GET query that names the Mutation type is still refused before validation.
    const getFragment = await prod.yoga.fetch(
      `http://test/graphql?${new URLSearchParams({ query: '{ ... on Mutation { createAgency(input: { cod: "x" }) { __typename } } }' })}`,
    );
    expect(getFragment.status).toBe(401);
    expect(await getFragment.text()).not.toMatch(/CreateAgencyInput/);
    // With a valid token, validation answers (in production without suggestions).
    const admin = await app.token('ADMIN', 'NASA');
    const res = await send(app, {
      query: 'mutation { createAgency(input: { cod: "x" }) { __typename } }',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(codes(res.body)).toContain('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('smaller findings', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const UUID = '00000000-0000-4000-8000-000000000000';

  it('an unknown or non-Node type in a well-formed global ID is BAD_USER_INPUT', async () => {
    for (const typename of ['NoSuchType', 'About', 'Query', 'AgencyOrder', 'agency']) {
      const id = b64(`${typename}:${UUID}`);
      const node = await send(app, { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id } });
      expect(node.body.errors, typename).toMatchObject([
        { message: `Invalid ID "${id}"`, extensions: { code: 'BAD_USER_INPUT' } },
      ]);
      const nodes = await send(app, { query: `{ nodes(ids: ["${id}"]) { id } }` });
      expect(codes(nodes.body), typename).toEqual(['BAD_USER_INPUT']);
    }
    // A Node type that merely has no such row is still null, as before.
    const missing = await send(app, { query: `{ node(id: "${b64(`Agency:${UUID}`)}") { id } }` });
    expect([missing.body.errors, missing.body.data]).toEqual([undefined, { node: null }]);
  });

  it('invalid variable values are BAD_USER_INPUT', async () => {
    const cases: [string, unknown][] = [
      ['query ($n: Int!) { agencies(first: $n) { totalCount } }', { n: 'x' }],
      ['query ($n: Int!) { agencies(first: $n) { totalCount } }', {}],
      ['query ($n: Int!) { agencies(first: $n) { totalCount } }', { n: null }],
      ['query ($n: Int!) { agencies(first: $n) { totalCount } }', { n: 2 ** 31 }],
      ['query ($o: AgencyOrder) { agencies(first: 1, orderBy: $o) { totalCount } }', { o: { field: 'NOPE' } }],
      ['query ($d: Date!) { openings(first: 1, filter: { startFrom: $d }) { totalCount } }', { d: '0001-01-01' }],
      ['query ($d: Date!) { openings(first: 1, filter: { startFrom: $d }) { totalCount } }', { d: 'tomorrow' }],
    ];
    for (const [query, variables] of cases) {
      const res = await send(app, { query, variables });
      expect(res.status, `${query} ${JSON.stringify(variables)}`).toBe(400);
      expect(res.body.errors?.length).toBeGreaterThan(0);
      for (const e of res.body.errors!) {
        expect(e.message).toMatch(/^Variable "\$\w+"/);
        expect(e.extensions?.code, e.message).toBe('BAD_USER_INPUT');
      }
    }
  });

  it('takes the bearer scheme in any case (RFC 7235)', async () => {
    const token = await app.token('EMPLOYEE', 'NASA');
    for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR']) {
      const res = await send(app, { query: '{ viewer { subject } }', headers: { authorization: `${scheme} ${token}` } });
      expect([scheme, res.status, res.body.errors]).toEqual([scheme, 200, undefined]);
    }
    const basic = await send(app, { query: '{ viewer { subject } }', headers: { authorization: `Basic ${token}` } });
    expect(basic.status).toBe(401);
  });

  describe('maximum token lifetime (AUTH_MAX_TOKEN_LIFETIME_SECONDS, default 12 h)', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const token = (target: TestApp, times: { iat?: number; exp: number }) => {
      const jwt = new SignJWT({ roles: ['EMPLOYEE'], agency: 'NASA' })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject('t')
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE);
      if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
      return jwt.setExpirationTime(times.exp).sign(target.key.privateKey);
    };
    const viewer = async (target: TestApp, t: string) =>
      send(target, { query: '{ viewer { subject } }', headers: { authorization: `Bearer ${t}` } });

    it('refuses a token that lives longer, or does not say when it was issued, with a clear 401', async () => {
      const t = now();
      expect((await viewer(app, await token(app, { iat: t, exp: t + 43_200 }))).status).toBe(200);
      // An old token well within its 12 hours is fine; only exp - iat counts.
      expect((await viewer(app, await token(app, { iat: t - 40_000, exp: t + 3_000 }))).status).toBe(200);

      const long = await viewer(app, await token(app, { iat: t, exp: t + 43_201 }));
      expect([long.status, long.headers.get('www-authenticate')?.startsWith('Bearer error="invalid_token"')]).toEqual([
        401,
        true,
      ]);
      expect(long.body.errors?.[0]?.message).toBe(
        'Unauthenticated: token lifetime (exp - iat) is 43201 seconds, more than the maximum of 43200 seconds: ask the identity provider for shorter-lived tokens',
      );
      const noIat = await viewer(app, await token(app, { exp: t + 600 }));
      expect([noIat.status, noIat.body.errors?.[0]?.message]).toEqual([
        401,
        expect.stringMatching(/no "iat" \(issued at\) claim/),
      ]);
      // A future iat would stretch the lifetime: refused (beyond the 30 s clock tolerance).
      const future = await viewer(app, await token(app, { iat: t + 86_400 * 365, exp: t + 86_400 * 365 + 600 }));
      expect([future.status, future.body.errors?.[0]?.message]).toEqual([
        401,
        expect.stringMatching(/"iat" \(issued at\) is in the future/),
      ]);
    });

    it('is configurable, and 0 turns it off', async () => {
      const t = now();
      const hour = await createTestApp(db, { AUTH_MAX_TOKEN_LIFETIME_SECONDS: '3600' });
      expect((await viewer(hour, await token(hour, { iat: t, exp: t + 3600 }))).status).toBe(200);
      expect((await viewer(hour, await token(hour, { iat: t, exp: t + 7200 }))).status).toBe(401);
      const off = await createTestApp(db, { AUTH_MAX_TOKEN_LIFETIME_SECONDS: '0' });
      expect((await viewer(off, await token(off, { exp: t + 86_400 * 30 }))).status).toBe(200);
    });
  });

  it('an unreachable JWKS is a 503 SERVICE_UNAVAILABLE with Retry-After and one warning line', async () => {
    const port = await freePort(); // free, and nobody listens on it: connections are refused
    const log = capturingLogger();
    const idp = await createTestApp(
      db,
      { AUTH_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`, AUTH_ISSUER: 'https://idp.example/', AUTH_AUDIENCE: 'tm' },
      { log },
    );
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ roles: ['EMPLOYEE'], agency: 'NASA' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('s')
      .setIssuer('https://idp.example/')
      .setAudience('tm')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    log.lines.length = 0;
    const res = await send(idp, { query: '{ viewer { subject } }', headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(res.body.errors).toEqual([
      {
        message: "The identity provider's keys could not be fetched to verify the token; retry shortly",
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      },
    ]);
    const loud = log.lines.filter((l) => l.level !== 'debug');
    expect(loud).toEqual([expect.objectContaining({ level: 'warn', msg: 'identity provider keys unavailable; answering 503' })]);
    expect(String(loud[0]!.reason)).toMatch(/ECONNREFUSED/);
    expect(JSON.stringify(loud)).not.toMatch(/stack/);
    // Anonymous requests need no keys.
    expect((await send(idp, { query: '{ about { name } }' })).status).toBe(200);
  });
});
