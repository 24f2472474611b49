/**
 * Applications: staff apply to openings, their home supervisor approves, the host agency's
 * hiring managers shortlist, select or decline. Selection never exceeds the slots: it locks the
 * opening row, counts, and creates the PROPOSED rotation in the same transaction.
 * Rules in src/modules/applications/rules.ts.
 */
import {
  ApplicationStatus as PrismaApplicationStatus,
  SupervisorApproval as PrismaSupervisorApproval,
  type Prisma,
} from '@prisma/client';
import { z } from 'zod';
import type { Context } from '../app/context.js';
import { canSeeApplication, decidesApproval } from '../modules/applications/rules.js';
import {
  applyToOpening,
  declineApplication,
  decideApproval,
  selectApplication,
  shortlistApplication,
  withdrawApplication,
} from '../modules/applications/service.js';
import { editsOpenings } from '../modules/openings/rules.js';
import { requestWork } from '../platform/db/unit-of-work.js';
import { builder } from './builder.js';
import { registerNodeVisibility } from './node-visibility.js';
import { HIRING_OR_HR, PERSON, nonEmpty } from './common.js';
import { payload } from './errors.js';
import { ConflictError, ForbiddenError, InvalidStateError, NotFoundError, ValidationError } from './errors/classes.js';
import { Opening } from './opening.js';
import { Skill } from './skill.js';
import { Viewer } from './viewer.js';

export const ApplicationStatus = builder.enumType(PrismaApplicationStatus, { name: 'ApplicationStatus' });
export const SupervisorApproval = builder.enumType(PrismaSupervisorApproval, {
  name: 'SupervisorApproval',
  description: "The home supervisor's decision; NOT_REQUIRED when the opening does not ask for one.",
});

async function visible(ctx: Context, applicationId: string) {
  const parties = await ctx.loaders.applicationParties.load(applicationId);
  return !!parties && canSeeApplication(ctx.viewer, parties);
}

