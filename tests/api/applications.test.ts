/**
 * Applications on PostgreSQL, through the API: applying and its refusals, the home supervisor's
 * approval, the host's shortlist / decline / select, cancelling an opening, the audit trail of
 * every transition, who sees what, and the selection race (200 concurrent selections, 3 slots).
 * Every refusal is a typed error and leaves the database as it was.
 */
import { randomUUID } from 'node:crypto';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationNodeDocument,
  ApplicationViewDocument,
  ApplyToOpeningDocument,
  ApprovalRequestsDocument,
  CancelOpeningDocument,
  CloseOpeningDocument,
  CreateOpeningDocument,
  DeclineApplicationDocument,
  DecideApplicationApprovalDocument,
  MyApplicationsDocument,
  OpenOpeningDocument,
  OpeningApplicationsDocument,
  OpeningDetailDocument,
  SelectApplicationDocument,
  ShortlistApplicationDocument,
  UpdateOpeningDocument,
  WithdrawApplicationDocument,
  type ApplicationStatus,
  type ApplyToOpeningInput,
  type CreateOpeningInput,
} from '../../schema/generated/graphql.js';
import { createTestApp, type GqlResult, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies, insertSkills } from '../helpers/fixtures.js';

const DAY = 86_400_000;
const date = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const deadline = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const raw = (globalId: string) => decodeGlobalID(globalId).id;

let db: TestDatabase;
let app: TestApp;
let ag: Awaited<ReturnType<typeof insertAgencies>>;
let sk: Awaited<ReturnType<typeof insertSkills>>;
const tok: Record<string, string> = {};
const skill = (id: string) => encodeGlobalID('Skill', id);

beforeAll(async () => {
  db = await createPostgresDatabase(10);
  ag = await insertAgencies(db.prisma);
  sk = await insertSkills(db.prisma);
  const person = (agencyId: string, subject: string, givenName: string, supervisorSubject: string | null, skills: string[]) =>
    db.prisma.profile.create({
      data: {
        agencyId,
        subject,
        givenName,
        familyName: 'Tester',
        email: `${subject}@example.gov`,
        supervisorSubject,
        skills: { create: skills.map((skillId) => ({ skillId, level: 4 })) },
      },
    });
  await person(ag.gsa.id, 'ana', 'Ana', 'gsa-boss', [sk.python.id, sk.database.id]);
  await person(ag.gsa.id, 'ben', 'Ben', 'gsa-boss', [sk.python.id]);
  await person(ag.gsa.id, 'pat', 'Pat', null, [sk.python.id]);
  await person(ag.noaa.id, 'nora', 'Nora', 'noaa-boss', [sk.python.id]);
  await person(ag.nasa.id, 'nick', 'Nick', 'nasa-boss', [sk.python.id]);
  await person(ag.nasa.id, 'nasa-hm-self', 'Hana', null, [sk.python.id]);
  app = await createTestApp(db);
  const t = (key: string, role: Parameters<TestApp['token']>[0], agency: string, subject: string) =>
    app.token(role, agency, { subject }).then((v) => (tok[key] = v));
  await Promise.all([
    t('hm', 'HIRING_MANAGER', 'NASA', 'nasa-hm'),
    t('hr', 'HR_SPECIALIST', 'NASA', 'nasa-hr'),
    t('nasaEmp', 'EMPLOYEE', 'NASA', 'nasa-emp'),
    t('nick', 'EMPLOYEE', 'NASA', 'nick'),
    t('hmSelf', 'HIRING_MANAGER', 'NASA', 'nasa-hm-self'),
    t('gsaHm', 'HIRING_MANAGER', 'GSA', 'gsa-hm'),
    t('gsaHr', 'HR_SPECIALIST', 'GSA', 'gsa-hr'),
    t('boss', 'EMPLOYEE', 'GSA', 'gsa-boss'),
    t('ana', 'EMPLOYEE', 'GSA', 'ana'),
    t('ben', 'EMPLOYEE', 'GSA', 'ben'),
    t('pat', 'EMPLOYEE', 'GSA', 'pat'),
    t('ghost', 'EMPLOYEE', 'GSA', 'ghost'),
    t('nora', 'EMPLOYEE', 'NOAA', 'nora'),
    t('docHm', 'HIRING_MANAGER', 'DOC', 'doc-hm'),
  ]);
}, 60_000);
afterAll(() => db?.destroy());

// ─── Helpers ─────────────────────────────────────────────────────────────────

/**
 * The single root field of a mutation's answer: a typed result, never a 500 or a top-level error,
 * except the one the schema gives for a profile the caller no longer sees (a declined or withdrawn
 * applicant, to the host): `applicant` is null, with a FORBIDDEN error at its path.
 */
function one<R>(res: GqlResult<R>): R[keyof R] {
  expect(res.status).toBe(200);
  expect(unexpectedErrors(res)).toEqual([]);
  return Object.values(res.data as object)[0] as R[keyof R];
}

const unexpectedErrors = (res: GqlResult<unknown>) =>
  (res.errors ?? []).filter((e) => !(e.extensions?.code === 'FORBIDDEN' && e.path?.includes('applicant')));

