/**
 * Opening commands: (unit of work, actor, input) → the opening as it now is. Each runs in one
 * transaction; audit entries and events go through the unit of work. The `…In` functions run
 * inside a caller's unit of work (the bulk sync shares them).
 */
import type { Opening as OpeningRow, Prisma } from '@prisma/client';
import type { Principal } from '../../platform/auth/principal.js';
import { isUniqueViolation } from '../../platform/db/retry.js';
import { normalizeForSearch } from './search-text.js';
import type { UnitOfWork, Work } from '../../platform/db/unit-of-work.js';
import { ConflictError, InvalidStateError } from '../../graphql/errors/classes.js';
import { transitionApplications } from '../applications/transitions.js';
import { agencyIds, checkConsistency, checkSkills, skillsFromOccupation, skillSnapshot } from './checks.js';
import { NOT_NULL_FIELDS, type CreateOpeningCommand, type OpeningEdit } from './input.js';
import { fillOpening, liveApplicantSubjects, moveOpening, openingForChange, transitionOpening } from './lifecycle.js';
import { assertMayPost } from './policy.js';
import { EDITABLE, commitmentFromHours, effectiveStatus } from './rules.js';

/** Creates a DRAFT opening in the actor's agency: consistency, skills and agencies checked; audited. */
export async function createOpeningIn(work: Work, actor: Principal, input: CreateOpeningCommand): Promise<OpeningRow> {
  const { tx } = work;
  const { skills: skillArgs, restrictedTo, fromOccupation, ...fields } = input;
  checkConsistency({
    startDate: fields.startDate!,
    applicationDeadline: fields.applicationDeadline!,
    gradeMin: fields.gradeMin ?? null,
    gradeMax: fields.gradeMax ?? null,
  });
  let skills = skillArgs ? await checkSkills(tx, skillArgs) : [];
  let occupationId: string | null = null;
  if (fromOccupation) {
    const fromOcc = await skillsFromOccupation(tx, fromOccupation);
    occupationId = fromOcc.occupation.id;
    if (!skillArgs) skills = fromOcc.skills.map(({ reason: _reason, ...s }) => s);
  }
  const restricted = restrictedTo?.length ? await agencyIds(tx, restrictedTo, ['input', 'restrictedTo']) : [];
  const data = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined)) as typeof fields;
  if (
    data.externalId &&
    (await tx.opening.findUnique({
      where: { hostAgencyId_externalId: { hostAgencyId: actor.agencyId, externalId: data.externalId } },
      select: { id: true },
    }))
  ) {
    throw new ConflictError(
      `Your agency already has an opening with externalId "${data.externalId}"; edit it, or sync by externalId with upsertOpenings`,
    );
  }
  const created = await tx.opening.create({
    data: {
      ...data,
      commitmentPercent: fields.commitmentPercent ?? commitmentFromHours(fields.hoursPerWeek!),
      hostAgencyId: actor.agencyId,
      createdBySubject: actor.subject,
      occupationId,
      searchText: normalizeForSearch(`${fields.title} ${fields.description}`),
      skills: { create: skills },
      restrictedTo: { create: restricted.map((agencyId) => ({ agencyId })) },
    } as Prisma.OpeningUncheckedCreateInput,
  });
  work.audit({
    action: 'opening.create',
    entityType: 'Opening',
    entityId: created.id,
    after: { ...created, skills: skillSnapshot(skills), restrictedTo: restricted },
  });
  return created;
}

/**
 * Edits an opening loaded for a change: only DRAFT, OPEN and CLOSED ones. Omitted fields stay;
 * null leaves not-null ones as they are; `skills` and `restrictedTo` replace the whole list when
 * given. Slots lowered to those already selected fill it. Audited with the skills and
 * restriction before and after when they changed.
 */
