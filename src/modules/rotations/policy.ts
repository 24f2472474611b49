/** Who may do what with rotations, as typed errors: the rules (rules.ts) say yes or no and why. */
import type { Principal } from '../../platform/auth/principal.js';
import { ForbiddenError, InvalidStateError } from '../../graphql/errors/classes.js';
import { actsForHome, actsForHost, type RotationParties } from './rules.js';

/** Throws a rule's refusal as its typed error. */
export function refuse(refusal: { kind: 'forbidden' | 'state'; message: string } | null): void {
  if (refusal) throw refusal.kind === 'forbidden' ? new ForbiddenError(refusal.message) : new InvalidStateError(refusal.message);
}

/** Edits and extensions: either agency's managers (home HR, host managers). */
export function assertActsForEither(viewer: Principal | null, r: RotationParties, verb: 'edit' | 'extend'): void {
  if (!actsForHome(viewer, r) && !actsForHost(viewer, r))
    throw new ForbiddenError(`Only the home agency's HR specialists and the host agency's managers ${verb} a rotation`);
}

/** Who lists an agency's rotations: OUTGOING home HR and admins; INCOMING the host's managers and read integrations. */
export function listsAgencyRotations(viewer: Principal | null, direction: 'OUTGOING' | 'INCOMING'): boolean {
  if (!viewer) return false;
  if (direction === 'OUTGOING') return viewer.roles.includes('HR_SPECIALIST') || viewer.roles.includes('ADMIN');
  return (
    viewer.roles.some((r) => r === 'HIRING_MANAGER' || r === 'HR_SPECIALIST' || r === 'ADMIN') ||
    (viewer.roles.includes('INTEGRATION') && viewer.scopes.includes('read'))
  );
}
