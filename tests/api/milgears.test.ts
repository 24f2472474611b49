/**
 * MilGears import on real data: the full O*NET 29.0 release and the military crosswalk from
 * ../shared/data, then proposals for a Navy IT rating and a civilian occupation, accepted with
 * the person's own levels and MILITARY evidence.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AcceptSkillProposalsDocument,
  MyProfileDocument,
  SkillProposalsDocument,
  UpsertProfileDocument,
} from '../../schema/generated/graphql.js';
import { runImport } from '../../src/import/index.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies } from '../helpers/fixtures.js';
import { sharedData } from '../helpers/shared-data.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, '../fixtures/import');

let db: TestDatabase;
let app: TestApp;
let sailor: string;

beforeAll(async () => {
  db = await createPostgresDatabase();
  await insertAgencies(db.prisma);
  await runImport('onet', sharedData('onet-29.0'), db);
  await runImport('military', sharedData('military', 'moc-to-onet-lossy.tsv'), db);
  await runImport('esco', path.join(fixtures, 'esco-1.1.1'), db);
  app = await createTestApp(db);
  const hr = await app.token('HR_SPECIALIST', 'NASA');
  await app.gql(
    UpsertProfileDocument,
    { input: { externalId: 'N-77', subject: 'sailor', givenName: 'Dana', familyName: 'Reyes' } },
    hr,
  );
  sailor = await app.token('EMPLOYEE', 'NASA', { subject: 'sailor' });
}, 120_000);
afterAll(() => db?.destroy());

describe('skill proposals', () => {
  it('proposes skills for the Navy IT rating from its crosswalked O*NET occupations', async () => {
    const res = await app.gql(SkillProposalsDocument, { source: { militaryCode: 'IT' } }, sailor);
    expect(res.errors).toBeUndefined();
    const r = res.data!.skillProposals;
    expect(r.occupations.map((o) => o.code)).toEqual(expect.arrayContaining(['15-1244.00']));
    expect(r.proposals.length).toBeGreaterThan(10);
    const names = r.proposals.map((p) => p.skill.name);
    // Network and Computer Systems Administrators rate these as important in O*NET 29.0.
    expect(names).toEqual(expect.arrayContaining(['Computers and Electronics', 'Critical Thinking']));
    for (const p of r.proposals) {
      expect(p.level).toBeGreaterThanOrEqual(1);
      expect(p.level).toBeLessThanOrEqual(5);
      expect(p.currentLevel).toBeNull();
    }
  });

  it('answers the same proposals every time (deterministic)', async () => {
    const a = await app.gql(SkillProposalsDocument, { source: { militaryCode: 'IT' } }, sailor);
    const b = await app.gql(SkillProposalsDocument, { source: { militaryCode: 'it' } }, sailor);
    expect(b.data).toEqual(a.data);
  });

  it('proposes from an ESCO occupation by essential and optional skills', async () => {
    const res = await app.gql(
      SkillProposalsDocument,
      {
        source: {
          occupationScheme: 'ESCO',
          occupationCode: 'http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30',
        },
      },
      sailor,
    );
    expect(res.data!.skillProposals.description).toMatch(/data scientist/);
    expect(res.data!.skillProposals.proposals.map((p) => [p.level, p.reason])).toEqual([
      [3, 'essential skill of the occupation'],
      [2, 'optional skill of the occupation'],
    ]);
  });

  it('refuses unknown codes and ambiguous sources', async () => {
    const unknown = await app.gql(SkillProposalsDocument, { source: { militaryCode: 'ZZ9' } }, sailor);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const both = await app.gql(
      SkillProposalsDocument,
      { source: { militaryCode: 'IT', occupationScheme: 'ONET_SOC', occupationCode: '15-1244.00' } },
      sailor,
    );
    expect(both.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const anon = await app.gql(SkillProposalsDocument, { source: { militaryCode: 'IT' } });
    expect(anon.data?.skillProposals ?? null).toBeNull();
  });

  it('adds the accepted proposals at the chosen levels with MILITARY evidence; refuses unproposed skills', async () => {
    const { proposals } = (await app.gql(SkillProposalsDocument, { source: { militaryCode: 'IT' } }, sailor)).data!
      .skillProposals;
    const [first, second] = proposals;
    const bogus = await app.gql(
      AcceptSkillProposalsDocument,
      {
        input: {
          source: { militaryCode: 'IT' },
          skills: [
            { skill: first!.skill.id, level: 4 },
            { skill: (await otherSkillId())!, level: 2 },
          ],
        },
      },
      sailor,
    );
    expect(bogus.data!.acceptSkillProposals).toMatchObject({
      __typename: 'ValidationError',
      problems: [{ path: ['input', 'skills', '1', 'skill'] }],
    });
    expect(await db.prisma.profileSkill.count()).toBe(0);

    const ok = await app.gql(
      AcceptSkillProposalsDocument,
      {
        input: {
          source: { militaryCode: 'IT' },
          skills: [
            { skill: first!.skill.id, level: 4 },
            { skill: second!.skill.id, level: second!.level },
          ],
        },
      },
      sailor,
    );
    expect(ok.data!.acceptSkillProposals.__typename).toBe('AcceptSkillProposalsPayload');
    const me = (await app.gql(MyProfileDocument, {}, sailor)).data!.viewer!.profile!;
    expect(me.skills).toHaveLength(2);
    const accepted = me.skills.find((s) => s.skill.id === first!.skill.id)!;
    expect(accepted.level).toBe(4);
    expect(accepted.evidence).toEqual([
      expect.objectContaining({ source: 'MILITARY', title: expect.stringMatching(/^Military service: IT: /) }),
    ]);
    const again = (await app.gql(SkillProposalsDocument, { source: { militaryCode: 'IT' } }, sailor)).data!.skillProposals
      .proposals;
    expect(again.find((p) => p.skill.id === first!.skill.id)!.currentLevel).toBe(4);
  });
});

async function otherSkillId() {
  const s = await db.prisma.skill.findFirst({ where: { scheme: 'ESCO' } });
  const { encodeGlobalID } = await import('@pothos/plugin-relay');
  return s ? encodeGlobalID('Skill', s.id) : null;
}
