/**
 * Bounded heaps for top-k selection without sorting every candidate.
 */

/**
 * The best `capacity` (doc, score) pairs in ranking order: score descending, then id ascending.
 * The root is the worst kept entry, so a candidate is rejected with one comparison.
 */
export class TopK {
  readonly capacity: number;
  size = 0;
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  private readonly idOf: (doc: number) => string;

  constructor(capacity: number, idOf: (doc: number) => string) {
    this.capacity = capacity;
    this.docs = new Int32Array(Math.max(1, capacity));
    this.scores = new Float64Array(Math.max(1, capacity));
    this.idOf = idOf;
  }

  get full(): boolean {
    return this.size >= this.capacity;
  }

  /** Score of the worst kept entry (meaningful when full). */
  get worstScore(): number {
    return this.scores[0]!;
  }

  /** a ranks before b (a is better). */
  private better(sa: number, da: number, sb: number, db: number): boolean {
    return sa > sb || (sa === sb && this.idOf(da) < this.idOf(db));
  }

  /** Whether (doc, score) would be kept: check this before paying for an eligibility check. */
  accepts(doc: number, score: number): boolean {
    if (this.size < this.capacity) return true;
    if (this.capacity === 0) return false;
    return this.better(score, doc, this.scores[0]!, this.docs[0]!);
  }

  /** Adds (doc, score); the caller has checked accepts(). */
  push(doc: number, score: number): void {
    const docs = this.docs;
    const scores = this.scores;
    let i: number;
    if (this.size < this.capacity) {
      // Sift up from the new leaf: parents that rank better than the new entry move down.
      i = this.size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.better(scores[p]!, docs[p]!, score, doc)) break;
        docs[i] = docs[p]!;
        scores[i] = scores[p]!;
        i = p;
      }
    } else {
      // Replace the root (the worst) and sift down: the worse child moves up.
      i = 0;
      const n = this.size;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const w = r < n && this.better(scores[l]!, docs[l]!, scores[r]!, docs[r]!) ? r : l;
        if (!this.better(score, doc, scores[w]!, docs[w]!)) break;
        docs[i] = docs[w]!;
        scores[i] = scores[w]!;
        i = w;
      }
    }
    docs[i] = doc;
    scores[i] = score;
  }

  /** The kept entries, best first. */
  sorted(): { doc: number; score: number }[] {
    const out: { doc: number; score: number }[] = [];
    for (let i = 0; i < this.size; i++) out.push({ doc: this.docs[i]!, score: this.scores[i]! });
    return out.sort((a, b) => b.score - a.score || (this.idOf(a.doc) < this.idOf(b.doc) ? -1 : 1));
  }
}
