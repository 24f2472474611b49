/**
 * The O*NET ↔ ESCO bridge importer on the hand-written fixtures against real databases: it needs
 * both taxonomies, writes EQUIVALENT relations from the O*NET skill to the ESCO skill, changes
 * nothing on a second run, removes links a re-derivation drops, leaves other relation kinds
 * alone, and `Skill.equivalents` reads the links from both ends without a query per skill.
 */
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_TABLE, METHOD } from '../../src/import/bridge.js';
import { importBridge, importEsco, importOnet, ImportError } from '../../src/import/index.js';
import { createTestApp } from '../helpers/app.js';
import { createPgliteDatabase, createPostgresDatabase, type TestDatabase } from '../helpers/db.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const E = 'http://data.europa.eu/esco/skill/';
const COMPUTER_PROGRAMMING = `${E}21d2f96d-35f7-4e3f-9745-c533d2dd6e97`;
const PYTHON_ESCO = `${E}ccd0a1d9-afda-43d9-b901-96344886e14d`;

async function equivalences(db: TestDatabase) {
  return db.exec.query<{ from: string; to: string; strength: number; provenance: string; createdAt: string }>(
    `SELECT a.scheme || ' ' || a.code AS from, b.scheme || ' ' || b.code AS to, r.strength, r.provenance, r."createdAt"::text AS "createdAt"
     FROM "SkillRelation" r JOIN "Skill" a ON a.id = r."fromId" JOIN "Skill" b ON b.id = r."toId"
     WHERE r.kind = 'EQUIVALENT' ORDER BY 1, 2`,
  );
}

const SKILL_EQUIVALENTS = /* GraphQL */ `
  query SkillEquivalents($scheme: SkillScheme!, $code: String!) {
    skill(scheme: $scheme, code: $code) {
      name
      related {
        name
      }
      equivalents {
        strength
        provenance
        skill {
          scheme
          code
          name
          equivalents {
            skill {
              code
            }
          }
        }
      }
    }
  }
`;

interface SkillEquivalentsResult {
  skill: {
    name: string;
    related: { name: string }[];
    equivalents: {
      strength: number;
      provenance: string | null;
      skill: { scheme: string; code: string; name: string; equivalents: { skill: { code: string } }[] };
    }[];
  } | null;
}

