/**
 * Rotations: the record of who went where, when, doing what, and what they learned. Created as
 * PROPOSED by selection in the marketplace or by home-agency HR (createRotation); approved by both
 * agencies, ACTIVE from the start date, COMPLETED with the host's attestation of skills (which
 * become profile skills with ROTATION evidence), or CANCELLED. The GraphQL types and thin
 * resolvers; the commands are in src/modules/rotations; mobility figures in ./mobility.ts.
 */
import { RotationStatus as PrismaRotationStatus, type AuditEvent } from '@prisma/client';
import { canSeeApplication } from '../modules/applications/rules.js';
import { completeRotation } from '../modules/rotations/complete.js';
import { RotationFieldRules } from '../modules/rotations/input.js';
import { factsOf as facts, personInclude } from '../modules/rotations/lifecycle.js';
import { listsAgencyRotations } from '../modules/rotations/policy.js';
import { agencyRotationsWhere } from '../modules/rotations/queries.js';
import { allowedActions, canSeeRotation, effectiveRotationStatus } from '../modules/rotations/rules.js';
import {
  approveRotation,
  cancelRotation,
  createRotation,
  extendRotation,
  startRotation,
  updateRotation,
} from '../modules/rotations/service.js';
import { requestWork } from '../platform/db/unit-of-work.js';
import { builder } from './builder.js';
import { registerNodeVisibility } from './node-visibility.js';
import { HIRING_OR_HR, PERSON, nonEmpty } from './common.js';
import { payload } from './errors.js';
import { ForbiddenError, InvalidStateError, NotFoundError, ValidationError } from './errors/classes.js';
import { ProgramType, openingVisible } from './opening.js';
import { ProficiencyLevel, Profile } from './profile.js';
import { Skill } from './skill.js';
import { Viewer } from './viewer.js';
// The mobility figures read rotations; registered with them.
import './mobility.js';

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
        endingWithinDays: t.arg.int({ validate: RotationFieldRules.endingWithinDays }),
      },
      authScopes: (_p, { direction }, ctx) => listsAgencyRotations(ctx.viewer, direction),
      totalCount: (_p, args, ctx) =>
        ctx.prisma.rotation.count({ where: agencyRotationsWhere(ctx.viewer!.agencyId, args, new Date()) }),
      resolve: (query, _p, args, ctx) =>
        ctx.prisma.rotation.findMany({
          ...nonEmpty(query),
          where: agencyRotationsWhere(ctx.viewer!.agencyId, args, new Date()),
          orderBy: args.endingWithinDays != null ? [{ endDate: 'asc' }, { id: 'asc' }] : [{ startDate: 'desc' }, { id: 'desc' }],
        }),
    },
    RotationConnection,
  ),
);

// ─── Inputs ──────────────────────────────────────────────────────────────────

const R = RotationFieldRules;

const RotationRef = (name: string) =>
  builder.inputType(name, { fields: (t) => ({ rotation: t.globalID({ for: Rotation, required: true }) }) });

type PothosInputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];
const detailFields = (t: PothosInputFieldBuilder) => ({
  reimbursable: t.boolean({ description: 'Whether the host reimburses the home agency.' }),
  agreementReference: t.string({ description: 'Interagency agreement number.', validate: R.agreementReference }),
  hostSupervisorName: t.string({ validate: R.hostSupervisorName }),
  hostSupervisorEmail: t.string({ validate: R.hostSupervisorEmail }),
  hostSupervisorSubject: t.string({
    description: 'Token subject of the host supervisor, who may then attest completion.',
    validate: R.hostSupervisorSubject,
  }),
});

const CreateRotationInput = builder.inputType('CreateRotationInput', {
  description: 'A rotation arranged outside the marketplace, recorded by HR of the person’s home agency. It starts as PROPOSED.',
  fields: (t) => ({
    person: t.globalID({ for: Profile, required: true, description: 'A person of your agency.' }),
    hostAgency: t.string({ required: true, description: 'Host agency code or abbreviation.', validate: R.hostAgency }),
    programType: t.field({ type: ProgramType, required: true }),
    startDate: t.field({ type: 'Date', required: true }),
    endDate: t.field({ type: 'Date', required: true, description: 'Last day, inclusive.' }),
    commitmentPercent: t.int({ required: true, description: 'Share of working time, 1–100.', validate: R.commitmentPercent }),
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
    commitmentPercent: t.int({ validate: R.commitmentPercent }),
    ...detailFields(t),
  }),
});

const ApproveRotationInput = builder.inputType('ApproveRotationInput', {
  fields: (f) => ({
    rotation: f.globalID({ for: Rotation, required: true }),
    side: f.field({ type: RotationSide, required: true }),
  }),
});

const ExtendRotationInput = builder.inputType('ExtendRotationInput', {
  fields: (f) => ({
    rotation: f.globalID({ for: Rotation, required: true }),
    endDate: f.field({ type: 'Date', required: true, description: 'The new last day, after the current one.' }),
    reason: f.string({ validate: R.reason }),
  }),
});

const AttestedSkillInput = builder.inputType('AttestedSkillInput', {
  fields: (t) => ({
    skill: t.globalID({ for: Skill, required: true }),
    levelAfter: t.int({ required: true, description: 'The level the person showed, 1–5.', validate: R.levelAfter }),
    gained: t.boolean({ required: true, description: 'Gained (new, or a higher level) rather than used.' }),
  }),
});

