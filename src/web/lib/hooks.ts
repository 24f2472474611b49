/** Data hooks over `request`: a query with loading, error and retry; a mutation that settles its union. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, request, type TypedDocument } from './client.js';

export type QueryState<T> =
  | { status: 'loading'; data: T | undefined; error: undefined }
  | { status: 'error'; data: T | undefined; error: ApiError }
  | { status: 'success'; data: T; error: undefined };

export interface QueryResult<T> {
  state: QueryState<T>;
  /** Runs the query again (after an error, or to refresh after a change). */
  refetch: () => void;
}

function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError('Something went wrong in the app. Try again.', 'server');
}

/** Runs `document` with `variables`, again whenever they change; `skip` holds it back. */
export function useQuery<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryResult<TResult> {
  const key = JSON.stringify(variables ?? {});
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading', data: undefined, error: undefined });
  const [generation, setGeneration] = useState(0);
  const varsRef = useRef(variables);
  varsRef.current = variables;

  useEffect(() => {
    if (options.skip) return;
    const controller = new AbortController();
    setState((s) => ({ status: 'loading', data: s.data, error: undefined }));
    request(document, varsRef.current, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'success', data, error: undefined });
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ status: 'error', data: s.data, error: asApiError(e) }));
      },
    );
    return () => controller.abort();
  }, [document, key, generation, options.skip]);

  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, refetch };
}

export interface MutationHandle<TResult, TVariables> {
  run: (variables: TVariables) => Promise<TResult | undefined>;
  pending: boolean;
  /** A failure to get any answer (network, session, server); typed results are the caller's. */
  error: ApiError | undefined;
  clearError: () => void;
}

export function useMutation<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
): MutationHandle<TResult, TVariables> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const run = useCallback(
    async (variables: TVariables) => {
      setPending(true);
      setError(undefined);
      try {
        return await request(document, variables);
      } catch (e) {
        setError(asApiError(e));
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [document],
  );
  const clearError = useCallback(() => setError(undefined), []);
  return { run, pending, error, clearError };
}
