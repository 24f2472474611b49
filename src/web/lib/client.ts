/**
 * The web app's GraphQL client: a POST to /graphql with the bearer token from the session, typed
 * by the codegen documents (string mode: the browser ships no GraphQL parser). Every failure
 * becomes an ApiError with a sentence a person can read; raw JSON never reaches the page.
 */
import { getAccessToken, handleUnauthorized } from '../auth/session.js';

/** What the client preset's string documents carry: the text and, in types only, result and variables. */
export interface TypedDocument<TResult, TVariables> {
  toString(): string;
  __apiType?: (variables: TVariables) => TResult;
}

export type ApiErrorKind = 'network' | 'unauthorized' | 'server' | 'graphql';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

export const GRAPHQL_PATH = '/graphql';

export async function authHeaders(): Promise<Record<string, string>> {
  const token = await getAccessToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** Sends one operation; resolves with its data or rejects with an ApiError. */
export async function request<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables?: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(await authHeaders()),
      },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal,
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError('The service could not be reached. Check your connection and try again.', 'network');
  }
  if (response.status === 401) {
    handleUnauthorized();
    throw new ApiError('Your session has ended. Sign in again to continue.', 'unauthorized', 'UNAUTHENTICATED');
  }
  let body: GraphQLResponse<TResult> | undefined;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    body = undefined;
  }
  if (!body || typeof body !== 'object') {
    throw new ApiError(serverMessage(response.status), 'server');
  }
  const errors = body.errors ?? [];
  if (errors.length > 0 && (body.data === null || body.data === undefined)) {
    const first = errors[0]!;
    throw new ApiError(readableMessage(first.message), 'graphql', first.extensions?.code);
  }
  if (body.data === null || body.data === undefined) throw new ApiError(serverMessage(response.status), 'server');
  return body.data;
}

function serverMessage(status: number): string {
  if (status === 429) return 'Too many requests right now. Wait a moment and try again.';
  if (status === 503) return 'The service is briefly unavailable. Try again in a few seconds.';
  return `The service could not answer (HTTP ${status}). Try again.`;
}

/** The service's messages are written for people (unexpected ones are masked); keep them short. */
function readableMessage(message: string | undefined): string {
  const text = (message ?? '').trim();
  if (!text) return 'Something went wrong on the service. Try again.';
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}
