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

describe('text the database cannot take: U+0000 (PostgreSQL) and unpaired surrogates (Prisma)', () => {
  const createAgency = /* GraphQL */ `
    mutation ($input: CreateAgencyInput!) {
      createAgency(input: $input) {
        __typename
        ... on ValidationError {
          code
          problems {
            path
            message
          }
        }
      }
    }
  `;

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
    const viaVariable = await app.gql(
      `query ($a: String!) { profile(agency: $a, externalId: "E-1") { id } }`,
      { a: '\u0000' },
      token,
    );
    expect(viaVariable.status).toBe(200);
    expect(viaVariable.errors).toMatchObject([
      { path: ['profile'], extensions: { code: 'VALIDATION' }, message: 'agency: must not contain the NUL character (U+0000)' },
    ]);

    const literal = await app.gql(`{ agencies(first: 5, filter: { search: "x\\u0000" }) { totalCount } }`, undefined, token);
    expect(literal.errors).toMatchObject([
      { extensions: { code: 'VALIDATION' }, message: 'filter.search: must not contain the NUL character (U+0000)' },
    ]);
  });

  it('refuses unpaired surrogates the same way, and takes paired ones', async () => {
    const before = await db.prisma.agency.count();
    const bad = await app.gql(createAgency, { input: { code: 'X-3', name: 'Jane', abbreviation: 'a\udfffb' } }, admin);
    expect(bad.data).toEqual({
      createAgency: {
        __typename: 'ValidationError',
        code: 'VALIDATION',
        problems: [{ path: ['input', 'abbreviation'], message: 'must be valid Unicode text (an unpaired surrogate was found)' }],
      },
    });
    expect(await db.prisma.agency.count()).toBe(before);
    const token = await app.token('HR_SPECIALIST', 'GSA');
    const query = await app.gql(
      `query ($s: String) { agencies(first: 5, filter: { search: $s }) { totalCount } }`,
      { s: '\ud800' },
      token,
    );
    expect(query.errors).toMatchObject([
      {
        extensions: { code: 'VALIDATION' },
        message: 'filter.search: must be valid Unicode text (an unpaired surrogate was found)',
      },
    ]);
    const paired = await app.gql(createAgency, { input: { code: 'X-4', name: 'Rocket 🚀 office' } }, admin);
    expect(paired.data).toMatchObject({ createAgency: { __typename: 'CreateAgencyPayload' } });
  });

  it('leaves other control characters alone (they are valid text)', async () => {
    const res = await app.gql(createAgency, { input: { code: 'X-2', name: 'tab\there\u202e' } }, admin);
    expect(res.data).toMatchObject({ createAgency: { __typename: 'CreateAgencyPayload' } });
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

describe('dates outside the years 1900–2999', () => {
  it('are refused while coercing input (year 0 broke PostgreSQL), for Date and DateTime, variables and literals; nothing is written', async () => {
    const me = await app.token('EMPLOYEE', 'GSA', { subject: 'fuzz-regression-year0' });
    const created = await app.gql(
      `mutation { createMyProfile(input: { givenName: "Ada", familyName: "Year" }) { __typename } }`,
      undefined,
      me,
    );
    expect(created.data).toEqual({ createMyProfile: { __typename: 'CreateMyProfilePayload' } });

    const update = await app.gql(
      `mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { __typename } }`,
      { input: { availableFrom: '0000-01-01' } },
      me,
    );
    // Refused before execution, as the scalar's other refusals are (a variable: HTTP 400).
    expect(update.status).toBe(400);
    expect(update.data ?? null).toBeNull();
    expect(update.errors?.[0]?.message).toContain('Date must be in the years 1900–2999');
    expect((await db.prisma.profile.findUnique({ where: { subject: 'fuzz-regression-year0' } }))?.availableFrom).toBeNull();

    const filter = await app.gql(`{ openings(first: 5, filter: { startFrom: "0000-06-30" }) { totalCount } }`, undefined, me);
    expect(filter.errors).toMatchObject([
      { message: 'Date must be in the years 1900–2999', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);

    // 1900-01-01T00:00+01:00 is 31 December 1899 in UTC.
    const manager = await app.token('HIRING_MANAGER', 'GSA');
    const deadline = await app.gql(
      `mutation { createOpening(input: { title: "T", description: "D", programType: GIG, startDate: "2030-01-01", durationWeeks: 4, commitmentPercent: 20, applicationDeadline: "1900-01-01T00:00:00+01:00" }) { __typename } }`,
      undefined,
      manager,
    );
    expect(deadline.errors).toMatchObject([
      { message: 'DateTime must be in the years 1900–2999', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);

    const edges = await app.gql(
      `{ openings(first: 5, filter: { startFrom: "1900-01-01", startTo: "2999-12-31" }) { totalCount } }`,
      undefined,
      me,
    );
    expect(edges.errors).toBeUndefined();
  });

  it('keeps date arithmetic in range: mobility figures for a period ending 9999-12-31 failed in Prisma (year 10000)', async () => {
    const hr = await app.token('HR_SPECIALIST', 'GSA');
    const far = await app.gql(`{ mobilityFigures(from: "9990-01-01", to: "9999-12-31") { __typename } }`, undefined, hr);
    expect(far.errors?.length).toBeGreaterThan(0);
    for (const e of far.errors ?? []) expect(e.message).toContain('Date must be in the years 1900–2999');
    const last = await app.gql(`{ mobilityFigures(from: "2990-01-01", to: "2999-12-31") { __typename } }`, undefined, hr);
    expect(last.errors).toBeUndefined();
    expect(last.data).toEqual({ mobilityFigures: { __typename: 'MobilityFigures' } });
  });
});

describe("Pothos' own argument checks", () => {
  it('answer a malformed global ID or cursor with BAD_USER_INPUT, like any other bad input', async () => {
    const id = await app.gql('{ node(id: "bm9wZQ") { id } }');
    expect(id.errors).toMatchObject([
      { path: ['node'], message: 'Invalid global ID: bm9wZQ', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
    const cursor = await app.gql('{ agencies(first: 1, after: "%%%") { totalCount } }');
    expect(cursor.errors).toMatchObject([{ path: ['agencies'], extensions: { code: 'BAD_USER_INPUT' } }]);
  });
});
