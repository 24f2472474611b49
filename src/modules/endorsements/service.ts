/**
 * The one writer of endorsements: colleagues endorse, supervisors attest (endorseSkill,
 * attestSkill), and the host attests on completing a rotation (attestOnce). Audited as
 * skill.endorse / skill.attest through the unit of work.
 */
import type { EndorsementKind } from '@prisma/client';
import type { UnitOfWork, Work } from '../../platform/db/unit-of-work.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../graphql/errors/classes.js';

const ACTION: Record<EndorsementKind, string> = { ENDORSEMENT: 'skill.endorse', SUPERVISOR_ATTESTATION: 'skill.attest' };

/** Writes the actor's endorsement of `kind` on a profile skill; audited. */
async function write(
  work: Work,
  profileSkillId: string,
  kind: EndorsementKind,
  fields: { level: number | null; comment: string | null },
) {
  const viewer = work.actor.viewer!;
  const endorser = await work.tx.profile.findUnique({ where: { subject: viewer.subject }, select: { id: true } });
  const row = await work.tx.endorsement.create({
    data: {
      profileSkillId,
      kind,
      endorserSubject: viewer.subject,
      endorserRole: viewer.roles.join(','),
      endorserAgencyId: viewer.agencyId,
      endorserProfileId: endorser?.id ?? null,
      ...fields,
    },
  });
  work.audit({ action: ACTION[kind], entityType: 'Endorsement', entityId: row.id, after: row });
  return row;
}

const existing = (work: Work, profileSkillId: string, kind: EndorsementKind) =>
  work.tx.endorsement.findUnique({
    where: { profileSkillId_endorserSubject_kind: { profileSkillId, endorserSubject: work.actor.viewer!.subject, kind } },
  });

/** The actor's SUPERVISOR_ATTESTATION of a profile skill, unless they already gave one. */
export async function attestOnce(work: Work, profileSkillId: string, fields: { level: number; comment: string }): Promise<void> {
  if (!(await existing(work, profileSkillId, 'SUPERVISOR_ATTESTATION')))
    await write(work, profileSkillId, 'SUPERVISOR_ATTESTATION', fields);
}

export interface EndorseCommand {
  profileSkillId: string;
  level?: number | null;
  comment?: string | null;
}

/**
 * Endorses or attests a profile skill; returns the profile skill's ID. `mayView` is asked before
 * the transaction (it reads through the request's loaders): skills of profiles the actor may not
 * see read as not found. Nobody endorses their own skills; attestation is for HR specialists and
 * hiring managers of the person's home agency; once per person and kind.
 */
export async function endorse(
  uow: UnitOfWork,
  kind: EndorsementKind,
  input: EndorseCommand,
  mayView: (profileSkillId: string) => Promise<boolean>,
): Promise<string> {
  if (!(await mayView(input.profileSkillId))) throw new NotFoundError('ProfileSkill', input.profileSkillId);
  return uow.run(async (work) => {
    const viewer = work.actor.viewer!;
    const ps = await work.tx.profileSkill.findUnique({
      where: { id: input.profileSkillId },
      include: { profile: { select: { subject: true, agencyId: true } } },
    });
    if (!ps) throw new NotFoundError('ProfileSkill', input.profileSkillId);
    if (ps.profile.subject === viewer.subject) throw new ForbiddenError('You cannot endorse or attest your own skills');
    if (kind === 'SUPERVISOR_ATTESTATION') {
      const supervisor =
        ps.profile.agencyId === viewer.agencyId && viewer.roles.some((r) => r === 'HR_SPECIALIST' || r === 'HIRING_MANAGER');
      if (!supervisor)
        throw new ForbiddenError("Attestation is for HR specialists and hiring managers of the person's home agency");
    }
    if (await existing(work, ps.id, kind))
      throw new ConflictError(kind === 'ENDORSEMENT' ? 'You already endorsed this skill' : 'You already attested this skill');
    await write(work, ps.id, kind, { level: input.level ?? null, comment: input.comment ?? null });
    return ps.id;
  });
}
