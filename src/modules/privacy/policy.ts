/**
 * Who may read the accounting. The person reads the disclosures of their own record; the agency's
 * privacy officer (role PRIVACY_OFFICER) reads the disclosures and the audit log of the agency's
 * records. Nobody else, ADMIN included: administering the service and auditing it are separate
 * duties, and an identity provider can grant the role without any power to change data.
 */
import { hasRole, type Principal } from '../../platform/auth/principal.js';

export function isPrivacyOfficer(viewer: Principal | null): viewer is Principal {
  return hasRole(viewer, 'PRIVACY_OFFICER');
}

/** A profile's disclosures: its person, or the privacy officer of its home agency. */
export function mayReadDisclosuresOf(viewer: Principal | null, profile: { subject: string | null; agencyId: string }): boolean {
  if (!viewer) return false;
  if (profile.subject !== null && profile.subject === viewer.subject) return true;
  return isPrivacyOfficer(viewer) && viewer.agencyId === profile.agencyId;
}

/**
 * Voluntary self-identification: a person acting for themselves (the roles that have a profile),
 * about their own record only; never a machine client, and not the privacy-office role alone.
 */
export function mayTouchSelfIdentification(viewer: Principal | null): viewer is Principal {
  return hasRole(viewer, 'EMPLOYEE', 'HIRING_MANAGER', 'HR_SPECIALIST', 'ADMIN');
}
