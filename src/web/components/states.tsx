/** Loading, empty and error states shared by every page (USWDS alerts; announced to screen readers). */
import type { ReactNode } from 'react';
import type { ApiError } from '../lib/client.js';
import type { QueryResult } from '../lib/hooks.js';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="usa-body-lg text-base-dark" role="status" aria-live="polite">
      {label}
    </p>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="usa-alert usa-alert--info usa-alert--no-icon" role="status">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{title}</h2>
        {children ? <div className="usa-alert__text">{children}</div> : null}
      </div>
    </div>
  );
}

export function ErrorAlert({
  error,
  onRetry,
  heading = 'Something went wrong',
}: {
  error: ApiError | { message: string };
  onRetry?: () => void;
  heading?: string;
}) {
  return (
    <div className="usa-alert usa-alert--error" role="alert">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{heading}</h2>
        <p className="usa-alert__text">{error.message}</p>
        {onRetry ? (
          <button type="button" className="usa-button usa-button--outline margin-top-1" onClick={onRetry}>
            Try again
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** Success or notice after an action, announced politely. */
export function Notice({ children, type = 'success' }: { children: ReactNode; type?: 'success' | 'info' | 'warning' }) {
  return (
    <div className={`usa-alert usa-alert--${type} usa-alert--slim`} role="status">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{children}</p>
      </div>
    </div>
  );
}

/** Renders the query's loading or error state, else its data (kept on screen while refreshing). */
export function QueryView<T>({
  query,
  loadingLabel,
  children,
}: {
  query: QueryResult<T>;
  loadingLabel?: string;
  children: (data: T) => ReactNode;
}) {
  const { state, refetch } = query;
  if (state.status === 'error') return <ErrorAlert error={state.error} onRetry={refetch} />;
  if (state.data === undefined) return <Loading label={loadingLabel} />;
  return <>{children(state.data)}</>;
}
