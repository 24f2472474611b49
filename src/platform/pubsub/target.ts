/**
 * Event targets for Yoga's pub/sub (`createPubSub({ eventTarget })`, the shape of graphql-yoga's
 * examples/redis-pub-sub) that also record what they carry, so a subscriber can resume.
 *
 * `dispatchEvent(new CustomEvent(topic, { detail }))` publishes `detail`; listeners of `topic`
 * receive `CustomEvent<Published>`: the same detail with the id it was recorded under. Ids grow in
 * the order listeners receive events, so "everything after id N" is what a subscriber that last
 * saw N has missed (`readAfter`).
 */
import type { LogBounds } from './event-log.js';

export interface Published<T = unknown> {
  id: bigint;
  data: T;
}

export interface RecordingEventTarget extends EventTarget {
  /** Up to `limit` events of `topic` recorded after id `after`, oldest first. */
  readAfter(topic: string, after: bigint, limit: number): Promise<Published[]>;
  /** The ids still kept, or null when nothing was ever published. */
  bounds(): Promise<LogBounds | null>;
  /** Resolves once everything dispatched so far is recorded (or given up on). */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

export type ResumeCheck = 'ok' | 'expired' | 'unknown';

/**
 * Whether a subscriber that last saw `after` can be given everything since. `expired`: events
 * after it may have been pruned (the log keeps a suffix of the ids; a gap in the ids just below
 * the oldest kept can only be told from a pruned one conservatively). `unknown`: an id that was
 * never handed out (beyond the newest, or nothing was ever published).
 */
export function resumeCheck(after: bigint, bounds: LogBounds | null): ResumeCheck {
  if (!bounds || after > bounds.last) return 'unknown';
  if (after < bounds.first - 1n) return 'expired';
  return 'ok';
}

/** One process, no database: ids from a counter, the newest `keep` events kept for resuming. */
export class MemoryEventTarget extends EventTarget implements RecordingEventTarget {
  private nextId = 1n;
  private readonly history: { id: bigint; topic: string; data: unknown }[] = [];

  constructor(private readonly keep = 1000) {
    super();
  }

  override dispatchEvent(event: Event): boolean {
    const id = this.nextId++;
    const data = (event as CustomEvent<unknown>).detail;
    this.history.push({ id, topic: event.type, data });
    if (this.history.length > this.keep) this.history.shift();
    return super.dispatchEvent(new CustomEvent<Published>(event.type, { detail: { id, data } }));
  }

  async readAfter(topic: string, after: bigint, limit: number): Promise<Published[]> {
    return this.history
      .filter((e) => e.topic === topic && e.id > after)
      .slice(0, limit)
      .map(({ id, data }) => ({ id, data }));
  }

  async bounds(): Promise<LogBounds | null> {
    const first = this.history[0];
    return first ? { first: first.id, last: this.history.at(-1)!.id } : null;
  }

  async flush(): Promise<void> {}

  async stop(): Promise<void> {}
}
