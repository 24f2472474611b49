/**
 * The running match index: built from the database at start, kept fresh by the database's
 * "profile_changed" notifications (a trigger sends them for every committed change to a profile
 * or its skills, whoever wrote it), so every instance sharing one PostgreSQL converges within
 * milliseconds. `settle()` gives read-your-writes: it sends a marker on the same channel and
 * waits until every change committed before it has been applied.
 * If the notification connection drops, changes may have been missed: it reconnects and the index
 * is rebuilt (settle() reports the database unavailable until then).
 */
import type { Database, Listener } from '../platform/db/client.js';
import { DatabaseUnavailableError, isDatabaseUnavailable } from '../platform/db/unavailable.js';
import { MatchIndex, type SearchOptions, type SearchResult } from './engine/engine.js';
import type { Algorithm, MatchConfig } from './engine/model.js';
import { NO_NEIGHBOURS, type Neighbour, type Neighbours } from './engine/neighbours.js';
import type { Explanation, Opening } from './engine/score.js';
import type { Logger } from '../app/logger.js';
import { allProfiles, someProfiles } from './profile-rows.js';
import { readNeighbours } from './taxonomy.js';

const CHANNEL = 'profile_changed';
const MARKER = 'marker:';

export interface MatchingStats {
  profiles: number;
  postings: number;
  bytes: number;
  bytesPerPosting: number;
  buildMs: number;
  /** When the last build finished (null before the first). */
  builtAt: Date | null;
}

export class MatchingService {
  private index: MatchIndex;
  private neighbours: Neighbours = NO_NEIGHBOURS;
  private listener: Listener | null = null;
  private pending = new Set<string>();
  private work: Promise<void> = Promise.resolve();
  private markers = new Map<string, () => void>();
  private seq = 0;
  private stopped = false;
  /** The notification connection dropped since the last (re)connect. */
  private lost = false;
  private reconnecting: Promise<void> | null = null;
  lastBuild: MatchingStats = { profiles: 0, postings: 0, bytes: 0, bytesPerPosting: 0, buildMs: 0, builtAt: null };

  private constructor(
    private readonly db: Pick<Database, 'prisma' | 'listen' | 'exec'>,
    readonly config: MatchConfig & { algorithm: Algorithm },
    private readonly log: Pick<Logger, 'info' | 'warn'>,
  ) {
    this.index = new MatchIndex({ config, algorithm: config.algorithm });
  }

  /** Listens first, then builds: a change committed during the build is applied after it. */
  static async start(
    db: Pick<Database, 'prisma' | 'listen' | 'exec'>,
    config: MatchConfig & { algorithm: Algorithm },
    log: Pick<Logger, 'info' | 'warn'>,
  ): Promise<MatchingService> {
    const service = new MatchingService(db, config, log);
    await service.connect();
    await service.rebuild();
    return service;
  }

  private async connect(): Promise<Listener> {
    this.listener = await this.db.listen(
      CHANNEL,
      (payload) => this.onNotification(payload),
      (error) => this.onLost(error),
    );
    return this.listener;
  }

  private onNotification(payload: string) {
    if (payload.startsWith(MARKER)) {
      const done = this.markers.get(payload);
      // Everything notified before the marker is pending: apply it, then release the waiter.
      this.flush();
      void this.work.then(() => done?.());
      return;
    }
    this.pending.add(payload);
    queueMicrotask(() => this.flush());
  }

  private flush() {
    if (this.pending.size === 0) return;
    const ids = [...this.pending];
    this.pending.clear();
    this.work = this.work
      .then(() => this.refresh(ids))
      .catch((error) => {
        this.log.warn({ error: String(error) }, 'match index refresh failed');
        // Keep the changes for the next flush if the database was only briefly away (a longer
        // outage also drops the notification connection, and the rebuild reads them anyway).
        if (isDatabaseUnavailable(error) && !this.stopped) {
          for (const id of ids) this.pending.add(id);
          setTimeout(() => this.flush(), 1000).unref();
        }
      });
  }

