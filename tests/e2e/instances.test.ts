/**
 * Two server processes on one PostgreSQL database, as behind a load balancer:
 *  - a subscriber on instance A hears an application and a selection made on instance B, and an
 *    outsider subscribed on A hears none of it;
 *  - a subscriber that drops its connection to A and resumes on B with its last cursor hears what
 *    it missed exactly once;
 *  - a caller's rate-limit budget is one budget across both instances (RateLimiterPostgres), not
 *    one per instance.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { parse, print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplyToOpeningDocument,
  CreateOpeningDocument,
  DecideApplicationApprovalDocument,
  OpenOpeningDocument,
  SelectApplicationDocument,
} from '../../schema/generated/graphql.js';
import { loadOrCreateLocalKey, signLocalToken } from '../../src/platform/auth/local-key.js';
import type { Role } from '../../src/platform/auth/principal.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies, insertSkills } from '../helpers/fixtures.js';
import { openSubscription, type Subscription } from '../helpers/sse.js';
import { freePort } from '../setup/postgres.js';

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function startServer(env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/server.ts'], {
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${out}`);
    if (out.includes('"msg":"listening"')) return { child, url: `http://127.0.0.1:${port}/graphql`, output: () => out };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start:\n${out}`);
}

const stop = (r: Running) =>
  new Promise<number | null>((resolve) => {
    if (r.child.exitCode !== null) return resolve(r.child.exitCode);
    r.child.once('exit', (code) => resolve(code));
    r.child.kill('SIGTERM');
  });

interface Body<R> {
  data?: R;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { cost?: { requested: number; rateLimit?: { remaining: number } } };
}

async function post<R, V>(url: string, doc: TypedDocumentNode<R, V> | string, variables: V, token: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: typeof doc === 'string' ? doc : print(doc), variables }),
  });
  return { status: res.status, body: (await res.json()) as Body<R> };
}

/** A mutation that must succeed; its result's `data`. */
async function mutate<V>(url: string, doc: TypedDocumentNode<unknown, V>, variables: V, token: string) {
  const { body } = await post(url, doc, variables, token);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  const result = Object.values(body.data as Record<string, Record<string, unknown> & { __typename: string }>)[0]!;
  expect(result.__typename, JSON.stringify(result)).toMatch(/Payload$/);
  // A payload holds one field named for what it returns (opening, application, …).
  const [returned] = Object.entries(result).filter(([key]) => key !== '__typename');
  return returned![1] as { id: string };
}

interface EventData {
  marketplaceEvents: { cursor: string; kind: string; application: { id: string } | null };
}
const Events = parse(/* GraphQL */ `
  subscription Events($after: String) {
    marketplaceEvents(after: $after) {
      cursor
      kind
      application {
        id
      }
    }
  }
`) as TypedDocumentNode<EventData, { after?: string }>;

