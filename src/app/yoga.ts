/**
 * The GraphQL HTTP handler, exported for tests (`yoga.fetch`) and mounted by server.ts.
 * Order of defences: body size and no batching (yoga), GraphQL parameters of GET and form
 * requests read strictly (src/platform/limits/params.ts), persisted operations (allow-list mode), token
 * verification before the document is parsed (src/platform/auth/authenticate.ts), anonymous mutations
 * refused right after parsing, document limits at validation (graphql-armor: depth, aliases,
 * tokens, directives), then with the variables before execution the machine-client scope gate,
 * page sizes, cost and the rate limit (src/platform/limits), then field-level authorization (Pothos
 * scope-auth), then error masking on the way out (and in production, no "Did you mean").
 */
import { randomUUID } from 'node:crypto';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { PothosValidationError } from '@pothos/core';
import type { PrismaClient } from '@prisma/client';
import { getOperationAST, GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, maskError as defaultMaskError, useReadinessCheck, type Plugin } from 'graphql-yoga';
import { databaseAgencies, type Agencies } from '../platform/auth/agency-cache.js';
import { useAuthentication } from '../platform/auth/authenticate.js';
import { useSubscriptionExpiry } from '../platform/auth/expiry.js';
import type { TokenVerifier } from '../platform/auth/verify.js';
import type { Config } from './config.js';
import { MAX_PAGE_SIZE } from '../graphql/builder.js';
import { loadManifests, usePersistedOperationsMode } from '../platform/limits/persisted.js';
import { refuseWithCode, useTokenLimitCode } from '../platform/limits/armor-codes.js';
import { useStrictParams } from '../platform/limits/params.js';
import { isVariableValueError, useNoSuggestions } from '../platform/limits/suggestions.js';
import { useOperationLimits } from '../platform/limits/plugin.js';
import { buildContext, type Context } from './context.js';
import { createEventBus, type EventBus } from '../platform/pubsub/bus.js';
import { withRequestId, type Logger } from './logger.js';
import type { MatchingService } from '../matching/service.js';
import type { Metrics } from './metrics.js';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from '../platform/db/unavailable.js';
import { AppError } from '../graphql/errors/classes.js';
import { schema } from '../graphql/index.js';

export interface YogaDeps {
  config: Pick<Config, 'production' | 'limits' | 'persistedOperations'>;
  prisma: PrismaClient;
  verify: TokenVerifier;
  log: Logger;
  /** Readiness: resolves when the database answers. */
  ping: () => Promise<void>;
  /** Marketplace events; server.ts shares one bus with the deadline sweeper. */
  events?: EventBus;
  /** The match index (MatchingService.start). */
  matching: MatchingService;
  /**
   * Agency lookups: server.ts passes the process's AgencyCache (src/platform/auth/agency-cache.ts);
   * without one, every lookup reads the database (test apps).
   */
  agencies?: Agencies;
  /** `/metrics` and request timing (src/app/metrics.ts); without it, no /metrics. */
  metrics?: Metrics;
  /** The web app, its configuration and development sign-in (src/app/web.ts); without it, the API only. */
  web?: Plugin;
}

