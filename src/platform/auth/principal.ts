/** Who is calling: the verified token's claims, resolved to an agency of this installation. */

/**
 * PRIVACY_OFFICER (the agency's privacy office) reads the Privacy Act accounting of disclosures
 * and the audit log of the agency's records, and nothing else: a role of its own, not a scope of
 * ADMIN, so the office that audits is not the one that administers (README "Privacy").
 */
export const ROLES = ['EMPLOYEE', 'HIRING_MANAGER', 'HR_SPECIALIST', 'INTEGRATION', 'ADMIN', 'PRIVACY_OFFICER'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** What a machine client (INTEGRATION) may do; people get both through their roles. */
export const SCOPES = ['read', 'write'] as const;
export type Scope = (typeof SCOPES)[number];

export interface Principal {
  /** Token subject: a person's or a machine client's ID at the identity provider. */
  subject: string;
  roles: Role[];
  /** The agency the roles apply to (database ID), and its code as the token named it. */
  agencyId: string;
  agencyCode: string;
  scopes: Scope[];
  name?: string;
  /** When the token stops being accepted (ms since the epoch, clock tolerance included). */
  expiresAt?: number;
}

export function hasRole(p: Principal | null, ...roles: Role[]): boolean {
  return !!p && roles.some((r) => p.roles.includes(r));
}
