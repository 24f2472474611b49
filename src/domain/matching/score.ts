/**
 * The match score: the contract that the in-memory engine (engine.ts), the SQL reference and the
 * explanations shown to hiring managers all implement. Inputs are skills and levels only.
 *
 * An opening has skills s, each with skillId, weight w_s > 0, minLevel m_s (integer 1–5) and
 * required (boolean). A candidate has skills c, each with skillId and level l_c (integer 1–5).
 * No education, name, age or agency of origin is an input: the candidate is { id, skills }.
 *
 *   similarity(s, c) = 1              if c.skillId = s.skillId
 *                    = relatedCredit  if c is a direct neighbour of s in the taxonomy (broader,
 *                                     narrower or related; config, default 0.5, 0 turns it off)
 *                    = 0              otherwise
 *   levelFit(l, m)   = 1 if l ≥ m, else levelDecay^(m − l)          (config, default 0.5)
 *   credit(s)        = max over c with similarity(s, c) > 0 of similarity(s, c) · levelFit(l_c, m_s),
 *                      0 when there is no such c
 *   score            = Σ_s w_s · credit(s) / Σ_s w_s                  (0 for an opening without skills)
 *   coverage         = required skills met / required skills, 1 when none is required;
 *                      s is met when credit(s) > 0 and the matched candidate level ≥ m_s
 *
 * The matched candidate skill of s is the c with similarity > 0 that achieves the max; ties:
 * exact before neighbour, then higher candidate level, then skillId ascending (code-unit order).
 * If a neighbour appears under several relations, its match kind is the first of BROADER,
 * NARROWER, RELATED. A neighbour equal to s itself counts as exact.
 *
 * Floating point: nothing is rounded. Σ_s w_s is summed in opening order; the numerator
 * Σ_s w_s · credit(s) is summed in the canonical order "weight descending, then opening order"
 * (the order the engine accumulates in), so the engine, explain() and scoreFromExplanation()
 * agree bit for bit and ties are exact. Other implementations (SQL) agree to ~1e-15.
 *
 * Filters and ranking: with requireAllRequiredSkills, candidates with coverage < 1 are excluded;
 * candidates with score 0 are never returned. Ranked by score descending, then candidate id
 * ascending (code-unit order, `<`, not localeCompare), so pages are deterministic.
 */

export const ALGORITHM_VERSION = 'skills-overlap/1';

/** How the candidate's skill relates to the opening's skill in the taxonomy. */
export type NeighbourRelation = 'BROADER' | 'NARROWER' | 'RELATED';
export type MatchKind = 'EXACT' | NeighbourRelation | 'NONE';

export interface Neighbour {
  skillId: string;
  relation: NeighbourRelation;
}
/** Direct taxonomy neighbours of an opening skill (one hop: broader, narrower, related). */
export type Neighbours = (skillId: string) => ReadonlyArray<Neighbour>;
export const NO_NEIGHBOURS: Neighbours = () => [];

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
}
/** Everything the score may look at. Deliberately nothing personal. */
export interface Candidate {
  id: string;
  skills: ReadonlyArray<CandidateSkill>;
}

export interface MatchConfig {
  /** Similarity of a direct broader/narrower/related skill, in [0, 1]; 0 turns partial credit off. */
  relatedCredit: number;
  /** Factor per level below the minimum, in [0, 1]; 0 gives no credit below the minimum. */
  levelDecay: number;
}
export const DEFAULT_MATCH_CONFIG: Readonly<MatchConfig> = Object.freeze({ relatedCredit: 0.5, levelDecay: 0.5 });

export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;

export function resolveConfig(config?: Partial<MatchConfig>): MatchConfig {
  const c = { ...DEFAULT_MATCH_CONFIG, ...config };
  for (const key of ['relatedCredit', 'levelDecay'] as const) {
    const v = c[key];
    if (!(typeof v === 'number' && v >= 0 && v <= 1)) throw new RangeError(`${key} must be a number in [0, 1], got ${v}`);
  }
  return { relatedCredit: c.relatedCredit, levelDecay: c.levelDecay };
}

function isLevel(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_LEVEL && n <= MAX_LEVEL;
}

