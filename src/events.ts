/**
 * In-process event bus for marketplace events, delivered to GraphQL subscriptions (SSE).
 * Publishers call `publish` after their transaction commits, so nobody hears of a change that
 * was rolled back.
 */
import { createPubSub } from 'graphql-yoga';
import type { MarketplaceEvent } from './domain/events.js';

export type EventBus = ReturnType<typeof createEventBus>;

export function createEventBus() {
  const pubsub = createPubSub<{ marketplace: [MarketplaceEvent] }>();
  return {
    publish(...events: MarketplaceEvent[]) {
      for (const e of events) pubsub.publish('marketplace', e);
    },
    subscribe: () => pubsub.subscribe('marketplace'),
  };
}
