/**
 * The Privacy Act accounting, readable (issue 17 §1), and voluntary self-identification (§2):
 * - the person reads their disclosures newest first, page by page; nobody else but their
 *   agency's privacy officer can;
 * - the privacy officer (PRIVACY_OFFICER) reads the disclosure and audit logs of their agency's
 *   records only, filtered by person, viewer, basis or action and period, also as CSV; every other
 *   role is refused;
 * - retention: LOG_RETENTION_YEARS under 5 stops the service at start; in the database an UPDATE,
 *   a TRUNCATE, or a DELETE of a row inside the retention period (or with a period under five
 *   years, or none) is refused, an INSERT cannot backdate a row, and the purge deletes only rows
 *   older than the period;
 * - self-identification is read and written by the person only; bad input changes nothing; the
 *   audit log records that it changed, not the answers.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuditLogCsvDocument,
  AuditLogDocument,
  DisclosureLogCsvDocument,
  DisclosureLogDocument,
  MyDisclosuresDocument,
  MySelfIdentificationDocument,
  ProfileDisclosuresDocument,
  ProfileNodeDocument,
  UpdateMyProfileDocument,
  UpdateMySelfIdentificationDocument,
  type UpdateMySelfIdentificationInput,
} from '../../schema/generated/graphql.js';
import { ConfigError, loadConfig } from '../../src/app/config.js';
import { purgeExpiredLogs } from '../../src/modules/privacy/service.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies } from '../helpers/fixtures.js';

let db: TestDatabase;
let app: TestApp;
let ag: Awaited<ReturnType<typeof insertAgencies>>;
const tok: Record<string, string> = {};
let aliceId = '';
let aliceGid = '';

const codes = (res: { errors?: { extensions?: { code?: string } }[] }) => (res.errors ?? []).map((e) => e.extensions?.code);

beforeAll(async () => {
  db = await createPostgresDatabase();
  ag = await insertAgencies(db.prisma);
  const alice = await db.prisma.profile.create({
    data: {
      agencyId: ag.nasa.id,
      subject: 'alice',
      givenName: 'Alice',
      familyName: 'Moreno',
      email: 'alice@nasa.gov',
      discoverable: true,
    },
  });
  aliceId = alice.id;
  aliceGid = encodeGlobalID('Profile', aliceId);
  // The GSA hiring manager has a profile, so the accounting can name them.
  await db.prisma.profile.create({ data: { agencyId: ag.gsa.id, subject: 'gsa-hm', givenName: 'Gil', familyName: 'Santos' } });
  await db.prisma.profile.create({ data: { agencyId: ag.nasa.id, subject: 'bob', givenName: 'Bob', familyName: 'Ng' } });
  app = await createTestApp(db);
  tok.alice = await app.token('EMPLOYEE', 'NASA', { subject: 'alice' });
  tok.bob = await app.token('EMPLOYEE', 'NASA', { subject: 'bob' });
  tok.gsaHm = await app.token('HIRING_MANAGER', 'GSA', { subject: 'gsa-hm' });
  tok.nasaHr = await app.token('HR_SPECIALIST', 'NASA', { subject: 'nasa-hr' });
  tok.nasaAdmin = await app.token('ADMIN', 'NASA', { subject: 'nasa-admin' });
  tok.nasaPo = await app.token('PRIVACY_OFFICER', 'NASA', { subject: 'nasa-po' });
  tok.gsaPo = await app.token('PRIVACY_OFFICER', 'GSA', { subject: 'gsa-po' });
  tok.nasaInt = await app.token('INTEGRATION', 'NASA', { subject: 'nasa-hris', scopes: ['read', 'write'] });

  // Two outside views of Alice's non-public fields (DISCOVERABLE), and one change she makes.
  for (let i = 0; i < 2; i++) {
    const seen = await app.gql(ProfileNodeDocument, { id: aliceGid }, tok.gsaHm);
    expect(seen.data!.node).toMatchObject({ email: 'alice@nasa.gov' });
  }
  const upd = await app.gql(UpdateMyProfileDocument, { input: { headline: 'Telemetry' } }, tok.alice);
  expect(upd.errors).toBeUndefined();
});
afterAll(() => db?.destroy());

describe("the person's accounting", () => {
  it('lists who saw which fields, on what basis, through which request, newest first, page by page', async () => {
    const first = await app.gql(MyDisclosuresDocument, { first: 1 }, tok.alice);
    const conn = first.data!.viewer!.profile!.disclosures!;
    expect(conn.totalCount).toBe(2);
    expect(conn.pageInfo.hasNextPage).toBe(true);
    const d = conn.edges[0]!.node;
    expect(d).toMatchObject({
      personId: aliceGid,
      personName: 'Alice Moreno',
      viewer: { subject: 'gsa-hm', name: 'Gil Santos', roles: ['HIRING_MANAGER'], agency: { abbreviation: 'GSA' } },
      basis: 'DISCOVERABLE',
    });
    expect(d.fields).toContain('email');
    expect(d.requestId).toBeTruthy();
    const rows = await db.prisma.disclosureEvent.findMany({ where: { profileId: aliceId }, orderBy: { id: 'desc' } });
    expect(d.requestId).toBe(rows[0]!.requestId);

    const second = await app.gql(MyDisclosuresDocument, { first: 1, after: conn.pageInfo.endCursor }, tok.alice);
    const next = second.data!.viewer!.profile!.disclosures!;
    expect(next.edges.map((e) => e.node.requestId)).toEqual([rows[1]!.requestId]);
    expect(next.pageInfo.hasNextPage).toBe(false);
    expect(new Date(next.edges[0]!.node.at) <= new Date(d.at)).toBe(true);
  });

  it('is null for anyone else but the privacy officer of her agency', async () => {
    for (const t of [tok.bob, tok.gsaHm, tok.nasaHr, tok.nasaAdmin, tok.gsaPo]) {
      const res = await app.gql(ProfileDisclosuresDocument, { id: aliceGid }, t);
      const node = res.data?.node as { disclosures?: unknown } | null;
      expect(node?.disclosures ?? null).toBeNull();
    }
    const po = await app.gql(ProfileDisclosuresDocument, { id: aliceGid }, tok.nasaPo);
    expect((po.data!.node as { disclosures: { totalCount: number } }).disclosures.totalCount).toBeGreaterThanOrEqual(2);
  });

  it('refuses a cursor that is not one and pages beyond 100', async () => {
    expect(codes(await app.gql(MyDisclosuresDocument, { first: 1, after: 'bm9wZQ' }, tok.alice))).toContain('BAD_USER_INPUT');
    expect(codes(await app.gql(MyDisclosuresDocument, { first: 101 }, tok.alice)).length).toBeGreaterThan(0);
  });
});

describe("the privacy officer's logs", () => {
  it('refuses every other role', async () => {
    for (const t of [tok.alice, tok.gsaHm, tok.nasaHr, tok.nasaAdmin, tok.nasaInt]) {
      for (const doc of [DisclosureLogDocument, AuditLogDocument, DisclosureLogCsvDocument, AuditLogCsvDocument]) {
        const res = await app.gql(doc as typeof DisclosureLogDocument, { first: 1 }, t);
        expect(codes(res)).toContain('FORBIDDEN');
        expect(res.data ?? null).toBeNull();
      }
    }
  });

  it("reads the disclosures of the agency's records only, with filters", async () => {
    const all = await app.gql(DisclosureLogDocument, { first: 10 }, tok.nasaPo);
    expect(all.data!.disclosureLog.totalCount).toBeGreaterThanOrEqual(2);
    expect(all.data!.disclosureLog.nodes.every((n) => n.personId === aliceGid)).toBe(true);
    // Alice is NASA's record: the GSA officer sees none of her disclosures, though GSA viewed them.
    expect((await app.gql(DisclosureLogDocument, { first: 1 }, tok.gsaPo)).data!.disclosureLog.totalCount).toBe(0);

    const count = async (filter: object) =>
      (await app.gql(DisclosureLogDocument, { filter, first: 1 }, tok.nasaPo)).data!.disclosureLog.totalCount;
    const n = all.data!.disclosureLog.totalCount;
    expect(await count({ person: aliceGid })).toBe(n);
    expect(await count({ viewerSubject: 'gsa-hm' })).toBe(n);
    expect(await count({ viewerSubject: 'someone-else' })).toBe(0);
    expect(await count({ basis: 'DISCOVERABLE' })).toBe(n);
    expect(await count({ basis: 'APPLICANT' })).toBe(0);
    const hourAgo = new Date(Date.now() - 3600_000).toISOString();
    const inAnHour = new Date(Date.now() + 3600_000).toISOString();
    expect(await count({ from: hourAgo, to: inAnHour })).toBe(n);
    expect(await count({ from: inAnHour })).toBe(0);
    expect(
      codes(await app.gql(DisclosureLogDocument, { filter: { from: inAnHour, to: hourAgo }, first: 1 }, tok.nasaPo)),
    ).toContain('BAD_USER_INPUT');
  });

  it('exports the disclosures as CSV', async () => {
    const res = await app.gql(DisclosureLogCsvDocument, { filter: { person: aliceGid } }, tok.nasaPo);
    const lines = res.data!.disclosureLogCsv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,at,person_id,person_name,viewer_subject,viewer_name,viewer_roles,viewer_agency,basis,fields,request_id',
    );
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines[1]).toContain(',Alice Moreno,gsa-hm,Gil Santos,HIRING_MANAGER,047,DISCOVERABLE,');
  });

  it("reads the audit log of the agency's records, filtered by person, actor, action and period", async () => {
    const res = await app.gql(AuditLogDocument, { filter: { person: aliceGid }, first: 100 }, tok.nasaPo);
    const nodes = res.data!.auditLog.nodes;
    expect(nodes.map((n) => n.action)).toContain('profile.update');
    const update = nodes.find((n) => n.action === 'profile.update')!;
    expect(update).toMatchObject({
      entityType: 'Profile',
      entityId: aliceId,
      actor: { subject: 'alice', agency: { abbreviation: 'NASA' } },
    });
    expect((update.after as { headline: string }).headline).toBe('Telemetry');

    const count = async (filter: object, t = tok.nasaPo) =>
      (await app.gql(AuditLogDocument, { filter, first: 1 }, t)).data!.auditLog.totalCount;
    expect(await count({ action: 'profile.update' })).toBeGreaterThanOrEqual(1);
    expect(await count({ action: 'profile.' })).toBeGreaterThanOrEqual(1);
    expect(await count({ action: 'opening.' })).toBe(0);
    expect(await count({ actorSubject: 'alice' })).toBeGreaterThanOrEqual(1);
    expect(await count({ actorSubject: 'gsa-hm' })).toBe(0);
    expect(await count({ from: new Date(Date.now() + 3600_000).toISOString() })).toBe(0);
    // GSA's officer: Alice's record is not theirs.
    expect(await count({ person: aliceGid }, tok.gsaPo)).toBe(0);
    expect(codes(await app.gql(AuditLogDocument, { filter: { action: "x' OR 1=1" }, first: 1 }, tok.nasaPo))).toContain(
      'BAD_USER_INPUT',
    );

    const csv = await app.gql(AuditLogCsvDocument, { filter: { action: 'profile.update' } }, tok.nasaPo);
    const lines = csv.data!.auditLogCsv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,at,actor_subject,actor_roles,actor_agency,action,entity_type,entity_id,before,after,request_id');
    expect(lines[1]).toContain(`,alice,EMPLOYEE,080,profile.update,Profile,${aliceId},`);
  });
});

describe('retention', () => {
  it('refuses a retention under five years at start', () => {
    expect(() => loadConfig({ LOG_RETENTION_YEARS: '4' })).toThrow(ConfigError);
    expect(() => loadConfig({ LOG_RETENTION_YEARS: '4' })).toThrow(/LOG_RETENTION_YEARS: must be at least 5/);
    expect(loadConfig({ LOG_RETENTION_YEARS: '5' }).logRetentionYears).toBe(5);
    expect(loadConfig({}).logRetentionYears).toBe(7);
  });

  async function sql(text: string) {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      return await c.query(text);
    } finally {
      await c.end();
    }
  }

  it('never updates or deletes a log row before the retention period, whatever the SQL', async () => {
    for (const table of ['"AuditEvent"', '"DisclosureEvent"']) {
      await expect(sql(`UPDATE ${table} SET "requestId" = 'x'`)).rejects.toThrow(/append-only: UPDATE/);
      await expect(sql(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(/append-only: TRUNCATE/);
      await expect(sql(`DELETE FROM ${table}`)).rejects.toThrow(/needs app.log_retention_years/);
      await expect(sql(`BEGIN; SET LOCAL app.log_retention_years = '4'; DELETE FROM ${table}; COMMIT`)).rejects.toThrow(
        /kept at least 5 years/,
      );
      await expect(sql(`BEGIN; SET LOCAL app.log_retention_years = '5'; DELETE FROM ${table}; COMMIT`)).rejects.toThrow(
        /inside the retention period of 5 years/,
      );
    }
    expect(await db.prisma.disclosureEvent.count({ where: { profileId: aliceId } })).toBeGreaterThanOrEqual(2);
    // An INSERT cannot backdate a row into the purgeable past: the database stamps it.
    await sql(`INSERT INTO "AuditEvent" ("at", "actorSubject", "actorRole", "action", "entityType", "entityId")
      VALUES (now() - interval '20 years', 'x', 'ADMIN', 'test.backdate', 'Test', '1')`);
    const stamped = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: 'test.backdate' } });
    expect(Date.now() - stamped.at.getTime()).toBeLessThan(60_000);
    await expect(purgeExpiredLogs(db.prisma, 4)).rejects.toThrow(/at least 5/);
  });

  it('purges only rows older than the retention period', async () => {
    // An eight-year-old row, written with the triggers off (as a restore from backup would).
    await sql(`BEGIN; SET LOCAL session_replication_role = replica;
      INSERT INTO "AuditEvent" ("at", "actorSubject", "actorRole", "action", "entityType", "entityId")
        VALUES (now() - interval '8 years', 'x', 'ADMIN', 'test.old', 'Test', '2');
      INSERT INTO "DisclosureEvent" ("at", "viewerSubject", "viewerRole", "profileId", "basis", "fields")
        VALUES (now() - interval '8 years', 'gsa-hm', 'HIRING_MANAGER', '${aliceId}', 'DISCOVERABLE', '{email}');
      COMMIT`);
    const audits = await db.prisma.auditEvent.count();
    const disclosures = await db.prisma.disclosureEvent.count();
    // Nine years: nothing is old enough.
    expect(await purgeExpiredLogs(db.prisma, 9)).toEqual({ auditEvents: 0, disclosureEvents: 0 });
    expect(await purgeExpiredLogs(db.prisma, 7)).toEqual({ auditEvents: 1, disclosureEvents: 1 });
    expect(await db.prisma.auditEvent.count()).toBe(audits - 1);
    expect(await db.prisma.disclosureEvent.count()).toBe(disclosures - 1);
    expect(await db.prisma.auditEvent.count({ where: { action: 'test.old' } })).toBe(0);
  });
});

describe('voluntary self-identification', () => {
  const input: UpdateMySelfIdentificationInput = {
    sex: 'FEMALE',
    raceEthnicity: ['ASIAN', 'WHITE'],
    disability: 'DECLINED_TO_ANSWER',
    veteran: 'NOT_VETERAN',
  };

  it('is written and read by the person only', async () => {
    expect((await app.gql(MySelfIdentificationDocument, {}, tok.alice)).data!.viewer!.selfIdentification).toBeNull();
    const res = await app.gql(UpdateMySelfIdentificationDocument, { input }, tok.alice);
    expect(res.data!.updateMySelfIdentification).toEqual({
      __typename: 'UpdateMySelfIdentificationPayload',
      selfIdentification: input,
    });
    expect((await app.gql(MySelfIdentificationDocument, {}, tok.alice)).data!.viewer!.selfIdentification).toMatchObject(input);
    // Anyone else reads their own (none), never Alice's.
    for (const t of [tok.bob, tok.gsaHm, tok.nasaHr, tok.nasaAdmin, tok.nasaPo])
      expect((await app.gql(MySelfIdentificationDocument, {}, t)).data!.viewer!.selfIdentification).toBeNull();
  });

  it('omitted fields stay, null clears; a declined race with a category is refused and changes nothing', async () => {
    const cleared = await app.gql(UpdateMySelfIdentificationDocument, { input: { veteran: null } }, tok.alice);
    expect(cleared.data!.updateMySelfIdentification).toMatchObject({ selfIdentification: { ...input, veteran: null } });
    const before = await db.prisma.selfIdentification.findUniqueOrThrow({ where: { subject: 'alice' } });
    const bad = await app.gql(
      UpdateMySelfIdentificationDocument,
      { input: { raceEthnicity: ['ASIAN', 'DECLINED_TO_ANSWER'] } },
      tok.alice,
    );
    expect(bad.data!.updateMySelfIdentification).toMatchObject({
      __typename: 'ValidationError',
      problems: [{ path: ['input', 'raceEthnicity'] }],
    });
    expect(await db.prisma.selfIdentification.findUniqueOrThrow({ where: { subject: 'alice' } })).toEqual(before);
  });

  it('is refused to machine clients, and audited without the answers', async () => {
    const res = await app.gql(UpdateMySelfIdentificationDocument, { input }, tok.nasaInt);
    expect(res.data!.updateMySelfIdentification).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    const entries = await db.prisma.auditEvent.findMany({ where: { action: 'self_identification.update' } });
    expect(entries.length).toBe(2);
    const text = JSON.stringify(entries.map((e) => [e.before, e.after]));
    for (const answer of ['FEMALE', 'ASIAN', 'WHITE', 'NOT_VETERAN']) expect(text).not.toContain(answer);
  });
});
