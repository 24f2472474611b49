/** Any path the app does not know. */
import { Link } from 'react-router';
import { usePageTitle } from '../lib/title.js';

export function NotFound() {
  usePageTitle('Page not found');
  return (
    <div className="grid-container padding-y-4">
      <h1>Page not found</h1>
      <p className="usa-intro">There is no page at this address. It may have moved, or the link may be wrong.</p>
      <p>
        <Link className="usa-link" to="/">
          Go to the start page
        </Link>
      </p>
    </div>
  );
}
