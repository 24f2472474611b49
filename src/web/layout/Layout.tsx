/**
 * The page frame: skip link, the government banner, the USWDS extended header (the primary
 * navigation, a menu button below the desktop breakpoint, and who is signed in with sign-out in
 * its secondary area), the page, and the footer. After each navigation focus moves to the main
 * region, so keyboard and screen-reader users start at the new page's content.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import closeIcon from '@uswds/uswds/img/usa-icons/close.svg';
import { useSession } from '../auth/session.js';
import { staffNav } from '../routes.js';
import { managerNav } from '../routes-manager.js';
import { useViewer, type ViewerSummary } from './viewer.js';

function UserMenu({ viewer }: { viewer: ViewerSummary['viewer'] }) {
  const session = useSession();
  const navigate = useNavigate();
  if (session.status !== 'signed-in') return null;
  const name = viewer?.name ?? session.name ?? viewer?.subject;
  const agency = viewer?.agency.abbreviation ?? viewer?.agency.name;
  return (
    <div className="usa-nav__secondary">
      <ul className="usa-nav__secondary-links">
        {name && (
          <li className="usa-nav__secondary-item" data-testid="signed-in-as">
            Signed in as <strong>{name}</strong>
            {agency ? ` (${agency})` : ''}
          </li>
        )}
        <li className="usa-nav__secondary-item">
          <button
            type="button"
            className="usa-button usa-button--unstyled"
            onClick={() => void session.signOut().then(() => session.mode === 'local' && navigate('/sign-in?signed-out=1'))}
          >
            Sign out
          </button>
        </li>
      </ul>
    </div>
  );
}

export function Layout() {
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const shown = useRef(location.pathname);
  const session = useSession();

  useEffect(() => {
    setMenuOpen(false);
    // Not on the first page shown (a fresh load starts at the skip link), only when it changes.
    if (shown.current === location.pathname) return;
    shown.current = location.pathname;
    main.current?.focus();
  }, [location.pathname]);

  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setMenuOpen(false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  const viewer = useViewer(session.status === 'signed-in');
  // Hiring-manager and HR pages appear for the roles that may use them (the API checks again).
  const roles = viewer?.roles ?? [];
  const nav =
    session.status === 'signed-in'
      ? [...staffNav, ...managerNav.filter((item) => item.roles.some((role) => roles.includes(role)))]
      : [];
  return (
    <>
      <a className="usa-skipnav" href="#main-content">
        Skip to main content
      </a>
      <section className="usa-banner" aria-label="Official website of the United States government">
        <div className="usa-banner__header">
          <div className="usa-banner__inner">
            <p className="usa-banner__header-text">An official website of the United States government</p>
          </div>
        </div>
      </section>
      <div className={`usa-overlay${menuOpen ? ' is-visible' : ''}`} onClick={() => setMenuOpen(false)} />
      <header className="usa-header usa-header--extended">
        <div className="usa-navbar">
          <div className="usa-logo">
            <em className="usa-logo__text">
              <Link to="/">Talent Marketplace</Link>
            </em>
          </div>
          <button type="button" className="usa-menu-btn" aria-expanded={menuOpen} onClick={() => setMenuOpen(true)}>
            Menu
          </button>
        </div>
        <nav aria-label="Primary navigation" className={`usa-nav${menuOpen ? ' is-visible' : ''}`}>
          <div className="usa-nav__inner">
            <button type="button" className="usa-nav__close" onClick={() => setMenuOpen(false)}>
              <img src={closeIcon} role="img" alt="Close menu" />
            </button>
            {nav.length > 0 && (
              <ul className="usa-nav__primary usa-accordion">
                {nav.map((item) => (
                  <li key={item.to} className="usa-nav__primary-item">
                    <NavLink to={item.to} className={({ isActive }) => `usa-nav-link${isActive ? ' usa-current' : ''}`}>
                      <span>{item.label}</span>
                    </NavLink>
                  </li>
                ))}
              </ul>
            )}
            <UserMenu viewer={viewer} />
          </div>
        </nav>
      </header>
      <main id="main-content" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="usa-footer usa-footer--slim">
        <div className="usa-footer__secondary-section">
          <div className="grid-container">
            <p>
              Talent Marketplace: open-source, skills-based rotations, details and gigs across agencies.{' '}
              <a className="usa-link" href="/graphql">
                API
              </a>
            </p>
          </div>
        </div>
      </footer>
    </>
  );
}