export function createApp({
  config,
  prisma,
  verify,
  log,
  ping,
  events = createEventBus(),
  matching,
  agencies = databaseAgencies(prisma),
  metrics,
  web,
}: YogaDeps) {
  const requestIds = new WeakMap<Request, string>();
  // Metrics first: /metrics is answered before the GraphQL checks, and the timing starts early.
  const plugins: Plugin[] = [
    useRequestId(requestIds),
    ...(metrics ? [metrics.plugin] : []),
    ...(web ? [web] : []),
    useStrictParams(log),
  ];
  // Before anything reads the document: in `only` mode nothing but a listed hash gets through.
  if (config.persistedOperations.mode !== 'off') {
    plugins.push(
      usePersistedOperationsMode(config.persistedOperations.mode, loadManifests(config.persistedOperations.manifests)),
    );
  }
  // The caller is known before the document is parsed: a bad token is a 401 whatever the
  // document, and an anonymous mutation is refused before validation describes its input.
  const authentication = useAuthentication({ verify, agencies, log, schema });
  plugins.push(authentication.plugin);
  plugins.push(
    EnvelopArmorPlugin({
      maxDepth: {
        n: config.limits.maxDepth,
        ignoreIntrospection: true,
        flattenFragments: true,
        ...refuseWithCode('QUERY_TOO_DEEP'),
      },
      maxAliases: { n: config.limits.maxAliases, ...refuseWithCode('TOO_MANY_ALIASES') },
      maxTokens: { n: config.limits.maxTokens },
      maxDirectives: { n: 20, ...refuseWithCode('TOO_MANY_DIRECTIVES') },
      // Cost is ours (src/platform/limits/cost.ts): armor's ignores page sizes and variables.
      costLimit: { enabled: false },
      // Suggestions ("did you mean…") would let anyone map the schema even with introspection
      // off. Armor's mask covers field and argument names in validation only, not enum values,
      // variables or "inline fragment on": useNoSuggestions below strips them all instead.
      blockFieldSuggestion: { enabled: false },
    }) as Plugin,
    useTokenLimitCode(),
    useOperationLimits({
      maxCost: config.limits.maxCost,
      maxPageSize: MAX_PAGE_SIZE,
      rateLimit: config.limits.rateLimit,
      trustedProxies: config.limits.trustedProxies,
    }),
    useReadinessCheck({
      endpoint: '/ready',
      check: async () => {
        try {
          await ping();
          return true;
        } catch (error) {
          log.warn({ error }, 'readiness check failed');
          return false;
        }
      },
    }),
  );
  plugins.push(useDisclosureLog(log), useSubscriptionExpiry(), useEventsRecorded(events));
  if (config.production) {
    plugins.push(
      { onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) },
      useNoSuggestions(),
    );
  }

  return createYoga<Record<string, unknown>, Context>({
    schema,
    plugins,
    graphiql: config.production ? false : { title: 'Talent Marketplace', defaultQuery: DEFAULT_QUERY },
    // GraphiQL served from this process, not a CDN: agency networks often block CDNs.
    renderGraphiQL,
    landingPage: false,
    // Batching is off: one operation per request keeps limits and rate accounting per operation.
    batching: false,
    maxRequestBodySize: config.limits.maxBodyBytes,
    logging: {
      debug: (...args: unknown[]) => log.debug(args.map(String).join(' ')),
      info: (...args: unknown[]) => log.info(args.map(String).join(' ')),
      warn: (...args: unknown[]) => log.warn(args.map(String).join(' ')),
      // Yoga logs every error of a result; unexpected ones are logged with their path by
      // maskError below, so here they are only debug noise.
      // An outage would log a full driver error per request: one warning line each is enough.
      error: (msg: unknown, ...rest: unknown[]) =>
        msg instanceof GraphQLError
          ? log.debug({ code: msg.extensions?.code }, msg.message)
          : isDatabaseUnavailable(msg)
            ? log.warn({ error: (msg as Error).message }, 'database unavailable')
            : msg instanceof Error
              ? log.error({ error: msg, detail: rest[0] }, msg.message)
              : log.error({ detail: rest[0] }, String(msg)),
    },
    maskedErrors: {
      maskError(error, message, isDev) {
        // The database down or restarting: a typed, retryable 503 rather than a masked 500.
        if (isDatabaseUnavailable(error)) {
          return new GraphQLError(DATABASE_UNAVAILABLE.message, {
            nodes: (error as GraphQLError).nodes,
            path: (error as GraphQLError).path,
            extensions: DATABASE_UNAVAILABLE.extensions,
          });
        }
        const original = (error as GraphQLError).originalError;
        // Expected failures keep their message and code; anything else is hidden.
        if (original instanceof AppError) {
          return new GraphQLError(original.message, {
            nodes: (error as GraphQLError).nodes,
            path: (error as GraphQLError).path,
            extensions: { code: original.code },
          });
        }
        // Pothos' own argument checks (a malformed global ID or cursor, an ID of the wrong type)
        // say what is wrong but carry no code: they are bad input like any other.
        if (original instanceof PothosValidationError && !original.extensions?.code) {
          return new GraphQLError(original.message, {
            nodes: (error as GraphQLError).nodes,
            path: (error as GraphQLError).path,
            extensions: { code: 'BAD_USER_INPUT' },
          });
        }
        // Variables that do not fit their types (graphql-js, before execution): bad input too.
        if (isVariableValueError(error)) {
          return new GraphQLError((error as GraphQLError).message, {
            nodes: (error as GraphQLError).nodes,
            extensions: { ...(error as GraphQLError).extensions, code: 'BAD_USER_INPUT' },
          });
        }
        if (original && !(original instanceof GraphQLError)) {
          log.error({ error: original, path: (error as GraphQLError).path }, 'unexpected error');
        }
        return defaultMaskError(error, message, isDev && !config.production);
      },
    },
    context: async ({ request }) => {
      const requestId = requestIds.get(request) ?? requestIdOf(request.headers.get('x-request-id'));
      const viewer = await authentication.viewerFor(request);
      return buildContext(prisma, viewer, requestId, events, matching, agencies);
    },
  });
}

