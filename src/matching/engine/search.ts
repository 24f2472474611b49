/**
 * One search over the index: term-at-a-time within blocks of docs, top-k selection and pruning.
 *
 * The doc space is cut into blocks (32k docs by default) and each block is scored completely
 * before the next (scan.ts), so its scratch stays in the CPU cache; posting lists are sorted by
 * doc, so each is read in order with one cursor across blocks. Within a block, opening skills are
 * processed in the canonical order of score.ts (weight descending), each over its expansion: the
 * skill itself and its taxonomy neighbours (plan.ts).
 *
 * Top-k and pruning (MaxScore). A bounded heap keeps the best offset + k (ties by id); after the
 * first block its worst score θ is a lower bound of the final k-th, and docs are offered to it
 * only when their sum reaches θ. In later blocks, once the weight of the skills still to process
 * cannot lift a new doc to θ (non-essential skills), or under requireAllRequiredSkills after the
 * first required skill (a later doc misses it), no new doc can make the page. If a skill still
 * to read has far more postings than were read so far (listRatio), the block's candidates are
 * listed in doc order, the ones whose sum plus the remaining weight cannot reach θ are dropped
 * before each skill, and long posting lists are galloped for the candidates only. Otherwise the
 * block is scored in full: measured on skewed data, tracking candidates costs more than scanning
 * when a third of the docs stay candidates. With prune off every posting is scored (the
 * reference for the pruning); both give the same results.
 *
 * totalCount needs every eligible doc with score > 0: with countTotal (the default) and no
 * requireAll every posting is read (no candidate lists; pruning then only spares the heap), and
 * the eligibility predicate is called for every doc with a score. With countTotal: false the
 * predicate is only called for docs that could enter the requested page.
 *
 * /2's focus multiplies a doc's final sum; since focus ≤ 1 the sums still bound the final scores
 * from above, so the pruning bounds stay valid. Focus needs the doc's related skills: each
 * distinct term of the plan's expansions counts once per doc (rel), against its skills (docLen).
 */
import type { EligibilityQuery } from './doc-attributes.js';
import { TopK } from './heap.js';
import { focus as focusOf, type Algorithm, type MatchConfig } from './model.js';
import type { Neighbours } from './neighbours.js';
import { coverageOf, planQuery, type PlannedSkill } from './plan.js';
import { seek, type PostingStore } from './postings.js';
import { ELK, ELY, PICKED, type Scratch } from './scan.js';
import type { Opening } from './score.js';

export interface SearchOptions {
  /** Page size. */
  k: number;
  /** Results to skip before the page (offset pagination). */
  offset?: number;
  /** Cursor: only results ranked after this one (score descending, then id ascending). */
  after?: { score: number; id: string };
  /**
   * Eligibility by profile id, applied before ranking. Called at most once per doc per query;
   * with countTotal, for every doc with a score > 0; otherwise only for docs that could make the page.
   */
  eligible?: (id: string) => boolean;
  /**
   * Eligibility decided inside the index, from the attributes given with each profile (typed
   * arrays, doc-numbered): the fast path for the app. Profiles indexed without attributes are
   * never eligible under it. With `eligible` too, both must admit.
   */
  eligibility?: EligibilityQuery;
  /** Compute `total` (default true). false saves scanning low-weight skills and eligibility calls. */
  countTotal?: boolean;
  /** Default: the index's. */
  algorithm?: Algorithm;
}

export interface SearchHit {
  id: string;
  score: number;
  coverage: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Eligible candidates with score > 0 (and coverage 1 under requireAllRequiredSkills); null without countTotal. */
  total: number | null;
  algorithmVersion: Algorithm;
}

/** What the last search did (for tests and benchmarks). */
export interface QueryTrace {
  blocks: number;
  /** Blocks in which new docs stopped being admitted before the last skill. */
  closedBlocks: number;
  /** (block, opening skill) pairs scored by galloping through the postings. */
  galloped: number;
}

/** What a search reads from its index. */
export interface SearchContext {
  store: PostingStore;
  scratch: Scratch;
  config: MatchConfig;
  neighbours: Neighbours;
  blockSize: number;
  listRatio: number;
}

// Block modes: open (every posting scored), or closed with a list of candidates.
const OPEN = 0;
const LISTED = 1;

