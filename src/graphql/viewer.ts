/** `viewer`: who the token says the caller is, as this service understands it. */
import type { Principal } from '../platform/auth/principal.js';
import { ROLES } from '../platform/auth/principal.js';
import { builder } from './builder.js';
import { nonEmpty } from './common.js';

export const RoleEnum = builder.enumType('Role', {
  values: Object.fromEntries(ROLES.map((r) => [r, {}])) as Record<(typeof ROLES)[number], object>,
});

export const Viewer = builder.objectRef<Principal>('Viewer').implement({
  description: 'The authenticated caller.',
  fields: (t) => ({
    subject: t.exposeString('subject', { description: 'Subject of the bearer token.' }),
    name: t.exposeString('name', { nullable: true }),
    roles: t.field({ type: [RoleEnum], resolve: (v) => v.roles }),
    scopes: t.exposeStringList('scopes', { description: 'What a machine client may do: read, write.' }),
    agency: t.prismaField({
      type: 'Agency',
      description: 'The agency the roles apply to.',
      resolve: (query, v, _args, ctx) => ctx.prisma.agency.findUniqueOrThrow({ ...nonEmpty(query), where: { id: v.agencyId } }),
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: Viewer,
    nullable: true,
    description: 'The caller, or null without a bearer token.',
    authScopes: { public: true },
    skipTypeScopes: true,
    resolve: (_root, _args, ctx) => ctx.viewer,
  }),
);
