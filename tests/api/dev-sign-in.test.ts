/**
 * Development sign-in (src/app/dev-sign-in.ts) through the same wiring as the server
 * (webPlugin → createApp): it lists the seeded people and mints tokens the API accepts in local
 * mode, refuses bad input with typed errors, and does not exist (404) with NODE_ENV=production
 * or with AUTH_JWKS_URL set. /config.json tells the app how to sign in.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../seeds/seed.js';
import { webPlugin } from '../../src/app/web.js';
import { devSignIn } from '../../src/app/dev-sign-in.js';
import { databaseAgencies } from '../../src/platform/auth/agency-cache.js';
import { loadOrCreateLocalKey, type LocalKey } from '../../src/platform/auth/local-key.js';
import { createVerifier } from '../../src/platform/auth/verify.js';
import { loadConfig } from '../../src/app/config.js';
import { createLogger } from '../../src/app/logger.js';
import { MatchingService } from '../../src/matching/service.js';
import { createApp } from '../../src/app/yoga.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';

let db: TestDatabase;
let dataDir: string;
const log = createLogger('silent');

beforeAll(async () => {
  db = await createPostgresDatabase(2);
  await seedDemo(db.prisma);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tm-dev-sign-in-'));
});
afterAll(async () => {
  await db?.destroy();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const JWKS_ENV = {
  AUTH_JWKS_URL: 'https://idp.example.gov/.well-known/jwks.json',
  AUTH_ISSUER: 'https://idp.example.gov/',
  AUTH_AUDIENCE: 'talent-marketplace',
};

/** The service as server.ts assembles it, with the web app's plugin (no build: WEB_APP=off). */
async function appWith(env: Record<string, string>) {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', WEB_APP: 'off', ...env });
  const localKey: LocalKey | undefined =
    config.auth.mode === 'local' ? await loadOrCreateLocalKey(config.auth.localKeyDir) : undefined;
  const agencies = databaseAgencies(db.prisma);
  const web = await webPlugin({ config, prisma: db.prisma, agencies, localKey, log });
  const matching = await MatchingService.start(db, config.matching, log);
  const yoga = createApp({
    config,
    prisma: db.prisma,
    verify: createVerifier(config.auth, localKey?.publicKey),
    log,
    ping: db.ping,
    matching,
    agencies,
    web,
  });
  const call = async (p: string, init: RequestInit = {}): Promise<Response> => yoga.fetch(`http://127.0.0.1${p}`, init);
  const mint = (body: unknown, headers: Record<string, string> = {}) =>
    call('/dev/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { call, mint };
}

const viewerOf = async (call: (p: string, init?: RequestInit) => Promise<Response>, token: string) => {
  const r = await call('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ viewer { subject name roles agency { abbreviation } } }' }),
  });
  return ((await r.json()) as { data: { viewer: unknown } }).data.viewer;
};

