/**
 * Rotation commands: (unit of work, input) → the rotation as it now is. Each runs in one
 * transaction that first locks the person, so the 100% commitment ceiling holds under concurrent
 * requests; status changes follow the transition table (rules.ts); audit entries go through the
 * unit of work. Completion is in ./complete.ts.
 */
import type { PrismaClient, Prisma, Rotation as RotationRow } from '@prisma/client';
import { unitOfWork, type UnitOfWork, type Work } from '../../platform/db/unit-of-work.js';
import { ForbiddenError, InvalidStateError, NotFoundError, ValidationError } from '../../graphql/errors/classes.js';
import { lockPerson, reserveCommitment } from '../applications/selection.js';
import { given, type CreateRotationCommand, type UpdateRotationCommand } from './input.js';
import {
  factsOf,
  lockedRotation,
  personInclude,
  type LoadedRotation,
  ROTATION_TX,
  rotationForChange,
  settleStart,
} from './lifecycle.js';
import { assertActsForEither, refuse } from './policy.js';
import {
  EDITABLE_DETAILS,
  EDITABLE_TERMS,
  actsForHost,
  addDays,
  approvalRefusal,
  cancelRefusal,
  dayOf,
  effectiveRotationStatus,
  extensionRefusal,
  isoDay,
  rotationProblems,
  rotationTransitionRefusal,
  type RotationSide,
} from './rules.js';

const problemsOf = (pairs: [string, string][]) => pairs.map(([field, message]) => ({ path: ['input', field], message }));

async function agencyByName(work: Work, name: string) {
  const a = await work.tx.agency.findFirst({ where: { OR: [{ code: name }, { abbreviation: name }] } });
  if (!a) throw new ValidationError([{ path: ['input', 'hostAgency'], message: `unknown agency "${name}"` }]);
  return a;
}

/** Records a rotation arranged outside the marketplace (home-agency HR); PROPOSED. */
export function createRotation(uow: UnitOfWork, input: CreateRotationCommand): Promise<LoadedRotation> {
  return uow.run(async (work) => {
    const { tx } = work;
    const viewer = work.actor.viewer!;
    await lockPerson(tx, input.personId);
    const person = await tx.profile.findUnique({
      where: { id: input.personId },
      select: { id: true, agencyId: true, subject: true },
    });
    if (!person || person.agencyId !== viewer.agencyId) throw new NotFoundError('Profile', input.personId);
    if (person.subject !== null && person.subject === viewer.subject)
      throw new ForbiddenError('You cannot arrange your own rotation');
    const host = await agencyByName(work, input.hostAgency);
    const terms = {
      programType: input.programType,
      homeAgencyId: person.agencyId,
      hostAgencyId: host.id,
      startDate: input.startDate,
      endDate: input.endDate,
      commitmentPercent: input.commitmentPercent,
    };
    const problems = rotationProblems(terms);
    if (problems.length) throw new ValidationError(problemsOf(problems));
    await reserveCommitment(tx, person.id, terms);
    const { personId: _p, hostAgency: _h, ...fields } = input;
    const created = await tx.rotation.create({
      data: {
        ...(given(fields) as object),
        ...terms,
        reimbursable: input.reimbursable ?? false,
        profileId: person.id,
      } as Prisma.RotationUncheckedCreateInput,
    });
    work.audit({ action: 'rotation.create', entityType: 'Rotation', entityId: created.id, after: created });
    return tx.rotation.findUniqueOrThrow({ where: { id: created.id }, include: personInclude });
  }, ROTATION_TX);
}

