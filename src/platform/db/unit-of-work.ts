/**
 * The unit of work: one command, one transaction. The command gets a `Work`, whose only database
 * handle is the transaction client: nothing that reads through the request context or the outer
 * client is reachable inside it (the embedded database has one connection, so such a read
 * would wait for the transaction that holds it: a deadlock). Audit entries are written in the
 * transaction, in the order recorded, so neither the change nor its record exists without the
 * other; events are published only after commit, and dropped on rollback.
 */
import type { Prisma, PrismaClient } from '@prisma/client';
import type { Principal } from '../auth/principal.js';
import { audit, type AuditEntry } from './audit.js';
import type { MarketplaceEvent } from '../pubsub/events.js';

export type Tx = Prisma.TransactionClient;

/** Who runs the command (null: the system), and the request it came with. */
export interface Actor {
  viewer: Principal | null;
  requestId?: string;
}

export interface Work {
  /** The transaction: the command's only way to the database. */
  readonly tx: Tx;
  readonly actor: Actor;
  /** One clock per command. */
  readonly now: Date;
  /** Records an audit entry (written before commit, in order); `as` another actor (the system). */
  audit(entry: AuditEntry, as?: Actor): void;
  /** Queues an event, published once the transaction has committed. */
  emit(...events: MarketplaceEvent[]): void;
  /** Marks cached facts stale once committed (the request's loaders forget them). */
  touch(fact: CachedFact, id: string): void;
}

/** Per-request cached facts a command can change. */
export type CachedFact = 'openingRestrictions';

export interface TxOptions {
  maxWait?: number;
  timeout?: number;
}

export interface UnitOfWork {
  readonly actor: Actor;
  run<T>(command: (work: Work) => Promise<T>, options?: TxOptions): Promise<T>;
}

export interface UnitOfWorkDeps {
  prisma: Pick<PrismaClient, '$transaction'>;
  publish: (...events: MarketplaceEvent[]) => void;
  forget?: (fact: CachedFact, id: string) => void;
}

export function unitOfWork(deps: UnitOfWorkDeps, actor: Actor): UnitOfWork {
  return {
    actor,
    async run(command, options) {
      const events: MarketplaceEvent[] = [];
      const touched: [CachedFact, string][] = [];
      const result = await deps.prisma.$transaction(async (tx) => {
        const entries: [AuditEntry, Actor][] = [];
        const work: Work = {
          tx,
          actor,
          now: new Date(),
          audit: (entry, as = actor) => void entries.push([entry, as]),
          emit: (...e) => void events.push(...e),
          touch: (fact, id) => void touched.push([fact, id]),
        };
        const value = await command(work);
        // One after another: a transaction is one connection.
        for (const [entry, as] of entries) await audit(tx, as, entry);
        return value;
      }, options);
      for (const [fact, id] of touched) deps.forget?.(fact, id);
      if (events.length) deps.publish(...events);
      return result;
    },
  };
}

/** The unit of work of a request: its viewer and request ID, its event bus. */
export function requestWork(ctx: {
  prisma: PrismaClient;
  viewer: Principal | null;
  requestId: string;
  events: { publish: (...events: MarketplaceEvent[]) => void };
  loaders: Record<CachedFact, { clear(id: string): unknown }>;
}): UnitOfWork {
  return unitOfWork(
    {
      prisma: ctx.prisma,
      publish: (...e) => ctx.events.publish(...e),
      forget: (fact, id) => void ctx.loaders[fact].clear(id),
    },
    { viewer: ctx.viewer, requestId: ctx.requestId },
  );
}