describe('development sign-in, local key, NODE_ENV=development', () => {
  it('lists the seeded people with their agency and who supervises', async () => {
    const { call } = await appWith({ NODE_ENV: 'development' });
    const r = await call('/dev/personas');
    expect(r.status).toBe(200);
    const body = (await r.json()) as {
      people: { subject: string; name: string; agency: string; supervises: number }[];
      roles: { role: string }[];
      agencies: { code: string }[];
    };
    expect(body.people).toContainEqual(expect.objectContaining({ subject: 'nasa-204611', name: 'Maya Okafor', agency: 'NASA' }));
    expect(body.people.find((p) => p.subject === 'gsa-118544')?.supervises).toBeGreaterThan(0);
    expect(body.roles.map((r) => r.role)).toEqual(['HIRING_MANAGER', 'HR_SPECIALIST', 'ADMIN']);
    expect(body.agencies.map((a) => a.code)).toContain('NASA');
  });

  it('mints a token for a seeded person that the API accepts, and one for a role in an agency', async () => {
    const { call, mint } = await appWith({ NODE_ENV: 'development' });
    const person = await mint({ subject: 'nasa-204611' });
    expect(person.status).toBe(200);
    const { token } = (await person.json()) as { token: string };
    expect(await viewerOf(call, token)).toEqual({
      subject: 'nasa-204611',
      name: 'Maya Okafor',
      roles: ['EMPLOYEE'],
      agency: { abbreviation: 'NASA' },
    });
    const role = await mint({ role: 'HIRING_MANAGER', agency: 'GSA' });
    expect(role.status).toBe(200);
    expect(await viewerOf(call, ((await role.json()) as { token: string }).token)).toEqual({
      subject: 'dev-hiring-manager-gsa',
      name: 'Hiring manager, GSA',
      roles: ['HIRING_MANAGER'],
      agency: { abbreviation: 'GSA' },
    });
  });

  it('refuses bad input with a typed error and mints nothing', async () => {
    const { mint } = await appWith({ NODE_ENV: 'development' });
    const cases: [unknown, number, string][] = [
      [{ subject: 'nobody-000' }, 400, 'BAD_USER_INPUT'],
      [{ role: 'INTEGRATION', agency: 'NASA' }, 400, 'BAD_USER_INPUT'],
      [{ role: 'ADMIN', agency: 'NOPE' }, 400, 'BAD_USER_INPUT'],
      [{ subject: 'nasa-204611', roles: ['ADMIN'] }, 400, 'BAD_USER_INPUT'],
      ['not json', 400, 'BAD_USER_INPUT'],
    ];
    for (const [body, status, code] of cases) {
      const r = await mint(body);
      expect(r.status, JSON.stringify(body)).toBe(status);
      const answer = (await r.json()) as { token?: string; error: { code: string; message: string } };
      expect(answer.error.code).toBe(code);
      expect(answer.error.message.length).toBeGreaterThan(10);
      expect(answer.token).toBeUndefined();
    }
  });

  it('answers its own origin only, and JSON only', async () => {
    const { mint, call } = await appWith({ NODE_ENV: 'development' });
    expect((await mint({ subject: 'nasa-204611' }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await mint({ subject: 'nasa-204611' }, { origin: 'http://127.0.0.1' })).status).toBe(200);
    const form = await call('/dev/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'subject=nasa-204611',
    });
    expect(form.status).toBe(415);
  });

  it('tells the app to use the development sign-in', async () => {
    const { call } = await appWith({ NODE_ENV: 'development' });
    expect(await (await call('/config.json')).json()).toEqual({ auth: { mode: 'local' } });
  });
});

describe('development sign-in does not exist', () => {
  it('with AUTH_JWKS_URL set (any NODE_ENV): 404, and the app is told to use the identity provider', async () => {
    const { call, mint } = await appWith({ NODE_ENV: 'development', ...JWKS_ENV, AUTH_OIDC_CLIENT_ID: 'talent-web' });
    expect((await call('/dev/personas')).status).toBe(404);
    expect((await mint({ subject: 'nasa-204611' })).status).toBe(404);
    expect(await (await call('/config.json')).json()).toEqual({
      auth: { mode: 'oidc', issuer: JWKS_ENV.AUTH_ISSUER, clientId: 'talent-web', scopes: 'openid profile', resource: null },
    });
  });

  it('with NODE_ENV=production: 404 (and without a client ID the app says sign-in is not configured)', async () => {
    const { call, mint } = await appWith({ NODE_ENV: 'production', ...JWKS_ENV, DATABASE_URL: db.url! });
    expect((await call('/dev/personas')).status).toBe(404);
    expect((await mint({ subject: 'nasa-204611' })).status).toBe(404);
    expect(((await (await call('/config.json')).json()) as { auth: { mode: string } }).auth.mode).toBe('unconfigured');
  });

  it('with NODE_ENV=production even if the configuration were local mode with a key', async () => {
    const config = loadConfig({ DATA_DIR: dataDir, NODE_ENV: 'development' });
    const localKey = await loadOrCreateLocalKey(config.auth.localKeyDir);
    const deps = { prisma: db.prisma, agencies: databaseAgencies(db.prisma), localKey };
    expect(devSignIn({ ...deps, config: { ...config, production: false } })).not.toBeNull();
    expect(devSignIn({ ...deps, config: { ...config, production: true } })).toBeNull();
  });
});
