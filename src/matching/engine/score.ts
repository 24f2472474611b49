/**
 * The match score: the contract that the in-memory engine (engine.ts), the SQL reference and the
 * explanations shown to hiring managers all implement. The numbers of each algorithm live in
 * model.ts; which neighbours earn credit in neighbours.ts. Inputs are skills only.
 *
 * An opening has skills s, each with skillId, weight w_s > 0, minLevel m_s (integer 1–5) and
 * required. A candidate has skills c, each with skillId, level l_c (integer 1–5) and trust t_c
 * (0–4, model.ts: claimed … verified). No education, name, age or agency of origin is an input:
 * the candidate is { id, skills }.
 *
 *   spec(s)          = specificity(prevalence(s))          (1 under /1; model.ts)
 *   w'_s             = w_s · spec(s)                       (the effective weight)
 *   similarity(s, c) = 1 if c = s, the neighbour similarity of c for s (neighbours.ts), else 0
 *   credit(s, c)     = similarity · levelFit(trustedLevel(l_c, t_c), m_s) · trustFactor(t_c)
 *   credit(s)        = max over c of credit(s, c), 0 when no c has similarity > 0
 *   related          = candidate skills with similarity > 0 for some opening skill
 *   focus            = 1 − φ·u/(u + K), u = candidate skills − related    (1 under /1)
 *   score            = (Σ_s w'_s · credit(s) / Σ_s w'_s) · focus           (0 without skills)
 *   coverage         = required skills met / required skills, 1 when none is required;
 *                      s is met when credit(s) > 0 and the matched skill's claimed level ≥ m_s
 *
 * The matched skill of s achieves the max; ties: exact before neighbour, then higher claimed
 * level, then skillId ascending (code-unit order). Its relation is the best of its relations
 * (neighbours.ts). A neighbour equal to s itself counts as exact.
 *
 * Floating point: nothing is rounded. Σ w' is summed in opening order; the numerator in the
 * canonical order "effective weight descending, then opening order" (the engine's order), then
 * divided, then multiplied by focus, so the engine, explain() and scoreFromExplanation() agree
 * bit for bit and ties are exact. Other implementations (SQL) agree to ~1e-12.
 *
 * Filters and ranking: with requireAllRequiredSkills, candidates with coverage < 1 are excluded;
 * candidates with score 0 are never returned. Ranked by score descending, then candidate id
 * ascending (code-unit order, `<`, not localeCompare), so pages are deterministic.
 */
import {
  DEFAULT_ALGORITHM,
  credit as creditOf,
  focus as focusOf,
  levelFit,
  resolveConfig,
  specificity,
  trustedLevel,
  trustFactor,
  type Algorithm,
  type MatchConfig,
} from './model.js';
import { creditedNeighbours, NO_NEIGHBOURS, type NeighbourRelation, type Neighbours } from './neighbours.js';

export {
  ALGORITHMS,
  DEFAULT_ALGORITHM,
  DEFAULT_MATCH_CONFIG,
  isAlgorithm,
  levelFit,
  resolveConfig,
  trustOf,
  V1_DEFAULTS,
  type Algorithm,
  type MatchConfig,
} from './model.js';
export {
  buildNeighbours,
  NO_NEIGHBOURS,
  type Neighbour,
  type NeighbourRelation,
  type Neighbours,
  type TaxonomyLinks,
} from './neighbours.js';

/** The version of the default algorithm. */
export const ALGORITHM_VERSION: Algorithm = DEFAULT_ALGORITHM;

export type MatchKind = 'EXACT' | NeighbourRelation | 'NONE';

export interface OpeningSkill {
  skillId: string;
  weight: number;
  minLevel: number;
  required: boolean;
}
export interface Opening {
  skills: ReadonlyArray<OpeningSkill>;
  requireAllRequiredSkills?: boolean;
}

export interface CandidateSkill {
  skillId: string;
  level: number;
  /** Trust class 0–4 (model.ts TRUST_CLASSES); 0 (claimed) when omitted. */
  trust?: number;
}
/** Everything the score may look at. Deliberately nothing personal. */
export interface Candidate {
  id: string;
  skills: ReadonlyArray<CandidateSkill>;
  /**
   * Distinct skills on the profile when `skills` lists only some of them (the index explains
   * from the postings of the opening's skills); by default the distinct skills of `skills`.
   */
  skillCount?: number;
}

/** What the score knows of the population: the share of profiles holding a skill. */
export type Prevalence = (skillId: string) => number;
export const NO_PREVALENCE: Prevalence = () => 0;

/** Everything explain() needs besides the opening and the candidate. */
export interface ScoreContext {
  algorithm?: Algorithm;
  neighbours?: Neighbours;
  config?: Partial<MatchConfig>;
  prevalence?: Prevalence;
}

