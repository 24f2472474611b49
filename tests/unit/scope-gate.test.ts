/** The machine-client rule (src/platform/auth/scope-gate.ts): INTEGRATION tokens read with `read`, write with `write`. */
import { describe, expect, it } from 'vitest';
import type { Principal, Role, Scope } from '../../src/platform/auth/principal.js';
import { isMachineClient, operationScopeRefusal } from '../../src/platform/auth/scope-gate.js';

const principal = (roles: Role[], scopes: Scope[]): Principal => ({
  subject: 's',
  roles,
  scopes,
  agencyId: 'a',
  agencyCode: '080',
});

describe('machine-client scope gate', () => {
  it('lets a read-scoped client query and subscribe but not mutate', () => {
    const reader = principal(['INTEGRATION'], ['read']);
    expect(operationScopeRefusal(reader, 'query')).toBeNull();
    expect(operationScopeRefusal(reader, 'subscription')).toBeNull();
    expect(operationScopeRefusal(reader, 'mutation')).toMatch(
      /mutation needs the "write" scope; this machine client's token has only "read"/,
    );
  });

  it('lets a write-scoped client mutate but not query', () => {
    const writer = principal(['INTEGRATION'], ['write']);
    expect(operationScopeRefusal(writer, 'mutation')).toBeNull();
    expect(operationScopeRefusal(writer, 'query')).toMatch(/query needs the "read" scope/);
    expect(operationScopeRefusal(writer, 'subscription')).toMatch(/subscription needs the "read" scope/);
  });

  it('refuses everything to a client with no scope, and nothing to one with both', () => {
    const none = principal(['INTEGRATION'], []);
    for (const op of ['query', 'mutation', 'subscription'] as const) {
      expect(operationScopeRefusal(none, op)).toMatch(/has no scope/);
      expect(operationScopeRefusal(principal(['INTEGRATION'], ['read', 'write']), op)).toBeNull();
    }
  });

  it('leaves people and anonymous callers to their roles', () => {
    expect(operationScopeRefusal(null, 'mutation')).toBeNull();
    for (const role of ['EMPLOYEE', 'HIRING_MANAGER', 'HR_SPECIALIST', 'ADMIN'] as const) {
      // A person's token never loses a kind of operation, even with INTEGRATION beside the role.
      expect(isMachineClient(principal([role, 'INTEGRATION'], []))).toBe(false);
      expect(operationScopeRefusal(principal([role, 'INTEGRATION'], []), 'mutation')).toBeNull();
      expect(operationScopeRefusal(principal([role], []), 'query')).toBeNull();
    }
    expect(isMachineClient(principal(['INTEGRATION'], ['read']))).toBe(true);
  });
});
