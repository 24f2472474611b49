/**
 * The change feed on PostgreSQL (and briefly on PGlite): ordered and resumable; each client sees
 * its agency (and bureaus) only, and only HR specialists and read-scoped integrations read it;
 * malformed cursors and page sizes are refused; deletes show; a transaction that wrote first and
 * commits last is not skipped (two raw connections, step by step); and ten concurrent writers
 * whose commit order differs from their sequence order, read by pollers with small pages, are
 * delivered completely, once, in order, checked against the ChangeEvent table.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { PrismaClient } from '@prisma/client';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ChangesDocument,
  CreateMyProfileDocument,
  type ChangeEntityType,
  type ChangesQuery,
} from '../../schema/generated/graphql.js';
import { comparePositions, decodeCursor, encodeCursor, type ChangePosition } from '../../src/modules/changes/rules.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPgliteDatabase, createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies, insertSkills } from '../helpers/fixtures.js';

type Edge = ChangesQuery['changes']['edges'][number];
type Summary = [entityType: string, entityId: string, operation: string];

const TYPENAME = { PROFILE: 'Profile', OPENING: 'Opening', APPLICATION: 'Application', ROTATION: 'Rotation' } as const;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const gid = (type: keyof typeof TYPENAME, id: string) => encodeGlobalID(TYPENAME[type], id);
const summary = (edges: Edge[]): Summary[] => edges.map((e) => [e.node.entityType, e.node.entityId, e.node.operation]);
const DAY = 86_400_000;

/** Reading the feed as a client does: page after page, keeping endCursor. */
function reader(app: TestApp) {
  const page = async (token: string, after: string | null, first: number, entityTypes?: ChangeEntityType[]) => {
    const res = await app.gql(ChangesDocument, { after, first, entityTypes }, token);
    if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
    return res.data!.changes;
  };
  /** Everything readable now after `after`. */
  const drain = async (token: string, after: string | null = null, first = 100, entityTypes?: ChangeEntityType[]) => {
    const edges: Edge[] = [];
    let cursor = after;
    for (;;) {
      const p = await page(token, cursor, first, entityTypes);
      edges.push(...p.edges);
      cursor = p.pageInfo.endCursor ?? null;
      if (!p.pageInfo.hasNextPage) return { edges, cursor };
    }
  };
  /**
   * Drains until `done` holds. The feed waits for every older transaction in the cluster (other
   * test files share it), so a just-committed change may take a moment to become readable.
   */
  const until = async (token: string, after: string | null, done: (edges: Edge[]) => boolean, first = 100) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const r = await drain(token, after, first);
      if (done(r.edges)) return r;
      if (Date.now() > deadline) throw new Error(`feed did not catch up: ${JSON.stringify(summary(r.edges))}`);
      await sleep(20);
    }
  };
  return { page, drain, until };
}

/** Which of these global IDs a token may read, asked through `nodes`: another path than the feed's. */
async function readable(app: TestApp, token: string, ids: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < ids.length; i += 50) {
    const res = await app.gql<{ nodes: ({ id: string } | null)[] }, { ids: string[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids: ids.slice(i, i + 50) },
      token,
    );
    if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
    for (const n of res.data!.nodes) if (n) out.add(n.id);
  }
  return out;
}

/**
 * What the feed must deliver, from the table: the agencies' rows after a position in (xid, seq)
 * order, adjacent rows of one transaction about the same entity and operation as one change whose
 * cursor is its last row; of those, the changes whose object the reader may read now, and every
 * change to a profile or opening of the reader's own agency. Written independently of
 * src/modules/changes/rules.ts on purpose.
 */
