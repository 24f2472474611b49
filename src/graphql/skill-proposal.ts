/**
 * MilGears import: skills proposed from a military occupation code or a civilian occupation,
 * which the person accepts (with their own levels), edits or drops. Rules in
 * src/modules/skills/milgears.ts; this file reads the crosswalk and ratings and records the result.
 */
import {
  EvidenceSource as PrismaEvidenceSource,
  MilitaryBranch as PrismaMilitaryBranch,
  OccupationScheme as PrismaOccupationScheme,
  type Prisma,
  type PrismaClient,
} from '@prisma/client';
import { z } from 'zod';
import { putSkill } from '../modules/profiles/skills.js';
import { requestWork } from '../platform/db/unit-of-work.js';
import { OCCUPATION_RATING_SELECT, proposeFromRatings, type Proposal } from '../modules/skills/milgears.js';
import { builder } from './builder.js';
import { PERSON, nonEmpty } from './common.js';
import { payload } from './errors.js';
import { ForbiddenError, NotFoundError, ValidationError } from './errors/classes.js';
import { ProficiencyLevel } from './profile.js';
import { Skill } from './skill.js';

const MilitaryBranch = builder.enumType(PrismaMilitaryBranch, { name: 'MilitaryBranch' });
export const OccupationScheme = builder.enumType(PrismaOccupationScheme, { name: 'OccupationScheme' });

const SkillProposalSource = builder.inputType('SkillProposalSource', {
  description: 'Exactly one of: a military occupation code, or a civilian occupation.',
  fields: (t) => ({
    militaryCode: t.string({
      description: 'MOS, rating or AFSC, e.g. "25B" or "IT".',
      validate: z.string().trim().min(1).max(20),
    }),
    branch: t.field({ type: MilitaryBranch, description: 'Narrows a military code to one branch.' }),
    occupationScheme: t.field({ type: OccupationScheme }),
    occupationCode: t.string({
      description: 'e.g. O*NET-SOC "15-1244.00" or an ESCO occupation URI.',
      validate: z.string().trim().min(1).max(300),
    }),
  }),
  validate: z
    .object({
      militaryCode: z.string().nullish(),
      occupationScheme: z.string().nullish(),
      occupationCode: z.string().nullish(),
      branch: z.string().nullish(),
    })
    .refine((s) => Boolean(s.militaryCode) !== Boolean(s.occupationScheme && s.occupationCode), {
      message: 'give either militaryCode, or occupationScheme with occupationCode',
    })
    .refine((s) => !s.branch || s.militaryCode, { message: 'branch goes with militaryCode', path: ['branch'] }),
});

type SourceArg = {
  militaryCode?: string | null;
  branch?: PrismaMilitaryBranch | null;
  occupationScheme?: PrismaOccupationScheme | null;
  occupationCode?: string | null;
};

interface Resolved {
  description: string;
  evidence: { source: PrismaEvidenceSource; title: string };
  occupations: { scheme: PrismaOccupationScheme; code: string; title: string }[];
  proposals: Proposal[];
}

async function resolveSource(prisma: Prisma.TransactionClient | PrismaClient, source: SourceArg): Promise<Resolved> {
  let occupationIds: string[];
  let description: string;
  let evidence: Resolved['evidence'];
  if (source.militaryCode) {
    const mocs = await prisma.militaryOccupation.findMany({
      where: { code: { equals: source.militaryCode, mode: 'insensitive' }, ...(source.branch ? { branch: source.branch } : {}) },
      include: { occupations: { select: { occupationId: true } } },
      orderBy: [{ branch: 'asc' }],
    });
    if (mocs.length === 0) throw new NotFoundError('MilitaryOccupation', `${source.branch ?? ''} ${source.militaryCode}`.trim());
    occupationIds = [...new Set(mocs.flatMap((m) => m.occupations.map((o) => o.occupationId)))];
    const m = mocs[0]!;
    description = `${m.branch === 'UNSPECIFIED' ? '' : `${m.branch.replace('_', ' ')} `}${m.code}: ${m.title}`;
    evidence = { source: 'MILITARY', title: `Military service: ${description}` };
  } else {
    const occ = await prisma.occupation.findUnique({
      where: { scheme_code: { scheme: source.occupationScheme!, code: source.occupationCode! } },
    });
    if (!occ) throw new NotFoundError('Occupation', `${source.occupationScheme} ${source.occupationCode}`);
    occupationIds = [occ.id];
    description = `${occ.title} (${occ.scheme === 'ESCO' ? 'ESCO' : `O*NET-SOC ${occ.code}`})`;
    evidence = { source: 'EXPERIENCE', title: `Worked as ${occ.title}` };
  }
  const ratings = await prisma.occupationSkill.findMany({
    where: { occupationId: { in: occupationIds } },
    select: OCCUPATION_RATING_SELECT,
  });
  const occupations = await prisma.occupation.findMany({
    where: { id: { in: occupationIds } },
    select: { scheme: true, code: true, title: true },
    orderBy: { code: 'asc' },
  });
  const proposals = proposeFromRatings(ratings.map((r) => ({ ...r, skillKind: r.skill.kind })));
  return { description, evidence, occupations, proposals };
}

