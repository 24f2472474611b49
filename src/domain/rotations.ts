/**
 * Rotations: a person working for a host agency away from the home agency. Selection in the
 * marketplace creates one as PROPOSED; its lifecycle after that is defined with the rotation
 * record (approval by both agencies, start, completion).
 */
import type { Principal } from '../auth/principal.js';
import { managesOpenings } from './openings.js';

/** The person, HR of the home agency and the host agency's managers see a rotation. */
export function canSeeRotation(
  viewer: Principal | null,
  r: { personSubject: string | null; homeAgencyId: string; hostAgencyId: string },
): boolean {
  if (!viewer) return false;
  if (r.personSubject !== null && viewer.subject === r.personSubject) return true;
  if (viewer.agencyId === r.homeAgencyId && viewer.roles.some((role) => role === 'HR_SPECIALIST' || role === 'ADMIN')) return true;
  return managesOpenings(viewer, r.hostAgencyId);
}
