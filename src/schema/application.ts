/**
 * Applications: staff apply to openings, their home supervisor approves, the host agency's
 * hiring managers shortlist, select or decline. Selection never exceeds the slots: it locks the
 * opening row, counts, and creates the PROPOSED rotation in the same transaction.
 * Rules in src/domain/applications.ts.
 */
import {
  ApplicationStatus as PrismaApplicationStatus,
  SupervisorApproval as PrismaSupervisorApproval,
  Prisma,
  type Application as ApplicationRow,
} from '@prisma/client';
import { z } from 'zod';
import type { Context } from '../context.js';
import {
  applicationTransitionRefusal,
  canSeeApplication,
  decidesApproval,
  selectionRefusal,
  type ApplicationStatus as Status,
} from '../domain/applications.js';
import { audit } from '../domain/audit.js';
import type { MarketplaceEvent, EventKind } from '../domain/events.js';
import { applyRefusal, editsOpenings, effectiveStatus, endDateOf, SELECTING, type OpeningStatus } from '../domain/openings.js';

const DECLINING: ReadonlySet<OpeningStatus> = new Set([...SELECTING, 'FILLED']);
import { agencyChains } from '../loaders.js';
import { builder } from './builder.js';
import { registerNodeVisibility } from './node-visibility.js';
import { HIRING_OR_HR, PERSON, nonEmpty } from './common.js';
import { payload } from './errors.js';
import { ConflictError, ForbiddenError, InvalidStateError, NotFoundError, ValidationError } from './errors/classes.js';
import { Opening, openingForChange, withEvents } from './opening.js';
import { reserveCommitment } from './rotation.js';
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

// ─── Mutations ───────────────────────────────────────────────────────────────

type Tx = Prisma.TransactionClient;
const reason = (max = 2000) => z.string().trim().min(1).max(max);

/** An application for a change, row-locked; invisible ones read as not found. */
async function applicationForChange(tx: Tx, ctx: Context, id: string) {
  await tx.$queryRaw`SELECT 1 FROM "Application" WHERE id = ${id}::uuid FOR UPDATE`;
  return loadApplication(tx, ctx, id);
}

async function loadApplication(tx: Tx, ctx: Context, id: string) {
  const a = await tx.application.findUnique({
    where: { id },
    include: { opening: true, profile: { select: { id: true, subject: true, agencyId: true, supervisorSubject: true } } },
  });
  if (!a || !canSeeApplication(ctx.viewer, { hostAgencyId: a.opening.hostAgencyId, applicant: a.profile }))
    throw new NotFoundError('Application', id);
  return a;
}

type Loaded = Awaited<ReturnType<typeof applicationForChange>>;

function applicationEvent(kind: EventKind, a: Loaded, now: Date): MarketplaceEvent {
  const { subject, agencyId, supervisorSubject } = a.profile;
  return {
    kind,
    occurredAt: now,
    openingId: a.openingId,
    hostAgencyId: a.opening.hostAgencyId,
    applicationId: a.id,
    applicant: { subject, agencyId, supervisorSubject },
  };
}

/** Moves an application to another status, enforcing its lifecycle; audited. */
async function move(tx: Tx, ctx: Context, a: ApplicationRow, to: Status, data: Prisma.ApplicationUpdateInput = {}) {
  const refusal = applicationTransitionRefusal(a.status, to);
  if (refusal) throw new InvalidStateError(refusal);
  const after = await tx.application.update({ where: { id: a.id }, data: { ...data, status: to } });
  await audit(tx, ctx, {
    action: `application.${to.toLowerCase()}`,
    entityType: 'Application',
    entityId: a.id,
    before: { status: a.status },
    after: { status: to, ...data },
  });
  return after;
}

