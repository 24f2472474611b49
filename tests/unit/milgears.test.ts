import { describe, expect, it } from 'vitest';
import { levelFromOnet, proposeFromRatings, type OccupationRating } from '../../src/modules/skills/milgears.js';

const r = (o: Partial<OccupationRating> & { skillId: string }): OccupationRating => ({
  skillKind: 'SKILL',
  importance: null,
  level: null,
  essential: null,
  hot: false,
  inDemand: false,
  ...o,
});

describe('O*NET level → proficiency', () => {
  it('maps LV 0–7 linearly onto 1–5', () => {
    expect([0, 0.87, 0.88, 2.62, 2.63, 3.5, 4.37, 4.38, 6.12, 6.13, 7].map(levelFromOnet)).toEqual([
      1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5,
    ]);
    expect(levelFromOnet(-1)).toBe(1);
    expect(levelFromOnet(9)).toBe(5);
  });
});

describe('proposals', () => {
  it('keeps important O*NET skills with mapped levels, drops unimportant ones', () => {
    const out = proposeFromRatings([
      r({ skillId: 'a', importance: 4.1, level: 5.2 }),
      r({ skillId: 'b', importance: 2.9, level: 6 }),
      r({ skillId: 'c', importance: 3.0, level: null }),
    ]);
    expect(out.map((p) => [p.skillId, p.level])).toEqual([
      ['a', 4],
      ['c', 3],
    ]);
    expect(out[0]!.reason).toBe('importance 4.1 of 5, level 5.2 of 7');
  });

  it('proposes hot or in-demand technology at novice level, ESCO by essential/optional', () => {
    const out = proposeFromRatings([
      r({ skillId: 't1', skillKind: 'TECHNOLOGY', hot: true }),
      r({ skillId: 't2', skillKind: 'TECHNOLOGY' }),
      r({ skillId: 'e1', essential: true }),
      r({ skillId: 'e2', essential: false }),
    ]);
    expect(out.map((p) => [p.skillId, p.level])).toEqual([
      ['e1', 3],
      ['e2', 2],
      ['t1', 2],
    ]);
  });

  it('takes the strongest rating of a skill across crosswalked occupations, deterministically', () => {
    const ratings = [
      r({ skillId: 'x', importance: 3.2, level: 2 }),
      r({ skillId: 'x', importance: 3.1, level: 6.5 }),
      r({ skillId: 'y', importance: 3.2, level: 2 }),
    ];
    const out = proposeFromRatings(ratings);
    expect(out.map((p) => [p.skillId, p.level])).toEqual([
      ['y', 2],
      ['x', 5],
    ]);
    expect(proposeFromRatings([...ratings].reverse())).toEqual(out);
  });
});
