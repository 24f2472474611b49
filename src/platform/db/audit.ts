/**
 * The append-only audit log: who did what, when, with the state before and after.
 * Written in the same transaction as the change it records, so neither exists without the other.
 * (The table refuses UPDATE and DELETE through a trigger in the migrations.)
 */
import type { Prisma } from '@prisma/client';
import type { Principal } from '../auth/principal.js';

type Tx = Pick<Prisma.TransactionClient, 'auditEvent'>;

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export async function audit(tx: Tx, actor: { viewer: Principal | null; requestId?: string }, entry: AuditEntry) {
  const v = actor.viewer;
  await tx.auditEvent.create({
    data: {
      actorSubject: v?.subject ?? 'system',
      actorRole: v?.roles.join(',') ?? 'SYSTEM',
      actorAgencyId: v?.agencyId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
      requestId: actor.requestId ?? null,
    },
  });
}

// Dates become ISO strings and BigInts strings, so any row snapshot fits a JSON column.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))) as Prisma.InputJsonValue;
}