async function expectedFromTable(
  prisma: PrismaClient,
  agencyIds: string[],
  after: ChangePosition = { xid: 0n, seq: 0n },
  reader?: { app: TestApp; token: string; agencyId: string },
) {
  const rows = await prisma.changeEvent.findMany({
    where: { agencyId: { in: agencyIds } },
    orderBy: [{ xid: 'asc' }, { seq: 'asc' }],
  });
  const out: {
    xid: bigint;
    seq: bigint;
    entityType: keyof typeof TYPENAME;
    entityId: string;
    operation: string;
    agencies: Set<string>;
  }[] = [];
  for (const r of rows) {
    if (r.xid < after.xid || (r.xid === after.xid && r.seq <= after.seq)) continue;
    const last = out.at(-1);
    if (
      last &&
      last.xid === r.xid &&
      last.entityType === r.entityType &&
      last.entityId === r.entityId &&
      last.operation === r.operation
    ) {
      last.seq = r.seq;
      last.agencies.add(r.agencyId);
    } else
      out.push({
        xid: r.xid,
        seq: r.seq,
        entityType: r.entityType,
        entityId: r.entityId,
        operation: r.operation,
        agencies: new Set([r.agencyId]),
      });
  }
  const canRead = reader
    ? await readable(reader.app, reader.token, [...new Set(out.map((c) => gid(c.entityType, c.entityId)))])
    : null;
  return out
    .filter(
      (c) =>
        !reader ||
        canRead!.has(gid(c.entityType, c.entityId)) ||
        ((c.entityType === 'PROFILE' || c.entityType === 'OPENING') && c.agencies.has(reader.agencyId)),
    )
    .map((c) => ({ cursor: encodeCursor(c), change: [c.entityType, gid(c.entityType, c.entityId), c.operation] as Summary }));
}

const delivered = (edges: Edge[]) =>
  edges.map((e) => ({ cursor: e.cursor, change: [e.node.entityType, e.node.entityId, e.node.operation] as Summary }));

function expectStrictlyOrdered(edges: Edge[]) {
  for (let i = 1; i < edges.length; i++)
    expect(comparePositions(decodeCursor(edges[i - 1]!.cursor), decodeCursor(edges[i]!.cursor))).toBe(-1);
}

