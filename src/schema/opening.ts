/**
 * Rotation openings: posted by a host agency's hiring managers and HR, browsed by staff of
 * every agency the opening admits. Rules (lifecycle, visibility, eligibility) live in
 * src/domain/openings.ts; browsing filters in ./opening-query.ts.
 */
import {
  OpeningStatus as PrismaOpeningStatus,
  ProgramType as PrismaProgramType,
  RemoteMode as PrismaRemoteMode,
  SecurityClearance as PrismaSecurityClearance,
  OccupationScheme as PrismaOccupationScheme,
  type Opening as OpeningRow,
  type Prisma,
} from '@prisma/client';
import { z } from 'zod';
import type { Context } from '../context.js';
import { isUniqueViolation } from '../db/retry.js';
import { audit } from '../domain/audit.js';
import type { MarketplaceEvent } from '../domain/events.js';
import { proposeFromRatings } from '../domain/milgears.js';
import {
  EDITABLE,
  applyRefusal,
  canSeeOpening,
  commitmentFromHours,
  editsOpenings,
  effectiveStatus,
  endDateOf,
  managesOpenings,
  openingProblems,
  transitionRefusal,
  type OpeningStatus as Status,
} from '../domain/openings.js';
import { normalizeForSearch } from '../domain/skill-search.js';
import { settleDeadline } from '../jobs/deadlines.js';
import { agencyChains } from '../loaders.js';
import { builder } from './builder.js';
import { registerNodeVisibility } from './node-visibility.js';
import { HIRING_OR_HR, nonEmpty } from './common.js';
import { payload } from './errors.js';
import {
  ConflictError,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  ValidationError,
  type FieldProblem,
} from './errors/classes.js';
import { OPENING_ORDER, openingWhere } from './opening-query.js';
import { ProficiencyLevel } from './profile.js';
import { OccupationScheme, OccupationSummary } from './skill-proposal.js';
import { Skill } from './skill.js';

export const ProgramType = builder.enumType(PrismaProgramType, {
  name: 'ProgramType',
  description: 'DETAIL and TOUR_OF_DUTY are service at another agency: the host agency’s own staff cannot apply.',
});
export const OpeningStatus = builder.enumType(PrismaOpeningStatus, { name: 'OpeningStatus' });
export const RemoteMode = builder.enumType(PrismaRemoteMode, { name: 'RemoteMode' });
export const SecurityClearance = builder.enumType(PrismaSecurityClearance, { name: 'SecurityClearance' });

/** Whether the caller may see an opening (drafts, agency restrictions). */
export async function openingVisible(ctx: Context, o: Pick<OpeningRow, 'id' | 'hostAgencyId' | 'status'>): Promise<boolean> {
  if (!ctx.viewer) return false;
  const [restrictedTo, chain] = await Promise.all([
    ctx.loaders.openingRestrictions.load(o.id),
    ctx.loaders.agencyChain.load(ctx.viewer.agencyId),
  ]);
  return canSeeOpening(ctx.viewer, { hostAgencyId: o.hostAgencyId, status: o.status, restrictedTo }, chain);
}

builder.prismaObject('OpeningSkill', {
  description: 'A skill the opening asks for, with the minimum level and its weight in ranking.',
  fields: (t) => ({
    skill: t.relation('skill'),
    minLevel: t.exposeInt('minLevel', { description: 'Minimum proficiency 1–5.' }),
    minProficiency: t.field({ type: ProficiencyLevel, resolve: (s) => s.minLevel as 1 | 2 | 3 | 4 | 5 }),
    weight: t.exposeFloat('weight', { description: 'Relative weight in the match score (> 0).' }),
    required: t.exposeBoolean('required', { description: 'Required (true) or desired (false).' }),
  }),
});

const ApplyEligibility = builder.objectRef<{ allowed: boolean; reason: string | null }>('ApplyEligibility').implement({
  description: 'Whether you may apply, and if not, why.',
  fields: (t) => ({ allowed: t.exposeBoolean('allowed'), reason: t.exposeString('reason', { nullable: true }) }),
});

