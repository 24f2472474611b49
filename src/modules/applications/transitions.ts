/**
 * The transition function of applications: every status change goes through here, checked
 * against APPLICATION_TRANSITIONS and audited as `application.<status>`.
 */
import type { Application as ApplicationRow, Prisma } from '@prisma/client';
import type { Work } from '../../platform/db/unit-of-work.js';
import { InvalidStateError } from '../../graphql/errors/classes.js';
import { applicationTransitionRefusal, type ApplicationStatus } from './rules.js';

type Data = Omit<Prisma.ApplicationUncheckedUpdateInput, 'status'>;

export async function transitionApplication(
  work: Work,
  a: Pick<ApplicationRow, 'id' | 'status'>,
  to: ApplicationStatus,
  data: Data = {},
): Promise<ApplicationRow> {
  const refusal = applicationTransitionRefusal(a.status, to);
  if (refusal) throw new InvalidStateError(refusal);
  const after = await work.tx.application.update({ where: { id: a.id }, data: { ...data, status: to } });
  work.audit({
    action: `application.${to.toLowerCase()}`,
    entityType: 'Application',
    entityId: a.id,
    before: { status: a.status },
    after: { status: to, ...data },
  });
  return after;
}

/** Several applications at once (an opening's live ones when it is cancelled): one statement, one entry each. */
export async function transitionApplications(
  work: Work,
  rows: readonly Pick<ApplicationRow, 'id' | 'status'>[],
  to: ApplicationStatus,
  data: Data = {},
): Promise<void> {
  for (const a of rows) {
    const refusal = applicationTransitionRefusal(a.status, to);
    if (refusal) throw new InvalidStateError(refusal);
  }
  if (!rows.length) return;
  await work.tx.application.updateMany({ where: { id: { in: rows.map((a) => a.id) } }, data: { ...data, status: to } });
  for (const a of rows) {
    work.audit({
      action: `application.${to.toLowerCase()}`,
      entityType: 'Application',
      entityId: a.id,
      before: { status: a.status },
      after: { status: to, ...data },
    });
  }
}
