/**
 * Agencies held in the process: the token's agency (every authenticated request names one) and
 * the agency tree (restrictions to a department admit its bureaus) without a database read per
 * request. Agencies are few (hundreds) and rarely change, so the whole table is read at once and
 * kept until it changes:
 *  - a trigger on "Agency" notifies channel "agency_changed" at the commit of any change, by any
 *    writer (migration 20261203163000_agency_notify); every instance listening drops its copy and
 *    reads the table again at the next lookup (the same mechanism as the match index's);
 *  - a short time to live (60 s) as a safety net, should a notification ever be missed;
 *  - while the notification connection is down, nothing cached is trusted: every lookup reads
 *    the database (it reconnects every 0.25–1 s);
 *  - a code the copy does not know is looked up in the database before it is called unknown
 *    (an agency created a moment ago, its notification still on the way).
 * Reads are coalesced: requests arriving while the table is being read wait for that read,
 * unless a change was notified since it started (then they start a fresh one).
 */
import type { Agency, PrismaClient } from '@prisma/client';
import type { Database, Listener } from '../db/client.js';
import type { Logger } from '../../app/logger.js';

export const AGENCY_CHANNEL = 'agency_changed';
/** The safety net: a cached copy older than this is read again even without a notification. */
export const AGENCY_CACHE_TTL_MS = 60_000;

/** Agency lookups as requests need them, cached (AgencyCache) or not (databaseAgencies). */
export interface Agencies {
  /** An agency by code or, failing that, by abbreviation ("080" or "NASA"). */
  byCode(code: string): Promise<Agency | null>;
  byCodes(codes: readonly string[]): Promise<(Agency | null)[]>;
  /** Each agency with its parents, nearest first (an unknown ID: just itself). */
  chains(ids: readonly string[]): Promise<string[][]>;
  /** The chain of any agency from one read (for callers that need many, e.g. matching). */
  chainResolver(): Promise<(agencyId: string) => string[]>;
}

type AgencyReader = Pick<PrismaClient, 'agency'>;

async function readByCodes(prisma: AgencyReader, codes: readonly string[]): Promise<(Agency | null)[]> {
  const rows = await prisma.agency.findMany({
    where: { OR: [{ code: { in: [...codes] } }, { abbreviation: { in: [...codes] } }] },
  });
  return codes.map((k) => rows.find((r) => r.code === k) ?? rows.find((r) => r.abbreviation === k) ?? null);
}

function chainIn(parent: ReadonlyMap<string, string | null>, id: string): string[] {
  const chain: string[] = [];
  for (let a: string | null | undefined = id; a && !chain.includes(a); a = parent.get(a)) chain.push(a);
  return chain;
}

/** No cache: every lookup reads the database (apps built without an AgencyCache, e.g. most tests). */
export function databaseAgencies(prisma: AgencyReader): Agencies {
  const chainResolver = async () => {
    const rows = await prisma.agency.findMany({ select: { id: true, parentId: true } });
    const parent = new Map(rows.map((r) => [r.id, r.parentId]));
    return (id: string) => chainIn(parent, id);
  };
  return {
    byCode: async (code) => (await readByCodes(prisma, [code]))[0]!,
    byCodes: (codes) => readByCodes(prisma, codes),
    chains: async (ids) => ids.map(await chainResolver()),
    chainResolver,
  };
}

interface Snapshot {
  version: number;
  loadedAt: number;
  byCode: Map<string, Agency>;
  byAbbreviation: Map<string, Agency>;
  parent: Map<string, string | null>;
  chains: Map<string, string[]>;
}

export interface AgencyCacheStats {
  /** Lookups answered from the cached copy. */
  hits: number;
  /** Reads of the whole table. */
  loads: number;
  /** Codes looked up in the database because the copy did not know them. */
  unknownLookups: number;
  /** Notifications received (and local invalidations). */
  invalidations: number;
  /** Agencies in the current copy (0 before the first read). */
  agencies: number;
  /** Whether the notification connection is up (the copy is trusted only then). */
  listening: boolean;
}

export interface AgencyCacheOptions {
  ttlMs?: number;
  now?: () => number;
}

export class AgencyCache implements Agencies {
  private snapshot: Snapshot | null = null;
  private loading: { version: number; promise: Promise<Snapshot> } | null = null;
  private version = 0;
  private listener: Listener | null = null;
  private listening = false;
  private stopped = false;
  private reconnecting: Promise<void> | null = null;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly counts = { hits: 0, loads: 0, unknownLookups: 0, invalidations: 0 };

