/**
 * GraphQL parameters sent in a URL query string (GET) or a form body
 * (application/x-www-form-urlencoded POST). Yoga's own parser for these calls JSON.parse on
 * `variables` and `extensions` unguarded, so malformed JSON there was an unexpected error: HTTP
 * 500 and a stack trace logged at error level on every such request (the JSON POST parser
 * answers 400). This parser reads the same parameters and refuses malformed JSON as a
 * BAD_REQUEST with HTTP 400, naming the parameter, logged at debug level only.
 */
import { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import type { Logger } from '../../app/logger.js';

export function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

function jsonParam(params: URLSearchParams, name: 'variables' | 'extensions', log?: Logger): unknown {
  const text = params.get(name);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    log?.debug({ parameter: name, reason: (error as Error).message }, 'malformed request parameter');
    throw badRequest(`The "${name}" parameter is not valid JSON.`);
  }
}

/** The parameters of a query string or form body, as Yoga reads them, with JSON errors as 400s. */
export function paramsOf(params: URLSearchParams, log?: Logger): GraphQLParams {
  return {
    operationName: params.get('operationName') || undefined,
    query: params.get('query') || undefined,
    variables: jsonParam(params, 'variables', log) as GraphQLParams['variables'],
    extensions: jsonParam(params, 'extensions', log) as GraphQLParams['extensions'],
  };
}

function isForm(request: Request): boolean {
  const type = request.headers.get('content-type')?.split(',')[0]?.trim().toLowerCase();
  return type === 'application/x-www-form-urlencoded' || !!type?.startsWith('application/x-www-form-urlencoded;');
}

/** Replaces Yoga's GET and form parsers (only where Yoga chose one of them). */
export function useStrictParams(log?: Logger): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (!requestParser) return;
      if (request.method === 'GET') {
        setRequestParser((req) => {
          const q = req.url.indexOf('?');
          return paramsOf(new URLSearchParams(q < 0 ? '' : req.url.slice(q + 1)), log);
        });
      } else if (request.method === 'POST' && isForm(request)) {
        setRequestParser(async (req) => paramsOf(new URLSearchParams(await req.text()), log));
      }
    },
  };
}
