/**
 * Adverse-impact reports (four-fifths rule) for HR specialists and admins of the host agency, as
 * objects and as CSV. Thin: the stages, rates and suppression are src/modules/impact/rules.ts;
 * this file supplies the ranking (the running match index, top 20 of the ALL pool).
 */
import type { Opening as OpeningRow } from '@prisma/client';
import { GraphQLError } from 'graphql';
import type { Context } from '../app/context.js';
import { mayReadImpactReports, mayReportOn } from '../modules/impact/policy.js';
import {
  DEFAULT_MIN_GROUP_SIZE,
  DIMENSIONS,
  FOUR_FIFTHS,
  IMPACT_CSV_COLUMNS,
  impactCsvRows,
  reportScopeRefusal,
  STAGES,
  TOP_N,
  type DimensionResult,
  type GroupResult,
  type StageResult,
} from '../modules/impact/rules.js';
import { impactReportFor, type ImpactReport } from '../modules/impact/service.js';
import { toCsv } from '../modules/privacy/rules.js';
import { builder } from './builder.js';
import { eligibility, matchOpening } from './match.js';
import { Opening } from './opening.js';

const ImpactDimension = builder.enumType('ImpactDimension', {
  description: 'A self-identification question the report groups people by.',
  values: DIMENSIONS,
});
const ImpactStage = builder.enumType('ImpactStage', {
  description:
    'TOP_20: ranked in the first 20 (base: everyone the ranking scored). APPLIED (base: those and the applicants). SHORTLISTED and SELECTED (base: applicants).',
  values: STAGES,
});

const ImpactGroupResult = builder.objectRef<GroupResult>('ImpactGroupResult').implement({
  description: 'One group at one stage. Numbers are null when the group is under the minimum size (suppressed).',
  fields: (t) => ({
    group: t.exposeString('group', { description: 'An answer (e.g. FEMALE), TWO_OR_MORE races, or NOT_ANSWERED.' }),
    population: t.exposeInt('population', { nullable: true, description: "People in the stage's base." }),
    count: t.exposeInt('count', { nullable: true, description: 'Of them, those who passed the stage.' }),
    rate: t.exposeFloat('rate', { nullable: true }),
    impactRatio: t.exposeFloat('impactRatio', {
      nullable: true,
      description: "Rate over the highest compared group's rate (null: suppressed, NOT_ANSWERED, or nobody passed).",
    }),
    adverseImpact: t.exposeBoolean('adverseImpact', { description: 'impactRatio under four fifths (0.8).' }),
    suppressed: t.exposeBoolean('suppressed'),
  }),
});

const ImpactStageResult = builder.objectRef<StageResult>('ImpactStageResult').implement({
  fields: (t) => ({
    stage: t.field({ type: ImpactStage, resolve: (s) => s.stage }),
    highestGroup: t.exposeString('highestGroup', { nullable: true }),
    groups: t.field({ type: [ImpactGroupResult], resolve: (s) => s.groups }),
  }),
});

const ImpactDimensionResult = builder.objectRef<DimensionResult>('ImpactDimensionResult').implement({
  fields: (t) => ({
    dimension: t.field({ type: ImpactDimension, resolve: (d) => d.dimension }),
    stages: t.field({ type: [ImpactStageResult], resolve: (d) => d.stages }),
  }),
});

const AdverseImpactReport = builder.objectRef<ImpactReport>('AdverseImpactReport').implement({
  description:
    "Selection rates by self-identified group at each stage, with impact ratios against the highest group and the four-fifths flag (EEOC Uniform Guidelines, 29 CFR 1607.4(D)). The ranking stage is today's ranking.",
  fields: (t) => ({
    generatedAt: t.field({ type: 'DateTime', resolve: (r) => r.generatedAt }),
    opening: t.field({ type: Opening, nullable: true, resolve: (r) => r.opening }),
    from: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.period?.from ?? null }),
    to: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.period?.to ?? null }),
    openings: t.exposeInt('openings', { description: 'Openings counted (a period: those published in it).' }),
    algorithmVersion: t.exposeString('algorithm'),
    minGroupSize: t.exposeInt('minGroupSize'),
    fourFifths: t.float({ resolve: () => FOUR_FIFTHS }),
    comparisons: t.exposeInt('compared', { description: 'Groups compared against their stage’s highest group.' }),
    flagged: t.exposeInt('flagged', { description: 'Comparisons under four fifths.' }),
    dimensions: t.field({ type: [ImpactDimensionResult], resolve: (r) => r.dimensions }),
  }),
});

