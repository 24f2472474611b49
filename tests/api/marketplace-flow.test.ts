/**
 * The whole marketplace path on both databases: post, open, browse, apply, approve, select,
 * filled. On the embedded PGlite (one connection) this also guards against a mutation reading
 * outside its transaction, which would hang there.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplyToOpeningDocument,
  CancelOpeningDocument,
  DeclineApplicationDocument,
  UpdateOpeningDocument,
  WithdrawApplicationDocument,
  CreateOpeningDocument,
  DecideApplicationApprovalDocument,
  EndorseSkillDocument,
  OpenOpeningDocument,
  OpeningDetailDocument,
  OpeningsDocument,
  SelectApplicationDocument,
} from '../../schema/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPgliteDatabase, createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies, insertSkills } from '../helpers/fixtures.js';

const DAY = 86_400_000;
const date = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

describe.each([
  ['PostgreSQL', () => createPostgresDatabase()],
  ['PGlite', () => createPgliteDatabase()],
])('marketplace flow on %s', (_name, open) => {
  let db: TestDatabase;
  let app: TestApp;
  let sk: Awaited<ReturnType<typeof insertSkills>>;
  const tok: Record<string, string> = {};

  beforeAll(async () => {
    db = await open();
    const { gsa } = await insertAgencies(db.prisma);
    sk = await insertSkills(db.prisma);
    const ana = await db.prisma.profile.create({
      data: {
        agencyId: gsa.id,
        subject: 'ana',
        givenName: 'Ana',
        familyName: 'Reyes',
        supervisorSubject: 'gsa-boss',
        skills: { create: { skillId: sk.python.id, level: 4 } },
      },
      include: { skills: true },
    });
    await db.prisma.profile.create({ data: { agencyId: gsa.id, subject: 'gsa-peer', givenName: 'Pat', familyName: 'Lee' } });
    app = await createTestApp(db);
    tok.hm = await app.token('HIRING_MANAGER', 'NASA', { subject: 'nasa-hm' });
    tok.ana = await app.token('EMPLOYEE', 'GSA', { subject: 'ana' });
    tok.boss = await app.token('EMPLOYEE', 'GSA', { subject: 'gsa-boss' });
    tok.peer = await app.token('EMPLOYEE', 'GSA', { subject: 'gsa-peer' });
    tok.anaSkill = encodeGlobalID('ProfileSkill', ana.skills[0]!.id);
  }, 60_000);
  afterAll(() => db?.destroy());

  it('posts, opens, is found, applied to, approved and filled', async () => {
    const created = await app.gql(
      CreateOpeningDocument,
      {
        input: {
          title: 'Telemetry pipeline detail',
          description: 'Build Python ingest jobs for mission telemetry.',
          programType: 'DETAIL',
          commitmentPercent: 50,
          startDate: date(40),
          durationWeeks: 12,
          applicationDeadline: new Date(Date.now() + 20 * DAY).toISOString(),
          slots: 1,
          remoteMode: 'REMOTE',
          skills: [{ skill: encodeGlobalID('Skill', sk.python.id), minLevel: 3, weight: 2, required: true }],
        },
      },
      tok.hm,
    );
    expect(created.data!.createOpening.__typename).toBe('CreateOpeningPayload');
    const opening = (created.data!.createOpening as { opening: { id: string; status: string } }).opening;
    expect(opening.status).toBe('DRAFT');
    expect((await app.gql(OpenOpeningDocument, { input: { opening: opening.id } }, tok.hm)).data!.openOpening.__typename).toBe(
      'OpenOpeningPayload',
    );

    const found = await app.gql(OpeningsDocument, { filter: { keyword: 'telemetry pyth' }, first: 10 }, tok.ana);
    expect(found.data!.openings.edges.map((e) => e.node.id)).toEqual([opening.id]);

    const applied = await app.gql(
      ApplyToOpeningDocument,
      {
        input: {
          opening: opening.id,
          statement: 'I build ingest jobs.',
          highlightedSkills: [encodeGlobalID('Skill', sk.python.id)],
        },
      },
      tok.ana,
    );
    expect(applied.data!.applyToOpening).toMatchObject({
      __typename: 'ApplyToOpeningPayload',
      application: { status: 'SUBMITTED', supervisorApproval: 'PENDING' },
    });
    const applicationId = (applied.data!.applyToOpening as { application: { id: string } }).application.id;

    const approved = await app.gql(
      DecideApplicationApprovalDocument,
      { input: { application: applicationId, decision: 'APPROVE' } },
      tok.boss,
    );
    expect(approved.data!.decideApplicationApproval).toMatchObject({ application: { supervisorApproval: 'APPROVED' } });

    const selected = await app.gql(SelectApplicationDocument, { input: { application: applicationId } }, tok.hm);
    expect(selected.data!.selectApplication).toMatchObject({
      __typename: 'SelectApplicationPayload',
      application: {
        status: 'SELECTED',
        opening: { status: 'FILLED', slotsFilled: 1 },
        rotation: { status: 'PROPOSED', commitmentPercent: 50, programType: 'DETAIL' },
      },
    });
    const detail = await app.gql(OpeningDetailDocument, { id: opening.id }, tok.ana);
    expect(detail.data!.node).toMatchObject({ status: 'FILLED', viewerEligibility: { allowed: false } });
  });

  it('edits, withdraws, reapplies, declines and cancels', async () => {
    const created = await app.gql(
      CreateOpeningDocument,
      {
        input: {
          title: 'Survey gig',
          description: 'Short analysis gig.',
          programType: 'GIG',
          hoursPerWeek: 8,
          startDate: date(30),
          durationWeeks: 6,
          applicationDeadline: new Date(Date.now() + 10 * DAY).toISOString(),
          skills: [{ skill: encodeGlobalID('Skill', sk.dataAnalysis.id), minLevel: 2 }],
        },
      },
      tok.hm,
    );
    const id = (created.data!.createOpening as { opening: { id: string } }).opening.id;
    const updated = await app.gql(
      UpdateOpeningDocument,
      {
        input: {
          opening: id,
          restrictedTo: ['GSA'],
          skills: [{ skill: encodeGlobalID('Skill', sk.python.id), minLevel: 3, required: true }],
        },
      },
      tok.hm,
    );
    expect(updated.data!.updateOpening).toMatchObject({
      opening: { restrictedTo: [{ abbreviation: 'GSA' }], skills: [{ skill: { name: 'Python' } }] },
    });
    await app.gql(OpenOpeningDocument, { input: { opening: id } }, tok.hm);
    const first = await app.gql(ApplyToOpeningDocument, { input: { opening: id } }, tok.ana);
    const firstId = (first.data!.applyToOpening as { application: { id: string } }).application.id;
    expect(
      (await app.gql(WithdrawApplicationDocument, { input: { application: firstId, reason: 'Wrong week' } }, tok.ana)).data!
        .withdrawApplication,
    ).toMatchObject({ application: { status: 'WITHDRAWN' } });
    const second = await app.gql(ApplyToOpeningDocument, { input: { opening: id } }, tok.ana);
    const secondId = (second.data!.applyToOpening as { application: { id: string } }).application.id;
    expect(
      (await app.gql(DeclineApplicationDocument, { input: { application: secondId, reason: 'Filled internally' } }, tok.hm)).data!
        .declineApplication,
    ).toMatchObject({ application: { status: 'DECLINED' } });
    await app.gql(ApplyToOpeningDocument, { input: { opening: id } }, tok.peer);
    const cancelled = await app.gql(CancelOpeningDocument, { input: { opening: id, reason: 'Survey postponed' } }, tok.hm);
    expect(cancelled.data!.cancelOpening).toMatchObject({ opening: { status: 'CANCELLED' } });
    expect(await db.prisma.application.count({ where: { opening: { title: 'Survey gig' }, live: true } })).toBe(0);
  });

  it('answers mutations whose result selects no field of the object (only __typename)', async () => {
    const created = await app.gql<{ createMyProfile: { __typename: string } }, object>(
      'mutation { createMyProfile(input: { givenName: "Sam", familyName: "Ode" }) { __typename } }',
      {},
      await app.token('EMPLOYEE', 'GSA', { subject: 'sam' }),
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createMyProfile.__typename).toBe('CreateMyProfilePayload');
    const posted = await app.gql<{ createOpening: { __typename: string; opening?: { __typename: string } } }, object>(
      `mutation { createOpening(input: { title: "T", description: "D", programType: GIG, commitmentPercent: 10, startDate: "${date(30)}",
         durationWeeks: 4, applicationDeadline: "${new Date(Date.now() + 10 * DAY).toISOString()}" }) { __typename ... on CreateOpeningPayload { opening { __typename } } } }`,
      {},
      tok.hm,
    );
    expect(posted.errors).toBeUndefined();
    expect(posted.data!.createOpening).toEqual({ __typename: 'CreateOpeningPayload', opening: { __typename: 'Opening' } });
  });

  it('endorses a colleague (a mutation that checks visibility first)', async () => {
    const res = await app.gql(EndorseSkillDocument, { input: { profileSkill: tok.anaSkill! } }, tok.peer);
    expect(res.data!.endorseSkill.__typename).toBe('EndorseSkillPayload');
  });
});
