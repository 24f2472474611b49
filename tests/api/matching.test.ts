/**
 * Matching through the API: ranked candidates with explanations that recompute their scores,
 * eligibility, access, freshness within the process and across two instances, the reverse
 * recommendations, and the SQL reference against the engine on random data (PostgreSQL).
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Prisma } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddMySkillDocument, OpeningMatchesDocument, RecommendedOpeningsDocument, type ExplanationFieldsFragment } from '../../schema/generated/graphql.js';
import { MatchIndex } from '../../src/domain/matching/engine.js';
import { sqlReferenceMatches } from '../../src/matching/sql-reference.js';
import { matchOpening } from '../../src/schema/match.js';
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

async function person(key: string, agencyId: string, skills: [string, number][], extra: Partial<Prisma.ProfileUncheckedCreateInput> = {}) {
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

async function opening(key: string, skills: { skillId: string; minLevel: number; weight: number; required?: boolean }[], extra: Partial<Prisma.OpeningUncheckedCreateInput> = {}) {
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

/** The score, recomputed from the explanation alone. */
const recompute = (e: ExplanationFieldsFragment) => e.skills.reduce((sum, s) => sum + s.weight * s.similarity * s.levelFit, 0) / e.totalWeight;

beforeAll(async () => {
  db = await createPostgresDatabase();
  ag = await insertAgencies(db.prisma);
  sk = await insertSkills(db.prisma);
  // Python is narrower than Programming and related to the ESCO Python skill (fixtures).
  await person('expert', ag.gsa.id, [[sk.python.id, 5], [sk.database.id, 4]]);
  await person('junior', ag.gsa.id, [[sk.python.id, 2], [sk.database.id, 4]]);
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

async function matches(openingId: string, token = tok.hm!, filter?: { candidates: 'ALL' | 'DISCOVERABLE' | 'APPLICANTS' }) {
  const res = await app.gql(OpeningMatchesDocument, { id: openingId, first: 50, filter }, token);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const node = res.data!.node as { matches: { totalCount: number; edges: { node: { score: number; coverage: number; candidate: { id: string; givenName: string } | null; explanation: ExplanationFieldsFragment } }[] } };
  return node.matches;
}

describe('candidates for an opening', () => {
  it('ranks by skill overlap with explanations that recompute every score', async () => {
    const o = await opening('py-detail', [
      { skillId: sk.python.id, minLevel: 4, weight: 3, required: true },
      { skillId: sk.database.id, minLevel: 3, weight: 1 },
    ]);
    const m = await matches(o);
    const names = m.edges.map((e) => e.node.candidate?.givenName);
    // expert: 1; host (NASA staff may join a ROTATION): Python only, 3/4; junior: Python 2 of 4
    // → 0.25, database in full → (3·0.25 + 1)/4; esco: the related ESCO skill, 0.5 → 3·0.5/4.
    expect(names).toEqual(['expert', 'host', 'junior', 'esco']);
    expect(m.totalCount).toBe(4);
    const byName = Object.fromEntries(m.edges.map((e) => [e.node.candidate!.givenName, e.node]));
    expect(byName.expert!.score).toBe(1);
    expect(byName.junior!.score).toBeCloseTo((3 * 0.25 + 1) / 4, 12);
    expect(byName.esco!.score).toBeCloseTo((3 * 0.5) / 4, 12);
    expect(byName.junior!.coverage).toBe(0);
    expect(byName.esco!.explanation.skills[0]).toMatchObject({ match: 'RELATED', matchedSkill: { name: 'Python (computer programming)' }, candidateLevel: 5, similarity: 0.5, levelFit: 1, met: true });
    expect(byName.esco!.explanation.missingSkills.map((s) => s.name)).toEqual(['PostgreSQL']);
    for (const e of m.edges) {
      expect(e.node.explanation.algorithmVersion).toBe('skills-overlap/1');
      expect(recompute(e.node.explanation)).toBeCloseTo(e.node.score, 12);
      expect(e.node.explanation.skills.reduce((s, x) => s + x.contribution, 0)).toBeCloseTo(e.node.score, 12);
    }
  });

  it('gives the same page whether or not totalCount is asked for', async () => {
    const o = encodeGlobalID('Opening', ids['py-detail']!);
    const page = async (fields: string) =>
      (await app.gql<{ node: { matches: { totalCount?: number; edges: { node: { score: number } }[] } } }, object>(
        `query { node(id: "${o}") { ... on Opening { matches(first: 2) { ${fields} edges { node { score } } } } } }`,
        {},
        tok.hm,
      )).data!.node.matches;
    const counted = await page('totalCount');
    const plain = await page('');
    expect(counted.totalCount).toBe(4);
    expect(plain.edges).toEqual(counted.edges);
  });

  it('leaves out whoever is not eligible, and says who may ask', async () => {
    const o = await opening('detail-elig', [{ skillId: sk.python.id, minLevel: 3, weight: 1 }], { programType: 'DETAIL', commitmentPercent: 50 });
    const names = (await matches(o)).edges.map((e) => e.node.candidate?.givenName).sort();
    // hidden: not discoverable; busy: 20% available; senior: grade 15; host: NASA staff on a NASA detail.
    expect(names).toEqual(['esco', 'expert', 'junior']);
    // Applicants count even when not discoverable.
    await db.prisma.application.create({ data: { openingId: ids['detail-elig']!, profileId: ids.hidden!, supervisorApproval: 'NOT_REQUIRED' } });
    expect((await matches(o, tok.hm, { candidates: 'APPLICANTS' })).edges.map((e) => e.node.candidate?.givenName)).toEqual(['hidden']);
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
      data: { profileId: ids.expert!, homeAgencyId: ag.gsa.id, hostAgencyId: ag.doc.id, programType: 'DETAIL', status: 'APPROVED', startDate: day(45), endDate: day(60), commitmentPercent: 50 },
    });
    expect((await matches(o)).edges.map((e) => e.node.candidate?.givenName)).not.toContain('expert');
    await db.prisma.rotation.update({ where: { id: rotation.id }, data: { commitmentPercent: 40 } });
    expect((await matches(o)).edges.map((e) => e.node.candidate?.givenName)).toContain('expert');
    await db.prisma.rotation.delete({ where: { id: rotation.id } });
  });

  it('sees a profile change at once in this process', async () => {
    const o = await opening('fresh-here', [{ skillId: sk.dataAnalysis.id, minLevel: 2, weight: 1 }, { skillId: sk.technical.id, minLevel: 2, weight: 1 }]);
    const before = (await matches(o)).edges.find((e) => e.node.candidate?.givenName === 'noskill')!.node.score;
    const res = await app.gql(AddMySkillDocument, { input: { skill: encodeGlobalID('Skill', sk.technical.id), level: 3, evidence: [{ source: 'EXPERIENCE', title: 'Field work' }] } }, await app.token('EMPLOYEE', 'GSA', { subject: 'noskill' }));
    expect(res.data!.addMySkill.__typename).toBe('MutationAddMySkillSuccess');
    const after = (await matches(o)).edges.find((e) => e.node.candidate?.givenName === 'noskill')!.node.score;
    expect([before, after]).toEqual([0.5, 1]);
  });
});

