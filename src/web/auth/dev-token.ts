/**
 * Sign-in with the local development key: the server's development endpoint (src/app/dev-sign-in.ts)
 * mints a token for a seeded person or a role; it exists only without NODE_ENV=production and
 * without AUTH_JWKS_URL. The token stays in sessionStorage (this tab only) so that a reload keeps
 * the persona while developing; production tokens (./oidc.ts) are kept in memory only.
 */
import { setSignedIn, type SessionBackend } from './session.js';

const KEY = 'tm.devToken';

/** Who to sign in as: a seeded person by subject, or a role in an agency. */
export type DevPersona = { subject: string } | { role: string; agency: string };

interface Claims {
  exp?: number;
  name?: string;
}

function claimsOf(token: string): Claims | null {
  try {
    const payload = token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload)) as Claims;
  } catch {
    return null;
  }
}

/** The stored token while it has at least 10 s to live; otherwise nothing (and it is dropped). */
function stored(): { token: string; claims: Claims } | null {
  const token = sessionStorage.getItem(KEY);
  const claims = token ? claimsOf(token) : null;
  if (!token || !claims || (claims.exp ?? 0) * 1000 < Date.now() + 10_000) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return { token, claims };
}

export function devBackend(): SessionBackend {
  return {
    restore: async () => {
      const s = stored();
      return s ? { name: s.claims.name ?? null } : null;
    },
    accessToken: async () => stored()?.token ?? null,
    signIn: async (next) => {
      if (window.location.pathname !== '/sign-in') window.location.assign(`/sign-in?next=${encodeURIComponent(next)}`);
    },
    signOut: async () => sessionStorage.removeItem(KEY),
    drop: () => sessionStorage.removeItem(KEY),
  };
}

export class DevSignInError extends Error {
  override name = 'DevSignInError';
}

/** Mints a token for the persona and signs in with it. */
export async function signInAs(persona: DevPersona): Promise<void> {
  const response = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(persona),
  });
  const body = (await response.json().catch(() => null)) as { token?: string; error?: { message?: string } } | null;
  if (!response.ok || !body?.token) {
    throw new DevSignInError(body?.error?.message ?? `Sign-in failed (HTTP ${response.status})`);
  }
  sessionStorage.setItem(KEY, body.token);
  setSignedIn(claimsOf(body.token)?.name ?? null);
}
