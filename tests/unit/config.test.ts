import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ConfigError, DEFAULT_PERSISTED_MANIFEST, loadConfig } from '../../src/app/config.js';

describe('configuration', () => {
  it('defaults to the embedded database and local tokens in development', () => {
    const c = loadConfig({});
    expect(c.env).toBe('development');
    expect(c.database.kind).toBe('pglite');
    expect(c.auth.mode).toBe('local');
    expect(c.port).toBe(4000);
    expect(c.seedDemo).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u:p@db.example:5432/tm', DATABASE_POOL_SIZE: '25' });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db.example:5432/tm', poolSize: 25 });
    expect(c.seedDemo).toBe(false);
  });

  it('names every bad variable in one message', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/DATABASE_URL: must be a postgres/);
    expect(message).toMatch(/NODE_ENV/);
  });

  it('requires identity-provider settings and a database server in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /AUTH_JWKS_URL: is required[\s\S]*AUTH_ISSUER[\s\S]*AUTH_AUDIENCE[\s\S]*DATABASE_URL/,
    );
    const c = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://tm@db/tm',
      AUTH_JWKS_URL: 'https://login.example.gov/.well-known/jwks.json',
      AUTH_ISSUER: 'https://login.example.gov/',
      AUTH_AUDIENCE: 'talent-marketplace',
    });
    expect(c.production).toBe(true);
    expect(c.auth.mode).toBe('jwks');
    expect(c.auth.algorithms).toEqual(['RS256', 'ES256', 'EdDSA']);
  });

  it('refuses symmetric and "none" algorithms', () => {
    expect(() => loadConfig({ AUTH_ALGORITHMS: 'RS256,none' })).toThrow(/AUTH_ALGORITHMS/);
    expect(() => loadConfig({ AUTH_ALGORITHMS: 'HS256' })).toThrow(/AUTH_ALGORITHMS/);
  });

  it('holds tokens to a maximum lifetime of 12 hours by default, adjustable, 0 = none', () => {
    expect(loadConfig({}).auth.maxTokenLifetimeSeconds).toBe(43_200);
    expect(loadConfig({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: '3600' }).auth.maxTokenLifetimeSeconds).toBe(3600);
    expect(loadConfig({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: '0' }).auth.maxTokenLifetimeSeconds).toBe(0);
    for (const bad of ['-1', '1.5', '2592001', 'forever']) {
      expect(() => loadConfig({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: bad }), bad).toThrow(/AUTH_MAX_TOKEN_LIFETIME_SECONDS/);
    }
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).database.kind).toBe('pglite');
  });

  it('has strict request limits by default, each adjustable', () => {
    const c = loadConfig({});
    expect(c.limits).toEqual({
      maxDepth: 12,
      maxAliases: 15,
      maxTokens: 2000,
      maxCost: 5000,
      maxBodyBytes: 5_000_000,
      rateLimit: { points: 30_000, windowSeconds: 60, store: { kind: 'memory' } },
      trustedProxies: 0,
    });
    const tuned = loadConfig({
      GRAPHQL_MAX_COST: '1000',
      RATE_LIMIT_POINTS: '5000',
      RATE_LIMIT_WINDOW_SECONDS: '10',
      GRAPHQL_MAX_BODY_BYTES: '50000',
      TRUST_PROXY: 'true',
    });
    expect(tuned.limits).toMatchObject({
      maxCost: 1000,
      maxBodyBytes: 50_000,
      rateLimit: { points: 5000, windowSeconds: 10 },
      trustedProxies: 1,
    });
    expect(loadConfig({ TRUST_PROXY: '2' }).limits.trustedProxies).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'false' }).limits.trustedProxies).toBe(0);
    expect(() => loadConfig({ TRUST_PROXY: 'maybe' })).toThrow(/TRUST_PROXY/);
  });

  it('turns rate limiting off with 0 and refuses a budget smaller than the largest operation', () => {
    expect(loadConfig({ RATE_LIMIT_POINTS: '0' }).limits.rateLimit).toBeNull();
    expect(loadConfig({ RATE_LIMIT_WINDOW_SECONDS: '0' }).limits.rateLimit).toBeNull();
    expect(() => loadConfig({ RATE_LIMIT_POINTS: '4999' })).toThrow(
      /RATE_LIMIT_POINTS: must be 0 \(off\) or at least GRAPHQL_MAX_COST \(5000\)/,
    );
    expect(loadConfig({ RATE_LIMIT_POINTS: '1000', GRAPHQL_MAX_COST: '1000' }).limits.rateLimit?.points).toBe(1000);
  });

  it('accepts persisted operations beside documents by default, from the codegen manifest', () => {
    const c = loadConfig({});
    expect(c.persistedOperations).toEqual({ mode: 'accept', manifests: [DEFAULT_PERSISTED_MANIFEST] });
    expect(DEFAULT_PERSISTED_MANIFEST).toBe(path.resolve('schema/generated/persisted-documents.json'));
    const only = loadConfig({
      GRAPHQL_PERSISTED_OPERATIONS: 'only',
      GRAPHQL_PERSISTED_OPERATIONS_FILE: 'a.json, /etc/tm/b.json',
    });
    expect(only.persistedOperations).toEqual({ mode: 'only', manifests: [path.resolve('a.json'), '/etc/tm/b.json'] });
    expect(() => loadConfig({ GRAPHQL_PERSISTED_OPERATIONS: 'allow' })).toThrow(/GRAPHQL_PERSISTED_OPERATIONS/);
  });
});
