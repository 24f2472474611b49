/**
 * Completing a rotation: ACTIVE → COMPLETED with the host's attestation. Each attested skill goes
 * on the person's profile through the profiles service (the level never goes down) with ROTATION
 * evidence, and the attester's SUPERVISOR_ATTESTATION through the endorsements service.
 */
import type { UnitOfWork, Work } from '../../platform/db/unit-of-work.js';
import { ForbiddenError, InvalidStateError, ValidationError, type FieldProblem } from '../../graphql/errors/classes.js';
import { attestOnce } from '../endorsements/service.js';
import { putSkill } from '../profiles/skills.js';
import type { CompleteRotationCommand } from './input.js';
import { factsOf, personInclude, ROTATION_TX, rotationForChange, type LoadedRotation } from './lifecycle.js';
import {
  attestationProblems,
  attestsCompletion,
  completionDay,
  effectiveRotationStatus,
  evidenceTitle,
  isoDay,
  rotationTransitionRefusal,
  skillGrowth,
} from './rules.js';

/** Attested skills that break the rules or are unknown, as field problems. */
async function attestedProblems(work: Work, attested: CompleteRotationCommand['skills']): Promise<FieldProblem[]> {
  const at = (i: number) => ['input', 'skills', String(i), 'skill'];
  const problems: FieldProblem[] = attestationProblems(attested).map(([i, message]) => ({ path: at(i), message }));
  const rows = await work.tx.skill.findMany({ where: { id: { in: attested.map((s) => s.skillId) } }, select: { id: true } });
  const known = new Set(rows.map((s) => s.id));
  attested.forEach((s, i) => {
    if (!known.has(s.skillId)) problems.push({ path: at(i), message: 'unknown skill' });
  });
  return problems;
}

/** The ROTATION evidence each attested skill gets. */
async function rotationEvidence(work: Work, r: LoadedRotation, endDate: Date) {
  // One after another: a transaction is one connection, which runs one query at a time.
  const host = await work.tx.agency.findUniqueOrThrow({ where: { id: r.hostAgencyId } });
  const opening = r.openingId ? await work.tx.opening.findUnique({ where: { id: r.openingId }, select: { title: true } }) : null;
  const evidence = {
    source: 'ROTATION' as const,
    title: evidenceTitle(host.name, opening?.title ?? null, r.programType),
    issuer: host.name,
    startDate: r.startDate,
    endDate,
    rotationId: r.id,
  };
  return { host, evidence };
}

export function completeRotation(uow: UnitOfWork, id: string, input: CompleteRotationCommand): Promise<LoadedRotation> {
  return uow.run(async (work) => {
    const { tx, now } = work;
    const viewer = work.actor.viewer!;
    const r = await rotationForChange(work, id);
    if (!attestsCompletion(viewer, factsOf(r)))
      throw new ForbiddenError("Only the host agency's managers or the named host supervisor attest a rotation's completion");
    const status = effectiveRotationStatus(r, now);
    const transition = rotationTransitionRefusal(status, 'COMPLETED');
    if (transition) throw new InvalidStateError(transition);
    const ended = completionDay(r, input.endedOn ?? null, now);
    if ('refusal' in ended) {
      throw input.endedOn
        ? new ValidationError([{ path: ['input', 'endedOn'], message: ended.refusal }])
        : new InvalidStateError(ended.refusal);
    }
    const problems = await attestedProblems(work, input.skills);
    if (problems.length) throw new ValidationError(problems);

    const skillIds = input.skills.map((s) => s.skillId);
    const current = await tx.profileSkill.findMany({ where: { profileId: r.profileId, skillId: { in: skillIds } } });
    const growth = skillGrowth(input.skills, new Map(current.map((p) => [p.skillId, p.level])));
    const { host, evidence } = await rotationEvidence(work, r, ended.day);
    for (const g of growth) {
      const description = `${g.gained ? 'Gained' : 'Used'} at level ${g.levelAfter}, attested by the host`;
      const held = current.find((p) => p.skillId === g.skillId) ?? null;
      const ps = await putSkill(
        work,
        { profileId: r.profileId, skillId: g.skillId, level: g.profileLevel, evidence: { ...evidence, description } },
        held,
      );
      await attestOnce(work, ps.id, { level: g.levelAfter, comment: `Attested on completing the rotation at ${host.name}` });
    }
    await tx.rotationSkill.createMany({
      data: growth.map((g) => ({
        rotationId: r.id,
        skillId: g.skillId,
        gained: g.gained,
        levelBefore: g.levelBefore,
        levelAfter: g.levelAfter,
      })),
    });
    const data = {
      status: 'COMPLETED' as const,
      completedAt: now,
      completedBy: viewer.subject,
      endedOn: ended.day,
      completionNote: input.note ?? null,
    };
    const after = await tx.rotation.update({ where: { id: r.id }, data, include: personInclude });
    work.audit({
      action: 'rotation.complete',
      entityType: 'Rotation',
      entityId: r.id,
      before: { status },
      after: {
        ...data,
        endedOn: isoDay(ended.day),
        skills: growth.map(({ skillId, gained, levelBefore, levelAfter }) => ({ skillId, gained, levelBefore, levelAfter })),
      },
    });
    return after;
  }, ROTATION_TX);
}
