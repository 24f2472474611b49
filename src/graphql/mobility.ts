/**
 * Mobility figures for HR specialists and admins: agency-to-agency flows with counts and
 * person-months, average duration, completion rate, top skills gained, and skill supply against
 * demand; as GraphQL objects and as CSV. Aggregates only: no person, profile or rotation appears.
 * An HR specialist gets the figures of their own agency (rotations it sent or hosted, openings it
 * posted); an ADMIN those of every agency, or of the one named. Definitions in
 * src/modules/mobility/rules.ts.
 */
import type { Agency as AgencyRow, Prisma, Skill as SkillRow } from '@prisma/client';
import { z } from 'zod';
import type { Context } from '../app/context.js';
import {
  computeMobilityFigures,
  mobilityCsv,
  type MobilityFigures as Figures,
  type RotationRecord,
  type SupplyDemand,
} from '../modules/mobility/rules.js';
import { dayOf, daysInclusive, effectiveRotationStatus } from '../modules/rotations/rules.js';
import { Agency } from './agency.js';
import { builder } from './builder.js';
import { ForbiddenError, ValidationError } from './errors/classes.js';
import { Skill } from './skill.js';

/** The longest period one request aggregates (ten years). */
const MAX_PERIOD_DAYS = 3653;

interface Resolved {
  figures: Figures;
  /** The agency the figures are limited to; null = every agency. */
  scope: AgencyRow | null;
  agencies: Map<string, AgencyRow>;
  skills: Map<string, SkillRow>;
}

const MobilityFlow = builder
  .objectRef<{ from: AgencyRow; to: AgencyRow; count: number; personMonths: number }>('MobilityFlow')
  .implement({
    description: 'People who served at `to` while on rotation from `from`, within the period.',
    fields: (t) => ({
      from: t.field({ type: Agency, description: 'Home agency.', resolve: (f) => f.from }),
      to: t.field({ type: Agency, description: 'Host agency.', resolve: (f) => f.to }),
      count: t.exposeInt('count', { description: 'Rotations with at least one served day in the period.' }),
      personMonths: t.exposeFloat('personMonths', {
        description: 'Served days in the period × commitment / 100 / 30.4375, summed; 2 decimals.',
      }),
    }),
  });

const SkillCount = builder.objectRef<{ skill: SkillRow; count: number }>('SkillGainCount').implement({
  fields: (t) => ({
    skill: t.field({ type: Skill, resolve: (s) => s.skill }),
    count: t.exposeInt('count', { description: 'Rotations completed in the period whose host attested the skill as gained.' }),
  }),
});

const SkillSupplyDemand = builder.objectRef<SupplyDemand & { skill: SkillRow }>('SkillSupplyDemand').implement({
  description:
    'Now, not over the period: open openings asking for a skill at a minimum level, against discoverable people who have it at that level or higher.',
  fields: (t) => ({
    skill: t.field({ type: Skill, resolve: (s) => s.skill }),
    minLevel: t.exposeInt('minLevel', { description: 'Minimum level the openings ask for, 1–5.' }),
    openOpenings: t.exposeInt('openOpenings', {
      description: 'Openings open now (deadline not passed) asking for the skill at this minimum level.',
    }),
    discoverablePeopleAtLevel: t.exposeInt('discoverablePeopleAtLevel', {
      description: 'Discoverable people with the skill at the level or higher.',
    }),
  }),
});