/** The query's eligibility as one predicate over doc numbers (undefined: everyone). */
function docPredicate(store: PostingStore, options: SearchOptions): ((doc: number) => boolean) | undefined {
  const byId = options.eligible;
  const inside = options.eligibility ? store.attrs.compile(options.eligibility, (id) => store.docOf.get(id)) : undefined;
  if (byId && inside) return (doc) => inside(doc) && byId(store.idOf[doc]!);
  return inside ?? (byId ? (doc) => byId(store.idOf[doc]!) : undefined);
}

/** One search, given validated options and the opening's effective weights (total W > 0). */
export class QueryRun {
  readonly plan: PlannedSkill[];
  readonly trace: QueryTrace = { blocks: 0, closedBlocks: 0, galloped: 0 };
  private readonly s: Scratch;
  private readonly config: MatchConfig;
  private readonly blockSize: number;
  private readonly listRatio: number;
  private readonly nDocs: number;
  // The store's and the scratch's arrays (neither changes during a search).
  private readonly idOf: string[];
  private readonly deleted: Uint8Array;
  private readonly docLen: Uint16Array;
  private readonly hasDeleted: boolean;
  private readonly acc: Float64Array;
  private readonly met: Uint16Array;
  private readonly rel: Uint16Array;
  private readonly flag: Uint8Array;
  /** /2: count related skills per doc for focus. */
  private readonly countRel: boolean;
  /** remW[j]: weight of the skills from j on (remW[P] = 0). */
  private readonly remW: Float64Array;
  /** Margin for bounds, far above floating-point rounding of the sums. */
  private readonly eps: number;
  private readonly R: number;
  private readonly requireAll: boolean;
  private readonly countTotal: boolean;
  /** Closed skills must still count docs seen first there. */
  private readonly countNew: boolean;
  /** By doc number (the id-based predicate is wrapped). */
  private readonly eligible: ((doc: number) => boolean) | undefined;
  private readonly after: { score: number; id: string } | undefined;
  private readonly heap: TopK;
  /** θ·W: the sum a doc must reach to enter the page; -∞ until the heap is full. */
  private thetaAcc: number;
  private total = 0;
  /** Candidates listed by the last close(). */
  private nc = 0;

  constructor(
    ctx: SearchContext,
    opening: Opening,
    options: SearchOptions,
    private readonly algorithm: Algorithm,
    weights: ReadonlyArray<{ weight: number }>,
    private readonly W: number,
    private readonly prune: boolean,
  ) {
    const { store, scratch } = ctx;
    this.s = scratch;
    this.config = ctx.config;
    this.blockSize = ctx.blockSize;
    this.listRatio = ctx.listRatio;
    this.nDocs = store.nDocs;
    this.idOf = store.idOf;
    this.deleted = store.deleted;
    this.docLen = store.docLen;
    this.hasDeleted = store.deadPostings > 0;
    this.plan = planQuery(store, ctx.neighbours, ctx.config, opening, algorithm, weights);
    const P = this.plan.length;
    this.R = this.plan.filter((s) => s.required).length;
    this.requireAll = !!opening.requireAllRequiredSkills && this.R > 0;
    this.remW = new Float64Array(P + 1);
    for (let j = P - 1; j >= 0; j--) this.remW[j] = this.remW[j + 1]! + this.plan[j]!.weight;
    const kk = (options.offset ?? 0) + options.k;
    scratch.ensure(Math.min(this.blockSize, this.nDocs));
    ({ acc: this.acc, met: this.met, rel: this.rel, flag: this.flag } = scratch);
    this.countRel = algorithm !== 'skills-overlap/1';
    this.eps = 1e-9 * W;
    this.countTotal = options.countTotal ?? true;
    this.countNew = this.countTotal && !this.requireAll;
    this.eligible = docPredicate(store, options);
    this.after = options.after;
    this.heap = new TopK(Math.min(kk, this.nDocs), (d) => this.idOf[d]!);
    this.thetaAcc = kk === 0 ? Infinity : -Infinity;
  }

