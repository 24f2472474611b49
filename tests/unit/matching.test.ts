/** The match score by hand, and the engine against the reference explain() on random data. */
import { describe, expect, it } from 'vitest';
import { MatchIndex, type SearchOptions } from '../../src/matching/engine/engine.js';
import { creditedNeighbours, MAX_EQUIVALENTS } from '../../src/matching/engine/neighbours.js';
import {
  ALGORITHMS,
  V1_DEFAULTS,
  buildNeighbours,
  explain,
  resolveConfig,
  trustOf,
  scoreFromExplanation,
  toCandidate,
  type Algorithm,
  type Candidate,
  type MatchConfig,
  type Neighbour,
  type Neighbours,
  type Opening,
  type ScoreContext,
} from '../../src/matching/engine/score.js';

const V1: Algorithm = 'skills-overlap/1';
/** skills-overlap/1 by hand, with the arguments the old signature took. */
const explain1 = (opening: Opening, c: Candidate, neighbours?: Neighbours, config?: Partial<MatchConfig>) =>
  explain(opening, c, { algorithm: V1, neighbours, config: { ...V1_DEFAULTS, ...config } });

// --- helpers ---------------------------------------------------------------------------------

/** Small seeded PRNG (mulberry32), so failures reproduce. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]! };
}
type Rng = ReturnType<typeof rng>;

const skill = (i: number) => `S${i}`;

/**
 * A random taxonomy over `n` skills, both directions: broader/narrower pairs (some two hops,
 * some through a group), related links (some dependencies) and cross-scheme equivalents.
 */
function randomTaxonomy(r: Rng, n: number, edges: number): Neighbours {
  const map = new Map<string, Neighbour[]>();
  const add = (from: string, n: Omit<Neighbour, 'skillId'> & { skillId: string }) => {
    const list = map.get(from) ?? [];
    list.push(n);
    map.set(from, list);
  };
  for (let e = 0; e < edges; e++) {
    const a = skill(r.int(0, n - 1));
    const b = skill(r.int(0, n - 1));
    const x = r.next();
    if (x < 0.5) {
      const distance = r.next() < 0.25 ? 2 : 1;
      const viaGroup = r.next() < 0.15;
      add(a, { skillId: b, relation: 'BROADER', distance, viaGroup }); // b is broader than a
      add(b, { skillId: a, relation: 'NARROWER', distance, viaGroup });
    } else if (x < 0.8) {
      const dependency = r.next() < 0.3;
      add(a, { skillId: b, relation: 'RELATED', dependency });
      add(b, { skillId: a, relation: 'RELATED', dependency });
    } else {
      const strength = r.pick([0.2, 0.55, 0.7, 0.93, 1]);
      add(a, { skillId: b, relation: 'EQUIVALENT', strength });
      add(b, { skillId: a, relation: 'EQUIVALENT', strength });
    }
  }
  return (id) => map.get(id) ?? [];
}

function randomProfiles(r: Rng, count: number, nSkills: number, maxSkills = 8, idPrefix = 'p'): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < count; i++) {
    const skills = [];
    const m = r.int(0, maxSkills);
    for (let j = 0; j < m; j++) skills.push({ skillId: skill(r.int(0, nSkills - 1)), level: r.int(1, 5), trust: r.int(0, 4) });
    // Ids whose code-unit order differs from numeric order ('p10' < 'p9') and from locale order.
    out.push({ id: `${r.next() < 0.2 ? idPrefix.toUpperCase() : idPrefix}${i}`, skills });
  }
  return out;
}

function randomOpening(r: Rng, nSkills: number, maxSkills = 6): Opening {
  const skills = [];
  const m = r.int(1, maxSkills);
  for (let j = 0; j < m; j++) {
    skills.push({ skillId: skill(r.int(0, nSkills - 1)), weight: r.int(1, 4), minLevel: r.int(1, 5), required: r.next() < 0.4 });
  }
  return { skills, requireAllRequiredSkills: r.next() < 0.3 };
}

/** The ranking read off the definition: explain() every candidate, filter, sort. */
function referenceRanking(
  opening: Opening,
  profiles: Iterable<Candidate>,
  context: ScoreContext,
  eligible?: (id: string) => boolean,
) {
  return [...profiles]
    .map((p) => explain(opening, p, context))
    .filter(
      (e) => e.score > 0 && (!opening.requireAllRequiredSkills || e.coverage === 1) && (!eligible || eligible(e.candidateId)),
    )
    .sort((a, b) => b.score - a.score || (a.candidateId < b.candidateId ? -1 : 1))
    .map((e) => ({ id: e.candidateId, score: e.score, coverage: e.coverage }));
}

const CONFIGS: Partial<MatchConfig>[] = [
  {},
  { relatedCredit: 0 },
  { levelDecay: 0 },
  { relatedCredit: 0.3, levelDecay: 0.7 },
  { relatedCredit: 1, levelDecay: 1 },
  { relatedCredit: 0.5, levelDecay: 0.25 },
];

