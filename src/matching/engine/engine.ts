/**
 * The matching engine: an in-memory inverted index over skills profiles that ranks candidates for
 * an opening by the score defined in score.ts, without a database. This file is the index's
 * public face; the parts, by concern:
 *   postings.ts        storage: dense doc and term numbers, the arena and the delta lists
 *   build.ts           building the arena from a stream of profiles, and compacting it
 *   doc-attributes.ts  eligibility attributes by doc, and the rules compiled per query
 *   plan.ts            a query's plan: per opening skill its expansions and credit tables
 *   scan.ts            scoring one block of docs (the branch-free loops, galloping)
 *   search.ts          blocks, pruning (MaxScore) and the top-k selection
 *
 * Writes do not touch the arena: an upsert tombstones the old doc number and appends the new
 * version to the delta; the index compacts when the delta and the dead postings grow past a
 * threshold. explain() reads a candidate's postings back, so it always agrees with the ranking.
 *
 * Algorithms (model.ts): one index serves both; a search names its algorithm. A posting's byte
 * holds the level (bits 0–2) and the trust class (bits 3–5), so /2's trust factor and level cap
 * are read from the same tables as the level. /2's specificity multiplies the weights in the plan
 * (prevalence from the population at the last build or compaction: prevalence()); its focus
 * multiplies a doc's final sum (search.ts).
 *
 * Not reentrant: one query at a time (the engine is synchronous; the eligibility predicate must
 * not write to the index).
 */
import { compactStore, buildStore } from './build.js';
import { DEFAULT_ALGORITHM, resolveConfig, type Algorithm, type MatchConfig } from './model.js';
import { creditedNeighbours, NO_NEIGHBOURS, type Neighbours } from './neighbours.js';
import { levelOfCode, PostingStore, trustOfCode, type IndexedProfile } from './postings.js';
import { Scratch } from './scan.js';
import { QueryRun, type QueryTrace, type SearchOptions, type SearchResult } from './search.js';
import {
  effectiveWeights,
  explain,
  totalWeight,
  validateOpening,
  type Candidate,
  type Explanation,
  type Opening,
  type Prevalence,
} from './score.js';

export type { IndexedProfile } from './postings.js';
export type { QueryTrace, SearchHit, SearchOptions, SearchResult } from './search.js';

export interface MatchIndexOptions {
  neighbours?: Neighbours;
  config?: Partial<MatchConfig>;
  /** The algorithm of searches that do not name one (default: DEFAULT_ALGORITHM). */
  algorithm?: Algorithm;
  /** Prevalence for /2's specificity, instead of the index's own snapshot (tests, benchmarks). */
  prevalence?: Prevalence;
  /** Compact automatically after writes (default true). */
  autoCompact?: boolean;
  /** Compact when delta + dead postings exceed max(compactMinPostings, compactRatio · arena postings). */
  compactMinPostings?: number;
  compactRatio?: number;
  /** Docs per query block (default 32768: the block's scratch, ~0.5 MB, fits a core's L2 cache). */
  blockSize?: number;
  /**
   * Pruning: list a closed block's candidates (to gallop) when a skill still to read has more
   * than listRatio times the postings read so far (default 4; 0 lists whenever possible).
   */
  listRatio?: number;
}

export interface IndexStats {
  /** Live profiles. */
  docs: number;
  /** Doc numbers in use, tombstones included. */
  docSlots: number;
  terms: number;
  /** Live postings. */
  postings: number;
  arenaPostings: number;
  deltaPostings: number;
  deadPostings: number;
  /** Memory: typed arrays exactly (allocated length), JS strings and maps estimated. */
  bytes: { postings: number; perDoc: number; scratch: number; idsEstimate: number; termsEstimate: number; total: number };
}

export class MatchIndex {
  readonly config: MatchConfig;
  readonly algorithm: Algorithm;
  neighbours: Neighbours;
  private readonly autoCompact: boolean;
  private readonly compactMinPostings: number;
  private readonly compactRatio: number;
  private readonly blockSize: number;
  private readonly listRatio: number;
  private readonly fixedPrevalence: Prevalence | undefined;
  private store = new PostingStore();
  private readonly scratch = new Scratch();
  private busy = false;
  /** What the last search did. */
  lastTrace: QueryTrace = { blocks: 0, closedBlocks: 0, galloped: 0 };

  constructor(options: MatchIndexOptions = {}) {
    this.config = resolveConfig(options.config);
    this.algorithm = options.algorithm ?? DEFAULT_ALGORITHM;
    this.fixedPrevalence = options.prevalence;
    this.neighbours = options.neighbours ?? NO_NEIGHBOURS;
    this.autoCompact = options.autoCompact ?? true;
    this.compactMinPostings = options.compactMinPostings ?? 65_536;
    this.compactRatio = options.compactRatio ?? 0.1;
    const B = options.blockSize ?? 1 << 15;
    if (!(Number.isInteger(B) && B >= 1 && B <= 1 << 24))
      throw new RangeError(`blockSize must be an integer in [1, 2^24], got ${B}`);
    this.blockSize = B;
    this.listRatio = options.listRatio ?? 4;
  }

  /**
   * Builds the index from profiles in one read of the iterable (which may be a stream).
   * Duplicate skills in a profile keep the highest level; a duplicate profile id is an error.
   */
  static build(profiles: Iterable<IndexedProfile>, options: MatchIndexOptions = {}): MatchIndex {
    const index = new MatchIndex(options);
    index.store = buildStore(profiles);
    return index;
  }