export const Opening = builder.prismaNode('Opening', {
  id: { field: 'id' },
  nullable: true,
  description: 'A project-based opportunity (detail, rotation, gig, tour of duty, fellowship) posted by a host agency.',
  authScopes: async (o, ctx) => openingVisible(ctx, o),
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    programType: t.expose('programType', { type: ProgramType }),
    status: t.field({
      type: OpeningStatus,
      description: 'Current status; an opening past its application deadline is CLOSED.',
      resolve: (o) => effectiveStatus(o, new Date()),
    }),
    hostAgency: t.relation('hostAgency'),
    externalId: t.string({
      nullable: true,
      description: "ID in the host agency's own system (host managers only).",
      resolve: (o, _a, ctx) => (managesOpenings(ctx.viewer, o.hostAgencyId) ? o.externalId : null),
    }),
    commitmentPercent: t.exposeInt('commitmentPercent', {
      description: 'Share of working time, 1–100 (from hours at 40 a week).',
    }),
    hoursPerWeek: t.exposeInt('hoursPerWeek', { nullable: true, description: 'When the host stated the commitment in hours.' }),
    startDate: t.expose('startDate', { type: 'Date' }),
    durationWeeks: t.exposeInt('durationWeeks'),
    endDate: t.field({
      type: 'Date',
      description: 'Last day, from the start date and duration.',
      resolve: (o) => endDateOf(o.startDate, o.durationWeeks),
    }),
    applicationDeadline: t.expose('applicationDeadline', { type: 'DateTime' }),
    slots: t.exposeInt('slots', { description: 'How many people will be selected.' }),
    slotsFilled: t.relationCount('applications', { where: { status: 'SELECTED' }, description: 'People selected so far.' }),
    location: t.exposeString('location', { nullable: true }),
    remoteMode: t.expose('remoteMode', { type: RemoteMode }),
    payPlan: t.exposeString('payPlan', { nullable: true }),
    gradeMin: t.exposeInt('gradeMin', { nullable: true }),
    gradeMax: t.exposeInt('gradeMax', { nullable: true }),
    occupationalSeries: t.exposeString('occupationalSeries', { nullable: true }),
    securityClearance: t.expose('securityClearance', { type: SecurityClearance }),
    requiresSupervisorApproval: t.exposeBoolean('requiresSupervisorApproval', {
      description: "Applicants need their home supervisor's approval before they can be selected.",
    }),
    requireAllRequiredSkills: t.exposeBoolean('requireAllRequiredSkills', {
      description: 'Rank only candidates who meet every required skill.',
    }),
    skills: t.relation('skills', {
      description: 'Required skills first, then by weight.',
      query: { orderBy: [{ required: 'desc' }, { weight: 'desc' }, { skillId: 'asc' }] },
    }),
    restrictedTo: t.prismaField({
      type: ['Agency'],
      description: 'Agencies whose staff (bureaus included) may apply; empty when open to all.',
      resolve: async (query, o, _a, ctx) =>
        ctx.prisma.agency.findMany({
          ...nonEmpty(query),
          where: { id: { in: await ctx.loaders.openingRestrictions.load(o.id) } },
          orderBy: { name: 'asc' },
        }),
    }),
    basedOnOccupation: t.field({
      type: OccupationSummary,
      nullable: true,
      description: 'The occupation whose skills prefilled this opening.',
      resolve: (o, _a, ctx) => (o.occupationId ? ctx.prisma.occupation.findUnique({ where: { id: o.occupationId } }) : null),
    }),
    viewerCanManage: t.boolean({
      description: 'Whether you may edit this opening and decide on its applicants.',
      resolve: (o, _a, ctx) => editsOpenings(ctx.viewer, o.hostAgencyId),
    }),
    viewerEligibility: t.field({
      type: ApplyEligibility,
      description: 'Whether you may apply now.',
      resolve: async (o, _a, ctx) => {
        const me = await ctx.prisma.profile.findUnique({
          where: { subject: ctx.viewer!.subject },
          select: { id: true, agencyId: true },
        });
        if (!me) return { allowed: false, reason: 'You need a profile to apply' };
        const refusal = applyRefusal(
          { ...o, restrictedTo: await ctx.loaders.openingRestrictions.load(o.id) },
          { agencyId: me.agencyId, agencyChain: await ctx.loaders.agencyChain.load(me.agencyId) },
          new Date(),
        );
        if (refusal) return { allowed: false, reason: refusal.message };
        const live = await ctx.prisma.application.findFirst({
          where: { openingId: o.id, profileId: me.id, live: true },
          select: { id: true },
        });
        return live ? { allowed: false, reason: 'You already applied' } : { allowed: true, reason: null };
      },
    }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: 'When it was first opened.' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    cancelReason: t.exposeString('cancelReason', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});
registerNodeVisibility<OpeningRow>('Opening', (o, ctx) => openingVisible(ctx, o));

// ─── Browsing ────────────────────────────────────────────────────────────────

const OpeningOrder = builder.enumType('OpeningOrder', {
  values: {
    NEWEST: { description: 'Most recently opened first.' },
    DEADLINE: { description: 'Soonest application deadline first.' },
    START_DATE: { description: 'Soonest start first.' },
  },
});

const OpeningFilter = builder.inputType('OpeningFilter', {
  description: 'Every given condition must hold.',
  fields: (t) => ({
    keyword: t.string({
      description: 'Words that must each start a word of the title or description.',
      validate: z.string().max(200),
    }),
    skills: t.globalIDList({
      for: Skill,
      description: 'Openings asking for any of these skills.',
      validate: z.array(z.any()).max(20),
    }),
    includeNarrowerSkills: t.boolean({
      defaultValue: true,
      description: 'Also match skills narrower than the given ones (default true).',
    }),
    hostAgencies: t.stringList({
      description: 'Host agency codes or abbreviations; bureaus included.',
      validate: z.array(z.string().max(20)).max(20),
    }),
    programTypes: t.field({ type: [ProgramType] }),
    commitmentMin: t.int({ description: 'Minimum share of working time, percent.', validate: z.number().int().min(1).max(100) }),
    commitmentMax: t.int({ description: 'Maximum share of working time, percent.', validate: z.number().int().min(1).max(100) }),
    remoteModes: t.field({ type: [RemoteMode] }),
    location: t.string({ description: 'Part of the location, any case.', validate: z.string().trim().min(1).max(100) }),
    startFrom: t.field({ type: 'Date', description: 'Starting on or after.' }),
    startTo: t.field({ type: 'Date', description: 'Starting on or before.' }),
    grade: t.int({ description: 'Openings whose grade range includes this grade.', validate: z.number().int().min(1).max(15) }),
    openToMyAgency: t.boolean({ description: 'Only openings staff of your agency may apply to.' }),
    statuses: t.field({ type: [OpeningStatus], description: 'Default: OPEN only.' }),
  }),
});

/**
 * The page and its totalCount share one `where` (and one clock), built once per request and
 * filter: the skill closure and agency lookups run once, and both see the same deadline cut.
 */
const wheres = new WeakMap<Context, Map<string, ReturnType<typeof openingWhere>>>();
function browseWhere(ctx: Context, filter: Parameters<typeof openingWhere>[1]) {
  const mine = wheres.get(ctx) ?? new Map<string, ReturnType<typeof openingWhere>>();
  wheres.set(ctx, mine);
  const key = JSON.stringify(filter ?? null);
  if (!mine.has(key)) mine.set(key, openingWhere(ctx, filter, new Date()));
  return mine.get(key)!;
}

export const OpeningConnection = builder.connectionObject({ type: Opening, name: 'OpeningConnection' }, { name: 'OpeningEdge' });

builder.queryField('openings', (t) =>
  t.prismaConnection(
    {
      type: 'Opening',
      cursor: 'id',
      description: 'Openings you may see, filtered and ordered (newest first by default).',
      args: {
        filter: t.arg({ type: OpeningFilter }),
        orderBy: t.arg({ type: OpeningOrder, defaultValue: 'NEWEST' }),
      },
      totalCount: async (_p, { filter }, ctx) => ctx.prisma.opening.count({ where: await browseWhere(ctx, filter) }),
      resolve: async (query, _p, { filter, orderBy }, ctx) =>
        ctx.prisma.opening.findMany({
          ...nonEmpty(query),
          where: await browseWhere(ctx, filter),
          orderBy: [...OPENING_ORDER[orderBy ?? 'NEWEST']],
        }),
    },
    OpeningConnection,
  ),
);

const OccupationRef = builder.inputType('OccupationRef', {
  fields: (t) => ({
    scheme: t.field({ type: OccupationScheme, required: true }),
    code: t.string({
      required: true,
      description: 'e.g. O*NET-SOC "15-1252.00" or an ESCO occupation URI.',
      validate: z.string().trim().min(1).max(300),
    }),
  }),
});

const SuggestedOpeningSkill = builder
  .objectRef<{ skillId: string; minLevel: number; weight: number; required: boolean; reason: string }>('SuggestedOpeningSkill')
  .implement({
    description: 'A skill an occupation needs, as an opening requirement you can keep, edit or drop.',
    fields: (t) => ({
      skill: t.prismaField({
        type: 'Skill',
        resolve: (query, s, _a, ctx) => ctx.prisma.skill.findUniqueOrThrow({ ...nonEmpty(query), where: { id: s.skillId } }),
      }),
      minLevel: t.exposeInt('minLevel'),
      weight: t.exposeFloat('weight'),
      required: t.exposeBoolean('required'),
      reason: t.exposeString('reason'),
    }),
  });

/** How many skills an occupation prefills: openings name a handful, not the whole profile. */
const MAX_PREFILLED_SKILLS = 12;

/**
 * Opening requirements from an occupation's ratings (the MilGears proposal rules): the most
 * important skills, their proposed level as the minimum, O*NET importance ≥ 4 or ESCO
 * essential as required, and importance / 5 as the weight.
 */
async function skillsFromOccupation(db: Tx, ref: { scheme: PrismaOccupationScheme; code: string }) {
  const occupation = await db.occupation.findUnique({ where: { scheme_code: { scheme: ref.scheme, code: ref.code } } });
  if (!occupation) throw new NotFoundError('Occupation', `${ref.scheme} ${ref.code}`);
  const ratings = await db.occupationSkill.findMany({
    where: { occupationId: occupation.id },
    select: {
      skillId: true,
      importance: true,
      level: true,
      essential: true,
      hot: true,
      inDemand: true,
      skill: { select: { kind: true } },
    },
  });
  const skills = proposeFromRatings(ratings.map((r) => ({ ...r, skillKind: r.skill.kind })))
    .slice(0, MAX_PREFILLED_SKILLS)
    .map((p) => ({
      skillId: p.skillId,
      minLevel: p.level,
      weight: Math.round((p.weight / 5) * 100) / 100,
      required: p.weight >= 4,
      reason: p.reason,
    }));
  return { occupation, skills };
}

builder.queryField('suggestedOpeningSkills', (t) =>
  t.field({
    type: [SuggestedOpeningSkill],
    description: 'Start from an occupation: the skills and levels it needs, as opening requirements.',
    args: { occupation: t.arg({ type: OccupationRef, required: true }) },
    resolve: async (_r, { occupation }, ctx) => (await skillsFromOccupation(ctx.prisma, occupation)).skills,
  }),
);

// ─── Inputs ──────────────────────────────────────────────────────────────────

const text = (max: number) => z.string().trim().min(1).max(max);

/** Rules of an opening skill's numbers, shared with the bulk sync (src/schema/bulk.ts). */
export const OpeningSkillRules = {
  minLevel: z.number().int().min(1, 'minLevel must be 1–5').max(5, 'minLevel must be 1–5'),
  weight: z.number().gt(0, 'weight must be above 0').max(10),
};

const OpeningSkillInput = builder.inputType('OpeningSkillInput', {
  fields: (t) => ({
    skill: t.globalID({ for: Skill, required: true }),
    minLevel: t.int({ required: true, validate: OpeningSkillRules.minLevel }),
    weight: t.float({ defaultValue: 1, validate: OpeningSkillRules.weight }),
    required: t.boolean({ defaultValue: false }),
  }),
});

export const MAX_OPENING_SKILLS = 40;

/** Rules of an opening's fields: create, update and the bulk sync check them alike. */
export const OpeningFieldRules = {
  title: text(200),
  description: text(10_000),
  commitmentPercent: z.number().int().min(1).max(100),
  hoursPerWeek: z.number().int().min(1).max(40),
  durationWeeks: z.number().int().min(1).max(156),
  applicationDeadline: z.date().refine((d) => d > new Date(), 'must be in the future'),
  slots: z.number().int().min(1).max(1000),
  location: text(200),
  payPlan: z.string().regex(/^[A-Z]{2}$/, 'a two-letter pay plan, e.g. GS'),
  gradeMin: z.number().int().min(1).max(15),
  gradeMax: z.number().int().min(1).max(15),
  occupationalSeries: z.string().regex(/^\d{4}$/, 'a four-digit OPM series, e.g. 2210'),
  restrictedTo: z.array(z.string().max(20)).max(50),
  skills: z.array(z.any()).max(MAX_OPENING_SKILLS, `at most ${MAX_OPENING_SKILLS} skills`),
};

/**
 * Fields shared by create, update and the bulk sync; `required` only on create. With
 * `validate: false` the caller checks OpeningFieldRules itself (the bulk sync, per item).
 */
export function openingFields(
  t: Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0],
  create: boolean,
  { validate = true } = {},
) {
  const v = <S>(rule: S) => (validate ? rule : undefined);
  const r = OpeningFieldRules;
  return {
    title: t.string({ required: create, validate: v(r.title) }),
    description: t.string({ required: create, validate: v(r.description) }),
    programType: t.field({ type: ProgramType, required: create }),
    commitmentPercent: t.int({
      description: 'Share of working time, 1–100. Give this or hoursPerWeek.',
      validate: v(r.commitmentPercent),
    }),
    hoursPerWeek: t.int({ description: 'Hours per week, 1–40. Give this or commitmentPercent.', validate: v(r.hoursPerWeek) }),
    startDate: t.field({ type: 'Date', required: create }),
    durationWeeks: t.int({ required: create, validate: v(r.durationWeeks) }),
    applicationDeadline: t.field({ type: 'DateTime', required: create, validate: v(r.applicationDeadline) }),
    slots: t.int({ validate: v(r.slots) }),
    location: t.string({ validate: v(r.location) }),
    remoteMode: t.field({ type: RemoteMode }),
    payPlan: t.string({ validate: v(r.payPlan) }),
    gradeMin: t.int({ validate: v(r.gradeMin) }),
    gradeMax: t.int({ validate: v(r.gradeMax) }),
    occupationalSeries: t.string({ validate: v(r.occupationalSeries) }),
    securityClearance: t.field({ type: SecurityClearance }),
    requiresSupervisorApproval: t.boolean(),
    requireAllRequiredSkills: t.boolean(),
    restrictedTo: t.stringList({
      description: 'Agency codes or abbreviations whose staff may apply; empty or omitted: open to all.',
      validate: v(r.restrictedTo),
    }),
    skills: t.field({
      type: [OpeningSkillInput],
      description: create ? 'Required and desired skills.' : 'Replaces the whole list when given.',
      validate: v(r.skills),
    }),
  };
}

export const oneCommitment = (create: boolean) =>
  z
    .object({ commitmentPercent: z.number().nullish(), hoursPerWeek: z.number().nullish() })
    .passthrough()
    .refine(
      (i) =>
        create
          ? (i.commitmentPercent == null) !== (i.hoursPerWeek == null)
          : i.commitmentPercent == null || i.hoursPerWeek == null,
      {
        message: create
          ? 'give the commitment either as commitmentPercent or as hoursPerWeek'
          : 'give commitmentPercent or hoursPerWeek, not both',
        path: ['commitmentPercent'],
      },
    );

const CreateOpeningInput = builder.inputType('CreateOpeningInput', {
  description: 'A new opening, created as a DRAFT in your agency.',
  fields: (t) => ({
    ...openingFields(t, true),
    fromOccupation: t.field({
      type: OccupationRef,
      description: 'Prefill skills from this occupation when `skills` is not given.',
    }),
    externalId: t.string({ description: "ID in your agency's own system.", validate: z.string().trim().min(1).max(64) }),
  }),
  validate: oneCommitment(true),
});

const UpdateOpeningInput = builder.inputType('UpdateOpeningInput', {
  description: 'Fields to change; omitted fields stay as they are.',
  fields: (t) => ({ opening: t.globalID({ for: Opening, required: true }), ...openingFields(t, false) }),
  validate: oneCommitment(false),
});

export type SkillArg = { skill: { id: string }; minLevel: number; weight?: number | null; required?: boolean | null };

/** A new opening's fields (createOpening's input, skills as IDs). */
export type OpeningCreateArgs = Omit<typeof CreateOpeningInput.$inferInput, 'skills'> & { skills?: SkillArg[] | null };
/** Changes to an opening (updateOpening's input without the reference); omitted = left as is. */
export type OpeningEditArgs = Omit<typeof UpdateOpeningInput.$inferInput, 'opening' | 'skills'> & { skills?: SkillArg[] | null };

// ─── Mutation helpers ────────────────────────────────────────────────────────

type Tx = Prisma.TransactionClient;

/** Runs a change in one transaction and publishes its events once it has committed. */
export async function withEvents<T>(
  ctx: Context,
  fn: (tx: Tx, events: MarketplaceEvent[]) => Promise<T>,
  options?: { maxWait?: number; timeout?: number },
) {
  const events: MarketplaceEvent[] = [];
  const result = await ctx.prisma.$transaction((tx) => fn(tx, events), options);
  ctx.events.publish(...events);
  return result;
}

/**
 * Loads an opening for a change, row-locked for the rest of the transaction, with its deadline
 * settled, and the agencies it is restricted to. Invisible openings read as not found; visible ones
 * the caller may not edit (by `rule`) are refused.
 */
export async function openingForChange(tx: Tx, ctx: Context, id: string, events: MarketplaceEvent[], rule = editsOpenings) {
  await tx.$queryRaw`SELECT 1 FROM "Opening" WHERE id = ${id}::uuid FOR UPDATE`;
  const found = await tx.opening.findUnique({ where: { id }, include: { restrictedTo: { select: { agencyId: true } } } });
  const [chain] = await agencyChains(tx, [ctx.viewer!.agencyId]);
  if (!found) throw new NotFoundError('Opening', id);
  const { restrictedTo: links, ...row } = found;
  const restrictedTo = links.map((r) => r.agencyId);
  if (!canSeeOpening(ctx.viewer, { ...row, restrictedTo }, chain!)) throw new NotFoundError('Opening', id);
  if (!rule(ctx.viewer, row.hostAgencyId))
    throw new ForbiddenError('Only hiring managers and HR specialists of the host agency manage this opening');
  const settled = await settleDeadline(tx, row, new Date());
  if (settled.event) events.push(settled.event);
  return { opening: settled.opening, restrictedTo };
}

/** Agency IDs for codes or abbreviations (deduplicated); unknown ones are a ValidationError at `path`. */
export async function agencyIds(tx: Tx, names: string[], path: string[]): Promise<string[]> {
  const rows = await tx.agency.findMany({
    where: { OR: [{ code: { in: names } }, { abbreviation: { in: names } }] },
    select: { id: true, code: true, abbreviation: true },
  });
  const found = names.map((n) => rows.find((r) => r.code === n || r.abbreviation === n));
  const problems: FieldProblem[] = [];
  found.forEach((a, i) => {
    if (!a) problems.push({ path: [...path, String(i)], message: `unknown agency "${names[i]}"` });
  });
  if (problems.length) throw new ValidationError(problems);
  return [...new Set(found.map((a) => a!.id))];
}

async function checkSkills(tx: Tx, skills: SkillArg[]) {
  const problems: FieldProblem[] = [];
  const ids = skills.map((s) => s.skill.id);
  const known = new Set((await tx.skill.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((s) => s.id));
  ids.forEach((id, i) => {
    if (!known.has(id)) problems.push({ path: ['input', 'skills', String(i), 'skill'], message: 'unknown skill' });
    else if (ids.indexOf(id) !== i) problems.push({ path: ['input', 'skills', String(i), 'skill'], message: 'listed twice' });
  });
  if (problems.length) throw new ValidationError(problems);
  return skills.map((s) => ({ skillId: s.skill.id, minLevel: s.minLevel, weight: s.weight ?? 1, required: s.required ?? false }));
}

function checkConsistency(o: Parameters<typeof openingProblems>[0]) {
  const problems = openingProblems(o).map(([field, message]) => ({ path: ['input', field], message }));
  if (problems.length) throw new ValidationError(problems);
}

const skillSnapshot = (rows: { skillId: string; minLevel: number; weight: number; required: boolean }[]) =>
  rows
    .map(({ skillId, minLevel, weight, required }) => ({ skillId, minLevel, weight, required }))
    .sort((a, b) => a.skillId.localeCompare(b.skillId));

/** Moves an opening to another status, enforcing the lifecycle. */
async function transition(tx: Tx, ctx: Context, o: OpeningRow, to: Status, data: Prisma.OpeningUpdateInput = {}) {
  const from = effectiveStatus(o, new Date());
  const refusal = transitionRefusal(from, to);
  if (refusal) throw new InvalidStateError(refusal);
  const after = await tx.opening.update({ where: { id: o.id }, data: { ...data, status: to } });
  await audit(tx, ctx, {
    action: `opening.${to.toLowerCase()}`,
    entityType: 'Opening',
    entityId: o.id,
    before: { status: from },
    after: { status: to, ...data },
  });
  return after;
}

async function liveApplicantSubjects(tx: Tx, openingId: string) {
  const rows = await tx.application.findMany({
    where: { openingId, live: true },
    select: { profile: { select: { subject: true } } },
  });
  return rows.flatMap((r) => (r.profile.subject ? [r.profile.subject] : []));
}

/**
 * Edits an opening the caller may change (row locked, deadline settled: openingForChange):
 * only DRAFT, OPEN and CLOSED ones. Omitted fields stay; null leaves required ones as they are;
 * `skills` and `restrictedTo` replace the whole list when given. Audited with the skills and
 * restriction before and after when they changed.
 */
export async function editOpening(tx: Tx, ctx: Context, before: OpeningRow, edit: OpeningEditArgs, events: MarketplaceEvent[]) {
  const status = effectiveStatus(before, new Date());
  if (!EDITABLE.has(status)) throw new InvalidStateError(`An opening that is ${status} cannot be edited`);
  const { skills: skillArgs, restrictedTo, ...rest } = edit;
  const fields = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Partial<typeof rest>;
  // Required columns: null means "leave as is".
  for (const k of [
    'title',
    'description',
    'programType',
    'startDate',
    'durationWeeks',
    'applicationDeadline',
    'slots',
    'remoteMode',
    'securityClearance',
    'requiresSupervisorApproval',
    'requireAllRequiredSkills',
    'commitmentPercent',
  ] as const) {
    if (fields[k] === null) delete fields[k];
  }
  const merged = { ...before, ...fields } as OpeningRow;
  checkConsistency(merged);
  const selected = await tx.application.count({ where: { openingId: before.id, status: 'SELECTED' } });
  if (fields.slots != null && fields.slots < selected)
    throw new InvalidStateError(`${selected} people are already selected; slots cannot go below that`);
  const data = { ...fields } as Prisma.OpeningUncheckedUpdateInput;
  if (fields.hoursPerWeek != null) data.commitmentPercent = commitmentFromHours(fields.hoursPerWeek);
  else if (fields.commitmentPercent != null) data.hoursPerWeek = null;
  if (fields.title != null || fields.description != null)
    data.searchText = normalizeForSearch(`${merged.title} ${merged.description}`);

  const beforeSkills = skillSnapshot(await tx.openingSkill.findMany({ where: { openingId: before.id } }));
  let afterSkills = beforeSkills;
  if (skillArgs) {
    afterSkills = skillSnapshot(await checkSkills(tx, skillArgs));
    await tx.openingSkill.deleteMany({ where: { openingId: before.id } });
    await tx.openingSkill.createMany({ data: afterSkills.map((s) => ({ ...s, openingId: before.id })) });
  }
  const beforeRestricted = (await tx.openingAgency.findMany({ where: { openingId: before.id } })).map((r) => r.agencyId).sort();
  let afterRestricted = beforeRestricted;
  if (restrictedTo) {
    afterRestricted = (await agencyIds(tx, restrictedTo, ['input', 'restrictedTo'])).sort();
    await tx.openingAgency.deleteMany({ where: { openingId: before.id } });
    await tx.openingAgency.createMany({ data: afterRestricted.map((agencyId) => ({ openingId: before.id, agencyId })) });
    ctx.loaders.openingRestrictions.clear(before.id);
  }
  // Slots lowered to the number already selected: the opening is full.
  const filled = fields.slots != null && selected > 0 && fields.slots === selected && status !== 'DRAFT';
  if (filled) Object.assign(data, { status: 'FILLED', closedAt: before.closedAt ?? new Date() });
  const after = await tx.opening.update({ where: { id: before.id }, data });
  if (filled) {
    events.push({
      kind: 'OPENING_FILLED',
      occurredAt: new Date(),
      openingId: before.id,
      hostAgencyId: before.hostAgencyId,
      applicantSubjects: await liveApplicantSubjects(tx, before.id),
    });
  }
  const skillsChanged = JSON.stringify(beforeSkills) !== JSON.stringify(afterSkills);
  const restrictionChanged = JSON.stringify(beforeRestricted) !== JSON.stringify(afterRestricted);
  await audit(tx, ctx, {
    action: skillsChanged && status === 'OPEN' ? 'opening.update.open-skills' : 'opening.update',
    entityType: 'Opening',
    entityId: before.id,
    before: {
      ...before,
      ...(skillsChanged ? { skills: beforeSkills } : {}),
      ...(restrictionChanged ? { restrictedTo: beforeRestricted } : {}),
    },
    after: {
      ...after,
      ...(skillsChanged ? { skills: afterSkills } : {}),
      ...(restrictionChanged ? { restrictedTo: afterRestricted } : {}),
    },
  });
  return after;
}

/** Creates a DRAFT opening in the caller's agency (authorization is the caller's): checks consistency, skills and agencies; audited. */
export async function createOpeningRecord(tx: Tx, ctx: Context, input: OpeningCreateArgs) {
  const viewer = ctx.viewer!;
  const { skills: skillArgs, restrictedTo, fromOccupation, ...fields } = input;
  checkConsistency({
    startDate: fields.startDate!,
    applicationDeadline: fields.applicationDeadline!,
    gradeMin: fields.gradeMin ?? null,
    gradeMax: fields.gradeMax ?? null,
  });
  let skills = skillArgs ? await checkSkills(tx, skillArgs) : [];
  let occupationId: string | null = null;
  if (fromOccupation) {
    const fromOcc = await skillsFromOccupation(tx, fromOccupation);
    occupationId = fromOcc.occupation.id;
    if (!skillArgs) skills = fromOcc.skills.map(({ reason: _reason, ...s }) => s);
  }
  const restricted = restrictedTo?.length ? await agencyIds(tx, restrictedTo, ['input', 'restrictedTo']) : [];
  const data = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined)) as typeof fields;
  if (
    data.externalId &&
    (await tx.opening.findUnique({
      where: { hostAgencyId_externalId: { hostAgencyId: viewer.agencyId, externalId: data.externalId } },
      select: { id: true },
    }))
  ) {
    throw new ConflictError(
      `Your agency already has an opening with externalId "${data.externalId}"; edit it, or sync by externalId with upsertOpenings`,
    );
  }
  const created = await tx.opening.create({
    data: {
      ...data,
      commitmentPercent: fields.commitmentPercent ?? commitmentFromHours(fields.hoursPerWeek!),
      hostAgencyId: viewer.agencyId,
      createdBySubject: viewer.subject,
      occupationId,
      searchText: normalizeForSearch(`${fields.title} ${fields.description}`),
      skills: { create: skills },
      restrictedTo: { create: restricted.map((agencyId) => ({ agencyId })) },
    } as Prisma.OpeningUncheckedCreateInput,
  });
  await audit(tx, ctx, {
    action: 'opening.create',
    entityType: 'Opening',
    entityId: created.id,
    after: { ...created, skills: skillSnapshot(skills), restrictedTo: restricted },
  });
  return created;
}

