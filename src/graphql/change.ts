/**
 * The change feed for sync clients: `changes(after:, first:)` over the profiles, openings,
 * applications and rotations of the caller's agency and its bureaus, in commit-safe order
 * (why it cannot skip a row: src/modules/changes/rules.ts). Rows are written by database triggers.
 */
import { Prisma } from '@prisma/client';
import { encodeGlobalID } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import type { Context } from '../app/context.js';
import { canSeeApplication } from '../modules/applications/rules.js';
import {
  CHANGE_ENTITY_TYPES,
  CHANGE_OPERATIONS,
  CursorError,
  decodeCursor,
  deliverable,
  encodeCursor,
  feedAgencies,
  FEED_START,
  mayReadChanges,
  readChangePage,
  type Change,
  type ChangeEntityType as EntityType,
  type ChangePosition,
  type ChangeRow,
} from '../modules/changes/rules.js';
import { canSeeRotation } from '../modules/rotations/rules.js';
import { builder, MAX_PAGE_SIZE } from './builder.js';
import { openingVisible } from './opening.js';

const ChangeEntityType = builder.enumType('ChangeEntityType', {
  description: 'What kind of object changed.',
  values: CHANGE_ENTITY_TYPES,
});

const ChangeOperation = builder.enumType('ChangeOperation', {
  description:
    'CREATED, UPDATED (the object or anything it holds: a profile’s skills, evidence and education, an opening’s skills and restrictions, a rotation’s attested skills), or DELETED.',
  values: CHANGE_OPERATIONS,
});

const TYPENAME: Record<EntityType, 'Profile' | 'Opening' | 'Application' | 'Rotation'> = {
  PROFILE: 'Profile',
  OPENING: 'Opening',
  APPLICATION: 'Application',
  ROTATION: 'Rotation',
};

const ChangeRef = builder.objectRef<Change>('Change').implement({
  description: 'One committed change. Fetch `entity` for the current state; several changes to one object may arrive in a row.',
  fields: (t) => ({
    entityType: t.field({ type: ChangeEntityType, resolve: (c) => c.entityType }),
    operation: t.field({ type: ChangeOperation, resolve: (c) => c.operation }),
    at: t.field({ type: 'DateTime', description: 'When the writing transaction started.', resolve: (c) => c.at }),
    entityId: t.id({
      description: 'Global ID of the object (also for a deleted one).',
      resolve: (c) => encodeGlobalID(TYPENAME[c.entityType], c.entityId),
    }),
    // The node's own type rules still apply when it resolves; this check only turns "not for
    // you" into null instead of an error per field.
    entity: t.node({
      description: 'The object as it is now, seen with your access; null when deleted or not visible to you.',
      id: async (c, _a, ctx) => ((await entityVisible(ctx, c)) ? { type: TYPENAME[c.entityType], id: c.entityId } : null),
    }),
  }),
});

const ChangeEdge = builder.objectRef<Change>('ChangeEdge').implement({
  fields: (t) => ({
    cursor: t.string({ description: 'Resume after this change.', resolve: (c) => encodeCursor(c.position) }),
    node: t.field({ type: ChangeRef, resolve: (c) => c }),
  }),
});

interface Feed {
  edges: Change[];
  after: string | null;
  /** Where the page stopped reading: past the changes it skipped as not for this reader, too. */
  end: string | null;
  hasNextPage: boolean;
}

const ChangeConnection = builder.objectRef<Feed>('ChangeConnection').implement({
  description: 'A page of the change feed. Keep `pageInfo.endCursor` and pass it as `after` next time.',
  fields: (t) => ({
    edges: t.field({ type: [ChangeEdge], resolve: (f) => f.edges }),
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      description:
        'endCursor is where the page stopped reading (past changes you may not see, which are skipped) or the given `after` when there was nothing to read, so it can always be stored; hasNextPage says whether more can be read now. A page may hold fewer edges than `first`, even none: keep reading from endCursor while hasNextPage.',
      resolve: (f) => {
        const first = f.edges[0];
        return {
          startCursor: first ? encodeCursor(first.position) : f.after,
          endCursor: f.end,
          hasNextPage: f.hasNextPage,
          hasPreviousPage: false,
        };
      },
    }),
  }),
});

