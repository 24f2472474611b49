/**
 * The signed-in session, whichever way sign-in works (src/web/auth/app-config.ts):
 *  - local development key: a token minted by the server's development endpoint for a seeded
 *    person (the "sign in as" page), kept in sessionStorage so a reload keeps the persona;
 *  - OpenID Connect: authorization code + PKCE with oidc-client-ts, tokens in memory only,
 *    renewed before they expire (./oidc.ts, loaded only when configured).
 * Pages use `useSession()`; the GraphQL client uses `getAccessToken()` and calls
 * `handleUnauthorized()` on an HTTP 401.
 */
import { useSyncExternalStore } from 'react';
import { loadAppConfig, type AuthConfig } from './app-config.js';

export type SessionStatus = 'loading' | 'signed-in' | 'signed-out';

export interface SessionState {
  status: SessionStatus;
  /** How sign-in works here ('loading' until the configuration is read). */
  mode: AuthConfig['mode'] | 'loading';
  /** The signed-in person's name from the token, when it has one. */
  name: string | null;
  /** Why sign-in cannot work or did not work, for the sign-in page. */
  error: string | null;
}

/** What each way of signing in provides (./dev-token.ts, ./oidc.ts). */
export interface SessionBackend {
  /** Restores a session if there is one (a dev token in sessionStorage; nothing for OIDC). */
  restore(): Promise<{ name: string | null } | null>;
  /** The bearer token, renewed first when it is about to expire; null when signed out. */
  accessToken(): Promise<string | null>;
  /** Starts signing in; `next` is where to land afterwards. */
  signIn(next: string): Promise<void>;
  signOut(): Promise<void>;
  /** Forgets the tokens without asking anyone (the API answered 401). */
  drop(): void;
}

let state: SessionState = { status: 'loading', mode: 'loading', name: null, error: null };
const listeners = new Set<() => void>();

function update(patch: Partial<SessionState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

/** For the backends: the session changed under them (renewed, expired, signed out elsewhere). */
export function setSignedIn(name: string | null): void {
  update({ status: 'signed-in', name, error: null });
}

export function setSignedOut(error: string | null = null): void {
  update({ status: 'signed-out', name: null, error });
}

let backend: Promise<SessionBackend | null> | null = null;

async function createBackend(): Promise<SessionBackend | null> {
  let config;
  try {
    config = (await loadAppConfig()).auth;
  } catch (error) {
    backend = null; // try again at the next call
    setSignedOut(error instanceof Error ? error.message : String(error));
    return null;
  }
  update({ mode: config.mode });
  if (config.mode === 'unconfigured') {
    setSignedOut(config.reason);
    return null;
  }
  const created =
    config.mode === 'local' ? (await import('./dev-token.js')).devBackend() : (await import('./oidc.js')).oidcBackend(config);
  const restored = await created.restore().catch(() => null);
  if (restored) setSignedIn(restored.name);
  else setSignedOut();
  return created;
}

/** The backend, created at the first call (reads /config.json). */
export function sessionBackend(): Promise<SessionBackend | null> {
  backend ??= createBackend();
  return backend;
}

/** The bearer token for the API, renewed if near expiry; null when signed out. */
export async function getAccessToken(): Promise<string | null> {
  const b = await sessionBackend();
  if (!b) return null;
  try {
    const token = await b.accessToken();
    if (!token && state.status === 'signed-in') setSignedOut();
    return token;
  } catch (error) {
    b.drop();
    setSignedOut(error instanceof Error ? error.message : String(error));
    return null;
  }
}

/** The API refused the token (HTTP 401): forget it; the app sends the person to sign in. */
export function handleUnauthorized(): void {
  void sessionBackend().then((b) => b?.drop());
  setSignedOut('Your session has ended. Please sign in again.');
}

function currentPath(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

/** Starts signing in: the "sign in as" page in development, the identity provider otherwise. */
export function signIn(next: string = currentPath()): void {
  void sessionBackend().then(async (b) => {
    if (!b) return;
    try {
      await b.signIn(next);
    } catch (error) {
      setSignedOut(error instanceof Error ? error.message : String(error));
    }
  });
}

export async function signOut(): Promise<void> {
  const b = await sessionBackend();
  setSignedOut();
  await b?.signOut();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void sessionBackend();
  return () => listeners.delete(listener);
}

const snapshot = () => state;

export interface Session extends SessionState {
  signIn(): void;
  signOut(): Promise<void>;
}

export function useSession(): Session {
  const current = useSyncExternalStore(subscribe, snapshot, snapshot);
  return { ...current, signIn: () => signIn(), signOut };
}
