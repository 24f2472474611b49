/** Who may endorse what: only skills on profiles the actor may see (the rest read as not found). */
import type { PrismaClient } from '@prisma/client';
import type { Access } from '../profiles/rules.js';

/**
 * Whether the request's viewer may see the profile a profile skill is on. Reads through the
 * request's loaders, so call it before a transaction, never inside one.
 */
export const profileSkillVisible =
  (ctx: { prisma: PrismaClient; loaders: { profileAccess: { load(id: string): Promise<Access> } } }) =>
  async (profileSkillId: string): Promise<boolean> => {
    const target = await ctx.prisma.profileSkill.findUnique({ where: { id: profileSkillId }, select: { profileId: true } });
    return !!target && (await ctx.loaders.profileAccess.load(target.profileId)).visibility !== 'NONE';
  };
