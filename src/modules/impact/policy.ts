/**
 * Who may see adverse-impact reports: HR specialists and administrators of the agency that hosts
 * the openings. Hiring managers never: they decide on the people the report counts. Reports hold
 * aggregates only; a person's self-identification is theirs alone (privacy/policy.ts).
 */
import { hasRole, type Principal } from '../../platform/auth/principal.js';

export function mayReadImpactReports(viewer: Principal | null): viewer is Principal {
  return hasRole(viewer, 'HR_SPECIALIST', 'ADMIN');
}

/** Object level: only openings of the viewer's own agency. */
export function mayReportOn(viewer: Principal | null, hostAgencyId: string): boolean {
  return mayReadImpactReports(viewer) && viewer.agencyId === hostAgencyId;
}
