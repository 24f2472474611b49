/**
 * Rotations: the record of who went where, when, doing what, and what they learned. Created as
 * PROPOSED by selection in the marketplace (src/schema/application.ts) or by home-agency HR
 * (createRotation); approved by both agencies, ACTIVE from the start date, COMPLETED with the
 * host's attestation of skills (which become profile skills with ROTATION evidence), or
 * CANCELLED. Rules in src/domain/rotations.ts; mobility figures in ./mobility.ts.
 *
 * Every change runs in one transaction that first locks the person's Profile row
 * (reserveCommitment / lockPerson), so a person's changes run one at a time and the 100%
 * commitment ceiling holds under concurrent requests. Never call ctx.loaders or ctx.prisma
 * inside those transactions (the embedded PGlite has one connection): use `tx`.
 */
import {
  RotationStatus as PrismaRotationStatus,
  type AuditEvent,
  type Prisma,
  type PrismaClient,
  type Rotation as RotationRow,
} from '@prisma/client';
import { z } from 'zod';
import type { Context } from '../context.js';
import { canSeeApplication } from '../domain/applications.js';
import { audit } from '../domain/audit.js';
import {
  COMMITTING,
  EDITABLE_DETAILS,
  EDITABLE_TERMS,
  actsForHome,
  actsForHost,
  addDays,
  allowedActions,
  approvalRefusal,
  attestationProblems,
  attestsCompletion,
  cancelRefusal,
  canSeeRotation,
  commitmentRefusal,
  completionDay,
  dayOf,
  effectiveRotationStatus,
  evidenceTitle,
  extensionRefusal,
  isoDay,
  rotationProblems,
  rotationTransitionRefusal,
  skillGrowth,
  type Commitment,
  type RotationFacts,
  type RotationStatus as Status,
} from '../domain/rotations.js';
import { builder } from './builder.js';
import { registerNodeVisibility } from './node-visibility.js';
import { HIRING_OR_HR, PERSON, nonEmpty } from './common.js';
import { payload } from './errors.js';
import { ForbiddenError, InvalidStateError, NotFoundError, ValidationError, type FieldProblem } from './errors/classes.js';
import { ProgramType, openingVisible } from './opening.js';
import { ProficiencyLevel, Profile } from './profile.js';
import { Skill } from './skill.js';
import { Viewer } from './viewer.js';
// The mobility figures read rotations; registered with them.
import './mobility.js';

type Tx = Prisma.TransactionClient;

export const RotationStatus = builder.enumType(PrismaRotationStatus, {
  name: 'RotationStatus',
  description:
    'PROPOSED → APPROVED (both agencies) → ACTIVE (from the start date) → COMPLETED (host attestation), or CANCELLED before COMPLETED.',
});
export const RotationSide = builder.enumType('RotationSide', {
  values: {
    HOME: { description: 'The home agency (its HR specialists).' },
    HOST: { description: 'The host agency (its hiring managers and HR specialists).' },
  },
});
export const RotationDirection = builder.enumType('RotationDirection', {
  values: {
    OUTGOING: { description: 'Your agency’s people on rotation elsewhere (home agency HR).' },
    INCOMING: { description: 'People your agency hosts (host hiring managers and HR).' },
  },
});
const RotationActionEnum = builder.enumType('RotationAction', {
  description: 'A change you may make to a rotation now.',
  values: ['APPROVE_HOME', 'APPROVE_HOST', 'START', 'EXTEND', 'COMPLETE', 'CANCEL', 'UPDATE'] as const,
});

type Loaded = RotationRow & { profile: { subject: string | null; givenName: string; familyName: string } };
const personInclude = { profile: { select: { subject: true, givenName: true, familyName: true } } } as const;

const facts = (r: Loaded): RotationFacts => ({
  personSubject: r.profile.subject,
  homeAgencyId: r.homeAgencyId,
  hostAgencyId: r.hostAgencyId,
  hostSupervisorSubject: r.hostSupervisorSubject,
  status: r.status,
  startDate: r.startDate,
  endDate: r.endDate,
  homeApprovedBy: r.homeApprovedBy,
  hostApprovedBy: r.hostApprovedBy,
});

builder.prismaObject('RotationSkill', {
  description: 'A skill the host attested on completion, with the person’s level before and the level attested.',
  fields: (t) => ({
    skill: t.relation('skill'),
    gained: t.exposeBoolean('gained', {
      description: 'Gained (new, or a higher level) rather than used at the level the person had.',
    }),
    levelBefore: t.exposeInt('levelBefore', {
      nullable: true,
      description: 'The profile level before completion; null when the skill was new to the profile.',
    }),
    levelAfter: t.exposeInt('levelAfter', { description: 'The level the host attested, 1–5.' }),
    proficiencyAfter: t.field({ type: ProficiencyLevel, resolve: (s) => s.levelAfter as 1 | 2 | 3 | 4 | 5 }),
  }),
});

