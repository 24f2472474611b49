/**
 * Verification of profile skills: colleagues endorse, supervisors attest (an HR specialist or
 * a hiring manager of the person's home agency). Each is recorded with who and when; the
 * profile skill shows its strongest verification (ProfileSkill.verification).
 */
import { EndorsementKind as PrismaEndorsementKind } from '@prisma/client';
import { z } from 'zod';
import { profileSkillVisible } from '../modules/endorsements/policy.js';
import { endorse } from '../modules/endorsements/service.js';
import { requestWork } from '../platform/db/unit-of-work.js';
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

const endorseCommand = (input: typeof EndorseInput.$inferInput) => ({
  profileSkillId: input.profileSkill.id,
  level: input.level,
  comment: input.comment,
});

builder.mutationFields((t) => ({
  endorseSkill: t.prismaField({
    type: 'ProfileSkill',
    authScopes: PERSON,
    description: "Vouches for a colleague's skill (one endorsement per person and skill).",
    errors: payload('profileSkill', ValidationError, NotFoundError, ForbiddenError, ConflictError),
    args: { input: t.arg({ type: EndorseInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const id = await endorse(requestWork(ctx), 'ENDORSEMENT', endorseCommand(input), profileSkillVisible(ctx));
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
      const id = await endorse(requestWork(ctx), 'SUPERVISOR_ATTESTATION', endorseCommand(input), profileSkillVisible(ctx));
      return ctx.prisma.profileSkill.findUniqueOrThrow({ ...nonEmpty(query), where: { id } });
    },
  }),
}));
