/**
 * Application deadlines close openings. Reads already treat an OPEN opening past its deadline
 * as CLOSED (effectiveStatus); this writes it down, audits it and tells subscribers. It runs
 * on a timer in the server and inside any mutation that touches an opening, so a change never
 * starts from a stale OPEN.
 */
import type { Opening, Prisma, PrismaClient } from '@prisma/client';
import { audit } from '../db/audit.js';
import type { MarketplaceEvent } from '../pubsub/events.js';
import type { EventBus } from '../pubsub/bus.js';

type Tx = Prisma.TransactionClient;

/** Closes one opening if its deadline has passed; returns the row as it now is and the event to publish. */
export async function settleDeadline(
  tx: Tx,
  opening: Opening,
  now: Date,
): Promise<{ opening: Opening; event: MarketplaceEvent | null }> {
  if (opening.status !== 'OPEN' || opening.applicationDeadline > now) return { opening, event: null };
  // Guarded on status, so two instances closing the same opening write it once.
  const { count } = await tx.opening.updateMany({
    where: { id: opening.id, status: 'OPEN' },
    data: { status: 'CLOSED', closedAt: opening.applicationDeadline },
  });
  const after = await tx.opening.findUniqueOrThrow({ where: { id: opening.id } });
  if (count === 0) return { opening: after, event: null };
  await audit(
    tx,
    { viewer: null },
    {
      action: 'opening.close',
      entityType: 'Opening',
      entityId: opening.id,
      before: { status: 'OPEN' },
      after: { status: 'CLOSED', reason: 'application deadline passed' },
    },
  );
  const live = await tx.application.findMany({
    where: { openingId: opening.id, live: true },
    select: { profile: { select: { subject: true } } },
  });
  return {
    opening: after,
    event: {
      kind: 'OPENING_CLOSED',
      occurredAt: now,
      openingId: opening.id,
      hostAgencyId: opening.hostAgencyId,
      applicantSubjects: live.flatMap((a) => (a.profile.subject ? [a.profile.subject] : [])),
    },
  };
}

/** Closes every opening whose deadline has passed; returns how many it closed. */
export async function closeExpiredOpenings(prisma: PrismaClient, events: EventBus, now = new Date()): Promise<number> {
  const due = await prisma.opening.findMany({ where: { status: 'OPEN', applicationDeadline: { lte: now } }, take: 500 });
  let closed = 0;
  for (const o of due) {
    const { event } = await prisma.$transaction((tx) => settleDeadline(tx, o, now));
    if (event) {
      closed += 1;
      events.publish(event);
    }
  }
  return closed;
}