  /** Live profiles. */
  get size(): number {
    return this.store.docOf.size;
  }

  has(id: string): boolean {
    return this.store.docOf.has(id);
  }

  /** Adds or replaces a profile (by id). Cheap: tombstone + delta append; compacts now and then. */
  upsert(profile: IndexedProfile): void {
    this.assertIdle();
    this.store.insert(profile);
    this.maybeCompact();
  }

  /** Removes a profile; false when it was not indexed. */
  remove(id: string): boolean {
    this.assertIdle();
    const doc = this.store.docOf.get(id);
    if (doc === undefined) return false;
    this.store.tombstone(doc);
    this.maybeCompact();
    return true;
  }

  /** Rebuilds the arena from the live postings (arena + delta), renumbering docs densely. */
  compact(): void {
    this.assertIdle();
    compactStore(this.store);
  }

  stats(): IndexStats {
    const st = this.store;
    const b = st.bytes();
    const scratch = this.scratch.bytes;
    return {
      docs: st.docOf.size,
      docSlots: st.nDocs,
      terms: st.termIds.length,
      postings: st.livePostings,
      arenaPostings: st.arenaPostings,
      deltaPostings: st.deltaPostings,
      deadPostings: st.deadPostings,
      bytes: { ...b, scratch, total: b.postings + b.perDoc + scratch + b.idsEstimate + b.termsEstimate },
    };
  }

  /** All memory of the index (see stats()) per live posting. */
  bytesPerPosting(): number {
    return this.stats().bytes.total / Math.max(1, this.store.livePostings);
  }

  /**
   * The explanation of one indexed candidate, read from the index itself (binary search in the
   * postings of the opening's skills and their neighbours), so it always agrees with the ranking.
   */
  explain(opening: Opening, id: string, algorithm: Algorithm = this.algorithm): Explanation | null {
    const doc = this.store.docOf.get(id);
    if (doc === undefined) return null;
    const codes = new Map<string, number>();
    const look = (skillId: string) => {
      if (codes.has(skillId)) return;
      const code = this.store.codeIn(skillId, doc);
      if (code !== undefined) codes.set(skillId, code);
    };
    for (const s of opening.skills) {
      look(s.skillId);
      for (const nId of creditedNeighbours(s.skillId, this.neighbours, algorithm, this.config).keys()) look(nId);
    }
    const skills = [...codes].map(([skillId, code]) => ({ skillId, level: levelOfCode(code), trust: trustOfCode(code) }));
    const candidate: Candidate = { id, skills, skillCount: this.store.docLen[doc]! };
    return explain(opening, candidate, {
      algorithm,
      neighbours: this.neighbours,
      config: this.config,
      prevalence: (s) => this.prevalence(s),
    });
  }

  /**
   * Share of the profiles holding a skill, as of the last build or compaction (0 for a skill
   * first seen since): what /2's specificity reads. Writes move it only at the next compaction,
   * so that a ranking does not shift with every write.
   */
  prevalence(skillId: string): number {
    return this.fixedPrevalence ? this.fixedPrevalence(skillId) : this.store.prevalence(skillId);
  }

  /** Ranked candidates with MaxScore pruning. */
  search(opening: Opening, options: SearchOptions): SearchResult {
    return this.run(opening, options, true);
  }

  /** Same results as search(), scoring every posting (the reference for the pruning). */
  searchExhaustive(opening: Opening, options: SearchOptions): SearchResult {
    return this.run(opening, options, false);
  }

  private run(opening: Opening, options: SearchOptions, prune: boolean): SearchResult {
    validateOpening(opening);
    const k = options.k;
    const offset = options.offset ?? 0;
    if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be an integer ≥ 0, got ${k}`);
    if (!Number.isInteger(offset) || offset < 0) throw new RangeError(`offset must be an integer ≥ 0, got ${offset}`);
    const countTotal = options.countTotal ?? true;
    const algorithm = options.algorithm ?? this.algorithm;
    const weights = effectiveWeights(opening, algorithm, this.config, (s) => this.prevalence(s));
    const W = totalWeight(weights);
    if (!(W > 0) || (k === 0 && !countTotal)) return { hits: [], total: countTotal ? 0 : null, algorithmVersion: algorithm };
    this.assertIdle();
    this.busy = true;
    try {
      const q = new QueryRun(this.context(), opening, options, algorithm, weights, W, prune);
      const result = q.run(offset);
      this.lastTrace = q.trace;
      return result;
    } catch (e) {
      this.scratch.reset(); // an exception (e.g. from the predicate) may leave a block dirty
      throw e;
    } finally {
      this.busy = false;
    }
  }

  private context() {
    const { store, scratch, config, neighbours, blockSize, listRatio } = this;
    return { store, scratch, config, neighbours, blockSize, listRatio };
  }

  private maybeCompact(): void {
    if (!this.autoCompact) return;
    const st = this.store;
    if (st.deltaPostings + st.deadPostings > Math.max(this.compactMinPostings, this.compactRatio * st.arenaPostings))
      this.compact();
  }

  private assertIdle(): void {
    if (this.busy) throw new Error('MatchIndex: no writes during a search (the eligibility predicate must not write)');
  }
}
