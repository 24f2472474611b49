/**
 * Who sees a rotation exists twice: canSeeRotation (in memory: node visibility, authScopes) and
 * visibleRotationsWhere (SQL); the effective status too: effectiveRotationStatus and
 * effectiveStatusWhere. On random rotations and random viewers each pair must pick the same rows.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Principal } from '../../src/platform/auth/principal.js';
import { personInclude, factsOf } from '../../src/modules/rotations/lifecycle.js';
import { effectiveStatusWhere, visibleRotationsWhere } from '../../src/modules/rotations/queries.js';
import { canSeeRotation, effectiveRotationStatus, type RotationStatus } from '../../src/modules/rotations/rules.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies } from '../helpers/fixtures.js';

const SUBJECTS = ['ann', 'bob', 'cy', 'dee', 'eve'];
const STATUSES: RotationStatus[] = ['PROPOSED', 'APPROVED', 'ACTIVE', 'COMPLETED', 'CANCELLED'];
const DAY = 86_400_000;
const TODAY = Date.UTC(2026, 5, 15);

let db: TestDatabase;
let agencies: string[];
beforeAll(async () => {
  db = await createPostgresDatabase(2);
  const ag = await insertAgencies(db.prisma);
  agencies = [ag.nasa.id, ag.gsa.id, ag.doc.id];
  // People with and without a token subject, in each agency.
  const people = await Promise.all(
    [...SUBJECTS, null, null].map((subject, i) =>
      db.prisma.profile.create({
        data: { agencyId: agencies[i % 3]!, subject, givenName: `p${i}`, familyName: 'T' },
      }),
    ),
  );
  const rotation = fc.record({
    person: fc.integer({ min: 0, max: people.length - 1 }),
    host: fc.integer({ min: 1, max: 2 }),
    status: fc.constantFrom(...STATUSES),
    start: fc.integer({ min: -30, max: 30 }),
    supervisor: fc.option(fc.constantFrom(...SUBJECTS), { nil: null }),
  });
  for (const r of fc.sample(rotation, { numRuns: 120, seed: 14 })) {
    const p = people[r.person]!;
    const home = agencies.indexOf(p.agencyId);
    await db.prisma.rotation.create({
      data: {
        profileId: p.id,
        homeAgencyId: p.agencyId,
        hostAgencyId: agencies[(home + r.host) % 3]!,
        programType: 'DETAIL',
        status: r.status,
        startDate: new Date(TODAY + r.start * DAY),
        endDate: new Date(TODAY + (r.start + 60) * DAY),
        commitmentPercent: 20,
        hostSupervisorSubject: r.supervisor,
        // What the table's checks ask of a finished rotation.
        ...(r.status === 'COMPLETED' ? { completedAt: new Date(TODAY), endedOn: new Date(TODAY + (r.start + 60) * DAY) } : {}),
        ...(r.status === 'CANCELLED' ? { cancelReason: 'test', cancelledAt: new Date(TODAY) } : {}),
      },
    });
  }
});
afterAll(() => db?.destroy());

const viewer = fc.record({
  subject: fc.constantFrom(...SUBJECTS, 'nobody'),
  roles: fc.uniqueArray(fc.constantFrom(...ROLES), { maxLength: 3 }),
  agency: fc.integer({ min: 0, max: 2 }),
  scopes: fc.uniqueArray(fc.constantFrom('read' as const, 'write' as const), { maxLength: 2 }),
});

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe('rotation visibility: predicate and SQL', () => {
  it('canSeeRotation and visibleRotationsWhere pick the same rotations for any viewer', async () => {
    const all = await db.prisma.rotation.findMany({ include: personInclude });
    await fc.assert(
      fc.asyncProperty(fc.option(viewer, { nil: null, freq: 10 }), async (v) => {
        const principal: Principal | null = v && {
          subject: v.subject,
          roles: v.roles,
          agencyId: agencies[v.agency]!,
          agencyCode: String(v.agency),
          scopes: v.scopes,
        };
        const sql = await db.prisma.rotation.findMany({ where: visibleRotationsWhere(principal), select: { id: true } });
        expect(ids(sql)).toEqual(ids(all.filter((r) => canSeeRotation(principal, factsOf(r)))));
      }),
      { numRuns: 150 },
    );
  });

  it('effectiveRotationStatus and effectiveStatusWhere agree on any set of statuses and any day', async () => {
    const all = await db.prisma.rotation.findMany({ select: { id: true, status: true, startDate: true } });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...STATUSES), { minLength: 1 }),
        fc.integer({ min: -40, max: 40 }),
        fc.integer({ min: 0, max: DAY - 1 }),
        async (statuses, day, ms) => {
          const now = new Date(TODAY + day * DAY + ms);
          const sql = await db.prisma.rotation.findMany({ where: effectiveStatusWhere(statuses, now), select: { id: true } });
          expect(ids(sql)).toEqual(ids(all.filter((r) => statuses.includes(effectiveRotationStatus(r, now)))));
        },
      ),
      { numRuns: 100 },
    );
  });
});
