/**
 * Profile commands for the person themself: (unit of work, input) → the row as it now is. Their
 * skills are written only through ./skills.ts; audit entries go through the unit of work.
 */
import type { Prisma, Profile as ProfileRow, ProfileSkill } from '@prisma/client';
import type { UnitOfWork, Work } from '../../platform/db/unit-of-work.js';
import { ConflictError, NotFoundError } from '../../graphql/errors/classes.js';
import { addSkill, changeSkill, evidenceData, removeSkill, type EvidenceData } from './skills.js';

/** The actor's own profile, or NotFoundError. */
export async function myProfile(work: Work): Promise<ProfileRow> {
  const p = await work.tx.profile.findUnique({ where: { subject: work.actor.viewer!.subject } });
  if (!p) throw new NotFoundError('Profile', 'linked to your token (create it with createMyProfile, or ask your HR office)');
  return p;
}

/** One of the actor's own skills; someone else's reads as not found (no hint that it exists). */
async function ownSkill(work: Work, profileSkillId: string) {
  const me = await myProfile(work);
  const ps = await work.tx.profileSkill.findUnique({ where: { id: profileSkillId }, include: { skill: true } });
  if (!ps || ps.profileId !== me.id) throw new NotFoundError('ProfileSkill', profileSkillId);
  return { me, ps };
}

/** Drops keys the client left out; keeps explicit nulls (they clear a field). */
function given<T extends Record<string, unknown>>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export type MyProfileFields = {
  givenName: string;
  familyName: string;
  email?: string | null;
  headline?: string | null;
  jobTitle?: string | null;
};

export function createMyProfile(uow: UnitOfWork, input: MyProfileFields): Promise<ProfileRow> {
  return uow.run(async (work) => {
    const viewer = work.actor.viewer!;
    if (await work.tx.profile.findUnique({ where: { subject: viewer.subject } }))
      throw new ConflictError('You already have a profile');
    const created = await work.tx.profile.create({
      data: {
        ...given(input),
        givenName: input.givenName,
        familyName: input.familyName,
        agencyId: viewer.agencyId,
        subject: viewer.subject,
      },
    });
    work.audit({ action: 'profile.create', entityType: 'Profile', entityId: created.id, after: created });
    return created;
  });
}

/** Omitted fields stay; null clears an optional one and leaves a required one as it is. */
export function updateMyProfile(uow: UnitOfWork, input: Record<string, unknown>): Promise<ProfileRow> {
  return uow.run(async (work) => {
    const before = await myProfile(work);
    const data = given(input);
    for (const k of ['givenName', 'familyName', 'remotePreference', 'discoverable', 'availablePercent']) {
      if (data[k] === null) delete data[k];
    }
    const after = await work.tx.profile.update({ where: { id: before.id }, data: data as Prisma.ProfileUpdateInput });
    work.audit({ action: 'profile.update', entityType: 'Profile', entityId: before.id, before, after });
    return after;
  });
}

export function addMySkill(
  uow: UnitOfWork,
  input: { skillId: string; level: number; evidence: EvidenceData[] },
): Promise<ProfileSkill> {
  return uow.run(async (work) => {
    const me = await myProfile(work);
    const skill = await work.tx.skill.findUnique({ where: { id: input.skillId } });
    if (!skill) throw new NotFoundError('Skill', input.skillId);
    if (await work.tx.profileSkill.findUnique({ where: { profileId_skillId: { profileId: me.id, skillId: skill.id } } }))
      throw new ConflictError(`"${skill.name}" is already on your profile; update its level instead`);
    const write = { profileId: me.id, skillId: skill.id, level: input.level, evidence: input.evidence.map(evidenceData) };
    return addSkill(work, write, { profileId: me.id, skillId: skill.id, level: input.level, evidence: input.evidence });
  });
}

export function updateMySkill(
  uow: UnitOfWork,
  input: { profileSkillId: string; level: number; evidence?: EvidenceData[] | null },
): Promise<ProfileSkill> {
  return uow.run(async (work) => {
    const { ps } = await ownSkill(work, input.profileSkillId);
    const added = input.evidence ?? [];
    return changeSkill(work, ps, input.level, added.map(evidenceData), { level: input.level, addedEvidence: added });
  });
}

/** Removes one of the actor's skills; returns their profile. */
export function removeMySkill(uow: UnitOfWork, profileSkillId: string): Promise<ProfileRow> {
  return uow.run(async (work) => {
    const { me, ps } = await ownSkill(work, profileSkillId);
    await removeSkill(work, ps);
    return me;
  });
}

export function addMyEducation(
  uow: UnitOfWork,
  input: { level: Prisma.EducationUncheckedCreateInput['level'] } & Record<string, unknown>,
): Promise<ProfileRow> {
  return uow.run(async (work) => {
    const me = await myProfile(work);
    const row = await work.tx.education.create({
      data: { ...given(input), level: input.level, profileId: me.id } as Prisma.EducationUncheckedCreateInput,
    });
    work.audit({ action: 'profile.education.add', entityType: 'Education', entityId: row.id, after: row });
    return me;
  });
}
