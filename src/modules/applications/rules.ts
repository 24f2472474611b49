/**
 * Rules for applications: their lifecycle, the home supervisor's approval, and selection
 * within an opening's slots. Plain data in, answers out.
 */
import type { Principal } from '../../platform/auth/principal.js';
import { SELECTING, managesOpenings, type OpeningStatus } from '../openings/rules.js';

export type ApplicationStatus = 'SUBMITTED' | 'SHORTLISTED' | 'SELECTED' | 'DECLINED' | 'WITHDRAWN';
export type SupervisorApproval = 'NOT_REQUIRED' | 'PENDING' | 'APPROVED' | 'DENIED';

/**
 * SUBMITTED → SHORTLISTED → SELECTED, or DECLINED / WITHDRAWN from either of the first two.
 * A selection is undone by cancelling its rotation, not by withdrawing the application.
 */
export const APPLICATION_TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  SUBMITTED: ['SHORTLISTED', 'SELECTED', 'DECLINED', 'WITHDRAWN'],
  SHORTLISTED: ['SELECTED', 'DECLINED', 'WITHDRAWN'],
  SELECTED: [],
  DECLINED: [],
  WITHDRAWN: [],
};

export function applicationTransitionRefusal(from: ApplicationStatus, to: ApplicationStatus): string | null {
  if (APPLICATION_TRANSITIONS[from].includes(to)) return null;
  if (from === 'SELECTED' && to === 'WITHDRAWN') return 'The application was selected: cancel the rotation instead';
  return `An application that is ${from} cannot become ${to}`;
}

/**
 * A live application blocks a second one to the same opening: submitted, shortlisted or
 * selected. Declined and withdrawn ones do not (the person may apply again while it is open).
 */
export function isLive(status: ApplicationStatus): boolean {
  return status === 'SUBMITTED' || status === 'SHORTLISTED' || status === 'SELECTED';
}

export interface ApplicantOfRecord {
  subject: string | null;
  agencyId: string;
  supervisorSubject: string | null;
}

/**
 * Who decides the home supervisor's approval: the supervisor named on the profile, or an HR
 * specialist of the home agency acting for them. Never the applicant.
 */
export function decidesApproval(viewer: Principal | null, applicant: ApplicantOfRecord): boolean {
  if (!viewer || (applicant.subject !== null && viewer.subject === applicant.subject)) return false;
  if (applicant.supervisorSubject !== null && viewer.subject === applicant.supervisorSubject) return true;
  return viewer.agencyId === applicant.agencyId && viewer.roles.includes('HR_SPECIALIST');
}

/**
 * Who sees an application: the applicant, the host agency's managers, and the home side that
 * decides approval (named supervisor, home HR).
 */
export function canSeeApplication(viewer: Principal | null, a: { hostAgencyId: string; applicant: ApplicantOfRecord }): boolean {
  if (!viewer) return false;
  if (a.applicant.subject !== null && viewer.subject === a.applicant.subject) return true;
  return managesOpenings(viewer, a.hostAgencyId) || decidesApproval(viewer, a.applicant);
}

/** Why this application cannot be selected now, or null when it can. */
export function selectionRefusal(a: {
  status: ApplicationStatus;
  supervisorApproval: SupervisorApproval;
  openingStatus: OpeningStatus;
  slots: number;
  selectedCount: number;
}): string | null {
  const transition = applicationTransitionRefusal(a.status, 'SELECTED');
  if (transition) return transition;
  if (!SELECTING.has(a.openingStatus)) return `The opening is ${a.openingStatus}; selection is over`;
  if (a.supervisorApproval === 'PENDING') return "The applicant's home supervisor has not approved yet";
  if (a.supervisorApproval === 'DENIED') return "The applicant's home supervisor denied participation";
  if (a.selectedCount >= a.slots) return `All ${a.slots} slot${a.slots === 1 ? ' is' : 's are'} filled`;
  return null;
}
