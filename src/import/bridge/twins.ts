/**
 * Occupation side of the bridge: O*NET and ESCO occupations whose titles match (O*NET title or
 * alternate title = ESCO preferred or alternative label, after normalising and stemming) are
 * twins; a skill pair that comes together in twins more often than chance confirms a text match.
 */
import { tokens } from './text.js';

export interface TwinOccupation {
  code: string;
  title: string;
  altLabels: readonly string[];
}

/** A title shared by more occupations than this on either side ("engineer", "professor") pairs nothing. */
export const MAX_OCCUPATIONS_PER_TITLE = 3;

/** Normalised key of a title: its stemmed tokens in order (stopwords dropped). */
export function titleKey(title: string): string {
  return tokens(title).join(' ');
}

function titleIndex(occupations: readonly TwinOccupation[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  occupations.forEach((o, i) => {
    const keys = new Set([o.title, ...o.altLabels].map(titleKey).filter(Boolean));
    for (const k of keys) (index.get(k) ?? index.set(k, []).get(k)!).push(i);
  });
  return index;
}

/**
 * Twin pairs [onetIndex, escoIndex], sorted, without the occupations in `holdOut` (codes of
 * either scheme) and without titles shared by more than MAX_OCCUPATIONS_PER_TITLE occupations.
 */
export function twinPairs(
  onet: readonly TwinOccupation[],
  esco: readonly TwinOccupation[],
  holdOut: ReadonlySet<string>,
): Array<[number, number]> {
  const left = titleIndex(onet);
  const right = titleIndex(esco);
  const pairs = new Set<number>();
  for (const [key, os] of left) {
    const es = right.get(key);
    if (!es || os.length > MAX_OCCUPATIONS_PER_TITLE || es.length > MAX_OCCUPATIONS_PER_TITLE) continue;
    for (const o of os) {
      if (holdOut.has(onet[o]!.code)) continue;
      for (const e of es) if (!holdOut.has(esco[e]!.code)) pairs.add(o * esco.length + e);
    }
  }
  return [...pairs].sort((a, b) => a - b).map((p) => [Math.floor(p / esco.length), p % esco.length]);
}

export interface Cooccurrence {
  /** Twin pairs counted (N). */
  pairs: number;
  /** Per O*NET skill: twin pairs whose O*NET occupation needs it. */
  onetCount: Uint32Array;
  /** Per ESCO skill: twin pairs whose ESCO occupation needs it. */
  escoCount: Uint32Array;
  /** Per candidate (same order as `candidates`): twin pairs where both are needed. */
  together: Uint32Array;
}

/**
 * Counts, over the twin pairs, how often each candidate (onetSkill, escoSkill) is needed by both
 * twins. `onetNeeds[o]` / `escoNeeds[e]` are the skill indices each occupation needs;
 * `candidates` the pairs to count, as [onetSkill, escoSkill].
 */
export function countCooccurrence(
  pairs: ReadonlyArray<readonly [number, number]>,
  onetNeeds: ReadonlyArray<readonly number[]>,
  escoNeeds: ReadonlyArray<readonly number[]>,
  onetSkills: number,
  escoSkills: number,
  candidates: ReadonlyArray<readonly [number, number]>,
): Cooccurrence {
  // Candidates grouped by ESCO skill: ESCO occupations list few skills, so each pair is cheap.
  const byEsco: number[][] = Array.from({ length: escoSkills }, () => []);
  candidates.forEach(([, e], c) => byEsco[e]!.push(c));
  const onetCount = new Uint32Array(onetSkills);
  const escoCount = new Uint32Array(escoSkills);
  const together = new Uint32Array(candidates.length);
  const present = new Uint8Array(onetSkills);
  for (const [o, e] of pairs) {
    const needs = onetNeeds[o]!;
    for (const a of needs) {
      present[a] = 1;
      onetCount[a]! += 1;
    }
    for (const b of escoNeeds[e]!) {
      escoCount[b]! += 1;
      for (const c of byEsco[b]!) if (present[candidates[c]![0]]) together[c]! += 1;
    }
    for (const a of needs) present[a] = 0;
  }
  return { pairs: pairs.length, onetCount, escoCount, together };
}

/** Pseudo-count that shrinks co-occurrence seen in few twins: support n counts n / (n + SHRINK). */
export const SHRINK = 2;

/** Below this many co-occurrences beyond chance being possible, the twins say nothing either way. */
export const MIN_ROOM = 3;

/**
 * Co-occurrence score in [0, 1], or null without evidence. In each direction, how far seeing one
 * skill in a twin raises the chance of the other above its base rate, as a share of the room
 * left: (P(a | b) − P(a)) / (1 − P(a)). The larger direction counts (an O*NET element is broader
 * than most ESCO skills, a technology example narrower), clipped at 0 and shrunk by support
 * (× together / (together + SHRINK)). null when either skill is in no twin, or when fewer than
 * MIN_ROOM co-occurrences beyond chance were possible (min(nA, nB) − nA·nB/N): a skill in one
 * twin, or one that nearly every twin needs, confirms nothing and refutes nothing.
 */
export function coocScore(together: number, onetCount: number, escoCount: number, pairs: number): number | null {
  if (onetCount === 0 || escoCount === 0 || pairs === 0) return null;
  if (Math.min(onetCount, escoCount) - (onetCount * escoCount) / pairs < MIN_ROOM) return null;
  const pa = onetCount / pairs;
  const pb = escoCount / pairs;
  const lift = (conditional: number, base: number) => (base >= 1 ? 0 : (conditional - base) / (1 - base));
  const k = Math.max(lift(together / escoCount, pa), lift(together / onetCount, pb));
  return Math.max(0, Math.min(1, k)) * (together / (together + SHRINK));
}
