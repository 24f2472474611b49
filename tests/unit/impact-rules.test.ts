/**
 * The four-fifths arithmetic by hand: stages and their bases, rates, impact ratios against the
 * highest compared group, the flag (strictly under 0.8), suppression of small groups, groups of
 * unanswered and multiple answers, input refusals, and the CSV rows.
 */
import { describe, expect, it } from 'vitest';
import {
  groupOf,
  impactCsvRows,
  impactReport,
  reportScopeRefusal,
  selfIdRefusal,
  stageResult,
  summarize,
  type Observation,
  type SelfId,
} from '../../src/modules/impact/rules.js';
import { retentionCutoff, retentionRefusal, toCsv } from '../../src/modules/privacy/rules.js';

const id = (s: Partial<SelfId>): SelfId => ({ sex: null, raceEthnicity: [], disability: null, veteran: null, ...s });

/** `n` people of one self-identification with the same path through the stages. */
function people(n: number, selfId: SelfId | null, path: Partial<Omit<Observation, 'selfId'>>): Observation[] {
  return Array.from({ length: n }, () => ({
    selfId,
    ranked: false,
    top: false,
    applied: false,
    shortlisted: false,
    selected: false,
    ...path,
  }));
}

const F = id({ sex: 'FEMALE' });
const M = id({ sex: 'MALE' });

describe('groups', () => {
  it('puts unanswered and declined answers in NOT_ANSWERED, several races in TWO_OR_MORE', () => {
    expect(groupOf('SEX', null)).toBe('NOT_ANSWERED');
    expect(groupOf('SEX', id({ sex: 'DECLINED_TO_ANSWER' }))).toBe('NOT_ANSWERED');
    expect(groupOf('SEX', F)).toBe('FEMALE');
    expect(groupOf('RACE_ETHNICITY', id({ raceEthnicity: [] }))).toBe('NOT_ANSWERED');
    expect(groupOf('RACE_ETHNICITY', id({ raceEthnicity: ['DECLINED_TO_ANSWER'] }))).toBe('NOT_ANSWERED');
    expect(groupOf('RACE_ETHNICITY', id({ raceEthnicity: ['ASIAN'] }))).toBe('ASIAN');
    expect(groupOf('RACE_ETHNICITY', id({ raceEthnicity: ['ASIAN', 'WHITE'] }))).toBe('TWO_OR_MORE');
    expect(groupOf('DISABILITY', id({ disability: 'HAS_DISABILITY' }))).toBe('HAS_DISABILITY');
    expect(groupOf('VETERAN', id({ veteran: 'VETERAN' }))).toBe('VETERAN');
  });

  it('refuses "declined" combined with a category, and a category twice', () => {
    expect(selfIdRefusal({ raceEthnicity: ['ASIAN', 'DECLINED_TO_ANSWER'] })?.path).toBe('raceEthnicity');
    expect(selfIdRefusal({ raceEthnicity: ['ASIAN', 'ASIAN'] })?.path).toBe('raceEthnicity');
    expect(selfIdRefusal({ raceEthnicity: ['ASIAN', 'WHITE'] })).toBeNull();
    expect(selfIdRefusal({ raceEthnicity: ['DECLINED_TO_ANSWER'] })).toBeNull();
  });
});

