/**
 * Eligibility inside the match index: each doc's eligibility attributes in typed arrays (agency
 * as a small integer, grade, discoverable, available share and date), and the rules of
 * eligibility.ts compiled per query into a predicate over doc numbers that reads only those
 * arrays, a per-query table of admitted agencies, and the few applicants and committed people as
 * sets of doc numbers. No string, Map or Date per scored candidate: at a million profiles the
 * ranking checks tens of thousands of candidates per query. None of it is a score input.
 */
import { CROSS_AGENCY_ONLY, restrictionAdmits } from '../../modules/openings/rules.js';
import {
  peakCommitment,
  type CandidateAttributes,
  type CandidatePool,
  type Commitment,
  type OpeningTerms,
} from './eligibility.js';

const NO_GRADE = -32768;

/** What a search needs to know to decide eligibility (see eligibility.ts). */
export interface EligibilityQuery {
  terms: OpeningTerms;
  pool: CandidatePool;
  /** Profile IDs with a live application to the opening. */
  applicants: ReadonlySet<string>;
  /** Other rotations, for the people who have any. */
  commitments: ReadonlyMap<string, readonly Commitment[]>;
  agencyChain: (agencyId: string) => readonly string[];
}

export class DocAttributes {
  private agencyIds: string[] = [];
  private agencyOf = new Map<string, number>();
  private has = new Uint8Array(16);
  private agency = new Int32Array(16);
  private grade = new Int16Array(16);
  private discoverable = new Uint8Array(16);
  private availablePercent = new Uint8Array(16);
  /** ms since the epoch; NaN when not set (compares false, like a null date). */
  private availableFrom = new Float64Array(16);

  /** Records (or clears, with undefined) the attributes of a doc. */
  set(doc: number, a: CandidateAttributes | undefined): void {
    this.ensure(doc + 1);
    if (a === undefined) {
      this.has[doc] = 0;
      return;
    }
    let ag = this.agencyOf.get(a.agencyId);
    if (ag === undefined) {
      ag = this.agencyIds.length;
      this.agencyIds.push(a.agencyId);
      this.agencyOf.set(a.agencyId, ag);
    }
    this.has[doc] = 1;
    this.agency[doc] = ag;
    this.grade[doc] = a.grade === null ? NO_GRADE : a.grade;
    this.discoverable[doc] = a.discoverable ? 1 : 0;
    this.availablePercent[doc] = Math.max(0, Math.min(255, a.availablePercent));
    this.availableFrom[doc] = a.availableFrom === null ? NaN : a.availableFrom.getTime();
  }

  /** After the index renumbers its docs: newOf[old] = new doc number, or -1 when dropped. */
  remap(newOf: Int32Array, live: number): void {
    const next = new DocAttributes();
    next.agencyIds = this.agencyIds;
    next.agencyOf = this.agencyOf;
    next.ensure(Math.max(16, live));
    for (let d = 0; d < newOf.length && d < this.has.length; d++) {
      const n = newOf[d]!;
      if (n < 0) continue;
      next.has[n] = this.has[d]!;
      next.agency[n] = this.agency[d]!;
      next.grade[n] = this.grade[d]!;
      next.discoverable[n] = this.discoverable[d]!;
      next.availablePercent[n] = this.availablePercent[d]!;
      next.availableFrom[n] = this.availableFrom[d]!;
    }
    Object.assign(this, next);
  }

  get bytes(): number {
    return (
      this.has.byteLength +
      this.agency.byteLength +
      this.grade.byteLength +
      this.discoverable.byteLength +
      this.availablePercent.byteLength +
      this.availableFrom.byteLength
    );
  }

  /**
   * The rules of eligibilityPredicate() as a predicate over doc numbers; `docOf` maps the
   * query's profile IDs (applicants, committed people) to docs. Agrees with ineligibility()
   * (tests/unit/eligibility.test.ts).
   */
  compile(q: EligibilityQuery, docOf: (id: string) => number | undefined): (doc: number) => boolean {
    const { terms: o, pool } = q;
    const applicants = new Set<number>();
    for (const id of q.applicants) {
      const d = docOf(id);
      if (d !== undefined) applicants.add(d);
    }
    const committed = new Map<number, readonly Commitment[]>();
    for (const [id, c] of q.commitments) {
      const d = docOf(id);
      if (d !== undefined) committed.set(d, c);
    }
    // Per agency: 0 not decided yet, 1 admitted, 2 not (agencies are hundreds, docs a million).
    const agencyOk = new Uint8Array(this.agencyIds.length);
    const crossOnly = CROSS_AGENCY_ONLY.has(o.programType);
    const start = o.startDate.getTime();
    const { has, agency, grade, discoverable, availablePercent, availableFrom, agencyIds } = this;
    const gMin = o.gradeMin ?? NO_GRADE;
    const gMax = o.gradeMax ?? 32767;
    const needApplicant = pool === 'APPLICANTS';
    const needDiscoverable = pool === 'DISCOVERABLE';
    return (doc) => {
      if (doc >= has.length || has[doc] === 0) return false;
      const applicant = applicants.size > 0 && applicants.has(doc);
      const disc = discoverable[doc] === 1;
      if (needApplicant ? !applicant : needDiscoverable ? !disc : !(applicant || disc)) return false;
      if (!applicant && (availablePercent[doc]! < o.commitmentPercent || availableFrom[doc]! > start)) return false;
      const g = grade[doc]!;
      if (g !== NO_GRADE && (g < gMin || g > gMax)) return false;
      const a = agency[doc]!;
      let ok = agencyOk[a]!;
      if (ok === 0) {
        const id = agencyIds[a]!;
        ok = restrictionAdmits(o.restrictedTo, q.agencyChain(id)) && !(crossOnly && id === o.hostAgencyId) ? 1 : 2;
        agencyOk[a] = ok;
      }
      if (ok !== 1) return false;
      if (committed.size === 0) return true;
      const c = committed.get(doc);
      return c === undefined || peakCommitment(c, o.startDate, o.endDate) + o.commitmentPercent <= 100;
    };
  }

  private ensure(n: number): void {
    if (this.has.length >= n) return;
    const cap = Math.max(n, this.has.length * 2);
    const grow = <T extends Uint8Array | Int32Array | Int16Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.has = grow(this.has, (n) => new Uint8Array(n));
    this.agency = grow(this.agency, (n) => new Int32Array(n));
    this.grade = grow(this.grade, (n) => new Int16Array(n));
    this.discoverable = grow(this.discoverable, (n) => new Uint8Array(n));
    this.availablePercent = grow(this.availablePercent, (n) => new Uint8Array(n));
    const from = new Float64Array(cap).fill(NaN);
    from.set(this.availableFrom);
    this.availableFrom = from;
  }
}
