/**
 * The importers on the hand-written fixtures against real databases (PostgreSQL server and PGlite):
 * what they write, that a second run writes nothing, and that a changed row is the only one updated.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skillSearchText } from '../../src/modules/openings/search-text.js';
import { importEsco, importMilitary, importOnet, type ImportReport } from '../../src/import/index.js';
import { UNKNOWN_ONET_REASON } from '../../src/import/military.js';
import { onetAttribution } from '../../src/import/releases.js';
import { createPgliteDatabase, createPostgresDatabase, type TestDatabase } from '../helpers/db.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const ONET = path.join(FIXTURES, 'onet-29.0');
const ESCO = path.join(FIXTURES, 'esco-1.1.1');
const LOSSY = path.join(FIXTURES, 'military/moc-to-onet-lossy.tsv');
const MILX = path.join(FIXTURES, 'military/milx-sample.csv');

/** Every row of every taxonomy table with its timestamps, hashed per table, plus counts. */
async function snapshot(db: TestDatabase) {
  const tables: Record<string, string> = {
    TaxonomyRelease: `id::text || "updatedAt"::text || "importedAt"::text`,
    Skill: `id::text || "updatedAt"::text`,
    Occupation: `id::text || "updatedAt"::text`,
    OccupationSkill: `"occupationId"::text || "skillId"::text || "updatedAt"::text`,
    SkillHierarchy: `"broaderId"::text || "narrowerId"::text || "createdAt"::text`,
    SkillRelation: `"fromId"::text || "toId"::text || kind::text || "createdAt"::text`,
    MilitaryOccupation: `id::text || "updatedAt"::text`,
    MilitaryCrosswalk: `"militaryOccupationId"::text || "occupationId"::text || "createdAt"::text`,
  };
  const out: Record<string, { n: number; hash: string | null }> = {};
  for (const [table, row] of Object.entries(tables)) {
    const [r] = await db.exec.query<{ n: number; hash: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(${row}, ',' ORDER BY ${row})) AS hash FROM "${table}"`,
    );
    out[table] = r!;
  }
  return out;
}

const created = (r: ImportReport, table: string) => r.tables.get(table)?.created;

describe.each([
  ['PostgreSQL', createPostgresDatabase],
  ['PGlite', createPgliteDatabase],
] as const)('taxonomy import on %s', (_name, create) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await create();
  });
  afterAll(() => db?.destroy());

  it('imports the crosswalk before O*NET without links, saying to import O*NET first', async () => {
    const report = await importMilitary(db, LOSSY);
    expect(created(report, 'MilitaryOccupation')).toBe(5);
    expect(report.tables.get('MilitaryCrosswalk')).toEqual({ created: 0, updated: 0, unchanged: 0, notInSource: 0 });
    expect(report.skippedFor(UNKNOWN_ONET_REASON)).toBe(5);
    expect(report.notes.join('\n')).toMatch(/npm run import -- onet DIR` first/);
  });

  it('imports O*NET: occupations, skills with hierarchy, ratings, technology, releases', async () => {
    const report = await importOnet(db, ONET);
    expect(Object.fromEntries([...report.tables].map(([t, c]) => [t, c.created]))).toEqual({
      'Occupation (ONET_SOC)': 5,
      'Skill (ONET)': 18,
      'Skill (ONET_TECH)': 8,
      SkillHierarchy: 16,
      OccupationSkill: 12,
      TaxonomyRelease: 2,
    });
    expect(report.skippedFor('Not Relevant = Y')).toBe(1);
    expect(report.skippedFor('Recommend Suppress = Y')).toBe(1);

    const programming = await db.prisma.skill.findUniqueOrThrow({
      where: { scheme_code: { scheme: 'ONET', code: '2.B.3.e' } },
      include: { broaderLinks: { include: { broader: true } } },
    });
    expect(programming).toMatchObject({ name: 'Programming', kind: 'SKILL', searchText: skillSearchText('Programming', []) });
    expect(programming.broaderLinks.map((l) => l.broader.code)).toEqual(['2.B.3']);

    const ceo = await db.prisma.occupation.findUniqueOrThrow({
      where: { scheme_code: { scheme: 'ONET_SOC', code: '11-1011.00' } },
      include: { skills: { include: { skill: true } } },
    });
    const ratings = Object.fromEntries(ceo.skills.map((s) => [s.skill.code, [s.importance, s.level, s.hot, s.inDemand]]));
    expect(ceo.altLabels).toEqual([]);
    const developers = await db.prisma.occupation.findUniqueOrThrow({
      where: { scheme_code: { scheme: 'ONET_SOC', code: '15-1252.00' } },
    });
    expect(developers.altLabels).toEqual(['Software Engineer', 'Programmer']);
    expect(ratings).toEqual({
      '2.A.1.a': [4.12, 4.62, false, false],
      '2.B.3.e': [1.25, null, false, false],
      '2.C.3.a': [3.2, 3.9, false, false],
      '43232110|Microsoft Excel': [null, null, false, false],
    });

    const python = await db.prisma.skill.findUniqueOrThrow({
      where: { scheme_code: { scheme: 'ONET_TECH', code: '43232405|Python' } },
      include: { broaderLinks: { include: { broader: true } }, occupations: { include: { occupation: true } } },
    });
    expect(python).toMatchObject({ name: 'Python', kind: 'TECHNOLOGY' });
    expect(python.broaderLinks.map((l) => [l.broader.code, l.broader.name, l.broader.kind])).toEqual([
      ['43232405', 'Object or component oriented development software', 'TECHNOLOGY'],
    ]);
    expect(python.occupations.map((o) => [o.occupation.code, o.hot, o.inDemand]).sort()).toEqual([
      ['15-1252.00', true, true],
      ['15-2051.00', true, false],
    ]);

    const release = await db.prisma.taxonomyRelease.findUniqueOrThrow({
      where: { scheme_version: { scheme: 'ONET', version: '29.0' } },
    });
    expect(release).toMatchObject({ title: 'O*NET 29.0 Database', licence: 'CC BY 4.0', attribution: onetAttribution('29.0') });
  });

  it('imports ESCO: skills and groups, hierarchy, relations, occupations, essential/optional', async () => {
    const report = await importEsco(db, ESCO);
    expect(Object.fromEntries([...report.tables].map(([t, c]) => [t, c.created]))).toEqual({
      'Skill (ESCO)': 12,
      SkillHierarchy: 7,
      SkillRelation: 3,
      'Occupation (ESCO)': 2,
      OccupationSkill: 5,
      TaxonomyRelease: 1,
    });
    const E = 'http://data.europa.eu/esco/';
    const python = await db.prisma.skill.findUniqueOrThrow({
      where: { scheme_code: { scheme: 'ESCO', code: `${E}skill/ccd0a1d9-afda-43d9-b901-96344886e14d` } },
      include: { broaderLinks: { include: { broader: true } } },
    });
    expect(python).toMatchObject({
      name: 'Python (computer programming)',
      kind: 'KNOWLEDGE',
      altLabels: ['Python3', 'Python'],
      collections: ['digital'],
      searchText: skillSearchText('Python (computer programming)', ['Python3', 'Python']),
    });
    expect(python.broaderLinks.map((l) => l.broader.name).sort()).toEqual([
      'computer programming',
      'software and applications development and analysis',
    ]);

    const languages = await db.prisma.skill.findMany({ where: { scheme: 'ESCO', kind: 'LANGUAGE' }, orderBy: { name: 'asc' } });
    expect(languages.map((s) => s.name)).toEqual(['Hungarian', 'write Hungarian']);

    const essential = await db.prisma.skillRelation.findFirstOrThrow({
      where: { kind: 'ESSENTIAL_FOR' },
      include: { from: true, to: true },
    });
    expect([essential.from.name, essential.to.name]).toEqual(['marketing principles', 'plan marketing strategy']);

    const developer = await db.prisma.occupation.findUniqueOrThrow({
      where: { scheme_code: { scheme: 'ESCO', code: `${E}occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1` } },
      include: { skills: { include: { skill: true } } },
    });
    expect(developer.altLabels).toEqual(['programmer']);
    expect(developer.skills.map((s) => [s.skill.name, s.essential]).sort()).toEqual([
      ['ICT safety', true],
      ['Python (computer programming)', false],
      ['computer programming', true],
    ]);
    const release = await db.prisma.taxonomyRelease.findUniqueOrThrow({
      where: { scheme_version: { scheme: 'ESCO', version: '1.1.1' } },
    });
    expect(release.attribution).toBe('This service uses the ESCO classification of the European Commission.');
  });

  it('links the crosswalk once O*NET is in, from both layouts', async () => {
    const lossy = await importMilitary(db, LOSSY);
    expect(lossy.tables.get('MilitaryOccupation')).toMatchObject({ created: 0, unchanged: 5 });
    expect(created(lossy, 'MilitaryCrosswalk')).toBe(4);
    // 11-9111.00 is not in the fixture's O*NET occupations.
    expect(lossy.skippedFor(UNKNOWN_ONET_REASON)).toBe(1);

    const milx = await importMilitary(db, MILX);
    expect(created(milx, 'MilitaryOccupation')).toBe(7);
    expect(created(milx, 'MilitaryCrosswalk')).toBe(7);
    expect(milx.skippedFor(UNKNOWN_ONET_REASON)).toBe(1);
    // The lossy file's UNSPECIFIED codes and links are not "missing" from an official file.
    expect(milx.tables.get('MilitaryOccupation')!.notInSource).toBe(0);
    expect(milx.tables.get('MilitaryCrosswalk')!.notInSource).toBe(0);

    const it25b = await db.prisma.militaryOccupation.findUniqueOrThrow({
      where: { branch_code: { branch: 'ARMY', code: '25B' } },
      include: { occupations: { include: { occupation: true } } },
    });
    expect(it25b.occupations.map((o) => o.occupation.code).sort()).toEqual(['11-1011.00', '15-1211.00', '15-1252.00']);
    const releases = await db.prisma.taxonomyRelease.findMany({
      where: { version: { startsWith: 'military-crosswalk:' } },
      orderBy: { version: 'asc' },
    });
    expect(releases.map((r) => [r.scheme, r.version, r.attribution])).toEqual([
      ['ONET', 'military-crosswalk:milx-sample', onetAttribution('29.0')],
      ['ONET', 'military-crosswalk:moc-to-onet-lossy', onetAttribution('29.0')],
    ]);
  });

  it('changes nothing on a second run: same rows, same timestamps', async () => {
    const before = await snapshot(db);
    expect(before.Skill!.n).toBe(18 + 8 + 12);
    const reports = [
      await importOnet(db, ONET),
      await importEsco(db, ESCO),
      await importMilitary(db, LOSSY),
      await importMilitary(db, MILX),
    ];
    for (const r of reports) expect(r.changedNothing, r.source).toBe(true);
    expect(reports[0]!.tables.get('OccupationSkill')).toEqual({ created: 0, updated: 0, unchanged: 12, notInSource: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('updates only the rows that differ from the source', async () => {
    await db.exec.query(
      `UPDATE "Skill" SET name = 'Old name', "updatedAt" = '2000-01-01' WHERE scheme = 'ONET' AND code = '2.B.3.e'`,
    );
    await db.exec.query(
      `UPDATE "OccupationSkill" SET importance = 1 WHERE "skillId" = (SELECT id FROM "Skill" WHERE scheme = 'ONET' AND code = '2.A.1.a')
         AND "occupationId" = (SELECT id FROM "Occupation" WHERE scheme = 'ONET_SOC' AND code = '11-1011.00')`,
    );
    const before = await db.prisma.skill.findMany({ where: { scheme: 'ONET' }, select: { code: true, updatedAt: true } });

    // A skill the source does not have (an older release's, say) is counted and kept, not deleted.
    await db.prisma.skill.create({
      data: { scheme: 'ONET', code: '2.B.9', name: 'Retired element', kind: 'SKILL', altLabels: [], searchText: '' },
    });

    const report = await importOnet(db, ONET);
    expect(report.tables.get('Skill (ONET)')).toEqual({ created: 0, updated: 1, unchanged: 17, notInSource: 1 });
    expect(await db.prisma.skill.count({ where: { scheme: 'ONET', code: '2.B.9' } })).toBe(1);
    expect(report.tables.get('OccupationSkill')).toMatchObject({ created: 0, updated: 1, unchanged: 11 });

    const after = await db.prisma.skill.findMany({
      where: { scheme: 'ONET' },
      select: { code: true, name: true, updatedAt: true },
    });
    for (const s of after.filter((a) => a.code !== '2.B.9')) {
      const old = before.find((b) => b.code === s.code)!;
      if (s.code === '2.B.3.e') {
        expect(s.name).toBe('Programming');
        expect(s.updatedAt.getTime()).toBeGreaterThan(old.updatedAt.getTime());
      } else {
        expect(s.updatedAt).toEqual(old.updatedAt);
      }
    }
  });
});
