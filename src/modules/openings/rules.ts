/**
 * Rules for rotation openings: lifecycle, who sees what, who may apply. Plain data in, answers
 * out; the schema layer gathers the facts and turns refusals into typed errors.
 */
import type { Principal } from '../../platform/auth/principal.js';

export type OpeningStatus = 'DRAFT' | 'OPEN' | 'CLOSED' | 'FILLED' | 'ARCHIVED' | 'CANCELLED';
export type ProgramType = 'DETAIL' | 'ROTATION' | 'GIG' | 'TOUR_OF_DUTY' | 'FELLOWSHIP';

/**
 * Allowed status changes. CLOSED → OPEN reopens (after moving the deadline); FILLED comes only
 * from selection; ARCHIVED is the end of every path.
 */
export const OPENING_TRANSITIONS: Readonly<Record<OpeningStatus, readonly OpeningStatus[]>> = {
  DRAFT: ['OPEN', 'CANCELLED'],
  OPEN: ['CLOSED', 'FILLED', 'CANCELLED'],
  CLOSED: ['OPEN', 'FILLED', 'ARCHIVED', 'CANCELLED'],
  FILLED: ['ARCHIVED'],
  CANCELLED: ['ARCHIVED'],
  ARCHIVED: [],
};

/** Why `from → to` is not allowed, or null when it is. */
export function transitionRefusal(from: OpeningStatus, to: OpeningStatus): string | null {
  if (OPENING_TRANSITIONS[from].includes(to)) return null;
  const allowed = OPENING_TRANSITIONS[from];
  return `An opening that is ${from} cannot become ${to}${allowed.length ? ` (it can become ${allowed.join(', ')})` : ''}`;
}

/** Statuses in which the opening itself may be edited. */
export const EDITABLE: ReadonlySet<OpeningStatus> = new Set(['DRAFT', 'OPEN', 'CLOSED']);

/** Statuses in which applicants may still be shortlisted, selected or declined. */
export const SELECTING: ReadonlySet<OpeningStatus> = new Set(['OPEN', 'CLOSED']);

/**
 * An OPEN opening whose deadline has passed is CLOSED, whether or not the sweeper has written
 * that yet: nobody ever sees a stale OPEN.
 */
export function effectiveStatus(o: { status: OpeningStatus; applicationDeadline: Date }, now: Date): OpeningStatus {
  return o.status === 'OPEN' && o.applicationDeadline <= now ? 'CLOSED' : o.status;
}

/**
 * Programs that move a person to another agency. A DETAIL or a TOUR_OF_DUTY is, by definition
 * here, service away from one's own agency, so the host agency's own staff may not apply (a
 * move inside the agency is a reassignment, handled by its own HR process). ROTATION, GIG and
 * FELLOWSHIP openings are open to the host's staff as well (NASA-style internal rotations).
 * "Own agency" means the same agency record: a NOAA employee may take a detail at Commerce.
 */
export const CROSS_AGENCY_ONLY: ReadonlySet<ProgramType> = new Set(['DETAIL', 'TOUR_OF_DUTY']);

/** Roles that post and manage openings of their agency. */
const MANAGING_ROLES = ['HIRING_MANAGER', 'HR_SPECIALIST', 'ADMIN'] as const;

/** Manages the host agency's openings: hiring managers, HR and admins of that agency, and its read-scoped integrations. */
export function managesOpenings(viewer: Principal | null, hostAgencyId: string): boolean {
  if (!viewer || viewer.agencyId !== hostAgencyId) return false;
  if (viewer.roles.some((r) => (MANAGING_ROLES as readonly string[]).includes(r))) return true;
  return viewer.roles.includes('INTEGRATION') && viewer.scopes.includes('read');
}

/** May change the host agency's openings (people only; integrations get bulk sync later). */
export function editsOpenings(viewer: Principal | null, hostAgencyId: string): boolean {
  return (
    !!viewer && viewer.agencyId === hostAgencyId && viewer.roles.some((r) => r === 'HIRING_MANAGER' || r === 'HR_SPECIALIST')
  );
}

export interface OpeningFacts {
  hostAgencyId: string;
  status: OpeningStatus;
  /** Agencies whose staff may apply; empty = everyone. */
  restrictedTo: readonly string[];
}

/**
 * Whether a restriction admits staff of an agency. `agencyChain` is the agency and its parents,
 * so an opening restricted to a department admits its bureaus.
 */
export function restrictionAdmits(restrictedTo: readonly string[], agencyChain: readonly string[]): boolean {
  return restrictedTo.length === 0 || restrictedTo.some((a) => agencyChain.includes(a));
}

/**
 * Who sees an opening: drafts only the host's managers; restricted openings only the host's
 * staff and staff of the listed agencies (and their bureaus); everything else every signed-in user.
 */
export function canSeeOpening(viewer: Principal | null, o: OpeningFacts, agencyChain: readonly string[]): boolean {
  if (!viewer) return false;
  if (o.status === 'DRAFT') return managesOpenings(viewer, o.hostAgencyId);
  return viewer.agencyId === o.hostAgencyId || restrictionAdmits(o.restrictedTo, agencyChain);
}

export interface ApplicantFacts {
  agencyId: string;
  agencyChain: readonly string[];
}

/** Why this person may not apply, or null when they may. */
export function applyRefusal(
  o: OpeningFacts & { programType: ProgramType; applicationDeadline: Date },
  applicant: ApplicantFacts,
  now: Date,
): { kind: 'state' | 'forbidden'; message: string } | null {
  const status = effectiveStatus(o, now);
  if (status !== 'OPEN') {
    return {
      kind: 'state',
      message:
        status === 'CLOSED' && o.applicationDeadline <= now
          ? 'The application deadline has passed'
          : `The opening is ${status}, not open for applications`,
    };
  }
  if (!restrictionAdmits(o.restrictedTo, applicant.agencyChain)) {
    return { kind: 'forbidden', message: 'This opening is restricted to staff of other agencies' };
  }
  if (CROSS_AGENCY_ONLY.has(o.programType) && applicant.agencyId === o.hostAgencyId) {
    return {
      kind: 'forbidden',
      message: `A ${o.programType} is service at another agency: staff of the host agency cannot apply`,
    };
  }
  return null;
}

/** 40-hour week: hours per week as a share of working time, 1–100. */
export function commitmentFromHours(hoursPerWeek: number): number {
  return Math.min(100, Math.max(1, Math.round((hoursPerWeek * 100) / 40)));
}

const DAY = 86_400_000;

/** Last day of an assignment that starts on `start` (a UTC date) and lasts `weeks` weeks. */
export function endDateOf(start: Date, weeks: number): Date {
  return new Date(start.getTime() + (weeks * 7 - 1) * DAY);
}

/** Problems with an opening's dates and numbers, as [field, message]; empty when consistent. */
export function openingProblems(o: {
  startDate: Date;
  applicationDeadline: Date;
  gradeMin: number | null;
  gradeMax: number | null;
}): [string, string][] {
  const problems: [string, string][] = [];
  if (o.applicationDeadline.getTime() > o.startDate.getTime() + DAY) {
    problems.push(['applicationDeadline', 'the application deadline is after the start date']);
  }
  if (o.gradeMin !== null && o.gradeMax !== null && o.gradeMin > o.gradeMax)
    problems.push(['gradeMax', 'gradeMax is below gradeMin']);
  return problems;
}
