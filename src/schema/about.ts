/** `about`: what this installation is and the attributions its data requires. */
import { builder } from './builder.js';
import { nonEmpty } from './common.js';
import { SkillScheme } from './skill.js';

export const SERVICE_NAME = 'Talent Marketplace';
export const SERVICE_VERSION = '0.1.0';

const TaxonomyRelease = builder.prismaObject('TaxonomyRelease', {
  authScopes: { public: true },
  fields: (t) => ({
    scheme: t.expose('scheme', { type: SkillScheme }),
    version: t.exposeString('version'),
    title: t.exposeString('title'),
    licence: t.exposeString('licence'),
    attribution: t.exposeString('attribution'),
    url: t.exposeString('url', { nullable: true }),
    importedAt: t.expose('importedAt', { type: 'DateTime' }),
  }),
});

const About = builder.objectRef<{ name: string; version: string }>('About').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    version: t.exposeString('version'),
    taxonomies: t.prismaField({
      type: [TaxonomyRelease],
      description: 'Taxonomy releases loaded into this installation, with their licences and attribution.',
      resolve: (query, _a, _args, ctx) =>
        ctx.prisma.taxonomyRelease.findMany({ ...nonEmpty(query), orderBy: [{ scheme: 'asc' }, { version: 'asc' }] }),
    }),
  }),
});

builder.queryField('about', (t) =>
  t.field({
    type: About,
    authScopes: { public: true },
    skipTypeScopes: true,
    resolve: () => ({ name: SERVICE_NAME, version: SERVICE_VERSION }),
  }),
);
