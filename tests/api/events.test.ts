/**
 * Marketplace events over GraphQL subscriptions (Server-Sent Events, yoga's "distinct
 * connections" mode), through the real HTTP handler: who hears of applied, approved/denied,
 * shortlisted, selected/declined, filled and closed, with the objects resolved, and who does not.
 * The app is built here (not with createTestApp) so the test holds the event bus the deadline
 * sweeper publishes on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { parse, print } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationNodeDocument,
  ApplyToOpeningDocument,
  CloseOpeningDocument,
  CreateOpeningDocument,
  DecideApplicationApprovalDocument,
  MarketplaceEventsDocument,
  MarketplaceEventsWithApplicantDocument,
  OpenOpeningDocument,
  SelectApplicationDocument,
  ShortlistApplicationDocument,
  WithdrawApplicationDocument,
  type CreateOpeningInput,
} from '../../schema/generated/graphql.js';
import { loadOrCreateLocalKey, signLocalToken, type LocalKey } from '../../src/platform/auth/local-key.js';
import type { Role } from '../../src/platform/auth/principal.js';
import { createVerifier } from '../../src/platform/auth/verify.js';
import { loadConfig } from '../../src/app/config.js';
import { startEventBus, type EventBus } from '../../src/platform/pubsub/bus.js';
import { closeExpiredOpenings } from '../../src/platform/jobs/deadlines.js';
import { createLogger } from '../../src/app/logger.js';
import { MatchingService } from '../../src/matching/service.js';
import { createApp } from '../../src/app/yoga.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies, insertSkills } from '../helpers/fixtures.js';
import { openSubscription, type GqlError, type Subscription } from '../helpers/sse.js';

const DAY = 86_400_000;
const date = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let app: ReturnType<typeof createApp>;
let bus: EventBus;
let key: LocalKey;
const open = new Set<Subscription<unknown>>();

async function subscribe<R, V>(doc: TypedDocumentNode<R, V>, variables: V, token?: string): Promise<Subscription<R>> {
  const sub = await openSubscription<R>(
    (url, init) => app.fetch(url, init),
    'http://test/graphql',
    { query: print(doc), variables },
    token,
  );
  open.add(sub as Subscription<unknown>);
  const close = sub.close;
  sub.close = async () => {
    open.delete(sub as Subscription<unknown>);
    await close();
  };
  return sub;
}
/** Events to a MarketplaceEvents subscription: kind, opening and application (if any). */
const subscribeEvents = (token: string | undefined, opening?: string) =>
  subscribe(MarketplaceEventsDocument, opening ? { opening } : {}, token);
type Ev = Awaited<ReturnType<Awaited<ReturnType<typeof subscribeEvents>>['next']>>[number]['marketplaceEvents'];
/** Subscribes several viewers at once; a tuple of subscriptions in the same order. */
const subscribeAll = <T extends string[]>(...tokens: T) =>
  Promise.all(tokens.map((t) => subscribeEvents(t))) as Promise<{ [K in keyof T]: Awaited<ReturnType<typeof subscribeEvents>> }>;
const events = async (s: Awaited<ReturnType<typeof subscribeEvents>>, n = 1) => (await s.next(n)).map((d) => d.marketplaceEvents);
const summary = (e: Ev) => ({ kind: e.kind, opening: e.opening?.id, application: e.application?.id ?? null });

// ─── Fixtures ────────────────────────────────────────────────────────────────

