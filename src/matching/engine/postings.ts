/**
 * The match index's storage: dense doc and term numbers and the postings of each term.
 *
 * Profiles get dense doc numbers (0..n-1), skills dense term numbers. The postings of a term are
 * (doc, code) pairs sorted by doc: one Int32Array of docs and one Uint8Array of codes shared by
 * all terms (the arena, 5 bytes a posting), with an offset table. Writes do not touch the arena:
 * an upsert tombstones the old doc number and appends the new version, under a new doc number,
 * to small per-term delta lists (still sorted by doc, since new numbers only grow); build.ts
 * builds the arena and compacts it when the delta and the dead postings grow past a threshold.
 */
import { DocAttributes } from './doc-attributes.js';
import type { CandidateAttributes } from './eligibility.js';
import { assertLevel, assertTrust, type Candidate, type Prevalence } from './score.js';

/** A profile as the index stores it: the score's input, and the attributes eligibility reads. */
export type IndexedProfile = Candidate & { attributes?: CandidateAttributes };

/** A posting's byte: level in bits 0–2, trust class in bits 3–5. */
export const codeOf = (level: number, trust: number) => level | (trust << 3);
export const CODES = 40;
export const levelOfCode = (code: number) => code & 7;
export const trustOfCode = (code: number) => code >> 3;

/** The code of one skill of a profile, checked; a duplicate skill keeps the higher level and trust. */
export function skillCode(profileId: string, s: Candidate['skills'][number], had?: number): number {
  assertLevel(s.level, `profile ${profileId}, skill ${s.skillId}`);
  const trust = s.trust ?? 0;
  assertTrust(trust, `profile ${profileId}, skill ${s.skillId}`);
  return had === undefined
    ? codeOf(s.level, trust)
    : codeOf(Math.max(levelOfCode(had), s.level), Math.max(trustOfCode(had), trust));
}

/** The most distinct skills a profile may have (docLen is a Uint16Array). */
export const MAX_SKILLS = 0xffff;

/** A run of postings docs[start..end) with their codes; bs..be is the current block's part. */
export interface Segment {
  docs: Int32Array;
  levels: Uint8Array;
  start: number;
  end: number;
  /** Cursor: at or before the first posting of the current block. */
  pos: number;
  bs: number;
  be: number;
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

export function grownInt32(a: Int32Array<ArrayBuffer>, min: number, fill = 0): Int32Array<ArrayBuffer> {
  if (a.length >= min) return a;
  const b = new Int32Array(Math.max(min, a.length * 2));
  if (fill !== 0) b.fill(fill, a.length);
  b.set(a);
  return b;
}

export function grownUint8(a: Uint8Array<ArrayBuffer>, min: number): Uint8Array<ArrayBuffer> {
  if (a.length >= min) return a;
  const b = new Uint8Array(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}

/** First index in [pos, end) whose doc is ≥ target (end if none): galloping, then binary search. */
export function seek(docs: Int32Array, pos: number, end: number, target: number): number {
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

/**
 * Terms, docs and postings. Fields are written by build.ts (build, compaction) and read by the
 * query (search.ts); everything else goes through the methods.
 */
export class PostingStore {
  // Terms.
  termOf = new Map<string, number>();
  termIds: string[] = [];
  // Arena: postings of term t (t < arenaTerms) are [arenaOff[t], arenaOff[t+1]).
  arenaTerms = 0;
  arenaOff = new Int32Array(1);
  arenaDocs = new Int32Array(0);
  arenaLevels = new Uint8Array(0);
  // Delta: postings written since the last build/compact.
  delta: (DeltaList | undefined)[] = [];

  // Docs.
  idOf: string[] = [];
  docOf = new Map<string, number>();
  nDocs = 0;
  deleted = new Uint8Array(16);
  docLen = new Uint16Array(16);
  // Prevalence of each term at the last build or compaction (specificity under /2).
  df = new Int32Array(0);
  dfDocs = 0;
  // Eligibility attributes by doc (doc-attributes.ts).
  attrs = new DocAttributes();

  livePostings = 0;
  arenaPostings = 0;
  deltaPostings = 0;
  deadPostings = 0;

  addTerm(skillId: string): number {
    const t = this.termIds.length;
    this.termIds.push(skillId);
    this.termOf.set(skillId, t);
    return t;
  }

  /** The postings of term t: its arena run and its delta list, each with fresh cursors. */
  segments(t: number): Segment[] {
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

  /** The code of a doc's posting for a skill, or undefined when the doc does not hold it. */
  codeIn(skillId: string, doc: number): number | undefined {
    const t = this.termOf.get(skillId);
    if (t === undefined) return undefined;
    let code: number | undefined;
    for (const seg of this.segments(t)) {
      const i = seek(seg.docs, seg.start, seg.end, doc);
      if (i < seg.end && seg.docs[i] === doc) code = seg.levels[i]!;
    }
    return code;
  }

  /** Appends a new version of a profile to the delta, tombstoning its old doc. */
  insert(profile: IndexedProfile): void {
    const skills = new Map<string, number>();
    for (const s of profile.skills) skills.set(s.skillId, skillCode(profile.id, s, skills.get(s.skillId)));
    if (skills.size > MAX_SKILLS) throw new RangeError(`profile ${profile.id}: more than ${MAX_SKILLS} skills`);
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
  }

  tombstone(doc: number): void {
    this.deleted[doc] = 1;
    this.docOf.delete(this.idOf[doc]!);
    const len = this.docLen[doc]!;
    this.livePostings -= len;
    this.deadPostings += len;
  }

  ensureDocCapacity(n: number): void {
    if (this.deleted.length >= n) return;
    const cap = Math.max(n, this.deleted.length * 2);
    const deleted = new Uint8Array(cap);
    deleted.set(this.deleted);
    this.deleted = deleted;
    const docLen = new Uint16Array(cap);
    docLen.set(this.docLen);
    this.docLen = docLen;
  }

  snapshotPrevalence(df: Int32Array, docs: number): void {
    this.df = Int32Array.from(df);
    this.dfDocs = docs;
  }

  /** Share of the profiles holding a skill at the last build or compaction (0 for a skill first seen since). */
  prevalence: Prevalence = (skillId) => {
    const t = this.termOf.get(skillId);
    if (t === undefined || t >= this.df.length || this.dfDocs === 0) return 0;
    return this.df[t]! / this.dfDocs;
  };

  /** Memory of the postings and per-doc arrays (exact), and of ids and terms (estimated). */
  bytes(): { postings: number; perDoc: number; idsEstimate: number; termsEstimate: number } {
    let deltaBytes = 0;
    for (const dl of this.delta) if (dl) deltaBytes += dl.docs.byteLength + dl.levels.byteLength + 32;
    const postings = this.arenaDocs.byteLength + this.arenaLevels.byteLength + this.arenaOff.byteLength + deltaBytes;
    const perDoc = this.deleted.byteLength + this.docLen.byteLength + this.attrs.bytes;
    // V8: a one-byte string is ~16 bytes of header plus its characters; an array slot 8 bytes;
    // a Map entry ~3 slots plus its share of the hash table (~32 bytes). Estimates, not measured.
    let idChars = 0;
    for (const id of this.docOf.keys()) idChars += id.length;
    const idsEstimate = idChars + this.docOf.size * (16 + 32) + this.idOf.length * 8;
    let termChars = 0;
    for (const t of this.termIds) termChars += t.length;
    const termsEstimate = termChars + this.termIds.length * (16 + 32 + 8) + this.delta.length * 8;
    return { postings, perDoc, idsEstimate, termsEstimate };
  }
}
