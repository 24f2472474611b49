import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

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
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_JWKS_URL: is required[\s\S]*AUTH_ISSUER[\s\S]*AUTH_AUDIENCE[\s\S]*DATABASE_URL/);
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

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).database.kind).toBe('pglite');
  });
});
