/** Agencies and sub-agencies: public reference data; only ADMIN changes them. */
import { z } from 'zod';
import { audit } from '../platform/db/audit.js';
import { builder } from './builder.js';
import { payload } from './errors.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from './errors/classes.js';
import { OrderDirection, nonEmpty } from './common.js';

export const Agency = builder.prismaNode('Agency', {
  id: { field: 'id' },
  // node(id:) answers null for an unknown ID instead of an error.
  nullable: true,
  description: 'A federal agency or one of its sub-agencies (bureaus).',
  authScopes: { public: true },
  fields: (t) => ({
    code: t.exposeString('code'),
    abbreviation: t.exposeString('abbreviation', { nullable: true }),
    name: t.exposeString('name'),
    parent: t.relation('parent', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const AgencyConnection = builder.connectionObject({ type: Agency, name: 'AgencyConnection' }, { name: 'AgencyEdge' });

// Declared after AgencyConnection: the two refer to each other.
builder.prismaObjectField(Agency, 'subAgencies', (t) =>
  t.relatedConnection(
    'subAgencies',
    { cursor: 'id', totalCount: true, query: () => ({ orderBy: [{ name: 'asc' }, { id: 'asc' }] }) },
    AgencyConnection,
  ),
);

const AgencyOrderField = builder.enumType('AgencyOrderField', { values: ['NAME', 'CODE'] as const });

const AgencyOrder = builder.inputType('AgencyOrder', {
  fields: (t) => ({
    field: t.field({ type: AgencyOrderField, required: true }),
    direction: t.field({ type: OrderDirection, defaultValue: 'ASC' }),
  }),
});

const AgencyFilter = builder.inputType('AgencyFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Matches name, code or abbreviation (case-insensitive).', validate: z.string().max(200) }),
    topLevelOnly: t.boolean({ description: 'Only agencies without a parent.' }),
    parent: t.globalID({ for: Agency, description: 'Only sub-agencies of this agency.' }),
  }),
});

builder.queryFields((t) => ({
  agencies: t.prismaConnection(
    {
      type: 'Agency',
      cursor: 'id',
      description: 'Agencies and sub-agencies, alphabetically by default.',
      authScopes: { public: true },
      skipTypeScopes: true,
      args: {
        filter: t.arg({ type: AgencyFilter }),
        orderBy: t.arg({ type: AgencyOrder }),
      },
      resolve: (query, _root, { filter, orderBy }, ctx) =>
        ctx.prisma.agency.findMany({ ...nonEmpty(query), where: agencyWhere(filter), orderBy: agencyOrder(orderBy) }),
      totalCount: (_root, { filter }, ctx) => ctx.prisma.agency.count({ where: agencyWhere(filter) }),
    },
    AgencyConnection,
  ),
  agency: t.prismaField({
    type: 'Agency',
    nullable: true,
    description: 'An agency by its code or abbreviation, e.g. "080" or "NASA".',
    authScopes: { public: true },
    skipTypeScopes: true,
    args: { code: t.arg.string({ required: true, validate: z.string().min(1).max(40) }) },
    resolve: async (query, _root, { code }, ctx) => {
      const hit = await ctx.loaders.agencyByCode.load(code);
      return hit ? ctx.prisma.agency.findUnique({ ...nonEmpty(query), where: { id: hit.id } }) : null;
    },
  }),
}));

type Filter = { search?: string | null; topLevelOnly?: boolean | null; parent?: { id: string } | null } | null | undefined;

function agencyWhere(filter: Filter) {
  const search = filter?.search?.trim();
  return {
    ...(filter?.topLevelOnly ? { parentId: null } : {}),
    ...(filter?.parent ? { parentId: filter.parent.id } : {}),
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: 'insensitive' as const } },
            { code: { equals: search } },
            { abbreviation: { equals: search, mode: 'insensitive' as const } },
          ],
        }
      : {}),
  };
}

function agencyOrder(order: { field: 'NAME' | 'CODE'; direction?: 'ASC' | 'DESC' | null } | null | undefined) {
  const dir = order?.direction === 'DESC' ? ('desc' as const) : ('asc' as const);
  // id last: a total order, so cursors never skip or repeat rows with equal names.
  return order?.field === 'CODE' ? [{ code: dir }, { id: dir }] : [{ name: dir }, { id: dir }];
}

const CreateAgencyInput = builder.inputType('CreateAgencyInput', {
  fields: (t) => ({
    code: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1)
        .max(20)
        .regex(/^[A-Za-z0-9-]+$/, 'letters, digits and dashes only'),
    }),
    abbreviation: t.string({ validate: z.string().trim().min(1).max(20) }),
    name: t.string({ required: true, validate: z.string().trim().min(2).max(200) }),
    parent: t.globalID({ for: Agency, description: 'The parent agency, for a sub-agency.' }),
  }),
});

builder.mutationFields((t) => ({
  createAgency: t.prismaField({
    type: 'Agency',
    description: 'Registers an agency or sub-agency (ADMIN).',
    authScopes: { role: 'ADMIN' },
    errors: payload('agency', ValidationError, NotFoundError, ForbiddenError, ConflictError),
    args: { input: t.arg({ type: CreateAgencyInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      return ctx.prisma.$transaction(async (tx) => {
        if (input.parent && !(await tx.agency.findUnique({ where: { id: input.parent.id } }))) {
          throw new NotFoundError('Agency', input.parent.id);
        }
        const clash = await tx.agency.findFirst({
          where: { OR: [{ code: input.code }, ...(input.abbreviation ? [{ abbreviation: input.abbreviation }] : [])] },
        });
        if (clash) throw new ConflictError(`An agency with code ${clash.code} or abbreviation ${clash.abbreviation} exists`);
        const created = await tx.agency.create({
          ...nonEmpty(query),
          data: {
            code: input.code,
            abbreviation: input.abbreviation ?? null,
            name: input.name,
            parentId: input.parent?.id ?? null,
          },
        });
        await audit(tx, ctx, { action: 'agency.create', entityType: 'Agency', entityId: created.id, after: created });
        return created;
      });
    },
  }),
}));
