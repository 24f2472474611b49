/** Pages behind sign-in: while the session is being read, a notice; signed out, the sign-in page. */
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../auth/session.js';

export function RequireSignIn() {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'loading') {
    return (
      <div className="grid-container padding-y-4" role="status">
        Loading…
      </div>
    );
  }
  if (status === 'signed-out') {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
