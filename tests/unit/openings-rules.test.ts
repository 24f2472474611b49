/** The plain rules behind openings, applications and events, case by case. */
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../src/platform/auth/principal.js';
import {
  APPLICATION_TRANSITIONS,
  applicationTransitionRefusal,
  canSeeApplication,
  decidesApproval,
  isLive,
  selectionRefusal,
} from '../../src/modules/applications/rules.js';
import { mayReceive, type MarketplaceEvent } from '../../src/platform/pubsub/events.js';
import {
  OPENING_TRANSITIONS,
  applyRefusal,
  canSeeOpening,
  commitmentFromHours,
  effectiveStatus,
  endDateOf,
  openingProblems,
  transitionRefusal,
  type OpeningStatus,
} from '../../src/modules/openings/rules.js';

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
const now = new Date('2026-11-24T12:00:00Z');

describe('opening lifecycle', () => {
  const statuses = Object.keys(OPENING_TRANSITIONS) as OpeningStatus[];
  it('allows exactly the listed transitions', () => {
    const allowed = statuses.flatMap((from) =>
      statuses.filter((to) => transitionRefusal(from, to) === null).map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'DRAFT→OPEN',
        'DRAFT→CANCELLED',
        'OPEN→CLOSED',
        'OPEN→FILLED',
        'OPEN→CANCELLED',
        'CLOSED→OPEN',
        'CLOSED→FILLED',
        'CLOSED→ARCHIVED',
        'CLOSED→CANCELLED',
        'FILLED→ARCHIVED',
        'CANCELLED→ARCHIVED',
      ].sort(),
    );
    expect(transitionRefusal('ARCHIVED', 'OPEN')).toBe('An opening that is ARCHIVED cannot become OPEN');
  });

  it('reads an OPEN opening past its deadline as CLOSED', () => {
    expect(effectiveStatus({ status: 'OPEN', applicationDeadline: new Date(now.getTime() - 1) }, now)).toBe('CLOSED');
    expect(effectiveStatus({ status: 'OPEN', applicationDeadline: now }, now)).toBe('CLOSED');
    expect(effectiveStatus({ status: 'OPEN', applicationDeadline: new Date(now.getTime() + 1) }, now)).toBe('OPEN');
    expect(effectiveStatus({ status: 'DRAFT', applicationDeadline: new Date(0) }, now)).toBe('DRAFT');
  });

  it('derives commitment and end date', () => {
    expect([commitmentFromHours(40), commitmentFromHours(20), commitmentFromHours(1), commitmentFromHours(60)]).toEqual([
      100, 50, 3, 100,
    ]);
    expect(endDateOf(new Date('2027-01-04'), 1).toISOString().slice(0, 10)).toBe('2027-01-10');
    expect(endDateOf(new Date('2027-01-04'), 26).toISOString().slice(0, 10)).toBe('2027-07-04');
  });

  it('checks dates and grades', () => {
    const ok = { startDate: new Date('2027-01-04'), applicationDeadline: new Date('2026-12-20'), gradeMin: 11, gradeMax: 13 };
    expect(openingProblems(ok)).toEqual([]);
    expect(openingProblems({ ...ok, applicationDeadline: new Date('2027-02-01') })).toEqual([
      ['applicationDeadline', 'the application deadline is after the start date'],
    ]);
    expect(openingProblems({ ...ok, gradeMin: 14 })).toEqual([['gradeMax', 'gradeMax is below gradeMin']]);
  });
});

describe('who sees and who may apply', () => {
  const host = 'nasa';
  const draft = { hostAgencyId: host, status: 'DRAFT' as const, restrictedTo: [] };
  const restricted = { hostAgencyId: host, status: 'OPEN' as const, restrictedTo: ['doc'] };
  it('shows drafts to the host’s managers and read integrations only', () => {
    expect(canSeeOpening(who('m', host, ['HIRING_MANAGER']), draft, [host])).toBe(true);
    expect(canSeeOpening(who('h', host, ['HR_SPECIALIST']), draft, [host])).toBe(true);
    expect(canSeeOpening(who('i', host, ['INTEGRATION'], ['read']), draft, [host])).toBe(true);
    expect(canSeeOpening(who('i', host, ['INTEGRATION'], ['write']), draft, [host])).toBe(false);
    expect(canSeeOpening(who('e', host, ['EMPLOYEE']), draft, [host])).toBe(false);
    expect(canSeeOpening(who('m', 'gsa', ['HIRING_MANAGER']), draft, ['gsa'])).toBe(false);
    expect(canSeeOpening(null, { ...draft, status: 'OPEN' }, [])).toBe(false);
  });
  it('admits the listed agencies and their bureaus to restricted openings', () => {
    expect(canSeeOpening(who('e', 'noaa', ['EMPLOYEE']), restricted, ['noaa', 'doc'])).toBe(true);
    expect(canSeeOpening(who('e', 'gsa', ['EMPLOYEE']), restricted, ['gsa'])).toBe(false);
    expect(canSeeOpening(who('e', host, ['EMPLOYEE']), restricted, [host])).toBe(true);
  });
  it('refuses applications by state, restriction and program', () => {
    const o = {
      hostAgencyId: host,
      status: 'OPEN' as const,
      restrictedTo: [] as string[],
      programType: 'DETAIL' as const,
      applicationDeadline: new Date(now.getTime() + 1000),
    };
    expect(applyRefusal(o, { agencyId: 'gsa', agencyChain: ['gsa'] }, now)).toBeNull();
    expect(applyRefusal(o, { agencyId: host, agencyChain: [host] }, now)?.kind).toBe('forbidden');
    expect(applyRefusal({ ...o, programType: 'TOUR_OF_DUTY' }, { agencyId: host, agencyChain: [host] }, now)?.kind).toBe(
      'forbidden',
    );
    for (const p of ['ROTATION', 'GIG', 'FELLOWSHIP'] as const)
      expect(applyRefusal({ ...o, programType: p }, { agencyId: host, agencyChain: [host] }, now)).toBeNull();
    expect(applyRefusal({ ...o, restrictedTo: ['doc'] }, { agencyId: 'gsa', agencyChain: ['gsa'] }, now)?.kind).toBe('forbidden');
    expect(applyRefusal({ ...o, applicationDeadline: now }, { agencyId: 'gsa', agencyChain: ['gsa'] }, now)).toEqual({
      kind: 'state',
      message: 'The application deadline has passed',
    });
    expect(applyRefusal({ ...o, status: 'FILLED' }, { agencyId: 'gsa', agencyChain: ['gsa'] }, now)?.kind).toBe('state');
  });
});