export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;

function isLevel(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_LEVEL && n <= MAX_LEVEL;
}

export function assertLevel(level: number, what: string): void {
  if (!isLevel(level)) throw new RangeError(`${what}: level must be an integer 1–5, got ${level}`);
}

export function assertTrust(trust: number, what: string): void {
  if (!(Number.isInteger(trust) && trust >= 0 && trust <= 4))
    throw new RangeError(`${what}: trust must be an integer 0–4, got ${trust}`);
}

/** Refuses openings the formula is not defined for (bad weights or levels). */
export function validateOpening(opening: Opening): void {
  for (const s of opening.skills) {
    if (!(typeof s.weight === 'number' && Number.isFinite(s.weight) && s.weight > 0)) {
      throw new RangeError(`opening skill ${s.skillId}: weight must be a finite number > 0, got ${s.weight}`);
    }
    assertLevel(s.minLevel, `opening skill ${s.skillId}`);
  }
}

/** The mapping the service uses from a stored profile to the score's input: id and skills only. */
export function toCandidate(profile: {
  id: string;
  skills: ReadonlyArray<{ skillId: string; level: number; trust?: number }>;
}): Candidate {
  return { id: profile.id, skills: profile.skills.map((s) => ({ skillId: s.skillId, level: s.level, trust: s.trust ?? 0 })) };
}

/** Σ in opening order (the denominator; the engine uses this very function). */
export function totalWeight(skills: ReadonlyArray<{ weight: number }>): number {
  let w = 0;
  for (const s of skills) w += s.weight;
  return w;
}

/** Indices in canonical summation order: weight descending, then opening order. */
export function canonicalOrder(skills: ReadonlyArray<{ weight: number }>): number[] {
  return skills.map((_, i) => i).sort((a, b) => skills[b]!.weight - skills[a]!.weight || a - b);
}

/** Effective weights w·spec, in opening order (what the engine and explain() both sum). */
export function effectiveWeights(
  opening: Opening,
  algorithm: Algorithm,
  config: MatchConfig,
  prevalence: Prevalence,
): { weight: number; specificity: number }[] {
  return opening.skills.map((s) => {
    const spec = specificity(algorithm, config, prevalence(s.skillId));
    return { weight: s.weight * spec, specificity: spec };
  });
}

export interface SkillExplanation {
  skillId: string;
  required: boolean;
  /** The opening's weight. */
  weight: number;
  minLevel: number;
  /** How telling the skill is in this population (1 under /1). */
  specificity: number;
  /** weight · specificity: what the score sums. */
  effectiveWeight: number;
  /** The candidate skill that earned the credit; null when none has similarity > 0. */
  matchedSkillId: string | null;
  match: MatchKind;
  /** Hops in the taxonomy from the opening skill to the matched one (0 exact, null none). */
  distance: number | null;
  /** The level the candidate claims. */
  candidateLevel: number | null;
  /** Trust class 0–4 of the matched skill; null when none. */
  trust: number | null;
  /** The level the claim counts at (capped by its backing under /2). */
  trustedLevel: number | null;
  similarity: number;
  levelFit: number;
  trustFactor: number;
  /** similarity · levelFit · trustFactor */
  credit: number;
  /** effectiveWeight · credit / totalWeight · focus: this skill's share of the score. */
  contribution: number;
  /** credit > 0 and candidateLevel ≥ minLevel (what coverage counts, for required skills). */
  met: boolean;
}

export interface Explanation {
  candidateId: string;
  /** One entry per opening skill, in the opening's order. */
  skills: SkillExplanation[];
  /** skillIds of the opening skills with credit 0. */
  missing: string[];
  /** Σ effective weights. */
  totalWeight: number;
  /** Distinct skills on the profile. */
  profileSkills: number;
  /** Of those, the ones with similarity > 0 for some opening skill. */
  relatedSkills: number;
  /** 1 − φ·u/(u + K) for the u = profileSkills − relatedSkills unrequested skills (1 under /1). */
  focus: number;
  score: number;
  coverage: number;
  requiredMet: number;
  requiredTotal: number;
  algorithmVersion: Algorithm;
  config: MatchConfig;
}

interface Best {
  skillId: string;
  level: number;
  trust: number;
  similarity: number;
  credit: number;
  kind: MatchKind;
  distance: number;
}

/**
 * The straightforward reference implementation, read off the formula: used by the tests as the
 * oracle for the engine, and by the service to explain the results it returns.
 */