export const Application = builder.prismaNode('Application', {
  id: { field: 'id' },
  nullable: true,
  description:
    "A person's bid for an opening. Seen by the applicant, the host agency's managers and the applicant's supervisor and HR.",
  authScopes: (a, ctx) => visible(ctx, a.id),
  fields: (t) => ({
    opening: t.relation('opening'),
    // Not t.relation: a preloaded relation would fail with FORBIDDEN instead of reading as null.
    applicant: t.prismaField({
      type: 'Profile',
      nullable: true,
      description:
        "The applicant's profile, while you may see it: host managers and HR see it while the person has a live application to an opening of their agency.",
      resolve: async (query, a, _args, ctx) =>
        (await ctx.loaders.profileAccess.load(a.profileId)).visibility === 'NONE'
          ? null
          : ctx.prisma.profile.findUnique({ ...nonEmpty(query), where: { id: a.profileId } }),
    }),
    status: t.expose('status', { type: ApplicationStatus }),
    statement: t.exposeString('statement', { nullable: true, description: 'Why the applicant fits.' }),
    highlightedSkills: t.prismaField({
      type: ['Skill'],
      description: 'Skills the applicant chose to highlight.',
      resolve: (query, a, _args, ctx) =>
        ctx.prisma.skill.findMany({
          ...nonEmpty(query),
          where: { applicationSkills: { some: { applicationId: a.id } } },
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        }),
    }),
    supervisorApproval: t.expose('supervisorApproval', { type: SupervisorApproval }),
    supervisorReason: t.exposeString('supervisorReason', { nullable: true }),
    supervisorDecidedAt: t.expose('supervisorDecidedAt', { type: 'DateTime', nullable: true }),
    decisionReason: t.exposeString('decisionReason', { nullable: true, description: 'Why it was declined or withdrawn.' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    withdrawnAt: t.expose('withdrawnAt', { type: 'DateTime', nullable: true }),
    rotation: t.relation('rotation', { nullable: true, description: 'The rotation created when the applicant was selected.' }),
    viewerCanDecideApproval: t.boolean({
      description: "Whether you may approve or deny on the home supervisor's behalf.",
      resolve: async (a, _args, ctx) => {
        const parties = await ctx.loaders.applicationParties.load(a.id);
        return !!parties && decidesApproval(ctx.viewer, parties.applicant);
      },
    }),
    submittedAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});
registerNodeVisibility<{ id: string }>('Application', (a, ctx) => visible(ctx, a.id));

const ApplicationConnection = builder.connectionObject(
  { type: Application, name: 'ApplicationConnection' },
  { name: 'ApplicationEdge' },
);
const newestFirst = [{ createdAt: 'desc' }, { id: 'desc' }] satisfies Prisma.ApplicationOrderByWithRelationInput[];

builder.prismaObjectField(Opening, 'applications', (t) =>
  t.prismaConnection(
    {
      type: 'Application',
      cursor: 'id',
      nullable: true,
      description: "Applications to this opening, newest first (the host agency's managers).",
      authScopes: (o, _args, ctx) =>
        editsOpenings(ctx.viewer, o.hostAgencyId) ||
        (ctx.viewer?.agencyId === o.hostAgencyId && ctx.viewer.roles.includes('ADMIN')),
      args: { status: t.arg({ type: [ApplicationStatus], description: 'Only these statuses.' }) },
      totalCount: (o, { status }, ctx) =>
        ctx.prisma.application.count({ where: { openingId: o.id, ...(status?.length ? { status: { in: status } } : {}) } }),
      resolve: (query, o, { status }, ctx) =>
        ctx.prisma.application.findMany({
          ...nonEmpty(query),
          where: { openingId: o.id, ...(status?.length ? { status: { in: status } } : {}) },
          orderBy: newestFirst,
        }),
    },
    ApplicationConnection,
  ),
);

builder.objectFields(Viewer, (t) => ({
  applications: t.prismaConnection(
    {
      type: 'Application',
      cursor: 'id',
      description: 'Your applications, newest first.',
      totalCount: (v, _a, ctx) => ctx.prisma.application.count({ where: { profile: { subject: v.subject } } }),
      resolve: (query, v, _a, ctx) =>
        ctx.prisma.application.findMany({ ...nonEmpty(query), where: { profile: { subject: v.subject } }, orderBy: newestFirst }),
    },
    ApplicationConnection,
  ),
  approvalRequests: t.prismaConnection(
    {
      type: 'Application',
      cursor: 'id',
      description: 'Applications waiting for your decision as home supervisor (or as HR acting for one), oldest first.',
      totalCount: (v, _a, ctx) => ctx.prisma.application.count({ where: approvalQueue(v) }),
      resolve: (query, v, _a, ctx) =>
        ctx.prisma.application.findMany({
          ...nonEmpty(query),
          where: approvalQueue(v),
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
    },
    ApplicationConnection,
  ),
}));

/** Mirrors decidesApproval: people naming me as supervisor, or my agency's people when I am HR. */
function approvalQueue(v: Context['viewer'] & object): Prisma.ApplicationWhereInput {
  const mine: Prisma.ProfileWhereInput[] = [{ supervisorSubject: v.subject }];
  if (v.roles.includes('HR_SPECIALIST')) mine.push({ agencyId: v.agencyId });
  return { supervisorApproval: 'PENDING', live: true, profile: { OR: mine, NOT: { subject: v.subject } } };
}

// ─── Mutations: parse → service → the application ────────────────────────────

const reason = (max = 2000) => z.string().trim().min(1).max(max);

const ApplicationRef = (name: string, withReason: 'required' | 'optional' | 'none') =>
  builder.inputType(name, {
    fields: (t) => ({
      application: t.globalID({ for: Application, required: true }),
      ...(withReason === 'none' ? {} : { reason: t.string({ required: withReason === 'required', validate: reason() }) }),
    }),
  });

const ApplyInput = builder.inputType('ApplyToOpeningInput', {
  fields: (t) => ({
    opening: t.globalID({ for: Opening, required: true }),
    statement: t.string({ description: 'Why you fit (up to 5,000 characters).', validate: reason(5000) }),
    highlightedSkills: t.globalIDList({
      for: Skill,
      description: 'Up to 10 skills from your profile to put first.',
      validate: z.array(z.any()).max(10, 'at most 10 highlighted skills'),
    }),
  }),
});

const ApprovalDecision = builder.enumType('ApprovalDecision', { values: ['APPROVE', 'DENY'] as const });

const DecideInput = builder.inputType('DecideApplicationApprovalInput', {
  fields: (f) => ({
    application: f.globalID({ for: Application, required: true }),
    decision: f.field({ type: ApprovalDecision, required: true }),
    reason: f.string({ validate: reason() }),
  }),
  validate: z
    .object({ decision: z.string(), reason: z.string().nullish() })
    .passthrough()
    .refine((i) => i.decision !== 'DENY' || !!i.reason, { message: 'give a reason to deny', path: ['reason'] }),
});

const hostErrors = payload('application', NotFoundError, ForbiddenError, InvalidStateError);
const reasonErrors = payload('application', ValidationError, NotFoundError, ForbiddenError, InvalidStateError);

builder.mutationFields((t) => ({
  applyToOpening: t.field({
    type: Application,
    authScopes: PERSON,
    description: 'Applies to an open opening with your profile. One live application per person and opening.',
    errors: payload('application', ValidationError, NotFoundError, ForbiddenError, InvalidStateError, ConflictError),
    args: { input: t.arg({ type: ApplyInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      applyToOpening(requestWork(ctx), ctx.viewer!, {
        openingId: input.opening.id,
        statement: input.statement,
        highlightedSkillIds: input.highlightedSkills?.map((s) => s.id),
      }),
  }),

  withdrawApplication: t.field({
    type: Application,
    authScopes: PERSON,
    description: 'Withdraws your application (before selection).',
    errors: reasonErrors,
    args: { input: t.arg({ type: ApplicationRef('WithdrawApplicationInput', 'optional'), required: true }) },
    resolve: (_r, { input }, ctx) =>
      withdrawApplication(requestWork(ctx), ctx.viewer!, input.application.id, input.reason ?? null),
  }),

  decideApplicationApproval: t.field({
    type: Application,
    authScopes: PERSON,
    description:
      "The home supervisor's approval or denial (a reason is required to deny). HR specialists of the home agency may decide for the supervisor.",
    errors: reasonErrors,
    args: { input: t.arg({ required: true, type: DecideInput }) },
    resolve: (_r, { input }, ctx) =>
      decideApproval(requestWork(ctx), ctx.viewer!, input.application.id, input.decision === 'APPROVE', input.reason ?? null),
  }),

  shortlistApplication: t.field({
    type: Application,
    authScopes: HIRING_OR_HR,
    description: 'Puts a submitted application on the shortlist (host hiring managers and HR).',
    errors: hostErrors,
    args: { input: t.arg({ type: ApplicationRef('ShortlistApplicationInput', 'none'), required: true }) },
    resolve: (_r, { input }, ctx) => shortlistApplication(requestWork(ctx), ctx.viewer!, input.application.id),
  }),

  declineApplication: t.field({
    type: Application,
    authScopes: HIRING_OR_HR,
    description: 'Declines an application with a reason the applicant sees.',
    errors: reasonErrors,
    args: { input: t.arg({ type: ApplicationRef('DeclineApplicationInput', 'required'), required: true }) },
    resolve: (_r, { input }, ctx) => declineApplication(requestWork(ctx), ctx.viewer!, input.application.id, input.reason!),
  }),

  selectApplication: t.prismaField({
    type: 'Application',
    authScopes: HIRING_OR_HR,
    description:
      'Selects an applicant: creates the PROPOSED rotation, and marks the opening FILLED when the last slot is taken. Never exceeds the slots, also under concurrent requests.',
    errors: hostErrors,
    args: { input: t.arg({ type: ApplicationRef('SelectApplicationInput', 'none'), required: true }) },
    resolve: (query, _r, { input }, ctx) =>
      selectApplication(requestWork(ctx), ctx.viewer!, input.application.id, (tx, id) =>
        tx.application.findUniqueOrThrow({ ...nonEmpty(query), where: { id } }),
      ),
  }),
}));
