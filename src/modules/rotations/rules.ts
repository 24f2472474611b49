/**
 * Rotations: a person working for a host agency away from the home agency. Plain rules, no
 * GraphQL, no database: the schema layer (src/graphql/rotation.ts) gathers the facts, holds the
 * locks and turns refusals into typed errors.
 *
 * Lifecycle
 *   PROPOSED  on selection in the marketplace, or created by home-agency HR (no opening)
 *   APPROVED  once the home agency (an HR specialist) and the host agency (a hiring manager or HR
 *             specialist) have both approved; two different people
 *   ACTIVE    from the start date: an APPROVED rotation whose start date has come reads as ACTIVE
 *             at once, and every change or the sweeper writes it down
 *   COMPLETED on or after the last day served, with the host's attestation of skills
 *   CANCELLED with a reason, from any status before COMPLETED
 *
 * Invariants: end on or after start; commitment 1–100%; a DETAIL or TOUR_OF_DUTY has a host other
 * than the home agency; a person's PROPOSED, APPROVED and ACTIVE rotations never add up to more
 * than 100% on any day.
 */
import type { Principal } from '../../platform/auth/principal.js';
import { CROSS_AGENCY_ONLY, managesOpenings, type ProgramType } from '../openings/rules.js';

export type RotationStatus = 'PROPOSED' | 'APPROVED' | 'ACTIVE' | 'COMPLETED' | 'CANCELLED';
export type RotationSide = 'HOME' | 'HOST';
export type RotationAction = 'APPROVE_HOME' | 'APPROVE_HOST' | 'START' | 'EXTEND' | 'COMPLETE' | 'CANCEL' | 'UPDATE';

