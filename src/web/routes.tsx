/**
 * The staff pages: each a lazy chunk (react-router's `lazy`), paths relative to `/`, and the
 * primary navigation. App.tsx mounts them inside the layout, behind sign-in.
 */
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

/** A lazy page inside the USWDS grid container (the layout leaves the width to its pages). */
export const page = (load: () => Promise<{ default: ComponentType }>) => async () => {
  const Page = (await load()).default;
  return {
    Component: () => (
      <div className="grid-container padding-y-4">
        <Page />
      </div>
    ),
  };
};

export const staffRoutes: RouteObject[] = [
  { index: true, lazy: page(() => import('./pages/staff/opportunities/OpportunitiesPage.js')) },
  { path: 'openings/:id', lazy: page(() => import('./pages/staff/opening/OpeningPage.js')) },
  { path: 'recommended', lazy: page(() => import('./pages/staff/RecommendedPage.js')) },
  { path: 'profile', lazy: page(() => import('./pages/staff/profile/ProfilePage.js')) },
  { path: 'applications', lazy: page(() => import('./pages/staff/ApplicationsPage.js')) },
  { path: 'approvals', lazy: page(() => import('./pages/staff/ApprovalsPage.js')) },
];

export const staffNav: { to: string; label: string }[] = [
  { to: '/', label: 'Opportunities' },
  { to: '/recommended', label: 'Recommended for me' },
  { to: '/profile', label: 'My profile' },
  { to: '/applications', label: 'My applications' },
  { to: '/approvals', label: 'Approvals' },
];
