/**
 * The event target that carries events between instances through PostgreSQL (or PGlite, where
 * it is one process and the same code simply runs locally).
 *
 * Publishing appends to the log (src/platform/pubsub/event-log.ts) in the background, in order,
 * batching whatever is pending; the append's transaction notifies channel "published_event" at
 * its commit. Every instance, the publishing one included, then reads the log after the last id
 * it delivered and hands each event to its local listeners. So every instance delivers the same
 * events in the same (id) order, and one that lost its notification connection reads what it
 * missed as soon as it is back.
 *
 * Publishing happens after the change's own transaction has committed (callers publish then): a
 * process that dies in between loses those events, as before. If the append fails (database
 * down), the events are dropped with an error in the log; the change itself stands.
 */
import type { Database, Listener } from '../db/client.js';
import type { Logger } from '../../app/logger.js';
import { appendEvents, EVENT_CHANNEL, logBounds, pruneEvents, readEventsAfter, type LogBounds } from './event-log.js';
import type { Published, RecordingEventTarget } from './target.js';

const APPEND_BATCH = 100;
const READ_BATCH = 500;
const PRUNE_EVERY_MS = 10 * 60_000;
const RETRY_READ_MS = 1000;

export interface PostgresTargetOptions {
  /** Events older than this are pruned (the newest always stays). */
  retentionHours: number;
}

export class PostgresEventTarget extends EventTarget implements RecordingEventTarget {
  private pending: { topic: string; payload: unknown }[] = [];
  private writing: Promise<void> | null = null;
  private lastDelivered = 0n;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private started = false;
  private stopped = false;
  private listener: Listener | null = null;
  private reconnecting: Promise<void> | null = null;
  private pruner: NodeJS.Timeout | null = null;
  private retry: NodeJS.Timeout | null = null;

  private constructor(
    private readonly db: Pick<Database, 'exec' | 'listen'>,
    private readonly log: Pick<Logger, 'info' | 'warn' | 'error'>,
    private readonly options: PostgresTargetOptions,
  ) {
    super();
  }

  /** Listens (rejects if it cannot), then delivers what is appended from now on. */
  static async start(
    db: Pick<Database, 'exec' | 'listen'>,
    log: Pick<Logger, 'info' | 'warn' | 'error'>,
    options: PostgresTargetOptions,
  ): Promise<PostgresEventTarget> {
    const target = new PostgresEventTarget(db, log, options);
    await target.connect();
    // Listening first: anything committed after this read is notified and delivered.
    target.lastDelivered = (await logBounds(db.exec))?.last ?? 0n;
    target.started = true;
    void target.prune();
    target.pruner = setInterval(() => void target.prune(), PRUNE_EVERY_MS);
    target.pruner.unref();
    void target.catchUp();
    return target;
  }

  override dispatchEvent(event: Event): boolean {
    if (this.stopped) {
      this.log.warn({ topic: event.type }, 'event published after the event target stopped; dropped');
      return false;
    }
    this.pending.push({ topic: event.type, payload: (event as CustomEvent<unknown>).detail });
    this.kick();
    return true;
  }

  async readAfter(topic: string, after: bigint, limit: number): Promise<Published[]> {
    const rows = await readEventsAfter(this.db.exec, after, limit, topic);
    return rows.map((r) => ({ id: r.id, data: r.payload }));
  }

  bounds(): Promise<LogBounds | null> {
    return logBounds(this.db.exec);
  }

  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  async stop(): Promise<void> {
    await this.flush();
    this.stopped = true;
    if (this.pruner) clearInterval(this.pruner);
    if (this.retry) clearTimeout(this.retry);
    await this.listener?.stop();
    await this.reading;
  }

  // ─── Publishing ──────────────────────────────────────────────────────────────

  private kick(): void {
    if (this.writing) return;
    this.writing = this.writeAll().finally(() => {
      this.writing = null;
      if (this.pending.length) this.kick();
    });
  }

  private async writeAll(): Promise<void> {
    while (this.pending.length) {
      const batch = this.pending.splice(0, APPEND_BATCH);
      try {
        await appendEvents(this.db.exec, batch);
      } catch (error) {
        this.log.error(
          {
            error,
            topics: [...new Set(batch.map((e) => e.topic))],
            count: batch.length,
          },
          'events could not be published; subscribers will not hear of them',
        );
      }
    }
  }

  // ─── Delivering ──────────────────────────────────────────────────────────────

  /** Reads the log after the last delivered id and delivers it; coalesces overlapping calls. */
  private catchUp(): Promise<void> {
    if (!this.started || this.stopped) return Promise.resolve();
    if (this.reading) {
      this.readAgain = true;
      return this.reading;
    }
    this.reading = this.readAll()
      .catch((error) => {
        this.log.warn({ error: (error as Error).message }, 'reading published events failed; retrying');
        if (this.retry || this.stopped) return;
        this.retry = setTimeout(() => {
          this.retry = null;
          void this.catchUp();
        }, RETRY_READ_MS);
        this.retry.unref();
      })
      .finally(() => (this.reading = null));
    return this.reading;
  }

  private async readAll(): Promise<void> {
    do {
      this.readAgain = false;
      for (;;) {
        const rows = await readEventsAfter(this.db.exec, this.lastDelivered, READ_BATCH);
        for (const r of rows) {
          if (this.stopped) return;
          this.lastDelivered = r.id;
          super.dispatchEvent(new CustomEvent<Published>(r.topic, { detail: { id: r.id, data: r.payload } }));
        }
        if (rows.length < READ_BATCH) break;
      }
    } while (this.readAgain && !this.stopped);
  }

  private async prune(): Promise<void> {
    try {
      const pruned = await pruneEvents(this.db.exec, this.options.retentionHours);
      if (pruned) this.log.info({ pruned, retentionHours: this.options.retentionHours }, 'published events pruned');
    } catch (error) {
      this.log.warn({ error: (error as Error).message }, 'pruning published events failed; will retry');
    }
  }

  // ─── The notification connection (as src/platform/auth/agency-cache.ts) ──────────────

  private async connect(): Promise<void> {
    this.listener = await this.db.listen(
      EVENT_CHANNEL,
      () => void this.catchUp(),
      (error) => this.onLost(error),
    );
  }

  private onLost(error: Error): void {
    if (this.stopped || this.reconnecting) return;
    this.log.warn({ error: error.message }, 'event notifications lost; reconnecting (missed events are read from the log)');
    this.reconnecting = this.reconnect().finally(() => (this.reconnecting = null));
  }

  private async reconnect(): Promise<void> {
    let delay = 250;
    while (!this.stopped) {
      try {
        await this.listener?.stop();
        this.listener = null;
        await this.connect();
        // stop() may have run while this connected.
        if (this.stopped) {
          await (this.listener as Listener | null)?.stop();
          return;
        }
        this.log.info('event notifications reconnected');
        // Whatever was appended while nobody listened.
        await this.catchUp();
        return;
      } catch {
        // Still down: try again below.
      }
      await new Promise((resolve) => setTimeout(resolve, delay).unref());
      delay = Math.min(delay * 2, 1000);
    }
  }
}