/**
 * Moves an opening along its lifecycle with each step's own rules: OPEN needs a future deadline
 * and a skill (and sets the publication times), CLOSED tells the applicants, ARCHIVED just files it.
 */
export async function moveOpening(
  tx: Tx,
  ctx: Context,
  o: OpeningRow,
  to: 'OPEN' | 'CLOSED' | 'ARCHIVED',
  events: MarketplaceEvent[],
) {
  const now = new Date();
  if (to === 'OPEN') {
    if (o.applicationDeadline <= now)
      throw new InvalidStateError('The application deadline has passed: move it first (updateOpening)');
    if ((await tx.openingSkill.count({ where: { openingId: o.id } })) === 0)
      throw new InvalidStateError('Add at least one skill before opening');
    return transition(tx, ctx, o, 'OPEN', { publishedAt: o.publishedAt ?? now, listedAt: now, closedAt: null });
  }
  if (to === 'CLOSED') {
    const after = await transition(tx, ctx, o, 'CLOSED', { closedAt: now });
    events.push({
      kind: 'OPENING_CLOSED',
      occurredAt: now,
      openingId: o.id,
      hostAgencyId: o.hostAgencyId,
      applicantSubjects: await liveApplicantSubjects(tx, o.id),
    });
    return after;
  }
  return transition(tx, ctx, o, 'ARCHIVED');
}