builder.queryField('changes', (t) =>
  t.field({
    type: ChangeConnection,
    description:
      'Changes to the profiles, openings, applications and rotations of your agency and its bureaus that you may read, oldest first, for sync clients (HR specialists; integrations with the read scope). Every change to a profile or opening of your own agency is delivered, also once you may no longer read it (entity null: it moved away or was deleted; drop your copy). Resumable from any cursor; a change committed late is never skipped, it waits until every transaction started before it has ended.',
    authScopes: (_root, _args, ctx) => mayReadChanges(ctx.viewer),
    args: {
      after: t.arg.string({
        description: 'A cursor from an earlier page (edge cursor or pageInfo.endCursor); omit to start from the beginning.',
      }),
      first: t.arg.int({ required: true, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` }),
      entityTypes: t.arg({ type: [ChangeEntityType], description: 'Only these kinds of objects (default all).' }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.first < 1 || args.first > MAX_PAGE_SIZE) {
        throw badInput(
          `Requesting ${args.first} records on \`Query.changes\` is outside the allowed page size of 1 to ${MAX_PAGE_SIZE}.`,
        );
      }
      if (args.entityTypes && args.entityTypes.length === 0)
        throw badInput('`entityTypes` must name at least one type, or be omitted for all.');
      let after: ChangePosition = FEED_START;
      if (args.after != null) {
        try {
          after = decodeCursor(args.after);
        } catch (e) {
          if (e instanceof CursorError) throw badInput(`${e.message}: pass a cursor returned by \`changes\`.`);
          throw e;
        }
      }
      const viewer = ctx.viewer!;
      const agencies = feedAgencies(viewer.agencyId, await ctx.prisma.agency.findMany({ select: { id: true, parentId: true } }));
      const types = args.entityTypes ? [...new Set(args.entityTypes)] : null;
      const page = await readChangePage(after, args.first, (from, limit) => readRows(ctx, agencies, types, from, limit));
      // Together, so the visibility loaders batch.
      const visible = await Promise.all(page.changes.map((c) => entityVisible(ctx, c)));
      const last = page.changes.at(-1);
      return {
        edges: page.changes.filter((c, i) => deliverable(c, viewer.agencyId, visible[i]!)),
        after: args.after ?? null,
        end: last ? encodeCursor(last.position) : (args.after ?? null),
        hasNextPage: page.hasNextPage,
      };
    },
  }),
);

/**
 * Up to `limit` rows after `from` in (xid, seq) order, of the given agencies, written by
 * transactions older than every transaction still running (xid below the snapshot's xmin).
 * Per agency an index range scan of (agencyId, xid, seq), then a merge of the few agencies.
 */
async function readRows(
  ctx: Context,
  agencies: string[],
  types: EntityType[] | null,
  from: ChangePosition,
  limit: number,
): Promise<ChangeRow[]> {
  if (agencies.length === 0) return [];
  const typeFilter = types ? Prisma.sql`AND e."entityType"::text = ANY(${types}::text[])` : Prisma.empty;
  const rows = await ctx.prisma.$queryRaw<
    {
      xid: bigint;
      seq: bigint;
      agencyId: string;
      entityType: EntityType;
      entityId: string;
      operation: Change['operation'];
      at: Date;
    }[]
  >`
    SELECT c."xid", c."seq", c."agencyId"::text AS "agencyId", c."entityType"::text AS "entityType", c."entityId"::text AS "entityId", c."operation"::text AS "operation", c."at"
    FROM unnest(${agencies}::uuid[]) AS a(id)
    CROSS JOIN LATERAL (
      SELECT e."xid", e."seq", e."agencyId", e."entityType", e."entityId", e."operation", e."at"
      FROM "ChangeEvent" e
      WHERE e."agencyId" = a.id
        AND (e."xid", e."seq") > (${from.xid}::bigint, ${from.seq}::bigint)
        AND e."xid" < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
        ${typeFilter}
      ORDER BY e."xid", e."seq"
      LIMIT ${limit}
    ) c
    ORDER BY c."xid", c."seq"
    LIMIT ${limit}`;
  return rows.map((r) => ({ ...r, xid: BigInt(r.xid), seq: BigInt(r.seq), at: new Date(r.at) }));
}

function badInput(message: string) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Per-request loaders for the facts that decide whether an opening or rotation is visible. */
const factLoaders = new WeakMap<Context, ReturnType<typeof createFactLoaders>>();

function createFactLoaders(ctx: Context) {
  return {
    opening: new DataLoader(async (ids: readonly string[]) => {
      const rows = await ctx.prisma.opening.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, hostAgencyId: true, status: true },
      });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    rotation: new DataLoader(async (ids: readonly string[]) => {
      const rows = await ctx.prisma.rotation.findMany({
        where: { id: { in: [...ids] } },
        select: {
          id: true,
          homeAgencyId: true,
          hostAgencyId: true,
          hostSupervisorSubject: true,
          profile: { select: { subject: true } },
        },
      });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
  };
}

/** The same rules as each node type's authScopes; a missing (deleted) object is not visible. */
async function entityVisible(ctx: Context, c: Change): Promise<boolean> {
  let loaders = factLoaders.get(ctx);
  if (!loaders) factLoaders.set(ctx, (loaders = createFactLoaders(ctx)));
  switch (c.entityType) {
    case 'PROFILE':
      return (await ctx.loaders.profileAccess.load(c.entityId)).visibility !== 'NONE';
    case 'OPENING': {
      const o = await loaders.opening.load(c.entityId);
      return !!o && (await openingVisible(ctx, o));
    }
    case 'APPLICATION': {
      const parties = await ctx.loaders.applicationParties.load(c.entityId);
      return !!parties && canSeeApplication(ctx.viewer, parties);
    }
    case 'ROTATION': {
      const r = await loaders.rotation.load(c.entityId);
      return (
        !!r &&
        canSeeRotation(ctx.viewer, {
          personSubject: r.profile.subject,
          homeAgencyId: r.homeAgencyId,
          hostAgencyId: r.hostAgencyId,
          hostSupervisorSubject: r.hostSupervisorSubject,
        })
      );
    }
  }
}
