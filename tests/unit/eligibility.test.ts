/** Who may be ranked for an opening: pool, availability, commitments, grade, agency. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocAttributes } from '../../src/matching/engine/doc-attributes.js';
import {
  eligibilityPredicate,
  ineligibility,
  peakCommitment,
  type CandidateAttributes,
  type OpeningTerms,
} from '../../src/matching/engine/eligibility.js';
import { MatchIndex } from '../../src/matching/engine/engine.js';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const opening: OpeningTerms = {
  hostAgencyId: 'nasa',
  programType: 'DETAIL',
  commitmentPercent: 50,
  startDate: d('2027-01-04'),
  endDate: d('2027-03-28'),
  gradeMin: 11,
  gradeMax: 13,
  restrictedTo: [],
};
const person: CandidateAttributes = { agencyId: 'gsa', grade: 12, discoverable: true, availablePercent: 50, availableFrom: null };
const facts = { applicant: false, agencyChain: ['gsa'], commitments: [] };

describe('eligibility', () => {
  it('finds the peak commitment on any day of the window', () => {
    const c = (from: string, to: string, pct: number) => ({ startDate: d(from), endDate: d(to), commitmentPercent: pct });
    const window = [d('2027-01-04'), d('2027-03-28')] as const;
    expect(peakCommitment([], ...window)).toBe(0);
    // Two that do not overlap each other peak at the larger, not the sum.
    expect(peakCommitment([c('2026-12-01', '2027-01-31', 40), c('2027-02-01', '2027-04-30', 30)], ...window)).toBe(40);
    expect(peakCommitment([c('2026-12-01', '2027-02-15', 40), c('2027-02-01', '2027-04-30', 30)], ...window)).toBe(70);
    expect(peakCommitment([c('2027-04-01', '2027-05-01', 90)], ...window)).toBe(0);
  });

  it('applies each rule', () => {
    expect(ineligibility(opening, person, facts, 'ALL')).toBeNull();
    expect(ineligibility(opening, { ...person, discoverable: false }, facts, 'ALL')).toBe('not in the candidate pool');
    expect(ineligibility(opening, { ...person, discoverable: false }, { ...facts, applicant: true }, 'APPLICANTS')).toBeNull();
    expect(ineligibility(opening, person, facts, 'APPLICANTS')).toBe('not in the candidate pool');
    expect(ineligibility(opening, { ...person, availablePercent: 40 }, facts, 'ALL')).toBe(
      'not available for that share of time',
    );
    // Applying says "available".
    expect(ineligibility(opening, { ...person, availablePercent: 0 }, { ...facts, applicant: true }, 'ALL')).toBeNull();
    expect(ineligibility(opening, { ...person, availableFrom: d('2027-02-01') }, facts, 'ALL')).toBe(
      'not available by the start date',
    );
    const busy = [{ startDate: d('2027-01-10'), endDate: d('2027-01-20'), commitmentPercent: 60 }];
    expect(ineligibility(opening, person, { ...facts, commitments: busy }, 'ALL')).toBe('already committed during those dates');
    expect(ineligibility(opening, person, { ...facts, commitments: [{ ...busy[0]!, commitmentPercent: 50 }] }, 'ALL')).toBeNull();
    expect(ineligibility(opening, { ...person, grade: 14 }, facts, 'ALL')).toBe('outside the grade range');
    expect(ineligibility(opening, { ...person, grade: null }, facts, 'ALL')).toBeNull();
    expect(ineligibility({ ...opening, restrictedTo: ['doc'] }, person, facts, 'ALL')).toBe('agency not admitted');
    expect(
      ineligibility(
        { ...opening, restrictedTo: ['doc'] },
        { ...person, agencyId: 'noaa' },
        { ...facts, agencyChain: ['noaa', 'doc'] },
        'ALL',
      ),
    ).toBeNull();
    expect(ineligibility(opening, { ...person, agencyId: 'nasa' }, { ...facts, agencyChain: ['nasa'] }, 'ALL')).toBe(
      'staff of the host agency',
    );
    expect(
      ineligibility(
        { ...opening, programType: 'ROTATION' },
        { ...person, agencyId: 'nasa' },
        { ...facts, agencyChain: ['nasa'] },
        'ALL',
      ),
    ).toBeNull();
  });
});

describe('the ranking predicate', () => {
  it('agrees with ineligibility on random people and openings', () => {
    const agencies = ['nasa', 'gsa', 'doc', 'noaa'];
    const chainOf = (a: string) => (a === 'noaa' ? ['noaa', 'doc'] : [a]);
    const day = fc.integer({ min: 0, max: 200 }).map((n) => new Date(Date.UTC(2027, 0, 1) + n * 86_400_000));
    const commitment = fc.tuple(day, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 100 })).map(([s, len, pct]) => ({
      startDate: s,
      endDate: new Date(s.getTime() + len * 86_400_000),
      commitmentPercent: pct,
    }));
    const grade = fc.option(fc.integer({ min: 5, max: 15 }), { nil: null });
    fc.assert(
      fc.property(
        fc.record({
          hostAgencyId: fc.constantFrom(...agencies),
          programType: fc.constantFrom('DETAIL', 'ROTATION', 'GIG', 'TOUR_OF_DUTY', 'FELLOWSHIP' as const),
          commitmentPercent: fc.integer({ min: 1, max: 100 }),
          start: day,
          weeks: fc.integer({ min: 1, max: 20 }),
          gradeMin: grade,
          gradeMax: grade,
          restrictedTo: fc.subarray(agencies),
        }),
        fc.record({
          agencyId: fc.constantFrom(...agencies),
          grade,
          discoverable: fc.boolean(),
          availablePercent: fc.integer({ min: 0, max: 100 }),
          availableFrom: fc.option(day, { nil: null }),
        }),
        fc.boolean(),
        fc.array(commitment, { maxLength: 4 }),
        fc.constantFrom('ALL', 'DISCOVERABLE', 'APPLICANTS' as const),
        (t, c, applicant, commitments, pool) => {
          const terms: OpeningTerms = {
            ...t,
            startDate: t.start,
            endDate: new Date(t.start.getTime() + (t.weeks * 7 - 1) * 86_400_000),
          };
          const reference = ineligibility(terms, c, { applicant, agencyChain: chainOf(c.agencyId), commitments }, pool) === null;
          const fast = eligibilityPredicate(terms, pool, {
            applicants: new Set(applicant ? ['p'] : []),
            commitments: new Map(commitments.length ? [['p', commitments]] : []),
            agencyChain: chainOf,
          })('p', c);
          expect(fast).toBe(reference);
          // The index's own path: attributes in typed arrays, compiled per query over doc numbers.
          const store = new DocAttributes();
          store.set(0, { ...c, agencyId: 'nasa', discoverable: true });
          store.set(3, c);
          const inside = store.compile(
            {
              terms,
              pool,
              applicants: new Set(applicant ? ['p'] : []),
              commitments: new Map(commitments.length ? [['p', commitments]] : []),
              agencyChain: chainOf,
            },
            (id) => (id === 'p' ? 3 : undefined),
          );
          expect(inside(3)).toBe(reference);
          expect(inside(2)).toBe(false); // no attributes: never eligible
          expect(inside(99)).toBe(false);
        },
      ),
      { seed: 424242, numRuns: 2000 },
    );
  });
});

describe('eligibility inside the index', () => {
  it('ranks exactly as with the per-candidate predicate, through upserts, removals and compaction', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const agencies = ['nasa', 'gsa', 'doc', 'noaa'];
    const chainOf = (a: string) => (a === 'noaa' ? ['noaa', 'doc'] : [a]);
    const person = (i: number) => ({
      id: `p${i}`,
      skills: ['A', 'B', 'C', 'D']
        .filter(() => rand() < 0.6)
        .map((skillId) => ({ skillId, level: 1 + Math.floor(rand() * 5), trust: Math.floor(rand() * 5) })),
      attributes: {
        agencyId: pick(agencies),
        grade: rand() < 0.2 ? null : 7 + Math.floor(rand() * 8),
        discoverable: rand() < 0.7,
        availablePercent: pick([0, 20, 50, 100]),
        availableFrom: rand() < 0.7 ? null : d(pick(['2026-12-01', '2027-02-01'])),
      },
    });
    const people = new Map(Array.from({ length: 400 }, (_, i) => person(i)).map((p) => [p.id, p]));
    const index = MatchIndex.build(people.values(), { blockSize: 64, compactMinPostings: 50, compactRatio: 0 });
    const query = { skills: ['A', 'B', 'C'].map((skillId) => ({ skillId, weight: 1, minLevel: 3, required: false })) };
    for (let round = 0; round < 6; round++) {
      for (let k = 0; k < 30; k++) {
        const id = `p${Math.floor(rand() * 450)}`;
        if (rand() < 0.2) {
          people.delete(id);
          index.remove(id);
        } else {
          const p = { ...person(0), id };
          people.set(id, p);
          index.upsert(p);
        }
      }
      const terms: OpeningTerms = {
        ...opening,
        programType: pick(['DETAIL', 'ROTATION'] as const),
        restrictedTo: rand() < 0.5 ? [] : ['doc'],
        gradeMin: 9,
        gradeMax: 13,
      };
      const applicants = new Set([...people.keys()].filter(() => rand() < 0.05));
      const commitments = new Map(
        [...people.keys()]
          .filter(() => rand() < 0.05)
          .map((id) => [id, [{ startDate: d('2027-01-10'), endDate: d('2027-02-10'), commitmentPercent: 60 }]]),
      );
      for (const pool of ['ALL', 'DISCOVERABLE', 'APPLICANTS'] as const) {
        const byId = eligibilityPredicate(terms, pool, { applicants, commitments, agencyChain: chainOf });
        const eligible = (id: string) => byId(id, people.get(id)!.attributes);
        for (const countTotal of [true, false]) {
          const inside = index.search(query, {
            k: 15,
            countTotal,
            eligibility: { terms, pool, applicants, commitments, agencyChain: chainOf },
          });
          expect(inside).toEqual(index.search(query, { k: 15, countTotal, eligible }));
        }
      }
    }
  });
});
