/** The start page when the staff pages bring none of their own: where to go from here. */
import { Link } from 'react-router';
import { usePageTitle } from '../lib/title.js';
import { staffNav } from '../routes.js';

export function Home() {
  usePageTitle('Home');
  return (
    <div className="grid-container padding-y-4">
      <h1>Talent Marketplace</h1>
      <p className="usa-intro">Find rotations, details and gigs across agencies that fit your skills.</p>
      {staffNav.length > 0 && (
        <ul className="usa-list">
          {staffNav.map((item) => (
            <li key={item.to}>
              <Link className="usa-link" to={item.to}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
