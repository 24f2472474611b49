/**
 * Loading a rotation for a change: the person locked first (one person's changes run one at a
 * time, lock order opening, application, profile), then the row; a start date that has come is
 * written down as ACTIVE, by the system, before the change is judged.
 */
import type { Rotation as RotationRow } from '@prisma/client';
import type { Tx, Work } from '../../platform/db/unit-of-work.js';
import { NotFoundError } from '../../graphql/errors/classes.js';
import { lockPerson } from '../applications/selection.js';
import { canSeeRotation, effectiveRotationStatus, type RotationFacts } from './rules.js';

export type LoadedRotation = RotationRow & { profile: { subject: string | null; givenName: string; familyName: string } };
export const personInclude = { profile: { select: { subject: true, givenName: true, familyName: true } } } as const;

/** The facts the rules judge a rotation by. */
export const factsOf = (r: LoadedRotation): RotationFacts => ({
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

/** Changes for one person queue behind the lock on their profile; let them wait instead of failing. */
export const ROTATION_TX = { maxWait: 30_000, timeout: 30_000 };

/**
 * Writes down an APPROVED rotation whose start date has come as ACTIVE (audited as done by the
 * system). Guarded on the stored status, so two writers record it once.
 */
export async function settleStart(work: Work, r: LoadedRotation): Promise<LoadedRotation> {
  if (effectiveRotationStatus(r, work.now) !== 'ACTIVE' || r.status !== 'APPROVED') return r;
  const { tx } = work;
  const { count } = await tx.rotation.updateMany({ where: { id: r.id, status: 'APPROVED' }, data: { status: 'ACTIVE' } });
  if (count > 0) {
    work.audit(
      {
        action: 'rotation.start',
        entityType: 'Rotation',
        entityId: r.id,
        before: { status: 'APPROVED' },
        after: { status: 'ACTIVE', reason: 'start date reached' },
      },
      { viewer: null },
    );
  }
  return tx.rotation.findUniqueOrThrow({ where: { id: r.id }, include: personInclude });
}

/** Locks the rotation's person and reads it; null when there is no such rotation. */
export async function lockedRotation(tx: Tx, id: string): Promise<LoadedRotation | null> {
  const head = await tx.rotation.findUnique({ where: { id }, select: { profileId: true } });
  if (!head) return null;
  await lockPerson(tx, head.profileId);
  return tx.rotation.findUniqueOrThrow({ where: { id }, include: personInclude });
}

/**
 * A rotation for a change by the actor: invisible rotations read as not found. With `settle`, a
 * start date that has come is written down first.
 */
export async function rotationForChange(work: Work, id: string, { settle = true } = {}): Promise<LoadedRotation> {
  const r = await lockedRotation(work.tx, id);
  if (!r || !canSeeRotation(work.actor.viewer, factsOf(r))) throw new NotFoundError('Rotation', id);
  return settle ? settleStart(work, r) : r;
}