describe.each([
  ['PostgreSQL', createPostgresDatabase],
  ['PGlite', createPgliteDatabase],
] as const)('skill bridge import on %s', (name, create) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await create();
  });
  afterAll(() => db?.destroy());

  it('refuses to run before both taxonomies are imported, naming what is missing', async () => {
    await expect(importBridge(db)).rejects.toThrow(ImportError);
    await expect(importBridge(db)).rejects.toThrow(/O\*NET \(npm run import -- onet DIR\) nor ESCO/);
    await importOnet(db, path.join(FIXTURES, 'onet-29.0'));
    await expect(importBridge(db)).rejects.toThrow(/no occupations of ESCO \(npm run import -- esco DIR\): import them first/);
    await importEsco(db, path.join(FIXTURES, 'esco-1.1.1'));
  });

  it('writes EQUIVALENT links from the O*NET skill to the ESCO skill, with strength and provenance', async () => {
    const report = await importBridge(db);
    expect(report.tables.get(BRIDGE_TABLE)).toEqual({ created: 2, updated: 0, unchanged: 0, notInSource: 0, deleted: 0 });
    expect(report.notes.join('\n')).toMatch(
      /bridge\/2: 2 twin occupation pairs; 2 links between 2 of \d+ O\*NET skills and 2 of \d+ ESCO skills/,
    );
    const links = await equivalences(db);
    expect(links.map((l) => [l.from, l.to])).toEqual([
      ['ONET 2.B.3.e', `ESCO ${COMPUTER_PROGRAMMING}`],
      ['ONET_TECH 43232405|Python', `ESCO ${PYTHON_ESCO}`],
    ]);
    for (const l of links) {
      expect(l.strength).toBeGreaterThan(0);
      expect(l.strength).toBeLessThanOrEqual(1);
      expect(l.provenance).toMatch(
        new RegExp(`^${METHOD} text=\\d\\.\\d\\d cooc=(none|\\d\\.\\d\\d) (gain=\\d\\.\\d\\d )?twins=\\d+/\\d+/\\d+ of 2$`),
      );
    }
  });

  it('changes nothing on a second run', async () => {
    const before = await equivalences(db);
    const report = await importBridge(db);
    expect(report.changedNothing).toBe(true);
    expect(report.tables.get(BRIDGE_TABLE)).toEqual({ created: 0, updated: 0, unchanged: 2, notInSource: 0, deleted: 0 });
    expect(await equivalences(db)).toEqual(before);
  });

  it('removes links a re-derivation no longer gives, and adds them back when it does', async () => {
    const stricter = await importBridge(db, { bridge: { threshold: 0.45 } });
    expect(stricter.tables.get(BRIDGE_TABLE)).toEqual({ created: 0, updated: 0, unchanged: 1, notInSource: 0, deleted: 1 });
    expect(stricter.changedNothing).toBe(false);
    expect((await equivalences(db)).map((l) => l.from)).toEqual(['ONET 2.B.3.e']);
    const again = await importBridge(db);
    expect(again.tables.get(BRIDGE_TABLE)).toMatchObject({ created: 1, unchanged: 1, deleted: 0 });
  });

  it('leaves other relation kinds alone, including one on a pair the bridge would link', async () => {
    const programming = await db.prisma.skill.findUniqueOrThrow({ where: { scheme_code: { scheme: 'ONET', code: '2.B.3.e' } } });
    const cp = await db.prisma.skill.findUniqueOrThrow({
      where: { scheme_code: { scheme: 'ESCO', code: COMPUTER_PROGRAMMING } },
    });
    const escoRelations = await db.prisma.skillRelation.count({ where: { kind: { not: 'EQUIVALENT' } } });
    await db.prisma.skillRelation.delete({ where: { fromId_toId: { fromId: programming.id, toId: cp.id } } });
    await db.prisma.skillRelation.create({ data: { fromId: programming.id, toId: cp.id, kind: 'RELATED' } });

    const report = await importBridge(db);
    expect(report.skippedFor('pair already linked by another relation kind (kept as it is)')).toBe(1);
    expect(report.tables.get(BRIDGE_TABLE)).toMatchObject({ created: 0, unchanged: 1, deleted: 0 });
    const kept = await db.prisma.skillRelation.findUniqueOrThrow({
      where: { fromId_toId: { fromId: programming.id, toId: cp.id } },
    });
    expect(kept).toMatchObject({ kind: 'RELATED', strength: null, provenance: null });
    expect(await db.prisma.skillRelation.count({ where: { kind: { not: 'EQUIVALENT' } } })).toBe(escoRelations + 1);

    await db.prisma.skillRelation.delete({ where: { fromId_toId: { fromId: programming.id, toId: cp.id } } });
    expect((await importBridge(db)).tables.get(BRIDGE_TABLE)).toMatchObject({ created: 1, unchanged: 1 });
  });

  it('Skill.equivalents reads the link from both ends, strongest first; related leaves it out', async () => {
    const app = await createTestApp(db);
    const onet = await app.gql<SkillEquivalentsResult, object>(SKILL_EQUIVALENTS, { scheme: 'ONET', code: '2.B.3.e' });
    expect(onet.errors).toBeUndefined();
    const [link] = onet.data!.skill!.equivalents;
    expect(onet.data!.skill!.equivalents).toHaveLength(1);
    expect(link!.skill).toMatchObject({ scheme: 'ESCO', code: COMPUTER_PROGRAMMING, name: 'computer programming' });
    expect(link!.skill.equivalents.map((e) => e.skill.code)).toEqual(['2.B.3.e']);
    expect(link!.provenance).toMatch(/^bridge\/2 text=/);
    const [stored] = (await equivalences(db)).filter((l) => l.from === 'ONET 2.B.3.e');
    expect(link!.strength).toBe(stored!.strength);

    const esco = await app.gql<SkillEquivalentsResult, object>(SKILL_EQUIVALENTS, { scheme: 'ESCO', code: COMPUTER_PROGRAMMING });
    expect(esco.data!.skill!.equivalents.map((e) => [e.skill.scheme, e.skill.name])).toEqual([['ONET', 'Programming']]);
    expect(esco.data!.skill!.related.map((s) => s.name)).not.toContain('Programming');

    const none = await app.gql<SkillEquivalentsResult, object>(SKILL_EQUIVALENTS, { scheme: 'ONET', code: '2.A.1.e' });
    expect(none.data!.skill).toMatchObject({ name: 'Mathematics', equivalents: [] });
  });

  // Counted through a client of its own on the server (PGlite has one connection): defined for PostgreSQL only.
  if (name === 'PostgreSQL')
    it('loads equivalents for a page of skills in a fixed number of queries (no N+1)', async () => {
      const prisma = new PrismaClient({
        adapter: new PrismaPg({ connectionString: db.url! }),
        log: [{ emit: 'event', level: 'query' }],
      });
      let queries = 0;
      prisma.$on('query', () => {
        queries += 1;
      });
      try {
        const app = await createTestApp({ ...db, prisma });
        const page = /* GraphQL */ `
          query Page($first: Int!) {
            skills(first: $first, filter: { schemes: [ONET, ONET_TECH, ESCO] }) {
              nodes {
                name
                equivalents {
                  strength
                  skill {
                    name
                  }
                }
              }
            }
          }
        `;
        const count = async (first: number) => {
          queries = 0;
          const res = await app.gql<{ skills: { nodes: { equivalents: unknown[] }[] } }, object>(page, { first });
          expect(res.errors).toBeUndefined();
          return { queries, linked: res.data!.skills.nodes.filter((n) => n.equivalents.length).length };
        };
        const small = await count(1);
        const large = await count(30);
        expect(large.linked).toBeGreaterThanOrEqual(2);
        expect(large.queries).toBe(small.queries);
      } finally {
        await prisma.$disconnect();
      }
    });
});
