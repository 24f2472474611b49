/**
 * `marketplaceEvents`: a subscription (GraphQL over SSE) to what happens to openings and
 * applications, filtered per subscriber by src/platform/pubsub/events.ts. Objects in an event are read
 * through their types, so each still checks that the subscriber may see it. Events reach
 * subscribers on every instance (src/platform/pubsub/bus.ts); `after:` resumes from an event's `cursor`.
 */
import { GraphQLError } from 'graphql';
import { filter, map, pipe } from 'graphql-yoga';
import { refreshLoaders } from '../app/context.js';
import {
  decodeEventCursor,
  encodeEventCursor,
  EventCursorError,
  EVENT_KINDS,
  mayReceive,
  type RecordedEvent,
} from '../platform/pubsub/events.js';
import { Application } from './application.js';
import { builder } from './builder.js';
import { nonEmpty } from './common.js';
import { Opening } from './opening.js';

const EventKind = builder.enumType('MarketplaceEventKind', {
  values: Object.fromEntries(EVENT_KINDS.map((k) => [k, {}])) as Record<(typeof EVENT_KINDS)[number], object>,
});

const MarketplaceEventType = builder.objectRef<RecordedEvent>('MarketplaceEvent').implement({
  description: 'Something that happened to an opening or an application.',
  fields: (t) => ({
    cursor: t.string({
      description:
        'Where this event stands in the stream of all events: keep the last one you received and pass it as `marketplaceEvents(after:)` when you reconnect.',
      resolve: (e) => encodeEventCursor(e.id),
    }),
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
    args: {
      opening: t.arg.globalID({ for: Opening, description: 'Only events of this opening.' }),
      after: t.arg.string({
        description:
          'Resume: first the events you missed after this `cursor` (each once, in order), then live ones. Events are kept for EVENT_RETENTION_HOURS (default 24); an older cursor is refused with EVENTS_EXPIRED (reload, then subscribe without one).',
      }),
    },
    subscribe: async (_root, { opening, after }, ctx) => {
      const from = after == null ? undefined : await resumePoint(ctx.events, after);
      return pipe(
        ctx.events.subscribe(from),
        // The same audience rules for replayed events as for live ones.
        filter((e: RecordedEvent) => mayReceive(ctx.viewer, e) && (!opening || e.openingId === opening.id)),
        // Each event is resolved with fresh loaders; its disclosures are logged when it is sent (yoga.ts).
        map((e: RecordedEvent) => {
          refreshLoaders(ctx);
          return e;
        }),
      );
    },
    resolve: (e) => e,
  }),
);

/** The id to resume after, or a typed refusal (nothing is streamed then). */
async function resumePoint(events: { checkResume(after: bigint): Promise<string> }, cursor: string): Promise<bigint> {
  let id: bigint;
  try {
    id = decodeEventCursor(cursor);
  } catch (error) {
    if (!(error instanceof EventCursorError)) throw error;
    throw new GraphQLError(`${error.message}: pass the \`cursor\` of an event you received.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const check = await events.checkResume(id);
  if (check === 'unknown') {
    throw new GraphQLError('No event has this cursor: pass the `cursor` of an event you received from this service.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  if (check === 'expired') {
    throw new GraphQLError('Events after this cursor are no longer kept: reload what you show, then subscribe without `after`.', {
      extensions: { code: 'EVENTS_EXPIRED' },
    });
  }
  return id;
}

// Referenced so the application type is registered before the event type uses it by name.
void Application;