describe('marketplace events over SSE (PostgreSQL)', () => {
  let db: TestDatabase;
  let sk: Awaited<ReturnType<typeof insertSkills>>;
  const tok = {} as Record<'hm' | 'ana' | 'ben' | 'eve' | 'fay' | 'boss' | 'benBoss' | 'carl' | 'gsaHm', string>;
  const profileId: Record<string, string> = {};

  async function request<R, V>(
    doc: TypedDocumentNode<R, V> | string,
    variables: V,
    token: string,
  ): Promise<{ data: R; errors?: GqlError[] }> {
    const res = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: typeof doc === 'string' ? doc : print(doc), variables }),
    });
    return (await res.json()) as { data: R; errors?: GqlError[] };
  }

  /** A query or mutation that must answer without errors. */
  async function gql<R, V>(doc: TypedDocumentNode<R, V> | string, variables: V, token: string): Promise<R> {
    const body = await request(doc, variables, token);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data;
  }

  /** Creates and opens an opening as `token` (a hiring manager), returns its ID. */
  async function postOpening(token: string, title: string, extra: Partial<CreateOpeningInput> = {}): Promise<string> {
    const created = await gql(
      CreateOpeningDocument,
      {
        input: {
          title,
          description: `${title}: Python data work.`,
          programType: 'DETAIL',
          commitmentPercent: 50,
          startDate: date(40),
          durationWeeks: 12,
          applicationDeadline: new Date(Date.now() + 20 * DAY).toISOString(),
          slots: 1,
          remoteMode: 'REMOTE',
          skills: [{ skill: encodeGlobalID('Skill', sk.python.id), minLevel: 2, weight: 1, required: true }],
          ...extra,
        },
      },
      token,
    );
    expect(created.createOpening.__typename).toBe('CreateOpeningPayload');
    const id = (created.createOpening as { opening: { id: string } }).opening.id;
    const opened = await gql(OpenOpeningDocument, { input: { opening: id } }, token);
    expect(opened.openOpening.__typename).toBe('OpenOpeningPayload');
    return id;
  }

  async function apply(token: string, opening: string): Promise<string> {
    const res = await gql(ApplyToOpeningDocument, { input: { opening } }, token);
    expect(res.applyToOpening.__typename, JSON.stringify(res.applyToOpening)).toBe('ApplyToOpeningPayload');
    return (res.applyToOpening as { application: { id: string } }).application.id;
  }

  /**
   * declineApplication without the applicant: once declined, the host manager no longer sees the
   * applicant, and ApplicationFields' `applicant { id … }` then answers with a FORBIDDEN error.
   */
  const Decline = /* GraphQL */ `
    mutation Decline($input: DeclineApplicationInput!) {
      declineApplication(input: $input) {
        __typename
        ... on DeclineApplicationPayload {
          application {
            id
            status
          }
        }
        ... on Error {
          code
          message
        }
      }
    }
  `;
  const decline = (application: string, reason: string) =>
    ok<{ declineApplication: { __typename: string } }, { input: { application: string; reason: string } }>(
      Decline,
      { input: { application, reason } },
      tok.hm,
    );

  /** Runs a mutation and checks it succeeded (its result's __typename ends in Payload). */
  async function ok<R extends Record<string, { __typename: string }>, V>(
    doc: TypedDocumentNode<R, V> | string,
    variables: V,
    token: string,
  ) {
    const data = await gql(doc, variables, token);
    const result = Object.values(data)[0]!;
    expect(result.__typename, JSON.stringify(result)).toMatch(/Payload$/);
    return result;
  }

  beforeAll(async () => {
    db = await createPostgresDatabase();
    const { gsa, noaa } = await insertAgencies(db.prisma);
    sk = await insertSkills(db.prisma);
    const person = async (subject: string, agencyId: string, givenName: string, supervisorSubject: string | null = null) => {
      const p = await db.prisma.profile.create({
        data: {
          agencyId,
          subject,
          givenName,
          familyName: 'Test',
          email: `${subject}@example.gov`,
          supervisorSubject,
          skills: { create: { skillId: sk.python.id, level: 4 } },
        },
      });
      profileId[subject] = p.id;
    };
    // GSA staff apply to NASA openings; each names a home supervisor.
    await person('ana', gsa.id, 'Ana', 'gsa-boss');
    await person('ben', gsa.id, 'Ben', 'ben-boss');
    await person('eve', gsa.id, 'Eve', 'gsa-boss');
    await person('fay', gsa.id, 'Fay', 'gsa-boss');
    // An unrelated employee of a third agency.
    await person('carl', noaa.id, 'Carl');

    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tm-events-'));
    process.once('exit', () => fs.rmSync(dataDir, { recursive: true, force: true }));
    // No clock tolerance, so a short-lived token's subscription ends when the token does.
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      AUTH_CLOCK_TOLERANCE_SECONDS: '0',
    });
    key = await loadOrCreateLocalKey(config.auth.localKeyDir);
    // The server's bus: events through PostgreSQL (LISTEN/NOTIFY and the event log).
    bus = await startEventBus(db, createLogger(config.logLevel), { retentionHours: 24 });
    app = createApp({
      config,
      prisma: db.prisma,
      verify: createVerifier(config.auth, key.publicKey),
      log: createLogger(config.logLevel),
      ping: db.ping,
      events: bus,
      matching: await MatchingService.start(db, config.matching, createLogger(config.logLevel)),
    });
    const sign = (subject: string, roles: Role | Role[], agency: string) =>
      signLocalToken(key, { subject, roles: [roles].flat(), agency });
    tok.hm = await sign('nasa-hm', 'HIRING_MANAGER', 'NASA');
    tok.ana = await sign('ana', 'EMPLOYEE', 'GSA');
    tok.ben = await sign('ben', 'EMPLOYEE', 'GSA');
    tok.eve = await sign('eve', 'EMPLOYEE', 'GSA');
    tok.fay = await sign('fay', 'EMPLOYEE', 'GSA');
    tok.boss = await sign('gsa-boss', 'EMPLOYEE', 'GSA');
    tok.benBoss = await sign('ben-boss', 'EMPLOYEE', 'GSA');
    tok.carl = await sign('carl', 'EMPLOYEE', 'NOAA');
    // A hiring manager of the applicants' own agency: neither host, nor supervisor, nor HR.
    tok.gsaHm = await sign('gsa-hm', 'HIRING_MANAGER', 'GSA');
  }, 60_000);

  afterEach(async () => {
    await Promise.all([...open].map((s) => s.close()));
  });
  afterAll(async () => {
    await bus?.stop();
    await db?.destroy();
  });

  // ─── Tests ───────────────────────────────────────────────────────────────────

  it('ends a subscription when its token expires, with UNAUTHENTICATED', async () => {
    const shortLived = await signLocalToken(key, {
      subject: 'nasa-hm',
      roles: ['HIRING_MANAGER'],
      agency: 'NASA',
      expiresIn: '2s',
    });
    const s = await subscribeEvents(shortLived);
    const [last] = await s.take(1, 10_000);
    expect(last!.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const deadline = Date.now() + 5_000;
    while (!s.completed() && Date.now() < deadline) await sleep(20);
    expect(s.completed()).toBe(true);
  });

  it('streams text/event-stream and closes cleanly when the client aborts', async () => {
    const s = await subscribeEvents(tok.hm);
    expect(s.status).toBe(200);
    expect(s.contentType).toMatch(/^text\/event-stream/);
    await s.close();
    expect(s.completed()).toBe(true);
    expect(s.results).toEqual([]);
  });

  it('the host manager, the applicant and the supervisor hear an application through to selection; outsiders hear none of it', async () => {
    const opening = await postOpening(tok.hm, 'Telemetry detail');
    const [hm, ana, boss, carl, gsaHm] = await subscribeAll(tok.hm, tok.ana, tok.boss, tok.carl, tok.gsaHm);

    const app1 = await apply(tok.ana, opening);
    const applied = {
      kind: 'APPLIED',
      opening: { id: opening, status: 'OPEN' },
      application: { id: app1, status: 'SUBMITTED', supervisorApproval: 'PENDING' },
    };
    expect((await events(hm))[0]).toMatchObject(applied);
    expect((await events(ana))[0]).toMatchObject(applied);
    expect((await events(boss))[0]).toMatchObject(applied);

    await ok(DecideApplicationApprovalDocument, { input: { application: app1, decision: 'APPROVE' } }, tok.boss);
    const approved = {
      kind: 'SUPERVISOR_APPROVED',
      opening: { id: opening, status: 'OPEN' },
      application: { id: app1, status: 'SUBMITTED', supervisorApproval: 'APPROVED' },
    };
    for (const s of [hm, ana, boss]) expect((await events(s))[0]).toMatchObject(approved);

    await ok(ShortlistApplicationDocument, { input: { application: app1 } }, tok.hm);
    const shortlisted = {
      kind: 'SHORTLISTED',
      opening: { id: opening, status: 'OPEN' },
      application: { id: app1, status: 'SHORTLISTED' },
    };
    for (const s of [hm, ana, boss]) expect((await events(s))[0]).toMatchObject(shortlisted);

    // One slot: selecting fills the opening, two events from one transaction, in order.
    await ok(SelectApplicationDocument, { input: { application: app1 } }, tok.hm);
    const selected = {
      kind: 'SELECTED',
      opening: { id: opening, status: 'FILLED' },
      application: { id: app1, status: 'SELECTED' },
    };
    const filled = { kind: 'OPENING_FILLED', opening: { id: opening, status: 'FILLED' }, application: null };
    const hmTail = await events(hm, 2);
    expect(hmTail[0]).toMatchObject(selected);
    expect(hmTail[1]).toMatchObject(filled);
    expect(hmTail.every((e) => !Number.isNaN(Date.parse(e.occurredAt)))).toBe(true);
    // The applicant is still live (selected) on the opening: she hears it filled too.
    const anaTail = await events(ana, 2);
    expect(anaTail[0]).toMatchObject(selected);
    expect(anaTail[1]).toMatchObject(filled);
    // The supervisor hears about the application, not about the opening.
    expect((await events(boss))[0]).toMatchObject(selected);

    // Outsiders: a NOAA employee and GSA's own hiring manager (not the supervisor, not HR).
    // Something each of them should hear: Carl applies to a GSA opening.
    const gsaOpening = await postOpening(tok.gsaHm, 'GSA data gig', { programType: 'GIG' });
    const carlApp = await apply(tok.carl, gsaOpening);
    expect((await events(carl)).map(summary)).toEqual([{ kind: 'APPLIED', opening: gsaOpening, application: carlApp }]);
    expect((await events(gsaHm)).map(summary)).toEqual([{ kind: 'APPLIED', opening: gsaOpening, application: carlApp }]);
    // …and it was the first and only thing they heard; the others heard nothing of it.
    expect(carl.results).toHaveLength(1);
    expect(gsaHm.results).toHaveLength(1);
    expect(await Promise.all([hm, ana, boss, carl, gsaHm].map((s) => s.untaken()))).toEqual([[], [], [], [], []]);
    expect(hm.results).toHaveLength(5);
    expect(ana.results).toHaveLength(5);
    expect(boss.results).toHaveLength(4);
  });

  it('applicants hear a supervisor denial, a decline, and the host closing the opening while they are live', async () => {
    const opening = await postOpening(tok.hm, 'Ocean data detail', { slots: 2 });
    const [hm, ana, ben, boss, benBoss] = await subscribeAll(tok.hm, tok.ana, tok.ben, tok.boss, tok.benBoss);

    const anaApp = await apply(tok.ana, opening);
    expect((await events(ana)).map(summary)).toEqual([{ kind: 'APPLIED', opening, application: anaApp }]);
    const benApp = await apply(tok.ben, opening);
    expect((await events(ben)).map(summary)).toEqual([{ kind: 'APPLIED', opening, application: benApp }]);
    expect((await events(hm, 2)).map(summary)).toEqual([
      { kind: 'APPLIED', opening, application: anaApp },
      { kind: 'APPLIED', opening, application: benApp },
    ]);
    // Each supervisor hears of their own report only.
    expect((await events(boss)).map(summary)).toEqual([{ kind: 'APPLIED', opening, application: anaApp }]);
    expect((await events(benBoss)).map(summary)).toEqual([{ kind: 'APPLIED', opening, application: benApp }]);

    await ok(
      DecideApplicationApprovalDocument,
      { input: { application: benApp, decision: 'DENY', reason: 'Needed on the migration' } },
      tok.benBoss,
    );
    const denied = {
      kind: 'SUPERVISOR_DENIED',
      opening: { id: opening },
      application: { id: benApp, status: 'SUBMITTED', supervisorApproval: 'DENIED' },
    };
    for (const s of [ben, benBoss, hm]) expect((await events(s))[0]).toMatchObject(denied);

    await decline(benApp, 'No supervisor approval');
    const declined = {
      kind: 'DECLINED',
      opening: { id: opening, status: 'OPEN' },
      application: { id: benApp, status: 'DECLINED' },
    };
    for (const s of [ben, benBoss, hm]) expect((await events(s))[0]).toMatchObject(declined);

    // Closing: the host and the live applicant (Ana) hear it; Ben, declined, does not.
    await ok(CloseOpeningDocument, { input: { opening } }, tok.hm);
    const closed = { kind: 'OPENING_CLOSED', opening: { id: opening, status: 'CLOSED' }, application: null };
    expect((await events(hm))[0]).toMatchObject(closed);
    expect((await events(ana))[0]).toMatchObject(closed);
    // Ana heard only of her own application and the close, nothing of Ben's.
    expect(ana.results.map((r) => r.data!.marketplaceEvents.kind)).toEqual(['APPLIED', 'OPENING_CLOSED']);
    // Supervisors hear of applications, not of openings.
    expect(await Promise.all([boss.untaken(), benBoss.untaken()])).toEqual([[], []]);

    // Ben's next event is his next application, not the close.
    const other = await postOpening(tok.hm, 'Second ocean detail');
    const benApp2 = await apply(tok.ben, other);
    expect((await events(ben)).map(summary)).toEqual([{ kind: 'APPLIED', opening: other, application: benApp2 }]);
    expect(ben.results.map((r) => r.data!.marketplaceEvents.kind)).toEqual([
      'APPLIED',
      'SUPERVISOR_DENIED',
      'DECLINED',
      'APPLIED',
    ]);
    expect(await ana.untaken()).toEqual([]);
  });

  it('the opening argument filters to one opening', async () => {
    const first = await postOpening(tok.hm, 'Filtered detail A');
    const second = await postOpening(tok.hm, 'Filtered detail B');
    const onlySecond = await subscribeEvents(tok.hm, second);
    const all = await subscribeEvents(tok.hm);
    const ana = await subscribeEvents(tok.ana, second);

    const a1 = await apply(tok.ana, first);
    const a2 = await apply(tok.ana, second);
    expect((await events(all, 2)).map(summary)).toEqual([
      { kind: 'APPLIED', opening: first, application: a1 },
      { kind: 'APPLIED', opening: second, application: a2 },
    ]);
    expect((await events(onlySecond)).map(summary)).toEqual([{ kind: 'APPLIED', opening: second, application: a2 }]);
    expect((await events(ana)).map(summary)).toEqual([{ kind: 'APPLIED', opening: second, application: a2 }]);
    expect(onlySecond.results).toHaveLength(1);
    expect(ana.results).toHaveLength(1);
    expect(await onlySecond.untaken()).toEqual([]);
  });

  it('the deadline sweeper closes an expired opening once, audits it and tells the host and live applicants', async () => {
    const opening = await postOpening(tok.hm, 'Expiring detail');
    await apply(tok.ana, opening);
    const benApp = await apply(tok.ben, opening);
    await ok(WithdrawApplicationDocument, { input: { application: benApp } }, tok.ben);
    const [hm, ana, ben, carl] = await subscribeAll(tok.hm, tok.ana, tok.ben, tok.carl);

    const deadline = new Date(Date.now() - 60_000);
    const rowId = decodeGlobalID(opening).id;
    await db.prisma.opening.update({ where: { id: rowId }, data: { applicationDeadline: deadline } });

    expect(await closeExpiredOpenings(db.prisma, bus)).toBe(1);
    const closed = { kind: 'OPENING_CLOSED', opening: { id: opening, status: 'CLOSED' }, application: null };
    expect((await events(hm))[0]).toMatchObject(closed);
    expect((await events(ana))[0]).toMatchObject(closed);

    const row = await db.prisma.opening.findUniqueOrThrow({ where: { id: rowId } });
    expect(row.status).toBe('CLOSED');
    expect(row.closedAt?.getTime()).toBe(deadline.getTime());
    const audits = await db.prisma.auditEvent.findMany({
      where: { entityType: 'Opening', entityId: rowId, action: 'opening.close' },
    });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorSubject: 'system',
      actorRole: 'SYSTEM',
      before: { status: 'OPEN' },
      after: { status: 'CLOSED' },
    });

    // A second run finds nothing to close and tells nobody anything.
    expect(await closeExpiredOpenings(db.prisma, bus)).toBe(0);
    expect(await db.prisma.auditEvent.count({ where: { entityId: rowId, action: 'opening.close' } })).toBe(1);
    expect(await Promise.all([hm.untaken(), ana.untaken()])).toEqual([[], []]);
    expect(ana.results).toHaveLength(1);

    // Ben withdrew and Carl never applied: neither heard of the close; their next event is their own.
    const other = await postOpening(tok.hm, 'After the sweep');
    const benNext = await apply(tok.ben, other);
    const carlNext = await apply(tok.carl, other);
    expect((await events(ben)).map(summary)).toEqual([{ kind: 'APPLIED', opening: other, application: benNext }]);
    expect((await events(carl)).map(summary)).toEqual([{ kind: 'APPLIED', opening: other, application: carlNext }]);
    expect(ben.results).toHaveLength(1);
    expect(carl.results).toHaveLength(1);
  });

  it('refuses an anonymous subscription: an error, no events', async () => {
    const anon = await subscribeEvents(undefined);
    const [refusal] = await anon.take(1);
    expect(anon.status).toBe(200);
    expect(refusal!.data ?? null).toBeNull();
    expect(refusal!.errors).toMatchObject([
      { message: expect.stringMatching(/authentication required/i), path: ['marketplaceEvents'] },
    ]);
    // The stream is over; an event published now reaches nobody on it.
    expect(anon.completed()).toBe(true);
    const opening = await postOpening(tok.hm, 'Anonymous watch');
    await apply(tok.ana, opening);
    expect(await anon.untaken()).toEqual([]);
    expect(anon.results).toHaveLength(1);
  });

  it("a subscriber sees an applicant's profile only while the application gives them sight of it", async () => {
    const opening = await postOpening(tok.hm, 'Sight detail');
    const hm = await subscribe(MarketplaceEventsWithApplicantDocument, { opening }, tok.hm);
    const fayApp = await apply(tok.fay, opening);
    const [applied] = await hm.next();
    expect(applied!.marketplaceEvents).toMatchObject({
      kind: 'APPLIED',
      application: { id: fayApp, applicant: { givenName: 'Fay', email: 'fay@example.gov' } },
    });

    await decline(fayApp, 'Another fit');
    // A fresh request: host managers lose sight of a declined applicant (null).
    const fresh = await request(ApplicationNodeDocument, { id: fayApp }, tok.hm);
    expect(fresh.data.node).toMatchObject({ status: 'DECLINED', applicant: null });
    // The long-lived subscription must not keep the sight it had at its first event.
    const [declined] = await hm.take(1);
    expect(declined!.data!.marketplaceEvents).toMatchObject({
      kind: 'DECLINED',
      application: { id: fayApp, status: 'DECLINED' },
    });
    expect(declined!.data!.marketplaceEvents.application!.applicant).toBeNull();
  });

  it('non-public profile fields delivered in an event are written to the disclosure log', async () => {
    const opening = await postOpening(tok.hm, 'Disclosure detail');
    const hm = await subscribe(MarketplaceEventsWithApplicantDocument, { opening }, tok.hm);
    const eveApp = await apply(tok.eve, opening);
    const [applied] = await hm.next();
    // NASA's manager reads a GSA person's email: an outside disclosure (basis APPLICANT).
    expect(applied!.marketplaceEvents.application!.applicant).toMatchObject({ email: 'eve@example.gov' });
    // The same read as a query is logged at once (the rule the subscription should follow too).
    const read = await gql(
      `query ($id: ID!) { node(id: $id) { ... on Application { applicant { email } } } }`,
      { id: eveApp },
      tok.hm,
    );
    expect(read).toEqual({ node: { applicant: { email: 'eve@example.gov' } } });
    const logged = () =>
      db.prisma.disclosureEvent.findMany({
        where: { profileId: profileId.eve, viewerSubject: 'nasa-hm' },
        orderBy: { id: 'asc' },
      });
    let rows = await logged();
    for (const until = Date.now() + 1_000; Date.now() < until && rows.length < 2; await sleep(50)) rows = await logged();
    // One row for the query, one for the event.
    expect(
      rows.map((r) => [r.basis, r.fields]),
      'rows for the query and for the event',
    ).toEqual([
      ['APPLICANT', ['email']],
      ['APPLICANT', ['email']],
    ]);
  });

  // ─── Resuming (marketplaceEvents(after:)) ───────────────────────────────────

  const Resumable = /* GraphQL */ `
    subscription Resumable($after: String, $opening: ID) {
      marketplaceEvents(after: $after, opening: $opening) {
        cursor
        kind
        application {
          id
        }
      }
    }
  `;
  interface ResumableEvent {
    marketplaceEvents: { cursor: string; kind: string; application: { id: string } | null };
  }
  const resumable = (token: string, variables: { after?: string; opening?: string } = {}) =>
    subscribe(parse(Resumable) as TypedDocumentNode<ResumableEvent, typeof variables>, variables, token);
  const kinds = (rs: ResumableEvent[]) => rs.map((r) => [r.marketplaceEvents.kind, r.marketplaceEvents.application?.id ?? null]);

  it('a subscriber that reconnects with its last cursor receives what it missed exactly once, then live events', async () => {
    const opening = await postOpening(tok.hm, 'Resume detail', { slots: 2 });
    const first = await resumable(tok.hm, { opening });
    const anaApp = await apply(tok.ana, opening);
    const [seen] = await first.next();
    expect(kinds([seen!])).toEqual([['APPLIED', anaApp]]);
    const cursor = seen!.marketplaceEvents.cursor;
    await first.close();

    // While disconnected: two changes.
    const benApp = await apply(tok.ben, opening);
    await ok(ShortlistApplicationDocument, { input: { application: anaApp } }, tok.hm);

    const again = await resumable(tok.hm, { opening, after: cursor });
    expect(kinds(await again.next(2))).toEqual([
      ['APPLIED', benApp],
      ['SHORTLISTED', anaApp],
    ]);
    // Then live, without repeating anything replayed.
    await decline(benApp, 'Resumed');
    expect(kinds(await again.next())).toEqual([['DECLINED', benApp]]);
    expect(await again.untaken()).toEqual([]);
    expect(again.results).toHaveLength(3);
    // Cursors grow in delivery order.
    const cursors = again.results.map((r) => r.data!.marketplaceEvents.cursor);
    expect(new Set([cursor, ...cursors]).size).toBe(4);

    // Without `after`, a new subscription hears nothing of what happened before it.
    const fresh = await resumable(tok.hm, { opening });
    expect(await fresh.untaken()).toEqual([]);
  });

  it('replayed events keep the audience rules: a resuming outsider hears only what was meant for them', async () => {
    const opening = await postOpening(tok.hm, 'Replay audience detail');
    // Carl's cursor: the event of his own application elsewhere.
    const gsaOpening = await postOpening(tok.gsaHm, 'GSA replay gig', { programType: 'GIG' });
    const carl = await resumable(tok.carl);
    const carlApp = await apply(tok.carl, gsaOpening);
    const [own] = await carl.next();
    await carl.close();

    // Others' events while Carl is away, then one of his own.
    const eveApp = await apply(tok.eve, opening);
    await ok(ShortlistApplicationDocument, { input: { application: eveApp } }, tok.hm);
    await ok(WithdrawApplicationDocument, { input: { application: carlApp } }, tok.carl);

    const back = await resumable(tok.carl, { after: own!.marketplaceEvents.cursor });
    expect(kinds(await back.next())).toEqual([['WITHDRAWN', carlApp]]);
    expect(await back.untaken()).toEqual([]);
    // The host manager resuming from the same point hears Eve's events and not Carl's withdrawal
    // from another agency's opening.
    const hm = await resumable(tok.hm, { after: own!.marketplaceEvents.cursor });
    expect(kinds(await hm.next(2))).toEqual([
      ['APPLIED', eveApp],
      ['SHORTLISTED', eveApp],
    ]);
    expect(await hm.untaken()).toEqual([]);
  });

  it('refuses a malformed, unknown or expired cursor with a typed error and streams nothing', async () => {
    const refusal = async (after: string) => {
      const s = await resumable(tok.hm, { after });
      const [r] = await s.take(1);
      expect(r!.data ?? null).toBeNull();
      expect(s.completed()).toBe(true);
      return r!.errors!.map((e) => e.extensions?.code);
    };
    expect(await refusal('not a cursor')).toEqual(['BAD_USER_INPUT']);
    expect(await refusal(Buffer.from('e1:01').toString('base64url'))).toEqual(['BAD_USER_INPUT']);
    const [newest] = await db.exec.query<{ last: string }>(`SELECT max(id)::text AS last FROM "PublishedEvent"`);
    // An id beyond the newest was never handed out.
    expect(await refusal(Buffer.from(`e1:${BigInt(newest!.last) + 5n}`).toString('base64url'))).toEqual(['BAD_USER_INPUT']);

    // Pruned: the oldest events are gone (as after EVENT_RETENTION_HOURS), so a cursor before them
    // may have missed some.
    const opening = await postOpening(tok.hm, 'Expiry detail');
    const s = await resumable(tok.hm, { opening });
    await apply(tok.ana, opening);
    const [e] = await s.next();
    const id = BigInt(Buffer.from(e!.marketplaceEvents.cursor, 'base64url').toString().slice(3));
    const benApp = await apply(tok.ben, opening);
    await ok(WithdrawApplicationDocument, { input: { application: benApp } }, tok.ben);
    expect(kinds(await s.next(2))).toEqual([
      ['APPLIED', benApp],
      ['WITHDRAWN', benApp],
    ]);
    // The cursor's own event may go (nothing after it is missing)…
    await db.exec.query(`DELETE FROM "PublishedEvent" WHERE id <= $1`, [String(id)]);
    const still = await resumable(tok.hm, { opening, after: e!.marketplaceEvents.cursor });
    expect(kinds(await still.next(2))).toEqual([
      ['APPLIED', benApp],
      ['WITHDRAWN', benApp],
    ]);
    // …but once an event after it is gone, resuming from it is refused.
    await db.exec.query(`DELETE FROM "PublishedEvent" WHERE id <= $1`, [String(id + 1n)]);
    expect(await refusal(e!.marketplaceEvents.cursor)).toEqual(['EVENTS_EXPIRED']);
  });
});