let openings = 0;
/** An opening posted (and, unless `open: false`, opened) by the host; returns its global ID. */
async function opening(over: Partial<CreateOpeningInput> = {}, { token = tok.hm!, open = true } = {}) {
  openings += 1;
  const created = one(
    await app.gql(
      CreateOpeningDocument,
      {
        input: {
          title: `Telemetry pipeline ${openings}`,
          description: 'Build Python ingest jobs for mission telemetry.',
          programType: 'DETAIL',
          commitmentPercent: 50,
          // Each opening in its own quarter: the same people are selected for several.
          startDate: date(60 + openings * 90),
          durationWeeks: 12,
          applicationDeadline: deadline(30),
          slots: 1,
          remoteMode: 'REMOTE',
          skills: [{ skill: skill(sk.python.id), minLevel: 3, required: true }],
          ...over,
        },
      },
      token,
    ),
  );
  if (created.__typename !== 'CreateOpeningPayload') throw new Error(`createOpening: ${JSON.stringify(created)}`);
  if (open)
    expect(one(await app.gql(OpenOpeningDocument, { input: { opening: created.opening.id } }, token)).__typename).toBe(
      'OpenOpeningPayload',
    );
  return created.opening.id;
}

const apply = async (openingId: string, token: string, extra: Partial<ApplyToOpeningInput> = {}) =>
  one(await app.gql(ApplyToOpeningDocument, { input: { opening: openingId, ...extra } }, token));

async function applied(openingId: string, token: string, extra: Partial<ApplyToOpeningInput> = {}) {
  const r = await apply(openingId, token, extra);
  if (r.__typename !== 'ApplyToOpeningPayload') throw new Error(`applyToOpening: ${JSON.stringify(r)}`);
  return r.application;
}

const withdraw = async (application: string, token: string, reason?: string) =>
  one(await app.gql(WithdrawApplicationDocument, { input: { application, reason } }, token));
const decide = async (application: string, decision: 'APPROVE' | 'DENY', token: string, reason?: string) =>
  one(await app.gql(DecideApplicationApprovalDocument, { input: { application, decision, reason } }, token));
const shortlist = async (application: string, token: string) =>
  one(await app.gql(ShortlistApplicationDocument, { input: { application } }, token));
const decline = async (application: string, reason: string, token: string) =>
  one(await app.gql(DeclineApplicationDocument, { input: { application, reason } }, token));
const select = async (application: string, token: string) =>
  one(await app.gql(SelectApplicationDocument, { input: { application } }, token));
const view = async (application: string, token?: string) =>
  (await app.gql(ApplicationViewDocument, { id: application }, token)).data!.node;

/** What a refusal must leave alone: every application and opening row, the audit log, rotations. */
async function snapshot() {
  return {
    applications: await db.prisma.application.findMany({ orderBy: { id: 'asc' } }),
    highlighted: await db.prisma.applicationSkill.count(),
    openings: await db.prisma.opening.findMany({ select: { id: true, status: true, updatedAt: true }, orderBy: { id: 'asc' } }),
    rotations: await db.prisma.rotation.count(),
    audit: await db.prisma.auditEvent.count(),
  };
}

/** Runs `act`, expects the typed error `kind` (and, if given, a message matching `message`), and nothing changed. */
async function refused(kind: string, act: () => Promise<{ __typename: string; message?: string }>, message?: RegExp) {
  const before = await snapshot();
  const r = await act();
  expect(r.__typename).toBe(kind);
  if (message) expect(r.message).toMatch(message);
  expect(await snapshot()).toEqual(before);
  return r;
}

/** The audit trail of one entity, as [action, actor]. */
const auditOf = async (globalId: string) =>
  (await db.prisma.auditEvent.findMany({ where: { entityId: raw(globalId) }, orderBy: { id: 'asc' } })).map((e) => [
    e.action,
    e.actorSubject,
  ]);

const row = (globalId: string) => db.prisma.application.findUniqueOrThrow({ where: { id: raw(globalId) } });

// ─── Applying ────────────────────────────────────────────────────────────────

