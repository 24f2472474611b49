/**
 * Matching through the API: ranked candidates with explanations that recompute their scores,
 * eligibility, access, freshness within the process and across two instances, the reverse
 * recommendations, and the SQL reference against the engine on random data (PostgreSQL).
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Prisma } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddMySkillDocument,
  OpeningMatchesDocument,
  RecommendedOpeningsDocument,
  type ExplanationFieldsFragment,
} from '../../schema/generated/graphql.js';
import { MatchIndex } from '../../src/matching/engine/engine.js';
import { ALGORITHMS, DEFAULT_MATCH_CONFIG, trustOf } from '../../src/matching/engine/model.js';
import { sqlReferenceMatches } from '../../src/matching/sql-reference.js';
import { matchOpening } from '../../src/graphql/match.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies, insertSkills } from '../helpers/fixtures.js';

const DAY = 86_400_000;
let db: TestDatabase;
let app: TestApp;
let ag: Awaited<ReturnType<typeof insertAgencies>>;
let sk: Awaited<ReturnType<typeof insertSkills>>;
const tok: Record<string, string> = {};
const ids: Record<string, string> = {};
const day = (n: number) => new Date(Math.floor(Date.now() / DAY) * DAY + n * DAY);

async function person(
  key: string,
  agencyId: string,
  skills: [string, number][],
  extra: Partial<Prisma.ProfileUncheckedCreateInput> = {},
) {
  const p = await db.prisma.profile.create({
    data: {
      agencyId,
      subject: key,
      givenName: key,
      familyName: 'Test',
      discoverable: true,
      availablePercent: 100,
      grade: 12,
      ...extra,
      skills: { create: skills.map(([skillId, level]) => ({ skillId, level })) },
    },
  });
  ids[key] = p.id;
  return p;
}

async function opening(
  key: string,
  skills: { skillId: string; minLevel: number; weight: number; required?: boolean }[],
  extra: Partial<Prisma.OpeningUncheckedCreateInput> = {},
) {
  const o = await db.prisma.opening.create({
    data: {
      hostAgencyId: ag.nasa.id,
      title: key,
      description: key,
      programType: 'ROTATION',
      status: 'OPEN',
      commitmentPercent: 50,
      startDate: day(40),
      durationWeeks: 10,
      applicationDeadline: day(20),
      createdBySubject: 'seed',
      gradeMin: 11,
      gradeMax: 13,
      ...extra,
      skills: { create: skills.map((s) => ({ ...s, required: s.required ?? false })) },
    },
  });
  ids[key] = o.id;
  return encodeGlobalID('Opening', o.id);
}

/** The score, recomputed from the explanation alone (either algorithm: /1 has specificity, trust factor and focus 1). */
const recompute = (e: ExplanationFieldsFragment) =>
  (e.skills.reduce((sum, s) => sum + s.effectiveWeight * s.similarity * s.levelFit * s.trustFactor, 0) / e.totalWeight) * e.focus;

beforeAll(async () => {
  db = await createPostgresDatabase();
  ag = await insertAgencies(db.prisma);
  sk = await insertSkills(db.prisma);
  // Python is narrower than Programming and related to the ESCO Python skill (fixtures).
  await person('expert', ag.gsa.id, [
    [sk.python.id, 5],
    [sk.database.id, 4],
  ]);
  await person('junior', ag.gsa.id, [
    [sk.python.id, 2],
    [sk.database.id, 4],
  ]);
  await person('esco', ag.gsa.id, [[sk.pyEsco.id, 5]]);
  await person('hidden', ag.gsa.id, [[sk.python.id, 5]], { discoverable: false });
  await person('busy', ag.gsa.id, [[sk.python.id, 5]], { availablePercent: 20 });
  await person('senior', ag.gsa.id, [[sk.python.id, 5]], { grade: 15 });
  await person('host', ag.nasa.id, [[sk.python.id, 5]]);
  await person('noskill', ag.gsa.id, [[sk.dataAnalysis.id, 5]]);
  app = await createTestApp(db);
  tok.hm = await app.token('HIRING_MANAGER', 'NASA', { subject: 'nasa-hm' });
  tok.hr = await app.token('HR_SPECIALIST', 'NASA', { subject: 'nasa-hr' });
  tok.emp = await app.token('EMPLOYEE', 'NASA', { subject: 'nasa-emp' });
  tok.gsaHm = await app.token('HIRING_MANAGER', 'GSA', { subject: 'gsa-hm' });
  tok.expert = await app.token('EMPLOYEE', 'GSA', { subject: 'expert' });
  await app.matching.rebuild();
});
afterAll(() => db?.destroy());

