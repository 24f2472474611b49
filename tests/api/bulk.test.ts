/**
 * Bulk sync by external ID (upsertPeople, upsertOpenings) on PostgreSQL: per-item transactions
 * (valid items committed, failing ones rolled back with a typed error), idempotency down to "no
 * write at all", the 1–250 rule, duplicates, unknown skills, scopes and the (agency, externalId)
 * key, the person-owned fields and the skills rule, and opening lifecycle steps. One happy path
 * runs on PGlite (one connection: a read outside the item transaction would deadlock).
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddMySkillDocument,
  CancelOpeningDocument,
  UpdateMyProfileDocument,
  UpsertOpeningsDocument,
  UpsertPeopleDocument,
  type OpeningUpsertInput,
  type PersonUpsertInput,
  type UpsertOpeningsMutation,
  type UpsertPeopleMutation,
} from '../../schema/generated/graphql.js';
import { PERSON_OWNED_PROFILE_FIELDS } from '../../src/modules/bulk/rules.js';
import { schema } from '../../src/graphql/index.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPgliteDatabase, createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies, insertSkills } from '../helpers/fixtures.js';

let db: TestDatabase;
let app: TestApp;
let sk: Awaited<ReturnType<typeof insertSkills>>;
const tok: Record<string, string> = {};

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const PROGRAMMING = { scheme: 'ONET', code: '2.B.3.e' } as const;
const PYTHON = { scheme: 'ONET_TECH', code: '43232405|Python' } as const;
const POSTGRES = { scheme: 'ONET_TECH', code: '43232306|PostgreSQL' } as const;
// Fixed once, so the same item built twice is the same input.
const START = isoDay(Date.now() + 40 * DAY);
const DEADLINE = new Date(Date.now() + 20 * DAY).toISOString();

type PeopleData = Extract<UpsertPeopleMutation['upsertPeople'], { __typename: 'UpsertPeoplePayload' }>;
type OpeningsData = Extract<UpsertOpeningsMutation['upsertOpenings'], { __typename: 'UpsertOpeningsPayload' }>;

async function people(items: PersonUpsertInput[], token = tok.nasaSync): Promise<PeopleData> {
  const res = await app.gql(UpsertPeopleDocument, { input: { items } }, token);
  expect(res.errors).toBeUndefined();
  const r = res.data!.upsertPeople;
  if (r.__typename !== 'UpsertPeoplePayload') throw new Error(`expected success, got ${JSON.stringify(r)}`);
  return r;
}

async function openings(items: OpeningUpsertInput[], token = tok.nasaSync): Promise<OpeningsData> {
  const res = await app.gql(UpsertOpeningsDocument, { input: { items } }, token);
  expect(res.errors).toBeUndefined();
  const r = res.data!.upsertOpenings;
  if (r.__typename !== 'UpsertOpeningsPayload') throw new Error(`expected success, got ${JSON.stringify(r)}`);
  return r;
}

/**
 * A refusal of the whole call: the typed ForbiddenError of the field rule, or, for a machine
 * client without the write scope, the operation-level refusal that runs nothing (403).
 */