/**
 * Writes the disclosure log of each operation before its result is sent. If the log cannot be
 * written, the result is withheld: non-public data must not leave unrecorded.
 */
function useDisclosureLog(log: Logger): Plugin {
  const flush = async (ctx: Context, setResult: (r: { errors: GraphQLError[] }) => void) => {
    try {
      await ctx.loaders.disclosures.flush();
    } catch (error) {
      log.error({ error, requestId: ctx.requestId }, 'disclosure log write failed; result withheld');
      setResult({
        errors: [
          isDatabaseUnavailable(error)
            ? new GraphQLError(DATABASE_UNAVAILABLE.message, { extensions: DATABASE_UNAVAILABLE.extensions })
            : new GraphQLError('The request could not be completed', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
        ],
      });
    }
  };
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: ({ setResult }) => flush(args.contextValue as unknown as Context, setResult),
    }),
    // Subscriptions: each event is a result of its own, logged before it is sent.
    onSubscribe: ({ args }) => ({
      onSubscribeResult: () => ({
        onNext: ({ setResult }) => flush(args.contextValue as unknown as Context, setResult),
      }),
    }),
  };
}

/**
 * Each request's ID (the caller's `x-request-id` if it is sane, else a new UUID): sent back in
 * the `x-request-id` header, on every log line written while the request is handled (maskError's
 * included), in the context for the audit and disclosure logs.
 */
function useRequestId(ids: WeakMap<Request, string>): Plugin {
  return {
    instrumentation: {
      request: ({ request }, handle) => {
        const id = requestIdOf(request.headers.get('x-request-id'));
        ids.set(request, id);
        return withRequestId(id, handle);
      },
    },
    onResponse: ({ request, response }) => {
      const id = ids.get(request);
      if (id) response.headers.set('x-request-id', id);
    },
  };
}

/**
 * A mutation answers once its events are recorded (src/platform/pubsub/bus.ts publishes in the background):
 * a client that subscribes after the answer does not hear of the change it made, and a cursor
 * it holds is always behind the change. A few milliseconds; the change itself committed before.
 */
function useEventsRecorded(events: EventBus): Plugin {
  return {
    onExecute: ({ args }) =>
      getOperationAST(args.document, args.operationName)?.operation === 'mutation'
        ? { onExecuteDone: () => events.flush() }
        : undefined,
  };
}

function requestIdOf(header: string | null): string {
  return header && /^[A-Za-z0-9._-]{1,64}$/.test(header) ? header : randomUUID();
}

const DEFAULT_QUERY = /* GraphQL */ `
  # Public reference data needs no token. For your own view, run
  #   npm run token -- --role EMPLOYEE --agency NASA
  # and add the header  { "Authorization": "Bearer <token>" }  below.
  {
    agencies(first: 5) {
      totalCount
      edges {
        node {
          id
          name
          abbreviation
        }
      }
    }
    skills(first: 5, filter: { search: "data" }) {
      totalCount
      edges {
        node {
          name
          scheme
          code
        }
      }
    }
    viewer {
      subject
      roles
      agency {
        name
      }
    }
  }
`;
