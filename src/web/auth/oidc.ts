/**
 * Sign-in with an OpenID Connect provider: authorization code flow with PKCE (oidc-client-ts).
 * Tokens live in memory only (a reload signs in again, usually without a prompt while the
 * provider's session lasts); the access token is renewed a minute before it expires (with the
 * refresh token when the provider gives one, else in a hidden iframe at /auth/silent).
 */
import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { AuthConfig } from './app-config.js';
import { setSignedIn, setSignedOut, type SessionBackend } from './session.js';

type OidcConfig = Extract<AuthConfig, { mode: 'oidc' }>;

/** Renew when less than this is left (also oidc-client-ts's own timer). */
const RENEW_BEFORE_SECONDS = 60;

let manager: UserManager | null = null;

function createManager(config: OidcConfig): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${origin}/auth/callback`,
    silent_redirect_uri: `${origin}/auth/silent`,
    post_logout_redirect_uri: `${origin}/sign-in?signed-out=1`,
    response_type: 'code',
    scope: config.scopes,
    ...(config.resource ? { resource: config.resource } : {}),
    // Tokens in memory; only the short-lived PKCE state of a redirect goes to sessionStorage.
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: RENEW_BEFORE_SECONDS,
  });
}

function nameOf(user: User): string | null {
  const p = user.profile;
  return p.name ?? ([p.given_name, p.family_name].filter(Boolean).join(' ') || p.preferred_username) ?? null;
}

export function oidcBackend(config: OidcConfig): SessionBackend {
  const mgr = (manager ??= createManager(config));
  mgr.events.addUserLoaded((user) => setSignedIn(nameOf(user)));
  mgr.events.addSilentRenewError((error) => {
    void mgr.removeUser();
    setSignedOut(`Your session could not be renewed (${error.message}). Please sign in again.`);
  });
  mgr.events.addAccessTokenExpired(() => setSignedOut('Your session has expired. Please sign in again.'));
  let renewing: Promise<User | null> | null = null;
  return {
    restore: async () => {
      const user = await mgr.getUser();
      return user && !user.expired ? { name: nameOf(user) } : null;
    },
    accessToken: async () => {
      let user = await mgr.getUser();
      if (!user) return null;
      if ((user.expires_in ?? 0) < RENEW_BEFORE_SECONDS) {
        renewing ??= mgr.signinSilent().finally(() => (renewing = null));
        user = await renewing;
      }
      return user?.access_token ?? null;
    },
    signIn: (next) => mgr.signinRedirect({ state: { next } }),
    signOut: async () => {
      const user = await mgr.getUser();
      await mgr.removeUser();
      await mgr.signoutRedirect({ id_token_hint: user?.id_token });
    },
    drop: () => void mgr.removeUser(),
  };
}

/** The /auth/callback route: finishes the code exchange and says where to go next. */
export async function completeSignIn(config: OidcConfig): Promise<string> {
  const mgr = (manager ??= createManager(config));
  const user = await mgr.signinRedirectCallback();
  setSignedIn(nameOf(user));
  const next = (user.state as { next?: unknown } | undefined)?.next;
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** The /auth/silent page inside the renewal iframe: hands the response to the parent window. */
export async function completeSilentRenew(config: OidcConfig): Promise<void> {
  await (manager ??= createManager(config)).signinSilentCallback();
}
