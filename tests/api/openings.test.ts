/**
 * Openings: posting and editing by the host agency, the lifecycle and its refusals, who sees
 * what, browsing filters and orders, deadlines, and starting from an occupation.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArchiveOpeningDocument,
  CancelOpeningDocument,
  CloseOpeningDocument,
  CreateOpeningDocument,
  OpenOpeningDocument,
  OpeningDetailDocument,
  OpeningsDocument,
  SuggestedOpeningSkillsDocument,
  UpdateOpeningDocument,
  type CreateOpeningInput,
  type OpeningFilter,
} from '../../schema/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies, insertSkills } from '../helpers/fixtures.js';

const DAY = 86_400_000;
const date = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const deadline = (days: number) => new Date(Date.now() + days * DAY).toISOString();

let db: TestDatabase;
let app: TestApp;
let sk: Awaited<ReturnType<typeof insertSkills>>;
const tok: Record<string, string> = {};
const skill = (id: string) => encodeGlobalID('Skill', id);

beforeAll(async () => {
  db = await createPostgresDatabase();
  await insertAgencies(db.prisma);
  sk = await insertSkills(db.prisma);
  app = await createTestApp(db);
  tok.nasaHm = await app.token('HIRING_MANAGER', 'NASA', { subject: 'nasa-hm' });
  tok.nasaHr = await app.token('HR_SPECIALIST', 'NASA', { subject: 'nasa-hr' });
  tok.nasaEmp = await app.token('EMPLOYEE', 'NASA', { subject: 'nasa-emp' });
  tok.gsaHm = await app.token('HIRING_MANAGER', 'GSA', { subject: 'gsa-hm' });
  tok.gsaEmp = await app.token('EMPLOYEE', 'GSA', { subject: 'gsa-emp' });
  tok.noaaEmp = await app.token('EMPLOYEE', 'NOAA', { subject: 'noaa-emp' });
  tok.nasaInt = await app.token('INTEGRATION', 'NASA', { subject: 'nasa-int', scopes: ['read'] });
});
afterAll(() => db?.destroy());

function input(over: Partial<CreateOpeningInput> = {}): CreateOpeningInput {
  return {
    title: 'Data pipeline engineer for Artemis telemetry',
    description: 'Harden the pipeline that ingests Orion telemetry into the mission data lake.',
    programType: 'DETAIL',
    commitmentPercent: 100,
    startDate: date(60),
    durationWeeks: 26,
    applicationDeadline: deadline(30),
    slots: 2,
    location: 'Houston, TX',
    remoteMode: 'HYBRID',
    payPlan: 'GS',
    gradeMin: 12,
    gradeMax: 14,
    skills: [
      { skill: skill(sk.python.id), minLevel: 4, weight: 3, required: true },
      { skill: skill(sk.database.id), minLevel: 3, weight: 1 },
    ],
    ...over,
  };
}

async function create(over: Partial<CreateOpeningInput> = {}, token = tok.nasaHm!) {
  const res = await app.gql(CreateOpeningDocument, { input: input(over) }, token);
  const r = res.data!.createOpening;
  if (r.__typename !== 'CreateOpeningPayload') throw new Error(`create failed: ${JSON.stringify(r)}`);
  return r.opening;
}

async function createOpen(over: Partial<CreateOpeningInput> = {}, token = tok.nasaHm!) {
  const o = await create(over, token);
  const res = await app.gql(OpenOpeningDocument, { input: { opening: o.id } }, token);
  expect(res.data!.openOpening.__typename).toBe('OpenOpeningPayload');
  return o;
}

const counts = async () => ({
  openings: await db.prisma.opening.count(),
  skills: await db.prisma.openingSkill.count(),
  audit: await db.prisma.auditEvent.count(),
});

describe('posting and editing', () => {
  it('creates a DRAFT in the caller’s agency with skills, restriction and derived fields, audited', async () => {
    const o = await create({ restrictedTo: ['GSA', '013'], hoursPerWeek: 20, commitmentPercent: null, externalId: 'NASA-REQ-1' });
    expect(o).toMatchObject({
      status: 'DRAFT',
      hostAgency: { abbreviation: 'NASA' },
      externalId: 'NASA-REQ-1',
      hoursPerWeek: 20,
      commitmentPercent: 50,
      viewerCanManage: true,
      restrictedTo: [{ abbreviation: 'DOC' }, { abbreviation: 'GSA' }],
      skills: [
        { skill: { name: 'Python' }, minLevel: 4, minProficiency: 'ADVANCED', weight: 3, required: true },
        { skill: { name: 'PostgreSQL' }, minLevel: 3, weight: 1, required: false },
      ],
    });
    // 26 weeks from the start date, inclusive.
    expect(o.endDate).toBe(new Date(Date.parse(o.startDate) + (26 * 7 - 1) * DAY).toISOString().slice(0, 10));
    const audit = await db.prisma.auditEvent.findFirst({ where: { entityId: decodeId(o.id), action: 'opening.create' } });
    expect(audit?.actorSubject).toBe('nasa-hm');
  });

  it('refuses bad input with every problem named, and changes nothing', async () => {
    const before = await counts();
    const cases: [Partial<CreateOpeningInput>, string][] = [
      [{ title: '  ' }, 'title'],
      [{ commitmentPercent: 100, hoursPerWeek: 20 }, 'commitmentPercent'],
      [{ commitmentPercent: null, hoursPerWeek: null }, 'commitmentPercent'],
      [{ commitmentPercent: 120 }, 'commitmentPercent'],
      [{ applicationDeadline: deadline(-1) }, 'applicationDeadline'],
      [{ applicationDeadline: deadline(90) }, 'applicationDeadline'], // after the start date
      [{ gradeMin: 14, gradeMax: 12 }, 'gradeMax'],
      [{ slots: 0 }, 'slots'],
      [{ durationWeeks: 0 }, 'durationWeeks'],
      [{ restrictedTo: ['NOPE'] }, 'restrictedTo'],
      [{ skills: [{ skill: skill(sk.python.id), minLevel: 6 }] }, 'minLevel'],
      [{ skills: [{ skill: skill(sk.python.id), minLevel: 3, weight: 0 }] }, 'weight'],
      [
        {
          skills: [
            { skill: skill(sk.python.id), minLevel: 3 },
            { skill: skill(sk.python.id), minLevel: 2 },
          ],
        },
        'skill',
      ],
      [{ skills: [{ skill: skill('00000000-0000-4000-8000-000000000000'), minLevel: 3 }] }, 'skill'],
      [{ payPlan: 'general' }, 'payPlan'],
    ];
    for (const [over, field] of cases) {
      const res = await app.gql(CreateOpeningDocument, { input: input(over) }, tok.nasaHm);
      const r = res.data!.createOpening;
      expect(r.__typename, JSON.stringify(over)).toBe('ValidationError');
      if (r.__typename === 'ValidationError')
        expect(
          r.problems.flatMap((p) => p.path),
          JSON.stringify(over),
        ).toContain(field);
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a second opening with the same externalId, also when both arrive at once', async () => {
    await create({ externalId: 'HR-OPEN-1' });
    const before = await counts();
    const again = await app.gql(CreateOpeningDocument, { input: input({ externalId: 'HR-OPEN-1' }) }, tok.nasaHm);
    expect(again.data!.createOpening.__typename).toBe('ConflictError');
    expect(await counts()).toEqual(before);
    // Another agency may use the same key in its own system.
    await create({ externalId: 'HR-OPEN-1' }, tok.gsaHm);
    const racing = await Promise.all(
      Array.from({ length: 6 }, () => app.gql(CreateOpeningDocument, { input: input({ externalId: 'HR-OPEN-2' }) }, tok.nasaHr)),
    );
    expect(racing.map((r) => r.errors)).toEqual(racing.map(() => undefined));
    expect(racing.map((r) => r.data!.createOpening.__typename).sort()).toEqual([
      ...Array(5).fill('ConflictError'),
      'CreateOpeningPayload',
    ]);
  });

  it('lets only hiring managers and HR specialists post', async () => {
    const before = await counts();
    expect((await app.gql(CreateOpeningDocument, { input: input() }, tok.nasaEmp)).data!.createOpening.__typename).toBe(
      'ForbiddenError',
    );
    // A read-only machine client is stopped before execution by the scope gate.
    const machine = await app.gql(CreateOpeningDocument, { input: input() }, tok.nasaInt);
    expect([machine.status, machine.data ?? null, machine.errors?.[0]?.extensions?.code]).toEqual([403, null, 'FORBIDDEN']);
    expect((await app.gql(CreateOpeningDocument, { input: input() })).data?.createOpening.__typename ?? 'ForbiddenError').toBe(
      'ForbiddenError',
    );
    expect(await counts()).toEqual(before);
    expect((await create({}, tok.nasaHr)).status).toBe('DRAFT');
  });

  it('edits a draft; editing an OPEN opening’s skills is in the audit log with before and after', async () => {
    const o = await createOpen();
    const res = await app.gql(
      UpdateOpeningDocument,
      {
        input: {
          opening: o.id,
          title: 'Telemetry data engineer',
          skills: [{ skill: skill(sk.dataAnalysis.id), minLevel: 2, required: true }],
        },
      },
      tok.nasaHm,
    );
    expect(res.data!.updateOpening).toMatchObject({
      opening: {
        title: 'Telemetry data engineer',
        status: 'OPEN',
        skills: [{ skill: { name: 'perform data analysis' }, minLevel: 2, required: true }],
      },
    });
    const event = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: decodeId(o.id), action: 'opening.update.open-skills' },
    });
    const before = event.before as { skills: { skillId: string }[]; title: string };
    const after = event.after as { skills: { skillId: string }[]; title: string };
    expect(before.skills.map((s) => s.skillId).sort()).toEqual([sk.python.id, sk.database.id].sort());
    expect(after.skills.map((s) => s.skillId)).toEqual([sk.dataAnalysis.id]);
    expect([before.title, after.title]).toEqual(['Data pipeline engineer for Artemis telemetry', 'Telemetry data engineer']);
    // The new title is searchable.
    const found = await app.gql(OpeningsDocument, { filter: { keyword: 'telemetry data engineer' }, first: 10 }, tok.gsaEmp);
    expect(found.data!.openings.edges.map((e) => e.node.id)).toContain(o.id);
  });

  it('refuses edits from another agency, by staff, and of finished openings', async () => {
    const o = await createOpen();
    const draft = await create();
    const before = await counts();
    expect(
      (await app.gql(UpdateOpeningDocument, { input: { opening: o.id, title: 'Hijacked' } }, tok.gsaHm)).data!.updateOpening
        .__typename,
    ).toBe('ForbiddenError');
    expect(
      (await app.gql(UpdateOpeningDocument, { input: { opening: o.id, title: 'Hijacked' } }, tok.nasaEmp)).data!.updateOpening
        .__typename,
    ).toBe('ForbiddenError');
    expect(
      (await app.gql(UpdateOpeningDocument, { input: { opening: draft.id, title: 'Peek' } }, tok.gsaHm)).data!.updateOpening
        .__typename,
    ).toBe('NotFoundError');
    expect(await counts()).toEqual(before);
    await app.gql(CancelOpeningDocument, { input: { opening: o.id, reason: 'Project postponed' } }, tok.nasaHm);
    const res = await app.gql(UpdateOpeningDocument, { input: { opening: o.id, title: 'Again' } }, tok.nasaHm);
    expect(res.data!.updateOpening.__typename).toBe('InvalidStateError');
  });
});

describe('lifecycle', () => {
  it('walks DRAFT → OPEN → CLOSED → OPEN → CANCELLED → ARCHIVED, each step audited', async () => {
    const o = await create();
    const step = async (
      doc: typeof OpenOpeningDocument | typeof CloseOpeningDocument | typeof ArchiveOpeningDocument,
      expected: string,
    ) => {
      const res = await app.gql(doc as typeof OpenOpeningDocument, { input: { opening: o.id } }, tok.nasaHm);
      expect(JSON.stringify(res.data)).toContain(`"status":"${expected}"`);
    };
    await step(OpenOpeningDocument, 'OPEN');
    await step(CloseOpeningDocument, 'CLOSED');
    await step(OpenOpeningDocument, 'OPEN');
    const cancelled = await app.gql(CancelOpeningDocument, { input: { opening: o.id, reason: 'Funding withdrawn' } }, tok.nasaHm);
    expect(cancelled.data!.cancelOpening).toMatchObject({ opening: { status: 'CANCELLED', cancelReason: 'Funding withdrawn' } });
    await step(ArchiveOpeningDocument, 'ARCHIVED');
    const actions = (await db.prisma.auditEvent.findMany({ where: { entityId: decodeId(o.id) }, orderBy: { id: 'asc' } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual([
      'opening.create',
      'opening.open',
      'opening.closed',
      'opening.open',
      'opening.cancelled',
      'opening.archived',
    ]);
  });

  it('refuses invalid transitions with typed errors and changes nothing', async () => {
    const draft = await create();
    const open = await createOpen();
    await app.gql(CloseOpeningDocument, { input: { opening: open.id } }, tok.nasaHm);
    const archivedO = await createOpen();
    await app.gql(CloseOpeningDocument, { input: { opening: archivedO.id } }, tok.nasaHm);
    await app.gql(ArchiveOpeningDocument, { input: { opening: archivedO.id } }, tok.nasaHm);
    const before = await counts();
    const refusals: [unknown, string][] = [
      [await app.gql(CloseOpeningDocument, { input: { opening: draft.id } }, tok.nasaHm), 'closeOpening'],
      [await app.gql(ArchiveOpeningDocument, { input: { opening: draft.id } }, tok.nasaHm), 'archiveOpening'],
      [await app.gql(CloseOpeningDocument, { input: { opening: open.id } }, tok.nasaHm), 'closeOpening'],
      [await app.gql(OpenOpeningDocument, { input: { opening: archivedO.id } }, tok.nasaHm), 'openOpening'],
      [await app.gql(CancelOpeningDocument, { input: { opening: archivedO.id, reason: 'x' } }, tok.nasaHm), 'cancelOpening'],
    ];
    for (const [res, field] of refusals) {
      expect((res as { data: Record<string, { __typename: string; message: string }> }).data[field]!.__typename).toBe(
        'InvalidStateError',
      );
    }
    expect(await counts()).toEqual(before);
    expect(
      (await app.gql(CancelOpeningDocument, { input: { opening: draft.id, reason: ' ' } }, tok.nasaHm)).data!.cancelOpening
        .__typename,
    ).toBe('ValidationError');
  });

  it('will not open without skills, or after the deadline until it is moved', async () => {
    const bare = await create({ skills: [] });
    const res = await app.gql(OpenOpeningDocument, { input: { opening: bare.id } }, tok.nasaHm);
    expect(res.data!.openOpening).toMatchObject({ __typename: 'InvalidStateError' });

    const o = await create();
    await db.prisma.opening.update({ where: { id: decodeId(o.id) }, data: { applicationDeadline: new Date(Date.now() - 1000) } });
    expect((await app.gql(OpenOpeningDocument, { input: { opening: o.id } }, tok.nasaHm)).data!.openOpening.__typename).toBe(
      'InvalidStateError',
    );
    await app.gql(UpdateOpeningDocument, { input: { opening: o.id, applicationDeadline: deadline(10) } }, tok.nasaHm);
    expect((await app.gql(OpenOpeningDocument, { input: { opening: o.id } }, tok.nasaHm)).data!.openOpening.__typename).toBe(
      'OpenOpeningPayload',
    );
  });

  it('closes at the deadline: read as CLOSED at once, written down by the next change', async () => {
    const o = await createOpen({ title: 'Expiring gig', programType: 'GIG' });
    await db.prisma.opening.update({ where: { id: decodeId(o.id) }, data: { applicationDeadline: new Date(Date.now() - 1000) } });
    const detail = await app.gql(OpeningDetailDocument, { id: o.id }, tok.gsaEmp);
    expect(detail.data!.node).toMatchObject({ status: 'CLOSED', viewerEligibility: { allowed: false } });
    const openList = await app.gql(OpeningsDocument, { filter: { keyword: 'expiring' }, first: 5 }, tok.gsaEmp);
    expect(openList.data!.openings.totalCount).toBe(0);
    const closedList = await app.gql(
      OpeningsDocument,
      { filter: { keyword: 'expiring', statuses: ['CLOSED'] }, first: 5 },
      tok.gsaEmp,
    );
    expect(closedList.data!.openings.edges.map((e) => e.node.status)).toEqual(['CLOSED']);
    // Closing by hand is refused (it already is closed), and the refusal wrote the deadline's close down.
    expect((await app.gql(CloseOpeningDocument, { input: { opening: o.id } }, tok.nasaHm)).data!.closeOpening.__typename).toBe(
      'InvalidStateError',
    );
    expect(await db.prisma.opening.findUniqueOrThrow({ where: { id: decodeId(o.id) } })).toMatchObject({ status: 'OPEN' });
    await app.gql(
      UpdateOpeningDocument,
      { input: { opening: o.id, description: 'Short gig, closed by its deadline.' } },
      tok.nasaHm,
    );
    expect(await db.prisma.opening.findUniqueOrThrow({ where: { id: decodeId(o.id) } })).toMatchObject({ status: 'CLOSED' });
  });
});

describe('who sees what', () => {
  it('shows drafts only to the host agency’s managers (and its read integrations)', async () => {
    const d = await create({ title: 'Secret draft' });
    for (const [t, visible] of [
      [tok.nasaHm, true],
      [tok.nasaHr, true],
      [tok.nasaInt, true],
      [tok.nasaEmp, false],
      [tok.gsaHm, false],
    ] as const) {
      const node = (await app.gql(OpeningDetailDocument, { id: d.id }, t)).data!.node;
      expect(node === null ? false : node.__typename === 'Opening', t).toBe(visible);
      const list = await app.gql(OpeningsDocument, { filter: { keyword: 'secret draft', statuses: ['DRAFT'] }, first: 5 }, t);
      expect(list.data!.openings.totalCount).toBe(visible ? 1 : 0);
    }
    expect((await app.gql(OpeningDetailDocument, { id: d.id })).status).toBe(200);
  });

  it('shows restricted openings to the host and the listed agencies with their bureaus only', async () => {
    const o = await createOpen({ title: 'Commerce-only rotation', programType: 'ROTATION', restrictedTo: ['DOC'] });
    for (const [t, visible] of [
      [tok.nasaEmp, true], // host staff
      [tok.noaaEmp, true], // a bureau of DOC
      [tok.gsaEmp, false],
      [tok.gsaHm, false],
    ] as const) {
      const node = (await app.gql(OpeningDetailDocument, { id: o.id }, t)).data!.node;
      expect(node !== null, t).toBe(visible);
      const list = await app.gql(OpeningsDocument, { filter: { keyword: 'commerce only' }, first: 5 }, t);
      expect(list.data!.openings.totalCount).toBe(visible ? 1 : 0);
    }
  });

  it('needs a token to browse', async () => {
    const res = await app.gql(OpeningsDocument, { first: 5 });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('hides the host’s external ID from other agencies', async () => {
    const o = await createOpen({ externalId: 'NASA-REQ-77', title: 'External id check' });
    const mine = await app.gql(OpeningDetailDocument, { id: o.id }, tok.nasaHm);
    const theirs = await app.gql(OpeningDetailDocument, { id: o.id }, tok.gsaEmp);
    expect(mine.data!.node).toMatchObject({ externalId: 'NASA-REQ-77', viewerCanManage: true });
    expect(theirs.data!.node).toMatchObject({
      externalId: null,
      viewerCanManage: false,
      viewerEligibility: { allowed: false, reason: 'You need a profile to apply' },
    });
  });
});

describe('browsing', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    // A small catalogue with known answers, all under the keyword "zephyr".
    const mk = async (key: string, over: Partial<CreateOpeningInput>, token = tok.nasaHm!) =>
      (ids[key] = (await createOpen({ title: `Zephyr ${key}`, ...over }, token)).id);
    await mk('detail-remote-py', {
      programType: 'DETAIL',
      remoteMode: 'REMOTE',
      commitmentPercent: 100,
      gradeMin: 12,
      gradeMax: 13,
      startDate: date(50),
      applicationDeadline: deadline(20),
      location: 'Houston, TX',
    });
    await mk('gig-hybrid-db', {
      programType: 'GIG',
      remoteMode: 'HYBRID',
      commitmentPercent: 20,
      gradeMin: 9,
      gradeMax: 11,
      startDate: date(30),
      applicationDeadline: deadline(10),
      location: 'Greenbelt, MD',
      skills: [{ skill: skill(sk.database.id), minLevel: 2 }],
    });
    await mk('rotation-onsite-analysis', {
      programType: 'ROTATION',
      remoteMode: 'ONSITE',
      commitmentPercent: 50,
      gradeMin: null,
      gradeMax: null,
      startDate: date(90),
      applicationDeadline: deadline(40),
      location: 'Washington, DC',
      skills: [{ skill: skill(sk.dataAnalysis.id), minLevel: 3 }],
    });
    await mk(
      'gsa-fellowship',
      {
        programType: 'FELLOWSHIP',
        remoteMode: 'REMOTE',
        commitmentPercent: 100,
        startDate: date(70),
        applicationDeadline: deadline(25),
        location: 'Washington, DC',
      },
      tok.gsaHm,
    );
    await mk('gsa-only-detail', {
      programType: 'DETAIL',
      remoteMode: 'REMOTE',
      restrictedTo: ['GSA'],
      startDate: date(80),
      applicationDeadline: deadline(35),
    });
  });

  async function list(filter: OpeningFilter, token = tok.gsaEmp!, orderBy?: 'NEWEST' | 'DEADLINE' | 'START_DATE') {
    const res = await app.gql(OpeningsDocument, { filter: { keyword: 'zephyr', ...filter }, orderBy, first: 50 }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.openings.edges.map((e) => Object.entries(ids).find(([, id]) => id === e.node.id)?.[0] ?? e.node.id);
  }

  it('filters by each condition', async () => {
    expect((await list({})).sort()).toEqual([
      'detail-remote-py',
      'gig-hybrid-db',
      'gsa-fellowship',
      'gsa-only-detail',
      'rotation-onsite-analysis',
    ]);
    expect(await list({ programTypes: ['GIG', 'ROTATION'] }, tok.gsaEmp, 'START_DATE')).toEqual([
      'gig-hybrid-db',
      'rotation-onsite-analysis',
    ]);
    expect((await list({ remoteModes: ['REMOTE'] })).sort()).toEqual(['detail-remote-py', 'gsa-fellowship', 'gsa-only-detail']);
    expect(await list({ commitmentMin: 30, commitmentMax: 60 })).toEqual(['rotation-onsite-analysis']);
    expect(await list({ hostAgencies: ['GSA'] })).toEqual(['gsa-fellowship']);
    expect((await list({ location: 'washington' })).sort()).toEqual(['gsa-fellowship', 'rotation-onsite-analysis']);
    expect(await list({ startFrom: date(45), startTo: date(75) }, tok.gsaEmp, 'START_DATE')).toEqual([
      'detail-remote-py',
      'gsa-fellowship',
    ]);
    // Grade 10: openings whose range includes it (9–11), or that state none; the others are 12–14.
    expect((await list({ grade: 10 })).sort()).toEqual(['gig-hybrid-db', 'rotation-onsite-analysis']);
    expect((await list({ grade: 13 })).sort()).toEqual([
      'detail-remote-py',
      'gsa-fellowship',
      'gsa-only-detail',
      'rotation-onsite-analysis',
    ]);
    expect(await list({ keyword: 'zephyr gig' })).toEqual(['gig-hybrid-db']);
  });

  it('filters by skill, including narrower skills', async () => {
    // Programming is broader than Python and PostgreSQL.
    expect((await list({ skills: [skill(sk.programming.id)] })).sort()).toEqual([
      'detail-remote-py',
      'gig-hybrid-db',
      'gsa-fellowship',
      'gsa-only-detail',
    ]);
    expect(await list({ skills: [skill(sk.programming.id)], includeNarrowerSkills: false })).toEqual([]);
    expect(await list({ skills: [skill(sk.dataAnalysis.id)] })).toEqual(['rotation-onsite-analysis']);
  });

  it('"open to my agency" leaves out what the caller may not apply to', async () => {
    // For a GSA employee: the GSA-hosted fellowship is fine (not cross-agency only); all others too.
    expect((await list({ openToMyAgency: true })).sort()).toEqual([
      'detail-remote-py',
      'gig-hybrid-db',
      'gsa-fellowship',
      'gsa-only-detail',
      'rotation-onsite-analysis',
    ]);
    // For NASA staff: not their own DETAILs, not the GSA-only detail (hidden? no: they host it, but may not apply).
    expect((await list({ openToMyAgency: true }, tok.nasaEmp)).sort()).toEqual([
      'gig-hybrid-db',
      'gsa-fellowship',
      'rotation-onsite-analysis',
    ]);
    // Without the filter NASA staff see the GSA-only detail their agency hosts.
    expect(await list({ hostAgencies: ['NASA'], programTypes: ['DETAIL'] }, tok.nasaEmp)).toContain('gsa-only-detail');
    // DOC staff do not see the GSA-only detail at all.
    expect(await list({}, tok.noaaEmp)).not.toContain('gsa-only-detail');
  });

  it('orders by newest, deadline and start date, and pages without gaps or repeats', async () => {
    expect(await list({}, tok.gsaEmp, 'DEADLINE')).toEqual([
      'gig-hybrid-db',
      'detail-remote-py',
      'gsa-fellowship',
      'gsa-only-detail',
      'rotation-onsite-analysis',
    ]);
    expect(await list({}, tok.gsaEmp, 'START_DATE')).toEqual([
      'gig-hybrid-db',
      'detail-remote-py',
      'gsa-fellowship',
      'gsa-only-detail',
      'rotation-onsite-analysis',
    ]);
    expect((await list({}, tok.gsaEmp, 'NEWEST'))[0]).toBe('gsa-only-detail');
    const browse = (after: string | null | undefined) =>
      app.gql(OpeningsDocument, { filter: { keyword: 'zephyr' }, orderBy: 'DEADLINE', first: 2, after }, tok.gsaEmp);
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (let page = 0; page < 5; page++) {
      const res: Awaited<ReturnType<typeof browse>> = await browse(after);
      const c = res.data!.openings;
      expect(c.totalCount).toBe(5);
      seen.push(...c.edges.map((e) => e.node.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toEqual((await list({}, tok.gsaEmp, 'DEADLINE')).map((k) => ids[k]));
  });

  it('rejects an unknown host agency and bad ranges as input errors', async () => {
    const res = await app.gql(OpeningsDocument, { filter: { hostAgencies: ['NOPE'] }, first: 5 }, tok.gsaEmp);
    expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const bad = await app.gql(OpeningsDocument, { filter: { commitmentMin: 0 }, first: 5 }, tok.gsaEmp);
    expect(bad.errors?.[0]).toBeDefined();
    const page = await app.gql(OpeningsDocument, { first: 500 }, tok.gsaEmp);
    expect(page.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('start from an occupation', () => {
  it('suggests skills with levels from O*NET ratings and prefills a new opening', async () => {
    const occ = await db.prisma.occupation.create({
      data: { scheme: 'ONET_SOC', code: '15-1252.00', title: 'Software Developers' },
    });
    await db.prisma.occupationSkill.createMany({
      data: [
        { occupationId: occ.id, skillId: sk.programming.id, importance: 4.5, level: 5.2 },
        { occupationId: occ.id, skillId: sk.technical.id, importance: 3.2, level: 3.0 },
        { occupationId: occ.id, skillId: sk.dataAnalysis.id, importance: 2.0, level: 2.0 }, // not important enough
      ],
    });
    const res = await app.gql(
      SuggestedOpeningSkillsDocument,
      { occupation: { scheme: 'ONET_SOC', code: '15-1252.00' } },
      tok.nasaHm,
    );
    expect(res.data!.suggestedOpeningSkills).toEqual([
      {
        skill: expect.objectContaining({ name: 'Programming' }),
        minLevel: 4,
        weight: 0.9,
        required: true,
        reason: expect.stringContaining('importance 4.5'),
      },
      {
        skill: expect.objectContaining({ name: 'Technical Skills' }),
        minLevel: 3,
        weight: 0.64,
        required: false,
        reason: expect.any(String),
      },
    ]);
    const o = await create({ skills: null, fromOccupation: { scheme: 'ONET_SOC', code: '15-1252.00' } });
    expect(o).toMatchObject({
      basedOnOccupation: { code: '15-1252.00', title: 'Software Developers' },
      skills: [
        { skill: { name: 'Programming' }, minLevel: 4, required: true },
        { skill: { name: 'Technical Skills' }, minLevel: 3, required: false },
      ],
    });
    const missing = await app.gql(
      CreateOpeningDocument,
      { input: input({ fromOccupation: { scheme: 'ONET_SOC', code: '99-9999.99' } }) },
      tok.nasaHm,
    );
    expect(missing.data!.createOpening.__typename).toBe('NotFoundError');
  });
});

function decodeId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString().split(':').slice(1).join(':');
}