export const ROTATION_TRANSITIONS: Readonly<Record<RotationStatus, readonly RotationStatus[]>> = {
  PROPOSED: ['APPROVED', 'CANCELLED'],
  APPROVED: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

/** Statuses that hold a share of the person's time. */
export const COMMITTING: readonly RotationStatus[] = ['PROPOSED', 'APPROVED', 'ACTIVE'];

/** Why `from → to` is not allowed, or null when it is. */
export function rotationTransitionRefusal(from: RotationStatus, to: RotationStatus): string | null {
  if (ROTATION_TRANSITIONS[from].includes(to)) return null;
  const allowed = ROTATION_TRANSITIONS[from];
  return `A rotation that is ${from} cannot become ${to}${allowed.length ? ` (it can become ${allowed.join(' or ')})` : ''}`;
}

const DAY = 86_400_000;

/** The UTC calendar day of an instant, as a date at 00:00 UTC (the shape of @db.Date columns). */
export function dayOf(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}

export const addDays = (day: Date, n: number) => new Date(day.getTime() + n * DAY);
export const isoDay = (day: Date) => day.toISOString().slice(0, 10);
/** Days from `from` to `to`, both included (0 when `to` is before `from`). */
export const daysInclusive = (from: Date, to: Date) =>
  Math.max(0, Math.round((dayOf(to).getTime() - dayOf(from).getTime()) / DAY) + 1);

/**
 * What a rotation is now: an APPROVED rotation whose start date has come is ACTIVE, whether or not
 * that has been written down yet.
 */
export function effectiveRotationStatus(r: { status: RotationStatus; startDate: Date }, now: Date): RotationStatus {
  return r.status === 'APPROVED' && r.startDate.getTime() <= dayOf(now).getTime() ? 'ACTIVE' : r.status;
}

// ─── Who does what ──────────────────────────────────────────────────────────

export interface RotationParties {
  /** Token subject of the person on rotation. */
  personSubject: string | null;
  homeAgencyId: string;
  hostAgencyId: string;
  /** Token subject of the named host supervisor, if any. */
  hostSupervisorSubject?: string | null;
}

const isPerson = (v: Principal, r: RotationParties) => r.personSubject !== null && v.subject === r.personSubject;

/** The person, HR of the home agency and the host agency's managers see a rotation. */
export function canSeeRotation(viewer: Principal | null, r: RotationParties): boolean {
  if (!viewer) return false;
  if (isPerson(viewer, r)) return true;
  if (viewer.agencyId === r.homeAgencyId && viewer.roles.some((role) => role === 'HR_SPECIALIST' || role === 'ADMIN'))
    return true;
  if (r.hostSupervisorSubject && viewer.subject === r.hostSupervisorSubject) return true;
  return managesOpenings(viewer, r.hostAgencyId);
}

/** Home side: HR specialists of the home agency (never the person on rotation). */
export function actsForHome(viewer: Principal | null, r: RotationParties): boolean {
  return !!viewer && !isPerson(viewer, r) && viewer.agencyId === r.homeAgencyId && viewer.roles.includes('HR_SPECIALIST');
}

/** Host side: hiring managers and HR specialists of the host agency (never the person on rotation). */
export function actsForHost(viewer: Principal | null, r: RotationParties): boolean {
  return (
    !!viewer &&
    !isPerson(viewer, r) &&
    viewer.agencyId === r.hostAgencyId &&
    viewer.roles.some((role) => role === 'HIRING_MANAGER' || role === 'HR_SPECIALIST')
  );
}

/** Who attests completion: the host side, or the host supervisor named on the rotation. */
export function attestsCompletion(viewer: Principal | null, r: RotationParties): boolean {
  if (!viewer || isPerson(viewer, r)) return false;
  return actsForHost(viewer, r) || (!!r.hostSupervisorSubject && viewer.subject === r.hostSupervisorSubject);
}

export interface RotationFacts extends RotationParties {
  status: RotationStatus;
  startDate: Date;
  endDate: Date;
  homeApprovedBy: string | null;
  hostApprovedBy: string | null;
}

/** Why the viewer may not approve for `side` now, or null. `kind` says which typed error it is. */
export function approvalRefusal(
  viewer: Principal | null,
  r: RotationFacts,
  side: RotationSide,
  now: Date,
): { kind: 'forbidden' | 'state'; message: string } | null {
  if (side === 'HOME' ? !actsForHome(viewer, r) : !actsForHost(viewer, r)) {
    return {
      kind: 'forbidden',
      message:
        side === 'HOME'
          ? 'Only HR specialists of the home agency approve for the home side'
          : "Only the host agency's hiring managers and HR specialists approve for the host side",
    };
  }
  const status = effectiveRotationStatus(r, now);
  if (status !== 'PROPOSED')
    return { kind: 'state', message: `The rotation is ${status}; approvals are given while it is PROPOSED` };
  const mine = side === 'HOME' ? r.homeApprovedBy : r.hostApprovedBy;
  const other = side === 'HOME' ? r.hostApprovedBy : r.homeApprovedBy;
  if (mine) return { kind: 'state', message: `The ${side.toLowerCase()} agency has already approved` };
  if (other && other === viewer!.subject)
    return { kind: 'forbidden', message: 'You approved the other side: the two approvals need two people' };
  return null;
}

/** Who cancels: either agency's managers at any time before completion; the person before the start. */
export function cancelRefusal(
  viewer: Principal | null,
  r: RotationFacts,
  now: Date,
): { kind: 'forbidden' | 'state'; message: string } | null {
  const status = effectiveRotationStatus(r, now);
  const person = !!viewer && isPerson(viewer, r);
  if (!person && !actsForHome(viewer, r) && !actsForHost(viewer, r)) {
    return {
      kind: 'forbidden',
      message: "Only the home agency's HR, the host agency's managers or, before the start, the person cancel a rotation",
    };
  }
  const transition = rotationTransitionRefusal(status, 'CANCELLED');
  if (transition) return { kind: 'state', message: transition };
  if (person && status === 'ACTIVE') {
    return { kind: 'forbidden', message: 'The rotation has started: ask your HR office or the host to cancel it' };
  }
  return null;
}

/** What the viewer may do with the rotation now (for clients to show the right buttons). */
export function allowedActions(viewer: Principal | null, r: RotationFacts, now: Date): RotationAction[] {
  const status = effectiveRotationStatus(r, now);
  const actions: RotationAction[] = [];
  if (!approvalRefusal(viewer, r, 'HOME', now)) actions.push('APPROVE_HOME');
  if (!approvalRefusal(viewer, r, 'HOST', now)) actions.push('APPROVE_HOST');
  if (r.status === 'APPROVED' && status === 'ACTIVE' && actsForHost(viewer, r)) actions.push('START');
  if (status === 'ACTIVE' && (actsForHome(viewer, r) || actsForHost(viewer, r))) actions.push('EXTEND');
  if (status === 'ACTIVE' && attestsCompletion(viewer, r)) actions.push('COMPLETE');
  if (!cancelRefusal(viewer, r, now)) actions.push('CANCEL');
  if (EDITABLE_DETAILS.has(status) && (actsForHome(viewer, r) || actsForHost(viewer, r))) actions.push('UPDATE');
  return actions;
}

/** Statuses in which the agreement, reimbursement and host supervisor may be edited. */
export const EDITABLE_DETAILS: ReadonlySet<RotationStatus> = new Set(['PROPOSED', 'APPROVED', 'ACTIVE']);
/** Dates and commitment change only while PROPOSED (approvals given so far are withdrawn); later, extendRotation. */
export const EDITABLE_TERMS: ReadonlySet<RotationStatus> = new Set(['PROPOSED']);

// ─── Terms ──────────────────────────────────────────────────────────────────

/** The longest rotation accepted, start to end (four years, the longest IPA assignment). */
export const MAX_ROTATION_DAYS = 4 * 365 + 1;

export interface RotationTerms {
  programType: ProgramType;
  homeAgencyId: string;
  hostAgencyId: string;
  startDate: Date;
  endDate: Date;
  commitmentPercent: number;
}

/** Problems with a rotation's terms, as [field, message]; empty when consistent. */
export function rotationProblems(t: RotationTerms): [string, string][] {
  const problems: [string, string][] = [];
  if (t.endDate.getTime() < t.startDate.getTime()) problems.push(['endDate', 'the end date is before the start date']);
  else if (daysInclusive(t.startDate, t.endDate) > MAX_ROTATION_DAYS)
    problems.push(['endDate', 'a rotation lasts at most four years']);
  if (!Number.isInteger(t.commitmentPercent) || t.commitmentPercent < 1 || t.commitmentPercent > 100) {
    problems.push(['commitmentPercent', 'the commitment is a share of working time, 1–100']);
  }
  if (CROSS_AGENCY_ONLY.has(t.programType) && t.homeAgencyId === t.hostAgencyId) {
    problems.push(['hostAgency', `a ${t.programType} is service at another agency: the host cannot be the home agency`]);
  }
  return problems;
}

export interface Commitment {
  startDate: Date;
  endDate: Date;
  commitmentPercent: number;
}

/**
 * The highest total commitment on any day of [from, to] (inclusive), and the first day it is
 * reached (null when nothing overlaps). The total only rises on a commitment's first day, so
 * those days (and `from`) are the only candidates.
 */
export function commitmentPeak(commitments: readonly Commitment[], from: Date, to: Date): { percent: number; on: Date | null } {
  const overlapping = commitments.filter((c) => c.startDate.getTime() <= to.getTime() && c.endDate.getTime() >= from.getTime());
  const days = [
    ...new Set([from, ...overlapping.map((c) => (c.startDate > from ? c.startDate : from))].map((d) => d.getTime())),
  ].sort((a, b) => a - b);
  let best = { percent: 0, on: null as Date | null };
  for (const day of days) {
    const load = overlapping
      .filter((c) => c.startDate.getTime() <= day && c.endDate.getTime() >= day)
      .reduce((sum, c) => sum + c.commitmentPercent, 0);
    if (load > best.percent) best = { percent: load, on: new Date(day) };
  }
  return best;
}

/** Why adding `wanted` to the person's other committing rotations would pass 100%, or null. */
export function commitmentRefusal(others: readonly Commitment[], wanted: Commitment): string | null {
  const peak = commitmentPeak(others, wanted.startDate, wanted.endDate);
  const total = peak.percent + wanted.commitmentPercent;
  if (total <= 100) return null;
  return `The person would be committed ${total}% on ${isoDay(peak.on!)} (other rotations ${peak.percent}% + this one ${wanted.commitmentPercent}%); the limit is 100%`;
}

// ─── Completion ─────────────────────────────────────────────────────────────

export interface AttestedSkill {
  skillId: string;
  levelAfter: number;
  gained: boolean;
}

export interface SkillGrowth extends AttestedSkill {
  /** The person's level before, null when the skill is new to the profile. */
  levelBefore: number | null;
  /** The profile's level afterwards: never lowered by an attestation. */
  profileLevel: number;
}

/** Problems with an attestation, as [index, message]. */
export function attestationProblems(skills: readonly AttestedSkill[]): [number, string][] {
  const problems: [number, string][] = [];
  skills.forEach((s, i) => {
    if (!Number.isInteger(s.levelAfter) || s.levelAfter < 1 || s.levelAfter > 5) problems.push([i, 'level must be 1–5']);
    else if (skills.findIndex((o) => o.skillId === s.skillId) !== i) problems.push([i, 'listed twice']);
  });
  return problems;
}

/** What completion writes per attested skill, given the person's current levels by skill ID. */
export function skillGrowth(skills: readonly AttestedSkill[], current: ReadonlyMap<string, number>): SkillGrowth[] {
  return skills.map((s) => {
    const before = current.get(s.skillId) ?? null;
    return { ...s, levelBefore: before, profileLevel: Math.max(before ?? 0, s.levelAfter) };
  });
}

/** Title of the ROTATION evidence a completed rotation adds to each attested skill. */
export function evidenceTitle(hostAgencyName: string, openingTitle: string | null, programType: ProgramType): string {
  const what = openingTitle ?? `${programType.replace(/_/g, ' ').toLowerCase()}`;
  return `Rotation at ${hostAgencyName}: ${what}`.slice(0, 200);
}

/**
 * The last day served when a rotation completes: the planned end unless the host says it ended
 * earlier. Refusal when that day is before the start, after the planned end, or still to come.
 */
export function completionDay(
  r: { startDate: Date; endDate: Date },
  endedOn: Date | null,
  now: Date,
): { day: Date } | { refusal: string } {
  const today = dayOf(now).getTime();
  const day = endedOn ?? r.endDate;
  if (day.getTime() < r.startDate.getTime())
    return { refusal: `The rotation started on ${isoDay(r.startDate)}; it cannot end before that` };
  if (day.getTime() > r.endDate.getTime())
    return { refusal: `The rotation ends on ${isoDay(r.endDate)}: extend it first (extendRotation)` };
  if (day.getTime() > today) {
    return {
      refusal: endedOn
        ? `${isoDay(day)} is still to come`
        : `The rotation runs until ${isoDay(r.endDate)}: complete it then, or give the earlier day it ended (endedOn)`,
    };
  }
  return { day };
}

/** Why an extension to `newEnd` is refused (dates only; the commitment is checked separately). */
export function extensionRefusal(r: { startDate: Date; endDate: Date }, newEnd: Date): string | null {
  if (newEnd.getTime() <= r.endDate.getTime()) return `An extension moves the end date later than ${isoDay(r.endDate)}`;
  if (daysInclusive(r.startDate, newEnd) > MAX_ROTATION_DAYS) return 'A rotation lasts at most four years';
  return null;
}
