/**
 * The Privacy Act accounting as plain rules: retention, the filters of the privacy office's
 * reads, and the CSV layout. No database, no GraphQL.
 */
import { csvCell } from '../mobility/rules.js';

/** 5 U.S.C. 552a(c)(2): the accounting is kept at least five years (or the life of the record). */
export const MIN_LOG_RETENTION_YEARS = 5;
/** Default: seven years, a margin over the legal minimum for records disputed near its end. */
export const DEFAULT_LOG_RETENTION_YEARS = 7;

/** Why a retention period is refused, or null. The database trigger applies the same floor. */
export function retentionRefusal(years: number): string | null {
  if (!Number.isInteger(years)) return 'retention must be a whole number of years';
  if (years < MIN_LOG_RETENTION_YEARS)
    return `retention must be at least ${MIN_LOG_RETENTION_YEARS} years (Privacy Act, 5 U.S.C. 552a(c)(2))`;
  if (years > 100) return 'retention must be at most 100 years';
  return null;
}

/** Rows older than this may be purged; nothing younger ever is. */
export function retentionCutoff(now: Date, years: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

/** Why the viewer sees non-public fields (src/modules/profiles/rules.ts), as the log records it. */
export const DISCLOSURE_BASES = ['SELF', 'HOME_AGENCY_HR', 'APPLICANT', 'DISCOVERABLE', 'UNKNOWN'] as const;
export type DisclosureBasisName = (typeof DISCLOSURE_BASES)[number];

export function basisName(stored: string): DisclosureBasisName {
  return (DISCLOSURE_BASES as readonly string[]).includes(stored) ? (stored as DisclosureBasisName) : 'UNKNOWN';
}

/** A period: `from` inclusive, `to` exclusive; either may be open. */
export interface Period {
  from?: Date | null;
  to?: Date | null;
}

export function periodRefusal(p: Period): string | null {
  if (p.from && p.to && p.from >= p.to) return '`from` must be before `to`';
  return null;
}

/** An audit action filter: an exact verb (`opening.publish`) or a prefix ending in a dot (`application.`). */
export function actionRefusal(action: string): string | null {
  return /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*\.?$/.test(action)
    ? null
    : 'an action such as "profile.update" or a prefix such as "application."';
}

export function actionPattern(action: string): { exact: string } | { prefix: string } {
  return action.endsWith('.') ? { prefix: action } : { exact: action };
}

/** Keyset cursors: the log's ascending ID, read newest first. */
export function encodeLogCursor(id: bigint): string {
  return Buffer.from(`log:${id}`).toString('base64url');
}

export function decodeLogCursor(cursor: string): bigint | null {
  const text = Buffer.from(cursor, 'base64url').toString();
  const m = /^log:(\d{1,19})$/.exec(text);
  return m ? BigInt(m[1]!) : null;
}

/** The most rows one CSV export carries; narrow the filter for more. */
export const MAX_CSV_ROWS = 10_000;

/** RFC 4180 with CRLF and a header row; cells guarded against spreadsheet formulas (csvCell). */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, string | number | null>>): string {
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
  return lines.join('\r\n') + '\r\n';
}

export const DISCLOSURE_CSV_COLUMNS = [
  'id',
  'at',
  'person_id',
  'person_name',
  'viewer_subject',
  'viewer_name',
  'viewer_roles',
  'viewer_agency',
  'basis',
  'fields',
  'request_id',
] as const;

export const AUDIT_CSV_COLUMNS = [
  'id',
  'at',
  'actor_subject',
  'actor_roles',
  'actor_agency',
  'action',
  'entity_type',
  'entity_id',
  'before',
  'after',
  'request_id',
] as const;
