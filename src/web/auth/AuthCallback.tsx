/** /auth/callback: the identity provider sends the person back here with the authorization code. */
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { loadAppConfig } from './app-config.js';

export function AuthCallback() {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  useEffect(() => {
    // The code can be exchanged once: StrictMode's second effect run must not try again.
    if (started.current) return;
    started.current = true;
    (async () => {
      const { auth } = await loadAppConfig();
      if (auth.mode !== 'oidc') throw new Error('This service does not sign in with an identity provider.');
      const next = await (await import('./oidc.js')).completeSignIn(auth);
      navigate(next, { replace: true });
    })().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [navigate]);
  return (
    <div className="grid-container padding-y-4">
      {error ? (
        <div className="usa-alert usa-alert--error" role="alert">
          <div className="usa-alert__body">
            <h1 className="usa-alert__heading">Sign-in did not finish</h1>
            <p className="usa-alert__text">{error}</p>
            <Link className="usa-link" to="/sign-in">
              Sign in again
            </Link>
          </div>
        </div>
      ) : (
        <p role="status">Signing you in…</p>
      )}
    </div>
  );
}