  /** Scores every block; the page after `offset`, and the total when counted. */
  run(offset: number): SearchResult {
    for (let b0 = 0; b0 < this.nDocs; b0 += this.blockSize) this.block(b0, Math.min(b0 + this.blockSize, this.nDocs));
    const R = this.R;
    const hits = this.heap
      .sorted()
      .slice(offset)
      .map(({ doc, score }) => ({ id: this.idOf[doc]!, score, coverage: R === 0 ? 1 : coverageOf(this.plan, doc) / R }));
    return { hits, total: this.countTotal ? this.total : null, algorithmVersion: this.algorithm };
  }

  /** Scores the docs [b0, b1) and offers them to the heap. */
  private block(b0: number, b1: number): void {
    const { plan, remW, eps, requireAll, countTotal, s } = this;
    const P = plan.length;
    const blen = b1 - b0;
    const { flag, acc, met, rel } = this;
    this.trace.blocks++;
    // The block's part of every posting list (the cursors only move forward).
    const lens = new Int32Array(P + 1);
    let postings = 0;
    for (let j = 0; j < P; j++) {
      for (const e of plan[j]!.exps) {
        for (const seg of e.segs) {
          seg.bs = seek(seg.docs, seg.pos, seg.end, b0);
          seg.be = seek(seg.docs, seg.bs, seg.end, b1);
          seg.pos = seg.be;
          lens[j] = lens[j]! + seg.be - seg.bs;
        }
      }
      postings += lens[j]!;
    }
    if (postings === 0) return;
    // The scratch (acc, met, flag) is zero at the start of a block. A dense block clears it with
    // fill() at the end, cache-resident and cheaper than tracking first touches; a sparse block
    // (few postings) looks at and clears only the docs of its postings, so that queries on rare
    // skills do not pay for the whole doc space.
    const sparse = postings * 4 < blen;
    // Skills from eIdx on cannot lift a new doc to θ ("non-essential"). With a count and no
    // requireAll every posting is read anyway (no closing: it only spares the heap). Under
    // requireAll with a count, a doc seen first late may still be counted: only the conjunction
    // (no new doc after the first required skill) closes.
    let eIdx = P;
    if (this.prune && !this.countNew && !(requireAll && countTotal)) {
      for (let j = 0; j < P; j++) {
        if (remW[j]! + eps < this.thetaAcc) {
          eIdx = j;
          break;
        }
      }
    }
    let mode = OPEN;
    let nc = 0;
    let requiredSeen = 0;
    for (let j = 0; j < P; j++) {
      const sk = plan[j]!;
      if (mode === OPEN && j === eIdx) {
        mode = this.close(j, lens, b0);
        nc = this.nc;
      }
      if (mode === LISTED) {
        // Candidates stay while they may still make the page: sum + remaining weight ≥ θ, and
        // under requireAll every required skill so far met (with a count, every doc that met
        // them stays until all are seen).
        const bar = requireAll && countTotal && requiredSeen < this.R ? -Infinity : this.thetaAcc - remW[j]! - eps;
        nc = s.filterCandidates(nc, bar, requireAll ? requiredSeen : -1);
        if (nc === 0) break;
        if (lens[j]! === 0) {
          // nothing to add
        } else if (nc * 8 < lens[j]!) {
          s.gallop(sk, b0, nc, requireAll, this.countRel);
          this.trace.galloped++;
        } else s.scanAll(sk, b0, requireAll, this.countRel); // non-candidates get sums too: harmless (never ranked), and branch-free
      } else if (lens[j]! > 0) s.scanAll(sk, b0, requireAll, this.countRel);
      if (sk.required) requiredSeen++;
      if (mode === OPEN && this.prune && requireAll && sk.required && requiredSeen === 1 && j < P - 1) {
        mode = this.close(j + 1, lens, b0);
        nc = this.nc;
      }
    }
    if (mode !== OPEN) this.trace.closedBlocks++;

    // Selection: count, and keep the best offset + k in the heap (ties by id). Sums of docs
    // dropped on the way are partial but below θ, so they are never ranked.
    const { eligible, deleted, hasDeleted } = this;
    let total = 0;
    if (mode === OPEN && !requireAll && !eligible && !sparse) {
      // The common case, kept lean: most docs of the block have a sum, few can make the page,
      // and the count is branch-free.
      let theta = this.thetaAcc - eps;
      for (let d = 0; d < blen; d++) {
        const a = acc[d]!;
        total += a > 0 ? 1 : 0;
        if (a >= theta && a > 0 && !(hasDeleted && deleted[b0 + d])) {
          this.offer(b0, d, a);
          theta = this.thetaAcc - eps;
        }
      }
      if (hasDeleted) for (let d = 0; d < blen; d++) if (deleted[b0 + d] && acc[d]! > 0) total--;
    } else if (mode === LISTED && !countTotal) {
      const cand = s.cand;
      for (let i = 0; i < nc; i++) total += this.select(b0, cand[i]!);
    } else if (sparse) {
      for (const sk of plan) {
        for (const e of sk.exps) {
          for (const seg of e.segs) {
            for (let i = seg.bs; i < seg.be; i++) {
              const d = seg.docs[i]! - b0;
              if (flag[d]! & PICKED) continue;
              flag[d] = flag[d]! | PICKED;
              total += this.select(b0, d);
            }
          }
        }
      }
    } else {
      for (let d = 0; d < blen; d++) total += this.select(b0, d);
    }
    if (countTotal) this.total += total;
    if (sparse) {
      for (const sk of plan) {
        for (const e of sk.exps) {
          for (const seg of e.segs) {
            for (let i = seg.bs; i < seg.be; i++) {
              const d = seg.docs[i]! - b0;
              acc[d] = 0;
              flag[d] = 0;
              met[d] = 0;
              rel[d] = 0;
            }
          }
        }
      }
    } else {
      acc.fill(0, 0, blen);
      flag.fill(0, 0, blen);
      if (requireAll) met.fill(0, 0, blen);
      if (this.countRel) rel.fill(0, 0, blen);
    }
  }

