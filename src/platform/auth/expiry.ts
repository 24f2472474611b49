/**
 * A subscription outlives the request that opened it, so its token would otherwise keep
 * working after it expires (or after the person lost the role the token carried). The stream
 * ends when the token stops being accepted: a last result with an UNAUTHENTICATED error tells
 * the client to subscribe again with a fresh token.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Principal } from './principal.js';

/** setTimeout's ceiling (about 24.8 days); longer waits are re-armed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function tokenExpiredError(): GraphQLError {
  return new GraphQLError('Your token has expired: subscribe again with a fresh token', {
    extensions: { code: 'UNAUTHENTICATED' },
  });
}

/** Passes the source's results through until `expiresAt` (ms since the epoch), then ends it. */
export async function* untilExpiry<T>(
  source: AsyncIterable<T>,
  expiresAt: number,
  now = Date.now,
): AsyncGenerator<T | ExecutionResult> {
  const iterator = source[Symbol.asyncIterator]();
  let timer: NodeJS.Timeout | undefined;
  const EXPIRED = Symbol('expired');
  const expired = new Promise<typeof EXPIRED>((resolve) => {
    const arm = () => {
      const left = expiresAt - now();
      if (left <= 0) resolve(EXPIRED);
      else timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
    };
    arm();
  });
  try {
    for (;;) {
      // Checked first too: a race between two settled promises goes to the first listed.
      const next = now() >= expiresAt ? EXPIRED : await Promise.race([iterator.next(), expired]);
      if (next === EXPIRED || now() >= expiresAt) {
        yield { errors: [tokenExpiredError()] };
        return;
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    clearTimeout(timer);
    await iterator.return?.();
  }
}

export function useSubscriptionExpiry(): Plugin {
  return {
    onSubscribe: ({ args }) => ({
      onSubscribeResult: ({ result, setResult }) => {
        const viewer = (args.contextValue as { viewer?: Principal | null }).viewer;
        if (viewer?.expiresAt != null && isAsyncIterable(result)) setResult(untilExpiry(result, viewer.expiresAt));
      },
    }),
  };
}