type AlgorithmName = 'SKILLS_OVERLAP_1' | 'SKILLS_OVERLAP_2';
async function matches(
  openingId: string,
  token = tok.hm!,
  filter?: { candidates: 'ALL' | 'DISCOVERABLE' | 'APPLICANTS' },
  algorithm?: AlgorithmName,
) {
  const res = await app.gql(OpeningMatchesDocument, { id: openingId, first: 50, filter, algorithm }, token);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const node = res.data!.node as {
    matches: {
      totalCount: number;
      edges: {
        node: {
          score: number;
          coverage: number;
          candidate: { id: string; givenName: string } | null;
          explanation: ExplanationFieldsFragment;
        };
      }[];
    };
  };
  return node.matches;
}

describe('candidates for an opening', () => {
  it('ranks by skill overlap (skills-overlap/1, still selectable) with explanations that recompute every score', async () => {
    const o = await opening('py-detail', [
      { skillId: sk.python.id, minLevel: 4, weight: 3, required: true },
      { skillId: sk.database.id, minLevel: 3, weight: 1 },
    ]);
    const m = await matches(o, tok.hm, undefined, 'SKILLS_OVERLAP_1');
    const names = m.edges.map((e) => e.node.candidate?.givenName);
    // expert: 1; host (NASA staff may join a ROTATION): Python only, 3/4; junior: Python 2 of 4
    // → 0.7² = 0.49 (MATCH_LEVEL_DECAY 0.7), database in full → (3·0.49 + 1)/4; esco: the related ESCO skill, 0.5 → 3·0.5/4.
    expect(names).toEqual(['expert', 'host', 'junior', 'esco']);
    expect(m.totalCount).toBe(4);
    const byName = Object.fromEntries(m.edges.map((e) => [e.node.candidate!.givenName, e.node]));
    expect(byName.expert!.score).toBe(1);
    expect(byName.junior!.score).toBeCloseTo((3 * 0.49 + 1) / 4, 12);
    expect(byName.esco!.score).toBeCloseTo((3 * 0.5) / 4, 12);
    expect(byName.junior!.coverage).toBe(0);
    expect(byName.esco!.explanation.skills[0]).toMatchObject({
      match: 'RELATED',
      matchedSkill: { name: 'Python (computer programming)' },
      candidateLevel: 5,
      similarity: 0.5,
      levelFit: 1,
      met: true,
    });
    expect(byName.esco!.explanation.missingSkills.map((s) => s.name)).toEqual(['PostgreSQL']);
    for (const e of m.edges) {
      expect(e.node.explanation.algorithmVersion).toBe('skills-overlap/1');
      expect(e.node.explanation.focus).toBe(1);
      expect(recompute(e.node.explanation)).toBeCloseTo(e.node.score, 12);
      expect(e.node.explanation.skills.reduce((s, x) => s + x.contribution, 0)).toBeCloseTo(e.node.score, 12);
    }
  });

  it('ranks by skills-overlap/2 by default: trust, specificity and focus in every explanation', async () => {
    const o = encodeGlobalID('Opening', ids['py-detail']!);
    const m = await matches(o);
    const byName = Object.fromEntries(m.edges.map((e) => [e.node.candidate!.givenName, e.node]));
    // Same people; the generic RELATED link to the ESCO skill now earns 0.3, not 0.5.
    expect(Object.keys(byName).sort()).toEqual(['esco', 'expert', 'host', 'junior']);
    expect(m.edges[0]!.node.candidate!.givenName).toBe('expert');
    expect(byName.esco!.explanation.skills[0]).toMatchObject({
      match: 'RELATED',
      distance: 1,
      similarity: 0.3,
      trust: 'CLAIMED',
      candidateLevel: 5,
      trustedLevel: 3,
    });
    // Claimed without evidence: level 5 counts as 3 (one below the minimum 4: × 0.7), factor 0.8.
    expect(byName.expert!.explanation.skills[0]).toMatchObject({
      match: 'EXACT',
      trust: 'CLAIMED',
      trustedLevel: 3,
      levelFit: 0.7,
      trustFactor: 0.8,
      met: true,
    });
    for (const e of m.edges) {
      const x = e.node.explanation;
      expect(x.algorithmVersion).toBe('skills-overlap/2');
      expect(recompute(x)).toBeCloseTo(e.node.score, 12);
      expect(x.skills.reduce((s, k) => s + k.contribution, 0)).toBeCloseTo(e.node.score, 12);
      expect(x.focus).toBeCloseTo(
        1 -
          (x.focusPenalty * (x.profileSkillCount - x.relatedSkillCount)) /
            (x.profileSkillCount - x.relatedSkillCount + x.focusHalf),
        12,
      );
      for (const k of x.skills) {
        expect(k.effectiveWeight).toBeCloseTo(k.weight * k.specificity, 12);
        expect(k.specificity).toBeGreaterThan(0);
        expect(k.specificity).toBeLessThanOrEqual(1);
      }
    }
    // Evidence raises trust: a supervisor's attestation lifts junior's claim (and only through the index's notification).
    const ps = await db.prisma.profileSkill.findFirstOrThrow({ where: { profileId: ids.junior!, skillId: sk.database.id } });
    const before = byName.junior!.score;
    await db.prisma.endorsement.create({
      data: { profileSkillId: ps.id, kind: 'SUPERVISOR_ATTESTATION', endorserSubject: 'sup', endorserRole: 'HR_SPECIALIST' },
    });
    const after = (await matches(o)).edges.find((e) => e.node.candidate?.givenName === 'junior')!.node;
    expect(after.explanation.skills[1]).toMatchObject({ trust: 'SUPERVISOR_ATTESTED', trustFactor: 0.96, trustedLevel: 4 });
    expect(after.score).toBeGreaterThan(before);
    await db.prisma.endorsement.deleteMany({ where: { profileSkillId: ps.id } });
  });

  it('gives the same page whether or not totalCount is asked for', async () => {
    const o = encodeGlobalID('Opening', ids['py-detail']!);
    const page = async (fields: string) =>
      (
        await app.gql<{ node: { matches: { totalCount?: number; edges: { node: { score: number } }[] } } }, object>(
          `query { node(id: "${o}") { ... on Opening { matches(first: 2) { ${fields} edges { node { score } } } } } }`,
          {},
          tok.hm,
        )
      ).data!.node.matches;
    const counted = await page('totalCount');
    const plain = await page('');
    expect(counted.totalCount).toBe(4);
    expect(plain.edges).toEqual(counted.edges);
  });

  it('leaves out whoever is not eligible, and says who may ask', async () => {
    const o = await opening('detail-elig', [{ skillId: sk.python.id, minLevel: 3, weight: 1 }], {
      programType: 'DETAIL',
      commitmentPercent: 50,
    });
    const names = (await matches(o)).edges.map((e) => e.node.candidate?.givenName).sort();
    // hidden: not discoverable; busy: 20% available; senior: grade 15; host: NASA staff on a NASA detail.
    expect(names).toEqual(['esco', 'expert', 'junior']);
    // Applicants count even when not discoverable.
    await db.prisma.application.create({
      data: { openingId: ids['detail-elig']!, profileId: ids.hidden!, supervisorApproval: 'NOT_REQUIRED' },
    });
    expect((await matches(o, tok.hm, { candidates: 'APPLICANTS' })).edges.map((e) => e.node.candidate?.givenName)).toEqual([
      'hidden',
    ]);
    expect((await matches(o, tok.hr)).totalCount).toBe(4);
    for (const t of [tok.emp, tok.gsaHm]) {
      const res = await app.gql(OpeningMatchesDocument, { id: o, first: 5 }, t);
      const node = res.data?.node as { matches?: unknown } | null;
      expect(node?.matches ?? null).toBeNull();
      if (node) expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('leaves out people committed beyond 100% during the opening’s dates', async () => {
    const o = await opening('busy-window', [{ skillId: sk.python.id, minLevel: 3, weight: 1 }], { commitmentPercent: 60 });
    const rotation = await db.prisma.rotation.create({
      data: {
        profileId: ids.expert!,
        homeAgencyId: ag.gsa.id,
        hostAgencyId: ag.doc.id,
        programType: 'DETAIL',
        status: 'APPROVED',
        startDate: day(45),
        endDate: day(60),
        commitmentPercent: 50,
      },
    });
    expect((await matches(o)).edges.map((e) => e.node.candidate?.givenName)).not.toContain('expert');
    await db.prisma.rotation.update({ where: { id: rotation.id }, data: { commitmentPercent: 40 } });
    expect((await matches(o)).edges.map((e) => e.node.candidate?.givenName)).toContain('expert');
    await db.prisma.rotation.delete({ where: { id: rotation.id } });
  });

  it('sees a profile change at once in this process', async () => {
    const o = await opening('fresh-here', [
      { skillId: sk.dataAnalysis.id, minLevel: 2, weight: 1 },
      { skillId: sk.technical.id, minLevel: 2, weight: 1 },
    ]);
    const score = async (algorithm: AlgorithmName) =>
      (await matches(o, tok.hm, undefined, algorithm)).edges.find((e) => e.node.candidate?.givenName === 'noskill')!.node.score;
    const before = await score('SKILLS_OVERLAP_1');
    const before2 = await score('SKILLS_OVERLAP_2');
    const res = await app.gql(
      AddMySkillDocument,
      {
        input: {
          skill: encodeGlobalID('Skill', sk.technical.id),
          level: 3,
          evidence: [{ source: 'EXPERIENCE', title: 'Field work' }],
        },
      },
      await app.token('EMPLOYEE', 'GSA', { subject: 'noskill' }),
    );
    expect(res.data!.addMySkill.__typename).toBe('AddMySkillPayload');
    const after = await score('SKILLS_OVERLAP_1');
    expect([before, after]).toEqual([0.5, 1]);
    expect(await score('SKILLS_OVERLAP_2')).toBeGreaterThan(before2);
  });
});

describe('freshness across instances', () => {
  it('a change written through one instance reaches another within a second', async () => {
    const other = await createTestApp(db);
    const o = await opening('two-instances', [{ skillId: sk.programming.id, minLevel: 1, weight: 1 }]);
    const engineOpening = await matchOpening(db.prisma, { id: ids['two-instances']!, requireAllRequiredSkills: false });
    const scoreIn = (a: TestApp) =>
      a.matching.search(engineOpening, { k: 50, algorithm: 'skills-overlap/1' }).hits.find((h) => h.id === ids.junior)?.score;
    expect(scoreIn(other)).toBe(0.5); // Python, narrower than Programming: partial credit
    const started = Date.now();
    // Written through the first instance; the second hears of it from PostgreSQL, not from us.
    await app.gql(
      AddMySkillDocument,
      {
        input: {
          skill: encodeGlobalID('Skill', sk.programming.id),
          level: 3,
          evidence: [{ source: 'TRAINING', title: 'Course' }],
        },
      },
      await app.token('EMPLOYEE', 'GSA', { subject: 'junior' }),
    );
    while (scoreIn(other) !== 1 && Date.now() - started < 1000) await new Promise((r) => setTimeout(r, 10));
    expect(scoreIn(other)).toBe(1);
    expect(Date.now() - started).toBeLessThan(1000);
    // And through GraphQL on the second instance.
    const res = await other.gql(
      OpeningMatchesDocument,
      { id: o, first: 50, algorithm: 'SKILLS_OVERLAP_1' },
      await other.token('HIRING_MANAGER', 'NASA'),
    );
    const junior = (
      res.data!.node as { matches: { edges: { node: { score: number; candidate: { givenName: string } | null } }[] } }
    ).matches.edges.find((e) => e.node.candidate?.givenName === 'junior');
    expect(junior?.node.score).toBe(1);
  });
});

describe('openings for me', () => {
  it('ranks open openings I may apply to by the same score', async () => {
    const res = await app.gql(RecommendedOpeningsDocument, { first: 50 }, tok.expert);
    expect(res.errors).toBeUndefined();
    const recs = res.data!.viewer!.recommendedOpenings;
    const titles = recs.edges.map((e) => e.node.opening.title);
    expect(titles).toContain('py-detail');
    // Sorted by score, each reproducible from its explanation.
    const scores = recs.edges.map((e) => e.node.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const e of recs.edges) {
      expect(e.node.explanation.algorithmVersion).toBe('skills-overlap/2');
      expect(recompute(e.node.explanation)).toBeCloseTo(e.node.score, 12);
    }
    const v1 = await app.gql(RecommendedOpeningsDocument, { first: 50, algorithm: 'SKILLS_OVERLAP_1' }, tok.expert);
    for (const e of v1.data!.viewer!.recommendedOpenings.edges) {
      expect(e.node.explanation.algorithmVersion).toBe('skills-overlap/1');
      expect(recompute(e.node.explanation)).toBeCloseTo(e.node.score, 12);
    }
    // A DETAIL at NASA is not offered to NASA staff.
    const hostRecs = await app.gql(
      RecommendedOpeningsDocument,
      { first: 50 },
      await app.token('EMPLOYEE', 'NASA', { subject: 'host' }),
    );
    expect(hostRecs.data!.viewer!.recommendedOpenings.edges.map((e) => e.node.opening.title)).not.toContain('detail-elig');
    expect(hostRecs.data!.viewer!.recommendedOpenings.edges.map((e) => e.node.opening.title)).toContain('py-detail');
  });
});

describe('the SQL reference', () => {
  it('gives the engine’s scores (1e-6) and order on random data', async () => {
    // A separate database: random people and openings over the fixture taxonomy.
    const rdb = await createPostgresDatabase();
    try {
      const a = await insertAgencies(rdb.prisma);
      const s = await insertSkills(rdb.prisma);
      // 24 equivalents of Programming, more than /2 credits (MAX_EQUIVALENTS, the strongest).
      const extra = await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          rdb.prisma.skill.create({
            data: { scheme: 'ESCO', code: `http://example.test/eq/${i}`, name: `eq ${i}`, kind: 'SKILL', altLabels: [] },
          }),
        ),
      );
      await rdb.prisma.skillRelation.createMany({
        data: extra.map((x, i) => ({
          fromId: s.programming.id,
          toId: x.id,
          kind: 'EQUIVALENT' as const,
          strength: 0.3 + (i % 7) / 10,
        })),
      });
      const skillIds = [...Object.values(s).map((x) => x.id), ...extra.map((x) => x.id)];
      let seed = 20261124;
      const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
      // Every kind of link /2 tells apart: a cross-scheme equivalent, a dependency (no credit), and
      // "2.B.3" Technical Skills, an O*NET category (a group: no credit for holding it).
      await rdb.prisma.skillRelation.create({
        data: { fromId: s.dataAnalysis.id, toId: s.programming.id, kind: 'EQUIVALENT', strength: 0.62 },
      });
      await rdb.prisma.skillRelation.create({ data: { fromId: s.database.id, toId: s.dataAnalysis.id, kind: 'ESSENTIAL_FOR' } });
      const sources = ['TRAINING', 'EDUCATION', 'EXPERIENCE', 'SELF_ASSESSED', 'CERTIFICATION', 'ROTATION'] as const;
      for (let i = 0; i < 150; i++) {
        const mine = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(skillIds)))];
        const p = await rdb.prisma.profile.create({
          data: {
            agencyId: a.gsa.id,
            givenName: `p${i}`,
            familyName: 'R',
            skills: { create: mine.map((skillId) => ({ skillId, level: 1 + Math.floor(rand() * 5) })) },
          },
          include: { skills: true },
        });
        for (const ps of p.skills) {
          const x = rand();
          if (x < 0.3) {
            await rdb.prisma.skillEvidence.create({
              data: {
                profileSkillId: ps.id,
                source: pick([...sources]),
                title: 'e',
                verifiedAt: rand() < 0.3 ? new Date() : null,
              },
            });
          } else if (x < 0.5) {
            await rdb.prisma.endorsement.create({
              data: {
                profileSkillId: ps.id,
                kind: pick(['ENDORSEMENT', 'SUPERVISOR_ATTESTATION'] as const),
                endorserSubject: 'x',
                endorserRole: 'EMPLOYEE',
              },
            });
          }
        }
      }
      const rapp = await createTestApp(rdb);
      const neighbours = rapp.matching.taxonomy;
      const people = await rdb.prisma.profile.findMany({
        select: { id: true, skills: { select: { skillId: true, level: true, evidence: true, endorsements: true } } },
      });
      const candidates = people.map((p) => ({
        id: p.id,
        skills: p.skills.map((x) => ({
          skillId: x.skillId,
          level: x.level,
          trust: trustOf({ evidence: x.evidence, endorsementKinds: x.endorsements.map((e) => e.kind) }),
        })),
      }));
      const config = {
        ...DEFAULT_MATCH_CONFIG,
        relatedCredit: 1,
        levelDecay: 0.25,
        focusPenalty: 0.8,
        focusHalf: 2,
        specificityReference: 0.05,
      };
      const other = MatchIndex.build(candidates, { neighbours, config });
      for (let j = 0; j < 12; j++) {
        const wanted = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(skillIds)))];
        const o = await rdb.prisma.opening.create({
          data: {
            hostAgencyId: a.nasa.id,
            title: `o${j}`,
            description: 'x',
            programType: 'GIG',
            commitmentPercent: 10,
            startDate: day(30),
            durationWeeks: 2,
            applicationDeadline: day(10),
            createdBySubject: 'seed',
            requireAllRequiredSkills: j % 4 === 0,
            skills: {
              create: wanted.map((skillId) => ({
                skillId,
                minLevel: 1 + Math.floor(rand() * 5),
                weight: pick([0.5, 1, 2, 3]),
                required: rand() < 0.4,
              })),
            },
          },
        });
        const engineOpening = await matchOpening(rdb.prisma, o);
        // The service's index (default config), and one with other parameters; both algorithms.
        for (const [config, index] of [
          [rapp.matching.config, rapp.matching],
          [other.config, other],
        ] as const) {
          for (const algorithm of ALGORITHMS) {
            const engine = index.search(engineOpening, { k: 1000, algorithm }).hits;
            const sql = await sqlReferenceMatches(rdb.prisma, o.id, {
              ...config,
              algorithm,
              requireAll: o.requireAllRequiredSkills,
            });
            expect(
              engine.map((h) => h.id),
              `opening ${j}, ${algorithm}, ${JSON.stringify(config)}`,
            ).toEqual(sql.map((r) => r.profileId));
            engine.forEach((h, i) => {
              expect(Math.abs(h.score - sql[i]!.score)).toBeLessThan(1e-6);
              expect(Math.abs(h.coverage - sql[i]!.coverage)).toBeLessThan(1e-6);
            });
          }
        }
      }
    } finally {
      await rdb.destroy();
    }
  });
});
