/** `about`: what this installation is and the attributions its data requires. */
import type { ImpactReportRun } from '@prisma/client';
import { ALGORITHMS } from '../matching/engine/model.js';
import { lastReportRun } from '../modules/impact/service.js';
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

/** What the ranking reads, and what it never reads (tests/api/impact.test.ts checks the engine's inputs). */
const MATCH_INPUTS = [
  'the opening: required and desired skills with their weights and minimum levels',
  "each profile's skills with proficiency level (1–5)",
  "each skill's backing: evidence (training, experience, military, certification, rotation) and endorsements, as a trust class",
  'the taxonomy: broader, narrower, related and cross-scheme equivalent skills',
  'how many profiles hold each skill (specificity)',
  'eligibility, outside the score: grade range, agency restriction, availability, discoverability or an application',
];
const MATCH_NEVER_USES = [
  'voluntary self-identification: sex, race and ethnicity, disability, veteran status',
  'name, age or date of birth, contact details, location',
  'education (kept as evidence for the record, never a ranking input)',
  'current agency, occupational series or pay plan, beyond eligibility',
];

const MatchParameter = builder.objectRef<{ name: string; value: number; description: string }>('MatchParameter').implement({
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its configuration variable.' }),
    value: t.exposeFloat('value'),
    description: t.exposeString('description'),
  }),
});

const LastImpactReport = builder.objectRef<ImpactReportRun>('LastImpactReport').implement({
  description: 'When an adverse-impact report last ran, and what it found (aggregates only; no agency or group named).',
  fields: (t) => ({
    at: t.field({ type: 'DateTime', resolve: (r) => r.at }),
    scope: t.string({ description: 'OPENING or PERIOD.', resolve: (r) => (r.openingId ? 'OPENING' : 'PERIOD') }),
    algorithmVersion: t.exposeString('algorithm'),
    minGroupSize: t.exposeInt('minGroupSize'),
    comparisons: t.exposeInt('compared'),
    flagged: t.exposeInt('flagged', {
      description: 'Comparisons under four fifths of the highest group (0: no adverse impact found).',
    }),
  }),
});

const MatchingFacts = builder.objectRef<object>('MatchingFacts').implement({
  description: 'A fact sheet of the ranking: what it reads, what it never reads, its parameters and its last impact report.',
  fields: (t) => ({
    algorithmVersion: t.string({
      description: 'The default algorithm (MATCH_ALGORITHM).',
      resolve: (_r, _a, ctx) => ctx.matching.config.algorithm,
    }),
    algorithms: t.stringList({ description: 'Versions a request may choose.', resolve: () => [...ALGORITHMS] }),
    inputs: t.stringList({ resolve: () => MATCH_INPUTS }),
    neverUses: t.stringList({ resolve: () => MATCH_NEVER_USES }),
    parameters: t.field({
      type: [MatchParameter],
      resolve: (_r, _a, ctx) => {
        const c = ctx.matching.config;
        return [
          { name: 'MATCH_LEVEL_DECAY', value: c.levelDecay, description: 'Factor per level below an opening skill’s minimum.' },
          {
            name: 'MATCH_FOCUS_PENALTY',
            value: c.focusPenalty,
            description: 'The most that unrequested skills take away (skills-overlap/2).',
          },
          { name: 'MATCH_FOCUS_HALF', value: c.focusHalf, description: 'Unrequested skills that take half of it.' },
          {
            name: 'MATCH_SPECIFICITY_REFERENCE',
            value: c.specificityReference,
            description: 'A skill held by at most this share weighs fully.',
          },
          {
            name: 'MATCH_RELATED_CREDIT',
            value: c.relatedCredit,
            description: 'skills-overlap/1 only: credit of a related skill.',
          },
        ];
      },
    }),
    lastImpactReport: t.field({ type: LastImpactReport, nullable: true, resolve: (_r, _a, ctx) => lastReportRun(ctx.prisma) }),
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
    matching: t.field({ type: MatchingFacts, resolve: () => ({}) }),
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
