/**
 * An opening's lifecycle inside a unit of work: loading one for a change (locked, deadline
 * settled) and the one transition function every status change goes through, FILLED included.
 */
import type { Opening as OpeningRow, Prisma } from '@prisma/client';
import type { Principal } from '../../platform/auth/principal.js';
import { settleDeadline } from '../../platform/jobs/deadlines.js';
import { agencyChains } from '../../app/loaders.js';
import type { Tx, Work } from '../../platform/db/unit-of-work.js';
import { InvalidStateError, NotFoundError } from '../../graphql/errors/classes.js';
import { assertMayChange } from './policy.js';
import { canSeeOpening, editsOpenings, effectiveStatus, transitionRefusal, type OpeningStatus } from './rules.js';

export async function liveApplicantSubjects(tx: Tx, openingId: string): Promise<string[]> {
  const rows = await tx.application.findMany({
    where: { openingId, live: true },
    select: { profile: { select: { subject: true } } },
  });
  return rows.flatMap((r) => (r.profile.subject ? [r.profile.subject] : []));
}

/**
 * Loads an opening for a change, row-locked for the rest of the transaction, with its deadline
 * settled, and the agencies it is restricted to. Invisible openings read as not found; visible
 * ones the actor may not change (by `rule`) are refused.
 */
export async function openingForChange(work: Work, actor: Principal, id: string, rule = editsOpenings) {
  const { tx } = work;
  await tx.$queryRaw`SELECT 1 FROM "Opening" WHERE id = ${id}::uuid FOR UPDATE`;
  const found = await tx.opening.findUnique({ where: { id }, include: { restrictedTo: { select: { agencyId: true } } } });
  const [chain] = await agencyChains(tx, [actor.agencyId]);
  if (!found) throw new NotFoundError('Opening', id);
  const { restrictedTo: links, ...row } = found;
  const restrictedTo = links.map((r) => r.agencyId);
  if (!canSeeOpening(actor, { ...row, restrictedTo }, chain!)) throw new NotFoundError('Opening', id);
  assertMayChange(actor, row.hostAgencyId, rule);
  const settled = await settleDeadline(tx, row, work.now);
  if (settled.event) work.emit(settled.event);
  return { opening: settled.opening, restrictedTo };
}

/** The transition function: moves an opening to `to` along OPENING_TRANSITIONS; audited as `opening.<to>`. */
export async function transitionOpening(
  work: Work,
  o: OpeningRow,
  to: OpeningStatus,
  data: Omit<Prisma.OpeningUncheckedUpdateInput, 'status'> = {},
): Promise<OpeningRow> {
  const from = effectiveStatus(o, work.now);
  const refusal = transitionRefusal(from, to);
  if (refusal) throw new InvalidStateError(refusal);
  const after = await work.tx.opening.update({ where: { id: o.id }, data: { ...data, status: to } });
  work.audit({
    action: `opening.${to.toLowerCase()}`,
    entityType: 'Opening',
    entityId: o.id,
    before: { status: from },
    after: { status: to, ...data },
  });
  return after;
}

/** Every slot is taken: FILLED (by selection, or slots lowered to those selected), and the applicants hear of it. */
export async function fillOpening(work: Work, o: OpeningRow): Promise<OpeningRow> {
  const after = await transitionOpening(work, o, 'FILLED', { closedAt: o.closedAt ?? work.now });
  work.emit({
    kind: 'OPENING_FILLED',
    occurredAt: work.now,
    openingId: o.id,
    hostAgencyId: o.hostAgencyId,
    applicantSubjects: await liveApplicantSubjects(work.tx, o.id),
  });
  return after;
}

/**
 * Moves an opening along its lifecycle with each step's own rules: OPEN needs a future deadline
 * and a skill (and sets the publication times), CLOSED tells the applicants, ARCHIVED just files it.
 */
export async function moveOpening(work: Work, o: OpeningRow, to: 'OPEN' | 'CLOSED' | 'ARCHIVED'): Promise<OpeningRow> {
  const { tx, now } = work;
  if (to === 'OPEN') {
    if (o.applicationDeadline <= now)
      throw new InvalidStateError('The application deadline has passed: move it first (updateOpening)');
    if ((await tx.openingSkill.count({ where: { openingId: o.id } })) === 0)
      throw new InvalidStateError('Add at least one skill before opening');
    return transitionOpening(work, o, 'OPEN', { publishedAt: o.publishedAt ?? now, listedAt: now, closedAt: null });
  }
  if (to === 'CLOSED') {
    const after = await transitionOpening(work, o, 'CLOSED', { closedAt: now });
    work.emit({
      kind: 'OPENING_CLOSED',
      occurredAt: now,
      openingId: o.id,
      hostAgencyId: o.hostAgencyId,
      applicantSubjects: await liveApplicantSubjects(tx, o.id),
    });
    return after;
  }
  return transitionOpening(work, o, 'ARCHIVED');
}
