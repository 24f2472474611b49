/**
 * `marketplaceEvents`: a subscription (GraphQL over SSE) to what happens to openings and
 * applications, filtered per subscriber by src/domain/events.ts. Objects in an event are read
 * through their types, so each still checks that the subscriber may see it.
 */
import { filter, map, pipe } from 'graphql-yoga';
import { refreshLoaders } from '../context.js';
import { EVENT_KINDS, mayReceive, type MarketplaceEvent } from '../domain/events.js';
import { Application } from './application.js';
import { builder } from './builder.js';
import { nonEmpty } from './common.js';
import { Opening } from './opening.js';

const EventKind = builder.enumType('MarketplaceEventKind', {
  values: Object.fromEntries(EVENT_KINDS.map((k) => [k, {}])) as Record<(typeof EVENT_KINDS)[number], object>,
});

const MarketplaceEventType = builder.objectRef<MarketplaceEvent>('MarketplaceEvent').implement({
  description: 'Something that happened to an opening or an application.',
  fields: (t) => ({
    kind: t.field({ type: EventKind, resolve: (e) => e.kind }),
    occurredAt: t.field({ type: 'DateTime', resolve: (e) => e.occurredAt }),
    opening: t.prismaField({
      type: 'Opening',
      nullable: true,
      resolve: (query, e, _a, ctx) => ctx.prisma.opening.findUnique({ ...nonEmpty(query), where: { id: e.openingId } }),
    }),
    application: t.prismaField({
      type: 'Application',
      nullable: true,
      description: 'For application events.',
      resolve: (query, e, _a, ctx) =>
        e.applicationId ? ctx.prisma.application.findUnique({ ...nonEmpty(query), where: { id: e.applicationId } }) : null,
    }),
  }),
});

builder.subscriptionType({
  description: 'Live events over Server-Sent Events (Accept: text/event-stream).',
  authScopes: { authenticated: true },
});

builder.subscriptionField('marketplaceEvents', (t) =>
  t.field({
    type: MarketplaceEventType,
    description:
      "Events you may see: your applications and the openings you applied to; your agency's openings if you manage them; applications of the people you supervise.",
    args: { opening: t.arg.globalID({ for: Opening, description: 'Only events of this opening.' }) },
    subscribe: (_root, { opening }, ctx) =>
      pipe(
        ctx.events.subscribe(),
        filter((e: MarketplaceEvent) => mayReceive(ctx.viewer, e) && (!opening || e.openingId === opening.id)),
        // Each event is resolved with fresh loaders; its disclosures are logged when it is sent (yoga.ts).
        map((e: MarketplaceEvent) => {
          refreshLoaders(ctx);
          return e;
        }),
      ),
    resolve: (e) => e,
  }),
);

// Referenced so the application type is registered before the event type uses it by name.
void Application;