function expectForbidden(
  res: { status: number; data?: Record<string, { __typename: string }> | null; errors?: { extensions?: { code?: string } }[] },
  field: string,
) {
  if (res.data?.[field]) expect(res.data[field]!.__typename).toBe('ForbiddenError');
  else expect({ status: res.status, code: res.errors?.[0]?.extensions?.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
}

/** Every row the bulk mutations may write, in a stable order. */
async function snapshot(d: TestDatabase = db) {
  const p = d.prisma;
  return {
    profiles: await p.profile.findMany({ orderBy: { id: 'asc' } }),
    profileSkills: await p.profileSkill.findMany({ orderBy: { id: 'asc' } }),
    evidence: await p.skillEvidence.findMany({ orderBy: { id: 'asc' } }),
    openings: await p.opening.findMany({ orderBy: { id: 'asc' } }),
    openingSkills: await p.openingSkill.findMany({ orderBy: [{ openingId: 'asc' }, { skillId: 'asc' }] }),
    openingAgencies: await p.openingAgency.findMany({ orderBy: [{ openingId: 'asc' }, { agencyId: 'asc' }] }),
    audit: await p.auditEvent.count(),
  };
}

const person = (n: number, extra: Partial<PersonUpsertInput> = {}): PersonUpsertInput => ({
  externalId: `N-${n}`,
  givenName: `Given${n}`,
  familyName: `Family${n}`,
  email: `person${n}@nasa.example`,
  grade: 12,
  payPlan: 'GS',
  occupationalSeries: '2210',
  ...extra,
});

const opening = (key: string, extra: Partial<OpeningUpsertInput> = {}): OpeningUpsertInput => ({
  externalId: key,
  title: `Telemetry pipeline ${key}`,
  description: 'Build and run the telemetry data pipeline for a flight project.',
  programType: 'ROTATION',
  commitmentPercent: 50,
  startDate: START,
  durationWeeks: 12,
  applicationDeadline: DEADLINE,
  skills: [
    { skill: PROGRAMMING, minLevel: 3, weight: 2, required: true },
    { skill: PYTHON, minLevel: 2 },
  ],
  ...extra,
});

beforeAll(async () => {
  db = await createPostgresDatabase();
  await insertAgencies(db.prisma);
  sk = await insertSkills(db.prisma);
  app = await createTestApp(db);
  tok.nasaSync = await app.token('INTEGRATION', 'NASA', { subject: 'nasa-hris', scopes: ['read', 'write'] });
  tok.nasaSyncRead = await app.token('INTEGRATION', 'NASA', { subject: 'nasa-hris-ro', scopes: ['read'] });
  tok.nasaSyncWriteOnly = await app.token('INTEGRATION', 'NASA', { subject: 'nasa-hris-wo', scopes: ['write'] });
  tok.nasaHr = await app.token('HR_SPECIALIST', 'NASA', { subject: 'nasa-hr' });
  tok.nasaHm = await app.token('HIRING_MANAGER', 'NASA', { subject: 'nasa-hm' });
  tok.gsaSync = await app.token('INTEGRATION', 'GSA', { subject: 'gsa-hris', scopes: ['read', 'write'] });
  tok.gsaHm = await app.token('HIRING_MANAGER', 'GSA', { subject: 'gsa-hm' });
  tok.alice = await app.token('EMPLOYEE', 'NASA', { subject: 'alice' });
});
afterAll(() => db?.destroy());

describe('upsertPeople', () => {
  it('commits the valid items of a mixed batch and fails each invalid one with a typed error that wrote nothing', async () => {
    const before = await snapshot();
    const res = await people([
      person(1, { skills: [{ skill: PROGRAMMING, level: 3 }] }),
      person(2, { email: 'not-an-email' }),
      person(3, { subject: 'alice' }),
      person(4, { skills: [{ skill: { scheme: 'ONET', code: '9.Z.9' }, level: 2 }] }),
      person(5, { grade: 19, skills: [{ skill: PYTHON, level: 7 }] }),
      person(6, {
        skills: [
          { skill: PYTHON, level: 2 },
          { skill: PYTHON, level: 3 },
        ],
      }),
    ]);
    expect(res).toMatchObject({ created: 2, updated: 0, unchanged: 0, failed: 4 });
    expect(res.results.map((r) => [r.index, r.externalId, r.outcome])).toEqual([
      [0, 'N-1', 'CREATED'],
      [1, 'N-2', 'FAILED'],
      [2, 'N-3', 'CREATED'],
      [3, 'N-4', 'FAILED'],
      [4, 'N-5', 'FAILED'],
      [5, 'N-6', 'FAILED'],
    ]);
    expect(res.results[0]!.profile).toMatchObject({ givenName: 'Given1' });
    expect(res.results[1]).toMatchObject({
      profile: null,
      error: { __typename: 'ValidationError', problems: [{ path: ['input', 'items', '1', 'email'] }] },
    });
    expect(res.results[3]!.error).toMatchObject({
      __typename: 'ValidationError',
      problems: [{ path: ['input', 'items', '3', 'skills', '0', 'skill'], message: 'unknown skill ONET "9.Z.9"' }],
    });
    expect(res.results[4]!.error).toMatchObject({
      __typename: 'ValidationError',
      problems: expect.arrayContaining([
        expect.objectContaining({ path: ['input', 'items', '4', 'grade'] }),
        expect.objectContaining({ path: ['input', 'items', '4', 'skills', '0', 'level'] }),
      ]),
    });
    expect(res.results[5]!.error).toMatchObject({
      __typename: 'ValidationError',
      problems: [{ path: ['input', 'items', '5', 'skills', '1', 'skill'], message: 'listed twice' }],
    });
    expect(res.results.filter((r) => r.outcome !== 'FAILED').every((r) => r.error === null)).toBe(true);

    const after = await snapshot();
    const newProfiles = after.profiles.filter((p) => !before.profiles.some((b) => b.id === p.id));
    expect(newProfiles.map((p) => p.externalId).sort()).toEqual(['N-1', 'N-3']);
    // N-1: profile.create + profile.skill.add; N-3: profile.create. Nothing for the failures.
    expect(after.audit - before.audit).toBe(3);
    const n1 = newProfiles.find((p) => p.externalId === 'N-1')!;
    const n1Skills = after.profileSkills.filter((s) => s.profileId === n1.id);
    expect(n1Skills).toMatchObject([{ skillId: sk.programming.id, level: 3 }]);
    expect(after.evidence.filter((e) => e.profileSkillId === n1Skills[0]!.id)).toMatchObject([
      { source: 'EXPERIENCE', title: 'Recorded by the home agency HR system' },
    ]);
    const audits = await db.prisma.auditEvent.findMany({
      where: { entityId: { in: newProfiles.map((p) => p.id) } },
      orderBy: { id: 'asc' },
    });
    expect(audits.map((a) => [a.action, a.actorSubject])).toEqual([
      ['profile.create', 'nasa-hris'],
      ['profile.create', 'nasa-hris'],
    ]);
  });

  it('writes nothing at all when the same input comes again: all UNCHANGED, no audit row, updatedAt kept', async () => {
    const items = [person(1, { skills: [{ skill: PROGRAMMING, level: 3 }] }), person(3, { subject: 'alice' })];
    const before = await snapshot();
    const res = await people(items, tok.nasaHr);
    expect(res).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 0 });
    expect(res.results.map((r) => r.outcome)).toEqual(['UNCHANGED', 'UNCHANGED']);
    expect(await snapshot()).toEqual(before);
  });

  it('updates only what changed, audited as upsertProfile audits it', async () => {
    const before = await snapshot();
    const res = await people([
      person(1, { grade: 13, skills: [{ skill: PROGRAMMING, level: 3 }] }),
      person(3, { subject: 'alice' }),
    ]);
    expect(res.results.map((r) => r.outcome)).toEqual(['UPDATED', 'UNCHANGED']);
    const n1 = before.profiles.find((p) => p.externalId === 'N-1')!;
    const row = await db.prisma.profile.findUniqueOrThrow({ where: { id: n1.id } });
    expect(row.grade).toBe(13);
    expect(row.updatedAt.getTime()).toBeGreaterThan(n1.updatedAt.getTime());
    const last = await db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(last).toMatchObject({
      action: 'profile.update',
      entityId: n1.id,
      before: expect.objectContaining({ grade: 12 }),
      after: expect.objectContaining({ grade: 13 }),
    });
    expect((await snapshot()).audit - before.audit).toBe(1);
  });

  it('never sets what the person owns, and leaves their own skills alone', async () => {
    // PersonUpsertInput has no person-owned field: a sync cannot even say it.
    const inputFields = Object.keys(
      (schema.getType('PersonUpsertInput') as import('graphql').GraphQLInputObjectType).getFields(),
    );
    for (const f of PERSON_OWNED_PROFILE_FIELDS) expect(inputFields).not.toContain(f);

    // Alice (N-3) sets her own fields and claims two skills herself.
    const mine = await app.gql(
      UpdateMyProfileDocument,
      { input: { discoverable: true, availablePercent: 40, headline: 'Data wrangler' } },
      tok.alice,
    );
    expect(mine.data!.updateMyProfile.__typename).toBe('UpdateMyProfilePayload');
    for (const [skill, level] of [
      [sk.python, 2],
      [sk.dataAnalysis, 4],
    ] as const) {
      const added = await app.gql(
        AddMySkillDocument,
        {
          input: {
            skill: encodeGlobalID('Skill', skill.id),
            level,
            evidence: [{ source: 'SELF_ASSESSED', title: 'Side projects' }],
          },
        },
        tok.alice,
      );
      expect(added.data!.addMySkill.__typename).toBe('AddMySkillPayload');
    }
    const alice = await db.prisma.profile.findUniqueOrThrow({ where: { subject: 'alice' } });
    const held = await db.prisma.profileSkill.findMany({ where: { profileId: alice.id }, include: { evidence: true } });
    const own = held.find((s) => s.skillId === sk.dataAnalysis.id)!;

    const item = person(3, {
      subject: 'alice',
      jobTitle: 'IT Specialist',
      skills: [
        { skill: PYTHON, level: 4, evidence: { source: 'CERTIFICATION', title: 'PCEP', issuer: 'Python Institute' } },
        { skill: POSTGRES, level: 3 },
      ],
    });
    const res = await people([item]);
    expect(res.results[0]!.outcome).toBe('UPDATED');
    const after = await db.prisma.profile.findUniqueOrThrow({ where: { id: alice.id } });
    expect(after).toMatchObject({
      discoverable: true,
      availablePercent: 40,
      headline: 'Data wrangler',
      jobTitle: 'IT Specialist',
    });
    const skills = await db.prisma.profileSkill.findMany({
      where: { profileId: alice.id },
      include: { evidence: { orderBy: { createdAt: 'asc' } } },
    });
    const python = skills.find((s) => s.skillId === sk.python.id)!;
    expect(python.level).toBe(4);
    expect(python.evidence.map((e) => [e.source, e.title])).toEqual([
      ['SELF_ASSESSED', 'Side projects'],
      ['CERTIFICATION', 'PCEP'],
    ]);
    expect(skills.find((s) => s.skillId === sk.database.id)).toMatchObject({ level: 3 });
    // The unlisted skill is exactly as she left it.
    const untouched = skills.find((s) => s.skillId === sk.dataAnalysis.id)!;
    expect({ ...untouched, evidence: untouched.evidence.map((e) => e.id) }).toEqual({
      ...own,
      evidence: own.evidence.map((e) => e.id),
    });

    // Again: nothing to do, and the evidence is not duplicated.
    const before = await snapshot();
    expect((await people([item])).results[0]!.outcome).toBe('UNCHANGED');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses 0 or 251 items as a whole, writing nothing', async () => {
    const before = await snapshot();
    for (const items of [[], Array.from({ length: 251 }, (_, i) => person(1000 + i))]) {
      const res = await app.gql(UpsertPeopleDocument, { input: { items } }, tok.nasaSync);
      expect(res.data!.upsertPeople).toMatchObject({
        __typename: 'ValidationError',
        problems: [{ path: ['input', 'items'], message: expect.stringContaining('1–250 items') }],
      });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('lets two concurrent syncs of one person take turns: one evidence record, not two', async () => {
    // The person already holds the skill: the race is over adding its evidence (no unique key to catch it).
    await people([person(900, { skills: [{ skill: POSTGRES, level: 3 }] })]);
    const item = person(900, {
      skills: [{ skill: POSTGRES, level: 4, evidence: { source: 'TRAINING', title: 'Concurrent course' } }],
    });
    const results = await Promise.all(Array.from({ length: 6 }, () => people([item])));
    expect(results.map((r) => r.results[0]!.outcome).sort()).toEqual([
      'UNCHANGED',
      'UNCHANGED',
      'UNCHANGED',
      'UNCHANGED',
      'UNCHANGED',
      'UPDATED',
    ]);
    const p = await db.prisma.profile.findFirstOrThrow({ where: { externalId: 'N-900' } });
    const held = await db.prisma.profileSkill.findMany({ where: { profileId: p.id }, include: { evidence: true } });
    expect(held.flatMap((s) => s.evidence.filter((e) => e.title === 'Concurrent course'))).toHaveLength(1);
  });

  it('takes 250 items in one call', async () => {
    const res = await people(Array.from({ length: 250 }, (_, i) => person(2000 + i)));
    expect(res).toMatchObject({ created: 250, failed: 0 });
    expect(res.results.map((r) => r.index)).toEqual(Array.from({ length: 250 }, (_, i) => i));
  });

  it('applies the first of two items with the same externalId and fails the later one', async () => {
    const before = await snapshot();
    const res = await people([person(10, { givenName: 'First' }), person(11), person(10, { givenName: 'Second' })]);
    expect(res.results.map((r) => r.outcome)).toEqual(['CREATED', 'CREATED', 'FAILED']);
    expect(res.results[2]!.error).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('index 0') });
    expect(await db.prisma.profile.findFirstOrThrow({ where: { externalId: 'N-10' } })).toMatchObject({ givenName: 'First' });
    expect((await snapshot()).audit - before.audit).toBe(2);
  });

  it('needs HR or a write-scoped integration, and keys people by (your agency, externalId)', async () => {
    const before = await snapshot();
    for (const t of [tok.nasaSyncRead, tok.nasaHm, tok.alice]) {
      const res = await app.gql(UpsertPeopleDocument, { input: { items: [person(1, { grade: 15 }), person(99)] } }, t);
      expectForbidden(res, 'upsertPeople');
    }
    expect(await snapshot()).toEqual(before);

    // GSA's system sends NASA's employee ID N-1: a new GSA person; NASA's N-1 is not touched.
    const nasaN1 = before.profiles.find((p) => p.externalId === 'N-1')!;
    const gsa = await people([person(1, { givenName: 'Other' })], tok.gsaSync);
    expect(gsa.results[0]!.outcome).toBe('CREATED');
    expect(await db.prisma.profile.findUniqueOrThrow({ where: { id: nasaN1.id } })).toEqual(nasaN1);
    // Linking a subject that another agency's person has is refused without naming that person.
    const clash = await people([person(2, { subject: 'alice' })], tok.gsaSync);
    expect(clash.results[0]!.error).toEqual({
      __typename: 'ConflictError',
      code: 'CONFLICT',
      message: 'That identity-provider subject is linked to another profile',
    });
  });

  it('gives a write-only integration only what it may read of the people it wrote', async () => {
    const res = await app.gql(
      `mutation($input: UpsertPeopleInput!) { upsertPeople(input: $input) { ... on UpsertPeoplePayload { results { outcome profile { givenName email visibility } } } } }`,
      { input: { items: [person(1, { grade: 13 }), person(50)] } },
      tok.nasaSyncWriteOnly,
    );
    expect(res.errors).toBeUndefined();
    expect((res.data as { upsertPeople: { results: unknown[] } }).upsertPeople.results).toEqual([
      { outcome: 'UNCHANGED', profile: { givenName: 'Given1', email: null, visibility: 'REDACTED' } },
      { outcome: 'CREATED', profile: { givenName: 'Given50', email: null, visibility: 'REDACTED' } },
    ]);
  });
});

describe('upsertOpenings', () => {
  it('commits the valid items and rolls back each failing one, even after it wrote', async () => {
    const before = await snapshot();
    const res = await openings([
      opening('T-1'),
      opening('T-2', { status: 'OPEN', restrictedTo: ['DOC'] }),
      opening('T-3', { applicationDeadline: new Date(Date.now() + 60 * DAY).toISOString() }),
      // Created, then refused at the OPEN step (no skills): the creation is rolled back.
      opening('T-4', { skills: [], status: 'OPEN' }),
      opening('T-5', { skills: [{ skill: { scheme: 'ESCO', code: 'http://example.org/nope' }, minLevel: 2 }] }),
      opening('T-6', { hoursPerWeek: 20 }),
      opening('T-7', { status: 'ARCHIVED' }),
      opening('T-8', { restrictedTo: ['NOPE'] }),
    ]);
    expect(res.results.map((r) => r.outcome)).toEqual([
      'CREATED',
      'CREATED',
      'FAILED',
      'FAILED',
      'FAILED',
      'FAILED',
      'FAILED',
      'FAILED',
    ]);
    expect(res).toMatchObject({ created: 2, failed: 6 });
    const errs = res.results.map((r) => r.error);
    expect(errs[2]).toMatchObject({
      __typename: 'ValidationError',
      problems: [
        { path: ['input', 'items', '2', 'applicationDeadline'], message: 'the application deadline is after the start date' },
      ],
    });
    expect(errs[3]).toMatchObject({ __typename: 'InvalidStateError', message: 'Add at least one skill before opening' });
    expect(errs[4]).toMatchObject({
      __typename: 'ValidationError',
      problems: [{ path: ['input', 'items', '4', 'skills', '0', 'skill'] }],
    });
    expect(errs[5]).toMatchObject({
      __typename: 'ValidationError',
      problems: [{ path: ['input', 'items', '5', 'commitmentPercent'] }],
    });
    expect(errs[6]).toMatchObject({
      __typename: 'InvalidStateError',
      message: expect.stringContaining('DRAFT cannot become ARCHIVED'),
    });
    expect(errs[7]).toMatchObject({
      __typename: 'ValidationError',
      problems: [{ path: ['input', 'items', '7', 'restrictedTo', '0'], message: 'unknown agency "NOPE"' }],
    });
    expect(res.results[1]!.opening).toMatchObject({ status: 'OPEN', restrictedTo: [{ abbreviation: 'DOC' }] });

    const after = await snapshot();
    const created = after.openings.filter((o) => !before.openings.some((b) => b.id === o.id));
    expect(created.map((o) => o.externalId).sort()).toEqual(['T-1', 'T-2']);
    expect(after.openingSkills.filter((s) => created.some((o) => o.id === s.openingId))).toHaveLength(4);
    // opening.create ×2, opening.open ×1; nothing from T-3…T-8.
    expect(after.audit - before.audit).toBe(3);
  });

  it('writes nothing when the same input comes again (skills in another order are the same set)', async () => {
    const before = await snapshot();
    const t1 = opening('T-1');
    const res = await openings(
      [{ ...t1, skills: [...t1.skills!].reverse() }, opening('T-2', { status: 'OPEN', restrictedTo: ['DOC'] })],
      tok.nasaHm,
    );
    expect(res.results.map((r) => r.outcome)).toEqual(['UNCHANGED', 'UNCHANGED']);
    expect(await snapshot()).toEqual(before);
  });

  it('replaces skills as a set and audits an OPEN opening’s skill change as such', async () => {
    const res = await openings([
      opening('T-2', { status: 'OPEN', restrictedTo: ['DOC'], skills: [{ skill: POSTGRES, minLevel: 4 }] }),
    ]);
    expect(res.results[0]).toMatchObject({
      outcome: 'UPDATED',
      opening: { skills: [{ skill: { code: POSTGRES.code }, minLevel: 4, weight: 1, required: false }] },
    });
    const id = (await db.prisma.opening.findFirstOrThrow({ where: { externalId: 'T-2' } })).id;
    const last = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: id }, orderBy: { id: 'desc' } });
    expect(last.action).toBe('opening.update.open-skills');
  });

  it('moves openings along the lifecycle and refuses edits of finished ones', async () => {
    const t1 = opening('T-1');
    expect((await openings([{ ...t1, status: 'OPEN' }])).results[0]).toMatchObject({
      outcome: 'UPDATED',
      opening: { status: 'OPEN' },
    });
    expect((await openings([{ ...t1, status: 'DRAFT' }])).results[0]!.error).toMatchObject({
      __typename: 'InvalidStateError',
      message: expect.stringContaining('OPEN cannot become DRAFT'),
    });
    expect((await openings([{ ...t1, title: 'Renamed', status: 'CLOSED' }])).results[0]).toMatchObject({
      outcome: 'UPDATED',
      opening: { title: 'Renamed', status: 'CLOSED' },
    });
    expect((await openings([{ ...t1, title: 'Renamed', status: 'ARCHIVED' }])).results[0]).toMatchObject({
      outcome: 'UPDATED',
      opening: { status: 'ARCHIVED' },
    });

    const before = await snapshot();
    // The archived record as it is: nothing to do. Any edit: refused.
    expect((await openings([{ ...t1, title: 'Renamed', status: 'ARCHIVED' }])).results[0]!.outcome).toBe('UNCHANGED');
    expect((await openings([{ ...t1, title: 'Renamed' }])).results[0]!.outcome).toBe('UNCHANGED');
    const edit = await openings([{ ...t1, title: 'Renamed again' }]);
    expect(edit.results[0]).toMatchObject({
      outcome: 'FAILED',
      opening: null,
      error: { __typename: 'InvalidStateError', message: 'An opening that is ARCHIVED cannot be edited' },
    });
    expect(await snapshot()).toEqual(before);

    // A cancelled one takes no edits either.
    const t9 = opening('T-9');
    const created = await openings([t9]);
    const cancelled = await app.gql(
      CancelOpeningDocument,
      { input: { opening: created.results[0]!.opening!.id, reason: 'Project ended' } },
      tok.nasaHm,
    );
    expect(cancelled.data!.cancelOpening.__typename).toBe('CancelOpeningPayload');
    expect((await openings([{ ...t9, slots: 3 }])).results[0]!.error).toMatchObject({
      __typename: 'InvalidStateError',
      message: 'An opening that is CANCELLED cannot be edited',
    });
  });

  it('keeps an unchanged past deadline UNCHANGED, and refuses a new one in the past', async () => {
    const t10 = opening('T-10', { status: 'OPEN' });
    expect((await openings([t10])).results[0]!.outcome).toBe('CREATED');
    // The deadline passes (as if time went by): the row still says OPEN, reads say CLOSED.
    const past = new Date(Date.now() - DAY);
    await db.prisma.opening.updateMany({ where: { externalId: 'T-10' }, data: { applicationDeadline: past } });
    const before = await snapshot();
    const same = await openings([{ ...t10, applicationDeadline: past.toISOString(), status: 'CLOSED' }]);
    expect(same.results[0]!.outcome).toBe('UNCHANGED');
    expect(await snapshot()).toEqual(before);
    // A daily re-sync that still says OPEN (the HR system does not track deadlines) asks for nothing either.
    const resent = await openings([{ ...t10, applicationDeadline: past.toISOString(), status: 'OPEN' }]);
    expect(resent.results[0]).toMatchObject({ outcome: 'UNCHANGED', error: null });
    expect(await snapshot()).toEqual(before);
    const moved = await openings([{ ...t10, applicationDeadline: new Date(Date.now() - 2 * DAY).toISOString() }]);
    expect(moved.results[0]!.error).toMatchObject({
      __typename: 'ValidationError',
      problems: [{ path: ['input', 'items', '0', 'applicationDeadline'], message: 'must be in the future' }],
    });
    expect(await snapshot()).toEqual(before);
    // Reopened by moving the deadline: the passed deadline is written down first, then the reopening.
    const reopened = await openings([
      { ...t10, applicationDeadline: new Date(Date.now() + 5 * DAY).toISOString(), status: 'OPEN' },
    ]);
    expect(reopened.results[0]).toMatchObject({ outcome: 'UPDATED', opening: { status: 'OPEN' } });
    const id = before.openings.find((o) => o.externalId === 'T-10')!.id;
    const actions = (await db.prisma.auditEvent.findMany({ where: { entityId: id, id: { gt: 0 } }, orderBy: { id: 'asc' } })).map(
      (a) => a.action,
    );
    expect(actions.slice(-3)).toEqual(['opening.close', 'opening.update', 'opening.open']);
  });

  it('refuses 251 items and read-only or unrelated callers, and keys openings by (your agency, externalId)', async () => {
    const before = await snapshot();
    const many = await app.gql(
      UpsertOpeningsDocument,
      { input: { items: Array.from({ length: 251 }, (_, i) => opening(`M-${i}`)) } },
      tok.nasaSync,
    );
    expect(many.data!.upsertOpenings).toMatchObject({ __typename: 'ValidationError', problems: [{ path: ['input', 'items'] }] });
    for (const t of [tok.nasaSyncRead, tok.alice]) {
      const res = await app.gql(
        UpsertOpeningsDocument,
        { input: { items: [opening('T-1', { title: 'Hijacked' }), opening('Z-1')] } },
        t,
      );
      expectForbidden(res, 'upsertOpenings');
    }
    expect(await snapshot()).toEqual(before);

    const gsa = await openings([opening('T-1', { title: 'GSA’s own T-1' })], tok.gsaHm);
    expect(gsa.results[0]).toMatchObject({ outcome: 'CREATED', opening: { title: 'GSA’s own T-1' } });
    const nasaT1 = before.openings.find((o) => o.externalId === 'T-1')!;
    expect(await db.prisma.opening.findUniqueOrThrow({ where: { id: nasaT1.id } })).toEqual(nasaT1);
  });

  it('shows a write-only integration no draft it cannot read', async () => {
    const res = await openings([opening('W-1')], tok.nasaSyncWriteOnly);
    expect(res.results[0]).toMatchObject({ outcome: 'CREATED', opening: null, error: null });
  });
});