// ─── Mutations ───────────────────────────────────────────────────────────────

const ref = (name: string) =>
  builder.inputType(name, { fields: (t) => ({ opening: t.globalID({ for: Opening, required: true }) }) });

builder.mutationFields((t) => ({
  createOpening: t.prismaField({
    type: 'Opening',
    authScopes: HIRING_OR_HR,
    description: 'Creates a DRAFT opening in your agency (hiring managers and HR specialists).',
    errors: payload('opening', ValidationError, NotFoundError, ForbiddenError, ConflictError),
    args: { input: t.arg({ type: CreateOpeningInput, required: true }) },
    resolve: (query, _r, { input }, ctx) =>
      withEvents(ctx, async (tx) => {
        const viewer = ctx.viewer!;
        if (!editsOpenings(viewer, viewer.agencyId))
          throw new ForbiddenError('Only hiring managers and HR specialists post openings');
        const created = await createOpeningRecord(tx, ctx, input);
        return tx.opening.findUniqueOrThrow({ ...nonEmpty(query), where: { id: created.id } });
      }).catch((error: unknown) => {
        // Two creations with the same new externalId at once: the loser gets the same conflict.
        if (isUniqueViolation(error))
          throw new ConflictError(`Your agency already has an opening with externalId "${input.externalId}"`);
        throw error;
      }),
  }),

  updateOpening: t.prismaField({
    type: 'Opening',
    authScopes: HIRING_OR_HR,
    description: 'Edits a DRAFT, OPEN or CLOSED opening. Every change, skills included, is in the audit log.',
    errors: payload('opening', ValidationError, NotFoundError, ForbiddenError, InvalidStateError),
    args: { input: t.arg({ type: UpdateOpeningInput, required: true }) },
    resolve: (query, _r, { input }, ctx) =>
      withEvents(ctx, async (tx, events) => {
        const { opening: before } = await openingForChange(tx, ctx, input.opening.id, events);
        const { opening: _ref, ...edit } = input;
        await editOpening(tx, ctx, before, edit, events);
        return tx.opening.findUniqueOrThrow({ ...nonEmpty(query), where: { id: before.id } });
      }),
  }),

  openOpening: t.prismaField({
    type: 'Opening',
    authScopes: HIRING_OR_HR,
    description: 'Opens a DRAFT for applications, or reopens a CLOSED opening whose deadline was moved.',
    errors: payload('opening', NotFoundError, ForbiddenError, InvalidStateError),
    args: { input: t.arg({ type: ref('OpenOpeningInput'), required: true }) },
    resolve: (query, _r, { input }, ctx) =>
      withEvents(ctx, async (tx, events) => {
        const { opening: o } = await openingForChange(tx, ctx, input.opening.id, events);
        await moveOpening(tx, ctx, o, 'OPEN', events);
        return tx.opening.findUniqueOrThrow({ ...nonEmpty(query), where: { id: o.id } });
      }),
  }),

  closeOpening: t.prismaField({
    type: 'Opening',
    authScopes: HIRING_OR_HR,
    description: 'Stops applications before the deadline; applicants can still be selected.',
    errors: payload('opening', NotFoundError, ForbiddenError, InvalidStateError),
    args: { input: t.arg({ type: ref('CloseOpeningInput'), required: true }) },
    resolve: (query, _r, { input }, ctx) =>
      withEvents(ctx, async (tx, events) => {
        const { opening: o } = await openingForChange(tx, ctx, input.opening.id, events);
        await moveOpening(tx, ctx, o, 'CLOSED', events);
        return tx.opening.findUniqueOrThrow({ ...nonEmpty(query), where: { id: o.id } });
      }),
  }),

  cancelOpening: t.prismaField({
    type: 'Opening',
    authScopes: HIRING_OR_HR,
    description: 'Cancels an opening nobody has been selected for; its live applications are declined with your reason.',
    errors: payload('opening', ValidationError, NotFoundError, ForbiddenError, InvalidStateError),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('CancelOpeningInput', {
          fields: (f) => ({
            opening: f.globalID({ for: Opening, required: true }),
            reason: f.string({ required: true, validate: text(1000) }),
          }),
        }),
      }),
    },
    resolve: (query, _r, { input }, ctx) =>
      withEvents(ctx, async (tx, events) => {
        const { opening: o } = await openingForChange(tx, ctx, input.opening.id, events);
        const selected = await tx.application.count({ where: { openingId: o.id, status: 'SELECTED' } });
        if (selected > 0)
          throw new InvalidStateError(
            `${selected} ${selected === 1 ? 'person is' : 'people are'} selected: cancel their rotations first`,
          );
        const now = new Date();
        const subjects = await liveApplicantSubjects(tx, o.id);
        await transition(tx, ctx, o, 'CANCELLED', { cancelReason: input.reason, closedAt: o.closedAt ?? now });
        const live = await tx.application.findMany({
          where: { openingId: o.id, live: true },
          select: { id: true, status: true },
        });
        await tx.application.updateMany({
          where: { openingId: o.id, live: true },
          data: {
            status: 'DECLINED',
            live: null,
            decisionReason: `Opening cancelled: ${input.reason}`,
            decidedBySubject: ctx.viewer!.subject,
            decidedAt: now,
          },
        });
        for (const a of live) {
          await audit(tx, ctx, {
            action: 'application.declined',
            entityType: 'Application',
            entityId: a.id,
            before: { status: a.status },
            after: { status: 'DECLINED', reason: `Opening cancelled: ${input.reason}` },
          });
        }
        events.push({
          kind: 'OPENING_CANCELLED',
          occurredAt: now,
          openingId: o.id,
          hostAgencyId: o.hostAgencyId,
          applicantSubjects: subjects,
        });
        return tx.opening.findUniqueOrThrow({ ...nonEmpty(query), where: { id: o.id } });
      }),
  }),

  archiveOpening: t.prismaField({
    type: 'Opening',
    authScopes: HIRING_OR_HR,
    description: 'Archives a CLOSED, FILLED or CANCELLED opening: it stays on record, out of the way.',
    errors: payload('opening', NotFoundError, ForbiddenError, InvalidStateError),
    args: { input: t.arg({ type: ref('ArchiveOpeningInput'), required: true }) },
    resolve: (query, _r, { input }, ctx) =>
      withEvents(ctx, async (tx, events) => {
        const { opening: o } = await openingForChange(tx, ctx, input.opening.id, events);
        await moveOpening(tx, ctx, o, 'ARCHIVED', events);
        return tx.opening.findUniqueOrThrow({ ...nonEmpty(query), where: { id: o.id } });
      }),
  }),
}));
