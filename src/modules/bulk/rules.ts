/**
 * Bulk sync by external ID (HR systems and HR staff): batch limits, duplicate keys, who owns which
 * profile field, change detection and the skills rule. Plain data in, answers out; the schema layer
 * (src/graphql/bulk.ts) reads the rows, runs each item in its own transaction and writes only what
 * these functions say changed — an unchanged item writes nothing, because every write becomes
 * change-feed rows that sync clients download again.
 */
import type { Principal } from '../../platform/auth/principal.js';
import { transitionRefusal, type OpeningStatus } from '../openings/rules.js';

/** Items per call, like other public bulk APIs: enough for a sync page, small enough to answer quickly. */
export const MAX_BULK_ITEMS = 250;

export type UpsertOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'FAILED';

/**
 * For each item whose key already appeared earlier in the same call, the index of that first
 * item. Such an item fails (whatever became of the first): one call never writes a key twice.
 */
export function earlierDuplicates(keys: readonly string[]): Map<number, number> {
  const first = new Map<string, number>();
  const dupes = new Map<number, number>();
  keys.forEach((k, i) => {
    const seen = first.get(k);
    if (seen === undefined) first.set(k, i);
    else dupes.set(i, seen);
  });
  return dupes;
}

export function tally(outcomes: readonly UpsertOutcome[]) {
  const count = (o: UpsertOutcome) => outcomes.filter((x) => x === o).length;
  return { created: count('CREATED'), updated: count('UPDATED'), unchanged: count('UNCHANGED'), failed: count('FAILED') };
}

// ─── People ──────────────────────────────────────────────────────────────────

/**
 * Profile fields the home agency's HR system is the source of record for: a sync may set them
 * (omitted = left as is, null = cleared; names are required). The person may edit some of them
 * too (names, email, phone, job title, location); the next sync that sends a value wins.
 */
export const HR_OWNED_PROFILE_FIELDS = [
  'subject',
  'givenName',
  'familyName',
  'email',
  'phone',
  'jobTitle',
  'location',
  'occupationalSeries',
  'payPlan',
  'grade',
  'supervisorSubject',
] as const;
export type HrOwnedProfileField = (typeof HR_OWNED_PROFILE_FIELDS)[number];

/**
 * Fields only the person sets (updateMyProfile): no HR input has them, so no sync can overwrite
 * them. Education and the person's own skill claims are theirs as well.
 */
export const PERSON_OWNED_PROFILE_FIELDS = [
  'headline',
  'remotePreference',
  'discoverable',
  'availablePercent',
  'availableFrom',
] as const;

/** Value equality for row fields: dates by instant, null and undefined alike, arrays element-wise. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === undefined || a === null) return b === undefined || b === null;
  if (b === undefined || b === null) return false;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  return a === b;
}

/** The entries of `wanted` (undefined = not given) whose value differs from `before`. */
export function changedFields<T extends object>(before: T, wanted: { [K in keyof T]?: T[K] | null }): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(wanted)) {
    if (v === undefined) continue;
    if (!sameValue((before as Record<string, unknown>)[k], v)) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/**
 * A token subject links logins to exactly one profile: linking it to a person when another
 * profile (another agency's, or another employee ID's) already has it is a conflict.
 */
export function subjectConflict(
  owner: { agencyId: string; externalId: string | null } | null,
  agencyId: string,
  externalId: string,
): boolean {
  return !!owner && (owner.agencyId !== agencyId || owner.externalId !== externalId);
}

export interface EvidenceKey {
  source: string;
  title: string;
}

export interface HeldSkill {
  profileSkillId: string;
  skillId: string;
  level: number;
  evidence: readonly EvidenceKey[];
}

export interface WantedSkill {
  skillId: string;
  level: number;
  evidence: EvidenceKey & { issuer?: string | null };
}

export interface SkillPlan {
  /** Skills the person does not have: added at the level, with the evidence record. */
  add: WantedSkill[];
  /** Skills the person has: level set and/or evidence added (one write each). */
  change: { profileSkillId: string; skillId: string; from: number; to: number; evidence: WantedSkill['evidence'] | null }[];
}

/**
 * The skills rule of a people sync. Each listed skill ends at the given level with one evidence
 * record of the given source and title: added if the person lacks the skill; otherwise the level
 * is set and the evidence added unless the skill already has an entry with that source and
 * title (so a repeated sync adds nothing). Skills not listed are left alone: the person's own
 * claims, endorsements and evidence are theirs.
 */
export function planPersonSkills(held: readonly HeldSkill[], wanted: readonly WantedSkill[]): SkillPlan {
  const bySkill = new Map(held.map((h) => [h.skillId, h]));
  const plan: SkillPlan = { add: [], change: [] };
  for (const w of wanted) {
    const h = bySkill.get(w.skillId);
    if (!h) {
      plan.add.push(w);
      continue;
    }
    const hasEvidence = h.evidence.some((e) => e.source === w.evidence.source && e.title === w.evidence.title);
    if (h.level !== w.level || !hasEvidence) {
      plan.change.push({
        profileSkillId: h.profileSkillId,
        skillId: w.skillId,
        from: h.level,
        to: w.level,
        evidence: hasEvidence ? null : w.evidence,
      });
    }
  }
  return plan;
}

// ─── Openings ────────────────────────────────────────────────────────────────

/** May sync the host agency's openings: its hiring managers and HR specialists, and its write-scoped integrations. */
export function syncsOpenings(viewer: Principal | null, hostAgencyId: string): boolean {
  if (!viewer || viewer.agencyId !== hostAgencyId) return false;
  if (viewer.roles.includes('HIRING_MANAGER') || viewer.roles.includes('HR_SPECIALIST')) return true;
  return viewer.roles.includes('INTEGRATION') && viewer.scopes.includes('write');
}

/**
 * Statuses a sync may ask for. FILLED comes only from selecting people, and cancelling declines
 * the applications with a reason (cancelOpening), so neither is a sync target.
 */
export const SYNC_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'ARCHIVED'] as const;
export type SyncStatus = (typeof SYNC_STATUSES)[number];

/**
 * The status step an item asks for: none when it gives no status or the one the opening has
 * (as read, deadline applied); else the lifecycle's refusal, or the target.
 */
export function statusStep(
  current: OpeningStatus,
  target: SyncStatus | null | undefined,
): { to: SyncStatus } | { refusal: string } | null {
  if (!target || target === current) return null;
  const refusal = transitionRefusal(current, target);
  return refusal ? { refusal } : { to: target };
}

export interface OpeningSkillSpec {
  skillId: string;
  minLevel: number;
  weight: number;
  required: boolean;
}

/** Whether two skill lists are the same set (order does not matter). */
export function sameSkillSet(a: readonly OpeningSkillSpec[], b: readonly OpeningSkillSpec[]): boolean {
  const key = (s: OpeningSkillSpec) => `${s.skillId}|${s.minLevel}|${s.weight}|${s.required}`;
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.length === right.length && left.every((k, i) => k === right[i]);
}