describe('change feed on PostgreSQL', () => {
  let db: TestDatabase;
  let app: TestApp;
  let ag: Awaited<ReturnType<typeof insertAgencies>>;
  let sk: Awaited<ReturnType<typeof insertSkills>>;
  let feed: ReturnType<typeof reader>;
  const tok: Record<string, string> = {};

  const profile = (agencyId: string, name: string, extra: { subject?: string; email?: string } = {}) =>
    db.prisma.profile.create({ data: { agencyId, givenName: name, familyName: 'Tester', ...extra } });
  const opening = (hostAgencyId: string, title: string, status: 'DRAFT' | 'OPEN' = 'OPEN') =>
    db.prisma.opening.create({
      data: {
        hostAgencyId,
        title,
        description: `${title}: a test opening.`,
        programType: 'ROTATION',
        status,
        commitmentPercent: 50,
        startDate: new Date(Date.now() + 40 * DAY),
        durationWeeks: 12,
        applicationDeadline: new Date(Date.now() + 20 * DAY),
        createdBySubject: 'test',
        skills: {
          create: [
            { skillId: sk.python.id, minLevel: 3 },
            { skillId: sk.database.id, minLevel: 2 },
          ],
        },
      },
    });
  /** The end of the agencies' feed, once it has delivered exactly what the table holds. */
  const caughtUp = async (token: string, agencyIds: string[]) => {
    const want = await expectedFromTable(db.prisma, agencyIds, undefined, { app, token, agencyId: agencyIds[0]! });
    const r = await feed.until(token, null, (edges) => edges.length >= want.length);
    expect(delivered(r.edges)).toEqual(want);
    return r.cursor;
  };

  beforeAll(async () => {
    db = await createPostgresDatabase();
    ag = await insertAgencies(db.prisma);
    sk = await insertSkills(db.prisma);
    app = await createTestApp(db);
    feed = reader(app);
    const t = (role: Parameters<TestApp['token']>[0], agency: string, subject: string, scopes?: ('read' | 'write')[]) =>
      app.token(role, agency, { subject, ...(scopes ? { scopes } : {}) });
    tok.nasaInt = await t('INTEGRATION', 'NASA', 'nasa-sync', ['read']);
    tok.nasaHr = await t('HR_SPECIALIST', 'NASA', 'nasa-hr');
    tok.gsaInt = await t('INTEGRATION', 'GSA', 'gsa-sync', ['read', 'write']);
    tok.gsaHr = await t('HR_SPECIALIST', 'GSA', 'gsa-hr');
    tok.docHr = await t('HR_SPECIALIST', 'DOC', 'doc-hr');
    tok.noaaHr = await t('HR_SPECIALIST', 'NOAA', 'noaa-hr');
    tok.nasaWriteOnly = await t('INTEGRATION', 'NASA', 'nasa-writer', ['write']);
    tok.nasaHm = await t('HIRING_MANAGER', 'NASA', 'nasa-hm');
    tok.nasaEmp = await t('EMPLOYEE', 'NASA', 'nasa-emp');
    tok.nasaAdmin = await t('ADMIN', 'NASA', 'nasa-admin');
  });
  afterAll(() => db?.destroy());

  it('delivers changes in order, once per change, resumable from any cursor', async () => {
    const from = await caughtUp(tok.nasaInt!, [ag.nasa.id]);
    const p = await profile(ag.nasa.id, 'Ada', { email: 'ada@nasa.gov' });
    await db.prisma.profileSkill.create({ data: { profileId: p.id, skillId: sk.python.id, level: 3 } });
    await db.prisma.profile.update({ where: { id: p.id }, data: { givenName: 'Ada' } }); // same values: no change
    const o = await opening(ag.nasa.id, 'Telemetry feed', 'DRAFT'); // the opening, then its two skills, in one transaction
    await db.prisma.profile.update({ where: { id: p.id }, data: { headline: 'Telemetry engineer' } });
    const want: Summary[] = [
      ['PROFILE', gid('PROFILE', p.id), 'CREATED'],
      ['PROFILE', gid('PROFILE', p.id), 'UPDATED'],
      ['OPENING', gid('OPENING', o.id), 'CREATED'],
      ['OPENING', gid('OPENING', o.id), 'UPDATED'],
      ['PROFILE', gid('PROFILE', p.id), 'UPDATED'],
    ];
    // The no-op update wrote no row; the opening's two skill rows are one change.
    expect(await db.prisma.changeEvent.count({ where: { entityId: p.id } })).toBe(3);
    expect(await db.prisma.changeEvent.count({ where: { entityId: o.id } })).toBe(3);

    const all = await feed.until(tok.nasaInt!, from, (e) => e.length >= want.length);
    expect(summary(all.edges)).toEqual(want);
    expectStrictlyOrdered(all.edges);
    expect(all.edges.map((e) => e.node.entity)).toMatchObject([
      { __typename: 'Profile', id: gid('PROFILE', p.id), email: 'ada@nasa.gov' },
      { __typename: 'Profile' },
      { __typename: 'Opening', id: gid('OPENING', o.id), title: 'Telemetry feed', openingStatus: 'DRAFT' },
      { __typename: 'Opening' },
      { __typename: 'Profile' },
    ]);

    // Any page size gives the same changes and cursors; a page never splits a change.
    for (const first of [1, 2, 3]) {
      const edges: Edge[] = [];
      let cursor: string | null = from;
      for (let i = 0; ; i++) {
        const page = await feed.page(tok.nasaInt!, cursor, first);
        expect(page.edges.length).toBeLessThanOrEqual(first);
        edges.push(...page.edges);
        cursor = page.pageInfo.endCursor ?? null;
        if (!page.pageInfo.hasNextPage) break;
        expect(i).toBeLessThan(10);
      }
      expect(delivered(edges), `first: ${first}`).toEqual(delivered(all.edges));
    }
    // Resuming after the second change gives the last three.
    expect(summary((await feed.drain(tok.nasaInt!, all.edges[1]!.cursor)).edges)).toEqual(want.slice(2));
    // At the end: an empty page that hands back the cursor it was given.
    const end = await feed.page(tok.nasaInt!, all.cursor, 10);
    expect(end).toEqual({ edges: [], pageInfo: { endCursor: all.cursor, hasNextPage: false } });
    // HR specialists read the same feed.
    expect(summary((await feed.drain(tok.nasaHr!, from)).edges)).toEqual(want);
  });

  it('filters by entity type', async () => {
    const from = await caughtUp(tok.nasaInt!, [ag.nasa.id]);
    const p = await profile(ag.nasa.id, 'Filter');
    const o = await opening(ag.nasa.id, 'Filtered opening');
    await feed.until(tok.nasaInt!, from, (e) => e.length >= 3);
    expect(summary((await feed.drain(tok.nasaInt!, from, 100, ['OPENING'])).edges)).toEqual([
      ['OPENING', gid('OPENING', o.id), 'CREATED'],
      ['OPENING', gid('OPENING', o.id), 'UPDATED'],
    ]);
    expect(summary((await feed.drain(tok.nasaInt!, from, 1, ['PROFILE', 'ROTATION'])).edges)).toEqual([
      ['PROFILE', gid('PROFILE', p.id), 'CREATED'],
    ]);
  });

  it('shows each agency its own changes and its bureaus’, to HR specialists and read-scoped integrations only', async () => {
    const gsaPerson = await profile(ag.gsa.id, 'Gus', { subject: 'gus' });
    const noaaPerson = await profile(ag.noaa.id, 'Nora', { subject: 'nora' });
    const censusPerson = await profile(ag.census.id, 'Cen');
    const nasaOpening = await opening(ag.nasa.id, 'NASA rotation');
    const censusOpening = await opening(ag.census.id, 'Census rotation');
    // Host NASA, home GSA: both agencies hear of it.
    const crossApp = await db.prisma.application.create({ data: { openingId: nasaOpening.id, profileId: gsaPerson.id } });
    // Host Census, home NOAA: two bureaus of Commerce, so two rows that Commerce reads as one change.
    const bureauApp = await db.prisma.application.create({ data: { openingId: censusOpening.id, profileId: noaaPerson.id } });
    await db.prisma.application.update({ where: { id: bureauApp.id }, data: { status: 'SHORTLISTED' } });
    const rotation = await db.prisma.rotation.create({
      data: {
        profileId: gsaPerson.id,
        homeAgencyId: ag.gsa.id,
        hostAgencyId: ag.nasa.id,
        programType: 'ROTATION',
        startDate: new Date(Date.now() + 40 * DAY),
        endDate: new Date(Date.now() + 100 * DAY),
        commitmentPercent: 50,
      },
    });
    await db.prisma.rotationSkill.create({
      data: { rotationId: rotation.id, skillId: sk.python.id, gained: true, levelAfter: 3 },
    });
    expect(await db.prisma.changeEvent.count({ where: { entityId: bureauApp.id } })).toBe(4);

    const clients: [string, string[]][] = [
      ['nasaInt', [ag.nasa.id]],
      ['nasaHr', [ag.nasa.id]],
      ['gsaInt', [ag.gsa.id]],
      ['gsaHr', [ag.gsa.id]],
      ['docHr', [ag.doc.id, ag.noaa.id, ag.census.id]],
      ['noaaHr', [ag.noaa.id]],
    ];
    const seen: Record<string, Edge[]> = {};
    for (const [who, agencies] of clients) {
      const want = await expectedFromTable(db.prisma, agencies, undefined, { app, token: tok[who]!, agencyId: agencies[0]! });
      const r = await feed.until(tok[who]!, null, (e) => e.length >= want.length);
      expect(delivered(r.edges), who).toEqual(want);
      seen[who] = r.edges;
    }
    const ids = (who: string) => new Set(seen[who]!.map((e) => e.node.entityId));
    const has = (who: string, type: keyof typeof TYPENAME, id: string) => ids(who).has(gid(type, id));

    expect(
      has('nasaInt', 'APPLICATION', crossApp.id) &&
        has('nasaInt', 'ROTATION', rotation.id) &&
        has('nasaInt', 'OPENING', nasaOpening.id),
    ).toBe(true);
    expect(
      has('nasaInt', 'PROFILE', gsaPerson.id) ||
        has('nasaInt', 'APPLICATION', bureauApp.id) ||
        has('nasaInt', 'OPENING', censusOpening.id),
    ).toBe(false);
    expect(has('gsaInt', 'PROFILE', gsaPerson.id)).toBe(true);
    // The applicant's home HR reads the application and the rotation; the home agency's integration
    // may not, so their changes do not reach it (not even as IDs).
    expect(has('gsaHr', 'APPLICATION', crossApp.id) && has('gsaHr', 'ROTATION', rotation.id)).toBe(true);
    expect(has('gsaInt', 'APPLICATION', crossApp.id) || has('gsaInt', 'ROTATION', rotation.id)).toBe(false);
    expect(has('gsaInt', 'OPENING', nasaOpening.id) || has('gsaInt', 'PROFILE', noaaPerson.id)).toBe(false);
    // A bureau's people are its own HR's: Commerce's HR may not read them, so it hears nothing of them.
    for (const id of [noaaPerson.id, censusPerson.id]) expect(has('docHr', 'PROFILE', id)).toBe(false);
    // Census's open opening is public, so Commerce hears of it; the application between two of its
    // bureaus is theirs (host managers, the applicant's home HR), not Commerce's.
    expect(has('docHr', 'OPENING', censusOpening.id)).toBe(true);
    expect(has('docHr', 'APPLICATION', bureauApp.id)).toBe(false);
    expect(
      has('docHr', 'PROFILE', gsaPerson.id) ||
        has('docHr', 'OPENING', nasaOpening.id) ||
        has('docHr', 'APPLICATION', crossApp.id),
    ).toBe(false);
    expect(has('noaaHr', 'PROFILE', noaaPerson.id) && has('noaaHr', 'APPLICATION', bureauApp.id)).toBe(true);
    expect(has('noaaHr', 'PROFILE', censusPerson.id) || has('noaaHr', 'OPENING', censusOpening.id)).toBe(false);
    // The applicant's home HR reads the application once per change: created, then shortlisted.
    expect(summary(seen.noaaHr!).filter(([, id]) => id === gid('APPLICATION', bureauApp.id))).toEqual([
      ['APPLICATION', gid('APPLICATION', bureauApp.id), 'CREATED'],
      ['APPLICATION', gid('APPLICATION', bureauApp.id), 'UPDATED'],
    ]);
    // The rotation's attested skill is an update of the rotation, for both agencies.
    for (const who of ['nasaInt', 'gsaHr']) {
      expect(
        summary(seen[who]!)
          .filter(([, id]) => id === gid('ROTATION', rotation.id))
          .map(([, , op]) => op),
        who,
      ).toEqual(['CREATED', 'UPDATED']);
    }

    // `entity` follows each type's own rules: the host's integration sees the application and the
    // rotation; the home agency's integration hears of them but may not read them (its HR may read
    // the application, as the applicant's home HR).
    const entityOf = (who: string, type: keyof typeof TYPENAME, id: string) =>
      seen[who]!.find((e) => e.node.entityId === gid(type, id))!.node.entity;
    expect(entityOf('nasaInt', 'APPLICATION', crossApp.id)).toMatchObject({
      __typename: 'Application',
      applicationStatus: 'SUBMITTED',
    });
    expect(entityOf('nasaInt', 'ROTATION', rotation.id)).toMatchObject({ __typename: 'Rotation', personName: 'Gus Tester' });
    expect(entityOf('gsaHr', 'APPLICATION', crossApp.id)).toMatchObject({ __typename: 'Application' });
    expect(entityOf('gsaInt', 'PROFILE', gsaPerson.id)).toMatchObject({ __typename: 'Profile', givenName: 'Gus' });

    // Everyone else is refused, and so is an integration without the read scope.
    for (const [who, t] of Object.entries({
      writeOnly: tok.nasaWriteOnly,
      hm: tok.nasaHm,
      employee: tok.nasaEmp,
      admin: tok.nasaAdmin,
      anonymous: undefined,
    })) {
      const res = await app.gql(ChangesDocument, { first: 10 }, t);
      expect(res.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
      expect(res.data ?? null, who).toBeNull();
    }
  });

  it("tells the old agency's copy when a person moves to another agency", async () => {
    const p = await profile(ag.nasa.id, 'Mover');
    const from = await caughtUp(tok.nasaInt!, [ag.nasa.id]);
    await db.prisma.profile.update({ where: { id: p.id }, data: { agencyId: ag.gsa.id } });
    const r = await feed.until(tok.nasaInt!, from, (e) => e.length >= 1);
    expect(summary(r.edges)).toEqual([['PROFILE', gid('PROFILE', p.id), 'UPDATED']]);
    expect(r.edges[0]!.node.entity).toBeNull(); // no longer NASA's to read: drop the copy
    const gsa = await feed.drain(tok.gsaInt!);
    expect(gsa.edges.find((e) => e.node.entityId === gid('PROFILE', p.id))?.node.entity).toMatchObject({
      __typename: 'Profile',
      givenName: 'Mover',
    });
  });

  it('refuses malformed cursors, page sizes and an empty type list', async () => {
    const b64 = (s: string) => Buffer.from(s).toString('base64url');
    const bad = [
      '',
      'abc',
      '!!!',
      b64('v2:1:1'),
      b64('v1:1'),
      b64('v1:-1:5'),
      b64('v1:01:2'),
      b64('v1:1:2:3'),
      b64('v1:99999999999999999999:1'),
      b64('v1:9223372036854775808:1'),
      `${b64('v1:1:2')}=`,
      Buffer.from('v1:10:2').toString('base64'), // standard base64, padded
      encodeGlobalID('Profile', '00000000-0000-0000-0000-000000000000'),
    ];
    for (const after of bad) {
      const res = await app.gql(ChangesDocument, { after, first: 10 }, tok.nasaInt);
      expect(res.errors?.[0]?.extensions?.code, after).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message, after).toMatch(/Invalid change cursor/);
      expect(res.data ?? null, after).toBeNull();
    }
    for (const first of [0, -1, 101]) {
      const res = await app.gql(ChangesDocument, { first }, tok.nasaInt);
      expect(res.errors?.[0]?.extensions?.code, String(first)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/outside the allowed page size of 1 to 100/);
    }
    const res = await app.gql(ChangesDocument, { first: 5, entityTypes: [] }, tok.nasaInt);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // A well-formed cursor far ahead reads as an empty page that keeps it.
    const ahead = encodeCursor({ xid: 2n ** 62n, seq: 1n });
    expect((await feed.page(tok.nasaInt!, ahead, 5)).pageInfo).toEqual({ endCursor: ahead, hasNextPage: false });
  });

  it('shows deletes, with the ID and without the entity; cascaded rows add nothing', async () => {
    const p = await profile(ag.nasa.id, 'Del');
    const ps = await db.prisma.profileSkill.create({ data: { profileId: p.id, skillId: sk.programming.id, level: 2 } });
    await db.prisma.skillEvidence.create({ data: { profileSkillId: ps.id, source: 'TRAINING', title: 'Course' } });
    const edu = await db.prisma.education.create({ data: { profileId: p.id, level: 'BACHELOR' } });
    const o = await opening(ag.nasa.id, 'Doomed draft', 'DRAFT');
    const from = await caughtUp(tok.nasaInt!, [ag.nasa.id]);

    await db.prisma.education.delete({ where: { id: edu.id } });
    await db.prisma.profile.delete({ where: { id: p.id } }); // cascades to its skills and evidence
    await db.prisma.opening.delete({ where: { id: o.id } }); // cascades to its skills
    const r = await feed.until(tok.nasaInt!, from, (e) => e.length >= 3);
    expect(summary(r.edges)).toEqual([
      ['PROFILE', gid('PROFILE', p.id), 'UPDATED'],
      ['PROFILE', gid('PROFILE', p.id), 'DELETED'],
      ['OPENING', gid('OPENING', o.id), 'DELETED'],
    ]);
    expect(r.edges.map((e) => e.node.entity)).toEqual([null, null, null]);
    expect(await caughtUp(tok.nasaInt!, [ag.nasa.id])).toBe(r.cursor);
  });

  it('does not skip a change whose transaction wrote first and committed last', async () => {
    const from = await caughtUp(tok.nasaInt!, [ag.nasa.id]);
    const fromSeq =
      (await db.prisma.changeEvent.aggregate({ where: { agencyId: ag.nasa.id }, _max: { seq: true } }))._max.seq ?? 0n;
    const insert = (c: pg.Client, name: string) =>
      c.query<{ id: string }>(
        `INSERT INTO "Profile" ("id", "agencyId", "givenName", "familyName", "updatedAt") VALUES (gen_random_uuid(), $1, $2, 'Race', now()) RETURNING "id"`,
        [ag.nasa.id, name],
      );
    const naive = async (afterSeq: bigint) =>
      (
        await db.prisma.changeEvent.findMany({ where: { agencyId: ag.nasa.id, seq: { gt: afterSeq } }, orderBy: { seq: 'asc' } })
      ).map((r) => r.entityId);
    const [c1, c2] = [new pg.Client({ connectionString: db.url }), new pg.Client({ connectionString: db.url })];
    await c1.connect();
    await c2.connect();
    try {
      await c1.query('BEGIN');
      const first = (await insert(c1, 'Slow')).rows[0]!.id; // writes first (smaller seq), stays open
      await c2.query('BEGIN');
      const second = (await insert(c2, 'Quick')).rows[0]!.id;
      await c2.query('COMMIT');

      // A reader paging by seq alone would now deliver the second row and move past the first.
      expect(await naive(fromSeq)).toEqual([second]);
      const seqOfSecond = (await db.prisma.changeEvent.findFirstOrThrow({ where: { entityId: second } })).seq;

      // The feed holds the second back while the first transaction is open.
      for (let i = 0; i < 5; i++) {
        expect(await feed.page(tok.nasaInt!, from, 10)).toEqual({ edges: [], pageInfo: { endCursor: from, hasNextPage: false } });
        await sleep(20);
      }
      await c1.query('COMMIT');

      // ...and delivers both once it commits, the first transaction's first.
      const r = await feed.until(tok.nasaInt!, from, (e) => e.length >= 2);
      expect(summary(r.edges)).toEqual([
        ['PROFILE', gid('PROFILE', first), 'CREATED'],
        ['PROFILE', gid('PROFILE', second), 'CREATED'],
      ]);
      // The gap the seq reader would have left: its cursor is already past the first row.
      expect(await naive(seqOfSecond)).not.toContain(first);
    } finally {
      await c1.end();
      await c2.end();
    }
  });

  it('delivers every change exactly once, in order, under concurrent writers', async () => {
    const seed = await Promise.all([
      ...Array.from({ length: 6 }, (_, i) => profile(ag.nasa.id, `Nasa${i}`)),
      ...Array.from({ length: 6 }, (_, i) => profile(ag.gsa.id, `Gsa${i}`)),
    ]);
    const openings = await Promise.all([
      opening(ag.nasa.id, 'Busy 1'),
      opening(ag.nasa.id, 'Busy 2'),
      opening(ag.gsa.id, 'Busy 3'),
    ]);
    const starts = { nasa: await caughtUp(tok.nasaInt!, [ag.nasa.id]), gsa: await caughtUp(tok.gsaInt!, [ag.gsa.id]) };

    // A seeded PRNG, so a failure can be replayed.
    let state = 0x2545f491;
    const rand = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const agencies = [ag.nasa.id, ag.gsa.id];
    const profiles = seed.map((p) => p.id);
    const skills = Object.values(sk).map((s) => s.id);
    const writes: ((c: pg.Client) => Promise<unknown>)[] = [
      (c) =>
        c
          .query(
            `INSERT INTO "Profile" ("id", "agencyId", "givenName", "familyName", "updatedAt") VALUES (gen_random_uuid(), $1, 'New', 'Hire', now()) RETURNING "id"`,
            [pick(agencies)],
          )
          .then((r) => profiles.push(r.rows[0].id)),
      (c) => c.query(`UPDATE "Profile" SET "headline" = $2, "updatedAt" = now() WHERE "id" = $1`, [pick(profiles), `h${rand()}`]),
      (c) =>
        c.query(
          `INSERT INTO "ProfileSkill" ("id", "profileId", "skillId", "level", "updatedAt") VALUES (gen_random_uuid(), $1, $2, 3, now()) ON CONFLICT DO NOTHING`,
          [pick(profiles), pick(skills)],
        ),
      (c) =>
        c.query(`DELETE FROM "ProfileSkill" WHERE "id" IN (SELECT "id" FROM "ProfileSkill" WHERE "profileId" = $1 LIMIT 1)`, [
          pick(profiles),
        ]),
      (c) =>
        c.query(
          `INSERT INTO "Education" ("id", "profileId", "level", "updatedAt") VALUES (gen_random_uuid(), $1, 'MASTER', now())`,
          [pick(profiles)],
        ),
      (c) => c.query(`UPDATE "Opening" SET "title" = $2, "updatedAt" = now() WHERE "id" = $1`, [pick(openings).id, `t${rand()}`]),
      (c) =>
        c.query(`UPDATE "OpeningSkill" SET "weight" = $2, "updatedAt" = now() WHERE "openingId" = $1`, [
          pick(openings).id,
          1 + Math.floor(rand() * 5),
        ]),
    ];

    const TRANSACTIONS = 200;
    let started = 0;
    const commits: bigint[] = []; // xid of each committed transaction, in commit order
    let failed = 0;
    const writer = async () => {
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      try {
        while (started < TRANSACTIONS) {
          started++;
          const n = 1 + Math.floor(rand() * 3);
          const pause = (rand() * 0.02).toFixed(3);
          const rollback = rand() < 0.1;
          const ops = Array.from({ length: n }, () => pick(writes));
          try {
            await c.query('BEGIN');
            await ops[0]!(c);
            const xid = BigInt((await c.query<{ x: string }>('SELECT pg_current_xact_id()::text AS x')).rows[0]!.x);
            // Commit order then differs from the order of xids and seqs.
            await c.query(`SELECT pg_sleep(${pause})`);
            for (const op of ops.slice(1)) await op(c);
            await c.query(rollback ? 'ROLLBACK' : 'COMMIT');
            if (!rollback) commits.push(xid);
          } catch {
            failed++; // e.g. a deadlock between two writers: that transaction's rows vanish too
            await c.query('ROLLBACK').catch(() => undefined);
          }
        }
      } finally {
        await c.end();
      }
    };

    let writing = true;
    const poll = async (token: string, start: string | null) => {
      const edges: Edge[] = [];
      let cursor = start;
      let pagesWhileWriting = 0;
      let emptyAfter = 0;
      const deadline = Date.now() + 60_000;
      // Small pages while the writers run; afterwards, until two empty pages in a row.
      while (Date.now() < deadline) {
        const wasWriting = writing;
        const page = await feed.page(token, cursor, 1 + Math.floor(rand() * 7));
        edges.push(...page.edges);
        cursor = page.pageInfo.endCursor ?? null;
        if (page.edges.length > 0 && wasWriting) pagesWhileWriting++;
        if (!wasWriting && page.edges.length === 0 && ++emptyAfter >= 2) break;
        if (page.edges.length > 0) emptyAfter = 0;
        if (page.edges.length === 0) await sleep(wasWriting ? 2 : 50);
      }
      return { edges, pagesWhileWriting };
    };

    const readers = [poll(tok.nasaInt!, starts.nasa), poll(tok.gsaInt!, starts.gsa)];
    await Promise.all(Array.from({ length: 10 }, writer));
    writing = false;
    const [nasaRead, gsaRead] = await Promise.all(readers);

    // The run did what it is meant to test.
    expect(commits.length).toBeGreaterThan(TRANSACTIONS / 2);
    let inversions = 0;
    for (let i = 0; i < commits.length; i++)
      for (let j = i + 1; j < commits.length; j++) if (commits[i]! > commits[j]!) inversions++;
    expect(inversions, 'some transaction committed after one with a larger xid').toBeGreaterThan(0);
    expect(nasaRead!.pagesWhileWriting, 'the reader read while the writers wrote').toBeGreaterThan(0);

    // Once drained, each reader has seen every row of its agency's table exactly once, in order.
    for (const [read, agencyId, start] of [
      [nasaRead!, ag.nasa.id, starts.nasa],
      [gsaRead!, ag.gsa.id, starts.gsa],
    ] as const) {
      const want = await expectedFromTable(db.prisma, [agencyId], decodeCursor(start!), {
        app,
        token: agencyId === ag.nasa.id ? tok.nasaInt! : tok.gsaInt!,
        agencyId,
      });
      expect(want.length).toBeGreaterThan(50);
      expect(delivered(read.edges)).toEqual(want);
      expectStrictlyOrdered(read.edges);
    }
    expect(failed).toBeLessThan(TRANSACTIONS / 2);
  });
});

