/**
 * The marketplace event bus, delivered to GraphQL subscriptions (SSE). Publishers call `publish`
 * after their transaction commits, so nobody hears of a change that was rolled back.
 *
 * A Yoga pub/sub over a recording event target (src/platform/pubsub): in the server, the
 * PostgreSQL target, so a subscriber on any instance hears a change made on any other; without
 * a database (most API tests), an in-memory one. Every event is given a commit-ordered id, and a
 * subscriber that reconnects passes the last id it saw to hear what it missed, each event once.
 */
import { createPubSub, Repeater } from 'graphql-yoga';
import type { Database } from '../db/client.js';
import type { MarketplaceEvent, RecordedEvent } from './events.js';
import type { Logger } from '../../app/logger.js';
import { PostgresEventTarget } from './postgres-target.js';
import { MemoryEventTarget, resumeCheck, type Published, type RecordingEventTarget, type ResumeCheck } from './target.js';

const TOPIC = 'marketplace';
const REPLAY_PAGE = 200;

export interface EventBus {
  publish(...events: MarketplaceEvent[]): void;
  /** Whether a subscriber that last saw event `after` can be given everything since. */
  checkResume(after: bigint): Promise<ResumeCheck>;
  /**
   * Every event recorded from now on or, given `after`, first those recorded after that id: in
   * id order, each once. Ends with an error if the subscriber falls 1024 events behind (it
   * resumes then). "From now on" is by the log, not by delivery: an event recorded before the
   * call but delivered to this instance after it is not heard.
   */
  subscribe(after?: bigint): AsyncIterableIterator<RecordedEvent>;
  /** Resolves once everything published so far is recorded. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/** Events as stored: dates as ISO strings (JSON), revived here. */
function revive({ id, data }: Published): RecordedEvent {
  const e = data as MarketplaceEvent & { occurredAt: Date | string };
  return { ...e, occurredAt: new Date(e.occurredAt), id };
}

export function createEventBus(target: RecordingEventTarget = new MemoryEventTarget()): EventBus {
  const pubsub = createPubSub<{ [TOPIC]: [MarketplaceEvent] }>({
    eventTarget: target as unknown as NonNullable<
      Parameters<typeof createPubSub<{ [TOPIC]: [MarketplaceEvent] }>>[0]
    >['eventTarget'],
  });
  return {
    publish(...events) {
      for (const e of events) pubsub.publish(TOPIC, e);
    },
    async checkResume(after) {
      return resumeCheck(after, await target.bounds());
    },
    subscribe(after) {
      return new Repeater<RecordedEvent>(async (push, stop) => {
        let last = after ?? -1n;
        let replaying = true;
        const held: RecordedEvent[] = [];
        /** The promise resolves when the reader takes the event; undefined for a duplicate. */
        const deliver = (e: RecordedEvent) => {
          if (e.id <= last) return undefined; // replayed already
          last = e.id;
          return push(e).catch(() => {});
        };
        const listener = (event: Event) => {
          const e = revive((event as CustomEvent<Published>).detail);
          try {
            if (replaying) held.push(e);
            else deliver(e);
          } catch (overflow) {
            // More than 1024 events waiting for a slow reader: end it; it can resume from its last id.
            void stop(overflow as Error);
          }
        };
        // Listening before reading the log, so nothing falls between the two.
        target.addEventListener(TOPIC, listener);
        try {
          if (after === undefined) {
            // Live only: from the end of the log as it is now.
            last = (await target.bounds())?.last ?? 0n;
          } else {
            for (;;) {
              const page = await target.readAfter(TOPIC, last, REPLAY_PAGE);
              // At the reader's pace: a long backlog is read page by page as it is taken.
              for (const p of page) await deliver(revive(p));
              if (page.length < REPLAY_PAGE) break;
            }
          }
          for (const e of held) deliver(e);
          replaying = false;
        } catch (error) {
          void stop(error as Error);
        }
        await stop;
        target.removeEventListener(TOPIC, listener);
      });
    },
    flush: () => target.flush(),
    stop: () => target.stop(),
  };
}

/** The server's bus: events through PostgreSQL (or PGlite), shared by every instance. */
export async function startEventBus(
  db: Pick<Database, 'exec' | 'listen'>,
  log: Pick<Logger, 'info' | 'warn' | 'error'>,
  options: { retentionHours: number },
): Promise<EventBus> {
  return createEventBus(await PostgresEventTarget.start(db, log, options));
}
