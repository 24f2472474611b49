/**
 * Who may do what with openings: the checks the GraphQL layer's scopes and the service share.
 * Visibility itself is canSeeOpening (./rules.ts), mirrored in SQL by ./queries.ts.
 */
import type { Principal } from '../../platform/auth/principal.js';
import { ForbiddenError } from '../../graphql/errors/classes.js';
import { editsOpenings } from './rules.js';

export { canSeeOpening, editsOpenings, managesOpenings } from './rules.js';

/** Posting: hiring managers and HR specialists, in their own agency. */
export function assertMayPost(actor: Principal): void {
  if (!editsOpenings(actor, actor.agencyId)) throw new ForbiddenError('Only hiring managers and HR specialists post openings');
}

/** Changing an opening: its host agency's hiring managers and HR specialists. */
export function assertMayChange(actor: Principal, hostAgencyId: string, rule = editsOpenings): void {
  if (!rule(actor, hostAgencyId))
    throw new ForbiddenError('Only hiring managers and HR specialists of the host agency manage this opening');
}