describe('on PGlite (one connection)', () => {
  let lite: TestDatabase;
  let liteApp: TestApp;
  beforeAll(async () => {
    lite = await createPgliteDatabase();
    await insertAgencies(lite.prisma);
    await insertSkills(lite.prisma);
    liteApp = await createTestApp(lite);
  });
  afterAll(() => lite?.destroy());

  it('creates, then leaves alone, people and openings', async () => {
    const token = await liteApp.token('INTEGRATION', 'NASA', { subject: 'nasa-hris', scopes: ['read', 'write'] });
    const peopleItems = [person(1, { skills: [{ skill: PYTHON, level: 3 }] }), person(2), person(2)];
    const openingItems = [opening('P-1', { status: 'OPEN' }), opening('P-2', { restrictedTo: ['GSA'] })];
    const first = await liteApp.gql(UpsertPeopleDocument, { input: { items: peopleItems } }, token);
    expect(first.data!.upsertPeople).toMatchObject({ created: 2, failed: 1 });
    const o1 = await liteApp.gql(UpsertOpeningsDocument, { input: { items: openingItems } }, token);
    expect(o1.data!.upsertOpenings).toMatchObject({ created: 2, failed: 0 });
    const before = await snapshot(lite);
    const again = await liteApp.gql(UpsertPeopleDocument, { input: { items: peopleItems } }, token);
    expect(again.data!.upsertPeople).toMatchObject({ unchanged: 2, failed: 1 });
    const o2 = await liteApp.gql(UpsertOpeningsDocument, { input: { items: openingItems } }, token);
    expect(o2.data!.upsertOpenings).toMatchObject({ unchanged: 2 });
    expect(await snapshot(lite)).toEqual(before);
  });
});