describe('applying', () => {
  it('applies with a statement and highlighted skills, audited; the opening then says you already applied', async () => {
    const o = await opening({ title: 'Ingest jobs' });
    const a = await applied(o, tok.ana!, {
      statement: '  I wrote our ingest service.  ',
      highlightedSkills: [skill(sk.python.id), skill(sk.database.id), skill(sk.python.id)],
    });
    expect(a).toMatchObject({
      status: 'SUBMITTED',
      statement: 'I wrote our ingest service.',
      supervisorApproval: 'PENDING',
      highlightedSkills: [{ name: 'PostgreSQL' }, { name: 'Python' }],
      opening: { id: o, status: 'OPEN', slotsFilled: 0 },
      applicant: { givenName: 'Ana' },
      rotation: null,
      withdrawnAt: null,
    });
    expect(await db.prisma.applicationSkill.count({ where: { applicationId: raw(a.id) } })).toBe(2);
    expect(await auditOf(a.id)).toEqual([['application.submit', 'ana']]);
    const mine = (await app.gql(MyApplicationsDocument, { first: 50 }, tok.ana)).data!.viewer!.applications;
    expect(mine.edges.map((e) => e.node.id)).toContain(a.id);
    const detail = (await app.gql(OpeningDetailDocument, { id: o }, tok.ana)).data!.node;
    expect(detail).toMatchObject({ viewerEligibility: { allowed: false, reason: 'You already applied' } });
  });

  it('refuses a skill not on the profile, bad input, no profile and a second live application, changing nothing', async () => {
    const o = await opening();
    const bad = await refused('ValidationError', () =>
      apply(o, tok.ana!, { highlightedSkills: [skill(sk.python.id), skill(sk.dataAnalysis.id)] }),
    );
    expect(bad).toMatchObject({
      problems: [{ path: ['input', 'highlightedSkills', '1'], message: 'not a skill on your profile' }],
    });
    await refused('ValidationError', () => apply(o, tok.ana!, { statement: '   ' }));
    await refused('ValidationError', () =>
      apply(o, tok.ana!, { highlightedSkills: Array.from({ length: 11 }, () => skill(sk.python.id)) }),
    );
    await refused('NotFoundError', () => apply(o, tok.ghost!), /Profile/);
    await applied(o, tok.ana!);
    await refused('ConflictError', () => apply(o, tok.ana!, { statement: 'Again' }));
    expect(await db.prisma.application.count({ where: { openingId: raw(o) } })).toBe(1);
  });

  it('lets exactly one of several concurrent applications by one person through; the others are ConflictErrors', async () => {
    for (const n of [2, 5]) {
      const o = await opening();
      const before = await db.prisma.auditEvent.count();
      const results = await Promise.all(Array.from({ length: n }, () => apply(o, tok.ben!, { statement: 'Me, once' })));
      expect(results.map((r) => r.__typename).sort()).toEqual(
        ['ApplyToOpeningPayload', ...Array<string>(n - 1).fill('ConflictError')].sort(),
      );
      expect(await db.prisma.application.count({ where: { openingId: raw(o) } })).toBe(1);
      expect(await db.prisma.auditEvent.count()).toBe(before + 1);
    }
  });

  it('withdraws (only the applicant, once), then applies again', async () => {
    const o = await opening();
    const first = await applied(o, tok.ana!);
    await refused('ForbiddenError', () => withdraw(first.id, tok.hm!));
    await refused('NotFoundError', () => withdraw(first.id, tok.pat!));
    const w = await withdraw(first.id, tok.ana!, 'Plans changed');
    expect(w).toMatchObject({
      __typename: 'WithdrawApplicationPayload',
      application: { status: 'WITHDRAWN', decisionReason: 'Plans changed' },
    });
    expect(w.__typename === 'WithdrawApplicationPayload' && w.application.withdrawnAt).toBeTruthy();
    expect(await auditOf(first.id)).toEqual([
      ['application.submit', 'ana'],
      ['application.withdrawn', 'ana'],
    ]);
    await refused('InvalidStateError', () => withdraw(first.id, tok.ana!));
    const second = await applied(o, tok.ana!, { statement: 'Back again' });
    expect(second.id).not.toBe(first.id);
    const rows = await db.prisma.application.findMany({ where: { openingId: raw(o) }, orderBy: { createdAt: 'asc' } });
    expect(rows.map((r) => [r.status, r.live])).toEqual([
      ['WITHDRAWN', null],
      ['SUBMITTED', true],
    ]);
  });

  it('refuses drafts (invisible), closed openings and openings past their deadline', async () => {
    const draft = await opening({}, { open: false });
    await refused('NotFoundError', () => apply(draft, tok.ana!));

    const closed = await opening();
    expect(one(await app.gql(CloseOpeningDocument, { input: { opening: closed } }, tok.hm)).__typename).toBe(
      'CloseOpeningPayload',
    );
    await refused('InvalidStateError', () => apply(closed, tok.ana!), /CLOSED/);

    // Past its deadline but not yet swept: stored OPEN, effectively CLOSED.
    const late = await opening();
    await db.prisma.opening.update({ where: { id: raw(late) }, data: { applicationDeadline: new Date(Date.now() - 60_000) } });
    await refused('InvalidStateError', () => apply(late, tok.ana!), /deadline has passed/);
    expect((await db.prisma.opening.findUniqueOrThrow({ where: { id: raw(late) } })).status).toBe('OPEN');
    expect((await app.gql(OpeningDetailDocument, { id: late }, tok.ana)).data!.node).toMatchObject({
      status: 'CLOSED',
      viewerEligibility: { allowed: false },
    });
  });

  it('hides restricted openings from unlisted agencies and admits bureaus of a listed department', async () => {
    const o = await opening({ programType: 'ROTATION', restrictedTo: ['DOC'] });
    await refused('NotFoundError', () => apply(o, tok.ana!));
    expect(await applied(o, tok.nora!)).toMatchObject({ status: 'SUBMITTED', applicant: { givenName: 'Nora' } });
  });

  it('keeps the host agency’s own staff out of a DETAIL or TOUR_OF_DUTY, not out of a ROTATION', async () => {
    for (const programType of ['DETAIL', 'TOUR_OF_DUTY'] as const) {
      const o = await opening({ programType });
      await refused('ForbiddenError', () => apply(o, tok.nick!), new RegExp(programType));
    }
    const rotation = await opening({ programType: 'ROTATION' });
    expect(await applied(rotation, tok.nick!)).toMatchObject({ status: 'SUBMITTED' });
    // "Own agency" is the agency record: a NOAA employee may take a detail at Commerce.
    const commerce = await opening({ programType: 'DETAIL' }, { token: tok.docHm! });
    expect(await applied(commerce, tok.nora!)).toMatchObject({ status: 'SUBMITTED' });
  });
});

