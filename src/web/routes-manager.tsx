/**
 * The hiring-manager and HR pages: each a lazy chunk (react-router's `lazy`, so Observable Plot
 * and these pages never load with the staff pages), paths relative to `/`, and their navigation
 * entries with the roles that see them. App.tsx mounts them beside the staff routes.
 */
import type { RouteObject } from 'react-router';
import { page } from './routes.js';

const form = () => import('./pages/manager/OpeningFormPage.js');

export const managerRoutes: RouteObject[] = [
  { path: 'manage/openings', lazy: page(() => import('./pages/manager/OpeningsPage.js')) },
  { path: 'manage/openings/new', lazy: page(form) },
  { path: 'manage/openings/:id/edit', lazy: page(form) },
  { path: 'manage/openings/:id/candidates', lazy: page(() => import('./pages/manager/CandidatesPage.js')) },
  { path: 'manage/openings/:id/applicants', lazy: page(() => import('./pages/manager/ApplicantsPage.js')) },
  { path: 'hr/rotations', lazy: page(() => import('./pages/hr/RotationsPage.js')) },
  { path: 'hr/mobility', lazy: page(() => import('./pages/hr/MobilityPage.js')) },
  { path: 'hr/people', lazy: page(() => import('./pages/hr/PeoplePage.js')) },
];

const MANAGERS = ['HIRING_MANAGER', 'HR_SPECIALIST', 'ADMIN'];
const HR = ['HR_SPECIALIST', 'ADMIN'];

export const managerNav: { to: string; label: string; roles: string[] }[] = [
  { to: '/manage/openings', label: "My agency's openings", roles: MANAGERS },
  { to: '/hr/rotations', label: 'Rotations', roles: MANAGERS },
  { to: '/hr/mobility', label: 'Mobility', roles: HR },
  { to: '/hr/people', label: 'People', roles: ['HR_SPECIALIST'] },
];
