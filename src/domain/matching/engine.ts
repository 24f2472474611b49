/**
 * The matching engine: an in-memory inverted index over skills profiles that ranks candidates for
 * an opening by the score defined in score.ts, without a database.
 *
 * Layout. Profiles get dense doc numbers (0..n-1), skills dense term numbers. The postings of a
 * term are (doc, level) pairs sorted by doc: one Int32Array of docs and one Uint8Array of levels
 * shared by all terms (the arena, 5 bytes a posting), with an offset table. Writes do not touch
 * the arena: upsert tombstones the old doc number and appends the new version, under a new doc
 * number, to small per-term delta lists (still sorted by doc, since new numbers only grow);
 * compact() rebuilds the arena when the delta and the dead postings grow past a threshold.
 *
 * Query: term-at-a-time within blocks of docs. The doc space is cut into blocks (32k docs by
 * default) and each block is scored completely before the next, so the per-doc scratch (sums,
 * required skills met, flags: ~0.5 MB) stays in the CPU cache and is simply cleared per block;
 * posting lists are sorted by doc, so each is read in order with one cursor across blocks.
 * Within a block, opening skills are processed in the canonical order of score.ts (weight
 * descending), each over its expansion: the skill itself (similarity 1) and its taxonomy
 * neighbours (relatedCredit). The inner loops are branch-free: sums start at 0 and a posting adds
 * w·credit (0 adds nothing), so the sum is the same float as explain()'s. For a skill with
 * neighbours each doc keeps its best 1-byte rank of (credit, exact, level) over the lists (which
 * also settles the tie rules for "met") and the credit of that rank is added once.
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
 * when a third of the docs stay candidates. search() prunes, searchExhaustive() does not; both
 * return the same results.
 *
 * totalCount needs every eligible doc with score > 0: with countTotal (the default) and no
 * requireAll every posting is read (no candidate lists; pruning then only spares the heap), and
 * the eligibility predicate is called for every doc with a score. With countTotal: false the
 * predicate is only called for docs that could enter the requested page.
 *
 * Algorithms (model.ts): one index serves both; a search names its algorithm. A posting's byte
 * holds the level (bits 0–2) and the trust class (bits 3–5), so /2's trust factor and level cap
 * are read from the same tables as the level. /2's specificity multiplies the weights in the plan
 * (prevalence from the population at the last build or compaction: prevalence()); its focus
 * multiplies a doc's final sum, and since focus ≤ 1 the sums still bound the final scores from
 * above, so the pruning bounds stay valid. Focus needs the doc's related skills: each distinct
 * term of the plan's expansions counts once per doc (rel), against its distinct skills (docLen).
 *
 * Not reentrant: one query at a time (the engine is synchronous; the eligibility predicate must
 * not write to the index).
 */
import { DocAttributes, type EligibilityQuery } from './doc-attributes.js';
import type { CandidateAttributes } from './eligibility.js';
import { TopK } from './heap.js';
import {
  credit as creditOf,
  DEFAULT_ALGORITHM,
  focus as focusOf,
  resolveConfig,
  type Algorithm,
  type MatchConfig,
} from './model.js';
import { creditedNeighbours, NO_NEIGHBOURS, type Neighbours } from './neighbours.js';
import {
  assertLevel,
  assertTrust,
  canonicalOrder,
  effectiveWeights,
  explain,
  totalWeight,
  validateOpening,
  type Candidate,
  type Explanation,
  type Opening,
  type Prevalence,
} from './score.js';

/** A posting's byte: level in bits 0–2, trust class in bits 3–5. */
const codeOf = (level: number, trust: number) => level | (trust << 3);
const CODES = 40;
const levelOfCode = (code: number) => code & 7;
const trustOfCode = (code: number) => code >> 3;

/** A profile as the index stores it: the score's input, and the attributes eligibility reads. */
export type IndexedProfile = Candidate & { attributes?: CandidateAttributes };

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

// Block-local flags of a doc during a query (cleared with the block).
const CAND = 1; // listed candidate of a closed block
const ELK = 2; // eligibility known
const ELY = 4; // eligible
const PICKED = 8; // sparse block: already looked at by the selection
// Block modes: open (every posting scored), or closed with a list of candidates.
const OPEN = 0;
const LISTED = 1;

/** A run of postings docs[start..end) with their levels; bs..be is the current block's part. */
interface Segment {
  docs: Int32Array;
  levels: Uint8Array;
  start: number;
  end: number;
  /** Cursor: at or before the first posting of the current block. */
  pos: number;
  bs: number;
  be: number;
}
interface Expansion {
  /** credit by posting code (level and trust). */
  cred: Float64Array;
  /** rank by posting code: order of (credit, exact before neighbour, level); 0 = no credit. */
  rank: Uint16Array;
  /** 1 by posting code when the skill is met (credit > 0 and level ≥ minLevel). */
  met: Uint8Array;
  /** 1 when this is the plan's first expansion of its term (it counts the doc's related skills). */
  first: number;
  segs: Segment[];
}
interface PlannedSkill {
  weight: number;
  required: boolean;
  exps: Expansion[];
  /** credit and met (level ≥ minLevel) of each rank. */
  credOfRank: Float64Array;
  metOfRank: Uint8Array;
}
interface Query {
  plan: PlannedSkill[];
  algorithm: Algorithm;
  /** /2: count related skills per doc for focus. */
  countRel: boolean;
  /** remW[j]: weight of the skills from j on (remW[P] = 0). */
  remW: Float64Array;
  W: number;
  /** Margin for bounds, far above floating-point rounding of the sums. */
  eps: number;
  R: number;
  requireAll: boolean;
  countTotal: boolean;
  /** Closed skills must still count docs seen first there. */
  countNew: boolean;
  prune: boolean;
  /** By doc number (the id-based predicate is wrapped). */
  eligible: ((doc: number) => boolean) | undefined;
  after: { score: number; id: string } | undefined;
  heap: TopK;
  /** θ·W: the sum a doc must reach to enter the page; -∞ until the heap is full. */
  thetaAcc: number;
  total: number;
  trace: QueryTrace;
}