export async function editOpeningIn(work: Work, before: OpeningRow, edit: OpeningEdit): Promise<OpeningRow> {
  const { tx } = work;
  const status = effectiveStatus(before, work.now);
  if (!EDITABLE.has(status)) throw new InvalidStateError(`An opening that is ${status} cannot be edited`);
  const { skills: skillArgs, restrictedTo, ...rest } = edit;
  const fields = Object.fromEntries(
    Object.entries(rest).filter(([k, v]) => v !== undefined && !(v === null && NOT_NULL_FIELDS.has(k as never))),
  ) as Partial<typeof rest>;
  const merged = { ...before, ...fields } as OpeningRow;
  checkConsistency(merged);
  const selected = await tx.application.count({ where: { openingId: before.id, status: 'SELECTED' } });
  if (fields.slots != null && fields.slots < selected)
    throw new InvalidStateError(`${selected} people are already selected; slots cannot go below that`);
  const data = { ...fields } as Prisma.OpeningUncheckedUpdateInput;
  if (fields.hoursPerWeek != null) data.commitmentPercent = commitmentFromHours(fields.hoursPerWeek);
  else if (fields.commitmentPercent != null) data.hoursPerWeek = null;
  if (fields.title != null || fields.description != null)
    data.searchText = normalizeForSearch(`${merged.title} ${merged.description}`);

  const beforeSkills = skillSnapshot(await tx.openingSkill.findMany({ where: { openingId: before.id } }));
  let afterSkills = beforeSkills;
  if (skillArgs) {
    afterSkills = skillSnapshot(await checkSkills(tx, skillArgs));
    await tx.openingSkill.deleteMany({ where: { openingId: before.id } });
    await tx.openingSkill.createMany({ data: afterSkills.map((s) => ({ ...s, openingId: before.id })) });
  }
  const beforeRestricted = (await tx.openingAgency.findMany({ where: { openingId: before.id } })).map((r) => r.agencyId).sort();
  let afterRestricted = beforeRestricted;
  if (restrictedTo) {
    afterRestricted = (await agencyIds(tx, restrictedTo, ['input', 'restrictedTo'])).sort();
    await tx.openingAgency.deleteMany({ where: { openingId: before.id } });
    await tx.openingAgency.createMany({ data: afterRestricted.map((agencyId) => ({ openingId: before.id, agencyId })) });
    work.touch('openingRestrictions', before.id);
  }
  let after = await tx.opening.update({ where: { id: before.id }, data });
  const skillsChanged = JSON.stringify(beforeSkills) !== JSON.stringify(afterSkills);
  const restrictionChanged = JSON.stringify(beforeRestricted) !== JSON.stringify(afterRestricted);
  work.audit({
    action: skillsChanged && status === 'OPEN' ? 'opening.update.open-skills' : 'opening.update',
    entityType: 'Opening',
    entityId: before.id,
    before: {
      ...before,
      ...(skillsChanged ? { skills: beforeSkills } : {}),
      ...(restrictionChanged ? { restrictedTo: beforeRestricted } : {}),
    },
    after: {
      ...after,
      ...(skillsChanged ? { skills: afterSkills } : {}),
      ...(restrictionChanged ? { restrictedTo: afterRestricted } : {}),
    },
  });
  // Slots lowered to the number already selected: the opening is full.
  if (fields.slots != null && selected > 0 && fields.slots === selected && status !== 'DRAFT')
    after = await fillOpening(work, after);
  return after;
}

export function createOpening(uow: UnitOfWork, actor: Principal, input: CreateOpeningCommand): Promise<OpeningRow> {
  assertMayPost(actor);
  return uow
    .run((work) => createOpeningIn(work, actor, input))
    .catch((error: unknown) => {
      // Two creations with the same new externalId at once: the loser gets the same conflict.
      if (isUniqueViolation(error))
        throw new ConflictError(`Your agency already has an opening with externalId "${input.externalId}"`);
      throw error;
    });
}

export function updateOpening(uow: UnitOfWork, actor: Principal, id: string, edit: OpeningEdit): Promise<OpeningRow> {
  return uow.run(async (work) => editOpeningIn(work, (await openingForChange(work, actor, id)).opening, edit));
}

/** openOpening, closeOpening, archiveOpening. */
export function moveOpeningTo(uow: UnitOfWork, actor: Principal, id: string, to: 'OPEN' | 'CLOSED' | 'ARCHIVED') {
  return uow.run(async (work) => moveOpening(work, (await openingForChange(work, actor, id)).opening, to));
}

/** Cancels an opening nobody has been selected for; its live applications are declined with the reason. */
export function cancelOpening(uow: UnitOfWork, actor: Principal, id: string, reason: string): Promise<OpeningRow> {
  return uow.run(async (work) => {
    const { tx, now } = work;
    const { opening: o } = await openingForChange(work, actor, id);
    const selected = await tx.application.count({ where: { openingId: o.id, status: 'SELECTED' } });
    if (selected > 0)
      throw new InvalidStateError(
        `${selected} ${selected === 1 ? 'person is' : 'people are'} selected: cancel their rotations first`,
      );
    const subjects = await liveApplicantSubjects(tx, o.id);
    const after = await transitionOpening(work, o, 'CANCELLED', { cancelReason: reason, closedAt: o.closedAt ?? now });
    const live = await tx.application.findMany({ where: { openingId: o.id, live: true }, select: { id: true, status: true } });
    await transitionApplications(work, live, 'DECLINED', {
      live: null,
      decisionReason: `Opening cancelled: ${reason}`,
      decidedBySubject: actor.subject,
      decidedAt: now,
    });
    work.emit({
      kind: 'OPENING_CANCELLED',
      occurredAt: now,
      openingId: o.id,
      hostAgencyId: o.hostAgencyId,
      applicantSubjects: subjects,
    });
    return after;
  });
}