// ─── Supervisor approval ────────────────────────────────────────────────────

describe('home supervisor approval', () => {
  let o = '';
  let anaApp = '';
  let benApp = '';
  beforeAll(async () => {
    o = await opening({ title: 'Approval queue', slots: 2 });
    anaApp = (await applied(o, tok.ana!)).id;
    benApp = (await applied(o, tok.ben!)).id;
  });

  const queue = async (token: string) =>
    (await app.gql(ApprovalRequestsDocument, { first: 100 }, token)).data!.viewer!.approvalRequests;
  const queued = async (token: string) =>
    (await queue(token)).edges
      .filter((e) => e.node.opening.id === o)
      .map((e) => [e.node.applicant?.givenName, e.node.viewerCanDecideApproval]);

  it('lists pending requests for the named supervisor and home HR, for nobody else', async () => {
    expect(await queued(tok.boss!)).toEqual([
      ['Ana', true],
      ['Ben', true],
    ]);
    expect(await queued(tok.gsaHr!)).toEqual([
      ['Ana', true],
      ['Ben', true],
    ]);
    // Nobody names them as supervisor and they are not GSA's HR (NASA's HR has NASA staff's requests, not these).
    for (const [who, t] of Object.entries({
      peer: tok.pat,
      applicant: tok.ana,
      hostHm: tok.hm,
      hostHr: tok.hr,
      homeHm: tok.gsaHm,
      other: tok.nick,
    })) {
      expect(await queued(t!), who).toEqual([]);
    }
    for (const [who, t] of Object.entries({ peer: tok.pat, applicant: tok.ana, hostHm: tok.hm, homeHm: tok.gsaHm }))
      expect((await queue(t!)).totalCount, who).toBe(0);
  });

  it('refuses peers, the applicant, the host and the home agency’s hiring manager, changing nothing', async () => {
    await refused('NotFoundError', () => decide(anaApp, 'APPROVE', tok.pat!)); // a colleague: cannot even see it
    await refused('NotFoundError', () => decide(anaApp, 'APPROVE', tok.gsaHm!)); // home HM, not HR
    await refused('NotFoundError', () => decide(anaApp, 'APPROVE', tok.nasaEmp!));
    await refused('ForbiddenError', () => decide(anaApp, 'APPROVE', tok.ana!)); // sees it, may not decide
    await refused('ForbiddenError', () => decide(anaApp, 'APPROVE', tok.hm!)); // host side
    await refused('ForbiddenError', () => decide(anaApp, 'APPROVE', tok.hr!)); // host HR is not home HR
  });

  it('lets the named supervisor approve, once, audited', async () => {
    const r = await decide(anaApp, 'APPROVE', tok.boss!);
    expect(r).toMatchObject({
      __typename: 'DecideApplicationApprovalPayload',
      application: { supervisorApproval: 'APPROVED', status: 'SUBMITTED' },
    });
    expect(await row(anaApp)).toMatchObject({
      supervisorApproval: 'APPROVED',
      supervisorSubject: 'gsa-boss',
      supervisorDecidedAt: expect.any(Date),
    });
    expect((await auditOf(anaApp)).at(-1)).toEqual(['application.supervisor.approved', 'gsa-boss']);
    await refused('InvalidStateError', () => decide(anaApp, 'APPROVE', tok.boss!), /approved/);
    await refused('InvalidStateError', () => decide(anaApp, 'DENY', tok.gsaHr!, 'Changed my mind'));
    expect(await queued(tok.boss!)).toEqual([['Ben', true]]);
  });

  it('lets home HR decide for the supervisor; denying needs a reason', async () => {
    await refused('ValidationError', () => decide(benApp, 'DENY', tok.gsaHr!));
    await refused('ValidationError', () => decide(benApp, 'DENY', tok.gsaHr!, '   '));
    const r = await decide(benApp, 'DENY', tok.gsaHr!, 'Needed on the migration');
    expect(r).toMatchObject({ application: { supervisorApproval: 'DENIED', supervisorReason: 'Needed on the migration' } });
    expect(await row(benApp)).toMatchObject({ supervisorSubject: 'gsa-hr' });
    expect((await auditOf(benApp)).at(-1)).toEqual(['application.supervisor.denied', 'gsa-hr']);
    await refused('InvalidStateError', () => decide(benApp, 'APPROVE', tok.boss!), /denied/);
    expect(await queued(tok.boss!)).toEqual([]);
    expect(await queued(tok.gsaHr!)).toEqual([]);
  });

  it('needs no approval when the opening does not ask for one', async () => {
    const free = await opening({ requiresSupervisorApproval: false });
    const a = await applied(free, tok.ana!);
    expect(a.supervisorApproval).toBe('NOT_REQUIRED');
    await refused('InvalidStateError', () => decide(a.id, 'APPROVE', tok.boss!), /no supervisor approval/);
    expect((await queue(tok.boss!)).edges.map((e) => e.node.id)).not.toContain(a.id);
  });

  it('takes no decision on a withdrawn application, and drops it from the queue', async () => {
    const o2 = await opening();
    const a = await applied(o2, tok.pat!);
    expect((await queue(tok.gsaHr!)).edges.map((e) => e.node.id)).toContain(a.id);
    await withdraw(a.id, tok.pat!);
    expect((await queue(tok.gsaHr!)).edges.map((e) => e.node.id)).not.toContain(a.id);
    await refused('InvalidStateError', () => decide(a.id, 'APPROVE', tok.gsaHr!), /WITHDRAWN/);
  });
});