const MobilityFigures = builder.objectRef<Resolved>('MobilityFigures').implement({
  description:
    'Aggregated rotation figures over a period (calendar days, both included). Served days run from the start date to the last day served (the end date while ACTIVE). See the README, "Rotations".',
  fields: (t) => ({
    from: t.field({ type: 'Date', resolve: (r) => r.figures.period.from }),
    to: t.field({ type: 'Date', resolve: (r) => r.figures.period.to }),
    agency: t.field({
      type: Agency,
      nullable: true,
      description: 'The agency the figures are limited to; null for every agency.',
      resolve: (r) => r.scope,
    }),
    flows: t.field({
      type: [MobilityFlow],
      description: 'Home → host agency, most rotations first.',
      resolve: (r) =>
        r.figures.flows.map((f) => ({
          from: r.agencies.get(f.fromAgencyId)!,
          to: r.agencies.get(f.toAgencyId)!,
          count: f.count,
          personMonths: f.personMonths,
        })),
    }),
    rotationsInService: t.int({
      description: 'Rotations with a served day in the period.',
      resolve: (r) => r.figures.rotationsInService,
    }),
    personMonths: t.float({
      description: 'Person-months served in the period, all flows.',
      resolve: (r) => r.figures.personMonths,
    }),
    averageDurationDays: t.float({
      nullable: true,
      description: 'Mean length (start to last day, inclusive) of the rotations completed in the period; null when none.',
      resolve: (r) => r.figures.averageDurationDays,
    }),
    completed: t.int({
      description: 'Rotations COMPLETED with their last day in the period.',
      resolve: (r) => r.figures.completed,
    }),
    cancelled: t.int({
      description: 'Rotations CANCELLED on a day in the period, at any stage.',
      resolve: (r) => r.figures.cancelled,
    }),
    completionRate: t.float({
      nullable: true,
      description: 'completed / (completed + cancelled), 0–1, 4 decimals; null when both are 0.',
      resolve: (r) => r.figures.completionRate,
    }),
    topSkillsGained: t.field({
      type: [SkillCount],
      resolve: (r) => r.figures.topSkillsGained.map((g) => ({ skill: r.skills.get(g.skillId)!, count: g.count })),
    }),
    skillSupplyDemand: t.field({
      type: [SkillSupplyDemand],
      description: 'Most demanded first, then scarcest.',
      resolve: (r) => r.figures.skillSupplyDemand.map((s) => ({ ...s, skill: r.skills.get(s.skillId)! })),
    }),
  }),
});

// ─── Computing ───────────────────────────────────────────────────────────────

interface Args {
  from: Date;
  to: Date;
  agency?: string | null;
  top?: number | null;
}

/** Which agency's figures the caller gets: admins any (or all), HR specialists only their own. */
async function scopeOf(ctx: Context, agency: string | null | undefined): Promise<AgencyRow | null> {
  const v = ctx.viewer!;
  const admin = v.roles.includes('ADMIN');
  if (!agency) return admin ? null : ctx.prisma.agency.findUniqueOrThrow({ where: { id: v.agencyId } });
  const a = await ctx.loaders.agencyByCode.load(agency);
  if (!a) throw new ValidationError([{ path: ['agency'], message: `unknown agency "${agency}"` }]);
  if (!admin && a.id !== v.agencyId) throw new ForbiddenError('HR specialists see the figures of their own agency');
  return a;
}

async function supplyAndDemand(ctx: Context, scope: AgencyRow | null, now: Date): Promise<SupplyDemand[]> {
  const demand = await ctx.prisma.openingSkill.groupBy({
    by: ['skillId', 'minLevel'],
    where: { opening: { status: 'OPEN', applicationDeadline: { gt: now }, ...(scope ? { hostAgencyId: scope.id } : {}) } },
    _count: { _all: true },
  });
  if (demand.length === 0) return [];
  // People per skill and level (one profile skill per person and skill), then summed from each minimum up.
  const supply = await ctx.prisma.profileSkill.groupBy({
    by: ['skillId', 'level'],
    where: { skillId: { in: [...new Set(demand.map((d) => d.skillId))] }, profile: { discoverable: true } },
    _count: { _all: true },
  });
  return demand.map((d) => ({
    skillId: d.skillId,
    minLevel: d.minLevel,
    openOpenings: d._count._all,
    discoverablePeopleAtLevel: supply
      .filter((s) => s.skillId === d.skillId && s.level >= d.minLevel)
      .reduce((sum, s) => sum + s._count._all, 0),
  }));
}

