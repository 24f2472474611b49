/**
 * The query plan: what a search reads for each opening skill, with every credit precomputed by
 * posting code so that the scoring loops (scan.ts) only look numbers up.
 */
import { credit as creditOf, type Algorithm, type MatchConfig } from './model.js';
import { creditedNeighbours, type Neighbours } from './neighbours.js';
import { codeOf, CODES, seek, type PostingStore, type Segment } from './postings.js';
import { canonicalOrder, type Opening } from './score.js';

export interface Expansion {
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

export interface PlannedSkill {
  weight: number;
  required: boolean;
  exps: Expansion[];
  /** credit and met (level ≥ minLevel) of each rank. */
  credOfRank: Float64Array;
  metOfRank: Uint8Array;
}

/**
 * Opening skills in canonical order with their effective weights, each with its expansions (the
 * skill itself and the neighbours that earn credit), and per skill a rank of every (similarity,
 * posting code) outcome by the tie order of score.ts: credit, exact before neighbour, higher
 * level. A doc keeps the best rank over the skill's expansions.
 */
export function planQuery(
  store: PostingStore,
  neighbours: Neighbours,
  cfg: MatchConfig,
  opening: Opening,
  algorithm: Algorithm,
  weights: ReadonlyArray<{ weight: number }>,
): PlannedSkill[] {
  const seen = new Set<number>();
  return canonicalOrder(weights).map((i) => {
    const s = opening.skills[i]!;
    const m = s.minLevel;
    const sources: { t: number; similarity: number; exact: boolean }[] = [];
    const t = store.termOf.get(s.skillId);
    if (t !== undefined) sources.push({ t, similarity: 1, exact: true });
    for (const [nId, n] of creditedNeighbours(s.skillId, neighbours, algorithm, cfg)) {
      const tn = store.termOf.get(nId);
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
      const segs = store.segments(x.t);
      if (segs.length === 0) continue;
      const first = seen.has(x.t) ? 0 : 1;
      seen.add(x.t);
      const tb = tables[kinds.findIndex((k) => k.exact === x.exact && k.similarity === x.similarity)]!;
      exps.push({ ...tb, first, segs });
    }
    return { weight: weights[i]!.weight, required: s.required, exps, credOfRank, metOfRank };
  });
}

/** Required skills a doc meets (for the few returned hits: binary search in their postings). */
export function coverageOf(plan: PlannedSkill[], doc: number): number {
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
