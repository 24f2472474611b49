/**
 * /sign-in. With the local development key: "sign in as" one of the seeded people (as an
 * employee) or as a role in an agency, through the development endpoint. With an identity
 * provider: one button that goes there (OpenID Connect, authorization code + PKCE).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { signInAs, type DevPersona } from '../auth/dev-token.js';
import { signIn, useSession } from '../auth/session.js';
import { usePageTitle } from '../lib/title.js';

interface Personas {
  people: { subject: string; name: string; agency: string | null; jobTitle: string | null; supervises: number }[];
  roles: { role: string; label: string }[];
  agencies: { code: string; name: string }[];
}

/** Only paths of this app: an open redirect would send people anywhere after signing in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/';
}

function Alert({ type, children }: { type: 'info' | 'success' | 'error'; children: React.ReactNode }) {
  return (
    <div className={`usa-alert usa-alert--${type} usa-alert--slim margin-bottom-3`} role={type === 'error' ? 'alert' : 'status'}>
      <div className="usa-alert__body">
        <p className="usa-alert__text">{children}</p>
      </div>
    </div>
  );
}

function DevSignIn({ next }: { next: string }) {
  const navigate = useNavigate();
  const [personas, setPersonas] = useState<Personas | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setLoadError(null);
    fetch('/dev/personas', { headers: { accept: 'application/json' } })
      .then(async (r) => {
        if (!r.ok) throw new Error(`The list of people could not be loaded (HTTP ${r.status}).`);
        return (await r.json()) as Personas;
      })
      .then(
        (p) => live && setPersonas(p),
        (e: unknown) => live && setLoadError(e instanceof Error ? e.message : 'The list of people could not be loaded.'),
      );
    return () => {
      live = false;
    };
  }, [attempt]);

  const go = async (persona: DevPersona) => {
    setBusy(true);
    setError(null);
    try {
      await signInAs(persona);
      navigate(next, { replace: true });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Sign-in failed.');
    } finally {
      setBusy(false);
    }
  };

  const onRole = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void go({ role: String(form.get('role')), agency: String(form.get('agency')) });
  };

  if (loadError) {
    return (
      <>
        <Alert type="error">{loadError}</Alert>
        <button type="button" className="usa-button" onClick={() => setAttempt((a) => a + 1)}>
          Try again
        </button>
      </>
    );
  }
  if (!personas) return <p role="status">Loading the demo people…</p>;
  return (
    <>
      <p className="usa-intro">
        This service signs tokens with a local development key. Choose who you want to be: a person from the demo data (as an
        employee), or a role in an agency.
      </p>
      {error && <Alert type="error">{error}</Alert>}
      <h2>People</h2>
      {personas.people.length === 0 ? (
        <p>There are no people in this database yet. Load the demo data with `npm run seed`.</p>
      ) : (
        <ul className="tm-persona-list" aria-label="People to sign in as">
          {personas.people.map((p) => (
            <li key={p.subject}>
              <button
                type="button"
                className="usa-button usa-button--outline"
                data-subject={p.subject}
                disabled={busy}
                onClick={() => void go({ subject: p.subject })}
              >
                {p.name}
                <span className="tm-persona-detail">
                  {[p.jobTitle, p.agency].filter(Boolean).join(', ')}
                  {p.supervises > 0 ? ` · supervisor of ${p.supervises}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <h2>Other roles</h2>
      <form className="usa-form" onSubmit={onRole}>
        <label className="usa-label" htmlFor="dev-role">
          Role
        </label>
        <select className="usa-select" id="dev-role" name="role" defaultValue={personas.roles[0]?.role}>
          {personas.roles.map((r) => (
            <option key={r.role} value={r.role}>
              {r.label}
            </option>
          ))}
        </select>
        <label className="usa-label" htmlFor="dev-agency">
          Agency
        </label>
        <select className="usa-select" id="dev-agency" name="agency" defaultValue="NASA">
          {personas.agencies.map((a) => (
            <option key={a.code} value={a.code}>
              {a.name} ({a.code})
            </option>
          ))}
        </select>
        <button type="submit" className="usa-button" disabled={busy}>
          Sign in with this role
        </button>
      </form>
    </>
  );
}

export function SignIn() {
  usePageTitle('Sign in');
  const session = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const signedOut = params.get('signed-out') === '1';

  return (
    <div className="grid-container padding-y-4">
      <h1>Sign in</h1>
      {signedOut && session.status !== 'signed-in' && <Alert type="success">You have signed out.</Alert>}
      {session.error && session.mode !== 'unconfigured' && <Alert type="info">{session.error}</Alert>}
      {session.status === 'signed-in' && (
        <>
          <Alert type="info">You are signed in{session.name ? ` as ${session.name}` : ''}.</Alert>
          <button type="button" className="usa-button" onClick={() => navigate(next)}>
            Continue
          </button>
        </>
      )}
      {session.status === 'loading' && <p role="status">Loading…</p>}
      {session.status === 'signed-out' && session.mode === 'local' && <DevSignIn next={next} />}
      {session.status === 'signed-out' && session.mode === 'oidc' && (
        <>
          <p className="usa-intro">Sign in with your agency account.</p>
          <button type="button" className="usa-button usa-button--big" onClick={() => signIn(next)}>
            Sign in with your agency account
          </button>
        </>
      )}
      {session.mode === 'unconfigured' && <Alert type="error">{session.error ?? 'Sign-in is not configured.'}</Alert>}
    </div>
  );
}