const CompleteRotationInput = builder.inputType('CompleteRotationInput', {
  fields: (f) => ({
    rotation: f.globalID({ for: Rotation, required: true }),
    skills: f.field({ type: [AttestedSkillInput], required: true, validate: R.attested }),
    endedOn: f.field({ type: 'Date', description: 'The last day served, when earlier than the planned end date.' }),
    note: f.string({ description: 'The attestation in the host’s words.', validate: R.note }),
  }),
});

const CancelRotationInput = builder.inputType('CancelRotationInput', {
  fields: (f) => ({
    rotation: f.globalID({ for: Rotation, required: true }),
    reason: f.string({ required: true, validate: R.reason }),
  }),
});

// ─── Mutations: parse → service → the rotation ──────────────────────────────

const rotationMutation = (description: string, errors: Parameters<typeof payload>[1][]) => ({
  type: Rotation,
  description,
  errors: payload('rotation', ...errors),
});

builder.mutationFields((t) => ({
  createRotation: t.field({
    ...rotationMutation(
      'Records a rotation arranged outside the marketplace (HR specialists of the person’s home agency). It starts PROPOSED; both agencies then approve.',
      [ValidationError, NotFoundError, ForbiddenError, InvalidStateError],
    ),
    authScopes: { role: 'HR_SPECIALIST' },
    args: { input: t.arg({ type: CreateRotationInput, required: true }) },
    resolve: (_r, { input: { person, ...rest } }, ctx) => createRotation(requestWork(ctx), { ...rest, personId: person.id }),
  }),
  updateRotation: t.field({
    ...rotationMutation(
      'Edits the agreement, reimbursement and host supervisor (PROPOSED, APPROVED or ACTIVE), and the dates and commitment while PROPOSED (withdrawing approvals given so far). Either agency’s managers; extendRotation moves the end of an ACTIVE rotation.',
      [ValidationError, NotFoundError, ForbiddenError, InvalidStateError],
    ),
    authScopes: HIRING_OR_HR,
    args: { input: t.arg({ type: UpdateRotationInput, required: true }) },
    resolve: (_r, { input: { rotation, ...edit } }, ctx) => updateRotation(requestWork(ctx), rotation.id, edit),
  }),
  approveRotation: t.field({
    ...rotationMutation(
      'Approves a PROPOSED rotation for one side: HOME (HR specialists of the home agency) or HOST (hiring managers and HR specialists of the host agency). With both approvals, by two different people, it is APPROVED (and ACTIVE if its start date has come).',
      [NotFoundError, ForbiddenError, InvalidStateError],
    ),
    authScopes: HIRING_OR_HR,
    args: { input: t.arg({ type: ApproveRotationInput, required: true }) },
    resolve: (_r, { input }, ctx) => approveRotation(requestWork(ctx), input.rotation.id, input.side),
  }),
  startRotation: t.field({
    ...rotationMutation(
      'Records that an APPROVED rotation has started (the host agency’s managers, on or after the start date). Reads show it ACTIVE from the start date anyway; the server also writes that down on its own.',
      [NotFoundError, ForbiddenError, InvalidStateError],
    ),
    authScopes: HIRING_OR_HR,
    args: { input: t.arg({ type: RotationRef('StartRotationInput'), required: true }) },
    resolve: (_r, { input }, ctx) => startRotation(requestWork(ctx), input.rotation.id),
  }),
  extendRotation: t.field({
    ...rotationMutation(
      'Moves the end of an ACTIVE rotation later (either agency’s managers). The 100% ceiling is checked over the added days; audited with the dates before and after.',
      [ValidationError, NotFoundError, ForbiddenError, InvalidStateError],
    ),
    authScopes: HIRING_OR_HR,
    args: { input: t.arg({ type: ExtendRotationInput, required: true }) },
    resolve: (_r, { input }, ctx) => extendRotation(requestWork(ctx), input.rotation.id, input.endDate, input.reason ?? null),
  }),
  completeRotation: t.field({
    ...rotationMutation(
      'Completes an ACTIVE rotation with the host’s attestation (the host agency’s managers or the named host supervisor), on or after its last day, or giving the earlier day it ended. ' +
        'Each attested skill goes on the person’s profile (the level never goes down) with ROTATION evidence and the attester’s SUPERVISOR_ATTESTATION.',
      [ValidationError, NotFoundError, ForbiddenError, InvalidStateError],
    ),
    authScopes: PERSON,
    args: { input: t.arg({ type: CompleteRotationInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      completeRotation(requestWork(ctx), input.rotation.id, {
        skills: input.skills.map((s) => ({ skillId: s.skill.id, levelAfter: s.levelAfter, gained: s.gained })),
        endedOn: input.endedOn,
        note: input.note,
      }),
  }),
  cancelRotation: t.field({
    ...rotationMutation(
      'Cancels a rotation before it is COMPLETED, with a reason: the home agency’s HR specialists and the host agency’s managers at any time, the person before it starts. An ACTIVE rotation ends today (or on its end date, if that has passed).',
      [ValidationError, NotFoundError, ForbiddenError, InvalidStateError],
    ),
    authScopes: PERSON,
    args: { input: t.arg({ type: CancelRotationInput, required: true }) },
    resolve: (_r, { input }, ctx) => cancelRotation(requestWork(ctx), input.rotation.id, input.reason),
  }),
}));