export const OccupationSummary = builder
  .objectRef<{ scheme: PrismaOccupationScheme; code: string; title: string }>('OccupationSummary')
  .implement({
    fields: (t) => ({
      scheme: t.field({ type: OccupationScheme, resolve: (o) => o.scheme }),
      code: t.exposeString('code'),
      title: t.exposeString('title'),
    }),
  });

const SkillProposal = builder.objectRef<Proposal & { currentLevel: number | null }>('SkillProposal').implement({
  description: 'A proposed profile skill. Accept it as is, with another level, or drop it.',
  fields: (t) => ({
    skill: t.prismaField({
      type: 'Skill',
      resolve: (query, p, _a, ctx) => ctx.prisma.skill.findUniqueOrThrow({ ...nonEmpty(query), where: { id: p.skillId } }),
    }),
    level: t.exposeInt('level', { description: 'Proposed proficiency 1–5 (see the README for the O*NET mapping).' }),
    proficiency: t.field({ type: ProficiencyLevel, resolve: (p) => p.level }),
    reason: t.exposeString('reason'),
    currentLevel: t.exposeInt('currentLevel', {
      nullable: true,
      description: 'Your level today, when the skill is already on your profile.',
    }),
  }),
});

const SkillProposals = builder.objectRef<Resolved & { currentLevels: Map<string, number> }>('SkillProposals').implement({
  fields: (t) => ({
    description: t.exposeString('description', { description: 'What the proposals come from.' }),
    occupations: t.field({ type: [OccupationSummary], resolve: (r) => r.occupations, description: 'Civilian occupations used.' }),
    proposals: t.field({
      type: [SkillProposal],
      resolve: (r) => r.proposals.map((p) => ({ ...p, currentLevel: r.currentLevels.get(p.skillId) ?? null })),
    }),
  }),
});

async function currentLevels(prisma: PrismaClient, subject: string) {
  const rows = await prisma.profileSkill.findMany({ where: { profile: { subject } }, select: { skillId: true, level: true } });
  return new Map(rows.map((r) => [r.skillId, r.level]));
}

builder.queryField('skillProposals', (t) =>
  t.field({
    type: SkillProposals,
    description: 'Skills proposed from a military occupation code (MilGears-style) or a civilian occupation.',
    args: { source: t.arg({ type: SkillProposalSource, required: true }) },
    resolve: async (_r, { source }, ctx) => ({
      ...(await resolveSource(ctx.prisma, source)),
      currentLevels: await currentLevels(ctx.prisma, ctx.viewer!.subject),
    }),
  }),
);

const AcceptedSkill = builder.inputType('AcceptedSkillInput', {
  fields: (t) => ({
    skill: t.globalID({ for: Skill, required: true }),
    level: t.int({ required: true, validate: z.number().int().min(1, 'level must be 1–5').max(5, 'level must be 1–5') }),
  }),
});

builder.mutationField('acceptSkillProposals', (t) =>
  t.prismaField({
    type: 'Profile',
    authScopes: PERSON,
    description:
      'Adds the proposals you keep, at the levels you choose, with evidence naming the source. A skill already on your profile gets the new level and the evidence added.',
    errors: payload('profile', ValidationError, NotFoundError, ForbiddenError),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('AcceptSkillProposalsInput', {
          fields: (f) => ({
            source: f.field({ type: SkillProposalSource, required: true }),
            skills: f.field({ type: [AcceptedSkill], required: true, validate: z.array(z.any()).min(1).max(100) }),
          }),
        }),
      }),
    },
    resolve: (query, _r, { input }, ctx) =>
      requestWork(ctx).run(async (work) => {
        const { tx } = work;
        const me = await tx.profile.findUnique({ where: { subject: ctx.viewer!.subject } });
        if (!me) throw new NotFoundError('Profile', 'linked to your token');
        const resolved = await resolveSource(tx, input.source);
        const proposed = new Set(resolved.proposals.map((p) => p.skillId));
        const problems = input.skills
          .map((s, i) =>
            proposed.has(s.skill.id)
              ? null
              : { path: ['input', 'skills', String(i), 'skill'], message: 'not proposed for this source' },
          )
          .filter((p) => p !== null);
        const ids = input.skills.map((s) => s.skill.id);
        ids.forEach((id, i) => {
          if (ids.indexOf(id) !== i) problems.push({ path: ['input', 'skills', String(i), 'skill'], message: 'listed twice' });
        });
        if (problems.length) throw new ValidationError(problems);

        for (const s of input.skills)
          await putSkill(work, { profileId: me.id, skillId: s.skill.id, level: s.level, evidence: resolved.evidence });
        return tx.profile.findUniqueOrThrow({ ...nonEmpty(query), where: { id: me.id } });
      }),
  }),
);
