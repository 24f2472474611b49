/**
 * Verification of profile skills: colleagues endorse, supervisors attest (an HR specialist or
 * a hiring manager of the person's home agency). Each is recorded with who and when; the
 * profile skill shows its strongest verification (ProfileSkill.verification).
 */
import { EndorsementKind as PrismaEndorsementKind } from '@prisma/client';
import { z } from 'zod';
import { audit } from '../domain/audit.js';
import type { Context } from '../context.js';
import { builder } from './builder.js';
import { HIRING_OR_HR, PERSON, nonEmpty } from './common.js';
import { payload } from './errors.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from './errors/classes.js';
import { ProfileSkill } from './profile.js';

const EndorsementKind = builder.enumType(PrismaEndorsementKind, { name: 'EndorsementKind' });

builder.prismaObject('Endorsement', {
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: EndorsementKind }),
    endorserSubject: t.exposeString('endorserSubject', { description: 'Token subject of the endorser.' }),
    endorserRole: t.exposeString('endorserRole'),
    endorser: t.relation('endorserProfile', {
      nullable: true,
      description: 'The endorser’s profile, when they have one you may see.',
    }),
    level: t.exposeInt('level', { nullable: true, description: 'Level vouched for, when given.' }),
    comment: t.exposeString('comment', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectField(ProfileSkill, 'endorsements', (t) =>
  t.relation('endorsements', {
    description: 'Endorsements and attestations, newest first.',
    query: { orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] },
  }),
);

const EndorseInput = builder.inputType('EndorseSkillInput', {
  fields: (t) => ({
    profileSkill: t.globalID({ for: ProfileSkill, required: true }),
    level: t.int({
      description: 'The level you vouch for (1–5), optional.',
      validate: z.number().int().min(1, 'level must be 1–5').max(5, 'level must be 1–5'),
    }),
    comment: t.string({ validate: z.string().trim().min(1).max(1000) }),
  }),
});

async function record(
  ctx: Context,
  kind: PrismaEndorsementKind,
  input: { profileSkill: { id: string }; level?: number | null; comment?: string | null },
) {
  // Visibility first, outside the transaction: loaders read on their own connection, which the
  // embedded PGlite (one connection) cannot serve while a transaction holds it.
  const target = await ctx.prisma.profileSkill.findUnique({ where: { id: input.profileSkill.id }, select: { profileId: true } });
  // Skills of profiles the caller may not see read as not found.
  if (!target || (await ctx.loaders.profileAccess.load(target.profileId)).visibility === 'NONE') {
    throw new NotFoundError('ProfileSkill', input.profileSkill.id);
  }
  return ctx.prisma.$transaction(async (tx) => {
    const viewer = ctx.viewer!;
    const ps = await tx.profileSkill.findUnique({
      where: { id: input.profileSkill.id },
      include: { profile: { select: { subject: true, agencyId: true } } },
    });
    if (!ps) throw new NotFoundError('ProfileSkill', input.profileSkill.id);
    if (ps.profile.subject === viewer.subject) throw new ForbiddenError('You cannot endorse or attest your own skills');
    if (kind === 'SUPERVISOR_ATTESTATION') {
      const supervisor =
        ps.profile.agencyId === viewer.agencyId && viewer.roles.some((r) => r === 'HR_SPECIALIST' || r === 'HIRING_MANAGER');
      if (!supervisor)
        throw new ForbiddenError("Attestation is for HR specialists and hiring managers of the person's home agency");
    }
    const existing = await tx.endorsement.findUnique({
      where: { profileSkillId_endorserSubject_kind: { profileSkillId: ps.id, endorserSubject: viewer.subject, kind } },
    });
    if (existing)
      throw new ConflictError(kind === 'ENDORSEMENT' ? 'You already endorsed this skill' : 'You already attested this skill');
    const endorser = await tx.profile.findUnique({ where: { subject: viewer.subject }, select: { id: true } });
    const row = await tx.endorsement.create({
      data: {
        profileSkillId: ps.id,
        kind,
        endorserSubject: viewer.subject,
        endorserRole: viewer.roles.join(','),
        endorserAgencyId: viewer.agencyId,
        endorserProfileId: endorser?.id ?? null,
        level: input.level ?? null,
        comment: input.comment ?? null,
      },
    });
    await audit(tx, ctx, {
      action: kind === 'ENDORSEMENT' ? 'skill.endorse' : 'skill.attest',
      entityType: 'Endorsement',
      entityId: row.id,
      after: row,
    });
    return ps.id;
  });
}

builder.mutationFields((t) => ({
  endorseSkill: t.prismaField({
    type: 'ProfileSkill',
    authScopes: PERSON,
    description: "Vouches for a colleague's skill (one endorsement per person and skill).",
    errors: payload('profileSkill', ValidationError, NotFoundError, ForbiddenError, ConflictError),
    args: { input: t.arg({ type: EndorseInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const id = await record(ctx, 'ENDORSEMENT', input);
      return ctx.prisma.profileSkill.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });
    },
  }),
  attestSkill: t.prismaField({
    type: 'ProfileSkill',
    authScopes: HIRING_OR_HR,
    description: "Supervisor attestation of a skill: HR specialists and hiring managers of the person's home agency.",
    errors: payload('profileSkill', ValidationError, NotFoundError, ForbiddenError, ConflictError),
    args: { input: t.arg({ type: EndorseInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const id = await record(ctx, 'SUPERVISOR_ATTESTATION', input);
      return ctx.prisma.profileSkill.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });
    },
  }),
}));
