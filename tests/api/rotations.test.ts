/**
 * Rotations on PostgreSQL, through the API: created by selection or by HR, approved by both
 * agencies, started (explicitly, on their own at the start date, or by the sweeper), extended,
 * completed with the host's attestation (skills onto the profile with ROTATION evidence) or
 * cancelled; every refusal a typed error that changes nothing; the history read back from the
 * audit log; who sees what; the agency views; the 100% ceiling under concurrent requests; the
 * mobility figures and CSV on a seeded scenario with hand-computed answers; and the whole
 * lifecycle once more on the embedded PGlite (one connection).
 */
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import type { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AgencyRotationsDocument,
  ApplyToOpeningDocument,
  ApproveRotationDocument,
  CancelRotationDocument,
  CompleteRotationDocument,
  CreateOpeningDocument,
  CreateRotationDocument,
  ExtendRotationDocument,
  MobilityFiguresCsvDocument,
  MobilityFiguresDocument,
  MyRotationsDocument,
  MySkillsAfterRotationDocument,
  OpenOpeningDocument,
  RotationHistoryDocument,
  RotationNodeDocument,
  SelectApplicationDocument,
  StartRotationDocument,
  UpdateRotationDocument,
  type AttestedSkillInput,
  type CreateRotationInput,
  type RotationDirection,
  type RotationFieldsFragment,
  type RotationSide,
  type RotationStatus,
  type UpdateRotationInput,
} from '../../schema/generated/graphql.js';
import { startDueRotations } from '../../src/modules/rotations/service.js';
import { createTestApp, type GqlResult, type TestApp } from '../helpers/app.js';
import { createPgliteDatabase, createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies, insertSkills } from '../helpers/fixtures.js';

const DAY = 86_400_000;
const today = () => new Date(new Date().toISOString().slice(0, 10));
/** A calendar day `n` days from today (UTC), as the API writes dates. */
const date = (n: number) => new Date(today().getTime() + n * DAY).toISOString().slice(0, 10);
const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const raw = (globalId: string) => decodeGlobalID(globalId).id;
const gid = (type: string, id: string) => encodeGlobalID(type, id);

/** The single root field of an answer: a typed result, never a top-level error. */
function one<R>(res: GqlResult<R>): R[keyof R] {
  expect(res.status).toBe(200);
  expect(res.errors ?? []).toEqual([]);
  return Object.values(res.data as object)[0] as R[keyof R];
}

type Result = {
  __typename: string;
  message?: string;
  rotation?: RotationFieldsFragment;
  problems?: { path: string[]; message: string }[];
};

/** A world of one database and app; the lifecycle tests run on PostgreSQL, one flow also on PGlite. */
function world(db: TestDatabase, app: TestApp) {
  const ok = (r: Result) => {
    if (!r.__typename.endsWith('Payload') || !r.rotation) throw new Error(`expected success, got ${JSON.stringify(r)}`);
    return r.rotation;
  };
  const call = {
    create: async (input: CreateRotationInput, token: string) =>
      one(await app.gql(CreateRotationDocument, { input }, token)) as Result,
    update: async (input: UpdateRotationInput, token: string) =>
      one(await app.gql(UpdateRotationDocument, { input }, token)) as Result,
    approve: async (rotation: string, side: RotationSide, token: string) =>
      one(await app.gql(ApproveRotationDocument, { input: { rotation, side } }, token)) as Result,
    start: async (rotation: string, token: string) =>
      one(await app.gql(StartRotationDocument, { input: { rotation } }, token)) as Result,
    extend: async (rotation: string, endDate: string, token: string, reason?: string) =>
      one(await app.gql(ExtendRotationDocument, { input: { rotation, endDate, reason } }, token)) as Result,
    complete: async (
      rotation: string,
      skills: AttestedSkillInput[],
      token: string,
      extra: { endedOn?: string; note?: string } = {},
    ) => one(await app.gql(CompleteRotationDocument, { input: { rotation, skills, ...extra } }, token)) as Result,
    cancel: async (rotation: string, reason: string, token: string) =>
      one(await app.gql(CancelRotationDocument, { input: { rotation, reason } }, token)) as Result,
    node: async (id: string, token?: string) => (await app.gql(RotationNodeDocument, { id }, token)).data?.node ?? null,
  };

  /** What a refusal must leave alone. */
  const snapshot = async () => ({
    rotations: await db.prisma.rotation.findMany({ orderBy: { id: 'asc' } }),
    rotationSkills: await db.prisma.rotationSkill.count(),
    profileSkills: await db.prisma.profileSkill.findMany({ select: { id: true, level: true }, orderBy: { id: 'asc' } }),
    evidence: await db.prisma.skillEvidence.count(),
    endorsements: await db.prisma.endorsement.count(),
    audit: await db.prisma.auditEvent.count(),
  });

  async function refused(kind: string, act: () => Promise<Result>, message?: RegExp) {
    const before = await snapshot();
    const r = await act();
    expect(r.__typename, JSON.stringify(r)).toBe(kind);
    if (message) expect(r.message).toMatch(message);
    expect(await snapshot()).toEqual(before);
    return r;
  }

  const auditOf = async (globalId: string) =>
    (
      await db.prisma.auditEvent.findMany({ where: { entityType: 'Rotation', entityId: raw(globalId) }, orderBy: { id: 'asc' } })
    ).map((e) => [e.action, e.actorSubject]);

  return { ok, call, snapshot, refused, auditOf };
}

/** The highest total commitment of a person's PROPOSED, APPROVED and ACTIVE rotations on any day, by SQL. */
async function peakInDatabase(prisma: PrismaClient, profileId: string): Promise<number> {
  const rows = await prisma.$queryRaw<{ peak: number | null }[]>`
    SELECT max(load)::int AS peak FROM (
      SELECT d, sum(r."commitmentPercent") AS load
      FROM "Rotation" r, generate_series(r."startDate"::timestamp, r."endDate"::timestamp, interval '1 day') AS d
      WHERE r."profileId" = ${profileId}::uuid AND r.status IN ('PROPOSED', 'APPROVED', 'ACTIVE')
      GROUP BY d
    ) days`;
  return rows[0]?.peak ?? 0;
}

// ─── The lifecycle on PostgreSQL ────────────────────────────────────────────