/** The host side decides; the opening must still be selecting (OPEN or CLOSED). */
async function hostDecision(
  tx: Tx,
  ctx: Context,
  id: string,
  events: MarketplaceEvent[],
  allowed: ReadonlySet<OpeningStatus> = SELECTING,
) {
  const seen = await loadApplication(tx, ctx, id);
  if (!editsOpenings(ctx.viewer, seen.opening.hostAgencyId))
    throw new ForbiddenError("Only the host agency's hiring managers and HR specialists decide on applications");
  if (seen.profile.subject !== null && seen.profile.subject === ctx.viewer!.subject)
    throw new ForbiddenError('You cannot decide on your own application');
  // Lock order is opening, then application (as in cancelOpening), so the two never deadlock.
  // The opening's lock also serializes selections, which count slots under it.
  const { opening } = await openingForChange(tx, ctx, seen.openingId, events);
  const a = await applicationForChange(tx, ctx, id);
  const status = effectiveStatus(opening, new Date());
  if (!allowed.has(status)) throw new InvalidStateError(`The opening is ${status}; decisions on applicants are over`);
  return { a, opening };
}

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

builder.mutationFields((t) => ({
  applyToOpening: t.prismaField({
    type: 'Application',
    authScopes: PERSON,
    description: 'Applies to an open opening with your profile. One live application per person and opening.',
    errors: payload('application', ValidationError, NotFoundError, ForbiddenError, InvalidStateError, ConflictError),
    args: { input: t.arg({ type: ApplyInput, required: true }) },
    resolve: (query, _r, { input }, ctx) =>
      withEvents(ctx, async (tx, events) => {
        const me = await tx.profile.findUnique({ where: { subject: ctx.viewer!.subject } });
        if (!me) throw new NotFoundError('Profile', 'linked to your token (create it with createMyProfile)');
        // Locked: applying races with closing and cancelling. Anyone who sees it may try to apply.
        const { opening: row, restrictedTo } = await openingForChange(tx, ctx, input.opening.id, events, () => true);
        const opening = { ...row, restrictedTo };
        const [myChain] = await agencyChains(tx, [me.agencyId]);
        const now = new Date();
        const refusal = applyRefusal(opening, { agencyId: me.agencyId, agencyChain: myChain! }, now);
        if (refusal)
          throw refusal.kind === 'state' ? new InvalidStateError(refusal.message) : new ForbiddenError(refusal.message);
        if (await tx.application.findFirst({ where: { openingId: opening.id, profileId: me.id, live: true } })) {
          throw new ConflictError('You already applied to this opening; withdraw first to apply again');
        }
        const skillIds = [...new Set((input.highlightedSkills ?? []).map((s) => s.id))];
        const onProfile = new Set(
          (
            await tx.profileSkill.findMany({ where: { profileId: me.id, skillId: { in: skillIds } }, select: { skillId: true } })
          ).map((s) => s.skillId),
        );
        const problems = (input.highlightedSkills ?? [])
          .map((s, i) =>
            onProfile.has(s.id)
              ? null
              : { path: ['input', 'highlightedSkills', String(i)], message: 'not a skill on your profile' },
          )
          .filter((p) => p !== null);
        if (problems.length) throw new ValidationError(problems);
        let created: ApplicationRow;
        try {
          created = await tx.application.create({
            data: {
              openingId: opening.id,
              profileId: me.id,
              statement: input.statement ?? null,
              supervisorApproval: opening.requiresSupervisorApproval ? 'PENDING' : 'NOT_REQUIRED',
              highlightedSkills: { create: skillIds.map((skillId) => ({ skillId })) },
            },
          });
        } catch (error) {
          // A concurrent second application by the same person hits the unique index.
          if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
            throw new ConflictError('You already applied to this opening');
          throw error;
        }
        await audit(tx, ctx, {
          action: 'application.submit',
          entityType: 'Application',
          entityId: created.id,
          after: { ...created, highlightedSkills: skillIds },
        });
        events.push({
          kind: 'APPLIED',
          occurredAt: now,
          openingId: opening.id,
          hostAgencyId: opening.hostAgencyId,
          applicationId: created.id,
          applicant: { subject: me.subject, agencyId: me.agencyId, supervisorSubject: me.supervisorSubject },
        });
        return tx.application.findUniqueOrThrow({ ...nonEmpty(query), where: { id: created.id } });
      }),
  }),

  withdrawApplication: t.prismaField({
    type: 'Application',
    authScopes: PERSON,
    description: 'Withdraws your application (before selection).',
    errors: payload('application', ValidationError, NotFoundError, ForbiddenError, InvalidStateError),
    args: { input: t.arg({ type: ApplicationRef('WithdrawApplicationInput', 'optional'), required: true }) },
    resolve: (query, _r, { input }, ctx) =>
      withEvents(ctx, async (tx, events) => {
        const a = await applicationForChange(tx, ctx, input.application.id);
        if (a.profile.subject !== ctx.viewer!.subject) throw new ForbiddenError('Only the applicant withdraws an application');
        const now = new Date();
        await move(tx, ctx, a, 'WITHDRAWN', { live: null, withdrawnAt: now, decisionReason: input.reason ?? null });
        events.push(applicationEvent('WITHDRAWN', a, now));
        return tx.application.findUniqueOrThrow({ ...nonEmpty(query), where: { id: a.id } });
      }),
  }),

  decideApplicationApproval: t.prismaField({
    type: 'Application',
    authScopes: PERSON,
    description:
      "The home supervisor's approval or denial (a reason is required to deny). HR specialists of the home agency may decide for the supervisor.",
    errors: payload('application', ValidationError, NotFoundError, ForbiddenError, InvalidStateError),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('DecideApplicationApprovalInput', {
          fields: (f) => ({
            application: f.globalID({ for: Application, required: true }),
            decision: f.field({ type: ApprovalDecision, required: true }),
            reason: f.string({ validate: reason() }),
          }),
          validate: z
            .object({ decision: z.string(), reason: z.string().nullish() })
            .passthrough()
            .refine((i) => i.decision !== 'DENY' || !!i.reason, { message: 'give a reason to deny', path: ['reason'] }),
        }),
      }),
    },
    resolve: (query, _r, { input }, ctx) =>
      withEvents(ctx, async (tx, events) => {
        const a = await applicationForChange(tx, ctx, input.application.id);
        if (!decidesApproval(ctx.viewer, a.profile))
          throw new ForbiddenError("Only the applicant's home supervisor or home-agency HR decides approval");
        if (a.supervisorApproval !== 'PENDING') {
          throw new InvalidStateError(
            a.supervisorApproval === 'NOT_REQUIRED'
              ? 'This opening needs no supervisor approval'
              : `Already ${a.supervisorApproval.toLowerCase()}`,
          );
        }
        if (a.status !== 'SUBMITTED' && a.status !== 'SHORTLISTED') throw new InvalidStateError(`The application is ${a.status}`);
        const now = new Date();
        const approval = input.decision === 'APPROVE' ? 'APPROVED' : 'DENIED';
        const data = {
          supervisorApproval: approval,
          supervisorSubject: ctx.viewer!.subject,
          supervisorReason: input.reason ?? null,
          supervisorDecidedAt: now,
        } as const;
        await tx.application.update({ where: { id: a.id }, data });
        await audit(tx, ctx, {
          action: `application.supervisor.${approval.toLowerCase()}`,
          entityType: 'Application',
          entityId: a.id,
          before: { supervisorApproval: 'PENDING' },
          after: data,
        });
        events.push(applicationEvent(approval === 'APPROVED' ? 'SUPERVISOR_APPROVED' : 'SUPERVISOR_DENIED', a, now));
        return tx.application.findUniqueOrThrow({ ...nonEmpty(query), where: { id: a.id } });
      }),
  }),

  shortlistApplication: t.prismaField({
    type: 'Application',
    authScopes: HIRING_OR_HR,
    description: 'Puts a submitted application on the shortlist (host hiring managers and HR).',
    errors: payload('application', NotFoundError, ForbiddenError, InvalidStateError),
    args: { input: t.arg({ type: ApplicationRef('ShortlistApplicationInput', 'none'), required: true }) },
    resolve: (query, _r, { input }, ctx) =>
      withEvents(ctx, async (tx, events) => {
        const { a } = await hostDecision(tx, ctx, input.application.id, events);
        await move(tx, ctx, a, 'SHORTLISTED');
        events.push(applicationEvent('SHORTLISTED', a, new Date()));
        return tx.application.findUniqueOrThrow({ ...nonEmpty(query), where: { id: a.id } });
      }),
  }),

  declineApplication: t.prismaField({
    type: 'Application',
    authScopes: HIRING_OR_HR,
    description: 'Declines an application with a reason the applicant sees.',
    errors: payload('application', ValidationError, NotFoundError, ForbiddenError, InvalidStateError),
    args: { input: t.arg({ type: ApplicationRef('DeclineApplicationInput', 'required'), required: true }) },
    resolve: (query, _r, { input }, ctx) =>
      withEvents(ctx, async (tx, events) => {
        // Declining stays possible once the opening is FILLED: the remaining applicants get an answer.
        const { a } = await hostDecision(tx, ctx, input.application.id, events, DECLINING);
        const now = new Date();
        await move(tx, ctx, a, 'DECLINED', {
          live: null,
          decisionReason: input.reason!,
          decidedBySubject: ctx.viewer!.subject,
          decidedAt: now,
        });
        events.push(applicationEvent('DECLINED', a, now));
        return tx.application.findUniqueOrThrow({ ...nonEmpty(query), where: { id: a.id } });
      }),
  }),

  selectApplication: t.prismaField({
    type: 'Application',
    authScopes: HIRING_OR_HR,
    description:
      'Selects an applicant: creates the PROPOSED rotation, and marks the opening FILLED when the last slot is taken. Never exceeds the slots, also under concurrent requests.',
    errors: payload('application', NotFoundError, ForbiddenError, InvalidStateError),
    args: { input: t.arg({ type: ApplicationRef('SelectApplicationInput', 'none'), required: true }) },
    resolve: (query, _r, { input }, ctx) =>
      withEvents(
        ctx,
        async (tx, events) => {
          // hostDecision holds the opening's row lock until commit: selections on one opening run one at a time.
          const { a, opening } = await hostDecision(tx, ctx, input.application.id, events);
          const selectedCount = await tx.application.count({ where: { openingId: opening.id, status: 'SELECTED' } });
          const refusal = selectionRefusal({
            status: a.status,
            supervisorApproval: a.supervisorApproval,
            openingStatus: effectiveStatus(opening, new Date()),
            slots: opening.slots,
            selectedCount,
          });
          if (refusal) throw new InvalidStateError(refusal);
          // The person's 100% ceiling, under a lock on the person (lock order: opening, application, profile).
          await reserveCommitment(tx, a.profile.id, {
            startDate: opening.startDate,
            endDate: endDateOf(opening.startDate, opening.durationWeeks),
            commitmentPercent: opening.commitmentPercent,
          });
          const now = new Date();
          await move(tx, ctx, a, 'SELECTED', { decidedBySubject: ctx.viewer!.subject, decidedAt: now });
          const rotation = await tx.rotation.create({
            data: {
              profileId: a.profile.id,
              homeAgencyId: a.profile.agencyId,
              hostAgencyId: opening.hostAgencyId,
              openingId: opening.id,
              applicationId: a.id,
              programType: opening.programType,
              startDate: opening.startDate,
              endDate: endDateOf(opening.startDate, opening.durationWeeks),
              commitmentPercent: opening.commitmentPercent,
            },
          });
          await audit(tx, ctx, { action: 'rotation.propose', entityType: 'Rotation', entityId: rotation.id, after: rotation });
          events.push(applicationEvent('SELECTED', a, now));
          if (selectedCount + 1 === opening.slots) {
            await tx.opening.update({ where: { id: opening.id }, data: { status: 'FILLED', closedAt: opening.closedAt ?? now } });
            await audit(tx, ctx, {
              action: 'opening.filled',
              entityType: 'Opening',
              entityId: opening.id,
              before: { status: opening.status },
              after: { status: 'FILLED' },
            });
            const live = await tx.application.findMany({
              where: { openingId: opening.id, live: true },
              select: { profile: { select: { subject: true } } },
            });
            events.push({
              kind: 'OPENING_FILLED',
              occurredAt: now,
              openingId: opening.id,
              hostAgencyId: opening.hostAgencyId,
              applicantSubjects: live.flatMap((l) => (l.profile.subject ? [l.profile.subject] : [])),
            });
          }
          return tx.application.findUniqueOrThrow({ ...nonEmpty(query), where: { id: a.id } });
        },
        // Many selections on one opening queue behind its row lock; let them wait instead of failing.
        { maxWait: 30_000, timeout: 30_000 },
      ),
  }),
}));
