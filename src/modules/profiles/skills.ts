/**
 * The one writer of profile skills: the person's own edits, accepted skill proposals, rotation
 * completion and the HR sync all add, change and remove them here, with the same audit entries
 * (profile.skill.add / .update / .remove). Runs inside the caller's unit of work.
 */
import type { EvidenceSource, ProfileSkill } from '@prisma/client';
import type { Work } from '../../platform/db/unit-of-work.js';

/** One evidence record as stored. */
export interface EvidenceData {
  source: EvidenceSource;
  title: string;
  description?: string | null;
  issuer?: string | null;
  credentialId?: string | null;
  url?: string | null;
  startDate?: Date | null;
  endDate?: Date | null;
  rotationId?: string | null;
}

/** Evidence as given by a client: absent optional fields stored as null. */
export const evidenceData = (e: EvidenceData): EvidenceData => ({
  source: e.source,
  title: e.title,
  description: e.description ?? null,
  issuer: e.issuer ?? null,
  credentialId: e.credentialId ?? null,
  url: e.url ?? null,
  startDate: e.startDate ?? null,
  endDate: e.endDate ?? null,
});

export interface SkillWrite {
  profileId: string;
  skillId: string;
  level: number;
  evidence: EvidenceData[];
}

/** Adds a skill the profile does not hold yet. `recorded` is what the audit entry keeps of it. */
export async function addSkill(work: Work, s: SkillWrite, recorded: object): Promise<ProfileSkill> {
  const row = await work.tx.profileSkill.create({
    data: { profileId: s.profileId, skillId: s.skillId, level: s.level, evidence: { create: s.evidence } },
  });
  work.audit({ action: 'profile.skill.add', entityType: 'ProfileSkill', entityId: row.id, after: recorded });
  return row;
}

/** Sets a held skill's level and adds evidence; audited with the level before. */
export async function changeSkill(
  work: Work,
  held: { id: string; level: number },
  level: number,
  evidence: EvidenceData[],
  recorded: object,
): Promise<ProfileSkill> {
  const row = await work.tx.profileSkill.update({
    where: { id: held.id },
    data: { level, ...(evidence.length ? { evidence: { create: evidence } } : {}) },
  });
  work.audit({
    action: 'profile.skill.update',
    entityType: 'ProfileSkill',
    entityId: held.id,
    before: { level: held.level },
    after: recorded,
  });
  return row;
}

/**
 * Puts a skill on the profile at `level` with one more evidence record: added when new, its level
 * set when held. Audited with the level, skill and evidence.
 */
export async function putSkill(
  work: Work,
  s: { profileId: string; skillId: string; level: number; evidence: EvidenceData },
  held?: { id: string; level: number } | null,
): Promise<ProfileSkill> {
  const existing =
    held === undefined
      ? await work.tx.profileSkill.findUnique({ where: { profileId_skillId: { profileId: s.profileId, skillId: s.skillId } } })
      : held;
  const recorded = { level: s.level, skillId: s.skillId, evidence: s.evidence };
  return existing
    ? changeSkill(work, existing, s.level, [s.evidence], recorded)
    : addSkill(work, { ...s, evidence: [s.evidence] }, recorded);
}

/** Removes a held skill (its evidence and endorsements go with it); audited with the row. */
export async function removeSkill(work: Work, held: { id: string }): Promise<void> {
  await work.tx.profileSkill.delete({ where: { id: held.id } });
  work.audit({ action: 'profile.skill.remove', entityType: 'ProfileSkill', entityId: held.id, before: held });
}
