/**
 * Application commands: (unit of work, actor, input) → the application as it now is. Lock order
 * is opening, then application, then person, so concurrent commands never deadlock; selection
 * counts slots under the opening's lock, so it never exceeds them.
 */
import { Prisma, type Application as ApplicationRow } from '@prisma/client';
import type { Principal } from '../../platform/auth/principal.js';
import type { EventKind, MarketplaceEvent } from '../../platform/pubsub/events.js';
import { agencyChains } from '../../app/loaders.js';
import type { Tx, UnitOfWork, Work } from '../../platform/db/unit-of-work.js';
import {
  ConflictError,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  ValidationError,
} from '../../graphql/errors/classes.js';
import { fillOpening, openingForChange } from '../openings/lifecycle.js';
import { SELECTING, applyRefusal, editsOpenings, effectiveStatus, endDateOf, type OpeningStatus } from '../openings/rules.js';
import { canSeeApplication, decidesApproval, selectionRefusal } from './rules.js';
import { reserveCommitment } from './selection.js';
import { transitionApplication } from './transitions.js';

/** Declining stays possible once the opening is FILLED: the remaining applicants get an answer. */
const DECLINING: ReadonlySet<OpeningStatus> = new Set([...SELECTING, 'FILLED']);
/** Many selections on one opening queue behind its row lock; let them wait instead of failing. */
const QUEUED = { maxWait: 30_000, timeout: 30_000 };

async function loadApplication(tx: Tx, actor: Principal, id: string) {
  const a = await tx.application.findUnique({
    where: { id },
    include: { opening: true, profile: { select: { id: true, subject: true, agencyId: true, supervisorSubject: true } } },
  });
  if (!a || !canSeeApplication(actor, { hostAgencyId: a.opening.hostAgencyId, applicant: a.profile }))
    throw new NotFoundError('Application', id);
  return a;
}
type Loaded = Awaited<ReturnType<typeof loadApplication>>;

/** An application for a change, row-locked; invisible ones read as not found. */
async function applicationForChange(tx: Tx, actor: Principal, id: string): Promise<Loaded> {
  await tx.$queryRaw`SELECT 1 FROM "Application" WHERE id = ${id}::uuid FOR UPDATE`;
  return loadApplication(tx, actor, id);
}

function applicationEvent(kind: EventKind, a: Loaded, now: Date): MarketplaceEvent {
  const { subject, agencyId, supervisorSubject } = a.profile;
  return {
    kind,
    occurredAt: now,
    openingId: a.openingId,
    hostAgencyId: a.opening.hostAgencyId,
    applicationId: a.id,
    applicant: { subject, agencyId, supervisorSubject },
  };
}

/** The host side decides; the opening must still be selecting (OPEN or CLOSED, or `allowed`). */
async function hostDecision(work: Work, actor: Principal, id: string, allowed: ReadonlySet<OpeningStatus> = SELECTING) {
  const seen = await loadApplication(work.tx, actor, id);
  if (!editsOpenings(actor, seen.opening.hostAgencyId))
    throw new ForbiddenError("Only the host agency's hiring managers and HR specialists decide on applications");
  if (seen.profile.subject !== null && seen.profile.subject === actor.subject)
    throw new ForbiddenError('You cannot decide on your own application');
  const { opening } = await openingForChange(work, actor, seen.openingId);
  const a = await applicationForChange(work.tx, actor, id);
  const status = effectiveStatus(opening, work.now);
  if (!allowed.has(status)) throw new InvalidStateError(`The opening is ${status}; decisions on applicants are over`);
  return { a, opening };
}

export interface ApplyCommand {
  openingId: string;
  statement?: string | null;
  highlightedSkillIds?: string[] | null;
}

export function applyToOpening(uow: UnitOfWork, actor: Principal, input: ApplyCommand): Promise<ApplicationRow> {
  return uow.run(async (work) => {
    const { tx, now } = work;
    const me = await tx.profile.findUnique({ where: { subject: actor.subject } });
    if (!me) throw new NotFoundError('Profile', 'linked to your token (create it with createMyProfile)');
    // Locked: applying races with closing and cancelling. Anyone who sees it may try to apply.
    const { opening: row, restrictedTo } = await openingForChange(work, actor, input.openingId, () => true);
    const [myChain] = await agencyChains(tx, [me.agencyId]);
    const refusal = applyRefusal({ ...row, restrictedTo }, { agencyId: me.agencyId, agencyChain: myChain! }, now);
    if (refusal) throw refusal.kind === 'state' ? new InvalidStateError(refusal.message) : new ForbiddenError(refusal.message);
    if (await tx.application.findFirst({ where: { openingId: row.id, profileId: me.id, live: true } }))
      throw new ConflictError('You already applied to this opening; withdraw first to apply again');
    const listed = input.highlightedSkillIds ?? [];
    const skillIds = [...new Set(listed)];
    const held = await tx.profileSkill.findMany({
      where: { profileId: me.id, skillId: { in: skillIds } },
      select: { skillId: true },
    });
    const onProfile = new Set(held.map((s) => s.skillId));
    const problems = listed.flatMap((id, i) =>
      onProfile.has(id) ? [] : [{ path: ['input', 'highlightedSkills', String(i)], message: 'not a skill on your profile' }],
    );
    if (problems.length) throw new ValidationError(problems);
    const created = await tx.application
      .create({
        data: {
          openingId: row.id,
          profileId: me.id,
          statement: input.statement ?? null,
          supervisorApproval: row.requiresSupervisorApproval ? 'PENDING' : 'NOT_REQUIRED',
          highlightedSkills: { create: skillIds.map((skillId) => ({ skillId })) },
        },
      })
      .catch((error: unknown) => {
        // A concurrent second application by the same person hits the unique index.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
          throw new ConflictError('You already applied to this opening');
        throw error;
      });
    work.audit({
      action: 'application.submit',
      entityType: 'Application',
      entityId: created.id,
      after: { ...created, highlightedSkills: skillIds },
    });
    work.emit({
      kind: 'APPLIED',
      occurredAt: now,
      openingId: row.id,
      hostAgencyId: row.hostAgencyId,
      applicationId: created.id,
      applicant: { subject: me.subject, agencyId: me.agencyId, supervisorSubject: me.supervisorSubject },
    });
    return created;
  });
}

