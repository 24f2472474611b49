/**
 * The trust class of a profile skill exists in two languages, both read from TRUST_RULES
 * (model.ts): trustOf() in TypeScript (explanations) and the SQL of trust-sql.ts (the index's
 * profile rows, both shapes, and the SQL reference). They must agree on every combination of
 * evidence (each source, verified or not, from a rotation or not) and endorsements.
 */
import { Prisma } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexedProfile } from '../../src/matching/engine/engine.js';
import { TRUST_CLASSES, trustOf } from '../../src/matching/engine/model.js';
import { allProfiles, someProfiles } from '../../src/matching/profile-rows.js';
import { trustOfProfileSkill } from '../../src/matching/trust-sql.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies, insertSkills } from '../helpers/fixtures.js';

const SOURCES = ['TRAINING', 'EDUCATION', 'EXPERIENCE', 'MILITARY', 'CERTIFICATION', 'ROTATION', 'SELF_ASSESSED'] as const;
const KINDS = ['ENDORSEMENT', 'SUPERVISOR_ATTESTATION'] as const;

interface Evidence {
  source: (typeof SOURCES)[number];
  verified: boolean;
  rotation: boolean;
}
interface Case {
  evidence: Evidence[];
  endorsements: (typeof KINDS)[number][];
}

/** Every single piece of evidence (or none) with every set of endorsements, and seeded mixtures. */
function cases(): Case[] {
  const single: (Evidence | null)[] = [null];
  for (const source of SOURCES)
    for (const verified of [false, true]) for (const rotation of [false, true]) single.push({ source, verified, rotation });
  const endorsementSets: Case['endorsements'][] = [[], ['ENDORSEMENT'], ['SUPERVISOR_ATTESTATION'], [...KINDS]];
  const out: Case[] = [];
  for (const e of single) for (const endorsements of endorsementSets) out.push({ evidence: e ? [e] : [], endorsements });
  let seed = 11;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 40; i++) {
    const evidence = Array.from(
      { length: 1 + Math.floor(rand() * 3) },
      () => single[1 + Math.floor(rand() * (single.length - 1))]!,
    );
    out.push({ evidence, endorsements: endorsementSets[Math.floor(rand() * 4)]! });
  }
  return out;
}

let db: TestDatabase;
beforeAll(async () => {
  db = await createPostgresDatabase(4);
});
afterAll(() => db?.destroy());

describe('the trust class of a profile skill', () => {
  it('is the same in TypeScript and in every SQL that computes it, on every combination', async () => {
    const ag = await insertAgencies(db.prisma);
    const sk = await insertSkills(db.prisma);
    const host = await db.prisma.profile.create({
      data: { agencyId: ag.nasa.id, subject: 'host', givenName: 'h', familyName: 'T' },
    });
    const rotation = await db.prisma.rotation.create({
      data: {
        profileId: host.id,
        homeAgencyId: ag.gsa.id,
        hostAgencyId: ag.nasa.id,
        programType: 'ROTATION',
        startDate: new Date('2026-01-05'),
        endDate: new Date('2026-03-27'),
        commitmentPercent: 50,
      },
    });
    const all = cases();
    const psIds: string[] = [];
    for (const [i, c] of all.entries()) {
      const p = await db.prisma.profile.create({
        data: {
          agencyId: ag.gsa.id,
          subject: `p${i}`,
          givenName: `p${i}`,
          familyName: 'T',
          skills: {
            create: {
              skillId: sk.python.id,
              level: 3,
              evidence: {
                create: c.evidence.map((e) => ({
                  source: e.source,
                  title: 'e',
                  verifiedAt: e.verified ? new Date() : null,
                  rotationId: e.rotation ? rotation.id : null,
                })),
              },
              endorsements: { create: c.endorsements.map((kind) => ({ kind, endorserSubject: 'x', endorserRole: 'EMPLOYEE' })) },
            },
          },
        },
        include: { skills: true },
      });
      psIds.push(p.skills[0]!.id);
    }

    // TypeScript, from the rows as stored.
    const stored = await db.prisma.profileSkill.findMany({
      where: { id: { in: psIds } },
      select: { id: true, profileId: true, evidence: true, endorsements: true },
    });
    const expected = new Map(
      stored.map((s) => [s.profileId, trustOf({ evidence: s.evidence, endorsementKinds: s.endorsements.map((e) => e.kind) })]),
    );
    expect(stored).toHaveLength(all.length);
    // The cases reach every class, so agreement is not agreement on a constant.
    expect(new Set(expected.values())).toEqual(new Set(TRUST_CLASSES.map((_, i) => i)));
    // Education and self-assessment never raise trust; a verified one does not either.
    for (const s of stored)
      if (s.endorsements.length === 0 && s.evidence.every((e) => e.source === 'EDUCATION' || e.source === 'SELF_ASSESSED'))
        expect(expected.get(s.profileId)).toBe(0);

    const trustById = (profiles: IndexedProfile[]) =>
      new Map(profiles.filter((p) => expected.has(p.id)).map((p) => [p.id, p.skills[0]!.trust]));
    // The index's bulk read (grouped subqueries) and its read of a few changed profiles.
    expect(trustById(await allProfiles(db.exec))).toEqual(expected);
    expect(trustById(await someProfiles(db.exec, [...expected.keys()]))).toEqual(expected);
    // The per-row shape the SQL reference uses.
    const rows = await db.prisma.$queryRaw<{ profileId: string; trust: number }[]>`
      SELECT ps."profileId"::text AS "profileId", ${Prisma.raw(trustOfProfileSkill('ps'))} AS trust
      FROM "ProfileSkill" ps WHERE ps.id = ANY(${psIds}::uuid[])`;
    expect(new Map(rows.map((r) => [r.profileId, Number(r.trust)]))).toEqual(expected);
  });
});
