/**
 * The event bus's resume rules without a database: replay then live, each event once, in id
 * order, also when events are published while the replay is being read; the resume checks; the
 * cursor encoding.
 */
import { describe, expect, it } from 'vitest';
import {
  decodeEventCursor,
  encodeEventCursor,
  EventCursorError,
  type MarketplaceEvent,
} from '../../src/platform/pubsub/events.js';
import { createEventBus } from '../../src/platform/pubsub/bus.js';
import { MemoryEventTarget, resumeCheck, type Published } from '../../src/platform/pubsub/target.js';

const event = (openingId: string): MarketplaceEvent => ({
  kind: 'OPENING_CLOSED',
  occurredAt: new Date('2026-12-01T00:00:00Z'),
  openingId,
  hostAgencyId: 'agency',
});

/** A memory target whose history reads wait for `release`, so events can arrive meanwhile. */
class SlowHistory extends MemoryEventTarget {
  gate: Promise<void> = Promise.resolve();
  reading!: () => void;
  readStarted = new Promise<void>((resolve) => (this.reading = resolve));
  override async readAfter(topic: string, after: bigint, limit: number): Promise<Published[]> {
    const page = await super.readAfter(topic, after, limit);
    this.reading();
    await this.gate;
    return page;
  }
}

async function take<T>(it: AsyncIterator<T>, n: number): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    const r = await Promise.race([
      it.next(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`only ${i} of ${n}`)), 500)),
    ]);
    out.push(r.value as T);
  }
  return out;
}

describe('event bus', () => {
  it('replays what was missed, then live events, each once, also those published during the replay', async () => {
    const target = new SlowHistory();
    const bus = createEventBus(target);
    bus.publish(event('o1'), event('o2'), event('o3')); // ids 1, 2, 3
    let release!: () => void;
    target.gate = new Promise((resolve) => (release = resolve));

    const sub = bus.subscribe(1n);
    const first = sub.next(); // starts the subscription: listening, then reading the log
    await target.readStarted;
    // Published while the replay's page (ids 2–3) is being read: delivered live after it, once.
    bus.publish(event('o4'));
    release();
    const got = [(await first).value, ...(await take(sub, 2))];
    expect(got.map((e) => [e.id, e.openingId])).toEqual([
      [2n, 'o2'],
      [3n, 'o3'],
      [4n, 'o4'],
    ]);
    bus.publish(event('o5'));
    expect((await take(sub, 1)).map((e) => e.id)).toEqual([5n]);
    expect(got.every((e) => e.occurredAt instanceof Date)).toBe(true);
    await sub.return?.();
  });

  it('without a cursor, starts at the end of the log', async () => {
    const bus = createEventBus(new MemoryEventTarget());
    bus.publish(event('before'));
    const sub = bus.subscribe();
    const next = sub.next();
    await new Promise((r) => setTimeout(r, 10));
    bus.publish(event('after'));
    expect((await next).value.openingId).toBe('after');
    await sub.return?.();
  });

  it('checks resume points against what the log keeps', async () => {
    expect(resumeCheck(5n, null)).toBe('unknown');
    expect(resumeCheck(11n, { first: 3n, last: 10n })).toBe('unknown');
    expect(resumeCheck(10n, { first: 3n, last: 10n })).toBe('ok');
    // The cursor's own event pruned, nothing after it: still whole.
    expect(resumeCheck(2n, { first: 3n, last: 10n })).toBe('ok');
    expect(resumeCheck(1n, { first: 3n, last: 10n })).toBe('expired');

    const target = new MemoryEventTarget(2);
    const bus = createEventBus(target);
    bus.publish(event('a'), event('b'), event('c')); // keeps 2 and 3
    expect(await bus.checkResume(1n)).toBe('ok');
    expect(await bus.checkResume(0n)).toBe('expired');
    expect(await bus.checkResume(4n)).toBe('unknown');
  });

  it('encodes cursors canonically and refuses anything else', () => {
    const c = encodeEventCursor(42n);
    expect(decodeEventCursor(c)).toBe(42n);
    for (const bad of [
      '',
      'x',
      `${c}=`,
      `${c}!`,
      Buffer.from('e1:042').toString('base64url'),
      Buffer.from('e2:42').toString('base64url'),
    ]) {
      expect(() => decodeEventCursor(bad), bad).toThrow(EventCursorError);
    }
    expect(() => decodeEventCursor(Buffer.from(`e1:${2n ** 63n}`).toString('base64url'))).toThrow(EventCursorError);
  });
});