  private onLost(error: Error) {
    if (this.stopped) return;
    this.lost = true;
    // One reconnect loop at a time; a loss during it is seen through `lost`.
    if (this.reconnecting) return;
    this.log.warn({ error: error.message }, 'match index lost its change notifications; reconnecting and rebuilding');
    this.reconnecting = this.reconnect().finally(() => (this.reconnecting = null));
  }

  /**
   * Listens again, then rebuilds (changes missed while disconnected are read by the build),
   * retrying every 0.25–1 s until the database is back: short, so the index recovers within
   * seconds of the database. Repeats if the new connection drops during the build.
   */
  private async reconnect() {
    let delay = 250;
    while (!this.stopped) {
      try {
        this.lost = false;
        await this.listener?.stop();
        this.listener = null;
        const listener = await this.connect();
        if (this.stopped) {
          await listener.stop();
          return;
        }
        await this.rebuild();
        if (!this.lost) {
          this.log.info('match index reconnected and rebuilt');
          return;
        }
      } catch {
        // The database is still down: try again below.
      }
      await new Promise((resolve) => setTimeout(resolve, delay).unref());
      delay = Math.min(delay * 2, 1000);
    }
  }

  /**
   * Builds a new index from the database and swaps it in. Queued with the refreshes, so a change
   * notified during the build is applied after the swap, never lost to it.
   */
  async rebuild(): Promise<MatchingStats> {
    const build = this.work.then(() => this.build());
    this.work = build.then(() => undefined).catch(() => undefined);
    return build;
  }

  private async build(): Promise<MatchingStats> {
    const started = Date.now();
    const prisma = this.db.prisma;
    const { neighbours } = await readNeighbours(prisma);
    const profiles = await allProfiles(this.db.exec);
    this.neighbours = neighbours;
    this.index = MatchIndex.build(profiles, { neighbours, config: this.config, algorithm: this.config.algorithm });
    const stats = this.index.stats();
    this.lastBuild = {
      profiles: stats.docs,
      postings: stats.postings,
      bytes: stats.bytes.total,
      bytesPerPosting: this.index.bytesPerPosting(),
      buildMs: Date.now() - started,
      builtAt: new Date(),
    };
    this.log.info({ ...this.lastBuild }, 'match index built');
    return this.lastBuild;
  }

  /** Re-reads these profiles and applies them (deleted ones leave the index). */
  async refresh(ids: readonly string[]) {
    const rows = await someProfiles(this.db.exec, ids);
    const found = new Set(rows.map((r) => r.id));
    for (const r of rows) this.index.upsert(r);
    for (const id of ids) if (!found.has(id)) this.index.remove(id);
  }

  /** Waits until every change committed before this call is in the index (bounded by `timeoutMs`). */
  async settle(timeoutMs = 2000): Promise<void> {
    // Changes may have been missed and the index is being rebuilt: no read-your-writes yet.
    if (this.reconnecting || !this.listener)
      throw new DatabaseUnavailableError('the match index is reconnecting to the database');
    const marker = `${MARKER}${process.pid}:${++this.seq}`;
    const reached = new Promise<void>((resolve) => this.markers.set(marker, resolve));
    try {
      await this.listener.notify(marker);
      await Promise.race([reached, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
    } finally {
      this.markers.delete(marker);
    }
  }

  neighboursOf(skillId: string): readonly Neighbour[] {
    return this.neighbours(skillId);
  }

  /** The taxonomy neighbourhood the index scores with (for explain() outside the index). */
  get taxonomy(): Neighbours {
    return this.neighbours;
  }

  /** Share of profiles holding a skill, as the index's specificity sees it. */
  prevalence(skillId: string): number {
    return this.index.prevalence(skillId);
  }

  search(opening: Opening, options: SearchOptions): SearchResult {
    return this.index.search(opening, options);
  }

  explain(opening: Opening, id: string, algorithm?: Algorithm): Explanation | null {
    return this.index.explain(opening, id, algorithm);
  }

  async stop() {
    this.stopped = true;
    await this.work;
    await this.listener?.stop();
  }
}
