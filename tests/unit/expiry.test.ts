import { describe, expect, it } from 'vitest';
import { untilExpiry } from '../../src/platform/auth/expiry.js';

/** A source that yields the given values, then waits forever; records whether it was closed. */
function source<T>(values: T[]) {
  const state = { closed: false };
  const iterable: AsyncIterable<T> = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next: () =>
          i < values.length ? Promise.resolve({ value: values[i++]!, done: false }) : new Promise<IteratorResult<T>>(() => {}),
        return: async () => {
          state.closed = true;
          return { value: undefined, done: true };
        },
      };
    },
  };
  return { iterable, state };
}

async function collect<T>(it: AsyncIterable<T>) {
  const out: T[] = [];
  for await (const v of it) out.push(v);
  return out;
}

describe('subscriptions end when the token expires', () => {
  it('passes results through, then ends with UNAUTHENTICATED and closes the source', async () => {
    const { iterable, state } = source([{ data: 1 }, { data: 2 }]);
    const out = await collect(untilExpiry(iterable, Date.now() + 60));
    expect(out.slice(0, 2)).toEqual([{ data: 1 }, { data: 2 }]);
    expect(out).toHaveLength(3);
    expect((out[2] as unknown as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(state.closed).toBe(true);
  });

  it('ends at once for a token already past its time', async () => {
    const { iterable, state } = source([{ data: 1 }]);
    const out = await collect(untilExpiry(iterable, Date.now() - 1));
    expect(out).toHaveLength(1);
    expect(JSON.stringify(out[0])).toMatch(/expired/);
    expect(state.closed).toBe(true);
  });

  it('ends with the source when it finishes first', async () => {
    const finite: AsyncIterable<number> = {
      async *[Symbol.asyncIterator]() {
        yield 1;
        yield 2;
      },
    };
    expect(await collect(untilExpiry(finite, Date.now() + 60_000))).toEqual([1, 2]);
  });
});
