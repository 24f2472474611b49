/**
 * Ranking metrics of one method over one scenario. Relevance is binary: generated from the
 * opening's occupation. The graded variant gives 2 to those and 1 to people of another occupation
 * of the same group (ISCO unit group / SOC minor group), 0 to the rest and to adversaries.
 *  P@10     relevant in the top 10 / 10 (empty places count as misses)
 *  nDCG@10  Σ rel_i / log2(i + 1) over the top 10, divided by the ideal ordering's
 *  R@50     relevant in the top 50 / relevant people (10)
 * Means over openings, with a 95% interval half-width (1.96 · sd / √n) to read differences by.
 */
import type { Ranker } from './baselines.js';
import type { Person, TestOpening } from './people.js';
import type { Scenario } from './scenario.js';

export const K_TOP = 10;
export const K_RECALL = 50;

export interface Mean {
  mean: number;
  ci95: number;
}

export interface MethodResult {
  method: string;
  p10: Mean;
  ndcg10: Mean;
  ndcg10Graded: Mean;
  recall50: Mean;
  /** nDCG@10 of each opening, in the scenario's order (for paired comparisons). */
  ndcg10PerOpening: number[];
  /** Adversary label → openings whose top 10 it entered. */
  adversaryTop10: Record<string, number>;
  /** Mean number of skills of the generated people in the top 10s, right vs wrong; adversaries apart. */
  top10Size: { right: number | null; wrong: number | null; rightEntries: number; wrongEntries: number; adversaryEntries: number };
  /** Openings whose top 10 had fewer than 10 people with a score > 0. */
  shortTop10: number;
  searchMs: number;
  buildMs: number | null;
}

export function mean(xs: readonly number[]): Mean {
  const n = xs.length;
  if (n === 0) return { mean: NaN, ci95: NaN };
  const m = xs.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (n - 1)) : 0;
  return { mean: m, ci95: (1.96 * sd) / Math.sqrt(n) };
}

function dcg(gains: readonly number[]): number {
  return gains.reduce((s, g, i) => s + g / Math.log2(i + 2), 0);
}

/** nDCG@k of a ranking given each ID's gain and the gains of all judged people. */
export function ndcg(ranked: readonly string[], gain: (id: string) => number, allGains: readonly number[], k = K_TOP): number {
  const ideal = dcg([...allGains].sort((a, b) => b - a).slice(0, k));
  return ideal > 0 ? dcg(ranked.slice(0, k).map(gain)) / ideal : 0;
}

export function recallAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return NaN;
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / relevant.size;
}

export function evaluate(ranker: Ranker, scenario: Scenario, buildMs: number | null = null): MethodResult {
  const byId = new Map<string, Person>(scenario.pool.map((p) => [p.id, p]));
  const p10: number[] = [];
  const nd: number[] = [];
  const ndg: number[] = [];
  const r50: number[] = [];
  const advTop10: Record<string, number> = Object.fromEntries(scenario.adversaries.map((label) => [label, 0]));
  let rightSize = 0;
  let rightN = 0;
  let wrongSize = 0;
  let wrongN = 0;
  let advN = 0;
  let short = 0;
  const t = performance.now();
  const rankings = scenario.openings.map((o) => ranker.search(o, K_RECALL));
  const searchMs = (performance.now() - t) / scenario.openings.length;
  scenario.openings.forEach((opening: TestOpening, i) => {
    const ranked = rankings[i]!;
    const relevant = new Set(scenario.byOccupation.get(opening.occupation) ?? []);
    const related = new Set((scenario.byGroup.get(opening.group) ?? []).filter((id) => !relevant.has(id)));
    const top = ranked.slice(0, K_TOP);
    if (top.length < K_TOP) short += 1;
    p10.push(top.filter((id) => relevant.has(id)).length / K_TOP);
    nd.push(
      ndcg(
        ranked,
        (id) => (relevant.has(id) ? 1 : 0),
        [...relevant].map(() => 1),
      ),
    );
    ndg.push(
      ndcg(ranked, (id) => (relevant.has(id) ? 2 : related.has(id) ? 1 : 0), [
        ...[...relevant].map(() => 2),
        ...[...related].map(() => 1),
      ]),
    );
    r50.push(recallAt(ranked, relevant, K_RECALL));
    for (const id of top) {
      const p = byId.get(id)!;
      if (p.adversary) {
        advTop10[p.adversary] = (advTop10[p.adversary] ?? 0) + 1;
        advN += 1;
      } else if (relevant.has(id)) {
        rightSize += p.skills.length;
        rightN += 1;
      } else {
        wrongSize += p.skills.length;
        wrongN += 1;
      }
    }
  });
  return {
    method: ranker.name,
    p10: mean(p10),
    ndcg10: mean(nd),
    ndcg10Graded: mean(ndg),
    recall50: mean(r50),
    ndcg10PerOpening: nd,
    adversaryTop10: advTop10,
    top10Size: {
      right: rightN ? rightSize / rightN : null,
      wrong: wrongN ? wrongSize / wrongN : null,
      rightEntries: rightN,
      wrongEntries: wrongN,
      adversaryEntries: advN,
    },
    shortTop10: short,
    searchMs,
    buildMs,
  };
}

/** Paired difference a − b over the same openings (mean and 95% half-width). */
export function pairedDifference(a: readonly number[], b: readonly number[]): Mean {
  return mean(a.map((x, i) => x - b[i]!));
}

/** Mean profile size of the pool's generated people, and of the relevant ones (for reading top10Size). */
export function poolSizes(scenario: Scenario): { all: number; relevant: number } {
  const gen = scenario.pool.filter((p) => !p.adversary);
  const relevantIds = new Set(scenario.openings.flatMap((o) => scenario.byOccupation.get(o.occupation) ?? []));
  const rel = gen.filter((p) => relevantIds.has(p.id));
  const avg = (ps: Person[]) => ps.reduce((s, p) => s + p.skills.length, 0) / Math.max(1, ps.length);
  return { all: avg(gen), relevant: avg(rel) };
}