describe('rotations on PostgreSQL', () => {
  let db: TestDatabase;
  let app: TestApp;
  let w: ReturnType<typeof world>;
  let ag: Awaited<ReturnType<typeof insertAgencies>>;
  let sk: Awaited<ReturnType<typeof insertSkills>>;
  const tok: Record<string, string> = {};
  const profileIds: Record<string, string> = {};

  /** A person of an agency with a token; skills at level 4 unless said. */
  async function person(agencyId: string, agency: string, subject: string, skills: [string, number][] = []) {
    const p = await db.prisma.profile.create({
      data: {
        agencyId,
        subject,
        givenName: subject[0]!.toUpperCase() + subject.slice(1),
        familyName: 'Tester',
        email: `${subject}@example.gov`,
        skills: { create: skills.map(([skillId, level]) => ({ skillId, level })) },
      },
    });
    profileIds[subject] = p.id;
    tok[subject] = await app.token('EMPLOYEE', agency, { subject });
    return gid('Profile', p.id);
  }

  const base = (personId: string, over: Partial<CreateRotationInput> = {}): CreateRotationInput => ({
    person: personId,
    hostAgency: 'NASA',
    programType: 'DETAIL',
    startDate: date(30),
    endDate: date(120),
    commitmentPercent: 50,
    ...over,
  });
  const created = async (personId: string, over: Partial<CreateRotationInput> = {}) =>
    w.ok(await w.call.create(base(personId, over), tok.gsaHr!));
  /** Created and approved on both sides. */
  const approved = async (personId: string, over: Partial<CreateRotationInput> = {}) => {
    const r = await created(personId, over);
    w.ok(await w.call.approve(r.id, 'HOME', tok.gsaHr!));
    return w.ok(await w.call.approve(r.id, 'HOST', tok.nasaHm!));
  };
  /** Approved, with the dates moved so that it started `daysAgo` days ago and ends in `endsIn` days. */
  const active = async (personId: string, daysAgo = 10, endsIn = 20, over: Partial<CreateRotationInput> = {}) => {
    const r = await approved(personId, over);
    await db.prisma.rotation.update({
      where: { id: raw(r.id) },
      data: { startDate: asDate(date(-daysAgo)), endDate: asDate(date(endsIn)) },
    });
    return r;
  };

  beforeAll(async () => {
    db = await createPostgresDatabase(10);
    ag = await insertAgencies(db.prisma);
    sk = await insertSkills(db.prisma);
    app = await createTestApp(db);
    w = world(db, app);
    const t = (key: string, role: Parameters<TestApp['token']>[0], agency: string, subject: string) =>
      app.token(role, agency, { subject }).then((v) => (tok[key] = v));
    await Promise.all([
      t('gsaHr', 'HR_SPECIALIST', 'GSA', 'gsa-hr'),
      t('gsaHr2', 'HR_SPECIALIST', 'GSA', 'gsa-hr2'),
      t('gsaHm', 'HIRING_MANAGER', 'GSA', 'gsa-hm'),
      t('gsaAdmin', 'ADMIN', 'GSA', 'gsa-admin'),
      t('nasaHm', 'HIRING_MANAGER', 'NASA', 'nasa-hm'),
      t('nasaHr', 'HR_SPECIALIST', 'NASA', 'nasa-hr'),
      t('nasaEmp', 'EMPLOYEE', 'NASA', 'nasa-emp'),
      t('nasaBoss', 'EMPLOYEE', 'NASA', 'nasa-boss'),
      t('docHr', 'HR_SPECIALIST', 'DOC', 'doc-hr'),
      t('noaaHr', 'HR_SPECIALIST', 'NOAA', 'noaa-hr'),
      t('noaaHm', 'HIRING_MANAGER', 'NOAA', 'noaa-hm'),
      t('censusHr', 'HR_SPECIALIST', 'CENSUS', 'census-hr'),
    ]);
  }, 60_000);
  afterAll(() => db?.destroy());

  describe('arranged by HR', () => {
    it('creates a PROPOSED rotation for a person of the agency, audited', async () => {
      const ana = await person(ag.gsa.id, 'GSA', 'ana');
      const r = w.ok(
        await w.call.create(
          base(ana, {
            agreementReference: 'IAA-2026-001',
            reimbursable: true,
            hostSupervisorName: 'Sam Ortiz',
            hostSupervisorEmail: 'sam.ortiz@nasa.gov',
            hostSupervisorSubject: 'nasa-boss',
          }),
          tok.gsaHr!,
        ),
      );
      expect(r).toMatchObject({
        status: 'PROPOSED',
        programType: 'DETAIL',
        personName: 'Ana Tester',
        person: { givenName: 'Ana' },
        homeAgency: { abbreviation: 'GSA' },
        hostAgency: { abbreviation: 'NASA' },
        opening: null,
        startDate: date(30),
        endDate: date(120),
        commitmentPercent: 50,
        reimbursable: true,
        agreementReference: 'IAA-2026-001',
        hostSupervisorSubject: 'nasa-boss',
        homeApprovedBy: null,
        hostApprovedBy: null,
        skills: [],
      });
      expect([...r.viewerActions].sort()).toEqual(['APPROVE_HOME', 'CANCEL', 'UPDATE']);
      expect(await w.auditOf(r.id)).toEqual([['rotation.create', 'gsa-hr']]);
      // The host sees the rotation and the name, not the profile (no application links them).
      expect(await w.call.node(r.id, tok.nasaHm)).toMatchObject({
        personName: 'Ana Tester',
        person: null,
        viewerActions: ['APPROVE_HOST', 'CANCEL', 'UPDATE'],
      });
    });

    it('refuses other roles and agencies, bad terms and a host equal to home for a DETAIL, changing nothing', async () => {
      const bo = await person(ag.gsa.id, 'GSA', 'bo');
      const nasaPerson = await person(ag.nasa.id, 'NASA', 'nia');
      await w.refused('ForbiddenError', () => w.call.create(base(bo), tok.gsaHm!));
      await w.refused('ForbiddenError', () => w.call.create(base(bo), tok.bo!));
      await w.refused('NotFoundError', () => w.call.create(base(bo), tok.nasaHr!));
      await w.refused('NotFoundError', () => w.call.create(base(nasaPerson), tok.gsaHr!));
      const unknown = await w.refused('ValidationError', () => w.call.create(base(bo, { hostAgency: 'NOPE' }), tok.gsaHr!));
      expect(unknown.problems).toEqual([{ path: ['input', 'hostAgency'], message: 'unknown agency "NOPE"' }]);
      for (const programType of ['DETAIL', 'TOUR_OF_DUTY'] as const) {
        const same = await w.refused('ValidationError', () =>
          w.call.create(base(bo, { programType, hostAgency: 'GSA' }), tok.gsaHr!),
        );
        expect(same.problems?.[0]?.path).toEqual(['input', 'hostAgency']);
      }
      const dates = await w.refused('ValidationError', () =>
        w.call.create(base(bo, { startDate: date(30), endDate: date(29) }), tok.gsaHr!),
      );
      expect(dates.problems).toEqual([{ path: ['input', 'endDate'], message: 'the end date is before the start date' }]);
      for (const commitmentPercent of [0, 101]) {
        const bad = await w.refused('ValidationError', () => w.call.create(base(bo, { commitmentPercent }), tok.gsaHr!));
        expect(bad.problems?.[0]?.path).toEqual(['input', 'commitmentPercent']);
      }
      await w.refused('ValidationError', () => w.call.create(base(bo, { hostSupervisorEmail: 'not an email' }), tok.gsaHr!));
      // HR does not arrange their own rotation.
      const self = await db.prisma.profile.create({
        data: { agencyId: ag.gsa.id, subject: 'gsa-hr2', givenName: 'Hal', familyName: 'Hr' },
      });
      await w.refused('ForbiddenError', () => w.call.create(base(gid('Profile', self.id)), tok.gsaHr2!), /your own/);
      // An agency-internal ROTATION (host = home) is fine.
      expect(w.ok(await w.call.create(base(bo, { programType: 'ROTATION', hostAgency: 'GSA' }), tok.gsaHr!))).toMatchObject({
        hostAgency: { abbreviation: 'GSA' },
      });
    });

    it('refuses a rotation that would take the person over 100% on some day', async () => {
      const cy = await person(ag.gsa.id, 'GSA', 'cy');
      await created(cy, { startDate: date(10), endDate: date(40), commitmentPercent: 60 });
      await created(cy, { startDate: date(41), endDate: date(80), commitmentPercent: 100 });
      const over = await w.refused('InvalidStateError', () =>
        w.call.create(base(cy, { startDate: date(30), endDate: date(50), commitmentPercent: 50 }), tok.gsaHr!),
      );
      expect(over.message).toBe(
        `The person would be committed 150% on ${date(41)} (other rotations 100% + this one 50%); the limit is 100%`,
      );
      // Exactly filling the gap is fine; a cancelled rotation no longer counts.
      const fits = await created(cy, { startDate: date(10), endDate: date(40), commitmentPercent: 40 });
      await w.refused('InvalidStateError', () =>
        w.call.create(base(cy, { startDate: date(20), endDate: date(20), commitmentPercent: 1 }), tok.gsaHr!),
      );
      w.ok(await w.call.cancel(fits.id, 'Plans changed', tok.gsaHr!));
      expect(await created(cy, { startDate: date(20), endDate: date(20), commitmentPercent: 40 })).toMatchObject({
        status: 'PROPOSED',
      });
    });
  });

  describe('from selection to completion', () => {
    it('approves on both sides, starts, extends and completes; the skills go on the profile; the history reads back who did what', async () => {
      await person(ag.gsa.id, 'GSA', 'dee', [
        [sk.python.id, 4],
        [sk.database.id, 4],
      ]);
      // Selection in the marketplace creates the PROPOSED rotation.
      const opening = one(
        await app.gql(
          CreateOpeningDocument,
          {
            input: {
              title: 'Telemetry pipeline',
              description: 'Build Python ingest jobs for mission telemetry.',
              programType: 'DETAIL',
              commitmentPercent: 50,
              startDate: date(60),
              durationWeeks: 12,
              applicationDeadline: new Date(Date.now() + 30 * DAY).toISOString(),
              requiresSupervisorApproval: false,
              skills: [{ skill: gid('Skill', sk.python.id), minLevel: 3, required: true }],
            },
          },
          tok.nasaHm,
        ),
      );
      if (opening.__typename !== 'CreateOpeningPayload') throw new Error(JSON.stringify(opening));
      expect(one(await app.gql(OpenOpeningDocument, { input: { opening: opening.opening.id } }, tok.nasaHm)).__typename).toBe(
        'OpenOpeningPayload',
      );
      const applied = one(await app.gql(ApplyToOpeningDocument, { input: { opening: opening.opening.id } }, tok.dee));
      if (applied.__typename !== 'ApplyToOpeningPayload') throw new Error(JSON.stringify(applied));
      const selected = one(
        await app.gql(SelectApplicationDocument, { input: { application: applied.application.id } }, tok.nasaHm),
      );
      if (selected.__typename !== 'SelectApplicationPayload') throw new Error(JSON.stringify(selected));
      const id = selected.application.rotation!.id;
      expect(await w.call.node(id, tok.dee)).toMatchObject({
        status: 'PROPOSED',
        opening: { title: 'Telemetry pipeline' },
        personName: 'Dee Tester',
        commitmentPercent: 50,
      });

      // Nothing but approval (or cancellation) while PROPOSED.
      await w.refused('ForbiddenError', () => w.call.approve(id, 'HOME', tok.nasaHm!));
      await w.refused('ForbiddenError', () => w.call.approve(id, 'HOST', tok.gsaHr!));
      await w.refused('NotFoundError', () => w.call.approve(id, 'HOME', tok.gsaHm!));
      await w.refused('ForbiddenError', () => w.call.approve(id, 'HOME', tok.gsaAdmin!));
      await w.refused('ForbiddenError', () => w.call.approve(id, 'HOST', tok.dee!));
      await w.refused('NotFoundError', () => w.call.approve(id, 'HOST', tok.docHr!));
      await w.refused('InvalidStateError', () => w.call.start(id, tok.nasaHm!), /approve/);
      await w.refused('InvalidStateError', () => w.call.extend(id, date(200), tok.nasaHm!), /PROPOSED/);
      await w.refused(
        'InvalidStateError',
        () => w.call.complete(id, [{ skill: gid('Skill', sk.python.id), levelAfter: 5, gained: true }], tok.nasaHm!),
        /PROPOSED cannot become COMPLETED/,
      );

      expect(w.ok(await w.call.approve(id, 'HOME', tok.gsaHr!))).toMatchObject({
        status: 'PROPOSED',
        homeApprovedBy: 'gsa-hr',
        hostApprovedBy: null,
      });
      await w.refused('InvalidStateError', () => w.call.approve(id, 'HOME', tok.gsaHr2!), /already approved/);
      const both = w.ok(await w.call.approve(id, 'HOST', tok.nasaHm!));
      expect(both).toMatchObject({ status: 'APPROVED', homeApprovedBy: 'gsa-hr', hostApprovedBy: 'nasa-hm' });
      expect(both.homeApprovedAt && both.hostApprovedAt).toBeTruthy();
      await w.refused('InvalidStateError', () => w.call.start(id, tok.nasaHm!), new RegExp(`starts on ${date(60)}`));

      // The start date comes (moved here): reads say ACTIVE at once; the host records the start.
      await db.prisma.rotation.update({
        where: { id: raw(id) },
        data: { startDate: asDate(date(-10)), endDate: asDate(date(20)) },
      });
      expect(await w.call.node(id, tok.dee)).toMatchObject({ status: 'ACTIVE' });
      expect((await db.prisma.rotation.findUniqueOrThrow({ where: { id: raw(id) } })).status).toBe('APPROVED');
      await w.refused('ForbiddenError', () => w.call.start(id, tok.gsaHr!));
      expect(w.ok(await w.call.start(id, tok.nasaHm!))).toMatchObject({ status: 'ACTIVE' });
      expect((await db.prisma.rotation.findUniqueOrThrow({ where: { id: raw(id) } })).status).toBe('ACTIVE');
      await w.refused('InvalidStateError', () => w.call.start(id, tok.nasaHm!), /ACTIVE/);

      // Extension: either agency, later only, audited with the dates.
      await w.refused('ForbiddenError', () => w.call.extend(id, date(40), tok.dee!));
      const earlier = await w.refused('ValidationError', () => w.call.extend(id, date(20), tok.gsaHr!));
      expect(earlier.problems).toEqual([
        { path: ['input', 'endDate'], message: `An extension moves the end date later than ${date(20)}` },
      ]);
      expect(w.ok(await w.call.extend(id, date(40), tok.gsaHr!, 'Second launch window'))).toMatchObject({
        status: 'ACTIVE',
        endDate: date(40),
      });

      // Completion: the host attests, on the last day or after, or with the earlier day it ended.
      const skills = [
        { skill: gid('Skill', sk.python.id), levelAfter: 5, gained: true },
        { skill: gid('Skill', sk.database.id), levelAfter: 3, gained: false },
        { skill: gid('Skill', sk.dataAnalysis.id), levelAfter: 3, gained: true },
      ];
      await w.refused('InvalidStateError', () => w.call.complete(id, skills, tok.nasaHm!), new RegExp(`runs until ${date(40)}`));
      const future = await w.refused('ValidationError', () => w.call.complete(id, skills, tok.nasaHm!, { endedOn: date(1) }));
      expect(future.problems?.[0]?.path).toEqual(['input', 'endedOn']);
      await w.refused('ValidationError', () => w.call.complete(id, skills, tok.nasaHm!, { endedOn: date(-11) }), /started on/);
      await w.refused('ForbiddenError', () => w.call.complete(id, skills, tok.gsaHr!, { endedOn: date(-1) }));
      await w.refused('ForbiddenError', () => w.call.complete(id, skills, tok.dee!, { endedOn: date(-1) }));
      const twice = await w.refused('ValidationError', () =>
        w.call.complete(id, [skills[0]!, { ...skills[0]!, levelAfter: 4 }], tok.nasaHm!, { endedOn: date(-1) }),
      );
      expect(twice.problems).toEqual([{ path: ['input', 'skills', '1', 'skill'], message: 'listed twice' }]);
      await w.refused('ValidationError', () => w.call.complete(id, [], tok.nasaHm!, { endedOn: date(-1) }));
      await w.refused('ValidationError', () =>
        w.call.complete(id, [{ ...skills[0]!, levelAfter: 6 }], tok.nasaHm!, { endedOn: date(-1) }),
      );

      const done = w.ok(await w.call.complete(id, skills, tok.nasaHm!, { endedOn: date(-1), note: 'Led the ingest rewrite.' }));
      expect(done).toMatchObject({
        status: 'COMPLETED',
        endedOn: date(-1),
        endDate: date(40),
        completedBy: 'nasa-hm',
        completionNote: 'Led the ingest rewrite.',
        viewerActions: [],
        skills: [
          { skill: { name: 'Python' }, gained: true, levelBefore: 4, levelAfter: 5, proficiencyAfter: 'EXPERT' },
          { skill: { name: 'perform data analysis' }, gained: true, levelBefore: null, levelAfter: 3 },
          { skill: { name: 'PostgreSQL' }, gained: false, levelBefore: 4, levelAfter: 3 },
        ],
      });

      // On the person's profile: levels never lowered, ROTATION evidence, the host's attestation.
      const mine = (await app.gql(MySkillsAfterRotationDocument, {}, tok.dee)).data!.viewer!.profile!.skills;
      const bySkill = Object.fromEntries(mine.map((s) => [s.skill.name, s]));
      const evidence = {
        source: 'ROTATION',
        title: 'Rotation at National Aeronautics and Space Administration: Telemetry pipeline',
        issuer: 'National Aeronautics and Space Administration',
        startDate: date(-10),
        endDate: date(-1),
      };
      expect(bySkill.Python).toMatchObject({ level: 5, verification: 'SUPERVISOR_ATTESTED', evidence: [evidence] });
      expect(bySkill['perform data analysis']).toMatchObject({
        level: 3,
        verification: 'SUPERVISOR_ATTESTED',
        evidence: [evidence],
      });
      expect(bySkill.PostgreSQL).toMatchObject({ level: 4, evidence: [evidence] });
      expect(await db.prisma.skillEvidence.count({ where: { rotationId: raw(id) } })).toBe(3);

      // The person's history shows where they went and what they gained.
      const history = (await app.gql(MyRotationsDocument, { first: 10 }, tok.dee)).data!.viewer!.rotations;
      expect(history.totalCount).toBe(1);
      expect(history.edges[0]!.node).toMatchObject({
        id,
        status: 'COMPLETED',
        hostAgency: { abbreviation: 'NASA' },
        skills: [{ gained: true }, { gained: true }, { gained: false }],
      });

      // Nothing moves a completed rotation.
      await w.refused('InvalidStateError', () => w.call.cancel(id, 'Too late', tok.gsaHr!), /COMPLETED cannot become CANCELLED/);
      await w.refused('InvalidStateError', () => w.call.extend(id, date(90), tok.gsaHr!), /COMPLETED/);
      await w.refused('InvalidStateError', () => w.call.complete(id, skills, tok.nasaHm!, { endedOn: date(-1) }));
      await w.refused(
        'InvalidStateError',
        async () => (await w.call.update({ rotation: id, agreementReference: 'X' }, tok.gsaHr!)) as Result,
        /COMPLETED/,
      );

      // Every transition, with who did it, read back through the API by those who see the rotation.
      const read = async (token?: string) =>
        (await app.gql(RotationHistoryDocument, { id }, token)).data?.node as {
          history: {
            action: string;
            actorSubject: string;
            actorAgency: { abbreviation: string | null } | null;
            before: unknown;
            after: unknown;
          }[];
        } | null;
      const trail = (await read(tok.dee))!.history;
      expect(trail.map((e) => [e.action, e.actorSubject])).toEqual([
        ['rotation.propose', 'nasa-hm'],
        ['rotation.approve.home', 'gsa-hr'],
        ['rotation.approve.host', 'nasa-hm'],
        ['rotation.start', 'nasa-hm'],
        ['rotation.extend', 'gsa-hr'],
        ['rotation.complete', 'nasa-hm'],
      ]);
      expect(trail[1]!.actorAgency).toEqual({ abbreviation: 'GSA' });
      expect(trail[4]).toMatchObject({
        before: { endDate: date(20) },
        after: { endDate: date(40), reason: 'Second launch window' },
      });
      expect(trail[5]!.after).toMatchObject({
        status: 'COMPLETED',
        endedOn: date(-1),
        skills: expect.arrayContaining([{ skillId: sk.python.id, gained: true, levelBefore: 4, levelAfter: 5 }]),
      });
      expect((await read(tok.nasaHr))!.history).toHaveLength(6);
      expect(await read(tok.docHr)).toBeNull();
      expect(await read(tok.nasaEmp)).toBeNull();
    });

    it('lets the named host supervisor attest; nobody else at the host without a managing role', async () => {
      const eve = await person(ag.gsa.id, 'GSA', 'eve', [[sk.python.id, 2]]);
      const r = await active(eve, 30, -1, { hostSupervisorSubject: 'nasa-boss' });
      expect(await w.call.node(r.id, tok.nasaBoss)).toMatchObject({ status: 'ACTIVE', viewerActions: ['COMPLETE'] });
      expect(await w.call.node(r.id, tok.nasaEmp)).toBeNull();
      await w.refused('NotFoundError', () =>
        w.call.complete(r.id, [{ skill: gid('Skill', sk.python.id), levelAfter: 3, gained: true }], tok.nasaEmp!),
      );
      const done = w.ok(
        await w.call.complete(r.id, [{ skill: gid('Skill', sk.python.id), levelAfter: 3, gained: true }], tok.nasaBoss!),
      );
      expect(done).toMatchObject({
        status: 'COMPLETED',
        completedBy: 'nasa-boss',
        endedOn: date(-1),
        skills: [{ levelBefore: 2, levelAfter: 3 }],
      });
      expect(
        (await db.prisma.profileSkill.findFirstOrThrow({ where: { profileId: profileIds.eve, skillId: sk.python.id } })).level,
      ).toBe(3);
    });
  });

  describe('the start date', () => {
    it('activates at approval when the start date has passed, audited as the system', async () => {
      const fay = await person(ag.gsa.id, 'GSA', 'fay');
      const r = await created(fay, { startDate: date(-5), endDate: date(30) });
      w.ok(await w.call.approve(r.id, 'HOST', tok.nasaHr!));
      expect(w.ok(await w.call.approve(r.id, 'HOME', tok.gsaHr!))).toMatchObject({ status: 'ACTIVE' });
      expect((await db.prisma.rotation.findUniqueOrThrow({ where: { id: raw(r.id) } })).status).toBe('ACTIVE');
      expect(await w.auditOf(r.id)).toEqual([
        ['rotation.create', 'gsa-hr'],
        ['rotation.approve.host', 'nasa-hr'],
        ['rotation.approve.home', 'gsa-hr'],
        ['rotation.start', 'system'],
      ]);
    });

    it('is written down by the sweeper, and by any change, once', async () => {
      const gus = await person(ag.gsa.id, 'GSA', 'gus');
      const hal = await person(ag.gsa.id, 'GSA', 'hal');
      const a = await active(gus, 3, 30);
      const b = await active(hal, 3, 30);
      for (const r of [a, b]) expect(await w.call.node(r.id, tok.gsaHr)).toMatchObject({ status: 'ACTIVE' });
      // Any change first writes the start down.
      w.ok(await w.call.extend(b.id, date(35), tok.nasaHm!));
      expect((await w.auditOf(b.id)).slice(-2)).toEqual([
        ['rotation.start', 'system'],
        ['rotation.extend', 'nasa-hm'],
      ]);
      expect(await startDueRotations(db.prisma)).toBe(1);
      expect(await startDueRotations(db.prisma)).toBe(0);
      expect((await db.prisma.rotation.findUniqueOrThrow({ where: { id: raw(a.id) } })).status).toBe('ACTIVE');
      expect((await w.auditOf(a.id)).at(-1)).toEqual(['rotation.start', 'system']);
    });
  });

  describe('cancelling', () => {
    it('takes a reason; the person may cancel before the start, either agency until completion; an ACTIVE one ends today', async () => {
      const ida = await person(ag.gsa.id, 'GSA', 'ida');
      const proposed = await created(ida, { startDate: date(10), endDate: date(20) });
      await w.refused('ValidationError', () => w.call.cancel(proposed.id, '   ', tok.ida!));
      await w.refused('NotFoundError', () => w.call.cancel(proposed.id, 'No', tok.nasaEmp!));
      await w.refused('NotFoundError', () => w.call.cancel(proposed.id, 'No', tok.gsaHm!));
      await w.refused('ForbiddenError', () => w.call.cancel(proposed.id, 'No', tok.gsaAdmin!));
      expect(w.ok(await w.call.cancel(proposed.id, 'Family reasons', tok.ida!))).toMatchObject({
        status: 'CANCELLED',
        cancelReason: 'Family reasons',
        cancelledBy: 'ida',
        endedOn: null,
      });
      await w.refused(
        'InvalidStateError',
        () => w.call.cancel(proposed.id, 'Again', tok.gsaHr!),
        /CANCELLED cannot become CANCELLED/,
      );
      await w.refused('InvalidStateError', () => w.call.approve(proposed.id, 'HOME', tok.gsaHr!), /CANCELLED/);

      const approvedOne = await approved(ida, { startDate: date(30), endDate: date(40) });
      expect(w.ok(await w.call.cancel(approvedOne.id, 'Budget', tok.nasaHr!))).toMatchObject({
        status: 'CANCELLED',
        cancelledBy: 'nasa-hr',
        endedOn: null,
      });

      const running = await active(ida, 10, 20);
      await w.refused('ForbiddenError', () => w.call.cancel(running.id, 'Quitting', tok.ida!), /has started/);
      expect(w.ok(await w.call.cancel(running.id, 'Project stopped', tok.gsaHr!))).toMatchObject({
        status: 'CANCELLED',
        endedOn: date(0),
      });
      // Past its end date but not yet attested: it ended on its end date.
      const overdue = await active(ida, 30, -3);
      expect(w.ok(await w.call.cancel(overdue.id, 'No attestation coming', tok.nasaHm!))).toMatchObject({ endedOn: date(-3) });
      expect((await w.auditOf(overdue.id)).at(-1)).toEqual(['rotation.cancel', 'nasa-hm']);
    });
  });

  describe('editing', () => {
    it('edits details until the end, and dates or commitment only while PROPOSED, withdrawing approvals', async () => {
      const jo = await person(ag.gsa.id, 'GSA', 'jo');
      const r = await created(jo);
      w.ok(await w.call.approve(r.id, 'HOME', tok.gsaHr!));
      await w.refused('ForbiddenError', async () => w.call.update({ rotation: r.id, agreementReference: 'X' }, tok.jo!));
      const bad = await w.refused('ValidationError', async () =>
        w.call.update({ rotation: r.id, endDate: date(1) }, tok.nasaHm!),
      );
      expect(bad.problems?.[0]?.path).toEqual(['input', 'endDate']);
      const edited = w.ok(
        await w.call.update(
          { rotation: r.id, commitmentPercent: 40, agreementReference: 'IAA-7', hostSupervisorSubject: 'nasa-boss' },
          tok.nasaHm!,
        ),
      );
      expect(edited).toMatchObject({
        commitmentPercent: 40,
        agreementReference: 'IAA-7',
        hostSupervisorSubject: 'nasa-boss',
        homeApprovedBy: null,
        status: 'PROPOSED',
      });
      const last = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: raw(r.id) }, orderBy: { id: 'desc' } });
      expect(last).toMatchObject({
        action: 'rotation.update',
        actorSubject: 'nasa-hm',
        before: { commitmentPercent: 50, homeApprovedBy: 'gsa-hr', agreementReference: null },
        after: { commitmentPercent: 40, homeApprovedBy: null, agreementReference: 'IAA-7' },
      });

      w.ok(await w.call.approve(r.id, 'HOME', tok.gsaHr!));
      w.ok(await w.call.approve(r.id, 'HOST', tok.nasaHm!));
      await w.refused(
        'InvalidStateError',
        async () => w.call.update({ rotation: r.id, commitmentPercent: 30 }, tok.gsaHr!),
        /agreed/,
      );
      expect(
        w.ok(await w.call.update({ rotation: r.id, agreementReference: null, reimbursable: true }, tok.gsaHr!)),
      ).toMatchObject({ agreementReference: null, reimbursable: true, status: 'APPROVED' });
    });

    it('re-checks the ceiling when the terms change', async () => {
      const kai = await person(ag.gsa.id, 'GSA', 'kai');
      await created(kai, { commitmentPercent: 60 });
      const other = await created(kai, { commitmentPercent: 40 });
      await w.refused(
        'InvalidStateError',
        async () => w.call.update({ rotation: other.id, commitmentPercent: 41 }, tok.gsaHr!),
        /101%/,
      );
    });
  });

  describe('who sees a rotation', () => {
    it('the person, home HR and admins, the host’s managers; nobody else', async () => {
      const lu = await person(ag.gsa.id, 'GSA', 'lu');
      const peer = await person(ag.gsa.id, 'GSA', 'peer');
      void peer;
      const r = await created(lu);
      for (const [who, t] of Object.entries({
        person: tok.lu,
        homeHr: tok.gsaHr,
        admin: tok.gsaAdmin,
        hostHm: tok.nasaHm,
        hostHr: tok.nasaHr,
      })) {
        expect(await w.call.node(r.id, t), who).toMatchObject({ id: r.id });
      }
      for (const [who, t] of Object.entries({
        colleague: tok.peer,
        homeHm: tok.gsaHm,
        hostEmployee: tok.nasaEmp,
        otherHr: tok.docHr,
        anonymous: undefined,
      })) {
        const res = await app.gql(RotationNodeDocument, { id: r.id }, t);
        expect(res.status, who).toBe(200);
        expect(res.data?.node ?? null, who).toBeNull();
      }
    });
  });

  describe('agency views', () => {
    // NOAA and the Census Bureau only, so the counts are exact.
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      const mk = async (
        subject: string,
        agencyId: string,
        data: { hostAgencyId: string; status: RotationStatus; start: number; end: number; endedOn?: number },
      ) => {
        const p = await db.prisma.profile.create({ data: { agencyId, subject, givenName: subject, familyName: 'View' } });
        const r = await db.prisma.rotation.create({
          data: {
            profileId: p.id,
            homeAgencyId: agencyId,
            hostAgencyId: data.hostAgencyId,
            programType: 'DETAIL',
            status: data.status,
            startDate: asDate(date(data.start)),
            endDate: asDate(date(data.end)),
            endedOn: data.endedOn === undefined ? null : asDate(date(data.endedOn)),
            completedAt: data.status === 'COMPLETED' ? new Date() : null,
            commitmentPercent: 100,
          },
        });
        ids[subject] = gid('Rotation', r.id);
      };
      await mk('returning', ag.noaa.id, { hostAgencyId: ag.census.id, status: 'ACTIVE', start: -50, end: 10 });
      await mk('staying', ag.noaa.id, { hostAgencyId: ag.census.id, status: 'ACTIVE', start: -50, end: 100 });
      await mk('overdue', ag.noaa.id, { hostAgencyId: ag.census.id, status: 'ACTIVE', start: -50, end: -2 });
      await mk('starting', ag.noaa.id, { hostAgencyId: ag.census.id, status: 'APPROVED', start: -1, end: 100 });
      await mk('later', ag.noaa.id, { hostAgencyId: ag.census.id, status: 'APPROVED', start: 5, end: 100 });
      await mk('asked', ag.noaa.id, { hostAgencyId: ag.census.id, status: 'PROPOSED', start: 20, end: 100 });
      await mk('back', ag.noaa.id, { hostAgencyId: ag.census.id, status: 'COMPLETED', start: -200, end: -100, endedOn: -100 });
      await mk('visitor', ag.census.id, { hostAgencyId: ag.noaa.id, status: 'ACTIVE', start: -5, end: 60 });
    });

    const list = async (
      token: string,
      direction: RotationDirection,
      extra: { statuses?: RotationStatus[]; endingWithinDays?: number; first?: number; after?: string } = {},
    ) => {
      const res = await app.gql(AgencyRotationsDocument, { direction, first: 20, ...extra }, token);
      return res;
    };
    const names = (res: Awaited<ReturnType<typeof list>>) =>
      res.data!.agencyRotations!.edges.map((e) => e.node.personName.split(' ')[0]);

    it('lists people out on rotation, hosted, and upcoming returns, with effective statuses', async () => {
      expect(names(await list(tok.noaaHr!, 'OUTGOING')).sort()).toEqual([
        'asked',
        'later',
        'overdue',
        'returning',
        'starting',
        'staying',
      ]);
      const out = await list(tok.noaaHr!, 'OUTGOING', { statuses: ['ACTIVE'] });
      expect(out.data!.agencyRotations!.totalCount).toBe(4);
      expect(names(out).sort()).toEqual(['overdue', 'returning', 'starting', 'staying']);
      expect(names(await list(tok.noaaHr!, 'OUTGOING', { statuses: ['APPROVED'] }))).toEqual(['later']);
      expect(names(await list(tok.noaaHr!, 'OUTGOING', { statuses: ['COMPLETED'] }))).toEqual(['back']);
      // Upcoming returns: ACTIVE and ending within 30 days (overdue first), soonest first.
      const returns = await list(tok.noaaHr!, 'OUTGOING', { endingWithinDays: 30 });
      expect(names(returns)).toEqual(['overdue', 'returning']);
      expect(returns.data!.agencyRotations!.edges[1]!.node).toMatchObject({
        status: 'ACTIVE',
        endDate: date(10),
        hostAgency: { abbreviation: 'CENSUS' },
      });
      expect(names(await list(tok.noaaHr!, 'INCOMING'))).toEqual(['visitor']);
      expect(names(await list(tok.noaaHm!, 'INCOMING'))).toEqual(['visitor']);
      expect(names(await list(tok.censusHr!, 'INCOMING', { statuses: ['ACTIVE'] })).sort()).toEqual([
        'overdue',
        'returning',
        'starting',
        'staying',
      ]);
      // Pages.
      const first = await list(tok.noaaHr!, 'OUTGOING', { first: 2 });
      const page = first.data!.agencyRotations!;
      expect([page.edges.length, page.totalCount, page.pageInfo.hasNextPage]).toEqual([2, 6, true]);
      const second = await list(tok.noaaHr!, 'OUTGOING', { first: 10, after: page.pageInfo.endCursor! });
      expect(second.data!.agencyRotations!.edges).toHaveLength(4);
    });

    it('refuses hiring managers the outgoing list and employees both', async () => {
      const res = await list(tok.noaaHm!, 'OUTGOING');
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data?.agencyRotations ?? null).toBeNull();
      const emp = await list(await app.token('EMPLOYEE', 'NOAA', { subject: 'noaa-emp' }), 'INCOMING');
      expect(emp.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('gives the person their history, latest first', async () => {
      const mo = await person(ag.gsa.id, 'GSA', 'mo');
      const early = await created(mo, { startDate: date(10), endDate: date(20) });
      const late = await created(mo, { startDate: date(40), endDate: date(50) });
      const mine = (await app.gql(MyRotationsDocument, { first: 10 }, tok.mo)).data!.viewer!.rotations;
      expect(mine.edges.map((e) => e.node.id)).toEqual([late.id, early.id]);
    });
  });

  describe('the 100% ceiling under concurrency', () => {
    it('50 concurrent 30% rotations for one person over overlapping dates: exactly 3 are created', async () => {
      const nat = await person(ag.gsa.id, 'GSA', 'nat');
      const auditBefore = await db.prisma.auditEvent.count();
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          w.call.create(
            base(nat, { startDate: date(10 + (i % 5)), endDate: date(60 + (i % 7)), commitmentPercent: 30 }),
            tok.gsaHr!,
          ),
        ),
      );
      const kinds = results.map((r) => r.__typename);
      expect(kinds.filter((k) => k === 'CreateRotationPayload')).toHaveLength(3);
      expect(kinds.filter((k) => k === 'InvalidStateError')).toHaveLength(47);
      expect(await db.prisma.rotation.count({ where: { profileId: profileIds.nat } })).toBe(3);
      expect(await db.prisma.auditEvent.count()).toBe(auditBefore + 3);
      expect(await peakInDatabase(db.prisma, profileIds.nat!)).toBe(90);
    }, 60_000);

    it('concurrent extensions by both agencies: the ceiling holds, one of each pair wins', async () => {
      const people = await Promise.all(Array.from({ length: 5 }, (_, i) => person(ag.gsa.id, 'GSA', `ext-${i}`)));
      const pairs = [];
      for (const p of people) {
        // Today: 60% + 30% until day 10; 40% from day 20. Each extension alone fits; both do not.
        const big = await active(p, 10, 10, { commitmentPercent: 60 });
        const small = await active(p, 10, 10, { commitmentPercent: 30 });
        await created(p, { startDate: date(20), endDate: date(40), commitmentPercent: 40 });
        pairs.push([big.id, small.id] as const);
      }
      const results = await Promise.all(
        pairs.flatMap(([big, small]) => [w.call.extend(big, date(30), tok.gsaHr!), w.call.extend(small, date(30), tok.nasaHm!)]),
      );
      for (let i = 0; i < pairs.length; i++) {
        const kinds = [results[2 * i]!.__typename, results[2 * i + 1]!.__typename].sort();
        expect(kinds).toEqual(['ExtendRotationPayload', 'InvalidStateError']);
      }
      for (let i = 0; i < people.length; i++)
        expect(await peakInDatabase(db.prisma, profileIds[`ext-${i}`]!)).toBeLessThanOrEqual(100);
    }, 60_000);
  });

  describe('the database', () => {
    it('refuses invalid rows from any writer', async () => {
      const p = await db.prisma.profile.create({ data: { agencyId: ag.gsa.id, givenName: 'Raw', familyName: 'Writer' } });
      const row = {
        profileId: p.id,
        homeAgencyId: ag.gsa.id,
        hostAgencyId: ag.nasa.id,
        programType: 'DETAIL' as const,
        startDate: asDate('2026-01-10'),
        endDate: asDate('2026-02-10'),
        commitmentPercent: 50,
      };
      for (const bad of [
        { endDate: asDate('2026-01-09') },
        { commitmentPercent: 0 },
        { commitmentPercent: 120 },
        { hostAgencyId: ag.gsa.id },
        { endedOn: asDate('2026-03-01') },
        { status: 'COMPLETED' as const },
        { status: 'CANCELLED' as const },
      ]) {
        await expect(db.prisma.rotation.create({ data: { ...row, ...bad } }), JSON.stringify(bad)).rejects.toThrow();
      }
      const ok = await db.prisma.rotation.create({ data: row });
      await expect(
        db.prisma.rotationSkill.create({ data: { rotationId: ok.id, skillId: sk.python.id, gained: true, levelAfter: 6 } }),
      ).rejects.toThrow();
    });
  });
});

