/**
 * What a person sees when something breaks: a message and a way to try again, never a blank page
 * or raw error text. RouteError catches errors in a page (the layout stays); ErrorBoundary
 * catches anything above the router.
 */
import { Component, type ReactNode } from 'react';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';

/** A lazy page whose chunk is gone (a new build was deployed meanwhile) needs a full reload. */
function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error && /dynamically imported module|Importing a module script failed|error loading/i.test(error.message)
  );
}

function ErrorMessage({ title, detail, onRetry }: { title: string; detail: string; onRetry: () => void }) {
  return (
    <div className="grid-container padding-y-4">
      <div className="usa-alert usa-alert--error" role="alert">
        <div className="usa-alert__body">
          <h1 className="usa-alert__heading">{title}</h1>
          <p className="usa-alert__text">{detail}</p>
        </div>
      </div>
      <button type="button" className="usa-button margin-top-2" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <ErrorMessage title="Page not found" detail="This page does not exist." onRetry={() => navigate('/')} />;
  }
  const reload = isChunkLoadError(error);
  return (
    <ErrorMessage
      title="This page could not be shown"
      detail={
        reload
          ? 'A newer version of the app is available. Trying again loads it.'
          : 'Something went wrong while showing this page. Try again; if it keeps happening, come back later.'
      }
      // Navigating to the same place re-renders the route (and re-runs its loader).
      onRetry={() => (reload ? window.location.reload() : navigate('.', { replace: true }))}
    />
  );
}

export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main id="main-content">
        <ErrorMessage
          title="The app stopped working"
          detail="Something went wrong. Trying again reloads the app."
          onRetry={() => window.location.reload()}
        />
      </main>
    );
  }
}