  /** Counts (returns 1) and offers one doc of the block, in the general case. */
  private select(b0: number, d: number): number {
    const a = this.acc[d]!;
    if (!(a > 0) || this.deleted[b0 + d] || (this.requireAll && this.met[d] !== this.R)) return 0;
    let counted = 0;
    if (this.countTotal) {
      if (this.eligible && !this.isEligible(this.eligible, d, b0)) return 0;
      counted = 1;
    }
    if (a + this.eps >= this.thetaAcc) this.offer(b0, d, a);
    return counted;
  }

  /**
   * No new doc can make the page from skill j on. When some skill still to read has far more
   * postings than were read so far (an upper bound of the candidates), lists the candidates in
   * doc order so that such skills can be galloped; otherwise the block stays open (scanned in
   * full, which is cheaper than tracking many candidates).
   */
  private close(j: number, lens: Int32Array, b0: number): number {
    let before = 0;
    let longestAfter = 0;
    for (let t = 0; t < this.plan.length; t++) {
      if (t < j) before += lens[t]!;
      else longestAfter = Math.max(longestAfter, lens[t]!);
    }
    this.nc = 0;
    if (!(before * this.listRatio < longestAfter)) return OPEN;
    this.nc = this.s.listCandidates(this.plan, j, b0, Math.min(this.blockSize, this.nDocs - b0), before, this.deleted);
    return LISTED;
  }

  /** Offers a doc with its final sum to the page (eligibility checked last, when it would enter). */
  private offer(b0: number, d: number, a: number): void {
    const { heap, after, W } = this;
    const doc = b0 + d;
    // Focus ≤ 1, so a / W bounds the final score from above (what θ and the pruning compare).
    let score = a / W;
    if (this.countRel) score = score * focusOf(this.algorithm, this.config, this.docLen[doc]! - this.rel[d]!);
    if (after && (score > after.score || (score === after.score && this.idOf[doc]! <= after.id))) return;
    if (!heap.accepts(doc, score)) return;
    if (!this.countTotal && this.eligible && !this.isEligible(this.eligible, d, b0)) return;
    heap.push(doc, score);
    if (heap.full) this.thetaAcc = heap.worstScore * W;
  }

  private isEligible(eligible: (doc: number) => boolean, d: number, b0: number): boolean {
    const f = this.flag[d]!;
    if (f & ELK) return (f & ELY) !== 0;
    const ok = eligible(b0 + d);
    this.flag[d] = f | ELK | (ok ? ELY : 0);
    return ok;
  }
}