const AdverseImpactReportInput = builder.inputType('AdverseImpactReportInput', {
  description: 'One opening, or the openings your agency published in a period (at most three years).',
  fields: (t) => ({
    opening: t.globalID({ for: Opening }),
    from: t.field({ type: 'DateTime' }),
    to: t.field({ type: 'DateTime' }),
    dimensions: t.field({ type: [ImpactDimension], description: 'Default: all four.' }),
    minGroupSize: t.int({
      description: `Groups smaller than this are suppressed (default ${DEFAULT_MIN_GROUP_SIZE}, at least 5).`,
    }),
  }),
});

const fail = (message: string, code: string) => new GraphQLError(message, { extensions: { code } });

/** Everyone the index scores for the opening in the ALL pool, best first (as Opening.matches ranks). */
async function ranking(ctx: Context, o: OpeningRow): Promise<string[]> {
  const [opening, eligible] = await Promise.all([matchOpening(ctx.prisma, o), eligibility(ctx, o, 'ALL')]);
  if (opening.skills.length === 0) return [];
  const first = ctx.matching.search(opening, { k: TOP_N, eligibility: eligible, countTotal: true });
  const total = first.total ?? 0;
  if (total <= TOP_N) return first.hits.map((h) => h.id);
  return ctx.matching.search(opening, { k: total, eligibility: eligible, countTotal: false }).hits.map((h) => h.id);
}

async function report(ctx: Context, input: typeof AdverseImpactReportInput.$inferInput): Promise<ImpactReport> {
  const refusal = reportScopeRefusal({
    opening: input.opening?.id,
    from: input.from,
    to: input.to,
    minGroupSize: input.minGroupSize,
  });
  if (refusal) throw fail(`input.${refusal.path}: ${refusal.message}`, 'BAD_USER_INPUT');
  const viewer = ctx.viewer!;
  let opening: OpeningRow | undefined;
  if (input.opening) {
    const o = await ctx.prisma.opening.findUnique({ where: { id: input.opening.id } });
    // Another agency's opening reads as unknown: no hint that it exists.
    if (!o || !mayReportOn(viewer, o.hostAgencyId)) throw fail(`No opening ${input.opening.id} of your agency`, 'NOT_FOUND');
    opening = o;
  }
  await ctx.matching.settle();
  return impactReportFor(ctx.prisma, viewer.agencyId, opening ? { opening } : { period: { from: input.from!, to: input.to! } }, {
    rank: (o) => ranking(ctx, o),
    algorithm: ctx.matching.config.algorithm,
    dimensions: input.dimensions?.length ? [...new Set(input.dimensions)] : DIMENSIONS,
    minGroupSize: input.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE,
  });
}

const hr = { authScopes: (_r: unknown, _a: unknown, ctx: Context) => mayReadImpactReports(ctx.viewer) };

builder.queryFields((t) => ({
  adverseImpactReport: t.field({
    type: AdverseImpactReport,
    ...hr,
    description:
      'Adverse-impact report of your agency’s openings (HR specialists and admins): per opening or over a period, per stage and self-identified group, with groups under the minimum size suppressed. Each run is recorded (about.matching shows the last).',
    args: { input: t.arg({ type: AdverseImpactReportInput, required: true }) },
    resolve: (_r, { input }, ctx) => report(ctx, input),
  }),
  adverseImpactReportCsv: t.string({
    ...hr,
    description: `adverseImpactReport as CSV (RFC 4180, CRLF, header row): ${IMPACT_CSV_COLUMNS.join(', ')}; suppressed numbers are empty.`,
    args: { input: t.arg({ type: AdverseImpactReportInput, required: true }) },
    resolve: async (_r, { input }, ctx) => toCsv(IMPACT_CSV_COLUMNS, impactCsvRows((await report(ctx, input)).dimensions)),
  }),
}));
