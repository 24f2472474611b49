/**
 * The checks that need the operation and its variables, run after validation and before any
 * resolver: the machine-client scope gate, page sizes and cost (with variables), then the
 * caller's rate limit, charged the cost. A refused operation runs nothing; an accepted one
 * reports its cost and what is left of the budget in `extensions.cost` (as Shopify does).
 */
import { getOperationAST, GraphQLError, type ExecutionArgs } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { anonymousMutationRefusal } from '../auth/authenticate.js';
import { operationScopeRefusal } from '../auth/scope-gate.js';
import type { Principal } from '../auth/principal.js';
import { CostRefusal, operationCost, SPEC_400 } from './cost.js';
import { clientAddress, PrincipalRateLimiter, rateLimitKey, type RateLimitSettings } from './rate-limit.js';

export interface OperationLimits {
  maxCost: number;
  maxPageSize: number;
  /** null: no rate limit. */
  rateLimit: RateLimitSettings | null;
  /** Proxies in front of the service whose X-Forwarded-For entries are believed (0: none). */
  trustedProxies: number;
}

export interface CostExtension {
  requested: number;
  limit: number;
  rateLimit?: { limit: number; remaining: number; windowSeconds: number; resetSeconds: number };
}

/** What yoga puts in the context besides ours: the Fetch request and, under node:http, the socket. */
interface RequestContext {
  viewer?: Principal | null;
  request?: Request;
  req?: { socket?: { remoteAddress?: string } };
}

type Refusal = { errors: GraphQLError[] };

export function useOperationLimits(limits: OperationLimits): Plugin {
  const limiter = limits.rateLimit ? new PrincipalRateLimiter(limits.rateLimit) : null;

  /** A result that stops the operation, or the cost extension of one allowed to run. */
  async function check(args: ExecutionArgs): Promise<Refusal | { cost: CostExtension }> {
    const ctx = args.contextValue as RequestContext;
    const viewer = ctx.viewer ?? null;
    const operation = getOperationAST(args.document, args.operationName);

    let refusal: GraphQLError | null = null;
    let cost = 0;
    const why = operation ? operationScopeRefusal(viewer, operation.operation) : null;
    if (!viewer && operation?.operation === 'mutation') {
      // Every mutation needs a token. Anonymous mutations are refused right after parsing
      // (src/platform/auth/authenticate.ts), before validation; this is the same rule again at execution.
      refusal = anonymousMutationRefusal();
    } else if (why) {
      refusal = new GraphQLError(why, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
    } else {
      try {
        const result = operationCost(args.schema, args.document, args.variableValues, args.operationName, {
          maxPageSize: limits.maxPageSize,
        });
        // Variables that do not coerce: execution refuses them without running anything.
        cost = result.kind === 'cost' ? result.cost : 0;
      } catch (error) {
        if (!(error instanceof CostRefusal)) throw error;
        refusal = error;
      }
      if (!refusal && cost > limits.maxCost) {
        refusal = new GraphQLError(
          `Query has a cost of ${cost}, which exceeds the maximum of ${limits.maxCost}. Ask for smaller pages (\`first\`/\`last\`) or fewer nested connections.`,
          { extensions: { code: 'QUERY_TOO_COMPLEX', cost: { requested: cost, limit: limits.maxCost }, http: SPEC_400 } },
        );
      }
    }
    if (refusal) return { errors: [refusal] };

    const extension: CostExtension = { requested: cost, limit: limits.maxCost };
    if (limiter) {
      const address = clientAddress(
        ctx.request?.headers.get('x-forwarded-for') ?? null,
        ctx.req?.socket?.remoteAddress,
        limits.trustedProxies,
      );
      const decision = await limiter.charge(rateLimitKey(viewer, address), Math.max(1, cost));
      const rateLimit = {
        limit: decision.limit,
        remaining: decision.remaining,
        windowSeconds: limiter.settings.windowSeconds,
        resetSeconds: decision.resetSeconds,
      };
      if (!decision.allowed) {
        const message =
          `Rate limit exceeded: this operation costs ${Math.max(1, cost)} points and ${decision.remaining} of ${decision.limit} ` +
          `are left in this ${limiter.settings.windowSeconds}-second window. Retry after ${decision.resetSeconds} s.`;
        return {
          errors: [
            new GraphQLError(message, {
              extensions: {
                code: 'RATE_LIMITED',
                cost: { ...extension, rateLimit },
                http: { status: 429, headers: { 'Retry-After': String(decision.resetSeconds) } },
              },
            }),
          ],
        };
      }
      extension.rateLimit = rateLimit;
    }
    return { cost: extension };
  }

  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const outcome = await check(args);
      if ('errors' in outcome) {
        setResultAndStopExecution(outcome);
        return;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result)) return;
          setResult({ ...result, extensions: { ...result.extensions, cost: outcome.cost } });
        },
      };
    },
    // A subscription is checked and charged once, when it starts.
    async onSubscribe({ args, setResultAndStopExecution }) {
      const outcome = await check(args);
      if ('errors' in outcome) setResultAndStopExecution(outcome);
    },
    // yoga.dispose() (server shutdown): the shared store's connections.
    onDispose: () => limiter?.close(),
  };
}
