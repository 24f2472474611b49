/**
 * Selection's locks and the person's commitment ceiling. Every transaction that creates a
 * rotation or changes its dates, commitment or status locks the person first, so one person's
 * changes run one at a time (lock order: opening, application, profile).
 */
import type { Tx } from '../../platform/db/unit-of-work.js';
import { COMMITTING, commitmentRefusal, type Commitment } from '../rotations/rules.js';
import { InvalidStateError } from '../../graphql/errors/classes.js';

/**
 * Locks the person's Profile row until the transaction ends. FOR NO KEY UPDATE: it excludes
 * other such transactions (and profile updates) but not inserts of rows that merely reference it.
 */
export async function lockPerson(tx: Tx, profileId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Profile" WHERE id = ${profileId}::uuid FOR NO KEY UPDATE`;
}

/**
 * Locks the person and refuses with an InvalidStateError when `wanted` on top of their other
 * PROPOSED, APPROVED and ACTIVE rotations would pass 100% on any day.
 */
export async function reserveCommitment(
  tx: Tx,
  profileId: string,
  wanted: Commitment,
  options: { excludeRotationId?: string } = {},
): Promise<void> {
  await lockPerson(tx, profileId);
  const others = await tx.rotation.findMany({
    where: {
      profileId,
      status: { in: [...COMMITTING] },
      startDate: { lte: wanted.endDate },
      endDate: { gte: wanted.startDate },
      ...(options.excludeRotationId ? { id: { not: options.excludeRotationId } } : {}),
    },
    select: { startDate: true, endDate: true, commitmentPercent: true },
  });
  const refusal = commitmentRefusal(others, wanted);
  if (refusal) throw new InvalidStateError(refusal);
}
