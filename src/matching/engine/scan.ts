/**
 * Scoring one block of docs: the per-doc scratch of a query and the loops that add one opening
 * skill's credit to it (search.ts decides which loop runs when).
 *
 * The scratch covers one block of docs (at most blockSize, ~0.5 MB at 32k docs), so it stays in
 * the CPU cache and is cleared per block. The inner loops are branch-free: sums start at 0 and a
 * posting adds w·credit (0 adds nothing), so the sum is the same float as explain()'s. For a skill
 * with neighbours each doc keeps its best 1-byte rank of (credit, exact, level) over the lists
 * (which also settles the tie rules for "met") and the credit of that rank is added once.
 */
import type { Expansion, PlannedSkill } from './plan.js';
import { seek } from './postings.js';

// Block-local flags of a doc during a query (cleared with the block).
export const CAND = 1; // listed candidate of a closed block
export const ELK = 2; // eligibility known
export const ELY = 4; // eligible
export const PICKED = 8; // sparse block: already looked at by the selection

/** Query scratch for one block of docs, by doc number within the block. */
export class Scratch {
  /** Sums of w·credit. */
  acc = new Float64Array(0);
  /** Required skills met (under requireAll). */
  met = new Uint16Array(0);
  /** Best rank of the current opening skill (zero between skills). */
  best = new Uint16Array(0);
  /** Related skills (/2's focus). */
  rel = new Uint16Array(0);
  flag = new Uint8Array(0);
  /** Candidates of a closed block, in doc order. */
  cand = new Int32Array(0);

  /** Allocated at the first search, at most blockSize docs. */
  ensure(blen: number): void {
    if (this.acc.length >= blen) return;
    this.acc = new Float64Array(blen);
    this.met = new Uint16Array(blen);
    this.best = new Uint16Array(blen);
    this.rel = new Uint16Array(blen);
    this.flag = new Uint8Array(blen);
    this.cand = new Int32Array(blen);
  }

  get bytes(): number {
    const { flag, acc, met, best, rel, cand } = this;
    return flag.byteLength + acc.byteLength + met.byteLength + best.byteLength + rel.byteLength + cand.byteLength;
  }

  /** After an exception mid-block: the scratch must be zero at the start of a block. */
  reset(): void {
    this.best.fill(0);
    this.rel.fill(0);
    this.acc.fill(0);
    this.flag.fill(0);
    this.met.fill(0);
  }

  /** Keeps the alive candidates (see search.ts block()), in order; known-ineligible ones leave too. */
  filterCandidates(nc: number, bar: number, mustMeet: number): number {
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
   * Lists the block's candidates (docs with a sum from skills [0, j)) in doc order, flagged CAND;
   * `before` is the number of postings those skills have in the block. Returns how many.
   */
  listCandidates(plan: PlannedSkill[], j: number, b0: number, blen: number, before: number, deleted: Uint8Array): number {
    const { flag, cand, acc } = this;
    let nc = 0;
    if (before * 8 <= blen) {
      // Few postings read: list their docs and sort them.
      for (let t = 0; t < j; t++) {
        for (const e of plan[t]!.exps) {
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
    return nc;
  }

  /**
   * Scores one opening skill for every doc of the block, branch-free: sums start at 0, a doc's
   * first credit is 0 + w·c (the same float as explain()'s), and credit 0 adds nothing.
   */
  scanAll(sk: PlannedSkill, b0: number, trackMet: boolean, countRel: boolean): void {
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
  countRelated(e: Expansion, b0: number): void {
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
  addBestOfCandidates(sk: PlannedSkill, nc: number, req: boolean): void {
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
  gallop(sk: PlannedSkill, b0: number, nc: number, trackMet: boolean, countRel: boolean): void {
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
