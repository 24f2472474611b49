/** W2's `settle`, reading the success member's one field by name (`opening`, `rotation`, …), typed. */
import { settle, type Settled } from '../../lib/result.js';

type Member<R, K extends string> = Extract<R, { [P in K]: unknown }>[K];

export function settlePayload<R extends { __typename?: string }, K extends string>(result: R, key: K): Settled<Member<R, K>> {
  return settle(result as Parameters<typeof settle>[0], (s) => (s as unknown as Record<K, Member<R, K>>)[key]);
}
