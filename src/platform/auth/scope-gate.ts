/**
 * The operation-level rule for machine clients: a token whose only role is INTEGRATION may run
 * queries and subscriptions with the `read` scope and mutations with the `write` scope. It is
 * checked before anything runs, so a read-only client cannot cause a write even through a
 * mutation that a field rule forgot to scope, and a write-only client reads only what its
 * mutations return. People act through their roles; their tokens carry both scopes.
 */
import type { Principal, Role, Scope } from './principal.js';

export type OperationKind = 'query' | 'mutation' | 'subscription';

/** Roles held by people; a token with any of them is not a machine client. */
const PERSON_ROLES: readonly Role[] = ['EMPLOYEE', 'HIRING_MANAGER', 'HR_SPECIALIST', 'ADMIN'];

export function isMachineClient(p: Principal | null): p is Principal {
  return !!p && p.roles.includes('INTEGRATION') && !p.roles.some((r) => PERSON_ROLES.includes(r));
}

export function scopeNeededFor(operation: OperationKind): Scope {
  return operation === 'mutation' ? 'write' : 'read';
}

/** Why the principal may not run this kind of operation, or null when it may. */
export function operationScopeRefusal(p: Principal | null, operation: OperationKind): string | null {
  if (!isMachineClient(p)) return null;
  const needed = scopeNeededFor(operation);
  if (p.scopes.includes(needed)) return null;
  const has = p.scopes.length ? `only "${p.scopes.join(' ')}"` : 'no scope';
  return `A ${operation} needs the "${needed}" scope; this machine client's token has ${has}.`;
}