// ─── Host decisions ─────────────────────────────────────────────────────────

describe('host decisions', () => {
  it('shortlists, declines with a reason, selects; selection proposes the rotation and the last slot fills the opening', async () => {
    const o = await opening({
      programType: 'DETAIL',
      slots: 2,
      commitmentPercent: 40,
      startDate: date(45),
      durationWeeks: 10,
      requiresSupervisorApproval: false,
    });
    const ana = (await applied(o, tok.ana!)).id;
    const ben = (await applied(o, tok.ben!)).id;
    const nora = (await applied(o, tok.nora!)).id;

    expect(await shortlist(ana, tok.hm!)).toMatchObject({
      __typename: 'ShortlistApplicationPayload',
      application: { status: 'SHORTLISTED' },
    });
    await refused('InvalidStateError', () => shortlist(ana, tok.hm!), /SHORTLISTED/);

    await refused('ValidationError', () => decline(ben, '  ', tok.hm!));
    const d = await decline(ben, 'We need deeper PostgreSQL experience', tok.hr!); // host HR decides too
    expect(d).toMatchObject({
      __typename: 'DeclineApplicationPayload',
      application: { status: 'DECLINED', decisionReason: 'We need deeper PostgreSQL experience' },
    });
    expect(await row(ben)).toMatchObject({ live: null, decidedBySubject: 'nasa-hr', decidedAt: expect.any(Date) });
    await refused('InvalidStateError', () => select(ben, tok.hm!), /DECLINED/);

    const s1 = await select(ana, tok.hm!);
    expect(s1).toMatchObject({
      __typename: 'SelectApplicationPayload',
      application: {
        status: 'SELECTED',
        opening: { status: 'OPEN', slots: 2, slotsFilled: 1 },
        rotation: {
          status: 'PROPOSED',
          commitmentPercent: 40,
          programType: 'DETAIL',
          homeAgency: { abbreviation: 'GSA' },
          hostAgency: { abbreviation: 'NASA' },
        },
      },
    });
    const opened = await db.prisma.opening.findUniqueOrThrow({ where: { id: raw(o) } });
    const rotation = await db.prisma.rotation.findUniqueOrThrow({ where: { applicationId: raw(ana) } });
    const anaProfile = await db.prisma.profile.findUniqueOrThrow({ where: { subject: 'ana' } });
    expect(rotation).toMatchObject({
      status: 'PROPOSED',
      profileId: anaProfile.id,
      homeAgencyId: ag.gsa.id,
      hostAgencyId: ag.nasa.id,
      openingId: raw(o),
      applicationId: raw(ana),
      programType: 'DETAIL',
      commitmentPercent: 40,
      startDate: new Date(`${date(45)}T00:00:00Z`),
      endDate: new Date(Date.parse(`${date(45)}T00:00:00Z`) + (10 * 7 - 1) * DAY),
    });
    expect(rotation.startDate).toEqual(opened.startDate);
    expect(s1.__typename === 'SelectApplicationPayload' && s1.application.rotation).toMatchObject({
      startDate: date(45),
      endDate: new Date(Date.parse(date(45)) + 69 * DAY).toISOString().slice(0, 10),
    });
    expect(await row(ana)).toMatchObject({ decidedBySubject: 'nasa-hm', live: true });

    const s2 = await select(nora, tok.hm!);
    expect(s2).toMatchObject({
      application: {
        status: 'SELECTED',
        opening: { status: 'FILLED', slotsFilled: 2 },
        rotation: { homeAgency: { abbreviation: 'NOAA' } },
      },
    });
    expect((await db.prisma.opening.findUniqueOrThrow({ where: { id: raw(o) } })).status).toBe('FILLED');

    expect(await auditOf(ana)).toEqual([
      ['application.submit', 'ana'],
      ['application.shortlisted', 'nasa-hm'],
      ['application.selected', 'nasa-hm'],
    ]);
    expect(await auditOf(ben)).toEqual([
      ['application.submit', 'ben'],
      ['application.declined', 'nasa-hr'],
    ]);
    expect((await auditOf(o)).map(([action]) => action)).toEqual(['opening.create', 'opening.open', 'opening.filled']);
    expect(await auditOf(encodeGlobalID('Rotation', rotation.id))).toEqual([['rotation.propose', 'nasa-hm']]);
  });

  it('refuses other agencies, the applicant, and selection before approval or after denial', async () => {
    const o = await opening({ slots: 1 });
    const ana = (await applied(o, tok.ana!)).id;
    const ben = (await applied(o, tok.ben!)).id;
    await refused('NotFoundError', () => shortlist(ana, tok.gsaHm!));
    await refused('NotFoundError', () => select(ana, tok.docHm!));
    await refused('NotFoundError', () => decline(ana, 'No', tok.gsaHm!));
    await refused('ForbiddenError', () => shortlist(ana, tok.ana!));
    await refused('ForbiddenError', () => select(ana, tok.ana!));
    await refused('ForbiddenError', () => select(ana, tok.boss!)); // the supervisor sees it, does not decide for the host
    await refused('ForbiddenError', () => decline(ana, 'No', tok.gsaHr!));
    await refused('InvalidStateError', () => select(ana, tok.hm!), /not approved/);
    await decide(ben, 'DENY', tok.boss!, 'Needed here');
    await refused('InvalidStateError', () => select(ben, tok.hm!), /denied/);
    // Shortlisting does not wait for the approval.
    expect((await shortlist(ana, tok.hm!)).__typename).toBe('ShortlistApplicationPayload');
    await decide(ana, 'APPROVE', tok.boss!);
    expect(await select(ana, tok.hm!)).toMatchObject({ application: { status: 'SELECTED', opening: { status: 'FILLED' } } });
  });

  it('does not let a host hiring manager decide on their own application', async () => {
    // ROTATION admits the host's own staff, hiring managers included; they must not pick themselves.
    const o = await opening({ programType: 'ROTATION', requiresSupervisorApproval: false });
    const mine = (await applied(o, tok.hmSelf!)).id;
    const before = await snapshot();
    const tried = [await shortlist(mine, tok.hmSelf!), await select(mine, tok.hmSelf!)];
    expect(tried.map((r) => r.__typename)).toEqual(['ForbiddenError', 'ForbiddenError']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses selection when every slot is taken, and anything after the opening is FILLED', async () => {
    const o = await opening({ slots: 2, requiresSupervisorApproval: false });
    const [a, b, c] = [(await applied(o, tok.ana!)).id, (await applied(o, tok.ben!)).id, (await applied(o, tok.nora!)).id];
    await select(a, tok.hm!);
    // A full opening that is still OPEN (slots changed by another writer): selection counts and refuses.
    await db.prisma.opening.update({ where: { id: raw(o) }, data: { slots: 1 } });
    await refused('InvalidStateError', () => select(b, tok.hm!), /slot is filled/);
    await db.prisma.opening.update({ where: { id: raw(o) }, data: { slots: 2 } });
    expect(await select(b, tok.hm!)).toMatchObject({ application: { opening: { status: 'FILLED', slotsFilled: 2 } } });
    await refused('InvalidStateError', () => select(c, tok.hm!), /FILLED/);
    await refused('InvalidStateError', () => shortlist(c, tok.hm!), /FILLED/);
    expect(await db.prisma.rotation.count({ where: { openingId: raw(o) } })).toBe(2);
    // The remaining applicant still gets an answer.
    expect(await decline(c, 'All places are taken', tok.hm!)).toMatchObject({ application: { status: 'DECLINED' } });
  });

  it('lowering the slots to the number selected fills the opening; below it is refused', async () => {
    const o = await opening({ slots: 3, requiresSupervisorApproval: false });
    const [a, b, c] = [(await applied(o, tok.ana!)).id, (await applied(o, tok.ben!)).id, (await applied(o, tok.nora!)).id];
    await select(a, tok.hm!);
    await select(c, tok.hm!);
    await refused(
      'InvalidStateError',
      async () => one(await app.gql(UpdateOpeningDocument, { input: { opening: o, slots: 1 } }, tok.hm)),
      /already selected/,
    );
    expect(one(await app.gql(UpdateOpeningDocument, { input: { opening: o, slots: 2 } }, tok.hm))).toMatchObject({
      opening: { status: 'FILLED', slots: 2 },
    });
    await refused('InvalidStateError', () => select(b, tok.hm!), /FILLED/);
  });

  it('still selects after the deadline (effectively CLOSED), writing the close down first', async () => {
    const o = await opening({ requiresSupervisorApproval: false });
    const a = (await applied(o, tok.ana!)).id;
    await db.prisma.opening.update({ where: { id: raw(o) }, data: { applicationDeadline: new Date(Date.now() - 60_000) } });
    expect(await select(a, tok.hm!)).toMatchObject({
      application: { status: 'SELECTED', opening: { status: 'FILLED', slotsFilled: 1 } },
    });
    expect((await auditOf(o)).map(([action, actor]) => `${action}:${actor}`)).toEqual([
      'opening.create:nasa-hm',
      'opening.open:nasa-hm',
      'opening.close:system',
      'opening.filled:nasa-hm',
    ]);
  });

  it('refuses to select someone it would commit beyond 100%', async () => {
    const o = await opening({ requiresSupervisorApproval: false, commitmentPercent: 50 });
    const a = (await applied(o, tok.pat!)).id;
    const row = await db.prisma.opening.findUniqueOrThrow({ where: { id: raw(o) } });
    const pat = await db.prisma.profile.findUniqueOrThrow({ where: { subject: 'pat' } });
    // An approved 60% rotation elsewhere, overlapping the opening's dates.
    const other = await db.prisma.rotation.create({
      data: {
        profileId: pat.id,
        homeAgencyId: ag.gsa.id,
        hostAgencyId: ag.doc.id,
        programType: 'DETAIL',
        status: 'APPROVED',
        startDate: row.startDate,
        endDate: new Date(row.startDate.getTime() + 30 * 86_400_000),
        commitmentPercent: 60,
      },
    });
    await refused('InvalidStateError', () => select(a, tok.hm!), /limit is 100%/);
    await db.prisma.rotation.update({ where: { id: other.id }, data: { commitmentPercent: 50 } });
    expect(await select(a, tok.hm!)).toMatchObject({ application: { status: 'SELECTED' } });
  });

  it('does not let a selected application be withdrawn', async () => {
    const o = await opening({ requiresSupervisorApproval: false });
    const a = (await applied(o, tok.ana!)).id;
    await select(a, tok.hm!);
    await refused('InvalidStateError', () => withdraw(a, tok.ana!), /cancel the rotation/);
  });

  it('cancelling declines live applications and ends decisions; not with someone selected', async () => {
    const o = await opening({ slots: 2, requiresSupervisorApproval: false });
    const ana = (await applied(o, tok.ana!)).id;
    const ben = (await applied(o, tok.ben!)).id;
    const nora = (await applied(o, tok.nora!)).id;
    await shortlist(nora, tok.hm!);
    await withdraw(ben, tok.ben!);
    const cancelled = one(await app.gql(CancelOpeningDocument, { input: { opening: o, reason: 'Budget withdrawn' } }, tok.hm));
    expect(cancelled).toMatchObject({
      __typename: 'CancelOpeningPayload',
      opening: { status: 'CANCELLED', cancelReason: 'Budget withdrawn' },
    });
    for (const id of [ana, nora]) {
      expect(await row(id)).toMatchObject({
        status: 'DECLINED',
        live: null,
        decisionReason: 'Opening cancelled: Budget withdrawn',
        decidedBySubject: 'nasa-hm',
      });
      const last = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: raw(id) }, orderBy: { id: 'desc' } });
      expect(last).toMatchObject({
        entityType: 'Application',
        actorSubject: 'nasa-hm',
        action: expect.stringMatching(/^application\.decline/),
        after: { status: 'DECLINED' },
      });
    }
    expect(await row(ben)).toMatchObject({ status: 'WITHDRAWN', decisionReason: null });
    for (const act of [() => select(nora, tok.hm!), () => shortlist(ana, tok.hm!), () => decline(nora, 'Again', tok.hm!)]) {
      await refused('InvalidStateError', act, /CANCELLED/);
    }
    await refused('InvalidStateError', () => withdraw(ana, tok.ana!));
    await refused('InvalidStateError', () => apply(o, tok.ben!));

    const withSelection = await opening({ slots: 2, requiresSupervisorApproval: false });
    const chosen = (await applied(withSelection, tok.ana!)).id;
    await applied(withSelection, tok.ben!);
    await select(chosen, tok.hm!);
    await refused(
      'InvalidStateError',
      async () => one(await app.gql(CancelOpeningDocument, { input: { opening: withSelection, reason: 'Nope' } }, tok.hm)),
      /selected/,
    );
  });
});

