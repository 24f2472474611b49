/** Limits before execution: depth, aliases, tokens, cost, page sizes; introspection off in production. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgenciesDocument } from '../../schema/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies } from '../helpers/fixtures.js';

let db: TestDatabase;
let app: TestApp;
let queries = 0;

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

async function refused(query: string, message: RegExp, target = app) {
  const res = await target.gql(query);
  expect(res.data ?? null).toBeNull();
  expect(res.errors?.map((e) => e.message).join('\n')).toMatch(message);
  queries += 1;
}

const nest = (depth: number): string => (depth === 0 ? 'name' : `name parent { ${nest(depth - 1)} }`);

describe('query limits', () => {
  it('accepts Relay nesting of ordinary depth', async () => {
    const res = await app.gql(`{ agencies(first: 5) { edges { node { subAgencies(first: 5) { edges { node { parent { name } } } } } } } }`);
    expect(res.errors).toBeUndefined();
  });

  it('refuses a too-deep query', async () => {
    await refused(`{ agencies(first: 1) { nodes { ${nest(12)} } } }`, /depth/i);
  });

  it('refuses a too-costly query', async () => {
    // Within the depth, alias and token limits, but thousands of weighted fields.
    const wide = Array.from({ length: 12 }, (_, i) => `x${i}: subAgencies(first: 100) { nodes { parent { subAgencies(first: 100) { nodes { id code name abbreviation createdAt updatedAt } } } } }`).join(' ');
    await refused(`{ agencies(first: 100) { nodes { ${wide} } } }`, /cost/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: about { name }`).join(' ');
    await refused(`{ ${aliases} }`, /alias/i);
  });

  it('refuses too many tokens', async () => {
    await refused(`{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`, /token/i);
  });

  it('requires a page size between 1 and 100 on every connection', async () => {
    await refused('{ agencies { totalCount } }', /must provide a `first` or `last`/);
    await refused('{ agencies(first: 101) { totalCount } }', /101 records .* 1 to 100/);
    await refused('{ agencies(first: 0) { totalCount } }', /outside the allowed page size/);
    await refused('{ skills(last: 500) { totalCount } }', /outside the allowed page size/);
    // Variables are checked too, not only literals.
    const res = await app.gql(AgenciesDocument, { first: 1000 });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const nested = await app.gql('{ agencies(first: 1) { nodes { subAgencies { totalCount } } } }');
    expect(nested.errors?.[0]?.message).toMatch(/Agency.subAgencies/);
  });

  it('turns introspection and field suggestions off in production', async () => {
    const prod = await createTestApp(db, PRODUCTION);
    await refused('{ __schema { types { name } } }', /introspection/i, prod);
    const typo = await prod.gql('{ agencis(first: 1) { totalCount } }');
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
    const dev = await app.gql('{ __schema { queryType { name } } }');
    expect(dev.errors).toBeUndefined();
    expect(queries).toBeGreaterThan(0);
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
