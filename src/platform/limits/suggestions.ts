/**
 * GraphQL errors that teach the schema, and errors without a code.
 *
 * graphql-js suggests names in its messages: fields and arguments ("Did you mean "name"?"),
 * types, enum values ("Did you mean the enum value "NAME"?"), input fields, in validation and
 * in variable coercion alike, and "Did you mean to use an inline fragment on "Skill"?". With
 * introspection off, those suggestions would still let anyone map the schema by guessing.
 * graphql-armor's blockFieldSuggestion masks only the `Did you mean "…"?` form, and only in
 * validation, so production strips every suggestion from every error of every response here.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/** One suggestion sentence, as graphql-js's didYouMean writes it (names never contain "?"). */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export function stripSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/** The error without its suggestions (the same object when it has none). */
function withoutSuggestions<E>(error: E): E {
  if (!(error instanceof GraphQLError)) {
    const message = (error as { message?: unknown })?.message;
    if (typeof message !== 'string' || stripSuggestions(message) === message) return error;
    return { ...(error as object), message: stripSuggestions(message) } as E;
  }
  const stripped = stripSuggestions(error.message);
  if (stripped === error.message) return error;
  // A copy: cached validation results hold the original objects.
  return new GraphQLError(stripped, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  }) as E;
}

function strip(result: ExecutionResult): ExecutionResult {
  return result.errors?.length ? { ...result, errors: result.errors.map(withoutSuggestions) } : result;
}

/**
 * Strips suggestions from the result of every request just before it is written: parse,
 * validation, variable and execution errors alike. Streams (subscriptions) are left alone: their
 * document was validated, and so answered, before the first event.
 */
export function useNoSuggestions(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (isAsyncIterable(result)) return;
      setResult(Array.isArray(result) ? result.map(strip) : strip(result as ExecutionResult));
    },
  };
}

/**
 * A variable value that does not fit its type, as graphql-js reports it before execution
 * (`Variable "$x" got invalid value …`, `… of required type "Int!" was not provided.`, `… of
 * non-null type … must not be null.`): request-level (no path), without a code, caused by no
 * error of ours (a GraphQLError from a scalar, or none).
 */
export function isVariableValueError(error: unknown): boolean {
  return (
    error instanceof GraphQLError &&
    !error.path &&
    !error.extensions?.code &&
    (error.originalError == null || error.originalError instanceof GraphQLError) &&
    /^Variable "\$[_A-Za-z][_0-9A-Za-z]*" /.test(error.message)
  );
}
