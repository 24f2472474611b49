/**
 * Profiles through the API: HR creates people by employee ID, the person manages their skills
 * and evidence, every role sees what it may (redaction), outside views are logged, bad input is
 * a typed error that changes nothing, and every change is audited.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddMyEducationDocument,
  AddMySkillDocument,
  CreateMyProfileDocument,
  MyProfileDocument,
  ProfileByEmployeeIdDocument,
  ProfileNodeDocument,
  RemoveMySkillDocument,
  UpdateMyProfileDocument,
  UpdateMySkillDocument,
  UpsertProfileDocument,
} from '../../schema/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies, insertSkills } from '../helpers/fixtures.js';

let db: TestDatabase;
let app: TestApp;
let sk: Awaited<ReturnType<typeof insertSkills>>;
const tok: Record<string, string> = {};
let aliceId = '';

const skillId = (id: string) => encodeGlobalID('Skill', id);

async function dbState() {
  return {
    profiles: await db.prisma.profile.findMany({ orderBy: { id: 'asc' } }),
    skills: await db.prisma.profileSkill.findMany({ orderBy: { id: 'asc' } }),
    evidence: await db.prisma.skillEvidence.count(),
    education: await db.prisma.education.count(),
    audit: await db.prisma.auditEvent.count(),
  };
}

beforeAll(async () => {
  db = await createPostgresDatabase();
  await insertAgencies(db.prisma);
  sk = await insertSkills(db.prisma);
  app = await createTestApp(db);
  tok.alice = await app.token('EMPLOYEE', 'NASA', { subject: 'alice' });
  tok.bob = await app.token('EMPLOYEE', 'NASA', { subject: 'bob' });
  tok.nasaHr = await app.token('HR_SPECIALIST', 'NASA', { subject: 'nasa-hr' });
  tok.nasaHm = await app.token('HIRING_MANAGER', 'NASA', { subject: 'nasa-hm' });
  tok.gsaHm = await app.token('HIRING_MANAGER', 'GSA', { subject: 'gsa-hm' });
  tok.gsaEmp = await app.token('EMPLOYEE', 'GSA', { subject: 'gsa-emp' });
  tok.gsaHr = await app.token('HR_SPECIALIST', 'GSA', { subject: 'gsa-hr' });
  tok.nasaSyncWrite = await app.token('INTEGRATION', 'NASA', { subject: 'nasa-hris', scopes: ['read', 'write'] });
  tok.nasaSyncRead = await app.token('INTEGRATION', 'NASA', { subject: 'nasa-hris-ro', scopes: ['read'] });
});
afterAll(() => db?.destroy());

describe('HR creates and updates people by employee ID', () => {
  const input = {
    externalId: 'N-1001',
    subject: 'alice',
    givenName: 'Alice',
    familyName: 'Moreno',
    email: 'alice.moreno@nasa.gov',
    grade: 13,
    payPlan: 'GS',
    occupationalSeries: '2210',
  };

  it('creates a person, idempotently', async () => {
    const first = await app.gql(UpsertProfileDocument, { input }, tok.nasaHr);
    expect(first.data!.upsertProfile).toMatchObject({
      __typename: 'UpsertProfilePayload',
      profile: { externalId: 'N-1001', email: 'alice.moreno@nasa.gov' },
    });
    const before = await dbState();
    const again = await app.gql(UpsertProfileDocument, { input }, tok.nasaSyncWrite);
    expect(again.data!.upsertProfile.__typename).toBe('UpsertProfilePayload');
    expect(await dbState()).toEqual(before);
    aliceId = (await db.prisma.profile.findUniqueOrThrow({ where: { subject: 'alice' } })).id;
  });

  it('updates only what changed, and audits it', async () => {
    const res = await app.gql(UpsertProfileDocument, { input: { ...input, grade: 14 } }, tok.nasaSyncWrite);
    expect(res.data!.upsertProfile.__typename).toBe('UpsertProfilePayload');
    const events = await db.prisma.auditEvent.findMany({ where: { entityId: aliceId }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['profile.create', 'profile.update']);
    expect(events[1]).toMatchObject({
      actorSubject: 'nasa-hris',
      before: expect.objectContaining({ grade: 13 }),
      after: expect.objectContaining({ grade: 14 }),
    });
  });

  it('turns concurrent creations of the same new employee into one person, not a server error', async () => {
    const racer = { externalId: 'N-RACE', givenName: 'Rosa', familyName: 'Racer', grade: 12 };
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        app.gql(UpsertProfileDocument, { input: racer }, i % 2 ? tok.nasaHr : tok.nasaSyncWrite),
      ),
    );
    for (const res of results) {
      expect(res.errors).toBeUndefined();
      expect(res.data!.upsertProfile.__typename).toBe('UpsertProfilePayload');
    }
    expect(await db.prisma.profile.count({ where: { externalId: 'N-RACE' } })).toBe(1);
  });

  it('refuses read-only clients, other roles and bad input, changing nothing', async () => {
    const before = await dbState();
    for (const t of [tok.nasaSyncRead, tok.alice, tok.nasaHm]) {
      const res = await app.gql(UpsertProfileDocument, { input: { ...input, externalId: 'N-2000' } }, t);
      // A read-only machine client is stopped before execution (scope gate); people by the field's rule.
      expect(res.data?.upsertProfile.__typename ?? res.errors?.[0]?.extensions?.code).toBe(
        t === tok.nasaSyncRead ? 'FORBIDDEN' : 'ForbiddenError',
      );
    }
    for (const [field, value] of [
      ['externalId', 'N 1'],
      ['grade', 19],
      ['email', 'not-an-email'],
      ['occupationalSeries', '22'],
    ] as const) {
      const bad = await app.gql(UpsertProfileDocument, { input: { ...input, [field]: value } }, tok.nasaHr);
      expect(bad.data!.upsertProfile).toMatchObject({ __typename: 'ValidationError', problems: [{ path: ['input', field] }] });
    }
    // Another agency's HR creates its own person; the subject is already Alice's.
    const clash = await app.gql(UpsertProfileDocument, { input: { ...input, externalId: 'G-1' } }, tok.gsaHr);
    expect(clash.data!.upsertProfile).toMatchObject({ __typename: 'ConflictError' });
    expect(await dbState()).toEqual(before);
  });
});

describe('a person manages their own profile', () => {
  it('reads the full profile', async () => {
    const res = await app.gql(MyProfileDocument, {}, tok.alice);
    expect(res.data!.viewer!.profile).toMatchObject({
      visibility: 'FULL',
      email: 'alice.moreno@nasa.gov',
      grade: 14,
      externalId: 'N-1001',
      discoverable: false,
    });
  });

  it('updates fields, leaving omitted ones alone', async () => {
    const res = await app.gql(
      UpdateMyProfileDocument,
      { input: { headline: 'Data engineer', location: 'Houston, TX', availablePercent: 40 } },
      tok.alice,
    );
    expect(res.data!.updateMyProfile).toMatchObject({
      profile: { headline: 'Data engineer', location: 'Houston, TX', availablePercent: 40, email: 'alice.moreno@nasa.gov' },
    });
  });

  it('adds skills with evidence and a proficiency level', async () => {
    const res = await app.gql(
      AddMySkillDocument,
      {
        input: {
          skill: skillId(sk.python.id),
          level: 4,
          evidence: [
            { source: 'EXPERIENCE', title: 'Telemetry pipelines for Artemis', startDate: '2021-01-01', endDate: '2024-06-30' },
            { source: 'MILITARY', title: 'Navy IT rating: scripting for shipboard networks' },
          ],
        },
      },
      tok.alice,
    );
    expect(res.data!.addMySkill).toMatchObject({
      __typename: 'AddMySkillPayload',
      profileSkill: { level: 4, proficiency: 'ADVANCED', verification: 'SELF_REPORTED', skill: { name: 'Python' } },
    });
    const add2 = await app.gql(
      AddMySkillDocument,
      {
        input: {
          skill: skillId(sk.database.id),
          level: 3,
          evidence: [{ source: 'TRAINING', title: 'PostgreSQL administration' }],
        },
      },
      tok.alice,
    );
    expect(add2.data!.addMySkill.__typename).toBe('AddMySkillPayload');
  });

  it('refuses an unknown skill, level 9, a duplicate skill, missing evidence and bad dates, changing nothing', async () => {
    const before = await dbState();
    const ev = [{ source: 'EXPERIENCE' as const, title: 'x' }];
    const unknown = await app.gql(
      AddMySkillDocument,
      { input: { skill: skillId('00000000-0000-4000-8000-000000000000'), level: 3, evidence: ev } },
      tok.alice,
    );
    expect(unknown.data!.addMySkill).toMatchObject({ __typename: 'NotFoundError' });
    const nine = await app.gql(
      AddMySkillDocument,
      { input: { skill: skillId(sk.dataAnalysis.id), level: 9, evidence: ev } },
      tok.alice,
    );
    expect(nine.data!.addMySkill).toMatchObject({
      __typename: 'ValidationError',
      problems: [{ path: ['input', 'level'], message: 'level must be 1–5' }],
    });
    const dup = await app.gql(AddMySkillDocument, { input: { skill: skillId(sk.python.id), level: 2, evidence: ev } }, tok.alice);
    expect(dup.data!.addMySkill).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringMatching(/already on your profile/),
    });
    const none = await app.gql(
      AddMySkillDocument,
      { input: { skill: skillId(sk.dataAnalysis.id), level: 2, evidence: [] } },
      tok.alice,
    );
    expect(none.data!.addMySkill.__typename).toBe('ValidationError');
    const dates = await app.gql(
      AddMySkillDocument,
      {
        input: {
          skill: skillId(sk.dataAnalysis.id),
          level: 2,
          evidence: [{ ...ev[0]!, startDate: '2024-01-01', endDate: '2020-01-01' }],
        },
      },
      tok.alice,
    );
    expect(dates.data!.addMySkill.__typename).toBe('ValidationError');
    const anon = await app.gql(AddMySkillDocument, { input: { skill: skillId(sk.dataAnalysis.id), level: 2, evidence: ev } });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const noProfile = await app.gql(
      AddMySkillDocument,
      { input: { skill: skillId(sk.dataAnalysis.id), level: 2, evidence: ev } },
      tok.bob,
    );
    expect(noProfile.data!.addMySkill.__typename).toBe('NotFoundError');
    expect(await dbState()).toEqual(before);
  });

  it('changes a level, adds evidence, removes a skill; never someone else’s', async () => {
    const me = (await app.gql(MyProfileDocument, {}, tok.alice)).data!.viewer!.profile!;
    const py = me.skills.find((s) => s.skill.name === 'Python')!;
    const pg = me.skills.find((s) => s.skill.name === 'PostgreSQL')!;
    const up = await app.gql(
      UpdateMySkillDocument,
      { input: { profileSkill: py.id, level: 5, evidence: [{ source: 'CERTIFICATION', title: 'PCPP2' }] } },
      tok.alice,
    );
    expect(up.data!.updateMySkill).toMatchObject({ profileSkill: { level: 5 } });
    expect((up.data!.updateMySkill as { profileSkill: { evidence: unknown[] } }).profileSkill.evidence).toHaveLength(3);

    await app.gql(CreateMyProfileDocument, { input: { givenName: 'Bob', familyName: 'Okafor' } }, tok.bob);
    const steal = await app.gql(RemoveMySkillDocument, { input: { profileSkill: pg.id } }, tok.bob);
    expect(steal.data!.removeMySkill.__typename).toBe('NotFoundError');
    const rm = await app.gql(RemoveMySkillDocument, { input: { profileSkill: pg.id } }, tok.alice);
    expect(rm.data!.removeMySkill).toMatchObject({ profile: { skills: [{ id: py.id }] } });
    const actions = (await db.prisma.auditEvent.findMany({ where: { actorSubject: 'alice' }, orderBy: { id: 'asc' } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual([
      'profile.update',
      'profile.skill.add',
      'profile.skill.add',
      'profile.skill.update',
      'profile.skill.remove',
    ]);
  });

  it('records education, which no one outside FULL visibility sees', async () => {
    const res = await app.gql(
      AddMyEducationDocument,
      { input: { level: 'BACHELOR', field: 'Physics', institution: 'Rice University', completedYear: 2012 } },
      tok.alice,
    );
    expect(res.data!.addMyEducation).toMatchObject({ profile: { education: [{ level: 'BACHELOR', field: 'Physics' }] } });
  });

  it('refuses a second profile for the same login', async () => {
    const res = await app.gql(CreateMyProfileDocument, { input: { givenName: 'A', familyName: 'M' } }, tok.alice);
    expect(res.data!.createMyProfile.__typename).toBe('ConflictError');
  });
});

describe('who sees what', () => {
  const read = (token?: string) => app.gql(ProfileNodeDocument, { id: encodeGlobalID('Profile', aliceId) }, token);
  const disclosures = () => db.prisma.disclosureEvent.findMany({ where: { profileId: aliceId }, orderBy: { id: 'asc' } });

  it('gives colleagues the redacted directory view', async () => {
    const res = await read(tok.bob);
    const p = res.data!.node as {
      visibility: string;
      email: string | null;
      grade: number | null;
      education: unknown;
      skills: { level: number; evidence: unknown }[];
    };
    expect(p).toMatchObject({
      visibility: 'REDACTED',
      email: null,
      phone: null,
      grade: null,
      externalId: null,
      education: null,
      givenName: 'Alice',
    });
    expect(p.skills.map((s) => [s.level, s.evidence])).toEqual([[5, null]]);
  });

  it('gives home-agency HR the full view, unlogged', async () => {
    const res = await app.gql(ProfileByEmployeeIdDocument, { agency: 'NASA', externalId: 'N-1001' }, tok.nasaHr);
    expect(res.data!.profile).toMatchObject({
      visibility: 'FULL',
      email: 'alice.moreno@nasa.gov',
      education: [{ level: 'BACHELOR' }],
    });
    expect(await disclosures()).toEqual([]);
  });

  it('shows nothing to other agencies while the person is not discoverable', async () => {
    for (const t of [tok.gsaHm, tok.gsaEmp, tok.gsaHr, undefined]) {
      const res = await read(t);
      expect(res.data?.node ?? null).toBeNull();
      const lookup = await app.gql(ProfileByEmployeeIdDocument, { agency: 'NASA', externalId: 'N-1001' }, t);
      expect(lookup.data?.profile ?? null).toBeNull();
    }
    expect(await disclosures()).toEqual([]);
  });

  it('opens the full view to outside hiring managers once discoverable, and logs each such view', async () => {
    await app.gql(UpdateMyProfileDocument, { input: { discoverable: true } }, tok.alice);
    const res = await read(tok.gsaHm);
    expect(res.data!.node).toMatchObject({ visibility: 'FULL', email: 'alice.moreno@nasa.gov' });
    const rows = await disclosures();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ viewerSubject: 'gsa-hm', basis: 'DISCOVERABLE', profileId: aliceId });
    expect(rows[0]!.fields).toEqual(expect.arrayContaining(['email', 'phone', 'grade', 'education', 'evidence']));
    // Employees of other agencies still see nothing; same-agency hiring managers are not logged.
    expect((await read(tok.gsaEmp)).data?.node ?? null).toBeNull();
    expect((await read(tok.nasaHm)).data!.node).toMatchObject({ visibility: 'FULL' });
    expect(await disclosures()).toHaveLength(1);
  });

  it('keeps the disclosure log append-only', async () => {
    await expect(db.prisma.disclosureEvent.deleteMany({})).rejects.toThrow(/append-only/);
  });
});