  private constructor(
    private readonly db: Pick<Database, 'prisma' | 'listen'>,
    private readonly log: Pick<Logger, 'info' | 'warn'>,
    options: AgencyCacheOptions,
  ) {
    this.ttlMs = options.ttlMs ?? AGENCY_CACHE_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  /** Listens for changes (rejects if it cannot); the table is read at the first lookup. */
  static async start(
    db: Pick<Database, 'prisma' | 'listen'>,
    log: Pick<Logger, 'info' | 'warn'>,
    options: AgencyCacheOptions = {},
  ): Promise<AgencyCache> {
    const cache = new AgencyCache(db, log, options);
    await cache.connect();
    return cache;
  }

  get stats(): AgencyCacheStats {
    return { ...this.counts, agencies: this.snapshot?.byCode.size ?? 0, listening: this.listening };
  }

  /** Drops the cached copy: the next lookup reads the table. */
  invalidate(): void {
    this.version++;
    this.counts.invalidations++;
  }

  async byCode(code: string): Promise<Agency | null> {
    return (await this.byCodes([code]))[0]!;
  }

  async byCodes(codes: readonly string[]): Promise<(Agency | null)[]> {
    const s = await this.current();
    const found = codes.map((k) => s.byCode.get(k) ?? s.byAbbreviation.get(k) ?? null);
    const unknown = codes.filter((_, i) => !found[i]);
    if (unknown.length === 0) return found;
    // Perhaps created a moment ago, its notification still on the way: the database decides.
    this.counts.unknownLookups += unknown.length;
    const read = await readByCodes(this.db.prisma, unknown);
    if (read.some(Boolean)) this.invalidate();
    let j = 0;
    return found.map((f) => f ?? read[j++]!);
  }

  async chains(ids: readonly string[]): Promise<string[][]> {
    const s = await this.current();
    return ids.map((id) => {
      let chain = s.chains.get(id);
      if (!chain) s.chains.set(id, (chain = chainIn(s.parent, id)));
      return chain;
    });
  }

  async chainResolver(): Promise<(agencyId: string) => string[]> {
    const s = await this.current();
    return (id) => chainIn(s.parent, id);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    await this.listener?.stop();
  }

  private async current(): Promise<Snapshot> {
    const s = this.snapshot;
    if (s && s.version === this.version && this.listening && this.now() - s.loadedAt < this.ttlMs) {
      this.counts.hits++;
      return s;
    }
    // Join a read in progress only if nothing changed since it started.
    if (this.loading && this.loading.version === this.version) return this.loading.promise;
    const version = this.version;
    const promise = this.load(version).finally(() => {
      if (this.loading?.promise === promise) this.loading = null;
    });
    this.loading = { version, promise };
    return promise;
  }

  private async load(version: number): Promise<Snapshot> {
    const loadedAt = this.now();
    const rows = await this.db.prisma.agency.findMany();
    this.counts.loads++;
    const s: Snapshot = {
      version,
      loadedAt,
      byCode: new Map(rows.map((r) => [r.code, r])),
      byAbbreviation: new Map(rows.filter((r) => r.abbreviation).map((r) => [r.abbreviation!, r])),
      parent: new Map(rows.map((r) => [r.id, r.parentId])),
      chains: new Map(),
    };
    // A change notified during the read leaves this copy unused for later requests.
    if (version === this.version) this.snapshot = s;
    return s;
  }

  private async connect(): Promise<void> {
    this.listener = await this.db.listen(
      AGENCY_CHANNEL,
      () => this.invalidate(),
      (error) => this.onLost(error),
    );
    this.listening = true;
    // Changes made while nobody listened are read with the next lookup.
    this.invalidate();
  }

  private onLost(error: Error): void {
    if (this.stopped) return;
    this.listening = false;
    this.invalidate();
    if (this.reconnecting) return;
    this.log.warn(
      { error: error.message },
      'agency cache lost its change notifications; reading agencies from the database until it reconnects',
    );
    this.reconnecting = this.reconnect().finally(() => (this.reconnecting = null));
  }

  private async reconnect(): Promise<void> {
    let delay = 250;
    while (!this.stopped) {
      try {
        await this.listener?.stop();
        this.listener = null;
        await this.connect();
        if (this.stopped) await (this.listener as Listener | null)?.stop();
        else this.log.info('agency cache reconnected');
        return;
      } catch {
        // Still down: try again below.
      }
      await new Promise((resolve) => setTimeout(resolve, delay).unref());
      delay = Math.min(delay * 2, 1000);
    }
  }
}
