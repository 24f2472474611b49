/** The plain rules behind rotations and the mobility figures, case by case. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../src/platform/auth/principal.js';
import {
  computeMobilityFigures,
  csvCell,
  mobilityCsv,
  servedDaysIn,
  type RotationRecord,
} from '../../src/modules/mobility/rules.js';
import { peakCommitment } from '../../src/matching/engine/eligibility.js';
import {
  ROTATION_TRANSITIONS,
  allowedActions,
  approvalRefusal,
  attestationProblems,
  attestsCompletion,
  canSeeRotation,
  cancelRefusal,
  commitmentPeak,
  commitmentRefusal,
  completionDay,
  dayOf,
  daysInclusive,
  effectiveRotationStatus,
  evidenceTitle,
  extensionRefusal,
  rotationProblems,
  rotationTransitionRefusal,
  skillGrowth,
  type RotationFacts,
  type RotationStatus,
} from '../../src/modules/rotations/rules.js';

const who = (
  subject: string,
  agencyId: string,
  roles: Principal['roles'],
  scopes: Principal['scopes'] = ['read', 'write'],
): Principal => ({
  subject,
  agencyId,
  agencyCode: agencyId,
  roles,
  scopes,
});
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const now = new Date('2026-03-10T15:00:00Z');

const rotation = (over: Partial<RotationFacts> = {}): RotationFacts => ({
  personSubject: 'pat',
  homeAgencyId: 'gsa',
  hostAgencyId: 'nasa',
  hostSupervisorSubject: null,
  status: 'PROPOSED',
  startDate: d('2026-04-01'),
  endDate: d('2026-06-30'),
  homeApprovedBy: null,
  hostApprovedBy: null,
  ...over,
});

const pat = who('pat', 'gsa', ['EMPLOYEE']);
const homeHr = who('gsa-hr', 'gsa', ['HR_SPECIALIST']);
const homeHm = who('gsa-hm', 'gsa', ['HIRING_MANAGER']);
const hostHm = who('nasa-hm', 'nasa', ['HIRING_MANAGER']);
const hostHr = who('nasa-hr', 'nasa', ['HR_SPECIALIST']);
const hostEmp = who('nasa-emp', 'nasa', ['EMPLOYEE']);
const stranger = who('doc-hr', 'doc', ['HR_SPECIALIST', 'HIRING_MANAGER']);

describe('rotation lifecycle', () => {
  const statuses = Object.keys(ROTATION_TRANSITIONS) as RotationStatus[];
  it('allows exactly the listed transitions', () => {
    const allowed = statuses.flatMap((from) =>
      statuses.filter((to) => rotationTransitionRefusal(from, to) === null).map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'PROPOSED→APPROVED',
        'PROPOSED→CANCELLED',
        'APPROVED→ACTIVE',
        'APPROVED→CANCELLED',
        'ACTIVE→COMPLETED',
        'ACTIVE→CANCELLED',
      ].sort(),
    );
    expect(rotationTransitionRefusal('COMPLETED', 'CANCELLED')).toBe('A rotation that is COMPLETED cannot become CANCELLED');
    expect(rotationTransitionRefusal('PROPOSED', 'COMPLETED')).toBe(
      'A rotation that is PROPOSED cannot become COMPLETED (it can become APPROVED or CANCELLED)',
    );
  });

  it('reads an APPROVED rotation as ACTIVE from its start date (UTC days), nothing else', () => {
    expect(effectiveRotationStatus({ status: 'APPROVED', startDate: d('2026-03-10') }, now)).toBe('ACTIVE');
    expect(effectiveRotationStatus({ status: 'APPROVED', startDate: d('2026-03-11') }, now)).toBe('APPROVED');
    expect(effectiveRotationStatus({ status: 'APPROVED', startDate: d('2026-03-11') }, new Date('2026-03-11T00:00:00Z'))).toBe(
      'ACTIVE',
    );
    expect(effectiveRotationStatus({ status: 'PROPOSED', startDate: d('2026-01-01') }, now)).toBe('PROPOSED');
    expect(effectiveRotationStatus({ status: 'CANCELLED', startDate: d('2026-01-01') }, now)).toBe('CANCELLED');
  });

  it('counts days inclusively in UTC', () => {
    expect(daysInclusive(d('2026-01-01'), d('2026-01-01'))).toBe(1);
    expect(daysInclusive(d('2026-01-01'), d('2026-12-31'))).toBe(365);
    expect(daysInclusive(d('2026-01-02'), d('2026-01-01'))).toBe(0);
    expect(dayOf(new Date('2026-03-10T23:59:59Z')).toISOString()).toBe('2026-03-10T00:00:00.000Z');
  });
});

describe('who does what', () => {
  it('shows a rotation to the person, home HR and admins, the host’s managers and the named host supervisor', () => {
    const r = rotation({ hostSupervisorSubject: 'nasa-boss' });
    for (const v of [pat, homeHr, who('gsa-admin', 'gsa', ['ADMIN']), hostHm, hostHr, who('nasa-boss', 'nasa', ['EMPLOYEE'])])
      expect(canSeeRotation(v, r), v.subject).toBe(true);
    for (const v of [homeHm, hostEmp, stranger, who('x', 'gsa', ['EMPLOYEE'])])
      expect(canSeeRotation(v, r), v.subject).toBe(false);
    expect(canSeeRotation(null, r)).toBe(false);
  });

  it('approves: home HR for HOME, host managers for HOST, two different people, only while PROPOSED', () => {
    expect(approvalRefusal(homeHr, rotation(), 'HOME', now)).toBeNull();
    expect(approvalRefusal(hostHm, rotation(), 'HOST', now)).toBeNull();
    expect(approvalRefusal(hostHr, rotation(), 'HOST', now)).toBeNull();
    expect(approvalRefusal(homeHm, rotation(), 'HOME', now)?.kind).toBe('forbidden');
    expect(approvalRefusal(hostHm, rotation(), 'HOME', now)?.kind).toBe('forbidden');
    expect(approvalRefusal(homeHr, rotation(), 'HOST', now)?.kind).toBe('forbidden');
    // The person never approves their own rotation, even as HR.
    expect(approvalRefusal(who('pat', 'gsa', ['HR_SPECIALIST']), rotation(), 'HOME', now)?.kind).toBe('forbidden');
    expect(approvalRefusal(homeHr, rotation({ homeApprovedBy: 'x' }), 'HOME', now)).toEqual({
      kind: 'state',
      message: 'The home agency has already approved',
    });
    expect(approvalRefusal(homeHr, rotation({ status: 'APPROVED' }), 'HOME', now)?.kind).toBe('state');
    // Same-agency rotation: one HR specialist may approve one side only.
    const internal = rotation({ hostAgencyId: 'gsa', hostApprovedBy: 'gsa-hr' });
    expect(approvalRefusal(homeHr, internal, 'HOME', now)).toEqual({
      kind: 'forbidden',
      message: 'You approved the other side: the two approvals need two people',
    });
  });

  it('cancels: either agency at any time before completion, the person only before the start', () => {
    expect(cancelRefusal(pat, rotation(), now)).toBeNull();
    expect(cancelRefusal(pat, rotation({ status: 'APPROVED' }), now)).toBeNull();
    expect(cancelRefusal(pat, rotation({ status: 'APPROVED', startDate: d('2026-03-01') }), now)?.kind).toBe('forbidden');
    expect(cancelRefusal(homeHr, rotation({ status: 'ACTIVE', startDate: d('2026-03-01') }), now)).toBeNull();
    expect(cancelRefusal(hostHm, rotation({ status: 'ACTIVE', startDate: d('2026-03-01') }), now)).toBeNull();
    expect(cancelRefusal(hostHm, rotation({ status: 'COMPLETED' }), now)).toMatchObject({ kind: 'state' });
    expect(cancelRefusal(hostHm, rotation({ status: 'CANCELLED' }), now)).toMatchObject({ kind: 'state' });
    expect(cancelRefusal(hostEmp, rotation(), now)?.kind).toBe('forbidden');
    expect(cancelRefusal(homeHm, rotation(), now)?.kind).toBe('forbidden');
  });

  it('attests completion: the host’s managers or the named host supervisor, never the person', () => {
    expect(attestsCompletion(hostHm, rotation())).toBe(true);
    expect(attestsCompletion(hostEmp, rotation())).toBe(false);
    expect(attestsCompletion(hostEmp, rotation({ hostSupervisorSubject: 'nasa-emp' }))).toBe(true);
    expect(attestsCompletion(homeHr, rotation())).toBe(false);
    expect(attestsCompletion(who('pat', 'nasa', ['HIRING_MANAGER']), rotation({ hostAgencyId: 'nasa' }))).toBe(false);
  });

  it('lists the actions the viewer may take now', () => {
    expect(allowedActions(homeHr, rotation(), now).sort()).toEqual(['APPROVE_HOME', 'CANCEL', 'UPDATE']);
    expect(allowedActions(hostHm, rotation(), now).sort()).toEqual(['APPROVE_HOST', 'CANCEL', 'UPDATE']);
    expect(allowedActions(pat, rotation(), now)).toEqual(['CANCEL']);
    const started = rotation({ status: 'APPROVED', startDate: d('2026-03-01'), homeApprovedBy: 'a', hostApprovedBy: 'b' });
    expect(allowedActions(hostHm, started, now).sort()).toEqual(['CANCEL', 'COMPLETE', 'EXTEND', 'START', 'UPDATE']);
    expect(allowedActions(homeHr, { ...started, status: 'ACTIVE' }, now).sort()).toEqual(['CANCEL', 'EXTEND', 'UPDATE']);
    expect(allowedActions(pat, started, now)).toEqual([]);
    expect(allowedActions(hostHm, rotation({ status: 'COMPLETED' }), now)).toEqual([]);
  });
});

describe('terms', () => {
  const terms = {
    programType: 'DETAIL' as const,
    homeAgencyId: 'gsa',
    hostAgencyId: 'nasa',
    startDate: d('2026-04-01'),
    endDate: d('2026-06-30'),
    commitmentPercent: 50,
  };
  it('needs the end on or after the start, 1–100%, at most four years, and another agency for a DETAIL or TOUR_OF_DUTY', () => {
    expect(rotationProblems(terms)).toEqual([]);
    expect(rotationProblems({ ...terms, endDate: d('2026-04-01') })).toEqual([]);
    expect(rotationProblems({ ...terms, endDate: d('2026-03-31') })).toEqual([
      ['endDate', 'the end date is before the start date'],
    ]);
    expect(rotationProblems({ ...terms, endDate: d('2030-04-02') })).toEqual([
      ['endDate', 'a rotation lasts at most four years'],
    ]);
    expect(rotationProblems({ ...terms, commitmentPercent: 0 }).map(([f]) => f)).toEqual(['commitmentPercent']);
    expect(rotationProblems({ ...terms, commitmentPercent: 101 }).map(([f]) => f)).toEqual(['commitmentPercent']);
    expect(rotationProblems({ ...terms, hostAgencyId: 'gsa' }).map(([f]) => f)).toEqual(['hostAgency']);
    expect(rotationProblems({ ...terms, programType: 'TOUR_OF_DUTY', hostAgencyId: 'gsa' }).map(([f]) => f)).toEqual([
      'hostAgency',
    ]);
    for (const programType of ['ROTATION', 'GIG', 'FELLOWSHIP'] as const)
      expect(rotationProblems({ ...terms, programType, hostAgencyId: 'gsa' })).toEqual([]);
  });

  it('refuses an extension that does not move the end later', () => {
    const r = { startDate: d('2026-01-01'), endDate: d('2026-03-31') };
    expect(extensionRefusal(r, d('2026-04-01'))).toBeNull();
    expect(extensionRefusal(r, d('2026-03-31'))).toMatch(/later than 2026-03-31/);
    expect(extensionRefusal(r, d('2030-01-02'))).toMatch(/four years/);
  });

  it('completes on or after the last day, or on an earlier day that has passed', () => {
    const r = { startDate: d('2026-01-01'), endDate: d('2026-03-09') };
    expect(completionDay(r, null, now)).toEqual({ day: d('2026-03-09') });
    expect(completionDay({ ...r, endDate: d('2026-03-10') }, null, now)).toEqual({ day: d('2026-03-10') });
    expect(completionDay({ ...r, endDate: d('2026-03-11') }, null, now)).toMatchObject({
      refusal: expect.stringMatching(/runs until 2026-03-11/),
    });
    expect(completionDay({ ...r, endDate: d('2026-06-30') }, d('2026-03-01'), now)).toEqual({ day: d('2026-03-01') });
    expect(completionDay(r, d('2025-12-31'), now)).toMatchObject({ refusal: expect.stringMatching(/started on/) });
    expect(completionDay(r, d('2026-03-10'), now)).toMatchObject({ refusal: expect.stringMatching(/extend it first/) });
    expect(completionDay({ ...r, endDate: d('2026-06-30') }, d('2026-03-11'), now)).toMatchObject({
      refusal: expect.stringMatching(/still to come/),
    });
  });
});

describe('the 100% ceiling', () => {
  const c = (from: string, to: string, commitmentPercent: number) => ({ startDate: d(from), endDate: d(to), commitmentPercent });

  it('finds the peak and its first day', () => {
    const others = [c('2026-01-01', '2026-01-31', 50), c('2026-01-20', '2026-02-10', 30), c('2026-02-01', '2026-02-28', 60)];
    expect(commitmentPeak(others, d('2026-01-01'), d('2026-03-31'))).toEqual({ percent: 90, on: d('2026-02-01') });
    expect(commitmentPeak(others, d('2026-01-01'), d('2026-01-19'))).toEqual({ percent: 50, on: d('2026-01-01') });
    expect(commitmentPeak(others, d('2026-03-01'), d('2026-03-31'))).toEqual({ percent: 0, on: null });
    // Inclusive ends: a rotation ending the day another starts overlaps it on that day.
    expect(
      commitmentPeak([c('2026-01-01', '2026-01-10', 60), c('2026-01-10', '2026-01-20', 60)], d('2026-01-01'), d('2026-01-31'))
        .percent,
    ).toBe(120);
  });

  it('refuses what passes 100% on any day, with the day and the shares', () => {
    const others = [c('2026-01-01', '2026-01-31', 30), c('2026-01-15', '2026-02-15', 30), c('2026-01-20', '2026-01-25', 30)];
    expect(commitmentRefusal(others, c('2026-01-01', '2026-03-01', 10))).toBeNull();
    expect(commitmentRefusal(others, c('2026-01-01', '2026-03-01', 11))).toBe(
      'The person would be committed 101% on 2026-01-20 (other rotations 90% + this one 11%); the limit is 100%',
    );
    expect(commitmentRefusal(others, c('2026-01-26', '2026-03-01', 40))).toBeNull();
  });

  it('agrees with the matching engine’s peakCommitment on random calendars', () => {
    const day = fc.integer({ min: 0, max: 120 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000));
    const commitment = fc
      .tuple(day, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 100 }))
      .map(([start, len, p]) => ({
        startDate: start,
        endDate: new Date(start.getTime() + len * 86_400_000),
        commitmentPercent: p,
      }));
    fc.assert(
      fc.property(fc.array(commitment, { maxLength: 8 }), commitment, (others, window) => {
        const mine = commitmentPeak(others, window.startDate, window.endDate).percent;
        expect(mine).toBe(peakCommitment(others, window.startDate, window.endDate));
        // Brute force over every day of the window.
        let brute = 0;
        for (let t = window.startDate.getTime(); t <= window.endDate.getTime(); t += 86_400_000) {
          brute = Math.max(
            brute,
            others
              .filter((o) => o.startDate.getTime() <= t && o.endDate.getTime() >= t)
              .reduce((s, o) => s + o.commitmentPercent, 0),
          );
        }
        expect(mine).toBe(brute);
      }),
      { numRuns: 300 },
    );
  });
});

describe('completion', () => {
  it('keeps the level before, never lowers the profile, flags listed-twice and bad levels', () => {
    const growth = skillGrowth(
      [
        { skillId: 'py', levelAfter: 4, gained: true },
        { skillId: 'sql', levelAfter: 2, gained: false },
        { skillId: 'new', levelAfter: 3, gained: true },
      ],
      new Map([
        ['py', 2],
        ['sql', 4],
      ]),
    );
    expect(growth).toEqual([
      { skillId: 'py', levelAfter: 4, gained: true, levelBefore: 2, profileLevel: 4 },
      { skillId: 'sql', levelAfter: 2, gained: false, levelBefore: 4, profileLevel: 4 },
      { skillId: 'new', levelAfter: 3, gained: true, levelBefore: null, profileLevel: 3 },
    ]);
    expect(
      attestationProblems([
        { skillId: 'a', levelAfter: 3, gained: true },
        { skillId: 'a', levelAfter: 4, gained: true },
        { skillId: 'b', levelAfter: 6, gained: false },
      ]),
    ).toEqual([
      [1, 'listed twice'],
      [2, 'level must be 1–5'],
    ]);
  });

  it('titles the evidence with the host and the opening or program', () => {
    expect(evidenceTitle('NASA', 'Telemetry pipeline', 'DETAIL')).toBe('Rotation at NASA: Telemetry pipeline');
    expect(evidenceTitle('GSA', null, 'TOUR_OF_DUTY')).toBe('Rotation at GSA: tour of duty');
  });
});

describe('mobility figures', () => {
  const rec = (over: Partial<RotationRecord>): RotationRecord => ({
    homeAgencyId: 'gsa',
    hostAgencyId: 'nasa',
    status: 'COMPLETED',
    startDate: d('2025-01-01'),
    endDate: d('2025-03-31'),
    endedOn: d('2025-03-31'),
    commitmentPercent: 100,
    cancelledAt: null,
    skillsGained: [],
    ...over,
  });
  const period = { from: d('2025-01-01'), to: d('2025-06-30') };
  const names = { agency: (id: string) => id.toUpperCase(), skill: (id: string) => id };

  it('counts served days only, from the start to the last day served', () => {
    expect(servedDaysIn(rec({}), period)).toBe(90);
    expect(servedDaysIn(rec({ status: 'ACTIVE', endedOn: null, endDate: d('2025-12-31') }), period)).toBe(181);
    expect(servedDaysIn(rec({ status: 'CANCELLED', endedOn: d('2025-01-10') }), period)).toBe(10);
    expect(servedDaysIn(rec({ status: 'CANCELLED', endedOn: null }), period)).toBe(0);
    expect(servedDaysIn(rec({ status: 'APPROVED', endedOn: null }), period)).toBe(0);
    expect(servedDaysIn(rec({ startDate: d('2024-12-01') }), period)).toBe(90);
  });

  it('aggregates flows, person-months, duration, completion and skills by the documented rules', () => {
    const f = computeMobilityFigures(
      [
        rec({ skillsGained: ['py', 'sql'] }), // 90 days at 100%
        rec({ commitmentPercent: 50, startDate: d('2025-02-01'), endDate: d('2025-07-31'), endedOn: null, status: 'ACTIVE' }), // 150 days in period at 50%
        rec({
          homeAgencyId: 'nasa',
          hostAgencyId: 'gsa',
          startDate: d('2025-06-01'),
          endDate: d('2025-06-30'),
          endedOn: d('2025-06-30'),
          skillsGained: ['py'],
        }), // 30 days
        rec({
          status: 'CANCELLED',
          endedOn: null,
          startDate: d('2025-09-01'),
          endDate: d('2025-10-01'),
          cancelledAt: new Date('2025-05-05T10:00:00Z'),
        }),
        rec({ status: 'CANCELLED', endedOn: d('2025-01-15'), cancelledAt: new Date('2025-01-15T10:00:00Z') }), // 15 days
        rec({ status: 'PROPOSED', endedOn: null }),
      ],
      period,
      [{ skillId: 'py', minLevel: 3, openOpenings: 2, discoverablePeopleAtLevel: 5 }],
      names,
      10,
    );
    expect(f.flows).toEqual([
      { fromAgencyId: 'gsa', toAgencyId: 'nasa', count: 3, personMonths: Math.round(((90 + 75 + 15) / 30.4375) * 100) / 100 },
      { fromAgencyId: 'nasa', toAgencyId: 'gsa', count: 1, personMonths: Math.round((30 / 30.4375) * 100) / 100 },
    ]);
    expect(f.rotationsInService).toBe(4);
    expect(f.personMonths).toBe(Math.round(((90 + 75 + 15 + 30) / 30.4375) * 100) / 100);
    expect(f.averageDurationDays).toBe(60); // (90 + 30) / 2
    expect([f.completed, f.cancelled, f.completionRate]).toEqual([2, 2, 0.5]);
    expect(f.topSkillsGained).toEqual([
      { skillId: 'py', count: 2 },
      { skillId: 'sql', count: 1 },
    ]);
  });

  it('answers nulls for an empty period', () => {
    const f = computeMobilityFigures([], period, [], names, 10);
    expect(f).toMatchObject({
      flows: [],
      rotationsInService: 0,
      personMonths: 0,
      averageDurationDays: null,
      completionRate: null,
      topSkillsGained: [],
    });
  });

  it('writes CSV safely: quotes, line breaks, formula-looking text', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell(null)).toBe('');
    const f = computeMobilityFigures([rec({ skillsGained: ['py'] })], period, [], names, 10);
    const csv = mobilityCsv(f, {
      scope: 'ALL',
      agency: (id) => id.toUpperCase(),
      skill: () => ({ name: 'Python, the language', scheme: 'ONET_TECH', code: '43232405|Python' }),
    });
    expect(csv.split('\r\n')).toEqual([
      'metric,from_agency,to_agency,skill,skill_scheme,skill_code,min_level,value',
      'period_from,,,,,,,2025-01-01',
      'period_to,,,,,,,2025-06-30',
      'scope,,,,,,,ALL',
      'rotations_in_service,,,,,,,1',
      'person_months,,,,,,,2.96',
      'average_duration_days,,,,,,,90',
      'completed,,,,,,,1',
      'cancelled,,,,,,,0',
      'completion_rate,,,,,,,1',
      'flow_count,GSA,NASA,,,,,1',
      'flow_person_months,GSA,NASA,,,,,2.96',
      'skill_gained,,,"Python, the language",ONET_TECH,43232405|Python,,1',
      '',
    ]);
  });
});
