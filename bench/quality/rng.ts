/** Seeded randomness for the quality benchmark (mulberry32 from bench/lib.ts underneath). */
import { mulberry32 } from '../lib.js';

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new RangeError('pick from an empty list');
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** A shuffled copy (Fisher–Yates). */
  shuffled<T>(xs: readonly T[]): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  }
  /** k distinct elements in random order (all of them when k ≥ length). */
  sample<T>(xs: readonly T[], k: number): T[] {
    return this.shuffled(xs).slice(0, Math.max(0, k));
  }
  /** Index drawn from fixed weights (linear; for short lists). */
  weightedIndex(weights: readonly number[]): number {
    let r = this.next() * weights.reduce((s, w) => s + w, 0);
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) < 0) return i;
    return weights.length - 1;
  }
  /** Approximately normal (Irwin–Hall of 4). */
  normal(mean: number, sd: number): number {
    return mean + sd * (this.next() + this.next() + this.next() + this.next() - 2) * Math.sqrt(3);
  }
  /** A derived seed, so that independent streams (per scenario) do not shift each other. */
  fork(): Rng {
    return new Rng(Math.floor(this.next() * 2 ** 32));
  }
}

/** A level 1–5 around `mean` (rounded, clamped). */
export function levelAround(rng: Rng, mean: number, sd = 1): number {
  return Math.min(5, Math.max(1, Math.round(rng.normal(mean, sd))));
}
