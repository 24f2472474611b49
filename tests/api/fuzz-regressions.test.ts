/** Bugs the fuzzer found (tests/api/fuzz.test.ts, npm run fuzz), each pinned by a focused case. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies, insertSkills } from '../helpers/fixtures.js';

let db: TestDatabase;
let app: TestApp;
let admin: string;

beforeAll(async () => {
  db = await createPostgresDatabase(2);
  await insertAgencies(db.prisma);
  await insertSkills(db.prisma);
  app = await createTestApp(db);
  admin = await app.token('ADMIN', 'GSA');
});
afterAll(() => db?.destroy());

describe('U+0000 in string input (PostgreSQL text cannot hold it)', () => {
  const createAgency = /* GraphQL */ `
    mutation ($input: CreateAgencyInput!) {
      createAgency(input: $input) {
        __typename
        ... on ValidationError { code problems { path message } }
      }
    }`;

  it('is a typed ValidationError on a mutation, naming the field, and writes nothing', async () => {
    const before = await db.prisma.agency.count();
    const res = await app.gql(createAgency, { input: { code: 'X-1', name: 'a\u0000b' } }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      createAgency: {
        __typename: 'ValidationError',
        code: 'VALIDATION',
        problems: [{ path: ['input', 'name'], message: 'must not contain the NUL character (U+0000)' }],
      },
    });
    expect(await db.prisma.agency.count()).toBe(before);
  });

  it('is a VALIDATION error on a query, not an internal one (also inside lists and as a literal)', async () => {
    const token = await app.token('HR_SPECIALIST', 'GSA');
    const viaVariable = await app.gql(`query ($a: String!) { profile(agency: $a, externalId: "E-1") { id } }`, { a: '\u0000' }, token);
    expect(viaVariable.status).toBe(200);
    expect(viaVariable.errors).toMatchObject([{ path: ['profile'], extensions: { code: 'VALIDATION' }, message: 'agency: must not contain the NUL character (U+0000)' }]);

    const literal = await app.gql(`{ agencies(first: 5, filter: { search: "x\\u0000" }) { totalCount } }`, undefined, token);
    expect(literal.errors).toMatchObject([{ extensions: { code: 'VALIDATION' }, message: 'filter.search: must not contain the NUL character (U+0000)' }]);
  });

  it('leaves other control characters alone (they are valid text)', async () => {
    const res = await app.gql(createAgency, { input: { code: 'X-2', name: 'tab\there\u202e' } }, admin);
    expect(res.data).toMatchObject({ createAgency: { __typename: 'MutationCreateAgencySuccess' } });
  });
});

describe('skill hierarchy read two levels deep', () => {
  it('resolves broader of broader and related of related (the inner skills were loaded without their links)', async () => {
    const res = await app.gql(`{
      skill(scheme: ONET_TECH, code: "43232405|Python") {
        name
        broader { name broader { name broader { name } } related { name } }
        related { name related { name broader { name } } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      skill: {
        name: 'Python',
        broader: [{ name: 'Programming', broader: [{ name: 'Technical Skills', broader: [] }], related: [] }],
        related: [{ name: 'Python (computer programming)', related: [{ name: 'Python', broader: [{ name: 'Programming' }] }] }],
      },
    });
  });
});