// ─── Who sees what ──────────────────────────────────────────────────────────

describe('who sees an application', () => {
  // Fresh people: the host's sight of a profile depends on every live application to the agency.
  let o = '';
  let ana = '';
  let ben = '';
  let xia = '';
  beforeAll(async () => {
    for (const subject of ['vic', 'wes', 'xia']) {
      await db.prisma.profile.create({
        data: {
          agencyId: ag.gsa.id,
          subject,
          givenName: subject.toUpperCase(),
          familyName: 'Tester',
          email: `${subject}@example.gov`,
          supervisorSubject: 'gsa-boss',
        },
      });
      tok[subject] = await app.token('EMPLOYEE', 'GSA', { subject });
    }
    o = await opening({ title: 'Visibility check', slots: 2 });
    ana = (await applied(o, tok.vic!)).id;
    ben = (await applied(o, tok.wes!)).id;
    xia = (await applied(o, tok.xia!)).id;
    await decline(ben, 'Not this time', tok.hm!);
    await withdraw(xia, tok.xia!);
  });

  it('shows it to the applicant, the host’s managers, the supervisor and home HR; to nobody else', async () => {
    for (const [who, t] of Object.entries({
      applicant: tok.vic,
      hostHm: tok.hm,
      hostHr: tok.hr,
      supervisor: tok.boss,
      homeHr: tok.gsaHr,
    })) {
      const node = (await app.gql(ApplicationNodeDocument, { id: ana }, t)).data!.node;
      expect(node, who).toMatchObject({ __typename: 'Application', id: ana, status: 'SUBMITTED' });
    }
    for (const [who, t] of Object.entries({
      colleague: tok.pat,
      otherApplicant: tok.wes,
      hostEmployee: tok.nasaEmp,
      otherHm: tok.gsaHm,
      otherAgencyHm: tok.docHm,
      anonymous: undefined,
    })) {
      const res = await app.gql(ApplicationNodeDocument, { id: ana }, t);
      expect(res.status, who).toBe(200);
      expect(res.data!.node, who).toBeNull();
    }
  });

  it('says who may decide the approval', async () => {
    const can = async (t: string) => (await view(ana, t)) as { viewerCanDecideApproval?: boolean } | null;
    expect((await can(tok.boss!))?.viewerCanDecideApproval).toBe(true);
    expect((await can(tok.gsaHr!))?.viewerCanDecideApproval).toBe(true);
    expect((await can(tok.vic!))?.viewerCanDecideApproval).toBe(false);
    expect((await can(tok.hm!))?.viewerCanDecideApproval).toBe(false);
  });

  it('lists an opening’s applications for the host’s managers, with totals and a status filter; refuses employees', async () => {
    for (const t of [tok.hm, tok.hr]) {
      const all = await app.gql(OpeningApplicationsDocument, { id: o, first: 10 }, t);
      expect(unexpectedErrors(all)).toEqual([]);
      const apps = (
        all.data!.node as { applications: { totalCount: number; edges: { node: { id: string; status: ApplicationStatus } }[] } }
      ).applications;
      expect(apps.totalCount).toBe(3);
      expect(apps.edges.map((e) => e.node.id)).toEqual([xia, ben, ana]); // newest first
      const filtered = (await app.gql(OpeningApplicationsDocument, { id: o, first: 10, status: ['DECLINED', 'WITHDRAWN'] }, t))
        .data!.node as {
        applications: { totalCount: number; edges: { node: { id: string } }[] };
      };
      expect(filtered.applications.totalCount).toBe(2);
      expect(filtered.applications.edges.map((e) => e.node.id)).toEqual([xia, ben]);
    }
    for (const t of [tok.vic, tok.nasaEmp, tok.gsaHm]) {
      const res = await app.gql(OpeningApplicationsDocument, { id: o, first: 10 }, t);
      expect(res.status).toBe(200);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.path).toEqual(['node', 'applications']);
      expect(res.data!.node).toEqual({ applications: null });
    }
  });

  it('shows the host the applicant’s full profile while the application is live, not after', async () => {
    expect(await view(ana, tok.hm)).toMatchObject({
      status: 'SUBMITTED',
      applicant: { givenName: 'VIC', email: 'vic@example.gov' },
    });
    expect(await view(ana, tok.hr)).toMatchObject({ applicant: { email: 'vic@example.gov' } });
    // Declined or withdrawn: the host still sees the application, no longer the person.
    expect(await view(ben, tok.hm)).toMatchObject({ status: 'DECLINED', applicant: null });
    expect(await view(xia, tok.hm)).toMatchObject({ status: 'WITHDRAWN', applicant: null });
    // The supervisor is a colleague: the directory view, without contact details.
    expect(await view(ana, tok.boss)).toMatchObject({ applicant: { givenName: 'VIC', email: null } });
    // The disclosure log records what the host saw of an outside applicant.
    expect(
      await db.prisma.disclosureEvent.count({
        where: { viewerSubject: 'nasa-hm', basis: 'APPLICANT', profile: { subject: 'vic' } },
      }),
    ).toBeGreaterThan(0);
  });
});