/** Growable postings of one term in the delta. */
class DeltaList {
  docs = new Int32Array(4);
  levels = new Uint8Array(4);
  len = 0;
  push(doc: number, level: number): void {
    if (this.len === this.docs.length) {
      const docs = new Int32Array(this.len * 2);
      docs.set(this.docs);
      const levels = new Uint8Array(this.len * 2);
      levels.set(this.levels);
      this.docs = docs;
      this.levels = levels;
    }
    this.docs[this.len] = doc;
    this.levels[this.len++] = level;
  }
}

function grownInt32(a: Int32Array<ArrayBuffer>, min: number, fill = 0): Int32Array<ArrayBuffer> {
  if (a.length >= min) return a;
  const b = new Int32Array(Math.max(min, a.length * 2));
  if (fill !== 0) b.fill(fill, a.length);
  b.set(a);
  return b;
}
function grownUint8(a: Uint8Array<ArrayBuffer>, min: number): Uint8Array<ArrayBuffer> {
  if (a.length >= min) return a;
  const b = new Uint8Array(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}

/** First index in [pos, end) whose doc is ≥ target (end if none): galloping, then binary search. */
function seek(docs: Int32Array, pos: number, end: number, target: number): number {
  if (pos >= end || docs[pos]! >= target) return pos;
  let lo = pos;
  let step = 1;
  let hi = pos + 1;
  while (hi < end && docs[hi]! < target) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > end) hi = end;
  // docs[lo] < target, and hi = end or docs[hi] ≥ target.
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < target) lo = mid;
    else hi = mid;
  }
  return hi;
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

  // Terms.
  private termOf = new Map<string, number>();
  private termIds: string[] = [];
  // Arena: postings of term t (t < arenaTerms) are [arenaOff[t], arenaOff[t+1]).
  private arenaTerms = 0;
  private arenaOff = new Int32Array(1);
  private arenaDocs = new Int32Array(0);
  private arenaLevels = new Uint8Array(0);
  // Delta: postings written since the last build/compact.
  private delta: (DeltaList | undefined)[] = [];

  // Docs.
  private idOf: string[] = [];
  private docOf = new Map<string, number>();
  private nDocs = 0;
  private deleted = new Uint8Array(16);
  private docLen = new Uint16Array(16);
  // Prevalence of each term at the last build or compaction (specificity under /2).
  private df = new Int32Array(0);
  private dfDocs = 0;
  private readonly fixedPrevalence: Prevalence | undefined;
  // Eligibility attributes by doc (doc-attributes.ts).
  private attrs = new DocAttributes();

  // Query scratch for one block of docs (allocated at the first search, at most blockSize):
  // sums, required skills met, best rank of the current opening skill (zero between skills),
  // flags, candidates of a closed block.
  private acc = new Float64Array(0);
  private met = new Uint16Array(0);
  private best = new Uint16Array(0);
  private rel = new Uint16Array(0);
  private flag = new Uint8Array(0);
  private cand = new Int32Array(0);
  private nc = 0;
  private busy = false;
  /** What the last search did. */
  lastTrace: QueryTrace = { blocks: 0, closedBlocks: 0, galloped: 0 };

  private livePostings = 0;
  private arenaPostings = 0;
  private deltaPostings = 0;
  private deadPostings = 0;

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
   * Builds the arena from profiles in one read of the iterable (which may be a stream): the
   * postings are buffered per doc (term, level), counted per term, then placed by counting sort.
   * Duplicate skills in a profile keep the highest level; a duplicate profile id is an error.
   */
  static build(profiles: Iterable<IndexedProfile>, options: MatchIndexOptions = {}): MatchIndex {
    const index = new MatchIndex(options);
    let terms = new Int32Array(1 << 16);
    let levels = new Uint8Array(1 << 16);
    let docEnd = new Int32Array(1 << 10);
    let counts = new Int32Array(1 << 10);
    let lastDoc = new Int32Array(1 << 10).fill(-1);
    let n = 0;
    let len = 0;
    for (const p of profiles) {
      if (index.docOf.has(p.id)) throw new Error(`duplicate profile id ${p.id}`);
      const doc = n++;
      index.idOf.push(p.id);
      index.docOf.set(p.id, doc);
      if (p.attributes) index.attrs.set(doc, p.attributes);
      const start = len;
      for (const s of p.skills) {
        assertLevel(s.level, `profile ${p.id}, skill ${s.skillId}`);
        const trust = s.trust ?? 0;
        assertTrust(trust, `profile ${p.id}, skill ${s.skillId}`);
        let t = index.termOf.get(s.skillId);
        if (t === undefined) {
          t = index.addTerm(s.skillId);
          counts = grownInt32(counts, t + 1);
          lastDoc = grownInt32(lastDoc, t + 1, -1);
        }
        if (lastDoc[t] === doc) {
          // A duplicate skill keeps the higher level and the higher trust.
          for (let i = start; i < len; i++)
            if (terms[i] === t)
              levels[i] = codeOf(Math.max(levelOfCode(levels[i]!), s.level), Math.max(trustOfCode(levels[i]!), trust));
          continue;
        }
        lastDoc[t] = doc;
        if (len === terms.length) {
          terms = grownInt32(terms, len + 1);
          levels = grownUint8(levels, len + 1);
        }
        terms[len] = t;
        levels[len++] = codeOf(s.level, trust);
        counts[t]!++;
      }
      if (len - start > 0xffff) throw new RangeError(`profile ${p.id}: more than 65535 skills`);
      docEnd = grownInt32(docEnd, n);
      docEnd[doc] = len;
    }
    const T = index.termIds.length;
    const off = new Int32Array(T + 1);
    for (let t = 0; t < T; t++) off[t + 1] = off[t]! + counts[t]!;
    const cursor = off.slice(0, T);
    const adocs = new Int32Array(len);
    const alevels = new Uint8Array(len);
    // Docs in ascending order, so every term's postings come out sorted by doc.
    index.ensureDocCapacity(n);
    let i = 0;
    for (let doc = 0; doc < n; doc++) {
      const end = docEnd[doc]!;
      index.docLen[doc] = end - i;
      for (; i < end; i++) {
        const pos = cursor[terms[i]!]!++;
        adocs[pos] = doc;
        alevels[pos] = levels[i]!;
      }
    }
    index.nDocs = n;
    index.arenaTerms = T;
    index.arenaOff = off;
    index.arenaDocs = adocs;
    index.arenaLevels = alevels;
    index.livePostings = index.arenaPostings = len;
    index.snapshotPrevalence(counts.subarray(0, T), n);
    return index;
  }

  /** Live profiles. */
  get size(): number {
    return this.docOf.size;
  }

  has(id: string): boolean {
    return this.docOf.has(id);
  }

  /** Adds or replaces a profile (by id). Cheap: tombstone + delta append; compacts now and then. */
  upsert(profile: IndexedProfile): void {
    this.assertIdle();
    const skills = new Map<string, number>();
    for (const s of profile.skills) {
      assertLevel(s.level, `profile ${profile.id}, skill ${s.skillId}`);
      const trust = s.trust ?? 0;
      assertTrust(trust, `profile ${profile.id}, skill ${s.skillId}`);
      const had = skills.get(s.skillId);
      skills.set(
        s.skillId,
        had === undefined
          ? codeOf(s.level, trust)
          : codeOf(Math.max(levelOfCode(had), s.level), Math.max(trustOfCode(had), trust)),
      );
    }
    if (skills.size > 0xffff) throw new RangeError(`profile ${profile.id}: more than 65535 skills`);
    const old = this.docOf.get(profile.id);
    if (old !== undefined) this.tombstone(old);
    const doc = this.nDocs++;
    this.ensureDocCapacity(this.nDocs);
    this.idOf[doc] = profile.id;
    this.docOf.set(profile.id, doc);
    this.attrs.set(doc, profile.attributes);
    for (const [skillId, code] of skills) {
      const t = this.termOf.get(skillId) ?? this.addTerm(skillId);
      (this.delta[t] ??= new DeltaList()).push(doc, code);
    }
    this.docLen[doc] = skills.size;
    this.livePostings += skills.size;
    this.deltaPostings += skills.size;
    this.maybeCompact();
  }

  /** Removes a profile; false when it was not indexed. */
  remove(id: string): boolean {
    this.assertIdle();
    const doc = this.docOf.get(id);
    if (doc === undefined) return false;
    this.tombstone(doc);
    this.maybeCompact();
    return true;
  }

  /** Rebuilds the arena from the live postings (arena + delta), renumbering docs densely. */
  compact(): void {
    this.assertIdle();
    const n = this.nDocs;
    const newOf = new Int32Array(n);
    let live = 0;
    for (let d = 0; d < n; d++) newOf[d] = this.deleted[d] ? -1 : live++;
    const T = this.termIds.length;
    const off = new Int32Array(T + 1);
    for (let t = 0; t < T; t++) {
      let c = 0;
      for (const seg of this.segments(t)) for (let i = seg.start; i < seg.end; i++) if (newOf[seg.docs[i]!]! >= 0) c++;
      off[t + 1] = off[t]! + c;
    }
    const total = off[T]!;
    const adocs = new Int32Array(total);
    const alevels = new Uint8Array(total);
    for (let t = 0; t < T; t++) {
      let pos = off[t]!;
      // Arena before delta, both sorted, and the renumbering keeps order: still sorted.
      for (const seg of this.segments(t)) {
        for (let i = seg.start; i < seg.end; i++) {
          const nd = newOf[seg.docs[i]!]!;
          if (nd < 0) continue;
          adocs[pos] = nd;
          alevels[pos++] = seg.levels[i]!;
        }
      }
    }
    const idOf: string[] = new Array<string>(live);
    const docOf = new Map<string, number>();
    const docLen = new Uint16Array(Math.max(16, live));
    for (let d = 0; d < n; d++) {
      const nd = newOf[d]!;
      if (nd < 0) continue;
      const id = this.idOf[d]!;
      idOf[nd] = id;
      docOf.set(id, nd);
      docLen[nd] = this.docLen[d]!;
    }
    this.idOf = idOf;
    this.docOf = docOf;
    this.attrs.remap(newOf, live);
    this.nDocs = live;
    this.docLen = docLen;
    this.deleted = new Uint8Array(docLen.length);
    this.arenaTerms = T;
    this.arenaOff = off;
    this.arenaDocs = adocs;
    this.arenaLevels = alevels;
    this.delta = [];
    this.arenaPostings = this.livePostings = total;
    this.deltaPostings = 0;
    this.deadPostings = 0;
    const df = new Int32Array(T);
    for (let t = 0; t < T; t++) df[t] = off[t + 1]! - off[t]!;
    this.snapshotPrevalence(df, live);
  }

  stats(): IndexStats {
    let deltaBytes = 0;
    for (const dl of this.delta) if (dl) deltaBytes += dl.docs.byteLength + dl.levels.byteLength + 32;
    const postings = this.arenaDocs.byteLength + this.arenaLevels.byteLength + this.arenaOff.byteLength + deltaBytes;
    const perDoc = this.deleted.byteLength + this.docLen.byteLength + this.attrs.bytes;
    const scratch =
      this.flag.byteLength +
      this.acc.byteLength +
      this.met.byteLength +
      this.best.byteLength +
      this.rel.byteLength +
      this.cand.byteLength;
    // V8: a one-byte string is ~16 bytes of header plus its characters; an array slot 8 bytes;
    // a Map entry ~3 slots plus its share of the hash table (~32 bytes). Estimates, not measured.
    let idChars = 0;
    for (const id of this.docOf.keys()) idChars += id.length;
    const idsEstimate = idChars + this.docOf.size * (16 + 32) + this.idOf.length * 8;
    let termChars = 0;
    for (const t of this.termIds) termChars += t.length;
    const termsEstimate = termChars + this.termIds.length * (16 + 32 + 8) + this.delta.length * 8;
    return {
      docs: this.docOf.size,
      docSlots: this.nDocs,
      terms: this.termIds.length,
      postings: this.livePostings,
      arenaPostings: this.arenaPostings,
      deltaPostings: this.deltaPostings,
      deadPostings: this.deadPostings,
      bytes: {
        postings,
        perDoc,
        scratch,
        idsEstimate,
        termsEstimate,
        total: postings + perDoc + scratch + idsEstimate + termsEstimate,
      },
    };
  }

  /** All memory of the index (see stats()) per live posting. */
  bytesPerPosting(): number {
    return this.stats().bytes.total / Math.max(1, this.livePostings);
  }

  /**
   * The explanation of one indexed candidate, read from the index itself (binary search in the
   * postings of the opening's skills and their neighbours), so it always agrees with the ranking.
   */
  explain(opening: Opening, id: string, algorithm: Algorithm = this.algorithm): Explanation | null {
    const doc = this.docOf.get(id);
    if (doc === undefined) return null;
    const codes = new Map<string, number>();
    const look = (skillId: string) => {
      const t = this.termOf.get(skillId);
      if (t === undefined || codes.has(skillId)) return;
      for (const seg of this.segments(t)) {
        const i = seek(seg.docs, seg.start, seg.end, doc);
        if (i < seg.end && seg.docs[i] === doc) codes.set(skillId, seg.levels[i]!);
      }
    };
    for (const s of opening.skills) {
      look(s.skillId);
      for (const nId of creditedNeighbours(s.skillId, this.neighbours, algorithm, this.config).keys()) look(nId);
    }
    const skills = [...codes].map(([skillId, code]) => ({ skillId, level: levelOfCode(code), trust: trustOfCode(code) }));
    const candidate: Candidate = { id, skills, skillCount: this.docLen[doc]! };
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
    if (this.fixedPrevalence) return this.fixedPrevalence(skillId);
    const t = this.termOf.get(skillId);
    if (t === undefined || t >= this.df.length || this.dfDocs === 0) return 0;
    return this.df[t]! / this.dfDocs;
  }

  /** Ranked candidates with MaxScore pruning. */
  search(opening: Opening, options: SearchOptions): SearchResult {
    return this.run(opening, options, true);
  }

  /** Same results as search(), scoring every posting (the reference for the pruning). */
  searchExhaustive(opening: Opening, options: SearchOptions): SearchResult {
    return this.run(opening, options, false);
  }

  // ---------------------------------------------------------------------------------------------

  private snapshotPrevalence(df: Int32Array, docs: number): void {
    this.df = Int32Array.from(df);
    this.dfDocs = docs;
  }

  private addTerm(skillId: string): number {
    const t = this.termIds.length;
    this.termIds.push(skillId);
    this.termOf.set(skillId, t);
    return t;
  }

  private segments(t: number): Segment[] {
    const segs: Segment[] = [];
    const seg = (docs: Int32Array, levels: Uint8Array, start: number, end: number) =>
      segs.push({ docs, levels, start, end, pos: start, bs: start, be: start });
    if (t < this.arenaTerms) {
      const start = this.arenaOff[t]!;
      const end = this.arenaOff[t + 1]!;
      if (end > start) seg(this.arenaDocs, this.arenaLevels, start, end);
    }
    const dl = this.delta[t];
    if (dl && dl.len > 0) seg(dl.docs, dl.levels, 0, dl.len);
    return segs;
  }

  private tombstone(doc: number): void {
    this.deleted[doc] = 1;
    this.docOf.delete(this.idOf[doc]!);
    const len = this.docLen[doc]!;
    this.livePostings -= len;
    this.deadPostings += len;
  }

  private maybeCompact(): void {
    if (!this.autoCompact) return;
    if (this.deltaPostings + this.deadPostings > Math.max(this.compactMinPostings, this.compactRatio * this.arenaPostings))
      this.compact();
  }

  private assertIdle(): void {
    if (this.busy) throw new Error('MatchIndex: no writes during a search (the eligibility predicate must not write)');
  }

  private ensureDocCapacity(n: number): void {
    if (this.deleted.length >= n) return;
    const cap = Math.max(n, this.deleted.length * 2);
    const deleted = new Uint8Array(cap);
    deleted.set(this.deleted);
    this.deleted = deleted;
    const docLen = new Uint16Array(cap);
    docLen.set(this.docLen);
    this.docLen = docLen;
  }

  /**
   * The query plan: opening skills in canonical order with their effective weights, each with
   * its expansions (the skill itself and the neighbours that earn credit), and per skill a rank
   * of every (similarity, posting code) outcome by the tie order of score.ts: credit, exact
   * before neighbour, higher level. A doc keeps the best rank over the skill's expansions.
   */
  private plan(opening: Opening, algorithm: Algorithm, weights: ReadonlyArray<{ weight: number }>): PlannedSkill[] {
    const cfg = this.config;
    const seen = new Set<number>();
    return canonicalOrder(weights).map((i) => {
      const s = opening.skills[i]!;
      const m = s.minLevel;
      const sources: { t: number; similarity: number; exact: boolean }[] = [];
      const t = this.termOf.get(s.skillId);
      if (t !== undefined) sources.push({ t, similarity: 1, exact: true });
      for (const [nId, n] of creditedNeighbours(s.skillId, this.neighbours, algorithm, cfg)) {
        const tn = this.termOf.get(nId);
        if (tn !== undefined) sources.push({ t: tn, similarity: n.similarity, exact: false });
      }
      const kinds = [...new Map(sources.map((x) => [`${x.exact}:${x.similarity}`, x])).values()];
      const outcomes: { kind: number; code: number; exact: boolean; level: number; credit: number }[] = [];
      kinds.forEach((k, kind) => {
        for (let trust = 0; trust <= 4; trust++) {
          for (let level = 1; level <= 5; level++) {
            outcomes.push({
              kind,
              code: codeOf(level, trust),
              exact: k.exact,
              level,
              credit: creditOf(algorithm, cfg, k.similarity, level, trust, m),
            });
          }
        }
      });
      outcomes.sort((a, b) => a.credit - b.credit || Number(a.exact) - Number(b.exact) || a.level - b.level);
      const credOfRank = new Float64Array(outcomes.length + 1);
      const metOfRank = new Uint8Array(outcomes.length + 1);
      const tables = kinds.map(() => ({
        cred: new Float64Array(CODES),
        rank: new Uint16Array(CODES),
        met: new Uint8Array(CODES),
      }));
      outcomes.forEach((o, r) => {
        if (!(o.credit > 0)) return;
        const tb = tables[o.kind]!;
        tb.rank[o.code] = r + 1;
        tb.cred[o.code] = o.credit;
        tb.met[o.code] = o.level >= m ? 1 : 0;
        credOfRank[r + 1] = o.credit;
        metOfRank[r + 1] = o.level >= m ? 1 : 0;
      });
      const exps: Expansion[] = [];
      for (const x of sources) {
        const segs = this.segments(x.t);
        if (segs.length === 0) continue;
        const first = seen.has(x.t) ? 0 : 1;
        seen.add(x.t);
        const tb = tables[kinds.findIndex((k) => k.exact === x.exact && k.similarity === x.similarity)]!;
        exps.push({ ...tb, first, segs });
      }
      return { weight: weights[i]!.weight, required: s.required, exps, credOfRank, metOfRank };
    });
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
    let scored = false;
    try {
      const plan = this.plan(opening, algorithm, weights);
      const P = plan.length;
      const R = plan.filter((s) => s.required).length;
      const requireAll = !!opening.requireAllRequiredSkills && R > 0;
      const remW = new Float64Array(P + 1);
      for (let j = P - 1; j >= 0; j--) remW[j] = remW[j + 1]! + plan[j]!.weight;
      const kk = offset + k;
      const blen = Math.min(this.blockSize, this.nDocs);
      if (this.acc.length < blen) {
        this.acc = new Float64Array(blen);
        this.met = new Uint16Array(blen);
        this.best = new Uint16Array(blen);
        this.rel = new Uint16Array(blen);
        this.flag = new Uint8Array(blen);
        this.cand = new Int32Array(blen);
      }
      const q: Query = {
        plan,
        algorithm,
        countRel: algorithm !== 'skills-overlap/1',
        remW,
        W,
        eps: 1e-9 * W,
        R,
        requireAll,
        countTotal,
        countNew: countTotal && !requireAll,
        prune,
        eligible: this.docPredicate(options),
        after: options.after,
        heap: new TopK(Math.min(kk, this.nDocs), (d) => this.idOf[d]!),
        thetaAcc: kk === 0 ? Infinity : -Infinity,
        total: 0,
        trace: { blocks: 0, closedBlocks: 0, galloped: 0 },
      };
      for (let b0 = 0; b0 < this.nDocs; b0 += this.blockSize) this.block(q, b0, Math.min(b0 + this.blockSize, this.nDocs));
      scored = true;
      this.lastTrace = q.trace;
      const hits = q.heap
        .sorted()
        .slice(offset)
        .map(({ doc, score }) => ({ id: this.idOf[doc]!, score, coverage: R === 0 ? 1 : this.coverageOf(plan, doc) / R }));
      return { hits, total: countTotal ? q.total : null, algorithmVersion: algorithm };
    } finally {
      if (!scored) this.resetBlock(); // an exception (e.g. from the predicate) left a block dirty
      this.busy = false;
    }
  }

  /** Required skills a doc meets (for the few returned hits: binary search in their postings). */
  private coverageOf(plan: PlannedSkill[], doc: number): number {
    let met = 0;
    for (const sk of plan) {
      if (!sk.required) continue;
      let best = 0;
      for (const e of sk.exps) {
        for (const seg of e.segs) {
          const i = seek(seg.docs, seg.start, seg.end, doc);
          if (i < seg.end && seg.docs[i] === doc) best = Math.max(best, e.rank[seg.levels[i]!]!);
        }
      }
      met += sk.metOfRank[best]!;
    }
    return met;
  }

  /** Scores the docs [b0, b1) and offers them to the heap. */
  private block(q: Query, b0: number, b1: number): void {
    const { plan, remW, eps, requireAll, countTotal } = q;
    const P = plan.length;
    const blen = b1 - b0;
    const { flag, acc, met, rel } = this;
    q.trace.blocks++;
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
    if (q.prune && !q.countNew && !(requireAll && countTotal)) {
      for (let j = 0; j < P; j++) {
        if (remW[j]! + eps < q.thetaAcc) {
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
        mode = this.close(q, j, lens, b0);
        nc = this.nc;
      }
      if (mode === LISTED) {
        // Candidates stay while they may still make the page: sum + remaining weight ≥ θ, and
        // under requireAll every required skill so far met (with a count, every doc that met
        // them stays until all are seen).
        const bar = requireAll && countTotal && requiredSeen < q.R ? -Infinity : q.thetaAcc - remW[j]! - eps;
        nc = this.filterCandidates(nc, bar, requireAll ? requiredSeen : -1);
        if (nc === 0) break;
        if (lens[j]! === 0) {
          // nothing to add
        } else if (nc * 8 < lens[j]!) {
          this.gallop(sk, b0, nc, requireAll, q.countRel);
          q.trace.galloped++;
        } else this.scanAll(sk, b0, requireAll, q.countRel); // non-candidates get sums too: harmless (never ranked), and branch-free
      } else if (lens[j]! > 0) this.scanAll(sk, b0, requireAll, q.countRel);
      if (sk.required) requiredSeen++;
      if (mode === OPEN && q.prune && requireAll && sk.required && requiredSeen === 1 && j < P - 1) {
        mode = this.close(q, j + 1, lens, b0);
        nc = this.nc;
      }
    }
    if (mode !== OPEN) q.trace.closedBlocks++;

    // Selection: count, and keep the best offset + k in the heap (ties by id). Sums of docs
    // dropped on the way are partial but below θ, so they are never ranked.
    const { eligible } = q;
    const deleted = this.deleted;
    const hasDeleted = this.deadPostings > 0;
    let total = 0;
    if (mode === OPEN && !requireAll && !eligible && !sparse) {
      // The common case, kept lean: most docs of the block have a sum, few can make the page,
      // and the count is branch-free.
      let theta = q.thetaAcc - eps;
      for (let d = 0; d < blen; d++) {
        const a = acc[d]!;
        total += a > 0 ? 1 : 0;
        if (a >= theta && a > 0 && !(hasDeleted && deleted[b0 + d])) {
          this.offer(q, b0, d, a);
          theta = q.thetaAcc - eps;
        }
      }
      if (hasDeleted) for (let d = 0; d < blen; d++) if (deleted[b0 + d] && acc[d]! > 0) total--;
    } else if (mode === LISTED && !countTotal) {
      const cand = this.cand;
      for (let i = 0; i < nc; i++) total += this.select(q, b0, cand[i]!);
    } else if (sparse) {
      for (const sk of plan) {
        for (const e of sk.exps) {
          for (const seg of e.segs) {
            for (let i = seg.bs; i < seg.be; i++) {
              const d = seg.docs[i]! - b0;
              if (flag[d]! & PICKED) continue;
              flag[d] = flag[d]! | PICKED;
              total += this.select(q, b0, d);
            }
          }
        }
      }
    } else {
      for (let d = 0; d < blen; d++) total += this.select(q, b0, d);
    }
    if (countTotal) q.total += total;
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
      if (q.countRel) rel.fill(0, 0, blen);
    }
  }

  /** Counts (returns 1) and offers one doc of the block, in the general case. */
  private select(q: Query, b0: number, d: number): number {
    const a = this.acc[d]!;
    if (!(a > 0) || this.deleted[b0 + d] || (q.requireAll && this.met[d] !== q.R)) return 0;
    let counted = 0;
    if (q.countTotal) {
      if (q.eligible && !this.isEligible(q.eligible, d, b0)) return 0;
      counted = 1;
    }
    if (a + q.eps >= q.thetaAcc) this.offer(q, b0, d, a);
    return counted;
  }

  /**
   * No new doc can make the page from skill j on. When some skill still to read has far more
   * postings than were read so far (an upper bound of the candidates), lists the candidates in
   * doc order so that such skills can be galloped; otherwise the block stays open (scanned in
   * full, which is cheaper than tracking many candidates).
   */
  private close(q: Query, j: number, lens: Int32Array, b0: number): number {
    let before = 0;
    let longestAfter = 0;
    for (let t = 0; t < q.plan.length; t++) {
      if (t < j) before += lens[t]!;
      else longestAfter = Math.max(longestAfter, lens[t]!);
    }
    this.nc = 0;
    if (!(before * this.listRatio < longestAfter)) return OPEN;
    const { flag, cand, acc, deleted } = this;
    const blen = Math.min(this.blockSize, this.nDocs - b0);
    let nc = 0;
    if (before * 8 <= blen) {
      // Few postings read: list their docs and sort them.
      for (let t = 0; t < j; t++) {
        for (const e of q.plan[t]!.exps) {
          for (const seg of e.segs) {
            const docs = seg.docs;
            for (let i = seg.bs; i < seg.be; i++) {
              const d = docs[i]! - b0;
              if (flag[d]! & CAND || !(acc[d]! > 0) || deleted[b0 + d]) continue;
              flag[d] = flag[d]! | CAND;
              cand[nc++] = d;
            }
          }
        }
      }
      cand.subarray(0, nc).sort();
    } else {
      // Otherwise sweep the block: already in doc order.
      for (let d = 0; d < blen; d++) {
        if (acc[d]! > 0 && !deleted[b0 + d]) {
          flag[d] = flag[d]! | CAND;
          cand[nc++] = d;
        }
      }
    }
    this.nc = nc;
    return LISTED;
  }

  /** Offers a doc with its final sum to the page (eligibility checked last, when it would enter). */
  private offer(q: Query, b0: number, d: number, a: number): void {
    const { heap, after, W } = q;
    const doc = b0 + d;
    // Focus ≤ 1, so a / W bounds the final score from above (what θ and the pruning compare).
    let score = a / W;
    if (q.countRel) score = score * focusOf(q.algorithm, this.config, this.docLen[doc]! - this.rel[d]!);
    if (after && (score > after.score || (score === after.score && this.idOf[doc]! <= after.id))) return;
    if (!heap.accepts(doc, score)) return;
    if (!q.countTotal && q.eligible && !this.isEligible(q.eligible, d, b0)) return;
    heap.push(doc, score);
    if (heap.full) q.thetaAcc = heap.worstScore * W;
  }

  /** The query's eligibility as one predicate over doc numbers (undefined: everyone). */
  private docPredicate(options: SearchOptions): ((doc: number) => boolean) | undefined {
    const byId = options.eligible;
    const inside = options.eligibility ? this.attrs.compile(options.eligibility, (id) => this.docOf.get(id)) : undefined;
    if (byId && inside) return (doc) => inside(doc) && byId(this.idOf[doc]!);
    return inside ?? (byId ? (doc) => byId(this.idOf[doc]!) : undefined);
  }

  private isEligible(eligible: (doc: number) => boolean, d: number, b0: number): boolean {
    const f = this.flag[d]!;
    if (f & ELK) return (f & ELY) !== 0;
    const ok = eligible(b0 + d);
    this.flag[d] = f | ELK | (ok ? ELY : 0);
    return ok;
  }

  /** After an exception mid-block: the scratch must be zero at the start of a block. */
  private resetBlock(): void {
    this.best.fill(0);
    this.rel.fill(0);
    this.acc.fill(0);
    this.flag.fill(0);
    this.met.fill(0);
  }

  /** Keeps the alive candidates (see block()), in order; known-ineligible ones leave too. */
  private filterCandidates(nc: number, bar: number, mustMeet: number): number {
    const { flag, acc, met, cand } = this;
    let m = 0;
    for (let i = 0; i < nc; i++) {
      const d = cand[i]!;
      const f = flag[d]!;
      if (acc[d]! >= bar && (mustMeet < 0 || met[d] === mustMeet) && (f & (ELK | ELY)) !== ELK) cand[m++] = d;
      else flag[d] = f & ~CAND;
    }
    return m;
  }

  /**
   * Scores one opening skill for every doc of the block, branch-free: sums start at 0, a doc's
   * first credit is 0 + w·c (the same float as explain()'s), and credit 0 adds nothing.
   */
  private scanAll(sk: PlannedSkill, b0: number, trackMet: boolean, countRel: boolean): void {
    const w = sk.weight;
    const { acc, met, rel } = this;
    const req = trackMet && sk.required;
    if (sk.exps.length === 1) {
      const e = sk.exps[0]!;
      const cred = e.cred;
      const metOf = e.met;
      const fr = countRel && e.first === 1;
      for (const seg of e.segs) {
        const docs = seg.docs;
        const levels = seg.levels;
        if (fr) {
          // /2: the doc's related skills too (one loop: the postings are read once).
          for (let i = seg.bs, end = seg.be; i < end; i++) {
            const d = docs[i]! - b0;
            const l = levels[i]!;
            acc[d] = acc[d]! + w * cred[l]!;
            if (req) met[d] = met[d]! + metOf[l]!;
            rel[d] = rel[d]! + 1;
          }
        } else if (req) {
          for (let i = seg.bs, end = seg.be; i < end; i++) {
            const d = docs[i]! - b0;
            const l = levels[i]!;
            acc[d] = acc[d]! + w * cred[l]!;
            met[d] = met[d]! + metOf[l]!;
          }
        } else {
          for (let i = seg.bs, end = seg.be; i < end; i++) {
            const d = docs[i]! - b0;
            acc[d] = acc[d]! + w * cred[levels[i]!]!;
          }
        }
      }
      return;
    }
    // Several lists (the skill and its neighbours): each doc's best rank over them, its credit
    // added once. The longest list (usually the skill itself) is read once: the others first
    // record their ranks, the longest then adds max(its rank, recorded) and clears it, and the
    // others finally add what is left (a doc already added finds rank 0 and adds credit 0).
    const best = this.best;
    const exps = sk.exps;
    if (countRel) for (const e of exps) if (e.first) this.countRelated(e, b0);
    let longest = 0;
    let longestLen = -1;
    for (let x = 0; x < exps.length; x++) {
      let len = 0;
      for (const seg of exps[x]!.segs) len += seg.be - seg.bs;
      if (len > longestLen) {
        longestLen = len;
        longest = x;
      }
    }
    for (let x = 0; x < exps.length; x++) {
      if (x === longest) continue;
      const rank = exps[x]!.rank;
      for (const seg of exps[x]!.segs) {
        const docs = seg.docs;
        const levels = seg.levels;
        for (let i = seg.bs, end = seg.be; i < end; i++) {
          const d = docs[i]! - b0;
          const r = rank[levels[i]!]!;
          if (r > best[d]!) best[d] = r;
        }
      }
    }
    const credOfRank = sk.credOfRank;
    const metOfRank = sk.metOfRank;
    const rank = exps[longest]!.rank;
    for (const seg of exps[longest]!.segs) {
      const docs = seg.docs;
      const levels = seg.levels;
      for (let i = seg.bs, end = seg.be; i < end; i++) {
        const d = docs[i]! - b0;
        const r = Math.max(rank[levels[i]!]!, best[d]!);
        best[d] = 0;
        acc[d] = acc[d]! + w * credOfRank[r]!;
        if (req) met[d] = met[d]! + metOfRank[r]!;
      }
    }
    for (let x = 0; x < exps.length; x++) {
      if (x === longest) continue;
      for (const seg of exps[x]!.segs) {
        const docs = seg.docs;
        for (let i = seg.bs, end = seg.be; i < end; i++) {
          const d = docs[i]! - b0;
          const r = best[d]!;
          best[d] = 0;
          acc[d] = acc[d]! + w * credOfRank[r]!;
          if (req) met[d] = met[d]! + metOfRank[r]!;
        }
      }
    }
  }

  /** Counts a doc's related skills: one for each posting of the plan's first expansion of a term. */
  private countRelated(e: Expansion, b0: number): void {
    const rel = this.rel;
    for (const seg of e.segs) {
      const docs = seg.docs;
      for (let i = seg.bs, end = seg.be; i < end; i++) {
        const d = docs[i]! - b0;
        rel[d] = rel[d]! + 1;
      }
    }
  }

  /** Adds the best credit of the candidates for one multi-list skill, and resets their ranks. */
  private addBestOfCandidates(sk: PlannedSkill, nc: number, req: boolean): void {
    const { acc, met, best, cand } = this;
    const w = sk.weight;
    const credOfRank = sk.credOfRank;
    const metOfRank = sk.metOfRank;
    for (let i = 0; i < nc; i++) {
      const d = cand[i]!;
      const r = best[d]!;
      if (r === 0) continue;
      best[d] = 0;
      acc[d] = acc[d]! + w * credOfRank[r]!;
      if (req) met[d] = met[d]! + metOfRank[r]!;
    }
  }

  /** Listed candidates, few: find each (in doc order) in the postings by galloping. */
  private gallop(sk: PlannedSkill, b0: number, nc: number, trackMet: boolean, countRel: boolean): void {
    const { acc, met, best, cand, rel } = this;
    const single = sk.exps.length === 1;
    const w = sk.weight;
    const req = trackMet && sk.required;
    for (const e of sk.exps) {
      const cred = e.cred;
      const metOf = e.met;
      const rank = e.rank;
      const fr = countRel ? e.first : 0;
      for (const seg of e.segs) {
        const docs = seg.docs;
        const levels = seg.levels;
        const end = seg.be;
        let p = seg.bs;
        for (let i = 0; i < nc && p < end; i++) {
          const d = cand[i]!;
          p = seek(docs, p, end, b0 + d);
          if (p >= end) break;
          if (docs[p] !== b0 + d) continue;
          const l = levels[p++]!;
          rel[d] = rel[d]! + fr;
          if (single) {
            acc[d] = acc[d]! + w * cred[l]!;
            if (req) met[d] = met[d]! + metOf[l]!;
          } else {
            const r = rank[l]!;
            if (r > best[d]!) best[d] = r;
          }
        }
      }
    }
    if (!single) this.addBestOfCandidates(sk, nc, req);
  }
}
