/** Token verification and authorization: every bad token is a 401 with a reason; roles gate mutations. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateAgencyDocument, ViewerDocument } from '../../schema/generated/graphql.js';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../src/app/config.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies } from '../helpers/fixtures.js';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const claims = { sub: 'mallory', roles: ['ADMIN'], agency: 'NASA' };

let db: TestDatabase;
let app: TestApp;

beforeAll(async () => {
  db = await createPostgresDatabase();
  await insertAgencies(db.prisma);
  app = await createTestApp(db);
});
afterAll(() => db?.destroy());

async function expect401(token: string | null, reason: RegExp, header?: string) {
  const res = await app.yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: header ?? `Bearer ${token}` },
    body: JSON.stringify({ query: '{ viewer { subject } }' }),
  });
  expect(res.status).toBe(401);
  expect(res.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
  const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[]; data?: unknown };
  expect(body.data).toBeUndefined();
  expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  expect(body.errors[0]!.message).toMatch(reason);
}

describe('local (development) tokens', () => {
  it('accepts a token from the local key', async () => {
    const res = await app.gql(ViewerDocument, {}, await app.token('EMPLOYEE', 'GSA'));
    expect(res.status).toBe(200);
    expect(res.data!.viewer!.agency.code).toBe('047');
  });

  it('refuses a forged token (signed by another key)', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: app.key.kid })
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setExpirationTime('1h')
      .sign(privateKey);
    await expect401(forged, /signature is invalid/);
  });

  it('refuses a tampered payload', async () => {
    const [h, , s] = (await app.token('EMPLOYEE', 'NASA')).split('.');
    await expect401(`${h}.${b64({ ...claims, iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, exp: 9e9 })}.${s}`, /signature is invalid/);
  });

  it('refuses an expired token', async () => {
    const expired = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(app.key.privateKey);
    await expect401(expired, /expired/);
  });

  it('refuses a token for another audience or from another issuer', async () => {
    const other = (iss: string, aud: string) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer(iss)
        .setAudience(aud)
        .setExpirationTime('1h')
        .sign(app.key.privateKey);
    await expect401(await other(LOCAL_ISSUER, 'some-other-api'), /audience/);
    await expect401(await other('https://evil.example', LOCAL_AUDIENCE), /issuer/);
  });

  it('refuses alg "none" and symmetric algorithms', async () => {
    const payload = b64({ ...claims, iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 3600 });
    await expect401(
      `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`,
      /algorithm is not allowed|malformed|could not be verified/,
    );
    const hs = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a shared secret an attacker guessed'));
    await expect401(hs, /algorithm is not allowed/);
  });

  it('requires exp, a known role and a known agency', async () => {
    const sign = (body: object, exp = true) => {
      // With iat, as identity providers issue them (AUTH_MAX_TOKEN_LIFETIME_SECONDS needs it).
      const jwt = new SignJWT(body as never)
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject('x')
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt();
      return (exp ? jwt.setExpirationTime('1h') : jwt).sign(app.key.privateKey);
    };
    await expect401(await sign({ roles: ['ADMIN'], agency: 'NASA' }, false), /"exp"/);
    await expect401(await sign({ roles: ['SUPERUSER'], agency: 'NASA' }), /no known role/);
    await expect401(await sign({ roles: ['ADMIN'] }), /"agency"/);
    await expect401(await sign({ roles: ['ADMIN'], agency: 'KGB' }), /does not know/);
  });

  it('refuses a malformed Authorization header', async () => {
    await expect401(null, /Bearer <JWT>/, 'Basic dXNlcjpwYXNz');
    await expect401(null, /Bearer <JWT>/, 'Bearer not-a-jwt');
  });
});

describe('identity provider tokens (JWKS)', () => {
  let server: http.Server;
  let jwksApp: TestApp;
  let sign: (body: object, kid?: string) => Promise<string>;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'idp-key-1', alg: 'RS256', use: 'sig' };
    server = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    jwksApp = await createTestApp(db, {
      AUTH_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`,
      AUTH_ISSUER: 'https://login.agency.example/',
      AUTH_AUDIENCE: 'api://talent-marketplace',
    });
    sign = (body, kid = 'idp-key-1') =>
      new SignJWT(body as never)
        .setProtectedHeader({ alg: 'RS256', kid })
        .setSubject('hr-system-1')
        .setIssuer('https://login.agency.example/')
        .setAudience('api://talent-marketplace')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
  });
  afterAll(() => new Promise<void>((r) => server?.close(() => r())));

  it('accepts a token signed by a key in the JWKS, with scopes for machine clients', async () => {
    const res = await jwksApp.gql(ViewerDocument, {}, await sign({ roles: ['INTEGRATION'], agency: 'GSA', scope: 'read' }));
    expect(res.status).toBe(200);
    expect(res.data!.viewer).toMatchObject({ subject: 'hr-system-1', roles: ['INTEGRATION'], scopes: ['read'] });
  });

  it('refuses a token whose kid is not in the JWKS', async () => {
    const res = await jwksApp.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await sign({ roles: ['ADMIN'], agency: 'GSA' }, 'unknown')}`,
      },
      body: JSON.stringify({ query: '{ viewer { subject } }' }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/unknown key/);
  });

  it('refuses development tokens in JWKS mode', async () => {
    const res = await jwksApp.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.token('ADMIN', 'GSA')}` },
      body: JSON.stringify({ query: '{ viewer { subject } }' }),
    });
    expect(res.status).toBe(401);
  });
});

describe('authorization', () => {
  const input = { code: 'AUTHZ-1', name: 'Office of Authorization Tests' };

  it('denies mutations without a token, and to roles without the right', async () => {
    const anonymous = await app.gql(CreateAgencyDocument, { input });
    // Refused before execution: every mutation needs a token.
    expect([anonymous.status, anonymous.data ?? null, anonymous.errors?.[0]?.extensions?.code]).toEqual([
      401,
      null,
      'UNAUTHENTICATED',
    ]);
    expect(anonymous.errors?.[0]?.message).toMatch(/Authentication required/);
    for (const role of ['EMPLOYEE', 'HIRING_MANAGER', 'HR_SPECIALIST', 'INTEGRATION'] as const) {
      const res = await app.gql(CreateAgencyDocument, { input }, await app.token(role, 'NASA'));
      expect(res.data!.createAgency.__typename).toBe('ForbiddenError');
    }
    expect(await db.prisma.agency.count({ where: { code: 'AUTHZ-1' } })).toBe(0);
    expect(await db.prisma.auditEvent.count({ where: { action: 'agency.create' } })).toBe(0);
  });

  it('lets an ADMIN create an agency', async () => {
    const res = await app.gql(CreateAgencyDocument, { input }, await app.token('ADMIN', 'NASA'));
    expect(res.data!.createAgency.__typename).toBe('CreateAgencyPayload');
  });
});