// ─── Mobility figures on a seeded scenario ──────────────────────────────────

describe('mobility figures', () => {
  let db: TestDatabase;
  let app: TestApp;
  const tok: Record<string, string> = {};
  const personIds: string[] = [];

  beforeAll(async () => {
    db = await createPostgresDatabase(4);
    const ag = await insertAgencies(db.prisma);
    const sk = await insertSkills(db.prisma);
    app = await createTestApp(db);
    tok.admin = await app.token('ADMIN', 'GSA', { subject: 'admin' });
    tok.gsaHr = await app.token('HR_SPECIALIST', 'GSA', { subject: 'gsa-hr' });
    tok.gsaHm = await app.token('HIRING_MANAGER', 'GSA', { subject: 'gsa-hm' });
    tok.emp = await app.token('EMPLOYEE', 'GSA', { subject: 'gsa-emp' });

    const people: Record<string, string> = {};
    const mkPerson = async (key: string, agencyId: string, discoverable: boolean, skills: [string, number][]) => {
      const p = await db.prisma.profile.create({
        data: {
          agencyId,
          subject: key,
          givenName: `Given-${key}`,
          familyName: `Family-${key}`,
          discoverable,
          skills: { create: skills.map(([skillId, level]) => ({ skillId, level })) },
        },
      });
      people[key] = p.id;
      personIds.push(p.id);
    };
    await mkPerson('p1', ag.gsa.id, true, [
      [sk.python.id, 4],
      [sk.database.id, 3],
    ]);
    await mkPerson('p2', ag.gsa.id, true, [[sk.python.id, 3]]);
    await mkPerson('p3', ag.gsa.id, false, [[sk.python.id, 5]]);
    await mkPerson('p4', ag.nasa.id, true, [
      [sk.python.id, 2],
      [sk.dataAnalysis.id, 2],
    ]);
    await mkPerson('p5', ag.nasa.id, false, []);
    await mkPerson('p6', ag.noaa.id, true, [[sk.database.id, 1]]);
    await mkPerson('p7', ag.noaa.id, false, []);

    const rot = async (
      key: string,
      home: string,
      host: string,
      programType: 'DETAIL' | 'ROTATION',
      status: RotationStatus,
      start: string,
      end: string,
      extra: { pct?: number; endedOn?: string; cancelledAt?: string; gained?: string[]; used?: string[] } = {},
    ) => {
      const r = await db.prisma.rotation.create({
        data: {
          profileId: people[key]!,
          homeAgencyId: home,
          hostAgencyId: host,
          programType,
          status,
          startDate: asDate(start),
          endDate: asDate(end),
          commitmentPercent: extra.pct ?? 100,
          endedOn: extra.endedOn ? asDate(extra.endedOn) : null,
          completedAt: status === 'COMPLETED' ? asDate(extra.endedOn!) : null,
          cancelledAt: extra.cancelledAt ? new Date(extra.cancelledAt) : null,
          cancelReason: status === 'CANCELLED' ? 'seeded' : null,
        },
      });
      const skills = [
        ...(extra.gained ?? []).map((skillId) => ({ skillId, gained: true })),
        ...(extra.used ?? []).map((skillId) => ({ skillId, gained: false })),
      ];
      if (skills.length)
        await db.prisma.rotationSkill.createMany({ data: skills.map((s) => ({ ...s, rotationId: r.id, levelAfter: 3 })) });
    };
    // Period of the questions: 2025-01-01 … 2025-06-30 (181 days).
    await rot('p1', ag.gsa.id, ag.nasa.id, 'DETAIL', 'COMPLETED', '2025-01-01', '2025-03-31', {
      endedOn: '2025-03-31',
      gained: [sk.python.id, sk.dataAnalysis.id],
      used: [sk.database.id],
    }); // A: 90 days
    await rot('p2', ag.gsa.id, ag.nasa.id, 'DETAIL', 'ACTIVE', '2025-02-01', '2026-07-31', { pct: 50 }); // B: 150 days in the period at 50% = 75
    await rot('p4', ag.nasa.id, ag.gsa.id, 'ROTATION', 'COMPLETED', '2025-06-01', '2025-06-30', {
      endedOn: '2025-06-30',
      gained: [sk.python.id],
    }); // C: 30 days
    await rot('p3', ag.gsa.id, ag.nasa.id, 'DETAIL', 'CANCELLED', '2025-09-01', '2025-10-31', {
      cancelledAt: '2025-05-05T14:00:00Z',
    }); // D: cancelled before the start
    await rot('p6', ag.noaa.id, ag.gsa.id, 'DETAIL', 'CANCELLED', '2025-01-01', '2025-03-31', {
      cancelledAt: '2025-01-15T09:00:00Z',
      endedOn: '2025-01-15',
    }); // E: 15 days
    await rot('p7', ag.noaa.id, ag.nasa.id, 'DETAIL', 'COMPLETED', '2025-03-01', '2025-04-30', {
      endedOn: '2025-04-15',
      gained: [sk.python.id],
    }); // F: ended early, 46 days
    await rot('p5', ag.nasa.id, ag.noaa.id, 'DETAIL', 'PROPOSED', '2025-02-01', '2025-03-01'); // G: never started
    await rot('p1', ag.gsa.id, ag.doc.id, 'DETAIL', 'COMPLETED', '2024-10-01', '2024-12-31', {
      endedOn: '2024-12-31',
      gained: [sk.database.id],
    }); // H: before the period
    await rot('p5', ag.nasa.id, ag.doc.id, 'DETAIL', 'COMPLETED', '2025-07-01', '2025-08-31', { endedOn: '2025-08-31' }); // I: after the period

    // Demand: openings open now. GSA: Python ≥ 4, data analysis ≥ 2. NASA: Python ≥ 3 twice, PostgreSQL ≥ 2.
    const opening = async (host: string, status: 'OPEN' | 'DRAFT', deadlineDays: number, skills: [string, number][]) =>
      db.prisma.opening.create({
        data: {
          hostAgencyId: host,
          title: 'Seeded',
          description: 'Seeded opening',
          programType: 'DETAIL',
          status,
          commitmentPercent: 50,
          startDate: asDate(date(90)),
          durationWeeks: 10,
          applicationDeadline: new Date(Date.now() + deadlineDays * DAY),
          createdBySubject: 'seed',
          skills: { create: skills.map(([skillId, minLevel]) => ({ skillId, minLevel })) },
        },
      });
    await opening(ag.nasa.id, 'OPEN', 30, [
      [sk.python.id, 3],
      [sk.database.id, 2],
    ]);
    await opening(ag.nasa.id, 'OPEN', 30, [[sk.python.id, 3]]);
    await opening(ag.gsa.id, 'OPEN', 30, [
      [sk.python.id, 4],
      [sk.dataAnalysis.id, 2],
    ]);
    await opening(ag.nasa.id, 'DRAFT', 30, [[sk.python.id, 3]]); // not open
    await opening(ag.nasa.id, 'OPEN', -1, [[sk.python.id, 3]]); // past its deadline: effectively closed
  }, 60_000);
  afterAll(() => db?.destroy());

  const figures = async (token: string, agency?: string) =>
    app.gql(MobilityFiguresDocument, { from: '2025-01-01', to: '2025-06-30', agency }, token);
  const pm = (days: number) => Math.round((days / 30.4375) * 100) / 100;

  it('answers every agency’s figures to an admin, as computed by hand', async () => {
    const res = await figures(tok.admin!);
    expect(res.errors).toBeUndefined();
    expect(res.data!.mobilityFigures).toEqual({
      from: '2025-01-01',
      to: '2025-06-30',
      agency: null,
      flows: [
        { from: { abbreviation: 'GSA' }, to: { abbreviation: 'NASA' }, count: 2, personMonths: pm(90 + 75) },
        { from: { abbreviation: 'NOAA' }, to: { abbreviation: 'NASA' }, count: 1, personMonths: pm(46) },
        { from: { abbreviation: 'NASA' }, to: { abbreviation: 'GSA' }, count: 1, personMonths: pm(30) },
        { from: { abbreviation: 'NOAA' }, to: { abbreviation: 'GSA' }, count: 1, personMonths: pm(15) },
      ],
      rotationsInService: 5,
      personMonths: pm(90 + 75 + 46 + 30 + 15),
      averageDurationDays: 55.3, // (90 + 30 + 46) / 3
      completed: 3,
      cancelled: 2,
      completionRate: 0.6,
      topSkillsGained: [
        { skill: { name: 'Python' }, count: 3 },
        { skill: { name: 'perform data analysis' }, count: 1 },
      ],
      skillSupplyDemand: [
        { skill: { name: 'Python' }, minLevel: 3, openOpenings: 2, discoverablePeopleAtLevel: 2 },
        { skill: { name: 'perform data analysis' }, minLevel: 2, openOpenings: 1, discoverablePeopleAtLevel: 1 },
        { skill: { name: 'PostgreSQL' }, minLevel: 2, openOpenings: 1, discoverablePeopleAtLevel: 1 },
        { skill: { name: 'Python' }, minLevel: 4, openOpenings: 1, discoverablePeopleAtLevel: 1 },
      ],
    });
    expect([pm(165), pm(46), pm(30), pm(15), pm(256)]).toEqual([5.42, 1.51, 0.99, 0.49, 8.41]);
  });

  it('limits an HR specialist to their agency (sent or hosted, openings it posted)', async () => {
    const res = await figures(tok.gsaHr!);
    expect(res.errors).toBeUndefined();
    expect(res.data!.mobilityFigures).toMatchObject({
      agency: { abbreviation: 'GSA' },
      flows: [
        { from: { abbreviation: 'GSA' }, to: { abbreviation: 'NASA' }, count: 2, personMonths: 5.42 },
        { from: { abbreviation: 'NASA' }, to: { abbreviation: 'GSA' }, count: 1, personMonths: 0.99 },
        { from: { abbreviation: 'NOAA' }, to: { abbreviation: 'GSA' }, count: 1, personMonths: 0.49 },
      ],
      rotationsInService: 4,
      personMonths: pm(90 + 75 + 30 + 15),
      averageDurationDays: 60,
      completed: 2,
      cancelled: 2,
      completionRate: 0.5,
      topSkillsGained: [
        { skill: { name: 'Python' }, count: 2 },
        { skill: { name: 'perform data analysis' }, count: 1 },
      ],
      skillSupplyDemand: [
        { skill: { name: 'perform data analysis' }, minLevel: 2, openOpenings: 1, discoverablePeopleAtLevel: 1 },
        { skill: { name: 'Python' }, minLevel: 4, openOpenings: 1, discoverablePeopleAtLevel: 1 },
      ],
    });
    expect((await figures(tok.gsaHr!, 'GSA')).data!.mobilityFigures).toEqual(res.data!.mobilityFigures);
    // An admin may ask for one agency.
    const noaa = (await figures(tok.admin!, 'NOAA')).data!.mobilityFigures!;
    expect(noaa.flows.map((f) => `${f.from.abbreviation}>${f.to.abbreviation}:${f.count}`)).toEqual([
      'NOAA>NASA:1',
      'NOAA>GSA:1',
    ]);
    expect([noaa.completed, noaa.cancelled, noaa.skillSupplyDemand]).toEqual([1, 1, []]);
  });

  it('never names a person, and refuses other agencies and roles', async () => {
    const answers = JSON.stringify([(await figures(tok.admin!)).data, (await figures(tok.gsaHr!)).data]);
    for (const id of personIds) expect(answers).not.toContain(id);
    expect(answers).not.toMatch(/Given-|Family-|"p\d"/);
    const other = await figures(tok.gsaHr!, 'NASA');
    expect(other.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, path: ['mobilityFigures'] });
    for (const t of [tok.gsaHm!, tok.emp!]) {
      const res = await figures(t);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data?.mobilityFigures ?? null).toBeNull();
    }
    const reversed = await app.gql(MobilityFiguresDocument, { from: '2025-06-30', to: '2025-01-01' }, tok.admin);
    expect(reversed.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });

  it('exports the same figures as CSV', async () => {
    const res = await app.gql(MobilityFiguresCsvDocument, { from: '2025-01-01', to: '2025-06-30' }, tok.gsaHr);
    expect(res.errors).toBeUndefined();
    expect(res.data!.mobilityFiguresCsv!.split('\r\n')).toEqual([
      'metric,from_agency,to_agency,skill,skill_scheme,skill_code,min_level,value',
      'period_from,,,,,,,2025-01-01',
      'period_to,,,,,,,2025-06-30',
      'scope,,,,,,,GSA',
      'rotations_in_service,,,,,,,4',
      'person_months,,,,,,,6.9',
      'average_duration_days,,,,,,,60',
      'completed,,,,,,,2',
      'cancelled,,,,,,,2',
      'completion_rate,,,,,,,0.5',
      'flow_count,GSA,NASA,,,,,2',
      'flow_person_months,GSA,NASA,,,,,5.42',
      'flow_count,NASA,GSA,,,,,1',
      'flow_person_months,NASA,GSA,,,,,0.99',
      'flow_count,NOAA,GSA,,,,,1',
      'flow_person_months,NOAA,GSA,,,,,0.49',
      'skill_gained,,,Python,ONET_TECH,43232405|Python,,2',
      'skill_gained,,,perform data analysis,ESCO,http://data.europa.eu/esco/skill/data-analysis-fixture,,1',
      'open_openings,,,perform data analysis,ESCO,http://data.europa.eu/esco/skill/data-analysis-fixture,2,1',
      'discoverable_people_at_level,,,perform data analysis,ESCO,http://data.europa.eu/esco/skill/data-analysis-fixture,2,1',
      'open_openings,,,Python,ONET_TECH,43232405|Python,4,1',
      'discoverable_people_at_level,,,Python,ONET_TECH,43232405|Python,4,1',
      '',
    ]);
    const denied = await app.gql(MobilityFiguresCsvDocument, { from: '2025-01-01', to: '2025-06-30' }, tok.emp);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

// ─── The lifecycle on the embedded database ─────────────────────────────────

describe('rotations on PGlite', () => {
  let db: TestDatabase;
  let app: TestApp;
  let w: ReturnType<typeof world>;
  const tok: Record<string, string> = {};

  beforeAll(async () => {
    db = await createPgliteDatabase();
    const ag = await insertAgencies(db.prisma);
    await insertSkills(db.prisma);
    await db.prisma.profile.create({
      data: { agencyId: ag.gsa.id, subject: 'ana', givenName: 'Ana', familyName: 'Reyes', discoverable: true },
    });
    app = await createTestApp(db);
    w = world(db, app);
    tok.ana = await app.token('EMPLOYEE', 'GSA', { subject: 'ana' });
    tok.gsaHr = await app.token('HR_SPECIALIST', 'GSA', { subject: 'gsa-hr' });
    tok.nasaHm = await app.token('HIRING_MANAGER', 'NASA', { subject: 'nasa-hm' });
    tok.admin = await app.token('ADMIN', 'GSA', { subject: 'admin' });
  }, 120_000);
  afterAll(() => db?.destroy());

  it('creates, approves (starting at once), extends, completes, reads history and figures without waiting on itself', async () => {
    const me = await db.prisma.profile.findUniqueOrThrow({ where: { subject: 'ana' } });
    const skill = await db.prisma.skill.findFirstOrThrow({ where: { name: 'Python' } });
    const r = w.ok(
      await w.call.create(
        {
          person: gid('Profile', me.id),
          hostAgency: 'NASA',
          programType: 'TOUR_OF_DUTY',
          startDate: date(-20),
          endDate: date(-5),
          commitmentPercent: 100,
        },
        tok.gsaHr!,
      ),
    );
    await w.refused('InvalidStateError', () =>
      w.call.create(
        {
          person: gid('Profile', me.id),
          hostAgency: 'NASA',
          programType: 'DETAIL',
          startDate: date(-6),
          endDate: date(10),
          commitmentPercent: 10,
        },
        tok.gsaHr!,
      ),
    );
    w.ok(await w.call.approve(r.id, 'HOME', tok.gsaHr!));
    expect(w.ok(await w.call.approve(r.id, 'HOST', tok.nasaHm!))).toMatchObject({ status: 'ACTIVE' });
    w.ok(await w.call.extend(r.id, date(-2), tok.nasaHm!));
    const done = w.ok(await w.call.complete(r.id, [{ skill: gid('Skill', skill.id), levelAfter: 4, gained: true }], tok.nasaHm!));
    expect(done).toMatchObject({ status: 'COMPLETED', endedOn: date(-2), skills: [{ levelBefore: null, levelAfter: 4 }] });
    const trail = (await app.gql(RotationHistoryDocument, { id: r.id }, tok.ana)).data!.node as { history: { action: string }[] };
    expect(trail.history.map((e) => e.action)).toEqual([
      'rotation.create',
      'rotation.approve.home',
      'rotation.approve.host',
      'rotation.start',
      'rotation.extend',
      'rotation.complete',
    ]);
    const f = (await app.gql(MobilityFiguresDocument, { from: date(-30), to: date(0) }, tok.admin)).data!.mobilityFigures!;
    expect(f).toMatchObject({
      rotationsInService: 1,
      completed: 1,
      completionRate: 1,
      averageDurationDays: 19,
      flows: [{ count: 1, personMonths: pm(19) }],
      topSkillsGained: [{ count: 1 }],
    });
    expect(await startDueRotations(db.prisma)).toBe(0);
  }, 60_000);

  const pm = (days: number) => Math.round((days / 30.4375) * 100) / 100;
});