/** Edits details (PROPOSED, APPROVED, ACTIVE) and terms (PROPOSED: approvals withdrawn). */
export function updateRotation(uow: UnitOfWork, id: string, input: UpdateRotationCommand): Promise<LoadedRotation> {
  return uow.run(async (work) => {
    const r = await rotationForChange(work, id);
    assertActsForEither(work.actor.viewer, factsOf(r), 'edit');
    const status = effectiveRotationStatus(r, work.now);
    if (!EDITABLE_DETAILS.has(status)) throw new InvalidStateError(`A rotation that is ${status} cannot be edited`);
    const { startDate, endDate, commitmentPercent, reimbursable, ...details } = input;
    const data: Prisma.RotationUncheckedUpdateInput = { ...given(details) };
    if (reimbursable != null) data.reimbursable = reimbursable;
    const terms = {
      startDate: startDate ?? r.startDate,
      endDate: endDate ?? r.endDate,
      commitmentPercent: commitmentPercent ?? r.commitmentPercent,
    };
    const termsChanged =
      terms.startDate.getTime() !== r.startDate.getTime() ||
      terms.endDate.getTime() !== r.endDate.getTime() ||
      terms.commitmentPercent !== r.commitmentPercent;
    if (termsChanged) {
      if (!EDITABLE_TERMS.has(status)) {
        throw new InvalidStateError(
          `The dates and commitment of a rotation that is ${status} are agreed: ${status === 'ACTIVE' ? 'extend it with extendRotation' : 'cancel it and arrange a new one'}`,
        );
      }
      const problems = rotationProblems({ ...r, ...terms });
      if (problems.length) throw new ValidationError(problemsOf(problems));
      await reserveCommitment(work.tx, r.profileId, terms, { excludeRotationId: r.id });
      Object.assign(data, terms, { homeApprovedBy: null, homeApprovedAt: null, hostApprovedBy: null, hostApprovedAt: null });
    }
    const changed = Object.keys(data) as (keyof RotationRow)[];
    const after = await work.tx.rotation.update({ where: { id: r.id }, data, include: personInclude });
    work.audit({
      action: 'rotation.update',
      entityType: 'Rotation',
      entityId: r.id,
      before: Object.fromEntries(changed.map((k) => [k, r[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
    });
    return after;
  }, ROTATION_TX);
}

/** One side's approval; with both (two people) PROPOSED → APPROVED, and ACTIVE if it has started. */
export function approveRotation(uow: UnitOfWork, id: string, side: RotationSide): Promise<LoadedRotation> {
  return uow.run(async (work) => {
    const r = await rotationForChange(work, id);
    refuse(approvalRefusal(work.actor.viewer, factsOf(r), side, work.now));
    const subject = work.actor.viewer!.subject;
    const mine =
      side === 'HOME'
        ? { homeApprovedBy: subject, homeApprovedAt: work.now }
        : { hostApprovedBy: subject, hostApprovedAt: work.now };
    const both = (side === 'HOME' ? r.hostApprovedBy : r.homeApprovedBy) !== null;
    const after = await work.tx.rotation.update({
      where: { id: r.id },
      data: { ...mine, ...(both ? { status: 'APPROVED' } : {}) },
      include: personInclude,
    });
    work.audit({
      action: `rotation.approve.${side.toLowerCase()}`,
      entityType: 'Rotation',
      entityId: r.id,
      before: { status: r.status },
      after: { status: after.status, ...mine },
    });
    return settleStart(work, after);
  }, ROTATION_TX);
}

/** APPROVED → ACTIVE, by the host agency's managers, on or after the start date. */
export function startRotation(uow: UnitOfWork, id: string): Promise<LoadedRotation> {
  return uow.run(async (work) => {
    const r = await rotationForChange(work, id, { settle: false });
    if (!actsForHost(work.actor.viewer, factsOf(r)))
      throw new ForbiddenError("Only the host agency's hiring managers and HR specialists start a rotation");
    if (r.status !== 'APPROVED') {
      throw new InvalidStateError(
        r.status === 'PROPOSED'
          ? 'Both agencies must approve the rotation before it starts'
          : (rotationTransitionRefusal(r.status, 'ACTIVE') ?? `The rotation is already ${r.status}`),
      );
    }
    if (r.startDate.getTime() > dayOf(work.now).getTime())
      throw new InvalidStateError(`The rotation starts on ${isoDay(r.startDate)}`);
    const after = await work.tx.rotation.update({ where: { id: r.id }, data: { status: 'ACTIVE' }, include: personInclude });
    work.audit({
      action: 'rotation.start',
      entityType: 'Rotation',
      entityId: r.id,
      before: { status: 'APPROVED' },
      after: { status: 'ACTIVE' },
    });
    return after;
  }, ROTATION_TX);
}

/** Moves the end of an ACTIVE rotation later; the ceiling is checked over the added days. */
export function extendRotation(uow: UnitOfWork, id: string, endDate: Date, reason: string | null): Promise<LoadedRotation> {
  return uow.run(async (work) => {
    const r = await rotationForChange(work, id);
    assertActsForEither(work.actor.viewer, factsOf(r), 'extend');
    const status = effectiveRotationStatus(r, work.now);
    if (status !== 'ACTIVE') throw new InvalidStateError(`Only an ACTIVE rotation is extended; this one is ${status}`);
    const refusal = extensionRefusal(r, endDate);
    if (refusal) throw new ValidationError([{ path: ['input', 'endDate'], message: refusal }]);
    // Only the added days are new commitment.
    await reserveCommitment(
      work.tx,
      r.profileId,
      { startDate: addDays(r.endDate, 1), endDate, commitmentPercent: r.commitmentPercent },
      { excludeRotationId: r.id },
    );
    const after = await work.tx.rotation.update({ where: { id: r.id }, data: { endDate }, include: personInclude });
    work.audit({
      action: 'rotation.extend',
      entityType: 'Rotation',
      entityId: r.id,
      before: { endDate: isoDay(r.endDate) },
      after: { endDate: isoDay(endDate), reason },
    });
    return after;
  }, ROTATION_TX);
}

/** Cancels before COMPLETED, with a reason; an ACTIVE rotation ends today (or its end date, if past). */
export function cancelRotation(uow: UnitOfWork, id: string, reason: string): Promise<LoadedRotation> {
  return uow.run(async (work) => {
    const r = await rotationForChange(work, id);
    refuse(cancelRefusal(work.actor.viewer, factsOf(r), work.now));
    const status = effectiveRotationStatus(r, work.now);
    const today = dayOf(work.now);
    const endedOn = status === 'ACTIVE' ? (r.endDate < today ? r.endDate : today) : null;
    const data = {
      status: 'CANCELLED' as const,
      cancelReason: reason,
      cancelledBy: work.actor.viewer!.subject,
      cancelledAt: work.now,
      endedOn,
    };
    const after = await work.tx.rotation.update({ where: { id: r.id }, data, include: personInclude });
    work.audit({
      action: 'rotation.cancel',
      entityType: 'Rotation',
      entityId: r.id,
      before: { status },
      after: { ...data, endedOn: endedOn && isoDay(endedOn) },
    });
    return after;
  }, ROTATION_TX);
}

/**
 * The start-date sweeper: writes down every APPROVED rotation whose start date has come as
 * ACTIVE (reads already show them ACTIVE), one transaction each, as the system. Returns how many
 * it wrote. Run on the server's deadline timer.
 */
export async function startDueRotations(prisma: PrismaClient, now = new Date()): Promise<number> {
  const due = await prisma.rotation.findMany({
    where: { status: 'APPROVED', startDate: { lte: dayOf(now) } },
    select: { id: true },
    take: 500,
  });
  const system = unitOfWork({ prisma, publish: () => {} }, { viewer: null });
  let started = 0;
  for (const { id } of due) {
    started += await system.run(async (work) => {
      const r = await lockedRotation(work.tx, id);
      if (!r) return 0;
      const after = await settleStart({ ...work, now }, r);
      return after.status === 'ACTIVE' && r.status === 'APPROVED' ? 1 : 0;
    });
  }
  return started;
}
