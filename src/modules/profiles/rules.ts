/**
 * Who may see what of a profile. Plain rules, no GraphQL, no database: the caller gathers the
 * facts (home agency, discoverability, which agencies host openings the person applied to).
 *
 * FULL     every field, including contact details and non-public fields.
 * REDACTED name, agency, headline, job title and skills with levels: enough for colleagues to
 *          endorse and for the directory; contact details and the rest read as null.
 * NONE     the profile is not visible at all.
 */
import type { Principal } from '../../platform/auth/principal.js';

export type ProfileVisibility = 'FULL' | 'REDACTED' | 'NONE';

/** Why a viewer sees non-public fields; recorded in the disclosure log for outside viewers. */
export type DisclosureBasis = 'SELF' | 'HOME_AGENCY_HR' | 'APPLICANT' | 'DISCOVERABLE';

export interface ProfileFacts {
  subject: string | null;
  agencyId: string;
  discoverable: boolean;
  /** Host agencies of openings this person has a live application to. */
  appliedToAgencyIds: readonly string[];
}

export interface Access {
  visibility: ProfileVisibility;
  basis: DisclosureBasis | null;
  /** Non-public fields seen from outside the home agency go to the disclosure log. */
  logDisclosure: boolean;
}

const has = (v: Principal, role: Principal['roles'][number]) => v.roles.includes(role);

export function profileAccess(viewer: Principal | null, p: ProfileFacts): Access {
  if (!viewer) return { visibility: 'NONE', basis: null, logDisclosure: false };
  const sameAgency = viewer.agencyId === p.agencyId;
  const full = (basis: DisclosureBasis): Access => ({ visibility: 'FULL', basis, logDisclosure: !sameAgency });

  if (p.subject !== null && viewer.subject === p.subject) return full('SELF');
  // HR of the home agency: people (HR_SPECIALIST, ADMIN) and read-scoped machine clients.
  if (sameAgency && (has(viewer, 'HR_SPECIALIST') || has(viewer, 'ADMIN'))) return full('HOME_AGENCY_HR');
  if (sameAgency && has(viewer, 'INTEGRATION') && viewer.scopes.includes('read')) return full('HOME_AGENCY_HR');
  // The host side of an application: hiring managers and HR of an agency the person applied to.
  if ((has(viewer, 'HIRING_MANAGER') || has(viewer, 'HR_SPECIALIST')) && p.appliedToAgencyIds.includes(viewer.agencyId))
    return full('APPLICANT');
  if (has(viewer, 'HIRING_MANAGER') && p.discoverable) return full('DISCOVERABLE');
  // Colleagues see the directory view, e.g. to endorse a skill; outsiders see nothing.
  if (sameAgency) return { visibility: 'REDACTED', basis: null, logDisclosure: false };
  return { visibility: 'NONE', basis: null, logDisclosure: false };
}

/** Fields that only FULL visibility reveals. */
export const NON_PUBLIC_PROFILE_FIELDS = [
  'email',
  'phone',
  'location',
  'occupationalSeries',
  'payPlan',
  'grade',
  'remotePreference',
  'discoverable',
  'availablePercent',
  'availableFrom',
  'externalId',
  'education',
  'evidence',
] as const;
export type NonPublicProfileField = (typeof NON_PUBLIC_PROFILE_FIELDS)[number];

/** Proficiency levels 1–5 with their names (documented in the schema and README). */
export const PROFICIENCY_LEVELS = [
  { level: 1, name: 'AWARENESS', description: 'Knows the concepts; needs guidance to apply them.' },
  { level: 2, name: 'NOVICE', description: 'Applies it in routine situations with supervision.' },
  { level: 3, name: 'INTERMEDIATE', description: 'Applies it independently in most situations.' },
  { level: 4, name: 'ADVANCED', description: 'Handles complex situations; guides others.' },
  { level: 5, name: 'EXPERT', description: 'Recognised authority; shapes practice beyond the team.' },
] as const;

/** Strongest verification of a profile skill, from its endorsements and evidence. */
export function strongestVerification(input: {
  endorsementKinds: readonly ('ENDORSEMENT' | 'SUPERVISOR_ATTESTATION')[];
  verifiedCredential: boolean;
}): 'SELF_REPORTED' | 'ENDORSED' | 'SUPERVISOR_ATTESTED' | 'CREDENTIAL_VERIFIED' {
  if (input.verifiedCredential) return 'CREDENTIAL_VERIFIED';
  if (input.endorsementKinds.includes('SUPERVISOR_ATTESTATION')) return 'SUPERVISOR_ATTESTED';
  if (input.endorsementKinds.includes('ENDORSEMENT')) return 'ENDORSED';
  return 'SELF_REPORTED';
}