// ─── The selection race ─────────────────────────────────────────────────────

describe('concurrent selections', () => {
  it('200 concurrent selections on an opening with 3 slots select exactly 3', async () => {
    const N = 3;
    const CROWD = 200;
    const o = await opening({ title: 'Crowded rotation', programType: 'ROTATION', slots: N, requiresSupervisorApproval: false });
    const profiles = Array.from({ length: CROWD }, (_, i) => ({
      id: randomUUID(),
      agencyId: ag.gsa.id,
      subject: `crowd-${i}`,
      givenName: `Crowd${i}`,
      familyName: 'Member',
    }));
    await db.prisma.profile.createMany({ data: profiles });
    const applications = profiles.map((p) => ({
      id: randomUUID(),
      openingId: raw(o),
      profileId: p.id,
      status: 'SUBMITTED' as const,
      live: true,
      supervisorApproval: 'NOT_REQUIRED' as const,
    }));
    await db.prisma.application.createMany({ data: applications });

    const results = await Promise.all(
      applications.map((a) =>
        app.gql(SelectApplicationDocument, { input: { application: encodeGlobalID('Application', a.id) } }, tok.hm),
      ),
    );
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    expect(results.filter((r) => r.errors)).toEqual([]);
    const kinds = results.map((r) => r.data!.selectApplication.__typename);
    expect(kinds.filter((k) => k === 'SelectApplicationPayload')).toHaveLength(N);
    expect(kinds.filter((k) => k === 'InvalidStateError')).toHaveLength(CROWD - N);

    expect(await db.prisma.application.count({ where: { openingId: raw(o), status: 'SELECTED' } })).toBe(N);
    expect(await db.prisma.rotation.count({ where: { openingId: raw(o) } })).toBe(N);
    expect((await db.prisma.opening.findUniqueOrThrow({ where: { id: raw(o) } })).status).toBe('FILLED');
    expect(await db.prisma.auditEvent.count({ where: { action: 'opening.filled', entityId: raw(o) } })).toBe(1);
    const winners = results.flatMap((r) =>
      r.data!.selectApplication.__typename === 'SelectApplicationPayload' ? [r.data!.selectApplication.application] : [],
    );
    expect(new Set(winners.map((w) => w.id)).size).toBe(N);
    expect(winners.map((w) => w.opening.slotsFilled).sort()).toEqual([1, 2, 3]);
  }, 60_000);

  it('selects one application once when the same selection arrives several times at once', async () => {
    const o = await opening({ slots: 2, requiresSupervisorApproval: false });
    const a = (await applied(o, tok.ben!)).id;
    const results = await Promise.all(Array.from({ length: 5 }, () => select(a, tok.hm!)));
    expect(results.map((r) => r.__typename).sort()).toEqual([
      'InvalidStateError',
      'InvalidStateError',
      'InvalidStateError',
      'InvalidStateError',
      'SelectApplicationPayload',
    ]);
    expect(await db.prisma.rotation.count({ where: { applicationId: raw(a) } })).toBe(1);
    expect((await db.prisma.opening.findUniqueOrThrow({ where: { id: raw(o) } })).status).toBe('OPEN');
  });
});
