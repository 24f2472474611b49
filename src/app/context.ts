/** Per-request context: who is calling, the database, and per-request loaders. */
import type { PrismaClient } from '@prisma/client';
import { databaseAgencies, type Agencies } from '../platform/auth/agency-cache.js';
import type { Principal } from '../platform/auth/principal.js';
import type { EventBus } from '../platform/pubsub/bus.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { MatchingService } from '../matching/service.js';

export interface Context {
  viewer: Principal | null;
  prisma: PrismaClient;
  loaders: Loaders;
  requestId: string;
  /** Marketplace events for subscriptions; publish after the transaction commits. */
  events: EventBus;
  /** The in-memory match index. */
  matching: MatchingService;
  /**
   * Agencies by code and the agency tree: the process's cache (src/platform/auth/agency-cache.ts) in the
   * server, kept fresh by the database's change notifications. Not for reads inside a
   * transaction that must see the transaction's own view (use the transaction client there).
   */
  agencies: Agencies;
}

export function buildContext(
  prisma: PrismaClient,
  viewer: Principal | null,
  requestId: string,
  events: EventBus,
  matching: MatchingService,
  agencies: Agencies = databaseAgencies(prisma),
): Context {
  return { viewer, prisma, loaders: createLoaders(prisma, viewer, requestId, agencies), requestId, events, matching, agencies };
}

/**
 * Gives a context fresh loaders. A subscription keeps one context for its whole life, so each
 * event starts with new loaders: access decisions as of that event, not as of the subscribe.
 * (Yoga copies the context object, so this changes the one execution sees, passed in.)
 */
export function refreshLoaders(ctx: Context): void {
  ctx.loaders = createLoaders(ctx.prisma, ctx.viewer, ctx.requestId, ctx.agencies);
}
