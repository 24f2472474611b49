/**
 * The CSV employee-sync example (scripts/sync-employees.ts) against the in-process service on the
 * demo data: the shipped example file creates its people, a second run changes nothing, and a
 * file with bad rows reports each failure with its line while the good rows are applied.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEmployees, syncEmployees } from '../../scripts/sync-employees.js';
import { seedDemo } from '../../seeds/seed.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';

const EXAMPLE = fs.readFileSync(path.join(import.meta.dirname, '../../seeds/examples/employees.csv'), 'utf8');

let db: TestDatabase;
let app: TestApp;
let token: string;

beforeAll(async () => {
  db = await createPostgresDatabase();
  await seedDemo(db.prisma);
  app = await createTestApp(db);
  token = await app.token('INTEGRATION', 'NASA', { subject: 'nasa-hris', scopes: ['read', 'write'] });
});
afterAll(() => db?.destroy());

function run(csvText: string, batchSize?: number) {
  const lines: string[] = [];
  const report = syncEmployees({
    csvText,
    token,
    endpoint: 'http://test/graphql',
    fetch: (url, init) => app.yoga.fetch(url, init),
    batchSize,
    log: (l) => lines.push(l),
  });
  return report.then((r) => ({ ...r, lines }));
}

async function state() {
  return {
    profiles: await db.prisma.profile.findMany({ orderBy: { id: 'asc' } }),
    skills: await db.prisma.profileSkill.findMany({ orderBy: { id: 'asc' } }),
    evidence: await db.prisma.skillEvidence.count(),
    audit: await db.prisma.auditEvent.count(),
  };
}

describe('sync-employees', () => {
  it('maps every column of the example file', () => {
    const { rows, failures } = parseEmployees(EXAMPLE);
    expect(failures).toEqual([]);
    expect(rows).toHaveLength(20);
    expect(rows[0]).toEqual({
      line: 2,
      item: {
        externalId: 'NASA-310001',
        givenName: 'Marisol',
        familyName: 'Quintero',
        email: 'marisol.quintero@example.gov',
        phone: '202-555-0141',
        jobTitle: 'IT Specialist (Data Management)',
        location: 'Houston, TX',
        occupationalSeries: '2210',
        payPlan: 'GS',
        grade: 13,
        subject: 'nasa-310001',
        supervisorSubject: 'nasa-204611',
        skills: [
          { skill: { scheme: 'ONET', code: '2.B.3.e' }, level: 4 },
          { skill: { scheme: 'ONET_TECH', code: '43232405|Python' }, level: 4 },
          { skill: { scheme: 'ONET_TECH', code: '43232311|PostgreSQL' }, level: 3 },
        ],
      },
    });
    // An empty cell is left out (it leaves the field as it is).
    expect(rows[5]!.item).not.toHaveProperty('phone');
  });

  it('creates the example people, then a second run changes nothing', async () => {
    const first = await run(EXAMPLE);
    expect(first).toMatchObject({ created: 20, updated: 0, unchanged: 0, failed: 0, failures: [] });
    expect(first.lines[0]).toBe('batch 1 (lines 2–21): 20 created, 0 updated, 0 unchanged, 0 failed');
    const nasa = await db.prisma.agency.findFirstOrThrow({ where: { abbreviation: 'NASA' } });
    const marisol = await db.prisma.profile.findUniqueOrThrow({
      where: { agencyId_externalId: { agencyId: nasa.id, externalId: 'NASA-310001' } },
      include: { skills: { include: { skill: true, evidence: true } } },
    });
    expect(marisol).toMatchObject({
      subject: 'nasa-310001',
      supervisorSubject: 'nasa-204611',
      grade: 13,
      location: 'Houston, TX',
    });
    expect(marisol.skills.map((s) => [s.skill.name, s.level]).sort()).toEqual([
      ['PostgreSQL', 3],
      ['Programming', 4],
      ['Python', 4],
    ]);

    const before = await state();
    const second = await run(EXAMPLE, 7);
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 20, failed: 0 });
    expect(second.lines.slice(0, 3)).toEqual([
      'batch 1 (lines 2–8): 0 created, 0 updated, 7 unchanged, 0 failed',
      'batch 2 (lines 9–15): 0 created, 0 updated, 7 unchanged, 0 failed',
      'batch 3 (lines 16–21): 0 created, 0 updated, 6 unchanged, 0 failed',
    ]);
    expect(await state()).toEqual(before);
  });

  it('reports each failed row with its line number and applies the others', async () => {
    const csv = [
      'Employee_ID,Given_Name,Family_Name,Email,Grade,Skills',
      'NASA-320001,Ada,Lovelace,ada@example.gov,14,ONET:2.B.3.e=5',
      'NASA-320002,Bad,Email,not-an-email,12,',
      'NASA-320003,"Multi',
      'line",Name,multi@example.gov,12,',
      'NASA-320004,Unknown,Skill,u@example.gov,12,ONET:9.9.9=3',
      'NASA-320005,Half,Grade,h@example.gov,twelve,',
      'NASA-320001,Again,Lovelace,again@example.gov,14,',
      'NASA-320006,,Nameless,n@example.gov,11,',
      'NASA-320007,Grace,Hopper,grace@example.gov,15,ONET_TECH:43232405|Python=9',
      'NASA-320008,Katherine,Johnson,kj@example.gov,13,ONET:2.A.1.e=5; ONET:2.C.4.a=5',
    ].join('\n');
    const report = await run(csv, 2);
    expect(report).toMatchObject({ created: 3, failed: 6 });
    expect(report.failures.map((f) => [f.line, f.externalId, f.message]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [3, 'NASA-320002', 'email: Invalid email address'],
      [6, 'NASA-320004', 'skills.0.skill: unknown skill ONET "9.9.9"'],
      [7, 'NASA-320005', 'grade "twelve" is not a whole number'],
      [8, 'NASA-320001', 'employee_id NASA-320001 is also on line 2'],
      [9, 'NASA-320006', 'given_name is empty'],
      [10, 'NASA-320007', expect.stringContaining('is not SCHEME:CODE=LEVEL')],
    ]);
    const created = await db.prisma.profile.findMany({
      where: { externalId: { startsWith: 'NASA-3200' } },
      orderBy: { externalId: 'asc' },
    });
    expect(created.map((p) => [p.externalId, p.givenName])).toEqual([
      ['NASA-320001', 'Ada'],
      ['NASA-320003', 'Multi\nline'],
      ['NASA-320008', 'Katherine'],
    ]);
  });

  it('sends the persisted hash, so it works against a service in allow-list mode, and the text when asked', async () => {
    const only = await createTestApp(db, { GRAPHQL_PERSISTED_OPERATIONS: 'only' });
    const onlyToken = await only.token('INTEGRATION', 'NASA', { subject: 'nasa-hris', scopes: ['read', 'write'] });
    const via = (sendDocument: boolean) =>
      syncEmployees({
        csvText: EXAMPLE,
        token: onlyToken,
        endpoint: 'http://test/graphql',
        fetch: (url, init) => only.yoga.fetch(url, init),
        log: () => {},
        sendDocument,
      });
    const report = await via(false);
    expect(report.failed).toBe(0);
    expect(report.created + report.updated + report.unchanged).toBe(20);
    await expect(via(true)).rejects.toThrow(/persisted operations only/);
  });

  it('stops with the reason when the whole batch is refused', async () => {
    const readOnly = await app.token('INTEGRATION', 'NASA', { subject: 'nasa-hris-ro', scopes: ['read'] });
    await expect(
      syncEmployees({
        csvText: EXAMPLE,
        token: readOnly,
        endpoint: 'http://test/graphql',
        fetch: (url, init) => app.yoga.fetch(url, init),
        log: () => {},
      }),
    ).rejects.toThrow(/write/);
  });
});
