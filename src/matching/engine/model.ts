/**
 * The two scoring algorithms, as tables of plain numbers that the engine (engine.ts), the
 * reference explain() (score.ts) and the SQL reference all read, so they cannot drift apart.
 *
 * skills-overlap/1 (kept selectable for comparison): similarity 1 for the same skill and
 * relatedCredit for any direct broader, narrower or related skill; credit = similarity · levelFit;
 * score = Σ w·credit / Σ w. Measured to rank below a Jaccard baseline and to reward over-claiming.
 *
 * skills-overlap/2, designed from those failures (README "Matching" says it in plain words):
 * - specificity: an opening skill that most of the population holds says little about fit. Its
 *   weight is multiplied by spec(p) = min(1, ln(1 + 1/p) / ln(1 + 1/pRef)), p the share of
 *   profiles holding it: inverse document frequency, scaled so that a skill held by at most
 *   pRef = 1 in 10,000 weighs 1 (a skill held by 1% weighs 0.5, by everyone 0.08).
 * - trust in the claim: credit is multiplied by a factor of the skill's strongest backing
 *   (claimed 0.8 < evidenced < endorsed < supervisor-attested < verified 1), and a claim counts
 *   at most at the level its backing supports (an unbacked claim at most 3, a merely evidenced
 *   one 4). Education never raises trust: it is not an input of ranking.
 * - level: each level below the minimum multiplies the credit by levelDecay, 0.7 (under /1 it was
 *   0.5: one level short then earned no more than a broader skill at full level).
 * - relation-aware similarity: a narrower (more specific) skill than asked 0.8, two levels down
 *   0.6; a broader skill 0.5, two levels up 0.25; never through a skill group (a grouping, not a
 *   skill anyone holds); a cross-scheme equivalent by its derived strength; generic "related"
 *   links 0.3; essential/optional-for links (a dependency, not a likeness) 0.
 * - focus: held skills that relate to nothing the opening asks dilute the score, with saturation:
 *   focus = 1 − φ·u/(u + K), u the number of such skills (φ 0.7, K 20). A profile of everything
 *   keeps about 1 − φ = 30% of its credit; a generalist with 20 extra skills keeps 65%.
 */

export const ALGORITHMS = ['skills-overlap/1', 'skills-overlap/2'] as const;
export type Algorithm = (typeof ALGORITHMS)[number];
export const DEFAULT_ALGORITHM: Algorithm = 'skills-overlap/2';

export function isAlgorithm(s: string): s is Algorithm {
  return (ALGORITHMS as readonly string[]).includes(s);
}

/** How strongly a claimed skill is backed, weakest first (see trustOf()). */
export const TRUST_CLASSES = ['CLAIMED', 'EVIDENCED', 'ENDORSED', 'SUPERVISOR_ATTESTED', 'VERIFIED'] as const;
export type TrustName = (typeof TRUST_CLASSES)[number];
export const MAX_TRUST = 4;

/** skills-overlap/2: credit factor by trust class. */
export const TRUST_FACTOR: readonly number[] = [0.8, 0.88, 0.92, 0.96, 1];
/** skills-overlap/2: the highest level a claim counts at, by trust class. */
export const TRUST_LEVEL_CAP: readonly number[] = [3, 4, 5, 5, 5];

/**
 * skills-overlap/1's defaults when it was the only score (levelDecay was 0.5): what reproduces
 * its rankings as they were, e.g. in the quality benchmark's comparison.
 */
export const V1_DEFAULTS: Readonly<Pick<MatchConfig, 'relatedCredit' | 'levelDecay'>> = Object.freeze({
  relatedCredit: 0.5,
  levelDecay: 0.5,
});

/** skills-overlap/2: similarity by relation and taxonomy distance. */
export const SIMILARITY = {
  NARROWER: [0, 0.8, 0.6],
  BROADER: [0, 0.5, 0.25],
  RELATED: 0.3,
  /** Cross-scheme equivalents: their strength, rounded to a step of 0.05, at most this. */
  EQUIVALENT_MAX: 0.9,
} as const;

export interface MatchConfig {
  /** skills-overlap/1: similarity of a direct broader/narrower/related skill, in [0, 1]; 0 turns it off. */
  relatedCredit: number;
  /** Factor per level below the minimum, in [0, 1]; 0 gives no credit below the minimum. */
  levelDecay: number;
  /** skills-overlap/2: the most focus can take away (φ), in [0, 1). */
  focusPenalty: number;
  /** skills-overlap/2: unrequested skills at which half of focusPenalty applies (K), > 0. */
  focusHalf: number;
  /** skills-overlap/2: prevalence at or below which a skill has full specificity (pRef), in (0, 1). */
  specificityReference: number;
}

export const DEFAULT_MATCH_CONFIG: Readonly<MatchConfig> = Object.freeze({
  relatedCredit: 0.5,
  levelDecay: 0.7,
  focusPenalty: 0.7,
  focusHalf: 20,
  specificityReference: 0.0001,
});