export function withdrawApplication(uow: UnitOfWork, actor: Principal, id: string, reason: string | null) {
  return uow.run(async (work) => {
    const a = await applicationForChange(work.tx, actor, id);
    if (a.profile.subject !== actor.subject) throw new ForbiddenError('Only the applicant withdraws an application');
    const after = await transitionApplication(work, a, 'WITHDRAWN', {
      live: null,
      withdrawnAt: work.now,
      decisionReason: reason,
    });
    work.emit(applicationEvent('WITHDRAWN', a, work.now));
    return after;
  });
}

export function decideApproval(uow: UnitOfWork, actor: Principal, id: string, approve: boolean, reason: string | null) {
  return uow.run(async (work) => {
    const a = await applicationForChange(work.tx, actor, id);
    if (!decidesApproval(actor, a.profile))
      throw new ForbiddenError("Only the applicant's home supervisor or home-agency HR decides approval");
    if (a.supervisorApproval !== 'PENDING') {
      throw new InvalidStateError(
        a.supervisorApproval === 'NOT_REQUIRED'
          ? 'This opening needs no supervisor approval'
          : `Already ${a.supervisorApproval.toLowerCase()}`,
      );
    }
    if (a.status !== 'SUBMITTED' && a.status !== 'SHORTLISTED') throw new InvalidStateError(`The application is ${a.status}`);
    const approval = approve ? 'APPROVED' : 'DENIED';
    const data = {
      supervisorApproval: approval,
      supervisorSubject: actor.subject,
      supervisorReason: reason,
      supervisorDecidedAt: work.now,
    } as const;
    const after = await work.tx.application.update({ where: { id: a.id }, data });
    work.audit({
      action: `application.supervisor.${approval.toLowerCase()}`,
      entityType: 'Application',
      entityId: a.id,
      before: { supervisorApproval: 'PENDING' },
      after: data,
    });
    work.emit(applicationEvent(approve ? 'SUPERVISOR_APPROVED' : 'SUPERVISOR_DENIED', a, work.now));
    return after;
  });
}

export function shortlistApplication(uow: UnitOfWork, actor: Principal, id: string) {
  return uow.run(async (work) => {
    const { a } = await hostDecision(work, actor, id);
    const after = await transitionApplication(work, a, 'SHORTLISTED');
    work.emit(applicationEvent('SHORTLISTED', a, work.now));
    return after;
  });
}

export function declineApplication(uow: UnitOfWork, actor: Principal, id: string, reason: string) {
  return uow.run(async (work) => {
    const { a } = await hostDecision(work, actor, id, DECLINING);
    const data = { live: null, decisionReason: reason, decidedBySubject: actor.subject, decidedAt: work.now };
    const after = await transitionApplication(work, a, 'DECLINED', data);
    work.emit(applicationEvent('DECLINED', a, work.now));
    return after;
  });
}

/**
 * Selects an applicant: the PROPOSED rotation, and FILLED when the last slot is taken. `view`
 * reads the result inside the transaction (the payload shows the slots as this selection left them).
 */
export function selectApplication<R = ApplicationRow>(
  uow: UnitOfWork,
  actor: Principal,
  id: string,
  view: (tx: Tx, id: string) => Promise<R> = (tx, i) =>
    tx.application.findUniqueOrThrow({ where: { id: i } }) as unknown as Promise<R>,
) {
  return uow.run(async (work) => {
    const { tx, now } = work;
    // hostDecision holds the opening's row lock until commit: selections on one opening run one at a time.
    const { a, opening } = await hostDecision(work, actor, id);
    const selectedCount = await tx.application.count({ where: { openingId: opening.id, status: 'SELECTED' } });
    const openingStatus = effectiveStatus(opening, now);
    const refusal = selectionRefusal({ ...a, openingStatus, slots: opening.slots, selectedCount });
    if (refusal) throw new InvalidStateError(refusal);
    const terms = {
      startDate: opening.startDate,
      endDate: endDateOf(opening.startDate, opening.durationWeeks),
      commitmentPercent: opening.commitmentPercent,
    };
    await reserveCommitment(tx, a.profile.id, terms);
    const after = await transitionApplication(work, a, 'SELECTED', { decidedBySubject: actor.subject, decidedAt: now });
    const rotation = await tx.rotation.create({
      data: {
        ...terms,
        profileId: a.profile.id,
        homeAgencyId: a.profile.agencyId,
        hostAgencyId: opening.hostAgencyId,
        openingId: opening.id,
        applicationId: a.id,
        programType: opening.programType,
      },
    });
    work.audit({ action: 'rotation.propose', entityType: 'Rotation', entityId: rotation.id, after: rotation });
    work.emit(applicationEvent('SELECTED', a, now));
    if (selectedCount + 1 === opening.slots) await fillOpening(work, opening);
    return view(tx, after.id);
  }, QUEUED);
}