describe('a selection stage by hand', () => {
  // Applicants: 10 women (2 selected: 0.2), 10 men (4 selected: 0.4), 6 unanswered (1 selected),
  // and 3 women who did not apply (not in the SELECTED base).
  const obs = [
    ...people(2, F, { applied: true, selected: true }),
    ...people(8, F, { applied: true }),
    ...people(4, M, { applied: true, selected: true }),
    ...people(6, M, { applied: true }),
    ...people(1, null, { applied: true, selected: true }),
    ...people(5, null, { applied: true }),
    ...people(3, F, { ranked: true }),
  ];

  it('rates, ratios against the highest group, and the flag', () => {
    const s = stageResult('SEX', 'SELECTED', obs, 5);
    expect(s.highestGroup).toBe('MALE');
    expect(s.groups).toEqual([
      { group: 'FEMALE', population: 10, count: 2, rate: 0.2, impactRatio: 0.5, adverseImpact: true, suppressed: false },
      { group: 'MALE', population: 10, count: 4, rate: 0.4, impactRatio: 1, adverseImpact: false, suppressed: false },
      // Reported, never compared: nobody can be disadvantaged as "not answered".
      { group: 'NOT_ANSWERED', population: 6, count: 1, rate: 1 / 6, impactRatio: null, adverseImpact: false, suppressed: false },
    ]);
  });

  it('the APPLIED base adds the ranked who did not apply; TOP_20 counts only the ranked', () => {
    const applied = stageResult('SEX', 'APPLIED', obs, 5);
    expect(applied.groups.find((g) => g.group === 'FEMALE')).toMatchObject({ population: 13, count: 10 });
    const top = stageResult('SEX', 'TOP_20', obs, 5);
    // Only 3 women were ranked: under the minimum, suppressed; nobody else was ranked.
    expect(top.groups).toEqual([
      { group: 'FEMALE', population: null, count: null, rate: null, impactRatio: null, adverseImpact: false, suppressed: true },
    ]);
    expect(top.highestGroup).toBeNull();
  });

  it('shortlisted counts the selected too', () => {
    const s = stageResult('SEX', 'SHORTLISTED', [...obs, ...people(1, M, { applied: true, shortlisted: true })], 5);
    expect(s.groups.find((g) => g.group === 'MALE')).toMatchObject({ population: 11, count: 5 });
  });

  it('exactly four fifths is not flagged; just under is', () => {
    const at = stageResult(
      'SEX',
      'SELECTED',
      [
        ...people(4, F, { applied: true, selected: true }),
        ...people(1, F, { applied: true }),
        ...people(5, M, { applied: true, selected: true }),
      ],
      5,
    );
    expect(at.groups.find((g) => g.group === 'FEMALE')).toMatchObject({ impactRatio: 0.8, adverseImpact: false });
    const under = stageResult(
      'SEX',
      'SELECTED',
      [
        ...people(79, F, { applied: true, selected: true }),
        ...people(21, F, { applied: true }),
        ...people(5, M, { applied: true, selected: true }),
      ],
      5,
    );
    expect(under.groups.find((g) => g.group === 'FEMALE')).toMatchObject({ impactRatio: 0.79, adverseImpact: true });
  });

  it('a small group is suppressed and is never the comparison point', () => {
    // 4 veterans all selected (rate 1) would be the highest group if they were not suppressed.
    const v = id({ veteran: 'VETERAN' });
    const n = id({ veteran: 'NOT_VETERAN' });
    const s = stageResult(
      'VETERAN',
      'SELECTED',
      [...people(4, v, { applied: true, selected: true }), ...people(10, n, { applied: true, selected: true })],
      5,
    );
    expect(s.highestGroup).toBe('NOT_VETERAN');
    expect(s.groups.find((g) => g.group === 'VETERAN')).toEqual({
      group: 'VETERAN',
      population: null,
      count: null,
      rate: null,
      impactRatio: null,
      adverseImpact: false,
      suppressed: true,
    });
    // A larger minimum suppresses both.
    expect(stageResult('VETERAN', 'SELECTED', people(10, n, { applied: true }), 11).groups[0]!.suppressed).toBe(true);
  });

  it('nobody passed: no highest group, no ratios, no flags', () => {
    const s = stageResult('SEX', 'SELECTED', [...people(5, F, { applied: true }), ...people(5, M, { applied: true })], 5);
    expect(s.highestGroup).toBeNull();
    expect(s.groups.every((g) => g.impactRatio === null && !g.adverseImpact)).toBe(true);
  });

  it('summarizes comparisons and flags, and writes suppressed cells empty in CSV', () => {
    const report = impactReport(obs, ['SEX'], 5);
    // SELECTED: FEMALE vs MALE (flagged); APPLIED: MALE 10/10 = 1 highest, FEMALE 10/13 (flagged);
    // SHORTLISTED like SELECTED (flagged); TOP_20: suppressed.
    expect(summarize(report)).toEqual({ compared: 3, flagged: 3 });
    const rows = impactCsvRows(report);
    expect(rows.find((r) => r.stage === 'TOP_20')).toEqual({
      dimension: 'SEX',
      stage: 'TOP_20',
      group: 'FEMALE',
      population: null,
      count: null,
      rate: null,
      impact_ratio: null,
      adverse_impact: 'false',
      suppressed: 'true',
    });
    const csv = toCsv(['group', 'population', 'rate'], [{ group: 'FEMALE', population: null, rate: 0.2 }]);
    expect(csv).toBe('group,population,rate\r\nFEMALE,,0.2\r\n');
  });
});

describe('refusals', () => {
  it('a report names one opening or a period, and no group size under 5', () => {
    const d = (s: string) => new Date(s);
    expect(reportScopeRefusal({})?.path).toBe('from');
    expect(reportScopeRefusal({ opening: 'x' })).toBeNull();
    expect(reportScopeRefusal({ opening: 'x', from: d('2026-01-01') })?.message).toMatch(/not both/);
    expect(reportScopeRefusal({ from: d('2026-02-01'), to: d('2026-01-01') })?.path).toBe('to');
    expect(reportScopeRefusal({ from: d('2020-01-01'), to: d('2026-01-01') })?.message).toMatch(/three years/);
    expect(reportScopeRefusal({ opening: 'x', minGroupSize: 4 })?.path).toBe('minGroupSize');
    expect(reportScopeRefusal({ from: d('2026-01-01'), to: d('2026-07-01'), minGroupSize: 5 })).toBeNull();
  });

  it('retention under five years is refused; the cutoff is that many years back', () => {
    expect(retentionRefusal(4)).toMatch(/at least 5/);
    expect(retentionRefusal(4.5)).toMatch(/whole/);
    expect(retentionRefusal(5)).toBeNull();
    expect(retentionCutoff(new Date('2026-12-03T10:00:00Z'), 7).toISOString()).toBe('2019-12-03T10:00:00.000Z');
  });
});