const RotationHistoryEntry = builder.objectRef<AuditEvent>('RotationHistoryEntry').implement({
  description: 'One recorded change of a rotation, from the audit log.',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    action: t.exposeString('action', { description: 'e.g. rotation.approve.home, rotation.extend, rotation.cancel.' }),
    actorSubject: t.exposeString('actorSubject', {
      description: 'Token subject of who did it; "system" for the start-date sweeper.',
    }),
    actorRoles: t.stringList({ resolve: (e) => (e.actorRole === 'SYSTEM' ? [] : e.actorRole.split(',').filter(Boolean)) }),
    actorAgency: t.prismaField({
      type: 'Agency',
      nullable: true,
      resolve: (query, e, _a, ctx) =>
        e.actorAgencyId ? ctx.prisma.agency.findUnique({ ...nonEmpty(query), where: { id: e.actorAgencyId } }) : null,
    }),
    before: t.expose('before', { type: 'JSON', nullable: true }),
    after: t.expose('after', { type: 'JSON', nullable: true }),
  }),
});

export const Rotation = builder.prismaNode('Rotation', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A person working for a host agency away from their home agency. Seen by the person, home-agency HR, the host agency’s managers and the named host supervisor.',
  include: personInclude,
  authScopes: (r, ctx) => canSeeRotation(ctx.viewer, facts(r)),
  fields: (t) => ({
    status: t.field({
      type: RotationStatus,
      description: 'Current status: an APPROVED rotation whose start date has come is ACTIVE.',
      resolve: (r) => effectiveRotationStatus(r, new Date()),
    }),
    programType: t.expose('programType', { type: ProgramType }),
    // Not t.relation: the profile keeps its own privacy rules (null when you may not see it).
    person: t.prismaField({
      type: 'Profile',
      nullable: true,
      description: 'The person’s profile, when you may see it (see personName otherwise).',
      resolve: async (query, r, _a, ctx) =>
        (await ctx.loaders.profileAccess.load(r.profileId)).visibility === 'NONE'
          ? null
          : ctx.prisma.profile.findUnique({ ...nonEmpty(query), where: { id: r.profileId } }),
    }),
    personName: t.string({
      description: 'The person on rotation, by name.',
      resolve: (r) => `${r.profile.givenName} ${r.profile.familyName}`,
    }),
    homeAgency: t.relation('homeAgency'),
    hostAgency: t.relation('hostAgency'),
    opening: t.prismaField({
      type: 'Opening',
      nullable: true,
      description:
        'The opening it came from; null for rotations arranged outside the marketplace (or an opening you may not see).',
      resolve: async (query, r, _a, ctx) => {
        if (!r.openingId) return null;
        const o = await ctx.prisma.opening.findUnique({
          where: { id: r.openingId },
          select: { id: true, hostAgencyId: true, status: true },
        });
        return o && (await openingVisible(ctx, o))
          ? ctx.prisma.opening.findUnique({ ...nonEmpty(query), where: { id: o.id } })
          : null;
      },
    }),
    application: t.prismaField({
      type: 'Application',
      nullable: true,
      description: 'The selected application it came from, when you may see it.',
      resolve: async (query, r, _a, ctx) => {
        if (!r.applicationId) return null;
        const parties = await ctx.loaders.applicationParties.load(r.applicationId);
        return parties && canSeeApplication(ctx.viewer, parties)
          ? ctx.prisma.application.findUnique({ ...nonEmpty(query), where: { id: r.applicationId } })
          : null;
      },
    }),
    startDate: t.expose('startDate', { type: 'Date' }),
    endDate: t.expose('endDate', { type: 'Date', description: 'Last planned day (inclusive); extensions move it.' }),
    endedOn: t.expose('endedOn', {
      type: 'Date',
      nullable: true,
      description: 'Last day served: set on completion, or on cancellation after the start.',
    }),
    commitmentPercent: t.exposeInt('commitmentPercent', { description: 'Share of working time, 1–100.' }),
    reimbursable: t.exposeBoolean('reimbursable', { description: 'Whether the host agency reimburses the home agency.' }),
    agreementReference: t.exposeString('agreementReference', { nullable: true, description: 'Interagency agreement number.' }),
    hostSupervisorName: t.exposeString('hostSupervisorName', { nullable: true }),
    hostSupervisorEmail: t.exposeString('hostSupervisorEmail', { nullable: true }),
    hostSupervisorSubject: t.exposeString('hostSupervisorSubject', {
      nullable: true,
      description: 'Token subject of the host supervisor, who may attest completion.',
    }),
    homeApprovedBy: t.exposeString('homeApprovedBy', {
      nullable: true,
      description: 'Who approved for the home agency (token subject).',
    }),
    homeApprovedAt: t.expose('homeApprovedAt', { type: 'DateTime', nullable: true }),
    hostApprovedBy: t.exposeString('hostApprovedBy', {
      nullable: true,
      description: 'Who approved for the host agency (token subject).',
    }),
    hostApprovedAt: t.expose('hostApprovedAt', { type: 'DateTime', nullable: true }),
    cancelReason: t.exposeString('cancelReason', { nullable: true }),
    cancelledBy: t.exposeString('cancelledBy', { nullable: true }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true }),
    completedBy: t.exposeString('completedBy', { nullable: true, description: 'Who attested completion (token subject).' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    completionNote: t.exposeString('completionNote', { nullable: true }),
    skills: t.relation('skills', {
      description: 'Skills the host attested on completion: gained first, then by level.',
      query: { orderBy: [{ gained: 'desc' }, { levelAfter: 'desc' }, { skillId: 'asc' }] },
    }),
    history: t.field({
      type: [RotationHistoryEntry],
      description: 'Every recorded change, oldest first: who did what, when, with the values before and after.',
      resolve: (r, _a, ctx) =>
        ctx.prisma.auditEvent.findMany({ where: { entityType: 'Rotation', entityId: r.id }, orderBy: { id: 'asc' } }),
    }),
    viewerActions: t.field({
      type: [RotationActionEnum],
      description: 'What you may do with this rotation now.',
      resolve: (r, _a, ctx) => allowedActions(ctx.viewer, facts(r), new Date()),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});
registerNodeVisibility<Parameters<typeof facts>[0]>('Rotation', (r, ctx) => canSeeRotation(ctx.viewer, facts(r)));

// ─── Reads ───────────────────────────────────────────────────────────────────

const RotationConnection = builder.connectionObject({ type: Rotation, name: 'RotationConnection' }, { name: 'RotationEdge' });

/** Rows whose effective status is one of `statuses` (an APPROVED rotation past its start is ACTIVE). */
export function effectiveStatusWhere(statuses: readonly Status[], now: Date): Prisma.RotationWhereInput {
  const today = dayOf(now);
  const or: Prisma.RotationWhereInput[] = [];
  for (const s of new Set(statuses)) {
    if (s === 'ACTIVE') or.push({ status: 'ACTIVE' }, { status: 'APPROVED', startDate: { lte: today } });
    else if (s === 'APPROVED') or.push({ status: 'APPROVED', startDate: { gt: today } });
    else or.push({ status: s });
  }
  return { OR: or };
}

builder.objectField(Viewer, 'rotations', (t) =>
  t.prismaConnection(
    {
      type: 'Rotation',
      cursor: 'id',
      description: 'Your rotations, latest start first: where you went, when, and the skills you gained.',
      totalCount: (v, _a, ctx) => ctx.prisma.rotation.count({ where: { profile: { subject: v.subject } } }),
      resolve: (query, v, _a, ctx) =>
        ctx.prisma.rotation.findMany({
          ...nonEmpty(query),
          where: { profile: { subject: v.subject } },
          orderBy: [{ startDate: 'desc' }, { id: 'desc' }],
        }),
    },
    RotationConnection,
  ),
);

const CURRENT: Status[] = ['PROPOSED', 'APPROVED', 'ACTIVE'];

function agencyRotationsWhere(
  ctx: Context,
  args: { direction: 'OUTGOING' | 'INCOMING'; statuses?: Status[] | null; endingWithinDays?: number | null },
  now: Date,
) {
  const agencyId = ctx.viewer!.agencyId;
  const where: Prisma.RotationWhereInput[] = [
    args.direction === 'OUTGOING' ? { homeAgencyId: agencyId } : { hostAgencyId: agencyId },
    effectiveStatusWhere(args.statuses?.length ? args.statuses : CURRENT, now),
  ];
  if (args.endingWithinDays != null)
    where.push(effectiveStatusWhere(['ACTIVE'], now), { endDate: { lte: addDays(dayOf(now), args.endingWithinDays) } });
  return { AND: where };
}

builder.queryField('agencyRotations', (t) =>
  t.prismaConnection(
    {
      type: 'Rotation',
      cursor: 'id',
      nullable: true,
      description:
        'Rotations of your agency: OUTGOING (your people elsewhere; HR specialists and admins) or INCOMING (people you host; hiring managers, HR specialists, admins). ' +
        'Default statuses: PROPOSED, APPROVED, ACTIVE. `endingWithinDays` lists upcoming returns: ACTIVE rotations ending within that many days (or overdue for completion), soonest first.',
      args: {
        direction: t.arg({ type: RotationDirection, required: true }),
        statuses: t.arg({ type: [RotationStatus], description: 'Effective statuses to list.' }),
        endingWithinDays: t.arg.int({ validate: z.number().int().min(0).max(3660) }),
      },
      authScopes: (_p, { direction }, ctx) => {
        const v = ctx.viewer;
        if (!v) return false;
        if (direction === 'OUTGOING') return v.roles.includes('HR_SPECIALIST') || v.roles.includes('ADMIN');
        return (
          v.roles.some((r) => r === 'HIRING_MANAGER' || r === 'HR_SPECIALIST' || r === 'ADMIN') ||
          (v.roles.includes('INTEGRATION') && v.scopes.includes('read'))
        );
      },
      totalCount: (_p, args, ctx) => ctx.prisma.rotation.count({ where: agencyRotationsWhere(ctx, args, new Date()) }),
      resolve: (query, _p, args, ctx) =>
        ctx.prisma.rotation.findMany({
          ...nonEmpty(query),
          where: agencyRotationsWhere(ctx, args, new Date()),
          orderBy: args.endingWithinDays != null ? [{ endDate: 'asc' }, { id: 'asc' }] : [{ startDate: 'desc' }, { id: 'desc' }],
        }),
    },
    RotationConnection,
  ),
);

// ─── Locks and the commitment ceiling ──────────────────────────────────────

/**
 * Locks the person's Profile row until the transaction ends. Every transaction that creates a
 * rotation or changes its dates, commitment or status takes it first, so one person's rotation
 * changes run one at a time. FOR NO KEY UPDATE: it excludes other such transactions (and
 * profile updates) but not inserts of rows that merely reference the profile.
 */
export async function lockPerson(tx: Tx, profileId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Profile" WHERE id = ${profileId}::uuid FOR NO KEY UPDATE`;
}

/**
 * Locks the person and refuses with an InvalidStateError when `wanted` on top of their other
 * PROPOSED, APPROVED and ACTIVE rotations would pass 100% on any day. Call it in the transaction,
 * before creating a rotation (selection included) or extending its dates; the lock holds until
 * commit, so concurrent requests for one person are checked one after the other.
 */
export async function reserveCommitment(
  tx: Tx,
  profileId: string,
  wanted: Commitment,
  options: { excludeRotationId?: string } = {},
): Promise<void> {
  await lockPerson(tx, profileId);
  const others = await tx.rotation.findMany({
    where: {
      profileId,
      status: { in: [...COMMITTING] },
      startDate: { lte: wanted.endDate },
      endDate: { gte: wanted.startDate },
      ...(options.excludeRotationId ? { id: { not: options.excludeRotationId } } : {}),
    },
    select: { startDate: true, endDate: true, commitmentPercent: true },
  });
  const refusal = commitmentRefusal(others, wanted);
  if (refusal) throw new InvalidStateError(refusal);
}

/**
 * Writes down an APPROVED rotation whose start date has come as ACTIVE (audited as done by the
 * system). Guarded on the stored status, so two writers record it once.
 */
async function settleStart(tx: Tx, r: Loaded, now: Date): Promise<Loaded> {
  if (effectiveRotationStatus(r, now) !== 'ACTIVE' || r.status !== 'APPROVED') return r;
  const { count } = await tx.rotation.updateMany({ where: { id: r.id, status: 'APPROVED' }, data: { status: 'ACTIVE' } });
  if (count > 0) {
    await audit(
      tx,
      { viewer: null },
      {
        action: 'rotation.start',
        entityType: 'Rotation',
        entityId: r.id,
        before: { status: 'APPROVED' },
        after: { status: 'ACTIVE', reason: 'start date reached' },
      },
    );
  }
  return tx.rotation.findUniqueOrThrow({ where: { id: r.id }, include: personInclude });
}

/**
 * A rotation for a change: the person locked, then the row read; invisible rotations read as not
 * found. With `settle`, a start date that has come is written down first.
 */
async function rotationForChange(tx: Tx, ctx: Context, id: string, now: Date, { settle = true } = {}): Promise<Loaded> {
  const head = await tx.rotation.findUnique({ where: { id }, select: { profileId: true } });
  if (!head) throw new NotFoundError('Rotation', id);
  await lockPerson(tx, head.profileId);
  const r = await tx.rotation.findUniqueOrThrow({ where: { id }, include: personInclude });
  if (!canSeeRotation(ctx.viewer, facts(r))) throw new NotFoundError('Rotation', id);
  return settle ? settleStart(tx, r, now) : r;
}

/**
 * The start-date sweeper: writes down every APPROVED rotation whose start date has come as
 * ACTIVE (reads already show them ACTIVE). Returns how many it wrote. Run it on the server's
 * deadline timer.
 */
export async function startDueRotations(prisma: PrismaClient, now = new Date()): Promise<number> {
  const due = await prisma.rotation.findMany({
    where: { status: 'APPROVED', startDate: { lte: dayOf(now) } },
    select: { id: true, profileId: true },
    take: 500,
  });
  let started = 0;
  for (const { id, profileId } of due) {
    started += await prisma.$transaction(async (tx) => {
      await lockPerson(tx, profileId);
      const r = await tx.rotation.findUniqueOrThrow({ where: { id }, include: personInclude });
      const after = await settleStart(tx, r, now);
      return after.status === 'ACTIVE' && r.status === 'APPROVED' ? 1 : 0;
    });
  }
  return started;
}

// ─── Inputs ──────────────────────────────────────────────────────────────────

const text = (max: number) => z.string().trim().min(1).max(max);
const email = z.string().trim().email().max(254);

function problemsOf(pairs: [string, string][], prefix: string[] = ['input']): FieldProblem[] {
  return pairs.map(([field, message]) => ({ path: [...prefix, field], message }));
}

const RotationRef = (name: string) =>
  builder.inputType(name, { fields: (t) => ({ rotation: t.globalID({ for: Rotation, required: true }) }) });

const detailFields = (t: PothosInputFieldBuilder) => ({
  reimbursable: t.boolean({ description: 'Whether the host reimburses the home agency.' }),
  agreementReference: t.string({ description: 'Interagency agreement number.', validate: text(100) }),
  hostSupervisorName: t.string({ validate: text(200) }),
  hostSupervisorEmail: t.string({ validate: email }),
  hostSupervisorSubject: t.string({
    description: 'Token subject of the host supervisor, who may then attest completion.',
    validate: text(200),
  }),
});
type PothosInputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

const CreateRotationInput = builder.inputType('CreateRotationInput', {
  description: 'A rotation arranged outside the marketplace, recorded by HR of the person’s home agency. It starts as PROPOSED.',
  fields: (t) => ({
    person: t.globalID({ for: Profile, required: true, description: 'A person of your agency.' }),
    hostAgency: t.string({
      required: true,
      description: 'Host agency code or abbreviation.',
      validate: z.string().trim().min(1).max(20),
    }),
    programType: t.field({ type: ProgramType, required: true }),
    startDate: t.field({ type: 'Date', required: true }),
    endDate: t.field({ type: 'Date', required: true, description: 'Last day, inclusive.' }),
    commitmentPercent: t.int({
      required: true,
      description: 'Share of working time, 1–100.',
      validate: z.number().int().min(1).max(100),
    }),
    ...detailFields(t),
  }),
});

const UpdateRotationInput = builder.inputType('UpdateRotationInput', {
  description:
    'Fields to change; omitted fields stay, null clears an optional one. Dates and commitment change only while PROPOSED (approvals given so far are withdrawn).',
  fields: (t) => ({
    rotation: t.globalID({ for: Rotation, required: true }),
    startDate: t.field({ type: 'Date' }),
    endDate: t.field({ type: 'Date' }),
    commitmentPercent: t.int({ validate: z.number().int().min(1).max(100) }),
    ...detailFields(t),
  }),
});

const AttestedSkillInput = builder.inputType('AttestedSkillInput', {
  fields: (t) => ({
    skill: t.globalID({ for: Skill, required: true }),
    levelAfter: t.int({
      required: true,
      description: 'The level the person showed, 1–5.',
      validate: z.number().int().min(1, 'level must be 1–5').max(5, 'level must be 1–5'),
    }),
    gained: t.boolean({ required: true, description: 'Gained (new, or a higher level) rather than used.' }),
  }),
});

// ─── Mutations ───────────────────────────────────────────────────────────────

/** Changes for one person queue behind the lock on their profile; let them wait instead of failing. */
const TX = { maxWait: 30_000, timeout: 30_000 };

const result = (tx: Tx, query: object, id: string) => tx.rotation.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });

async function agencyByName(tx: Tx, name: string, path: string[]) {
  const a = await tx.agency.findFirst({ where: { OR: [{ code: name }, { abbreviation: name }] } });
  if (!a) throw new ValidationError([{ path, message: `unknown agency "${name}"` }]);
  return a;
}

/** Keeps only the fields the client gave (null included: it clears an optional field). */
function given<T extends Record<string, unknown>>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

builder.mutationFields((t) => ({
  createRotation: t.prismaField({
    type: 'Rotation',
    description:
      'Records a rotation arranged outside the marketplace (HR specialists of the person’s home agency). It starts PROPOSED; both agencies then approve.',
    errors: payload('rotation', ValidationError, NotFoundError, ForbiddenError, InvalidStateError),
    authScopes: { role: 'HR_SPECIALIST' },
    args: { input: t.arg({ type: CreateRotationInput, required: true }) },
    resolve: (query, _r, { input }, ctx) =>
      ctx.prisma.$transaction(async (tx) => {
        const viewer = ctx.viewer!;
        await lockPerson(tx, input.person.id);
        const person = await tx.profile.findUnique({
          where: { id: input.person.id },
          select: { id: true, agencyId: true, subject: true },
        });
        if (!person || person.agencyId !== viewer.agencyId) throw new NotFoundError('Profile', input.person.id);
        if (person.subject !== null && person.subject === viewer.subject)
          throw new ForbiddenError('You cannot arrange your own rotation');
        const host = await agencyByName(tx, input.hostAgency, ['input', 'hostAgency']);
        const terms = {
          programType: input.programType,
          homeAgencyId: person.agencyId,
          hostAgencyId: host.id,
          startDate: input.startDate,
          endDate: input.endDate,
          commitmentPercent: input.commitmentPercent,
        };
        const problems = rotationProblems(terms);
        if (problems.length) throw new ValidationError(problemsOf(problems));
        await reserveCommitment(tx, person.id, terms);
        const { person: _p, hostAgency: _h, ...fields } = input;
        const created = await tx.rotation.create({
          data: {
            ...(given(fields) as object),
            ...terms,
            reimbursable: input.reimbursable ?? false,
            profileId: person.id,
          } as Prisma.RotationUncheckedCreateInput,
        });
        await audit(tx, ctx, { action: 'rotation.create', entityType: 'Rotation', entityId: created.id, after: created });
        return result(tx, query, created.id);
      }, TX),
  }),

  updateRotation: t.prismaField({
    type: 'Rotation',
    authScopes: HIRING_OR_HR,
    description:
      'Edits the agreement, reimbursement and host supervisor (PROPOSED, APPROVED or ACTIVE), and the dates and commitment while PROPOSED (withdrawing approvals given so far). Either agency’s managers; extendRotation moves the end of an ACTIVE rotation.',
    errors: payload('rotation', ValidationError, NotFoundError, ForbiddenError, InvalidStateError),
    args: { input: t.arg({ type: UpdateRotationInput, required: true }) },
    resolve: (query, _r, { input }, ctx) =>
      ctx.prisma.$transaction(async (tx) => {
        const now = new Date();
        const r = await rotationForChange(tx, ctx, input.rotation.id, now);
        if (!actsForHome(ctx.viewer, facts(r)) && !actsForHost(ctx.viewer, facts(r))) {
          throw new ForbiddenError("Only the home agency's HR specialists and the host agency's managers edit a rotation");
        }
        const status = effectiveRotationStatus(r, now);
        if (!EDITABLE_DETAILS.has(status)) throw new InvalidStateError(`A rotation that is ${status} cannot be edited`);
        const { rotation: _ref, startDate, endDate, commitmentPercent, reimbursable, ...details } = input;
        const data: Prisma.RotationUncheckedUpdateInput = { ...given(details) };
        if (reimbursable != null) data.reimbursable = reimbursable;
        const terms = {
          startDate: startDate ?? r.startDate,
          endDate: endDate ?? r.endDate,
          commitmentPercent: commitmentPercent ?? r.commitmentPercent,
        };
        const termsChanged =
          terms.startDate.getTime() !== r.startDate.getTime() ||
          terms.endDate.getTime() !== r.endDate.getTime() ||
          terms.commitmentPercent !== r.commitmentPercent;
        if (termsChanged) {
          if (!EDITABLE_TERMS.has(status)) {
            throw new InvalidStateError(
              `The dates and commitment of a rotation that is ${status} are agreed: ${status === 'ACTIVE' ? 'extend it with extendRotation' : 'cancel it and arrange a new one'}`,
            );
          }
          const problems = rotationProblems({ ...r, ...terms });
          if (problems.length) throw new ValidationError(problemsOf(problems));
          await reserveCommitment(tx, r.profileId, terms, { excludeRotationId: r.id });
          Object.assign(data, terms, { homeApprovedBy: null, homeApprovedAt: null, hostApprovedBy: null, hostApprovedAt: null });
        }
        const changed = Object.keys(data) as (keyof RotationRow)[];
        const after = await tx.rotation.update({ where: { id: r.id }, data });
        await audit(tx, ctx, {
          action: 'rotation.update',
          entityType: 'Rotation',
          entityId: r.id,
          before: Object.fromEntries(changed.map((k) => [k, r[k]])),
          after: Object.fromEntries(changed.map((k) => [k, after[k]])),
        });
        return result(tx, query, r.id);
      }, TX),
  }),

  approveRotation: t.prismaField({
    type: 'Rotation',
    authScopes: HIRING_OR_HR,
    description:
      'Approves a PROPOSED rotation for one side: HOME (HR specialists of the home agency) or HOST (hiring managers and HR specialists of the host agency). With both approvals, by two different people, it is APPROVED (and ACTIVE if its start date has come).',
    errors: payload('rotation', NotFoundError, ForbiddenError, InvalidStateError),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('ApproveRotationInput', {
          fields: (f) => ({
            rotation: f.globalID({ for: Rotation, required: true }),
            side: f.field({ type: RotationSide, required: true }),
          }),
        }),
      }),
    },
    resolve: (query, _r, { input }, ctx) =>
      ctx.prisma.$transaction(async (tx) => {
        const now = new Date();
        const r = await rotationForChange(tx, ctx, input.rotation.id, now);
        const refusal = approvalRefusal(ctx.viewer, facts(r), input.side, now);
        if (refusal)
          throw refusal.kind === 'forbidden' ? new ForbiddenError(refusal.message) : new InvalidStateError(refusal.message);
        const subject = ctx.viewer!.subject;
        const mine =
          input.side === 'HOME'
            ? { homeApprovedBy: subject, homeApprovedAt: now }
            : { hostApprovedBy: subject, hostApprovedAt: now };
        const both = (input.side === 'HOME' ? r.hostApprovedBy : r.homeApprovedBy) !== null;
        const after = await tx.rotation.update({
          where: { id: r.id },
          data: { ...mine, ...(both ? { status: 'APPROVED' } : {}) },
          include: personInclude,
        });
        await audit(tx, ctx, {
          action: `rotation.approve.${input.side.toLowerCase()}`,
          entityType: 'Rotation',
          entityId: r.id,
          before: { status: r.status },
          after: { status: after.status, ...mine },
        });
        await settleStart(tx, after, now);
        return result(tx, query, r.id);
      }, TX),
  }),

  startRotation: t.prismaField({
    type: 'Rotation',
    authScopes: HIRING_OR_HR,
    description:
      'Records that an APPROVED rotation has started (the host agency’s managers, on or after the start date). Reads show it ACTIVE from the start date anyway; the server also writes that down on its own.',
    errors: payload('rotation', NotFoundError, ForbiddenError, InvalidStateError),
    args: { input: t.arg({ type: RotationRef('StartRotationInput'), required: true }) },
    resolve: (query, _r, { input }, ctx) =>
      ctx.prisma.$transaction(async (tx) => {
        const now = new Date();
        const r = await rotationForChange(tx, ctx, input.rotation.id, now, { settle: false });
        if (!actsForHost(ctx.viewer, facts(r)))
          throw new ForbiddenError("Only the host agency's hiring managers and HR specialists start a rotation");
        if (r.status !== 'APPROVED') {
          throw new InvalidStateError(
            r.status === 'PROPOSED'
              ? 'Both agencies must approve the rotation before it starts'
              : (rotationTransitionRefusal(r.status, 'ACTIVE') ?? `The rotation is already ${r.status}`),
          );
        }
        if (r.startDate.getTime() > dayOf(now).getTime())
          throw new InvalidStateError(`The rotation starts on ${isoDay(r.startDate)}`);
        await tx.rotation.update({ where: { id: r.id }, data: { status: 'ACTIVE' } });
        await audit(tx, ctx, {
          action: 'rotation.start',
          entityType: 'Rotation',
          entityId: r.id,
          before: { status: 'APPROVED' },
          after: { status: 'ACTIVE' },
        });
        return result(tx, query, r.id);
      }, TX),
  }),

  extendRotation: t.prismaField({
    type: 'Rotation',
    authScopes: HIRING_OR_HR,
    description:
      'Moves the end of an ACTIVE rotation later (either agency’s managers). The 100% ceiling is checked over the added days; audited with the dates before and after.',
    errors: payload('rotation', ValidationError, NotFoundError, ForbiddenError, InvalidStateError),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('ExtendRotationInput', {
          fields: (f) => ({
            rotation: f.globalID({ for: Rotation, required: true }),
            endDate: f.field({ type: 'Date', required: true, description: 'The new last day, after the current one.' }),
            reason: f.string({ validate: text(2000) }),
          }),
        }),
      }),
    },
    resolve: (query, _r, { input }, ctx) =>
      ctx.prisma.$transaction(async (tx) => {
        const now = new Date();
        const r = await rotationForChange(tx, ctx, input.rotation.id, now);
        if (!actsForHome(ctx.viewer, facts(r)) && !actsForHost(ctx.viewer, facts(r))) {
          throw new ForbiddenError("Only the home agency's HR specialists and the host agency's managers extend a rotation");
        }
        const status = effectiveRotationStatus(r, now);
        if (status !== 'ACTIVE') throw new InvalidStateError(`Only an ACTIVE rotation is extended; this one is ${status}`);
        const refusal = extensionRefusal(r, input.endDate);
        if (refusal) throw new ValidationError([{ path: ['input', 'endDate'], message: refusal }]);
        // Only the added days are new commitment.
        await reserveCommitment(
          tx,
          r.profileId,
          { startDate: addDays(r.endDate, 1), endDate: input.endDate, commitmentPercent: r.commitmentPercent },
          { excludeRotationId: r.id },
        );
        await tx.rotation.update({ where: { id: r.id }, data: { endDate: input.endDate } });
        await audit(tx, ctx, {
          action: 'rotation.extend',
          entityType: 'Rotation',
          entityId: r.id,
          before: { endDate: isoDay(r.endDate) },
          after: { endDate: isoDay(input.endDate), reason: input.reason ?? null },
        });
        return result(tx, query, r.id);
      }, TX),
  }),

  completeRotation: t.prismaField({
    type: 'Rotation',
    authScopes: PERSON,
    description:
      'Completes an ACTIVE rotation with the host’s attestation (the host agency’s managers or the named host supervisor), on or after its last day, or giving the earlier day it ended. ' +
      'Each attested skill goes on the person’s profile (the level never goes down) with ROTATION evidence and the attester’s SUPERVISOR_ATTESTATION.',
    errors: payload('rotation', ValidationError, NotFoundError, ForbiddenError, InvalidStateError),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('CompleteRotationInput', {
          fields: (f) => ({
            rotation: f.globalID({ for: Rotation, required: true }),
            skills: f.field({
              type: [AttestedSkillInput],
              required: true,
              validate: z.array(z.any()).min(1, 'attest at least one skill').max(30, 'at most 30 skills'),
            }),
            endedOn: f.field({ type: 'Date', description: 'The last day served, when earlier than the planned end date.' }),
            note: f.string({ description: 'The attestation in the host’s words.', validate: text(2000) }),
          }),
        }),
      }),
    },
    resolve: (query, _r, { input }, ctx) =>
      ctx.prisma.$transaction(async (tx) => {
        const now = new Date();
        const viewer = ctx.viewer!;
        const r = await rotationForChange(tx, ctx, input.rotation.id, now);
        if (!attestsCompletion(viewer, facts(r)))
          throw new ForbiddenError("Only the host agency's managers or the named host supervisor attest a rotation's completion");
        const status = effectiveRotationStatus(r, now);
        const transition = rotationTransitionRefusal(status, 'COMPLETED');
        if (transition) throw new InvalidStateError(transition);
        const ended = completionDay(r, input.endedOn ?? null, now);
        if ('refusal' in ended) {
          throw input.endedOn
            ? new ValidationError([{ path: ['input', 'endedOn'], message: ended.refusal }])
            : new InvalidStateError(ended.refusal);
        }
        const attested = input.skills.map((s) => ({ skillId: s.skill.id, levelAfter: s.levelAfter, gained: s.gained }));
        const problems: FieldProblem[] = attestationProblems(attested).map(([i, message]) => ({
          path: ['input', 'skills', String(i), 'skill'],
          message,
        }));
        const known = new Set(
          (await tx.skill.findMany({ where: { id: { in: attested.map((s) => s.skillId) } }, select: { id: true } })).map(
            (s) => s.id,
          ),
        );
        attested.forEach((s, i) => {
          if (!known.has(s.skillId)) problems.push({ path: ['input', 'skills', String(i), 'skill'], message: 'unknown skill' });
        });
        if (problems.length) throw new ValidationError(problems);

        const current = await tx.profileSkill.findMany({
          where: { profileId: r.profileId, skillId: { in: attested.map((s) => s.skillId) } },
        });
        const growth = skillGrowth(attested, new Map(current.map((p) => [p.skillId, p.level])));
        // One after another: a transaction is one connection, which runs one query at a time.
        const host = await tx.agency.findUniqueOrThrow({ where: { id: r.hostAgencyId } });
        const opening = r.openingId ? await tx.opening.findUnique({ where: { id: r.openingId }, select: { title: true } }) : null;
        const attester = await tx.profile.findUnique({ where: { subject: viewer.subject }, select: { id: true } });
        const evidence = {
          source: 'ROTATION' as const,
          title: evidenceTitle(host.name, opening?.title ?? null, r.programType),
          issuer: host.name,
          startDate: r.startDate,
          endDate: ended.day,
          rotationId: r.id,
        };
        for (const g of growth) {
          const existing = current.find((p) => p.skillId === g.skillId);
          const description = `${g.gained ? 'Gained' : 'Used'} at level ${g.levelAfter}, attested by the host`;
          const ps = existing
            ? await tx.profileSkill.update({
                where: { id: existing.id },
                data: { level: g.profileLevel, evidence: { create: { ...evidence, description } } },
              })
            : await tx.profileSkill.create({
                data: {
                  profileId: r.profileId,
                  skillId: g.skillId,
                  level: g.profileLevel,
                  evidence: { create: { ...evidence, description } },
                },
              });
          await audit(tx, ctx, {
            action: existing ? 'profile.skill.update' : 'profile.skill.add',
            entityType: 'ProfileSkill',
            entityId: ps.id,
            before: existing ? { level: existing.level } : undefined,
            after: { level: g.profileLevel, skillId: g.skillId, evidence: { ...evidence, description } },
          });
          const attestation = { profileSkillId: ps.id, endorserSubject: viewer.subject, kind: 'SUPERVISOR_ATTESTATION' as const };
          if (!(await tx.endorsement.findUnique({ where: { profileSkillId_endorserSubject_kind: attestation } }))) {
            const row = await tx.endorsement.create({
              data: {
                ...attestation,
                endorserRole: viewer.roles.join(','),
                endorserAgencyId: viewer.agencyId,
                endorserProfileId: attester?.id ?? null,
                level: g.levelAfter,
                comment: `Attested on completing the rotation at ${host.name}`,
              },
            });
            await audit(tx, ctx, { action: 'skill.attest', entityType: 'Endorsement', entityId: row.id, after: row });
          }
        }
        await tx.rotationSkill.createMany({
          data: growth.map((g) => ({
            rotationId: r.id,
            skillId: g.skillId,
            gained: g.gained,
            levelBefore: g.levelBefore,
            levelAfter: g.levelAfter,
          })),
        });
        const data = {
          status: 'COMPLETED' as const,
          completedAt: now,
          completedBy: viewer.subject,
          endedOn: ended.day,
          completionNote: input.note ?? null,
        };
        await tx.rotation.update({ where: { id: r.id }, data });
        await audit(tx, ctx, {
          action: 'rotation.complete',
          entityType: 'Rotation',
          entityId: r.id,
          before: { status },
          after: {
            ...data,
            endedOn: isoDay(ended.day),
            skills: growth.map(({ skillId, gained, levelBefore, levelAfter }) => ({ skillId, gained, levelBefore, levelAfter })),
          },
        });
        return result(tx, query, r.id);
      }, TX),
  }),

  cancelRotation: t.prismaField({
    type: 'Rotation',
    authScopes: PERSON,
    description:
      'Cancels a rotation before it is COMPLETED, with a reason: the home agency’s HR specialists and the host agency’s managers at any time, the person before it starts. An ACTIVE rotation ends today (or on its end date, if that has passed).',
    errors: payload('rotation', ValidationError, NotFoundError, ForbiddenError, InvalidStateError),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('CancelRotationInput', {
          fields: (f) => ({
            rotation: f.globalID({ for: Rotation, required: true }),
            reason: f.string({ required: true, validate: text(2000) }),
          }),
        }),
      }),
    },
    resolve: (query, _r, { input }, ctx) =>
      ctx.prisma.$transaction(async (tx) => {
        const now = new Date();
        const r = await rotationForChange(tx, ctx, input.rotation.id, now);
        const refusal = cancelRefusal(ctx.viewer, facts(r), now);
        if (refusal)
          throw refusal.kind === 'forbidden' ? new ForbiddenError(refusal.message) : new InvalidStateError(refusal.message);
        const status = effectiveRotationStatus(r, now);
        const today = dayOf(now);
        const endedOn = status === 'ACTIVE' ? (r.endDate < today ? r.endDate : today) : null;
        const data = {
          status: 'CANCELLED' as const,
          cancelReason: input.reason,
          cancelledBy: ctx.viewer!.subject,
          cancelledAt: now,
          endedOn,
        };
        await tx.rotation.update({ where: { id: r.id }, data });
        await audit(tx, ctx, {
          action: 'rotation.cancel',
          entityType: 'Rotation',
          entityId: r.id,
          before: { status },
          after: { ...data, endedOn: endedOn && isoDay(endedOn) },
        });
        return result(tx, query, r.id);
      }, TX),
  }),
}));