describe('change feed on PGlite', () => {
  let db: TestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    db = await createPgliteDatabase();
    app = await createTestApp(db);
  });
  afterAll(() => db?.destroy());

  it('records API and direct writes and pages through them', async () => {
    const ag = await insertAgencies(db.prisma);
    const feed = reader(app);
    const hr = await app.token('HR_SPECIALIST', 'NASA', { subject: 'nasa-hr' });
    const gsaHr = await app.token('HR_SPECIALIST', 'GSA', { subject: 'gsa-hr' });
    const res = await app.gql(
      CreateMyProfileDocument,
      { input: { givenName: 'Pia', familyName: 'Lite', email: 'pia@nasa.gov' } },
      await app.token('EMPLOYEE', 'NASA', { subject: 'pia' }),
    );
    if (res.data?.createMyProfile.__typename !== 'CreateMyProfilePayload') throw new Error(JSON.stringify(res));
    const id = res.data.createMyProfile.profile.id;
    const raw = (await db.prisma.profile.findFirstOrThrow({ where: { subject: 'pia' } })).id;
    expect(id).toBe(gid('PROFILE', raw));
    await db.prisma.profile.update({ where: { id: raw }, data: { headline: 'Embedded' } });
    await db.prisma.profile.update({ where: { id: raw }, data: { headline: 'Embedded' } }); // no change
    await db.prisma.profile.delete({ where: { id: raw } });

    const all = await feed.drain(hr, null, 100);
    expect(summary(all.edges)).toEqual([
      ['PROFILE', id, 'CREATED'],
      ['PROFILE', id, 'UPDATED'],
      ['PROFILE', id, 'DELETED'],
    ]);
    const first = await feed.page(hr, null, 1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(summary((await feed.drain(hr, first.pageInfo.endCursor!, 1)).edges)).toEqual(summary(all.edges.slice(1)));
    expect(await feed.page(hr, all.cursor, 5)).toEqual({ edges: [], pageInfo: { endCursor: all.cursor, hasNextPage: false } });
    expect((await feed.drain(gsaHr)).edges).toEqual([]);
    void ag;
  });
});
