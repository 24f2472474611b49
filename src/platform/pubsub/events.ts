/**
 * Marketplace events (applied, approved, selected, closed, …) and who may receive each one.
 * An event carries only IDs and the facts needed to decide its audience; subscribers read the
 * objects through the schema, where the usual visibility rules apply again.
 */
import type { Principal } from '../auth/principal.js';
import { managesOpenings } from '../../modules/openings/rules.js';
import type { ApplicantOfRecord } from '../../modules/applications/rules.js';

export const EVENT_KINDS = [
  'APPLIED',
  'WITHDRAWN',
  'SUPERVISOR_APPROVED',
  'SUPERVISOR_DENIED',
  'SHORTLISTED',
  'SELECTED',
  'DECLINED',
  'OPENING_CLOSED',
  'OPENING_FILLED',
  'OPENING_CANCELLED',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface MarketplaceEvent {
  kind: EventKind;
  occurredAt: Date;
  openingId: string;
  hostAgencyId: string;
  /** Application events: the application and its applicant. */
  applicationId?: string;
  applicant?: ApplicantOfRecord;
  /** Opening events: subjects of people with a live application, who hear about it too. */
  applicantSubjects?: readonly string[];
}

/** An event as delivered: with the id it was recorded under (src/platform/pubsub). */
export interface RecordedEvent extends MarketplaceEvent {
  id: bigint;
}

export class EventCursorError extends Error {}

const EVENT_CURSOR = /^e1:(0|[1-9][0-9]{0,18})$/;
const MAX_BIGINT = 2n ** 63n - 1n;

/** Opaque to clients (versioned, like the change feed's cursors): the event's id. */
export function encodeEventCursor(id: bigint): string {
  return Buffer.from(`e1:${id}`, 'utf8').toString('base64url');
}

export function decodeEventCursor(cursor: string): bigint {
  const invalid = () => new EventCursorError(`Invalid event cursor "${cursor.slice(0, 80)}"`);
  // base64url decoding ignores characters outside its alphabet; insist on the canonical form.
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(cursor)) throw invalid();
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = EVENT_CURSOR.exec(text);
  if (!m || Buffer.from(text, 'utf8').toString('base64url') !== cursor) throw invalid();
  const id = BigInt(m[1]!);
  if (id > MAX_BIGINT) throw invalid();
  return id;
}

/**
 * The host agency's managers hear everything about their openings. Applicants hear about their
 * own applications and the openings they applied to. The home side (named supervisor, home HR)
 * hears about applications of their people, so approvals do not wait on email.
 */
export function mayReceive(viewer: Principal | null, e: MarketplaceEvent): boolean {
  if (!viewer) return false;
  if (managesOpenings(viewer, e.hostAgencyId)) return true;
  if (e.applicant) {
    const a = e.applicant;
    if (a.subject !== null && a.subject === viewer.subject) return true;
    if (a.supervisorSubject !== null && a.supervisorSubject === viewer.subject) return true;
    return viewer.agencyId === a.agencyId && viewer.roles.includes('HR_SPECIALIST');
  }
  return e.applicantSubjects?.includes(viewer.subject) ?? false;
}