describe('applications', () => {
  it('has one path to SELECTED and no way back from the end states', () => {
    expect(APPLICATION_TRANSITIONS.SELECTED).toEqual([]);
    expect(applicationTransitionRefusal('SELECTED', 'WITHDRAWN')).toMatch(/cancel the rotation/);
    expect(applicationTransitionRefusal('DECLINED', 'SHORTLISTED')).toBe(
      'An application that is DECLINED cannot become SHORTLISTED',
    );
    expect(applicationTransitionRefusal('SHORTLISTED', 'SUBMITTED')).not.toBeNull();
    expect(['SUBMITTED', 'SHORTLISTED', 'SELECTED', 'DECLINED', 'WITHDRAWN'].filter((s) => isLive(s as never))).toEqual([
      'SUBMITTED',
      'SHORTLISTED',
      'SELECTED',
    ]);
  });

  it('lets the named supervisor or home HR decide approval, never the applicant', () => {
    const applicant = { subject: 'ana', agencyId: 'gsa', supervisorSubject: 'boss' };
    expect(decidesApproval(who('boss', 'gsa', ['EMPLOYEE']), applicant)).toBe(true);
    expect(decidesApproval(who('hr', 'gsa', ['HR_SPECIALIST']), applicant)).toBe(true);
    expect(decidesApproval(who('hr', 'nasa', ['HR_SPECIALIST']), applicant)).toBe(false);
    expect(decidesApproval(who('hm', 'gsa', ['HIRING_MANAGER']), applicant)).toBe(false);
    expect(decidesApproval(who('ana', 'gsa', ['HR_SPECIALIST']), applicant)).toBe(false);
    expect(canSeeApplication(who('hm', 'nasa', ['HIRING_MANAGER']), { hostAgencyId: 'nasa', applicant })).toBe(true);
    expect(canSeeApplication(who('peer', 'gsa', ['EMPLOYEE']), { hostAgencyId: 'nasa', applicant })).toBe(false);
  });

  it('selects only approved (or exempt) applicants while slots remain and the opening is selecting', () => {
    const base = {
      status: 'SHORTLISTED' as const,
      supervisorApproval: 'APPROVED' as const,
      openingStatus: 'CLOSED' as const,
      slots: 2,
      selectedCount: 1,
    };
    expect(selectionRefusal(base)).toBeNull();
    expect(selectionRefusal({ ...base, supervisorApproval: 'NOT_REQUIRED' })).toBeNull();
    expect(selectionRefusal({ ...base, selectedCount: 2 })).toBe('All 2 slots are filled');
    expect(selectionRefusal({ ...base, supervisorApproval: 'PENDING' })).toMatch(/not approved/);
    expect(selectionRefusal({ ...base, supervisorApproval: 'DENIED' })).toMatch(/denied/);
    expect(selectionRefusal({ ...base, openingStatus: 'CANCELLED' })).toMatch(/selection is over/);
    expect(selectionRefusal({ ...base, status: 'WITHDRAWN' })).toMatch(/WITHDRAWN/);
  });
});

describe('event audience', () => {
  const applied: MarketplaceEvent = {
    kind: 'APPLIED',
    occurredAt: now,
    openingId: 'o1',
    hostAgencyId: 'nasa',
    applicationId: 'a1',
    applicant: { subject: 'ana', agencyId: 'gsa', supervisorSubject: 'boss' },
  };
  const closed: MarketplaceEvent = {
    kind: 'OPENING_CLOSED',
    occurredAt: now,
    openingId: 'o1',
    hostAgencyId: 'nasa',
    applicantSubjects: ['ana'],
  };
  it('reaches the host’s managers, the applicant and the home side only', () => {
    const receives = (p: Principal | null) => [mayReceive(p, applied), mayReceive(p, closed)];
    expect(receives(who('hm', 'nasa', ['HIRING_MANAGER']))).toEqual([true, true]);
    expect(receives(who('ana', 'gsa', ['EMPLOYEE']))).toEqual([true, true]);
    expect(receives(who('boss', 'gsa', ['EMPLOYEE']))).toEqual([true, false]);
    expect(receives(who('hr', 'gsa', ['HR_SPECIALIST']))).toEqual([true, false]);
    expect(receives(who('emp', 'nasa', ['EMPLOYEE']))).toEqual([false, false]);
    expect(receives(who('hm', 'gsa', ['HIRING_MANAGER']))).toEqual([false, false]);
    expect(receives(null)).toEqual([false, false]);
  });
});
