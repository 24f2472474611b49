/** The demo seed: loads completely, is deterministic, and a second run changes nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../seeds/seed.js';
import { agencies } from '../../seeds/data/agencies.js';
import { applications } from '../../seeds/data/applications.js';
import { applyRefusal } from '../../src/modules/openings/rules.js';
import { agencyChains } from '../../src/app/loaders.js';
import { openings } from '../../seeds/data/openings.js';
import { people } from '../../seeds/data/people.js';
import { skills } from '../../seeds/data/skills.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';

let db: TestDatabase;
const day = new Date('2026-11-24T12:00:00Z');

beforeAll(async () => {
  db = await createPostgresDatabase(2);
});
afterAll(() => db?.destroy());

const counts = async () => ({
  agencies: await db.prisma.agency.count(),
  skills: await db.prisma.skill.count(),
  links: await db.prisma.skillHierarchy.count(),
  related: await db.prisma.skillRelation.count(),
  profiles: await db.prisma.profile.count(),
  profileSkills: await db.prisma.profileSkill.count(),
  evidence: await db.prisma.skillEvidence.count(),
  education: await db.prisma.education.count(),
  openings: await db.prisma.opening.count(),
  openingSkills: await db.prisma.openingSkill.count(),
  applications: await db.prisma.application.count(),
  taxonomies: await db.prisma.taxonomyRelease.count(),
  lastUpdate: (await db.prisma.profile.aggregate({ _max: { updatedAt: true } }))._max.updatedAt?.getTime(),
});

describe('demo seed', () => {
  it('loads every record of the hand-written data', async () => {
    const result = await seedDemo(db.prisma, day);
    expect(result).toMatchObject({
      createdProfiles: people.length,
      createdOpenings: openings.length,
      createdApplications: applications.length,
    });
    const c = await counts();
    expect(c).toMatchObject({
      agencies: agencies.length,
      skills: skills.length,
      profiles: people.length,
      openings: openings.length,
      profileSkills: people.reduce((n, p) => n + p.skills.length, 0),
      evidence: people.reduce((n, p) => n + p.skills.reduce((m, s) => m + s.evidence.length, 0), 0),
      openingSkills: openings.reduce((n, o) => n + o.skills.length, 0),
      taxonomies: 2,
    });
    expect(c.agencies).toBeGreaterThanOrEqual(12);
    expect(c.skills).toBeGreaterThanOrEqual(150);
    expect(c.profiles).toBeGreaterThanOrEqual(40);
    expect(c.openings).toBeGreaterThanOrEqual(15);
    expect(
      await db.prisma.profile.count({ where: { skills: { some: { evidence: { some: { source: 'MILITARY' } } } } } }),
    ).toBeGreaterThan(0);
  });

  it('dates openings relative to the seed day, deadlines before starts', async () => {
    const open = await db.prisma.opening.findMany({ where: { status: 'OPEN' } });
    for (const o of open) {
      expect(o.applicationDeadline.getTime()).toBeGreaterThan(day.getTime());
      expect(o.applicationDeadline.getTime()).toBeLessThan(o.startDate.getTime() + 86_400_000);
    }
  });

  it('seeds only applications the rules would accept', async () => {
    const rows = await db.prisma.application.findMany({
      include: { opening: { include: { restrictedTo: true } }, profile: true },
    });
    expect(rows).toHaveLength(applications.length);
    const chains = await agencyChains(
      db.prisma,
      rows.map((r) => r.profile.agencyId),
    );
    rows.forEach((r, i) => {
      const refusal = applyRefusal(
        { ...r.opening, restrictedTo: r.opening.restrictedTo.map((x) => x.agencyId) },
        { agencyId: r.profile.agencyId, agencyChain: chains[i]! },
        day,
      );
      expect(refusal, `${r.profile.externalId} → ${r.opening.externalId}`).toBeNull();
      expect(r.supervisorApproval === 'NOT_REQUIRED').toBe(!r.opening.requiresSupervisorApproval);
    });
  });

  it('changes nothing when run again', async () => {
    const before = await counts();
    const again = await seedDemo(db.prisma, new Date(day.getTime() + 7 * 86_400_000));
    expect(again).toMatchObject({ createdProfiles: 0, createdOpenings: 0, createdApplications: 0 });
    expect(await counts()).toEqual(before);
  });
});
