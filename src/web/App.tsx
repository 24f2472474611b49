/**
 * The app's routes: the layout (USWDS header, primary navigation, skip link, footer) around
 * everything; the sign-in page and the OpenID Connect callback open to all; W2's staff pages
 * (./routes.tsx) behind sign-in; a 404 for the rest. Errors in a route show a retry.
 */
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { AuthCallback } from './auth/AuthCallback.js';
import { ErrorBoundary, RouteError } from './layout/errors.js';
import { Home } from './layout/Home.js';
import { Layout } from './layout/Layout.js';
import { RequireSignIn } from './layout/RequireSignIn.js';
import { NotFound } from './pages/NotFound.js';
import { managerRoutes } from './routes-manager.js';
import { staffRoutes } from './routes.js';

const hasIndex = staffRoutes.some((r) => r.index || r.path === '/' || r.path === '');

export const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    // Shown while the first page's lazy code loads.
    hydrateFallbackElement: <p className="grid-container padding-y-4">Loading…</p>,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: 'sign-in', lazy: async () => ({ Component: (await import('./pages/SignIn.js')).SignIn }) },
          { path: 'auth/callback', element: <AuthCallback /> },
          {
            element: <RequireSignIn />,
            children: [...(hasIndex ? [] : [{ index: true, element: <Home /> }]), ...staffRoutes, ...managerRoutes],
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

const router = createBrowserRouter(appRoutes);

export function App() {
  return (
    <ErrorBoundary>
      <RouterProvider router={router} />
    </ErrorBoundary>
  );
}
