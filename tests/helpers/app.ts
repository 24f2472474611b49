/**
 * An in-process app for API tests: the real Yoga handler over a real database, called through
 * `yoga.fetch` with typed documents from codegen, and tokens for any role.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { loadOrCreateLocalKey, signLocalToken, type LocalKey, type TokenRequest } from '../../src/platform/auth/local-key.js';
import type { Role } from '../../src/platform/auth/principal.js';
import { createVerifier } from '../../src/platform/auth/verify.js';
import { loadConfig } from '../../src/app/config.js';
import { createLogger, type Logger } from '../../src/app/logger.js';
import { MatchingService } from '../../src/matching/service.js';
import { createApp } from '../../src/app/yoga.js';
import type { Database } from '../../src/platform/db/client.js';

export interface GqlResult<R> {
  status: number;
  data?: R | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
  headers: Headers;
}

export interface TestApp {
  yoga: ReturnType<typeof createApp>;
  matching: MatchingService;
  key: LocalKey;
  token(roles: Role | Role[], agency: string, extra?: Partial<TokenRequest>): Promise<string>;
  gql<R, V>(doc: TypedDocumentNode<R, V> | string, variables?: V, token?: string): Promise<GqlResult<R>>;
  /** POSTs any JSON body (or raw text) with optional token and headers: for HTTP-level tests. */
  post(
    body: unknown,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GqlResult<unknown> & { body: unknown }>;
}

/**
 * The test app's own defaults: a rate limit so high that suites sending thousands of requests
 * per principal never meet it (the limiter still runs on every operation). A test that wants
 * the production behaviour passes RATE_LIMIT_POINTS and friends in `env`.
 */
const TEST_DEFAULTS: Record<string, string> = { RATE_LIMIT_POINTS: '1000000000', RATE_LIMIT_WINDOW_SECONDS: '60' };

export async function createTestApp(
  db: Database,
  env: Record<string, string> = {},
  options: { log?: Logger } = {},
): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tm-app-'));
  process.once('exit', () => fs.rmSync(dataDir, { recursive: true, force: true }));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...TEST_DEFAULTS,
    ...env,
  });
  const key = await loadOrCreateLocalKey(config.auth.localKeyDir);
  // A test that reads the logs passes its own logger.
  const log = options.log ?? createLogger(config.logLevel);
  // Stopped by db.close() (the database stops its listeners).
  const matching = await MatchingService.start(db, config.matching, log);
  const yoga = createApp({
    config,
    prisma: db.prisma,
    verify: createVerifier(config.auth, key.publicKey),
    log,
    ping: db.ping,
    matching,
  });
  return {
    yoga,
    matching,
    key,
    token: (roles, agency, extra = {}) =>
      signLocalToken(key, {
        subject: `test-${[roles].flat().join('-').toLowerCase()}-${agency.toLowerCase()}`,
        roles: [roles].flat(),
        agency,
        ...extra,
      }),
    async gql(doc, variables, token) {
      const res = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: typeof doc === 'string' ? doc : print(doc), variables }),
      });
      const body = (await res.json()) as { data?: never; errors?: never };
      return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
    },
    async post(body, { token, headers = {} } = {}) {
      const res = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: { data?: unknown; errors?: GqlResult<unknown>['errors'] } | undefined;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      return { status: res.status, data: parsed?.data, errors: parsed?.errors, headers: res.headers, body: parsed ?? text };
    },
  };
}
