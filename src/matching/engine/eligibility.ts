/**
 * Who may be ranked for an opening. Applied before ranking; none of it is a score input.
 *
 * - Pool: people who chose to be discoverable, people who applied (live application), or both.
 * - Available: a discoverable person needs availablePercent ≥ the opening's commitment and
 *   availableFrom (if set) on or before its start. An applicant said so by applying.
 * - Not over-committed: on no day of the opening's dates would the person's rotations (PROPOSED,
 *   APPROVED or ACTIVE, other than one from this very opening) plus this commitment pass 100%.
 * - Grade: within the opening's range, when both are known.
 * - Agency: the opening's restriction admits the person's agency (or a parent), and programs
 *   served at another agency (DETAIL, TOUR_OF_DUTY) exclude the host's own staff.
 */
import { CROSS_AGENCY_ONLY, restrictionAdmits, type ProgramType } from '../../modules/openings/rules.js';

export type CandidatePool = 'ALL' | 'DISCOVERABLE' | 'APPLICANTS';

export interface CandidateAttributes {
  agencyId: string;
  grade: number | null;
  discoverable: boolean;
  availablePercent: number;
  availableFrom: Date | null;
}

export interface OpeningTerms {
  hostAgencyId: string;
  programType: ProgramType;
  commitmentPercent: number;
  startDate: Date;
  endDate: Date;
  gradeMin: number | null;
  gradeMax: number | null;
  restrictedTo: readonly string[];
}

export interface Commitment {
  startDate: Date;
  endDate: Date;
  commitmentPercent: number;
}

/** The highest total commitment on any day of [from, to] (dates inclusive). */
export function peakCommitment(commitments: readonly Commitment[], from: Date, to: Date): number {
  const overlapping = commitments.filter((c) => c.startDate <= to && c.endDate >= from);
  // The peak is reached on some commitment's first day (or the window's first day).
  const days = [from, ...overlapping.map((c) => (c.startDate > from ? c.startDate : from))];
  let peak = 0;
  for (const day of days) {
    const load = overlapping
      .filter((c) => c.startDate <= day && c.endDate >= day)
      .reduce((sum, c) => sum + c.commitmentPercent, 0);
    peak = Math.max(peak, load);
  }
  return peak;
}

export interface EligibilityFacts {
  applicant: boolean;
  agencyChain: readonly string[];
  /** The person's other rotations. */
  commitments: readonly Commitment[];
}

/** Why a person is not eligible, or null when they are. */
export function ineligibility(o: OpeningTerms, c: CandidateAttributes, f: EligibilityFacts, pool: CandidatePool): string | null {
  const inPool = pool === 'APPLICANTS' ? f.applicant : pool === 'DISCOVERABLE' ? c.discoverable : f.applicant || c.discoverable;
  if (!inPool) return 'not in the candidate pool';
  if (!f.applicant) {
    if (c.availablePercent < o.commitmentPercent) return 'not available for that share of time';
    if (c.availableFrom && c.availableFrom > o.startDate) return 'not available by the start date';
  }
  if (peakCommitment(f.commitments, o.startDate, o.endDate) + o.commitmentPercent > 100)
    return 'already committed during those dates';
  if (c.grade !== null && ((o.gradeMin !== null && c.grade < o.gradeMin) || (o.gradeMax !== null && c.grade > o.gradeMax)))
    return 'outside the grade range';
  if (!restrictionAdmits(o.restrictedTo, f.agencyChain)) return 'agency not admitted';
  if (CROSS_AGENCY_ONLY.has(o.programType) && c.agencyId === o.hostAgencyId) return 'staff of the host agency';
  return null;
}

export interface PoolFacts {
  applicants: ReadonlySet<string>;
  /** Other rotations, for the people who have any. */
  commitments: ReadonlyMap<string, readonly Commitment[]>;
  agencyChain: (agencyId: string) => readonly string[];
}

/**
 * The same rules as `ineligibility`, as a per-candidate predicate by profile ID: what ranking
 * used before eligibility moved inside the index (DocAttributes.compile, doc-attributes.ts).
 * Kept as the reference the compiled rules are property-tested against, beside `ineligibility`
 * (tests/unit/eligibility.test.ts: the three agree on random people, and the index ranks the same
 * with either), and as bench:match's per-candidate baseline. It allocates nothing per call and
 * decides each agency once.
 */
export function eligibilityPredicate(
  o: OpeningTerms,
  pool: CandidatePool,
  f: PoolFacts,
): (id: string, c: CandidateAttributes) => boolean {
  const agencyOk = new Map<string, boolean>();
  const admits = (agencyId: string) => {
    let ok = agencyOk.get(agencyId);
    if (ok === undefined) {
      ok =
        restrictionAdmits(o.restrictedTo, f.agencyChain(agencyId)) &&
        !(CROSS_AGENCY_ONLY.has(o.programType) && agencyId === o.hostAgencyId);
      agencyOk.set(agencyId, ok);
    }
    return ok;
  };
  const start = o.startDate.getTime();
  return (id, c) => {
    const applicant = f.applicants.has(id);
    if (pool === 'APPLICANTS' ? !applicant : pool === 'DISCOVERABLE' ? !c.discoverable : !(applicant || c.discoverable))
      return false;
    if (
      !applicant &&
      (c.availablePercent < o.commitmentPercent || (c.availableFrom !== null && c.availableFrom.getTime() > start))
    )
      return false;
    if (c.grade !== null && ((o.gradeMin !== null && c.grade < o.gradeMin) || (o.gradeMax !== null && c.grade > o.gradeMax)))
      return false;
    if (!admits(c.agencyId)) return false;
    const commitments = f.commitments.get(id);
    return commitments === undefined || peakCommitment(commitments, o.startDate, o.endDate) + o.commitmentPercent <= 100;
  };
}
