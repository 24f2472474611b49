/**
 * Profiles (MilGears-style skills records): read with field-level privacy, managed by the person,
 * created and updated by home-agency HR by employee ID. Non-public fields read as null unless the
 * viewer has FULL visibility (src/modules/profiles/rules.ts); reads from outside the home agency
 * are written to the disclosure log.
 */
import {
  EducationLevel as PrismaEducationLevel,
  EvidenceSource as PrismaEvidenceSource,
  RemotePreference as PrismaRemotePreference,
  type Prisma,
  type Profile as ProfileRow,
} from '@prisma/client';
import { z } from 'zod';
import { isUniqueViolation, retryUniqueRace } from '../platform/db/retry.js';
import { audit } from '../platform/db/audit.js';
import { changedFields, subjectConflict } from '../modules/bulk/rules.js';
import { PROFICIENCY_LEVELS, strongestVerification, type NonPublicProfileField } from '../modules/profiles/rules.js';
import type { Context } from '../app/context.js';
import { builder } from './builder.js';
import { registerNodeVisibility } from './node-visibility.js';
import { PERSON, nonEmpty } from './common.js';
import { payload } from './errors.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from './errors/classes.js';
import {
  AddMyEducationInput,
  AddMySkillInput,
  CreateMyProfileInput,
  RemoveMySkillInput,
  UpdateMyProfileInput,
  UpdateMySkillInput,
  UpsertProfileInput,
} from './profile-input.js';
export { level, PersonFieldRules, personFields, ProfileFieldsInput } from './profile-input.js';
import {
  addMyEducation,
  addMySkill,
  createMyProfile,
  removeMySkill,
  updateMyProfile,
  updateMySkill,
} from '../modules/profiles/service.js';
import { requestWork } from '../platform/db/unit-of-work.js';
import { Viewer } from './viewer.js';

export const EvidenceSource = builder.enumType(PrismaEvidenceSource, { name: 'EvidenceSource' });
export const RemotePreference = builder.enumType(PrismaRemotePreference, { name: 'RemotePreference' });
export const EducationLevel = builder.enumType(PrismaEducationLevel, { name: 'EducationLevel' });
export const Verification = builder.enumType('Verification', {
  description: 'How a skill claim is backed, weakest first.',
  values: ['SELF_REPORTED', 'ENDORSED', 'SUPERVISOR_ATTESTED', 'CREDENTIAL_VERIFIED'] as const,
});
export const ProfileVisibility = builder.enumType('ProfileVisibility', {
  values: {
    FULL: { description: 'Every field, including contact details.' },
    REDACTED: { description: 'Name, agency, headline, job title and skills; other fields read as null.' },
  },
});
export const ProficiencyLevel = builder.enumType('ProficiencyLevel', {
  description: 'Named proficiency levels; `level` fields carry the number 1–5.',
  values: Object.fromEntries(
    PROFICIENCY_LEVELS.map((l) => [l.name, { value: l.level, description: `${l.level}: ${l.description}` }]),
  ),
});

/**
 * Resolves a non-public field: the value (or what `load` fetches) for FULL visibility, else null.
 * Views from outside the home agency are collected for the disclosure log.
 */
async function reveal<T>(
  ctx: Context,
  profileId: string,
  field: NonPublicProfileField,
  value: T | (() => Promise<T>),
): Promise<T | null> {
  const access = await ctx.loaders.profileAccess.load(profileId);
  if (access.visibility !== 'FULL') return null;
  if (access.logDisclosure) ctx.loaders.disclosures.add(profileId, access.basis ?? 'UNKNOWN', field);
  return typeof value === 'function' ? (value as () => Promise<T>)() : value;
}

async function visible(ctx: Context, profileId: string) {
  return (await ctx.loaders.profileAccess.load(profileId)).visibility !== 'NONE';
}

const SkillEvidence = builder.prismaObject('SkillEvidence', {
  name: 'SkillEvidence',
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.expose('source', { type: EvidenceSource }),
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    issuer: t.exposeString('issuer', { nullable: true }),
    credentialId: t.exposeString('credentialId', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    startDate: t.expose('startDate', { type: 'Date', nullable: true }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true }),
    verifiedAt: t.expose('verifiedAt', { type: 'DateTime', nullable: true }),
  }),
});

