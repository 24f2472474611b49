/**
 * Who sees a profile exists twice: profileAccess (in memory, through the request's loaders) and
 * visibleProfilesWhere (SQL). On random people, applications and viewers both pick the same
 * profiles, for FULL and for any (REDACTED or FULL) visibility.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Principal } from '../../src/platform/auth/principal.js';
import { profileAccess } from '../../src/modules/profiles/rules.js';
import { visibleProfilesWhere } from '../../src/modules/profiles/queries.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies } from '../helpers/fixtures.js';

const SUBJECTS = ['ann', 'bob', 'cy', 'dee', 'eve', 'fay'];
const DAY = 86_400_000;

let db: TestDatabase;
let agencies: string[];
beforeAll(async () => {
  db = await createPostgresDatabase(2);
  const ag = await insertAgencies(db.prisma);
  agencies = [ag.nasa.id, ag.gsa.id, ag.doc.id];
  const openings: { id: string }[] = [];
  for (const hostAgencyId of agencies)
    openings.push(
      await db.prisma.opening.create({
        data: {
          hostAgencyId,
          title: 't',
          description: 'd',
          programType: 'ROTATION',
          status: 'OPEN',
          commitmentPercent: 50,
          startDate: new Date(Date.now() + 40 * DAY),
          durationWeeks: 10,
          applicationDeadline: new Date(Date.now() + 20 * DAY),
          createdBySubject: 'seed',
        },
      }),
    );
  const person = fc.record({
    subject: fc.option(fc.constantFrom(...SUBJECTS), { nil: null }),
    agency: fc.integer({ min: 0, max: 2 }),
    discoverable: fc.boolean(),
    // Applications: to which opening, and whether still live.
    applied: fc.uniqueArray(fc.record({ opening: fc.integer({ min: 0, max: 2 }), live: fc.boolean() }), {
      maxLength: 3,
      selector: (a) => a.opening,
    }),
  });
  const used = new Set<string>();
  for (const p of fc.sample(person, { numRuns: 60, seed: 14 })) {
    const subject = p.subject && !used.has(p.subject) ? p.subject : null; // subjects are unique
    if (subject) used.add(subject);
    await db.prisma.profile.create({
      data: {
        agencyId: agencies[p.agency]!,
        subject,
        discoverable: p.discoverable,
        givenName: 'g',
        familyName: 'f',
        applications: {
          create: p.applied.map((a) => ({
            openingId: openings[a.opening]!.id,
            ...(a.live ? {} : { status: 'WITHDRAWN' as const, live: null }),
          })),
        },
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

describe('profile visibility: predicate and SQL', () => {
  it('profileAccess and visibleProfilesWhere pick the same profiles for any viewer', async () => {
    const all = await db.prisma.profile.findMany({
      include: { applications: { where: { live: true }, select: { opening: { select: { hostAgencyId: true } } } } },
    });
    const facts = all.map((p) => ({ ...p, appliedToAgencyIds: p.applications.map((a) => a.opening.hostAgencyId) }));
    await fc.assert(
      fc.asyncProperty(fc.option(viewer, { nil: null, freq: 10 }), async (v) => {
        const principal: Principal | null = v && {
          subject: v.subject,
          roles: v.roles,
          agencyId: agencies[v.agency]!,
          agencyCode: String(v.agency),
          scopes: v.scopes,
        };
        for (const level of ['FULL', 'REDACTED'] as const) {
          const sql = await db.prisma.profile.findMany({ where: visibleProfilesWhere(principal, level), select: { id: true } });
          const seen = facts.filter((p) => {
            const { visibility } = profileAccess(principal, p);
            return level === 'FULL' ? visibility === 'FULL' : visibility !== 'NONE';
          });
          expect(ids(sql)).toEqual(ids(seen));
        }
      }),
      { numRuns: 150 },
    );
  });
});
