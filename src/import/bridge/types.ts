/** What the bridge reads and returns. Skills and occupations are named by (scheme, code), as stored. */
import type { SkillKind } from '@prisma/client';

export type OnetScheme = 'ONET' | 'ONET_TECH';
export type BridgeScheme = OnetScheme | 'ESCO';

export interface SkillRef<S extends BridgeScheme = BridgeScheme> {
  scheme: S;
  code: string;
}

export interface BridgeSkill extends SkillRef {
  name: string;
  kind: SkillKind;
  description: string | null;
  altLabels: readonly string[];
  /** Codes of broader skills of the same scheme: an O*NET element's parent, a technology example's commodity. */
  broader: readonly string[];
  /** ESCO collections (digital, green, …); empty for O*NET. */
  collections: readonly string[];
}

export interface BridgeOccupation {
  code: string;
  title: string;
  /** O*NET alternate titles; ESCO alternative labels. */
  altLabels: readonly string[];
}

/** An occupation's rating of a skill: O*NET importance (technology: listed, null), ESCO essential/optional. */
export interface BridgeRating extends SkillRef {
  occupation: string;
  importance: number | null;
  essential: boolean | null;
}

export interface BridgeSide {
  skills: readonly BridgeSkill[];
  occupations: readonly BridgeOccupation[];
  ratings: readonly BridgeRating[];
}

/** O*NET (schemes ONET and ONET_TECH, occupations O*NET-SOC) and ESCO. */
export interface BridgeInput {
  onet: BridgeSide;
  esco: BridgeSide;
}

export interface BridgeOptions {
  /** Occupation codes (O*NET-SOC and/or ESCO URIs) whose co-occurrence evidence is ignored. */
  holdOut?: Iterable<string>;
  /** Least strength kept (default DEFAULTS.threshold). */
  threshold?: number;
  /** Most links kept per O*NET skill, strongest first (default 3). */
  maxPerOnet?: number;
  /** Most links kept per ESCO skill, strongest first (default 1). */
  maxPerEsco?: number;
  /** Also link O*NET work activities (generalized, intermediate, detailed). Default false. */
  workActivities?: boolean;
  /** Least O*NET importance (1–5) for an element to count as needed by an occupation (default 3). */
  minImportance?: number;
  /** Also link O*NET skills and knowledge to ESCO skills they share no words with, on co-occurrence alone. Default true. */
  coocOnly?: boolean;
  /** Least co-occurrence score of a co-occurrence-only link (default DEFAULTS.coocFloor). */
  coocFloor?: number;
  /** Least twin pairs needing both, for a co-occurrence-only link (default DEFAULTS.minTogether). */
  minTogether?: number;
  /** strength of a co-occurrence-only link = coocWeight × cooc (default DEFAULTS.coocWeight). */
  coocWeight?: number;
  /** Most co-occurrence-only links per O*NET skill (default DEFAULTS.maxCoocPerOnet). */
  maxCoocPerOnet?: number;
  /** Most co-occurrence-only links per ESCO skill (default DEFAULTS.maxCoocPerEsco). */
  maxCoocPerEsco?: number;
}

export interface BridgeLink {
  /** The O*NET side (stored as the relation's `from`). */
  from: SkillRef<OnetScheme>;
  /** The ESCO side (stored as the relation's `to`). */
  to: SkillRef<'ESCO'>;
  /** In (0, 1]. */
  strength: number;
  /** Cosine similarity of the texts, 0–1. */
  text: number;
  /** Co-occurrence score in twin occupations, 0–1; null without evidence. */
  cooc: number | null;
  /** Method version and component figures, e.g. `bridge/1 text=0.71 cooc=0.41 twins=41/92/100 of 4308`. */
  provenance: string;
  /** Whose nearest links picked it: among the O*NET skill's, the ESCO skill's, or both. */
  pickedBy: 'ONET' | 'ESCO' | 'BOTH';
}

export interface BridgeStats {
  onetSkills: number;
  escoSkills: number;
  /** Twin occupation pairs counted (after the hold-out). */
  twinPairs: number;
  /** Skill pairs with text similarity at or above the floor. */
  candidates: number;
  links: number;
  onetLinked: number;
  escoLinked: number;
}

export interface BridgeResult {
  method: string;
  links: BridgeLink[];
  stats: BridgeStats;
}
