/** The Pothos builder and its plugins; nothing else lives here. */
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { DateResolver, DateTimeResolver, JSONResolver } from 'graphql-scalars';
import type { Context } from '../app/context.js';
import type { Role } from '../platform/auth/principal.js';
import type PrismaTypes from '../generated/pothos-prisma-types.js';
import { getDatamodel } from '../generated/pothos-prisma-types.js';
import { ForbiddenError, ValidationError } from './errors/classes.js';
import './plugins/text-input.js';
import './plugins/page-size.js';
import { visibleNode } from './node-visibility.js';

export const MAX_PAGE_SIZE = 100;
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The types a global ID may name (those implementing Node), set by ./index.ts once the schema
 * is built. Another name (a type that does not exist, or one that is not a Node) reached
 * Pothos as "X has not been implemented", an error without a code.
 */
let nodeTypeNames: ReadonlySet<string> | null = null;
export function setNodeTypeNames(names: Iterable<string>): void {
  nodeTypeNames = new Set(names);
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Connection: { totalCount: number | (() => number | Promise<number>) };
  Scalars: {
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    ID: { Input: string; Output: string | number | bigint };
  };
  AuthScopes: {
    /** Anyone, with or without a token (public reference data). */
    public: boolean;
    authenticated: boolean;
    role: Role;
    /** Machine clients need the scope; people act through their roles. */
    scope: 'read' | 'write';
  };
}>({
  // Relay first so scope-auth sees parsed global IDs; scope-auth before resolver-wrapping plugins;
  // textInput inside errors, so its ValidationError is a mutation's typed result.
  plugins: [RelayPlugin, ScopeAuthPlugin, 'pageSize', ErrorsPlugin, 'textInput', ValidationPlugin, PrismaPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      public: true,
      authenticated: ctx.viewer !== null,
      role: (role) => ctx.viewer?.roles.includes(role) ?? false,
      scope: (scope) => ctx.viewer?.scopes.includes(scope) ?? false,
    }),
    unauthorizedError: (_parent, ctx) =>
      new ForbiddenError(ctx.viewer ? 'Not allowed for your roles or agency' : 'Authentication required: send a bearer token'),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Each node type carries its own rule; `node` itself is open so public types resolve without a token.
    // An object the caller may not see resolves as null, like an unknown ID (./node-visibility.ts).
    nodeQueryOptions: {
      authScopes: { public: true },
      skipTypeScopes: true,
      resolve: async (_root, args, ctx, _info, resolveNode) => visibleNode(args.id.typename, await resolveNode(args.id), ctx),
    },
    nodesQueryOptions: {
      authScopes: { public: true },
      skipTypeScopes: true,
      resolve: async (_root, args, ctx, _info, resolveNodes) => {
        const nodes = await resolveNodes(args.ids);
        return Promise.all(nodes.map((node, i) => visibleNode(args.ids[i]!.typename, node, ctx)));
      },
    },
    nodesOnConnection: true,
    // Every stored ID is a UUID: refuse anything else up front instead of letting the
    // database reject it (which would surface as an internal error).
    decodeGlobalID: (globalID) => {
      const { typename, id } = decodeGlobalID(globalID);
      if (!UUID.test(id) || (nodeTypeNames && !nodeTypeNames.has(typename))) {
        throw new GraphQLError(`Invalid ID "${globalID}"`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
      return { typename, id };
    },
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: 20,
    onUnusedQuery: process.env.NODE_ENV === 'development' ? 'warn' : null,
  },
  errors: {
    defaultTypes: [],
    // GitHub/Shopify-style names: createOpening → CreateOpeningResult = CreateOpeningPayload | errors.
    // The payload's one field is named per mutation (./errors.ts `payload`).
    defaultUnionOptions: { name: ({ fieldName }) => `${upperFirst(fieldName)}Result` },
    defaultResultOptions: { name: ({ fieldName }) => `${upperFirst(fieldName)}Payload` },
    // Validation failures of a mutation's input come back as its typed ValidationError result.
    unsafelyHandleInputErrors: true,
  },
  validation: {
    validationError: (result) =>
      new ValidationError(
        result.issues.map((issue) => ({
          path: (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)),
          message: issue.message,
        })),
      ),
  },
  pageSize: { max: MAX_PAGE_SIZE },
});

// Every connection reports its total (computed only when asked, where it costs a query).
builder.globalConnectionField('totalCount', (t) =>
  t.int({
    nullable: false,
    resolve: (parent) => (typeof parent.totalCount === 'function' ? parent.totalCount() : parent.totalCount),
  }),
);

/**
 * Dates and times of record fall in years 1900–2999. Outside, they broke the database (PostgreSQL
 * has no year 0: Prisma writes 1 BC as "0000") or date arithmetic (9999-12-31 plus a day is year
 * 10000, which Prisma cannot send), each as an internal error (found by fuzzing). Refused while
 * coercing input instead; a window of centuries leaves room for every period the rules add.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

function withinYears<Out>(scalar: GraphQLScalarType<Date, Out>): GraphQLScalarType<Date, Out> {
  const check = (d: Date, node?: ValueNode) => {
    const year = d.getUTCFullYear();
    if (year < MIN_YEAR || year > MAX_YEAR) {
      // No code of its own, like the scalar's other refusals: the request fails validation.
      throw new GraphQLError(`${scalar.name} must be in the years ${MIN_YEAR}–${MAX_YEAR}`, node ? { nodes: node } : {});
    }
    return d;
  };
  const config = scalar.toConfig();
  return new GraphQLScalarType({
    ...config,
    description: `${config.description} Years ${MIN_YEAR}–${MAX_YEAR}.`,
    parseValue: (value) => check(config.parseValue!(value)),
    parseLiteral: (ast, variables) => check(config.parseLiteral!(ast, variables), ast),
  });
}

builder.addScalarType('Date', withinYears(DateResolver));
builder.addScalarType('DateTime', withinYears(DateTimeResolver));
builder.addScalarType('JSON', JSONResolver);
