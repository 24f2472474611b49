/**
 * SQL statements per request do not grow with the page or the record (no N+1): the same query
 * over a small and a large page of openings, and over a profile with few and with many skills,
 * sends the same number of statements. Counted with the Prisma client's query events (every
 * statement the client sends, raw SQL included), on a client of the test database built here
 * with `log: query` and handed to the real app.
 */
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '@prisma/client';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies, insertSkills } from '../helpers/fixtures.js';

let db: TestDatabase;
let pool: pg.Pool;
let counted: PrismaClient;
let app: TestApp;
let ag: Awaited<ReturnType<typeof insertAgencies>>;
let sk: Awaited<ReturnType<typeof insertSkills>>;
let statements: string[] | null = null;

beforeAll(async () => {
  db = await createPostgresDatabase();
  ag = await insertAgencies(db.prisma);
  sk = await insertSkills(db.prisma);
  pool = new pg.Pool({ connectionString: db.url, max: 4 });
  const client = new PrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: 'event' as const, level: 'query' as const }] });
  client.$on('query', (e) => statements?.push(e.query));
  counted = client as unknown as PrismaClient;
  app = await createTestApp({ ...db, prisma: counted });
});
afterAll(async () => {
  await counted?.$disconnect();
  await pool?.end();
  await db?.destroy();
});

/** Runs one request and returns the SQL statements it sent, after checking it succeeded. */
async function statementsOf(query: string, variables: Record<string, unknown>, token: string) {
  statements = [];
  const res = await app.gql<Record<string, unknown>, Record<string, unknown>>(query, variables, token);
  const sent = statements;
  statements = null;
  expect(res.errors).toBeUndefined();
  return { data: res.data!, sent };
}

const DAY = 86_400_000;
const allSkills = () => Object.values(sk);

async function insertOpenings(n: number, prefix: string) {
  const hosts = [ag.nasa, ag.gsa, ag.noaa, ag.census];
  const rows: Prisma.OpeningCreateManyInput[] = [];
  const links: Prisma.OpeningSkillCreateManyInput[] = [];
  for (let i = 0; i < n; i++) {
    const id = randomUUID();
    rows.push({
      id,
      hostAgencyId: hosts[i % hosts.length]!.id,
      externalId: `${prefix}-${i}`,
      title: `Opening ${prefix} ${i}`,
      description: 'Statement counting',
      programType: 'GIG',
      status: 'OPEN',
      commitmentPercent: 20,
      startDate: new Date(Date.now() + 60 * DAY),
      durationWeeks: 8,
      applicationDeadline: new Date(Date.now() + 30 * DAY),
      slots: 1,
      remoteMode: 'REMOTE',
      createdBySubject: 'statements',
      publishedAt: new Date(),
      listedAt: new Date(Date.now() - i * 1000),
      searchText: ` opening ${prefix} ${i} `,
    });
    // 1–4 skills each: the page's skill count varies with the page.
    for (const [k, s] of allSkills()
      .slice(0, 1 + (i % 4))
      .entries())
      links.push({ openingId: id, skillId: s.id, minLevel: 2, weight: 1 + k, required: k === 0 });
  }
  await db.prisma.opening.createMany({ data: rows });
  await db.prisma.openingSkill.createMany({ data: links });
}

async function insertPerson(subject: string, skills: number, evidencePerSkill: number) {
  await db.prisma.profile.create({
    data: {
      agencyId: ag.nasa.id,
      externalId: subject.toUpperCase(),
      subject,
      givenName: 'Stat',
      familyName: subject,
      skills: {
        create: allSkills()
          .slice(0, skills)
          .map((s, i) => ({
            skillId: s.id,
            level: 1 + (i % 5),
            evidence: {
              create: Array.from({ length: evidencePerSkill }, (_, k) => ({
                source: 'EXPERIENCE' as const,
                title: `${subject} ${i}.${k}`,
              })),
            },
          })),
      },
    },
  });
}

const OPENINGS = `query Page($first: Int!) {
  openings(first: $first) {
    totalCount
    edges { node { id title hostAgency { abbreviation name } skills { minLevel weight required skill { id name } } } }
  }
}`;

const MY_PROFILE = `query Mine {
  viewer { profile { givenName skills { level skill { name scheme } evidence { source title } } } }
}`;

describe('SQL statements per request do not grow with the data (no N+1)', () => {
  it('openings(first: N) with host agency and skills: the same count for 2 and 12 openings', async () => {
    await insertOpenings(12, 'stmt');
    const token = await app.token('EMPLOYEE', 'GSA', { subject: 'stmt-browser' });
    // Warm (per-process caches, if any, are not what this counts).
    await statementsOf(OPENINGS, { first: 2 }, token);
    const small = await statementsOf(OPENINGS, { first: 2 }, token);
    const large = await statementsOf(OPENINGS, { first: 12 }, token);
    const edges = (r: typeof small) => (r.data.openings as { edges: { node: { skills: unknown[] } }[] }).edges;
    expect(edges(small)).toHaveLength(2);
    expect(edges(large)).toHaveLength(12);
    expect(edges(large).reduce((s, e) => s + e.node.skills.length, 0)).toBeGreaterThan(12);
    expect(large.sent.length, `2 openings:\n${small.sent.join('\n')}\n\n12 openings:\n${large.sent.join('\n')}`).toBe(
      small.sent.length,
    );
  });

  it('viewer.profile with skills and evidence: the same count for 1 skill and 6 skills with 3 evidence each', async () => {
    await insertPerson('stmt-few', 1, 1);
    await insertPerson('stmt-many', 6, 3);
    const few = await app.token('EMPLOYEE', 'NASA', { subject: 'stmt-few' });
    const many = await app.token('EMPLOYEE', 'NASA', { subject: 'stmt-many' });
    await statementsOf(MY_PROFILE, {}, few);
    const a = await statementsOf(MY_PROFILE, {}, few);
    const b = await statementsOf(MY_PROFILE, {}, many);
    type Mine = { viewer: { profile: { skills: { evidence: unknown[] }[] } } };
    expect((a.data as Mine).viewer.profile.skills.map((s) => s.evidence.length)).toEqual([1]);
    expect((b.data as Mine).viewer.profile.skills.map((s) => s.evidence.length)).toEqual([3, 3, 3, 3, 3, 3]);
    expect(b.sent.length, `1 skill:\n${a.sent.join('\n')}\n\n6 skills:\n${b.sent.join('\n')}`).toBe(a.sent.length);
  });
});