describe('freshness across instances', () => {
  it('a change written through one instance reaches another within a second', async () => {
    const other = await createTestApp(db);
    const o = await opening('two-instances', [{ skillId: sk.programming.id, minLevel: 1, weight: 1 }]);
    const engineOpening = await matchOpening(db.prisma, { id: ids['two-instances']!, requireAllRequiredSkills: false });
    const scoreIn = (a: TestApp) => a.matching.search(engineOpening, { k: 50 }).hits.find((h) => h.id === ids.junior)?.score;
    expect(scoreIn(other)).toBe(0.5); // Python, narrower than Programming: partial credit
    const started = Date.now();
    // Written through the first instance; the second hears of it from PostgreSQL, not from us.
    await app.gql(AddMySkillDocument, { input: { skill: encodeGlobalID('Skill', sk.programming.id), level: 3, evidence: [{ source: 'TRAINING', title: 'Course' }] } }, await app.token('EMPLOYEE', 'GSA', { subject: 'junior' }));
    while (scoreIn(other) !== 1 && Date.now() - started < 1000) await new Promise((r) => setTimeout(r, 10));
    expect(scoreIn(other)).toBe(1);
    expect(Date.now() - started).toBeLessThan(1000);
    // And through GraphQL on the second instance.
    const res = await other.gql(OpeningMatchesDocument, { id: o, first: 50 }, await other.token('HIRING_MANAGER', 'NASA'));
    const junior = (res.data!.node as { matches: { edges: { node: { score: number; candidate: { givenName: string } | null } }[] } }).matches.edges.find((e) => e.node.candidate?.givenName === 'junior');
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
    for (const e of recs.edges) expect(recompute(e.node.explanation)).toBeCloseTo(e.node.score, 12);
    // A DETAIL at NASA is not offered to NASA staff.
    const hostRecs = await app.gql(RecommendedOpeningsDocument, { first: 50 }, await app.token('EMPLOYEE', 'NASA', { subject: 'host' }));
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
      const skillIds = Object.values(s).map((x) => x.id);
      let seed = 20261124;
      const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
      for (let i = 0; i < 150; i++) {
        const mine = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(skillIds)))];
        await rdb.prisma.profile.create({
          data: { agencyId: a.gsa.id, givenName: `p${i}`, familyName: 'R', skills: { create: mine.map((skillId) => ({ skillId, level: 1 + Math.floor(rand() * 5) })) } },
        });
      }
      const rapp = await createTestApp(rdb);
      const neighbours = (id: string) => rapp.matching.neighboursOf(id);
      const people = await rdb.prisma.profile.findMany({ select: { id: true, skills: { select: { skillId: true, level: true } } } });
      const other = MatchIndex.build(people, { neighbours, config: { relatedCredit: 1, levelDecay: 0.25 } });
      for (let j = 0; j < 12; j++) {
        const wanted = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(skillIds)))];
        const o = await rdb.prisma.opening.create({
          data: {
            hostAgencyId: a.nasa.id, title: `o${j}`, description: 'x', programType: 'GIG', commitmentPercent: 10, startDate: day(30), durationWeeks: 2,
            applicationDeadline: day(10), createdBySubject: 'seed', requireAllRequiredSkills: j % 4 === 0,
            skills: { create: wanted.map((skillId) => ({ skillId, minLevel: 1 + Math.floor(rand() * 5), weight: pick([0.5, 1, 2, 3]), required: rand() < 0.4 })) },
          },
        });
        const engineOpening = await matchOpening(rdb.prisma, o);
        // The service's index (default config), and one with full related credit and a steeper decay.
        for (const [config, index] of [
          [rapp.matching.config, rapp.matching],
          [other.config, other],
        ] as const) {
          const engine = index.search(engineOpening, { k: 1000 }).hits;
          const sql = await sqlReferenceMatches(rdb.prisma, o.id, { ...config, requireAll: o.requireAllRequiredSkills });
          expect(engine.map((h) => h.id), `opening ${j}, ${JSON.stringify(config)}`).toEqual(sql.map((r) => r.profileId));
          engine.forEach((h, i) => {
            expect(Math.abs(h.score - sql[i]!.score)).toBeLessThan(1e-6);
            expect(Math.abs(h.coverage - sql[i]!.coverage)).toBeLessThan(1e-6);
          });
        }
      }
    } finally {
      await rdb.destroy();
    }
  });
});
