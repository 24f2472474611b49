/**
 * Rotation openings: posted by a host agency's hiring managers and HR, browsed by staff of
 * every agency the opening admits. Rules (lifecycle, visibility, eligibility) live in
 * src/modules/openings/rules.ts; browsing filters in ./opening-query.ts.
 */
import type { Opening as OpeningRow } from '@prisma/client';
import { z } from 'zod';
import type { Context } from '../app/context.js';
import { skillsFromOccupation } from '../modules/openings/checks.js';
import { externalIdRule, oneCommitment, type CreateOpeningCommand, type OpeningEdit } from '../modules/openings/input.js';
import {
  applyRefusal,
  canSeeOpening,
  editsOpenings,
  effectiveStatus,
  endDateOf,
  managesOpenings,
} from '../modules/openings/rules.js';
import { cancelOpening, createOpening, moveOpeningTo, updateOpening } from '../modules/openings/service.js';
import { requestWork } from '../platform/db/unit-of-work.js';
import { builder } from './builder.js';
import { registerNodeVisibility } from './node-visibility.js';
import { HIRING_OR_HR, nonEmpty } from './common.js';
import { payload } from './errors.js';
import { ConflictError, ForbiddenError, InvalidStateError, NotFoundError, ValidationError } from './errors/classes.js';
import { OpeningStatus, ProgramType, RemoteMode, SecurityClearance } from './opening-enums.js';
import { openingInputFields } from './opening-input.js';
import { OPENING_ORDER, openingWhere } from './opening-query.js';
import { ProficiencyLevel } from './profile.js';
import { OccupationScheme, OccupationSummary } from './skill-proposal.js';
import { Skill } from './skill.js';

export { OpeningStatus, ProgramType, RemoteMode, SecurityClearance };

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

builder.queryField('suggestedOpeningSkills', (t) =>
  t.field({
    type: [SuggestedOpeningSkill],
    description: 'Start from an occupation: the skills and levels it needs, as opening requirements.',
    args: { occupation: t.arg({ type: OccupationRef, required: true }) },
    resolve: async (_r, { occupation }, ctx) => (await skillsFromOccupation(ctx.prisma, occupation)).skills,
  }),
);

// ─── Inputs ──────────────────────────────────────────────────────────────────

const CreateOpeningInput = builder.inputType('CreateOpeningInput', {
  description: 'A new opening, created as a DRAFT in your agency.',
  fields: (t) => ({
    ...openingInputFields(t, true),
    fromOccupation: t.field({
      type: OccupationRef,
      description: 'Prefill skills from this occupation when `skills` is not given.',
    }),
    externalId: t.string({ description: "ID in your agency's own system.", validate: externalIdRule }),
  }),
  validate: oneCommitment(true),
});

const UpdateOpeningInput = builder.inputType('UpdateOpeningInput', {
  description: 'Fields to change; omitted fields stay as they are.',
  fields: (t) => ({ opening: t.globalID({ for: Opening, required: true }), ...openingInputFields(t, false) }),
  validate: oneCommitment(false),
});

const ref = (name: string) =>
  builder.inputType(name, { fields: (t) => ({ opening: t.globalID({ for: Opening, required: true }) }) });

const CancelOpeningInput = builder.inputType('CancelOpeningInput', {
  fields: (f) => ({
    opening: f.globalID({ for: Opening, required: true }),
    reason: f.string({ required: true, validate: z.string().trim().min(1).max(1000) }),
  }),
});

// ─── Mutations: parse → service → the opening ────────────────────────────────

const move = (to: 'OPEN' | 'CLOSED' | 'ARCHIVED', name: string, description: string) =>
  builder.mutationField(name, (t) =>
    t.field({
      type: Opening,
      authScopes: HIRING_OR_HR,
      description,
      errors: payload('opening', NotFoundError, ForbiddenError, InvalidStateError),
      args: { input: t.arg({ type: ref(`${name[0]!.toUpperCase()}${name.slice(1)}Input`), required: true }) },
      resolve: (_r, { input }, ctx) => moveOpeningTo(requestWork(ctx), ctx.viewer!, input.opening.id, to),
    }),
  );

builder.mutationFields((t) => ({
  createOpening: t.field({
    type: Opening,
    authScopes: HIRING_OR_HR,
    description: 'Creates a DRAFT opening in your agency (hiring managers and HR specialists).',
    errors: payload('opening', ValidationError, NotFoundError, ForbiddenError, ConflictError),
    args: { input: t.arg({ type: CreateOpeningInput, required: true }) },
    resolve: (_r, { input }, ctx) => createOpening(requestWork(ctx), ctx.viewer!, input as CreateOpeningCommand),
  }),

  updateOpening: t.field({
    type: Opening,
    authScopes: HIRING_OR_HR,
    description: 'Edits a DRAFT, OPEN or CLOSED opening. Every change, skills included, is in the audit log.',
    errors: payload('opening', ValidationError, NotFoundError, ForbiddenError, InvalidStateError),
    args: { input: t.arg({ type: UpdateOpeningInput, required: true }) },
    resolve: (_r, { input }, ctx) => {
      const { opening, ...edit } = input;
      return updateOpening(requestWork(ctx), ctx.viewer!, opening.id, edit as OpeningEdit);
    },
  }),

  cancelOpening: t.field({
    type: Opening,
    authScopes: HIRING_OR_HR,
    description: 'Cancels an opening nobody has been selected for; its live applications are declined with your reason.',
    errors: payload('opening', ValidationError, NotFoundError, ForbiddenError, InvalidStateError),
    args: { input: t.arg({ type: CancelOpeningInput, required: true }) },
    resolve: (_r, { input }, ctx) => cancelOpening(requestWork(ctx), ctx.viewer!, input.opening.id, input.reason),
  }),
}));

move('OPEN', 'openOpening', 'Opens a DRAFT for applications, or reopens a CLOSED opening whose deadline was moved.');
move('CLOSED', 'closeOpening', 'Stops applications before the deadline; applicants can still be selected.');
move('ARCHIVED', 'archiveOpening', 'Archives a CLOSED, FILLED or CANCELLED opening: it stays on record, out of the way.');