// --- the score by hand -----------------------------------------------------------------------

describe('match score, hand-computed', () => {
  const taxonomy: Neighbours = (id) =>
    ({
      A: [
        { skillId: 'A-broad', relation: 'BROADER' as const },
        { skillId: 'A-rel', relation: 'RELATED' as const },
      ],
      B: [{ skillId: 'B-narrow', relation: 'NARROWER' as const }],
    })[id] ?? [];

  it('exact matches at or above the minimum earn full credit', () => {
    const opening: Opening = {
      skills: [
        { skillId: 'A', weight: 2, minLevel: 3, required: true },
        { skillId: 'B', weight: 1, minLevel: 2, required: false },
      ],
    };
    const e = explain1(
      opening,
      {
        id: 'c',
        skills: [
          { skillId: 'A', level: 4 },
          { skillId: 'B', level: 2 },
        ],
      },
      taxonomy,
    );
    expect(e.score).toBe(1);
    expect(e.coverage).toBe(1);
    expect(e.missing).toEqual([]);
    expect(e.skills.map((s) => [s.match, s.matchedSkillId, s.candidateLevel, s.credit, s.contribution])).toEqual([
      ['EXACT', 'A', 4, 1, 2 / 3],
      ['EXACT', 'B', 2, 1, 1 / 3],
    ]);
    expect(e.algorithmVersion).toBe(V1);
    expect(e.config).toMatchObject({ relatedCredit: 0.5, levelDecay: 0.5 });
  });

  it('a level below the minimum decays by levelDecay per level', () => {
    const opening: Opening = {
      skills: [
        { skillId: 'A', weight: 2, minLevel: 3, required: false },
        { skillId: 'B', weight: 1, minLevel: 2, required: false },
      ],
    };
    const e = explain1(opening, {
      id: 'c',
      skills: [
        { skillId: 'A', level: 1 },
        { skillId: 'B', level: 2 },
      ],
    });
    expect(e.skills[0]).toMatchObject({ levelFit: 0.25, credit: 0.25, contribution: 0.5 / 3 });
    expect(e.score).toBe((2 * 0.25 + 1) / 3); // 0.5
    expect(
      explain1(opening, { id: 'c', skills: [{ skillId: 'A', level: 2 }] }, undefined, { levelDecay: 0.8 }).score,
    ).toBeCloseTo((2 * 0.8) / 3, 15);
  });

  it('a direct neighbour earns relatedCredit, and relatedCredit 0 turns it off', () => {
    const opening: Opening = { skills: [{ skillId: 'A', weight: 1, minLevel: 3, required: true }] };
    const broad = explain1(opening, { id: 'c', skills: [{ skillId: 'A-broad', level: 3 }] }, taxonomy);
    expect(broad.skills[0]).toMatchObject({
      match: 'BROADER',
      matchedSkillId: 'A-broad',
      similarity: 0.5,
      levelFit: 1,
      credit: 0.5,
    });
    expect(broad.score).toBe(0.5);
    expect(broad.coverage).toBe(1); // met: credit > 0 and the matched level ≥ the minimum
    const low = explain1(opening, { id: 'c', skills: [{ skillId: 'A-rel', level: 2 }] }, taxonomy);
    expect(low.skills[0]).toMatchObject({ match: 'RELATED', credit: 0.25, met: false });
    expect(low.coverage).toBe(0);
    const off = explain1(opening, { id: 'c', skills: [{ skillId: 'A-broad', level: 5 }] }, taxonomy, { relatedCredit: 0 });
    expect(off.skills[0]).toMatchObject({ match: 'NONE', matchedSkillId: null, candidateLevel: null, credit: 0 });
    expect(off.score).toBe(0);
    expect(off.missing).toEqual(['A']);
    // Two hops away earns nothing.
    expect(
      explain1(
        { skills: [{ skillId: 'B', weight: 1, minLevel: 1, required: false }] },
        { id: 'c', skills: [{ skillId: 'A', level: 5 }] },
        taxonomy,
      ).score,
    ).toBe(0);
  });

  it('the matched skill: best credit, then exact before neighbour, then higher level, then skill id', () => {
    const opening: Opening = { skills: [{ skillId: 'A', weight: 1, minLevel: 3, required: true }] };
    // Exact at level 2 (credit 0.5) ties a neighbour at level 5 (0.5 · 1): exact wins, not met.
    const tie = explain1(
      opening,
      {
        id: 'c',
        skills: [
          { skillId: 'A-broad', level: 5 },
          { skillId: 'A', level: 2 },
        ],
      },
      taxonomy,
    );
    expect(tie.skills[0]).toMatchObject({ match: 'EXACT', candidateLevel: 2, credit: 0.5, met: false });
    expect(tie.coverage).toBe(0);
    // Two neighbours with equal credit: the higher level, then the smaller skill id.
    const n2 = explain1(
      opening,
      {
        id: 'c',
        skills: [
          { skillId: 'A-rel', level: 3 },
          { skillId: 'A-broad', level: 4 },
        ],
      },
      taxonomy,
    );
    expect(n2.skills[0]).toMatchObject({ matchedSkillId: 'A-broad', candidateLevel: 4 });
    const n3 = explain1(
      opening,
      {
        id: 'c',
        skills: [
          { skillId: 'A-rel', level: 4 },
          { skillId: 'A-broad', level: 4 },
        ],
      },
      taxonomy,
    );
    expect(n3.skills[0]).toMatchObject({ matchedSkillId: 'A-broad', match: 'BROADER' });
    // A better neighbour beats a weak exact match.
    const better = explain1(
      opening,
      {
        id: 'c',
        skills: [
          { skillId: 'A', level: 1 },
          { skillId: 'A-rel', level: 3 },
        ],
      },
      taxonomy,
    );
    expect(better.skills[0]).toMatchObject({ match: 'RELATED', credit: 0.5, met: true });
  });

  it('coverage counts required skills met; requireAllRequiredSkills excludes the rest', () => {
    const opening: Opening = {
      skills: [
        { skillId: 'A', weight: 3, minLevel: 3, required: true },
        { skillId: 'B', weight: 2, minLevel: 3, required: true },
        { skillId: 'C', weight: 1, minLevel: 1, required: false },
      ],
    };
    const half = {
      id: 'half',
      skills: [
        { skillId: 'A', level: 3 },
        { skillId: 'B', level: 2 },
      ],
    };
    const full = {
      id: 'full',
      skills: [
        { skillId: 'A', level: 5 },
        { skillId: 'B', level: 3 },
      ],
    };
    const optional = { id: 'optional', skills: [{ skillId: 'C', level: 1 }] };
    const e = explain1(opening, half);
    expect(e.coverage).toBe(0.5);
    expect([e.requiredMet, e.requiredTotal]).toEqual([1, 2]);
    expect(e.score).toBe((3 + 2 * 0.5) / 6);
    expect(e.missing).toEqual(['C']);
    expect(explain1({ skills: [{ skillId: 'C', weight: 1, minLevel: 1, required: false }] }, half).coverage).toBe(1); // none required
    const index = MatchIndex.build([half, full, optional], { algorithm: V1, config: V1_DEFAULTS });
    expect(index.search(opening, { k: 10 })).toEqual({
      hits: [
        { id: 'full', score: 5 / 6, coverage: 1 },
        { id: 'half', score: 4 / 6, coverage: 0.5 },
        { id: 'optional', score: 1 / 6, coverage: 0 },
      ],
      total: 3,
      algorithmVersion: V1,
    });
    const all = { ...opening, requireAllRequiredSkills: true };
    expect(index.search(all, { k: 10 })).toMatchObject({ hits: [{ id: 'full', coverage: 1 }], total: 1 });
    expect(index.searchExhaustive(all, { k: 10 })).toMatchObject({ hits: [{ id: 'full', coverage: 1 }], total: 1 });
  });

  it('ties break by id in code-unit order, not locale order', () => {
    const skills = [{ skillId: 'A', level: 3 }];
    const ids = ['b', 'a', 'B', 'a2', 'Z', 'é', '10', '9'];
    const index = MatchIndex.build(
      ids.map((id) => ({ id, skills })),
      { algorithm: V1 },
    );
    const opening: Opening = { skills: [{ skillId: 'A', weight: 1, minLevel: 3, required: false }] };
    expect(index.search(opening, { k: 10 }).hits.map((h) => h.id)).toEqual(['10', '9', 'B', 'Z', 'a', 'a2', 'b', 'é']);
    expect(index.search(opening, { k: 3 }).hits.map((h) => h.id)).toEqual(['10', '9', 'B']);
  });

  it('the score is reproducible from the explanation alone', () => {
    const r = rng(7);
    const neighbours = randomTaxonomy(r, 30, 40);
    const profiles = randomProfiles(r, 100, 30);
    for (const config of CONFIGS) {
      for (let q = 0; q < 10; q++) {
        const opening = randomOpening(r, 30);
        for (const p of profiles) {
          const e = explain(opening, p, {
            algorithm: r.pick(ALGORITHMS),
            neighbours,
            config,
            prevalence: (id) => (id.charCodeAt(1) % 10) / 10,
          });
          expect(Math.abs(scoreFromExplanation(e) - e.score)).toBeLessThanOrEqual(1e-12);
          expect(scoreFromExplanation(JSON.parse(JSON.stringify(e)))).toBe(e.score); // exact, even after JSON
          expect(e.score).toBeGreaterThanOrEqual(0);
          expect(e.score).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('refuses malformed input', () => {
    expect(() =>
      explain1({ skills: [{ skillId: 'A', weight: 0, minLevel: 1, required: false }] }, { id: 'c', skills: [] }),
    ).toThrow(RangeError);
    expect(() =>
      explain1({ skills: [{ skillId: 'A', weight: 1, minLevel: 6, required: false }] }, { id: 'c', skills: [] }),
    ).toThrow(RangeError);
    expect(() => explain1({ skills: [] }, { id: 'c', skills: [] }, undefined, { relatedCredit: 1.5 })).toThrow(RangeError);
    expect(() => MatchIndex.build([{ id: 'c', skills: [{ skillId: 'A', level: 0 }] }])).toThrow(RangeError);
    expect(() =>
      MatchIndex.build([
        { id: 'c', skills: [] },
        { id: 'c', skills: [] },
      ]),
    ).toThrow(/duplicate/);
    expect(() => MatchIndex.build([]).search({ skills: [] }, { k: -1 })).toThrow(RangeError);
  });

  it('trust comes from evidence and endorsements, never from education or a self-assessment', () => {
    const t = (
      evidence: { source: string; verifiedAt?: Date | null; rotationId?: string | null }[],
      endorsementKinds: string[] = [],
    ) => trustOf({ evidence, endorsementKinds });
    expect(t([])).toBe(0);
    // A degree, even verified, and a self-assessment leave the claim unbacked.
    expect(t([{ source: 'EDUCATION', verifiedAt: new Date() }, { source: 'SELF_ASSESSED' }])).toBe(0);
    expect(t([{ source: 'TRAINING' }])).toBe(1);
    expect(t([{ source: 'EXPERIENCE' }], ['ENDORSEMENT'])).toBe(2);
    expect(t([], ['ENDORSEMENT', 'SUPERVISOR_ATTESTATION'])).toBe(3);
    expect(t([{ source: 'CERTIFICATION', verifiedAt: new Date() }])).toBe(4);
    expect(t([{ source: 'ROTATION', rotationId: 'r1' }])).toBe(4);
    expect(t([{ source: 'ROTATION', rotationId: null }])).toBe(1);
    // Under /2 an unbacked expert claim counts as intermediate, at 0.8; verified, in full.
    const opening: Opening = { skills: [{ skillId: 'A', weight: 1, minLevel: 5, required: true }] };
    const claimed = explain(opening, { id: 'c', skills: [{ skillId: 'A', level: 5, trust: 0 }] });
    expect(claimed.skills[0]).toMatchObject({ trustedLevel: 3, levelFit: 0.7 ** 2, trustFactor: 0.8, met: true });
    expect(explain(opening, { id: 'c', skills: [{ skillId: 'A', level: 5, trust: 4 }] }).score).toBe(1);
  });

  it('focus: skills the opening did not ask for dilute, with saturation; a generalist with everything still ranks first', () => {
    const opening: Opening = { skills: ['A', 'B', 'C'].map((skillId) => ({ skillId, weight: 1, minLevel: 3, required: true })) };
    const held = (ids: string[]) => ids.map((skillId) => ({ skillId, level: 4, trust: 4 }));
    const extra = (n: number) => Array.from({ length: n }, (_, i) => `X${i}`);
    const specialist = explain(opening, { id: 's', skills: held(['A', 'B', 'C']) });
    const generalist = explain(opening, { id: 'g', skills: held(['A', 'B', 'C', ...extra(20)]) });
    const claimsAll = explain(opening, { id: 'x', skills: held(['A', 'B', ...extra(300)]) });
    const partial = explain(opening, { id: 'p', skills: held(['A', 'B']) });
    expect(specialist.score).toBe(1);
    expect(generalist).toMatchObject({ profileSkills: 23, relatedSkills: 3, focus: 1 - (0.7 * 20) / 40 });
    expect(generalist.score).toBeCloseTo(0.65, 12);
    expect(claimsAll.focus).toBeCloseTo(1 - (0.7 * 300) / 320, 12);
    // Two of three skills and nothing else beats the same two among 300 claims, and the generalist beats both.
    expect(partial.score).toBeGreaterThan(claimsAll.score * 2);
    expect(generalist.score).toBeGreaterThan(partial.score * 0.9);
  });

  it('similarity by relation: narrower over broader, never through a group or a dependency, equivalents by strength', () => {
    const neighbours = buildNeighbours({
      hierarchy: [
        { broaderId: 'GROUP', narrowerId: 'A' },
        { broaderId: 'A', narrowerId: 'A1' },
        { broaderId: 'A1', narrowerId: 'A11' },
        { broaderId: 'GROUP', narrowerId: 'SIB' },
      ],
      groups: new Set(['GROUP']),
      relations: [
        { fromId: 'A', toId: 'DEP', kind: 'ESSENTIAL_FOR' },
        { fromId: 'A', toId: 'REL', kind: 'RELATED' },
        { fromId: 'ONET-A', toId: 'A', kind: 'EQUIVALENT', strength: 0.62 },
      ],
    });
    const score = (openingSkill: string, held: string) =>
      explain(
        { skills: [{ skillId: openingSkill, weight: 1, minLevel: 1, required: false }] },
        { id: 'c', skills: [{ skillId: held, level: 5, trust: 4 }] },
        { neighbours },
      ).skills[0]!;
    expect(score('A', 'A1')).toMatchObject({ match: 'NARROWER', distance: 1, similarity: 0.8 });
    expect(score('A', 'A11')).toMatchObject({ match: 'NARROWER', distance: 2, similarity: 0.6 });
    expect(score('A1', 'A')).toMatchObject({ match: 'BROADER', distance: 1, similarity: 0.5 });
    expect(score('A11', 'A')).toMatchObject({ match: 'BROADER', distance: 2, similarity: 0.25 });
    expect(score('A', 'GROUP')).toMatchObject({ match: 'NONE', credit: 0 }); // a group is not a skill anyone holds
    expect(score('A', 'SIB')).toMatchObject({ match: 'NONE' });
    expect(score('A', 'DEP')).toMatchObject({ match: 'NONE' }); // a dependency is not a likeness
    expect(score('A', 'REL')).toMatchObject({ match: 'RELATED', similarity: 0.3 });
    expect(score('A', 'ONET-A')).toMatchObject({ match: 'EQUIVALENT', similarity: 0.6 }); // 0.62 to a step of 0.05
    expect(score('ONET-A', 'A')).toMatchObject({ match: 'EQUIVALENT', similarity: 0.6 });
    // At most MAX_EQUIVALENTS equivalents count, the strongest, then by skill ID.
    const many = buildNeighbours({
      hierarchy: [],
      groups: new Set(),
      relations: Array.from({ length: 30 }, (_, i) => ({
        fromId: 'E',
        toId: `Q${String(i).padStart(2, '0')}`,
        kind: 'EQUIVALENT',
        strength: i < 10 ? 0.4 : 0.8,
      })),
    });
    const credited = creditedNeighbours('E', many, 'skills-overlap/2', resolveConfig());
    expect(credited.size).toBe(MAX_EQUIVALENTS);
    expect([...credited.keys()].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `Q${i + 10}`));
  });

  it('toCandidate keeps only the id and the skills', () => {
    const profile = {
      id: 'x',
      givenName: 'Ada',
      education: ['PhD'],
      agency: 'NASA',
      skills: [{ skillId: 'A', level: 3, evidence: 'cert' }],
    };
    expect(toCandidate(profile)).toEqual({ id: 'x', skills: [{ skillId: 'A', level: 3, trust: 0 }] });
  });
});

// --- the engine ------------------------------------------------------------------------------

describe.each(ALGORITHMS)('matching engine, %s', (algorithm) => {
  /** What explain() needs to score like this index (its prevalence snapshot included). */
  const like = (index: MatchIndex, neighbours?: Neighbours, config?: Partial<MatchConfig>): ScoreContext => ({
    algorithm,
    neighbours,
    config,
    prevalence: (s) => index.prevalence(s),
  });
  const N_SKILLS = 40;

  it('ranks exactly like explain(): same scores (bit for bit), same order, same total', () => {
    const r = rng(1);
    const neighbours = randomTaxonomy(r, N_SKILLS, 60);
    const profiles = randomProfiles(r, 400, N_SKILLS);
    for (const config of CONFIGS) {
      // Small blocks, so that several blocks and the pruning between them are exercised.
      const index = MatchIndex.build(profiles, {
        algorithm,
        neighbours,
        config,
        blockSize: r.pick([37, 64, 4096]),
        listRatio: r.pick([0, 4]),
      });
      for (let q = 0; q < 25; q++) {
        const opening = randomOpening(r, N_SKILLS);
        const ref = referenceRanking(opening, profiles, like(index, neighbours, config));
        for (const res of [index.search(opening, { k: 1000 }), index.searchExhaustive(opening, { k: 1000 })]) {
          expect(res.total).toBe(ref.length);
          expect(res.hits).toEqual(ref);
        }
        const top = index.search(opening, { k: 5 });
        expect(top.hits).toEqual(ref.slice(0, 5));
        for (const h of ref.slice(0, 3)) {
          const e = index.explain(opening, h.id)!;
          expect(e.score).toBe(h.score);
          expect(e).toEqual(
            explain(
              opening,
              { ...profiles.find((p) => p.id === h.id)!, skillCount: e.profileSkills },
              like(index, neighbours, config),
            ),
          );
        }
      }
    }
  });

  it('pruned search() returns the same as searchExhaustive(), ties, pages, filters and all', () => {
    const r = rng(2);
    const neighbours = randomTaxonomy(r, 12, 10);
    // Few skills and integer weights: lots of exactly equal scores.
    const profiles = randomProfiles(r, 600, 12, 5);
    let closed = 0;
    let galloped = 0;
    for (const config of CONFIGS) {
      const index = MatchIndex.build(profiles, {
        algorithm,
        neighbours,
        config,
        blockSize: r.pick([16, 50, 128]),
        listRatio: r.pick([0, 0, 1, 4]),
      });
      for (let q = 0; q < 40; q++) {
        const opening = randomOpening(r, 12, 8);
        const hidden = new Set(profiles.filter(() => r.next() < 0.2).map((p) => p.id));
        const options: SearchOptions = {
          k: r.pick([1, 2, 5, 20]),
          offset: r.pick([0, 0, 3, 17]),
          countTotal: r.next() < 0.5,
          eligible: r.next() < 0.5 ? (id) => !hidden.has(id) : undefined,
        };
        const exhaustive = index.searchExhaustive(opening, options);
        expect(index.search(opening, options)).toEqual(exhaustive);
        if (index.lastTrace.closedBlocks > 0) closed++;
        if (index.lastTrace.galloped > 0) galloped++;
        const ref = referenceRanking(opening, profiles, like(index, neighbours, config), options.eligible);
        expect(exhaustive.hits).toEqual(ref.slice(options.offset, options.offset! + options.k));
        expect(exhaustive.total).toBe(options.countTotal ? ref.length : null);
      }
    }
    // The pruning paths were exercised, not just the exhaustive one.
    expect(closed).toBeGreaterThan(20);
    expect(galloped).toBeGreaterThan(10);
  });

  it('pruning skips work on a skewed opening, and still agrees', () => {
    const r = rng(3);
    const profiles = randomProfiles(r, 3000, 20, 10);
    const index = MatchIndex.build(profiles, { algorithm, blockSize: 256, listRatio: 0 });
    let calls = 0;
    const eligible = (id: string) => (calls++, !id.endsWith('7'));
    for (let q = 0; q < 20; q++) {
      const opening: Opening = {
        skills: [
          { skillId: skill(r.int(0, 19)), weight: 10, minLevel: r.int(1, 5), required: true },
          { skillId: skill(r.int(0, 19)), weight: 8, minLevel: r.int(1, 5), required: false },
          ...[1, 2, 3, 4].map(() => ({
            skillId: skill(r.int(0, 19)),
            weight: 1,
            minLevel: r.int(1, 5),
            required: r.next() < 0.3,
          })),
        ],
        requireAllRequiredSkills: q % 2 === 0,
      };
      calls = 0;
      const pruned = index.search(opening, { k: 10, eligible, countTotal: false });
      const prunedCalls = calls;
      expect(index.lastTrace.closedBlocks).toBeGreaterThan(0);
      calls = 0;
      const full = index.searchExhaustive(opening, { k: 10, eligible });
      expect(pruned.hits).toEqual(full.hits);
      expect(prunedCalls).toBeLessThanOrEqual(calls);
      expect(calls).toBe(referenceRanking(opening, profiles, like(index)).length); // the count needs every scored doc
      expect(prunedCalls).toBeLessThan(Math.max(60, full.total! / 2)); // lazy: only docs that could make the page
    }
  });

  it('gallops long lists for the few candidates of a rare required skill', () => {
    const r = rng(9);
    const taxonomy: Neighbours = (id) =>
      id === 'RARE' ? [{ skillId: 'RARE-2', relation: 'RELATED' }] : id === 'P0' ? [{ skillId: 'P1', relation: 'BROADER' }] : [];
    const profiles: Candidate[] = [];
    for (let i = 0; i < 5000; i++) {
      const skills = ['P0', 'P1', 'P2', 'P3'].filter(() => r.next() < 0.6).map((skillId) => ({ skillId, level: r.int(1, 5) }));
      if (r.next() < 0.01) skills.push({ skillId: 'RARE', level: r.int(1, 5) });
      if (r.next() < 0.01) skills.push({ skillId: 'RARE-2', level: r.int(1, 5) });
      profiles.push({ id: `q${r.int(0, 1e9)}-${i}`, skills });
    }
    const index = MatchIndex.build(profiles, { algorithm, neighbours: taxonomy, blockSize: 2048 });
    for (const requireAllRequiredSkills of [true, false]) {
      const opening: Opening = {
        skills: [
          { skillId: 'P0', weight: 1, minLevel: 3, required: false },
          { skillId: 'RARE', weight: 10, minLevel: 2, required: true },
          { skillId: 'P2', weight: 1, minLevel: 2, required: false },
          { skillId: 'P3', weight: 1, minLevel: 4, required: true },
        ],
        requireAllRequiredSkills,
      };
      for (const countTotal of [true, false]) {
        const res = index.search(opening, { k: 5, countTotal });
        if (requireAllRequiredSkills) expect(index.lastTrace.galloped).toBeGreaterThan(0);
        expect(res).toEqual(index.searchExhaustive(opening, { k: 5, countTotal }));
        const ref = referenceRanking(opening, profiles, like(index, taxonomy));
        expect(res.hits).toEqual(ref.slice(0, 5));
        expect(res.total).toBe(countTotal ? ref.length : null);
      }
    }
  });

  it('keeps exact ties by id across blocks, with weights that do not add up exactly', () => {
    // Same skills for everyone, ids decreasing with the doc number: the page is made of the last
    // docs, each tying the heap's worst at a score that θ·W does not reproduce exactly.
    // With these weights (score / W) · W > sum for levels 3, 2, 4: a margin-free bound would lose the tie.
    for (const [wa, wb, wc] of [
      [0.11, 0.48, 1.43],
      [0.64, 1.54, 2.55],
      [0.1, 0.7, 0.3],
    ]) {
      const opening: Opening = {
        skills: [
          { skillId: 'A', weight: wa!, minLevel: 3, required: false },
          { skillId: 'B', weight: wb!, minLevel: 2, required: true },
          { skillId: 'C', weight: wc!, minLevel: 5, required: false },
        ],
      };
      const levels = [3, 2, 4];
      const profiles = Array.from({ length: 300 }, (_, i) => ({
        id: `id${String(1000 - i).padStart(4, '0')}`,
        skills: ['A', 'B', 'C'].map((skillId, j) => ({ skillId, level: levels[j]! })),
      }));
      const index = MatchIndex.build(profiles, {
        algorithm,
        blockSize: 7,
        listRatio: 0,
        config: { relatedCredit: 0.3, levelDecay: 0.7 },
      });
      const expected = profiles
        .slice(-5)
        .reverse()
        .map((p) => p.id);
      expect(index.search(opening, { k: 5 }).hits.map((h) => h.id)).toEqual(expected);
      expect(index.search(opening, { k: 5, countTotal: false }).hits.map((h) => h.id)).toEqual(expected);
    }
  });

  it('calls the eligibility predicate at most once per doc and respects it', () => {
    const r = rng(4);
    const profiles = randomProfiles(r, 500, 10);
    const index = MatchIndex.build(profiles, { algorithm, blockSize: 64, listRatio: 0 });
    for (let q = 0; q < 10; q++) {
      const opening = randomOpening(r, 10);
      const seen = new Map<string, number>();
      const eligible = (id: string) => {
        seen.set(id, (seen.get(id) ?? 0) + 1);
        return id.length % 2 === 0;
      };
      for (const countTotal of [true, false]) {
        seen.clear();
        const res = index.search(opening, { k: 7, eligible, countTotal });
        expect([...seen.values()].every((n) => n === 1)).toBe(true);
        expect(res.hits.every((h) => h.id.length % 2 === 0)).toBe(true);
        const ref = referenceRanking(opening, profiles, like(index), (id) => id.length % 2 === 0);
        expect(res.hits).toEqual(ref.slice(0, 7));
        if (countTotal) expect(res.total).toBe(ref.length);
      }
    }
  });

  it('pages by offset and by cursor add up to the full ranking', () => {
    const r = rng(5);
    const neighbours = randomTaxonomy(r, 15, 15);
    const profiles = randomProfiles(r, 500, 15, 5);
    const index = MatchIndex.build(profiles, { algorithm, neighbours, blockSize: 40, listRatio: 0 });
    for (let q = 0; q < 10; q++) {
      const opening = randomOpening(r, 15);
      const full = index.search(opening, { k: 10_000 }).hits;
      const byOffset = [];
      const byCursor = [];
      let after: SearchOptions['after'];
      for (let offset = 0; offset < full.length + 7; offset += 7) {
        const page = index.search(opening, { k: 7, offset, countTotal: false });
        byOffset.push(...page.hits);
        const cpage = index.search(opening, { k: 7, after, countTotal: offset % 2 === 0 });
        byCursor.push(...cpage.hits);
        const last = cpage.hits.at(-1);
        if (last) after = { score: last.score, id: last.id };
      }
      expect(byOffset).toEqual(full);
      expect(byCursor).toEqual(full);
    }
  });

  it('upsert, remove and compact give the same results as a fresh build', () => {
    const r = rng(6);
    const neighbours = randomTaxonomy(r, 25, 30);
    const initial = randomProfiles(r, 300, 25);
    const current = new Map(initial.map((p) => [p.id, p]));
    // A fixed prevalence: the indexes' own snapshots differ by when they last compacted.
    const prevalence = (s: string) => (s.charCodeAt(s.length - 1) % 7) / 10;
    const incremental = MatchIndex.build(initial, {
      algorithm,
      neighbours,
      prevalence,
      compactMinPostings: 400,
      compactRatio: 0,
      blockSize: 32,
      listRatio: 0,
    });
    const noCompaction = MatchIndex.build(initial, { algorithm, neighbours, prevalence, autoCompact: false, blockSize: 100 });
    const check = () => {
      const fresh = MatchIndex.build(current.values(), { algorithm, neighbours, prevalence });
      expect(incremental.size).toBe(current.size);
      expect(incremental.stats().postings).toBe(fresh.stats().postings);
      for (let q = 0; q < 5; q++) {
        const opening = randomOpening(r, 25);
        const options = { k: r.pick([3, 50]), countTotal: true };
        const expected = fresh.search(opening, options);
        expect(incremental.search(opening, options)).toEqual(expected);
        expect(incremental.searchExhaustive(opening, options)).toEqual(expected);
        expect(noCompaction.search(opening, options)).toEqual(expected);
        expect(expected.hits).toEqual(
          referenceRanking(opening, current.values(), { algorithm, neighbours, prevalence }).slice(0, options.k),
        );
      }
    };
    for (let round = 0; round < 12; round++) {
      for (let op = 0; op < 40; op++) {
        const x = r.next();
        if (x < 0.35) {
          const [p] = randomProfiles(r, 1, 28, 8, `new${round}_${op}_`); // may bring unseen skills
          current.set(p!.id, p!);
          incremental.upsert(p!);
          noCompaction.upsert(p!);
        } else if (x < 0.75 && current.size > 0) {
          const id = r.pick([...current.keys()]);
          const [p] = randomProfiles(r, 1, 28);
          const changed = { id, skills: p!.skills };
          current.set(id, changed);
          incremental.upsert(changed);
          noCompaction.upsert(changed);
        } else if (current.size > 0) {
          const id = r.pick([...current.keys()]);
          current.delete(id);
          expect(incremental.remove(id)).toBe(true);
          expect(noCompaction.remove(id)).toBe(true);
          expect(incremental.remove(id)).toBe(false);
          noCompaction.remove(id);
        }
      }
      check();
      if (round === 5) noCompaction.compact();
    }
    expect(noCompaction.stats().deltaPostings).toBeGreaterThan(0);
    noCompaction.compact();
    expect(noCompaction.stats()).toMatchObject({ deltaPostings: 0, deadPostings: 0, docSlots: current.size });
    check();
  });

  it('handles empty openings, unknown skills, k = 0 and an empty index', () => {
    const index = MatchIndex.build([{ id: 'a', skills: [{ skillId: 'A', level: 2 }] }], { algorithm });
    expect(index.search({ skills: [] }, { k: 5 })).toEqual({ hits: [], total: 0, algorithmVersion: algorithm });
    expect(index.search({ skills: [{ skillId: 'nope', weight: 1, minLevel: 1, required: true }] }, { k: 5 }).hits).toEqual([]);
    expect(index.search({ skills: [{ skillId: 'A', weight: 1, minLevel: 1, required: true }] }, { k: 0 })).toMatchObject({
      hits: [],
      total: 1,
    });
    expect(
      new MatchIndex({ algorithm }).search({ skills: [{ skillId: 'A', weight: 1, minLevel: 1, required: true }] }, { k: 5 })
        .total,
    ).toBe(0);
    const grown = new MatchIndex({ algorithm });
    grown.upsert({
      id: 'z',
      skills: [
        { skillId: 'A', level: 5 },
        { skillId: 'A', level: 1, trust: 4 },
      ],
    });
    // A duplicate skill keeps the higher level and the higher trust: level 5, verified.
    expect(grown.search({ skills: [{ skillId: 'A', weight: 1, minLevel: 5, required: true }] }, { k: 5 }).hits).toEqual([
      { id: 'z', score: 1, coverage: 1 },
    ]);
    expect(grown.explain({ skills: [{ skillId: 'A', weight: 1, minLevel: 5, required: true }] }, 'missing')).toBeNull();
  });

  it('refuses writes from inside the eligibility predicate', () => {
    const index = MatchIndex.build([{ id: 'a', skills: [{ skillId: 'A', level: 2 }] }], { algorithm });
    const opening: Opening = { skills: [{ skillId: 'A', weight: 1, minLevel: 1, required: false }] };
    expect(() => index.search(opening, { k: 1, eligible: () => (index.remove('a'), true) })).toThrow(/no writes/);
    expect(() => index.search(opening, { k: 1, countTotal: false, eligible: () => (index.remove('a'), true) })).toThrow(
      /no writes/,
    );
    // The scratch was reset after the throw (an unbacked claim earns 0.8 under /2).
    expect(index.search(opening, { k: 1 }).hits).toEqual([{ id: 'a', score: algorithm === V1 ? 1 : 0.8, coverage: 1 }]);
  });

  it('stays within 24 bytes per posting', () => {
    const r = rng(8);
    const profiles: Candidate[] = [];
    for (let i = 0; i < 50_000; i++) {
      const skills = [];
      for (let j = 0; j < 20; j++) skills.push({ skillId: `skill-${Math.floor(2000 * r.next() ** 2)}`, level: r.int(1, 5) });
      profiles.push({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, skills });
    }
    const index = MatchIndex.build(profiles, { algorithm });
    const stats = index.stats();
    expect(stats.docs).toBe(50_000);
    expect(stats.postings).toBeGreaterThan(800_000);
    expect(index.bytesPerPosting()).toBeLessThanOrEqual(24);
  });
});
