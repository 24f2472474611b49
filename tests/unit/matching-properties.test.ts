/** Properties of the match score and the engine, on generated data (fast-check, seeded). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchIndex, type SearchOptions } from '../../src/matching/engine/engine.js';
import {
  ALGORITHMS,
  explain,
  scoreFromExplanation,
  toCandidate,
  type Candidate,
  type MatchConfig,
  type Neighbour,
  type NeighbourRelation,
  type Neighbours,
  type Opening,
  type Prevalence,
  type ScoreContext,
} from '../../src/matching/engine/score.js';

const RUNS = { seed: 424242, numRuns: 200 };
const N_SKILLS = 12;

const skillId = fc.integer({ min: 0, max: N_SKILLS - 1 }).map((i) => `S${i}`);
const level = fc.integer({ min: 1, max: 5 });
const trust = fc.integer({ min: 0, max: 4 });
const skills = fc.array(fc.record({ skillId, level, trust }), { maxLength: 8 });

/** A full stored profile, with the personal fields the score must never see. */
const profileRecord = (id: string) =>
  fc.record({
    id: fc.constant(id),
    givenName: fc.string(),
    familyName: fc.string(),
    education: fc.array(
      fc.record({ level: fc.constantFrom('HIGH_SCHOOL', 'BACHELOR', 'MASTER', 'DOCTORATE'), field: fc.string() }),
      { maxLength: 3 },
    ),
    agency: fc.constantFrom('NASA', 'OPM', 'DOD', 'VA'),
    age: fc.integer({ min: 18, max: 80 }),
    skills,
  });

const ids = fc.uniqueArray(fc.stringMatching(/^[a-zA-Z0-9]{1,6}$/), { minLength: 1, maxLength: 40 });
const profilesArb = ids.chain((list) => fc.tuple(...list.map(profileRecord)));

const opening: fc.Arbitrary<Opening> = fc.record({
  skills: fc.array(
    fc.record({
      skillId,
      weight: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 0.01, max: 10, noNaN: true })),
      minLevel: level,
      required: fc.boolean(),
    }),
    {
      minLength: 1,
      maxLength: 6,
    },
  ),
  requireAllRequiredSkills: fc.boolean(),
});

const config: fc.Arbitrary<MatchConfig> = fc.record({
  relatedCredit: fc.oneof(fc.constantFrom(0, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true })),
  levelDecay: fc.oneof(fc.constantFrom(0, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true })),
  focusPenalty: fc.oneof(fc.constantFrom(0, 0.5), fc.double({ min: 0, max: 0.99, noNaN: true })),
  focusHalf: fc.oneof(fc.constantFrom(1, 20), fc.double({ min: 0.1, max: 100, noNaN: true })),
  specificityReference: fc.oneof(fc.constantFrom(0.01, 0.5), fc.double({ min: 0.001, max: 0.99, noNaN: true })),
});
const algorithm = fc.constantFrom(...ALGORITHMS);
/** A population's prevalence per skill (what the index would snapshot), fixed for a run. */
const prevalence: fc.Arbitrary<Prevalence> = fc
  .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: N_SKILLS, maxLength: N_SKILLS })
  .map((ps) => (id: string) => ps[Number(id.slice(1))] ?? 0);
/** Everything the score reads besides the opening and the candidate. */
const context: fc.Arbitrary<Required<Pick<ScoreContext, 'algorithm' | 'prevalence'>>> = fc.record({ algorithm, prevalence });

/** Random taxonomy edges, turned into a neighbours function (both directions). */
const taxonomy: fc.Arbitrary<Neighbours> = fc
  .array(fc.tuple(skillId, skillId, fc.constantFrom<'HIER' | 'RELATED'>('HIER', 'RELATED')), { maxLength: 15 })
  .map((edges) => {
    const map = new Map<string, Neighbour[]>();
    const add = (from: string, to: string, relation: NeighbourRelation) =>
      map.set(from, [...(map.get(from) ?? []), { skillId: to, relation }]);
    for (const [a, b, kind] of edges) {
      if (kind === 'HIER') {
        add(a, b, 'BROADER');
        add(b, a, 'NARROWER');
      } else {
        add(a, b, 'RELATED');
        add(b, a, 'RELATED');
      }
    }
    return (id: string) => map.get(id) ?? [];
  });

const candidate: fc.Arbitrary<Candidate> = fc.record({ id: fc.constant('c'), skills });

function ranking(profiles: Candidate[], o: Opening, neighbours: Neighbours, cfg: MatchConfig, ctx: ScoreContext) {
  return MatchIndex.build(profiles, { neighbours, config: cfg, algorithm: ctx.algorithm, prevalence: ctx.prevalence }).search(o, {
    k: 1000,
  });
}