export function resolveConfig(config?: Partial<MatchConfig>): MatchConfig {
  const c = { ...DEFAULT_MATCH_CONFIG, ...config };
  const check = (key: keyof MatchConfig, ok: (v: number) => boolean, range: string) => {
    const v = c[key];
    if (!(typeof v === 'number' && ok(v))) throw new RangeError(`${key} must be a number in ${range}, got ${v}`);
  };
  check('relatedCredit', (v) => v >= 0 && v <= 1, '[0, 1]');
  check('levelDecay', (v) => v >= 0 && v <= 1, '[0, 1]');
  check('focusPenalty', (v) => v >= 0 && v < 1, '[0, 1)');
  check('focusHalf', (v) => v > 0 && Number.isFinite(v), '(0, ∞)');
  check('specificityReference', (v) => v > 0 && v < 1, '(0, 1)');
  return {
    relatedCredit: c.relatedCredit,
    levelDecay: c.levelDecay,
    focusPenalty: c.focusPenalty,
    focusHalf: c.focusHalf,
    specificityReference: c.specificityReference,
  };
}

export function levelFit(level: number, minLevel: number, levelDecay: number): number {
  return level >= minLevel ? 1 : levelDecay ** (minLevel - level);
}

/** The level a claim counts at: capped by its backing under /2, as claimed under /1. */
export function trustedLevel(algorithm: Algorithm, level: number, trust: number): number {
  return algorithm === 'skills-overlap/1' ? level : Math.min(level, TRUST_LEVEL_CAP[trust]!);
}

export function trustFactor(algorithm: Algorithm, trust: number): number {
  return algorithm === 'skills-overlap/1' ? 1 : TRUST_FACTOR[trust]!;
}

/**
 * Credit of one candidate skill for one opening skill: similarity · levelFit · trust factor,
 * multiplied in that order everywhere (so every implementation gets the same float).
 */
export function credit(
  algorithm: Algorithm,
  config: MatchConfig,
  similarity: number,
  level: number,
  trust: number,
  minLevel: number,
): number {
  const fit = levelFit(trustedLevel(algorithm, level, trust), minLevel, config.levelDecay);
  return similarity * fit * trustFactor(algorithm, trust);
}

/** Specificity of an opening skill held by a share `prevalence` of profiles (1 under /1). */
export function specificity(algorithm: Algorithm, config: MatchConfig, prevalence: number): number {
  if (algorithm === 'skills-overlap/1' || !(prevalence > config.specificityReference)) return 1;
  return Math.min(1, Math.log(1 + 1 / prevalence) / Math.log(1 + 1 / config.specificityReference));
}

/** Focus of a profile with `unrelated` skills that relate to nothing the opening asks (1 under /1). */
export function focus(algorithm: Algorithm, config: MatchConfig, unrelated: number): number {
  if (algorithm === 'skills-overlap/1' || unrelated <= 0) return 1;
  return 1 - (config.focusPenalty * unrelated) / (unrelated + config.focusHalf);
}

/**
 * The trust class of a profile skill from its backing, as data: trustOf() reads it, and so does
 * the SQL that computes it in the database (src/matching/trust-sql.ts), so the two cannot drift
 * apart (tests/api/matching-trust.test.ts checks every combination against each other).
 * A skill's class is the highest of its counted evidence's and its endorsements'.
 */
export const TRUST_RULES = {
  /** Evidence that never counts: education is never a ranking input, a self-assessment is the claim itself. */
  uncountedSources: ['EDUCATION', 'SELF_ASSESSED'],
  /** Counted evidence. */
  evidence: 'EVIDENCED',
  /** Counted evidence that was verified, or that comes from a rotation (attested by its host). */
  attestedEvidence: 'VERIFIED',
  attestingSource: 'ROTATION',
  /** Endorsements by kind. */
  endorsements: { ENDORSEMENT: 'ENDORSED', SUPERVISOR_ATTESTATION: 'SUPERVISOR_ATTESTED' },
} as const satisfies {
  uncountedSources: readonly string[];
  evidence: TrustName;
  attestedEvidence: TrustName;
  attestingSource: string;
  endorsements: Record<string, TrustName>;
};

/** The number of a trust class (its index in TRUST_CLASSES). */
export const trustClass = (name: TrustName): number => TRUST_CLASSES.indexOf(name);

/** The trust class of a profile skill from its evidence and endorsements (TRUST_RULES). */
export function trustOf(input: {
  evidence: ReadonlyArray<{ source: string; verifiedAt?: Date | string | null; rotationId?: string | null }>;
  endorsementKinds: ReadonlyArray<string>;
}): number {
  const R = TRUST_RULES;
  let trust = 0;
  for (const e of input.evidence) {
    if ((R.uncountedSources as readonly string[]).includes(e.source)) continue;
    const attested = e.verifiedAt != null || (e.source === R.attestingSource && e.rotationId != null);
    trust = Math.max(trust, trustClass(attested ? R.attestedEvidence : R.evidence));
  }
  for (const kind of input.endorsementKinds) {
    const name = (R.endorsements as Record<string, TrustName>)[kind];
    if (name !== undefined) trust = Math.max(trust, trustClass(name));
  }
  return trust;
}