export function assertLevel(level: number, what: string): void {
  if (!isLevel(level)) throw new RangeError(`${what}: level must be an integer 1–5, got ${level}`);
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
export function toCandidate(profile: { id: string; skills: ReadonlyArray<{ skillId: string; level: number }> }): Candidate {
  return { id: profile.id, skills: profile.skills.map((s) => ({ skillId: s.skillId, level: s.level })) };
}

export function levelFit(level: number, minLevel: number, levelDecay: number): number {
  return level >= minLevel ? 1 : levelDecay ** (minLevel - level);
}

/** Σ weights in opening order (the denominator; the engine uses this very function). */
export function totalWeight(skills: ReadonlyArray<{ weight: number }>): number {
  let w = 0;
  for (const s of skills) w += s.weight;
  return w;
}

/** Indices of the opening skills in canonical summation order: weight descending, then opening order. */
export function canonicalOrder(skills: ReadonlyArray<{ weight: number }>): number[] {
  return skills.map((_, i) => i).sort((a, b) => skills[b]!.weight - skills[a]!.weight || a - b);
}

const RELATION_PRIORITY: Record<NeighbourRelation, number> = { BROADER: 0, NARROWER: 1, RELATED: 2 };

/** Neighbour skillId → relation (first of BROADER, NARROWER, RELATED), without s itself. */
export function neighbourRelations(skillId: string, neighbours: Neighbours): Map<string, NeighbourRelation> {
  const out = new Map<string, NeighbourRelation>();
  for (const n of neighbours(skillId)) {
    if (n.skillId === skillId) continue;
    const had = out.get(n.skillId);
    if (had === undefined || RELATION_PRIORITY[n.relation] < RELATION_PRIORITY[had]) out.set(n.skillId, n.relation);
  }
  return out;
}

export interface SkillExplanation {
  skillId: string;
  required: boolean;
  weight: number;
  minLevel: number;
  /** The candidate skill that earned the credit; null when none has similarity > 0. */
  matchedSkillId: string | null;
  match: MatchKind;
  candidateLevel: number | null;
  similarity: number;
  levelFit: number;
  /** similarity · levelFit */
  credit: number;
  /** weight · credit / totalWeight: this skill's share of the score. */
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
  totalWeight: number;
  score: number;
  coverage: number;
  requiredMet: number;
  requiredTotal: number;
  algorithmVersion: string;
  config: MatchConfig;
}

/**
 * The straightforward reference implementation, read off the formula: used by the tests as the
 * oracle for the engine, and by the service to explain the results it returns.
 */
export function explain(opening: Opening, candidate: Candidate, neighbours: Neighbours = NO_NEIGHBOURS, config?: Partial<MatchConfig>): Explanation {
  const cfg = resolveConfig(config);
  validateOpening(opening);
  const W = totalWeight(opening.skills);
  const skills: SkillExplanation[] = opening.skills.map((s) => {
    const related = cfg.relatedCredit > 0 ? neighbourRelations(s.skillId, neighbours) : new Map<string, NeighbourRelation>();
    let best: { c: CandidateSkill; sim: number; fit: number; credit: number; kind: MatchKind } | null = null;
    for (const c of candidate.skills) {
      const rel = c.skillId === s.skillId ? 'EXACT' : related.get(c.skillId);
      if (rel === undefined) continue;
      const sim = rel === 'EXACT' ? 1 : cfg.relatedCredit;
      const fit = levelFit(c.level, s.minLevel, cfg.levelDecay);
      const credit = sim * fit;
      if (best === null || beats(credit, rel === 'EXACT', c, best.credit, best.kind === 'EXACT', best.c)) {
        best = { c, sim, fit, credit, kind: rel };
      }
    }
    const credit = best ? best.credit : 0;
    return {
      skillId: s.skillId,
      required: s.required,
      weight: s.weight,
      minLevel: s.minLevel,
      matchedSkillId: best ? best.c.skillId : null,
      match: best ? best.kind : 'NONE',
      candidateLevel: best ? best.c.level : null,
      similarity: best ? best.sim : 0,
      levelFit: best ? best.fit : 0,
      credit,
      contribution: W > 0 ? (s.weight * credit) / W : 0,
      met: best !== null && credit > 0 && best.c.level >= s.minLevel,
    };
  });
  const requiredTotal = skills.filter((s) => s.required).length;
  const requiredMet = skills.filter((s) => s.required && s.met).length;
  return {
    candidateId: candidate.id,
    skills,
    missing: skills.filter((s) => s.credit === 0).map((s) => s.skillId),
    totalWeight: W,
    score: weightedScore(skills, W),
    coverage: requiredTotal === 0 ? 1 : requiredMet / requiredTotal,
    requiredMet,
    requiredTotal,
    algorithmVersion: ALGORITHM_VERSION,
    config: cfg,
  };
}

/** Tie order of the matched skill: credit, exact before neighbour, higher level, skillId ascending. */
function beats(credit: number, exact: boolean, c: CandidateSkill, bestCredit: number, bestExact: boolean, b: CandidateSkill): boolean {
  if (credit !== bestCredit) return credit > bestCredit;
  if (exact !== bestExact) return exact;
  if (c.level !== b.level) return c.level > b.level;
  return c.skillId < b.skillId;
}

/** Σ w·credit in canonical order / W, with credit = similarity · levelFit. */
function weightedScore(skills: ReadonlyArray<{ weight: number; similarity: number; levelFit: number }>, W: number): number {
  if (!(W > 0)) return 0;
  let sum = 0;
  for (const i of canonicalOrder(skills)) {
    const s = skills[i]!;
    sum += s.weight * (s.similarity * s.levelFit);
  }
  return sum / W;
}

/** Recomputes the score from an explanation alone (what a reader of the explanation can check). */
export function scoreFromExplanation(expl: Pick<Explanation, 'skills' | 'totalWeight'>): number {
  return weightedScore(expl.skills, expl.totalWeight);
}
