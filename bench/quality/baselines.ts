/**
 * Baselines that know nothing but skill IDs: the opening's skill IDs against each person's set of
 * skill IDs (levels, weights, trust and the taxonomy ignored). Scored through an inverted index
 * over the pool, so only people sharing at least one skill get a score; a score of 0 is never
 * returned (as in the engine). Ranked by score descending, then ID ascending (the engine's tie
 * order; IDs are numbered after a shuffle, so ties fall randomly with respect to relevance).
 *
 *  Jaccard  |O ∩ C| / |O ∪ C|
 *  BM25     Σ_{t ∈ O ∩ C} idf(t) · (k1 + 1) / (1 + k1 · (1 − b + b · |C| / avg|C|)), tf = 1,
 *           idf(t) = ln(1 + (N − n_t + 0.5) / (n_t + 0.5)) over the pool, k1 = 1.2, b = 0.75
 *  TF-IDF   cosine of binary term vectors weighted by idf(t) = ln((1 + N) / (1 + n_t)) + 1
 */
import type { Person, TestOpening } from './people.js';

export interface Ranker {
  name: string;
  /** IDs of the best k people, best first. */
  search(opening: TestOpening, k: number): string[];
}

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

class SetIndex {
  readonly ids: string[];
  readonly len: Float64Array;
  readonly postings = new Map<string, number[]>();
  readonly avgLen: number;
  readonly scratch: Float64Array;
  readonly inter: Int32Array;

  constructor(pool: readonly Person[]) {
    this.ids = pool.map((p) => p.id);
    this.len = new Float64Array(pool.length);
    let total = 0;
    pool.forEach((p, doc) => {
      const ids = new Set(p.skills.map((s) => s.skillId));
      this.len[doc] = ids.size;
      total += ids.size;
      for (const id of ids) (this.postings.get(id) ?? this.postings.set(id, []).get(id)!).push(doc);
    });
    this.avgLen = pool.length ? total / pool.length : 0;
    this.scratch = new Float64Array(pool.length);
    this.inter = new Int32Array(pool.length);
  }

  df(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  /** Accumulates per-term contributions over the postings of the opening's distinct terms, then ranks. */
  rank(
    terms: readonly string[],
    k: number,
    contribution: (term: string, doc: number) => number,
    finish: (doc: number, acc: number, inter: number) => number,
  ): string[] {
    const touched: number[] = [];
    for (const t of terms) {
      const docs = this.postings.get(t);
      if (!docs) continue;
      for (const doc of docs) {
        if (this.inter[doc] === 0) touched.push(doc);
        this.inter[doc]!++;
        this.scratch[doc]! += contribution(t, doc);
      }
    }
    const scored = touched.map((doc) => ({ doc, score: finish(doc, this.scratch[doc]!, this.inter[doc]!) }));
    for (const doc of touched) {
      this.scratch[doc] = 0;
      this.inter[doc] = 0;
    }
    scored.sort((a, b) => b.score - a.score || (this.ids[a.doc]! < this.ids[b.doc]! ? -1 : 1));
    return scored
      .filter((s) => s.score > 0)
      .slice(0, k)
      .map((s) => this.ids[s.doc]!);
  }
}

const distinct = (o: TestOpening) => [...new Set(o.skills.map((s) => s.skillId))];

export function baselineRankers(pool: readonly Person[]): Ranker[] {
  const ix = new SetIndex(pool);
  const N = pool.length;
  const bm25Idf = (t: string) => {
    const n = ix.df(t);
    return Math.log(1 + (N - n + 0.5) / (n + 0.5));
  };
  const tfIdf = (t: string) => Math.log((1 + N) / (1 + ix.df(t))) + 1;
  const docNorm = new Float64Array(N);
  for (const [t, docs] of ix.postings) {
    const w = tfIdf(t) ** 2;
    for (const doc of docs) docNorm[doc]! += w;
  }
  for (let d = 0; d < N; d++) docNorm[d] = Math.sqrt(docNorm[d]!);
  return [
    {
      name: 'Jaccard',
      search(opening, k) {
        const terms = distinct(opening);
        return ix.rank(
          terms,
          k,
          () => 0,
          (doc, _acc, inter) => inter / (terms.length + ix.len[doc]! - inter),
        );
      },
    },
    {
      name: 'BM25',
      search(opening, k) {
        const idf = new Map(distinct(opening).map((t) => [t, bm25Idf(t)]));
        return ix.rank(
          [...idf.keys()],
          k,
          (t, doc) => (idf.get(t)! * (BM25_K1 + 1)) / (1 + BM25_K1 * (1 - BM25_B + (BM25_B * ix.len[doc]!) / ix.avgLen)),
          (_doc, acc) => acc,
        );
      },
    },
    {
      name: 'TF-IDF cosine',
      search(opening, k) {
        const w = new Map(distinct(opening).map((t) => [t, tfIdf(t)]));
        let qNorm = 0;
        for (const x of w.values()) qNorm += x * x;
        qNorm = Math.sqrt(qNorm);
        return ix.rank(
          [...w.keys()],
          k,
          (t) => w.get(t)! ** 2,
          (doc, acc) => acc / (qNorm * docNorm[doc]!),
        );
      },
    },
  ];
}