describe('matching properties', () => {
  it('is education-blind by construction: personal fields never change the ranking', () => {
    const personal = fc.record({
      givenName: fc.string(),
      familyName: fc.string(),
      education: fc.array(fc.record({ level: fc.constantFrom('NONE', 'ASSOCIATE', 'DOCTORATE'), field: fc.string() }), {
        maxLength: 3,
      }),
      agency: fc.constantFrom('NASA', 'OPM', 'DOD', 'VA', 'USDA'),
      age: fc.integer({ min: 18, max: 80 }),
    });
    fc.assert(
      fc.property(
        profilesArb,
        fc.array(personal, { minLength: 40, maxLength: 40 }),
        opening,
        taxonomy,
        config,
        context,
        (profiles, changes, o, neighbours, cfg, ctx) => {
          const candidates = profiles.map(toCandidate);
          for (const c of candidates) expect(Object.keys(c).sort()).toEqual(['id', 'skills']);
          const before = ranking(candidates, o, neighbours, cfg, ctx);
          const changed = profiles.map((p, i) => ({ ...p, ...changes[i % changes.length]! }));
          const after = ranking(changed.map(toCandidate), o, neighbours, cfg, ctx);
          expect(after).toEqual(before);
          const score = { ...ctx, neighbours, config: cfg };
          for (let i = 0; i < profiles.length; i++) {
            expect(explain(o, toCandidate(changed[i]!), score)).toEqual(explain(o, toCandidate(profiles[i]!), score));
          }
        },
      ),
      RUNS,
    );
  });

  it('is monotone: meeting a required skill (adding it, or raising its level) never lowers the score', () => {
    const withRequired = opening.filter((o) => o.skills.some((s) => s.required));
    fc.assert(
      fc.property(
        withRequired,
        candidate,
        taxonomy,
        config,
        context,
        fc.nat(),
        fc.integer({ min: 0, max: 4 }),
        trust,
        (o, c, neighbours, cfg, ctx, pick, extra, t) => {
          const required = o.skills.filter((s) => s.required);
          const s = required[pick % required.length]!;
          const held = c.skills.filter((x) => x.skillId === s.skillId);
          const had = held.reduce((m, x) => Math.max(m, x.level), 0);
          const raised = Math.max(had, Math.min(5, s.minLevel + extra)); // at or above the minimum, never lower than before
          // Its backing stays what it was (a new skill comes with any backing).
          const backing = held.length ? held.reduce((m, x) => Math.max(m, x.trust ?? 0), 0) : t;
          const improved: Candidate = {
            id: c.id,
            skills: [...c.skills.filter((x) => x.skillId !== s.skillId), { skillId: s.skillId, level: raised, trust: backing }],
          };
          const score = { ...ctx, neighbours, config: cfg };
          const before = explain(o, c, score);
          const after = explain(o, improved, score);
          expect(after.score).toBeGreaterThanOrEqual(before.score);
          expect(after.coverage).toBeGreaterThanOrEqual(before.coverage);
          // Met. Under /2 a claim its backing caps below the minimum can earn no credit when
          // levelDecay is 0 (or underflows): then it is not met.
          const met = after.skills[o.skills.indexOf(s)]!;
          expect(met.met).toBe(ctx.algorithm === 'skills-overlap/1' || met.credit > 0);
          // The engine agrees (scores are exact).
          const index = MatchIndex.build([c, { ...improved, id: 'improved' }], {
            neighbours,
            config: cfg,
            algorithm: ctx.algorithm,
            prevalence: ctx.prevalence,
          });
          const hits = new Map(
            index.search({ ...o, requireAllRequiredSkills: false }, { k: 2 }).hits.map((h) => [h.id, h.score]),
          );
          expect(hits.get('improved') ?? 0).toBeGreaterThanOrEqual(hits.get('c') ?? 0);
          expect(hits.get('improved') ?? 0).toBe(after.score); // a score of 0 is never returned
        },
      ),
      RUNS,
    );
  });

  it('keeps the score in [0, 1] and reproducible from the explanation', () => {
    fc.assert(
      fc.property(opening, candidate, taxonomy, config, context, (o, c, neighbours, cfg, ctx) => {
        const e = explain(o, c, { ...ctx, neighbours, config: cfg });
        expect(e.score).toBeGreaterThanOrEqual(0);
        expect(e.score).toBeLessThanOrEqual(1);
        expect(e.coverage).toBeGreaterThanOrEqual(0);
        expect(e.coverage).toBeLessThanOrEqual(1);
        expect(scoreFromExplanation(e)).toBe(e.score);
        expect(e.missing).toEqual(e.skills.filter((s) => s.credit === 0).map((s) => s.skillId));
        for (const s of e.skills) expect(s.credit).toBe(s.similarity * s.levelFit * s.trustFactor);
        expect(e.focus).toBeGreaterThan(0);
        expect(e.focus).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('prunes without changing results: search() equals searchExhaustive() and the definition', () => {
    const options = fc.record({
      k: fc.integer({ min: 0, max: 12 }),
      offset: fc.integer({ min: 0, max: 10 }),
      countTotal: fc.boolean(),
      hide: fc.option(fc.integer({ min: 2, max: 5 })),
      blockSize: fc.integer({ min: 1, max: 50 }),
      listRatio: fc.constantFrom(0, 1, 4),
    });
    fc.assert(
      fc.property(profilesArb, opening, taxonomy, config, context, options, (profiles, o, neighbours, cfg, ctx, opt) => {
        const candidates = profiles.map(toCandidate);
        const index = MatchIndex.build(candidates, {
          neighbours,
          config: cfg,
          algorithm: ctx.algorithm,
          prevalence: ctx.prevalence,
          blockSize: opt.blockSize,
          listRatio: opt.listRatio,
        });
        const eligible = opt.hide === null ? undefined : (id: string) => id.length % opt.hide! !== 0;
        const so: SearchOptions = { k: opt.k, offset: opt.offset, countTotal: opt.countTotal, eligible };
        const exhaustive = index.searchExhaustive(o, so);
        expect(index.search(o, so)).toEqual(exhaustive);
        const ref = candidates
          .map((c) => explain(o, c, { ...ctx, neighbours, config: cfg }))
          .filter(
            (e) => e.score > 0 && (!o.requireAllRequiredSkills || e.coverage === 1) && (!eligible || eligible(e.candidateId)),
          )
          .sort((a, b) => b.score - a.score || (a.candidateId < b.candidateId ? -1 : 1));
        expect(exhaustive.hits).toEqual(
          ref.slice(opt.offset, opt.offset + opt.k).map((e) => ({ id: e.candidateId, score: e.score, coverage: e.coverage })),
        );
        expect(exhaustive.total).toBe(opt.countTotal ? ref.length : null);
      }),
      RUNS,
    );
  });
});