const Education = builder.prismaObject('Education', {
  fields: (t) => ({
    id: t.exposeID('id'),
    level: t.expose('level', { type: EducationLevel }),
    field: t.exposeString('field', { nullable: true }),
    institution: t.exposeString('institution', { nullable: true }),
    completedYear: t.exposeInt('completedYear', { nullable: true }),
  }),
});

export const Profile = builder.prismaNode('Profile', {
  id: { field: 'id' },
  nullable: true,
  description: "A person's skills record: what they can do, how well, and how we know.",
  authScopes: async (profile, ctx) => visible(ctx, profile.id),
  fields: (t) => ({
    agency: t.relation('agency', { description: 'Home agency.' }),
    givenName: t.exposeString('givenName'),
    familyName: t.exposeString('familyName'),
    headline: t.exposeString('headline', { nullable: true }),
    jobTitle: t.exposeString('jobTitle', { nullable: true }),
    visibility: t.field({
      type: ProfileVisibility,
      description: 'What you see of this profile.',
      resolve: async (p, _a, ctx) => ((await ctx.loaders.profileAccess.load(p.id)).visibility === 'FULL' ? 'FULL' : 'REDACTED'),
    }),
    email: t.string({ nullable: true, resolve: (p, _a, ctx) => reveal(ctx, p.id, 'email', p.email) }),
    phone: t.string({ nullable: true, resolve: (p, _a, ctx) => reveal(ctx, p.id, 'phone', p.phone) }),
    location: t.string({ nullable: true, resolve: (p, _a, ctx) => reveal(ctx, p.id, 'location', p.location) }),
    externalId: t.string({
      nullable: true,
      description: 'Employee ID in the home agency HR system.',
      resolve: (p, _a, ctx) => reveal(ctx, p.id, 'externalId', p.externalId),
    }),
    occupationalSeries: t.string({
      nullable: true,
      description: 'OPM occupational series, e.g. "2210".',
      resolve: (p, _a, ctx) => reveal(ctx, p.id, 'occupationalSeries', p.occupationalSeries),
    }),
    payPlan: t.string({ nullable: true, resolve: (p, _a, ctx) => reveal(ctx, p.id, 'payPlan', p.payPlan) }),
    grade: t.int({ nullable: true, resolve: (p, _a, ctx) => reveal(ctx, p.id, 'grade', p.grade) }),
    remotePreference: t.field({
      type: RemotePreference,
      nullable: true,
      resolve: (p, _a, ctx) => reveal(ctx, p.id, 'remotePreference', p.remotePreference),
    }),
    discoverable: t.boolean({
      nullable: true,
      description: 'Whether hiring managers may find this person without an application.',
      resolve: (p, _a, ctx) => reveal(ctx, p.id, 'discoverable', p.discoverable),
    }),
    availablePercent: t.int({
      nullable: true,
      description: 'Share of working time the person may commit to rotations, 0–100.',
      resolve: (p, _a, ctx) => reveal(ctx, p.id, 'availablePercent', p.availablePercent),
    }),
    availableFrom: t.field({
      type: 'Date',
      nullable: true,
      resolve: (p, _a, ctx) => reveal(ctx, p.id, 'availableFrom', p.availableFrom),
    }),
    skills: t.relation('skills', {
      description: 'Skills with proficiency, highest level first.',
      query: { orderBy: [{ level: 'desc' }, { skill: { name: 'asc' } }] },
    }),
    // Plain fields, not t.relation: a relation would be preloaded by the parent query and
    // returned without passing through the visibility check.
    education: t.field({
      type: [Education],
      nullable: true,
      description: 'Formal education: part of the record, never an input of ranking.',
      resolve: (p, _a, ctx) =>
        reveal(ctx, p.id, 'education', () =>
          ctx.prisma.education.findMany({ where: { profileId: p.id }, orderBy: [{ completedYear: 'desc' }, { id: 'asc' }] }),
        ),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

registerNodeVisibility<{ id: string }>('Profile', (p, ctx) => visible(ctx, p.id));
registerNodeVisibility<{ profileId: string }>('ProfileSkill', (ps, ctx) => visible(ctx, ps.profileId));

export const ProfileSkill = builder.prismaNode('ProfileSkill', {
  id: { field: 'id' },
  nullable: true,
  description: 'A skill on a profile with its proficiency, evidence and verification.',
  authScopes: async (ps, ctx) => visible(ctx, ps.profileId),
  fields: (t) => ({
    skill: t.relation('skill'),
    profile: t.relation('profile'),
    level: t.exposeInt('level', { description: 'Proficiency 1 (awareness) … 5 (expert).' }),
    proficiency: t.field({ type: ProficiencyLevel, resolve: (ps) => ps.level as 1 | 2 | 3 | 4 | 5 }),
    evidence: t.field({
      type: [SkillEvidence],
      nullable: true,
      description: 'Why we believe it; null unless you may see the full profile.',
      resolve: (ps, _a, ctx) =>
        // Batched per request (one read for every skill shown), after the visibility check.
        reveal(ctx, ps.profileId, 'evidence', () => ctx.loaders.evidenceByProfileSkill.load(ps.id)),
    }),
    endorsementCount: t.relationCount('endorsements', { where: { kind: 'ENDORSEMENT' } }),
    verification: t.field({
      type: Verification,
      description: 'The strongest backing of this skill.',
      select: { endorsements: { select: { kind: true } }, evidence: { select: { verifiedAt: true } } },
      resolve: (ps) =>
        strongestVerification({
          endorsementKinds: ps.endorsements.map((e) => e.kind),
          verifiedCredential: ps.evidence.some((e) => e.verifiedAt !== null),
        }),
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

// ─── Reads ───────────────────────────────────────────────────────────────────

builder.objectField(Viewer, 'profile', (t) =>
  t.prismaField({
    type: 'Profile',
    nullable: true,
    description: 'Your own profile, linked to your token subject.',
    resolve: (query, v, _a, ctx) => ctx.prisma.profile.findUnique({ ...nonEmpty(query), where: { subject: v.subject } }),
  }),
);

builder.queryField('profile', (t) =>
  t.prismaField({
    type: 'Profile',
    nullable: true,
    description: 'A profile by home agency and employee ID (for HR and integrations).',
    // Home HR only: the employee ID is non-public, so colleagues may not probe who holds one.
    authScopes: { $any: { role: 'HR_SPECIALIST', $any: { role: 'ADMIN' }, $all: { role: 'INTEGRATION', scope: 'read' } } },
    args: {
      agency: t.arg.string({ required: true, description: 'Agency code or abbreviation.' }),
      externalId: t.arg.string({ required: true, validate: z.string().min(1).max(64) }),
    },
    resolve: async (query, _r, { agency, externalId }, ctx) => {
      const a = await ctx.loaders.agencyByCode.load(agency);
      if (!a) return null;
      return ctx.prisma.profile.findUnique({
        ...nonEmpty(query),
        where: { agencyId_externalId: { agencyId: a.id, externalId } },
      });
    },
  }),
);

// ─── Mutations ───────────────────────────────────────────────────────────────

type Tx = Prisma.TransactionClient;

export { evidenceData } from '../modules/profiles/skills.js';

/** Drops keys the client left out; keeps explicit nulls (they clear a field). */
function given<T extends Record<string, unknown>>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A person's fields as upsertProfile and the bulk sync take them. */
export type PersonArgs = typeof UpsertProfileInput.$inferInput;

/**
 * Creates or updates a person of `agencyId` by employee ID (authorization is the caller's):
 * omitted fields stay, null clears an optional one; nothing is written when nothing changed.
 * Audited. A subject linked to another profile is a ConflictError.
 */
export async function upsertPersonRecord(tx: Tx, ctx: Context, agencyId: string, input: PersonArgs) {
  const { externalId, ...fields } = input;
  const data = given(fields);
  if (data.subject) {
    const owner = await tx.profile.findUnique({ where: { subject: data.subject }, select: { agencyId: true, externalId: true } });
    if (subjectConflict(owner, agencyId, externalId))
      throw new ConflictError('That identity-provider subject is linked to another profile');
  }
  // Two syncs of one person at once take turns, so each compares against the other's result (and
  // its skills and evidence are not added twice). A new person's race is the unique index's.
  await tx.$queryRaw`SELECT 1 FROM "Profile" WHERE "agencyId" = ${agencyId}::uuid AND "externalId" = ${externalId} FOR UPDATE`;
  const before = await tx.profile.findUnique({ where: { agencyId_externalId: { agencyId, externalId } } });
  if (!before) {
    const created = await tx.profile.create({
      data: {
        ...data,
        givenName: input.givenName,
        familyName: input.familyName,
        agencyId,
        externalId,
      } as Prisma.ProfileUncheckedCreateInput,
    });
    await audit(tx, ctx, { action: 'profile.create', entityType: 'Profile', entityId: created.id, after: created });
    return { outcome: 'CREATED' as const, profile: created };
  }
  const changes = changedFields(before, data as Partial<ProfileRow>);
  if (Object.keys(changes).length === 0) return { outcome: 'UNCHANGED' as const, profile: before };
  const after = await tx.profile.update({ where: { id: before.id }, data: changes as Prisma.ProfileUncheckedUpdateInput });
  await audit(tx, ctx, { action: 'profile.update', entityType: 'Profile', entityId: before.id, before, after });
  return { outcome: 'UPDATED' as const, profile: after };
}

builder.mutationFields((t) => ({
  createMyProfile: t.field({
    type: Profile,
    description: 'Creates your profile in the agency of your token, linked to your token subject.',
    authScopes: PERSON,
    errors: payload('profile', ValidationError, ForbiddenError, ConflictError),
    args: { input: t.arg({ type: CreateMyProfileInput, required: true }) },
    resolve: (_r, { input }, ctx) => createMyProfile(requestWork(ctx), input),
  }),

  updateMyProfile: t.field({
    type: Profile,
    authScopes: PERSON,
    errors: payload('profile', ValidationError, NotFoundError, ForbiddenError),
    args: { input: t.arg({ type: UpdateMyProfileInput, required: true }) },
    resolve: (_r, { input }, ctx) => updateMyProfile(requestWork(ctx), input),
  }),

  upsertProfile: t.prismaField({
    type: 'Profile',
    description:
      'Creates or updates a person of your agency by employee ID (HR specialists, integrations with write scope). Idempotent.',
    authScopes: { $any: { role: 'HR_SPECIALIST', $all: { role: 'INTEGRATION', scope: 'write' } } },
    errors: payload('profile', ValidationError, ForbiddenError, ConflictError),
    args: { input: t.arg({ type: UpsertProfileInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      try {
        // Two callers creating the same new employee at once: the second becomes an update.
        return await retryUniqueRace(() =>
          ctx.prisma.$transaction(async (tx) => {
            const { profile } = await upsertPersonRecord(tx, ctx, ctx.viewer!.agencyId, input);
            return tx.profile.findUniqueOrThrow({ ...nonEmpty(query), where: { id: profile.id } });
          }),
        );
      } catch (error) {
        if (isUniqueViolation(error))
          throw new ConflictError('Another request wrote the same person at the same time; send it again');
        throw error;
      }
    },
  }),

  addMySkill: t.field({
    type: ProfileSkill,
    authScopes: PERSON,
    errors: payload('profileSkill', ValidationError, NotFoundError, ForbiddenError, ConflictError),
    args: { input: t.arg({ type: AddMySkillInput, required: true }) },
    resolve: (_r, { input: { skill, ...rest } }, ctx) => addMySkill(requestWork(ctx), { ...rest, skillId: skill.id }),
  }),

  updateMySkill: t.field({
    type: ProfileSkill,
    authScopes: PERSON,
    errors: payload('profileSkill', ValidationError, NotFoundError, ForbiddenError),
    args: { input: t.arg({ type: UpdateMySkillInput, required: true }) },
    resolve: (_r, { input: { profileSkill, ...rest } }, ctx) =>
      updateMySkill(requestWork(ctx), { ...rest, profileSkillId: profileSkill.id }),
  }),

  removeMySkill: t.field({
    type: Profile,
    authScopes: PERSON,
    errors: payload('profile', NotFoundError, ForbiddenError),
    args: { input: t.arg({ type: RemoveMySkillInput, required: true }) },
    resolve: (_r, { input }, ctx) => removeMySkill(requestWork(ctx), input.profileSkill.id),
  }),

  addMyEducation: t.field({
    type: Profile,
    description: 'Records formal education. It is kept as evidence of the record and never used for ranking.',
    authScopes: PERSON,
    errors: payload('profile', ValidationError, NotFoundError, ForbiddenError),
    args: { input: t.arg({ type: AddMyEducationInput, required: true }) },
    resolve: (_r, { input }, ctx) => addMyEducation(requestWork(ctx), input),
  }),
}));
