/**
 * What the server tells the app about sign-in (`GET /config.json`, src/app/web.ts): the local
 * development key (a "sign in as" page), an OpenID Connect provider, or nothing configured.
 */
export type AuthConfig =
  | { mode: 'local' }
  | { mode: 'oidc'; issuer: string; clientId: string; scopes: string; resource: string | null }
  | { mode: 'unconfigured'; reason: string };

export interface AppConfig {
  auth: AuthConfig;
}

let loaded: Promise<AppConfig> | null = null;

/** Fetched once per page load; a failure is retried at the next call. */
export function loadAppConfig(): Promise<AppConfig> {
  loaded ??= fetch('/config.json', { headers: { accept: 'application/json' } })
    .then(async (response) => {
      if (!response.ok) throw new Error(`The app's configuration could not be loaded (HTTP ${response.status})`);
      return (await response.json()) as AppConfig;
    })
    .catch((error: unknown) => {
      loaded = null;
      throw error;
    });
  return loaded;
}