export function explain(opening: Opening, candidate: Candidate, context: ScoreContext = {}): Explanation {
  const algorithm = context.algorithm ?? DEFAULT_ALGORITHM;
  const cfg = resolveConfig(context.config);
  const neighbours = context.neighbours ?? NO_NEIGHBOURS;
  validateOpening(opening);
  const held = new Map<string, { level: number; trust: number }>();
  for (const c of candidate.skills) {
    const had = held.get(c.skillId);
    held.set(c.skillId, { level: Math.max(c.level, had?.level ?? 0), trust: Math.max(c.trust ?? 0, had?.trust ?? 0) });
  }
  const weights = effectiveWeights(opening, algorithm, cfg, context.prevalence ?? NO_PREVALENCE);
  const W = totalWeight(weights);
  const related = new Set<string>();
  const bests = opening.skills.map((s) => {
    const reach = creditedNeighbours(s.skillId, neighbours, algorithm, cfg);
    let best: Best | null = null;
    for (const [skillId, c] of held) {
      const n = skillId === s.skillId ? { relation: 'EXACT' as const, distance: 0, similarity: 1 } : reach.get(skillId);
      if (n === undefined) continue;
      related.add(skillId);
      const cr = creditOf(algorithm, cfg, n.similarity, c.level, c.trust, s.minLevel);
      const cand: Best = {
        skillId,
        level: c.level,
        trust: c.trust,
        similarity: n.similarity,
        credit: cr,
        kind: n.relation,
        distance: n.distance,
      };
      if (best === null || beats(cand, best)) best = cand;
    }
    return best;
  });
  const profileSkills = candidate.skillCount ?? held.size;
  const focus = focusOf(algorithm, cfg, profileSkills - related.size);
  const skills: SkillExplanation[] = opening.skills.map((s, i) => {
    const best = bests[i]!;
    const { weight: effectiveWeight, specificity } = weights[i]!;
    const tl = best ? trustedLevel(algorithm, best.level, best.trust) : null;
    const fit = best && tl !== null ? levelFit(tl, s.minLevel, cfg.levelDecay) : 0;
    const tf = best ? trustFactor(algorithm, best.trust) : 0;
    const credit = best ? best.credit : 0;
    return {
      skillId: s.skillId,
      required: s.required,
      weight: s.weight,
      minLevel: s.minLevel,
      specificity,
      effectiveWeight,
      matchedSkillId: best ? best.skillId : null,
      match: best ? best.kind : 'NONE',
      distance: best ? best.distance : null,
      candidateLevel: best ? best.level : null,
      trust: best ? best.trust : null,
      trustedLevel: tl,
      similarity: best ? best.similarity : 0,
      levelFit: fit,
      trustFactor: tf,
      credit,
      contribution: W > 0 ? ((effectiveWeight * credit) / W) * focus : 0,
      met: best !== null && credit > 0 && best.level >= s.minLevel,
    };
  });
  const requiredTotal = skills.filter((s) => s.required).length;
  const requiredMet = skills.filter((s) => s.required && s.met).length;
  return {
    candidateId: candidate.id,
    skills,
    missing: skills.filter((s) => s.credit === 0).map((s) => s.skillId),
    totalWeight: W,
    profileSkills,
    relatedSkills: related.size,
    focus,
    score: weightedScore(skills, W, focus),
    coverage: requiredTotal === 0 ? 1 : requiredMet / requiredTotal,
    requiredMet,
    requiredTotal,
    algorithmVersion: algorithm,
    config: cfg,
  };
}

/** Tie order of the matched skill: credit, exact before neighbour, higher level, skillId ascending. */
function beats(c: Best, b: Best): boolean {
  if (c.credit !== b.credit) return c.credit > b.credit;
  const ce = c.kind === 'EXACT';
  if (ce !== (b.kind === 'EXACT')) return ce;
  if (c.level !== b.level) return c.level > b.level;
  return c.skillId < b.skillId;
}

type Scored = { effectiveWeight: number; similarity: number; levelFit: number; trustFactor: number };

/** (Σ w'·credit in canonical order / W) · focus, with credit = similarity · levelFit · trustFactor. */
function weightedScore(skills: ReadonlyArray<Scored>, W: number, focus: number): number {
  if (!(W > 0)) return 0;
  let sum = 0;
  for (const i of canonicalOrder(skills.map((s) => ({ weight: s.effectiveWeight })))) {
    const s = skills[i]!;
    sum += s.effectiveWeight * (s.similarity * s.levelFit * s.trustFactor);
  }
  return (sum / W) * focus;
}

/** Recomputes the score from an explanation alone (what a reader of the explanation can check). */
export function scoreFromExplanation(expl: Pick<Explanation, 'skills' | 'totalWeight' | 'focus'>): number {
  return weightedScore(expl.skills, expl.totalWeight, expl.focus);
}