describe('two instances on one PostgreSQL', () => {
  let db: TestDatabase;
  let a: Running;
  let b: Running;
  const tok = {} as Record<'hm' | 'ana' | 'boss' | 'carl' | 'budget', string>;
  let python: string;
  const subs: Subscription<unknown>[] = [];
  const subscribe = async (url: string, token: string, after?: string) => {
    const s = await openSubscription<EventData>(fetch, url, { query: print(Events), variables: after ? { after } : {} }, token);
    subs.push(s as Subscription<unknown>);
    return s;
  };
  const kinds = (rs: { marketplaceEvents: { kind: string; application: { id: string } | null } }[]) =>
    rs.map((r) => [r.marketplaceEvents.kind, r.marketplaceEvents.application?.id ?? null]);

  beforeAll(async () => {
    db = await createPostgresDatabase(2);
    const { gsa, noaa } = await insertAgencies(db.prisma);
    const sk = await insertSkills(db.prisma);
    python = encodeGlobalID('Skill', sk.python.id);
    for (const [subject, agencyId, supervisorSubject] of [
      ['ana', gsa.id, 'gsa-boss'],
      ['carl', noaa.id, null],
    ] as const) {
      await db.prisma.profile.create({
        data: { agencyId, subject, supervisorSubject, givenName: subject, familyName: 'Test', email: `${subject}@example.gov` },
      });
    }
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tm-instances-'));
    process.once('exit', () => fs.rmSync(dataDir, { recursive: true, force: true }));
    // Both instances verify tokens with the same local key (as with one identity provider).
    const key = await loadOrCreateLocalKey(path.join(dataDir, 'keys'));
    const sign = (subject: string, role: Role, agency: string) => signLocalToken(key, { subject, roles: [role], agency });
    tok.hm = await sign('nasa-hm', 'HIRING_MANAGER', 'NASA');
    tok.ana = await sign('ana', 'EMPLOYEE', 'GSA');
    tok.boss = await sign('gsa-boss', 'EMPLOYEE', 'GSA');
    tok.carl = await sign('carl', 'EMPLOYEE', 'NOAA');
    tok.budget = await sign('budget-user', 'EMPLOYEE', 'GSA');
    // A small budget, so that two instances each keeping their own would visibly double it.
    const env = {
      DATABASE_URL: db.url!,
      DATA_DIR: dataDir,
      GRAPHQL_MAX_COST: '100',
      RATE_LIMIT_POINTS: '150',
      RATE_LIMIT_WINDOW_SECONDS: '600',
    };
    [a, b] = await Promise.all([startServer(env), startServer(env)]);
  }, 180_000);

  afterAll(async () => {
    for (const s of subs) await s.close();
    const codes = await Promise.all([a, b].filter(Boolean).map(stop));
    expect(codes).toEqual([0, 0]);
    await db?.destroy();
  }, 60_000);

  it('a subscriber on A hears an application and a selection made on B; an outsider on A hears nothing', async () => {
    expect(a.output()).toMatch(/"rateLimitStore":"postgres"/);
    const hmA = await subscribe(a.url, tok.hm);
    const carlA = await subscribe(a.url, tok.carl);
    const anaB = await subscribe(b.url, tok.ana);

    const opening = await mutate(
      b.url,
      CreateOpeningDocument,
      {
        input: {
          title: 'Cross-instance detail',
          description: 'Python data work.',
          programType: 'DETAIL',
          commitmentPercent: 50,
          startDate: new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10),
          durationWeeks: 12,
          applicationDeadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
          slots: 1,
          remoteMode: 'REMOTE',
          skills: [{ skill: python, minLevel: 2, weight: 1, required: true }],
        },
      },
      tok.hm,
    );
    await mutate(b.url, OpenOpeningDocument, { input: { opening: opening.id } }, tok.hm);
    const application = await mutate(b.url, ApplyToOpeningDocument, { input: { opening: opening.id } }, tok.ana);

    const [applied] = await hmA.next(1, 5_000);
    expect(kinds([applied!])).toEqual([['APPLIED', application.id]]);
    const cursor = applied!.marketplaceEvents.cursor;
    // The manager drops the connection to A; meanwhile the supervisor approves on A and the
    // manager selects on B.
    await hmA.close();
    await mutate(
      a.url,
      DecideApplicationApprovalDocument,
      { input: { application: application.id, decision: 'APPROVE' } },
      tok.boss,
    );
    await mutate(b.url, SelectApplicationDocument, { input: { application: application.id } }, tok.hm);

    expect(kinds(await anaB.next(4, 5_000))).toEqual([
      ['APPLIED', application.id],
      ['SUPERVISOR_APPROVED', application.id],
      ['SELECTED', application.id],
      ['OPENING_FILLED', null],
    ]);
    // Resuming on the other instance with the last cursor: the missed events, once each.
    const hmB = await subscribe(b.url, tok.hm, cursor);
    expect(kinds(await hmB.next(3, 5_000))).toEqual([
      ['SUPERVISOR_APPROVED', application.id],
      ['SELECTED', application.id],
      ['OPENING_FILLED', null],
    ]);
    expect(await hmB.untaken(300)).toEqual([]);
    // Carl (another agency, not an applicant) heard nothing from either instance.
    expect(await carlA.untaken(300)).toEqual([]);
    expect(carlA.results).toEqual([]);
  });

  it('keeps one rate-limit budget for a caller across both instances', async () => {
    const query = '{ viewer { subject } }';
    let allowed = 0;
    const refused: number[] = [];
    const remaining: number[] = [];
    for (let i = 0; i < 170; i++) {
      const { status, body } = await post(i % 2 ? b.url : a.url, query, {}, tok.budget);
      if (body.errors) {
        expect(body.errors.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
        refused.push(status);
      } else {
        expect(body.extensions?.cost?.requested).toBe(1);
        remaining.push(body.extensions!.cost!.rateLimit!.remaining);
        allowed += 1;
      }
    }
    // 150 points at 1 point each, whichever instance answered: not 150 per instance.
    expect(allowed).toBe(150);
    expect(refused).toEqual(Array(20).fill(429));
    // Each answer saw the budget the other instance had just charged.
    expect(remaining).toEqual(Array.from({ length: 150 }, (_, i) => 149 - i));
  });
});