async function resolveFigures(ctx: Context, args: Args): Promise<Resolved> {
  const from = dayOf(args.from);
  const to = dayOf(args.to);
  if (to < from) throw new ValidationError([{ path: ['to'], message: 'the period ends before it starts' }]);
  if (daysInclusive(from, to) > MAX_PERIOD_DAYS)
    throw new ValidationError([{ path: ['to'], message: 'a period spans at most ten years' }]);
  const top = args.top ?? 10;
  const now = new Date();
  const scope = await scopeOf(ctx, args.agency);

  const inScope: Prisma.RotationWhereInput = scope ? { OR: [{ homeAgencyId: scope.id }, { hostAgencyId: scope.id }] } : {};
  const rows = await ctx.prisma.rotation.findMany({
    where: {
      AND: [
        inScope,
        {
          OR: [
            // Served days can fall in the period (the last day served is never after endDate).
            { startDate: { lte: to }, endDate: { gte: from } },
            // Cancelled during the period, whatever its dates.
            { status: 'CANCELLED', cancelledAt: { gte: from, lt: new Date(to.getTime() + 86_400_000) } },
          ],
        },
      ],
    },
    select: {
      homeAgencyId: true,
      hostAgencyId: true,
      status: true,
      startDate: true,
      endDate: true,
      endedOn: true,
      commitmentPercent: true,
      cancelledAt: true,
      skills: { where: { gained: true }, select: { skillId: true } },
    },
  });
  const records: RotationRecord[] = rows.map((r) => ({
    ...r,
    status: effectiveRotationStatus(r, now),
    skillsGained: r.skills.map((s) => s.skillId),
  }));
  const demand = await supplyAndDemand(ctx, scope, now);

  const agencyIds = new Set(records.flatMap((r) => [r.homeAgencyId, r.hostAgencyId]));
  const skillIds = new Set([...records.flatMap((r) => r.skillsGained), ...demand.map((d) => d.skillId)]);
  const [agencyRows, skillRows] = await Promise.all([
    ctx.prisma.agency.findMany({ where: { id: { in: [...agencyIds] } } }),
    ctx.prisma.skill.findMany({ where: { id: { in: [...skillIds] } } }),
  ]);
  const agencies = new Map(agencyRows.map((a) => [a.id, a]));
  const skills = new Map(skillRows.map((s) => [s.id, s]));
  const figures = computeMobilityFigures(
    records,
    { from, to },
    demand,
    { agency: (id) => label(agencies.get(id)), skill: (id) => skills.get(id)?.name ?? id },
    top,
  );
  return { figures, scope, agencies, skills };
}

const label = (a: AgencyRow | undefined | null) => (a ? (a.abbreviation ?? a.code) : '');

const figureArgs = (t: Parameters<Parameters<typeof builder.queryField>[1]>[0]) => ({
  from: t.arg({ type: 'Date', required: true, description: 'First day of the period.' }),
  to: t.arg({ type: 'Date', required: true, description: 'Last day of the period (included).' }),
  agency: t.arg.string({
    description: 'Agency code or abbreviation. HR specialists: their own (the default). Admins: any; omitted, every agency.',
    validate: z.string().trim().min(1).max(20),
  }),
  top: t.arg.int({
    description: 'How many skills to list in topSkillsGained and skillSupplyDemand (default 10).',
    validate: z.number().int().min(1).max(100),
  }),
});

/** HR specialists and admins; anyone else is refused before anything runs. */
const mayReadFigures = (_p: unknown, _a: unknown, ctx: Context) =>
  !!ctx.viewer && ctx.viewer.roles.some((r) => r === 'HR_SPECIALIST' || r === 'ADMIN');

builder.queryField('mobilityFigures', (t) =>
  t.field({
    type: MobilityFigures,
    nullable: true,
    description:
      'Rotation flows between agencies, durations, completion, skills gained, and skill supply against demand (HR specialists and admins). Aggregates only.',
    args: figureArgs(t),
    authScopes: mayReadFigures,
    resolve: (_r, args, ctx) => resolveFigures(ctx, args),
  }),
);

builder.queryField('mobilityFiguresCsv', (t) =>
  t.string({
    nullable: true,
    description:
      'The figures of mobilityFigures as CSV (RFC 4180, CRLF, header row): one value per row with columns metric, from_agency, to_agency, skill, skill_scheme, skill_code, min_level, value.',
    args: figureArgs(t),
    authScopes: mayReadFigures,
    resolve: async (_r, args, ctx) => {
      const { figures, scope, agencies, skills } = await resolveFigures(ctx, args);
      return mobilityCsv(figures, {
        scope: scope ? label(scope) : 'ALL',
        agency: (id) => label(agencies.get(id)),
        skill: (id) => {
          const s = skills.get(id);
          return { name: s?.name ?? id, scheme: s?.scheme ?? '', code: s?.code ?? '' };
        },
      });
    },
  }),
);
