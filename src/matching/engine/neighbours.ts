/**
 * Taxonomy neighbours of a skill, and the similarity each algorithm gives them.
 *
 * buildNeighbours() turns the stored links (hierarchy, skill groups, relations, cross-scheme
 * equivalents) into a lookup of each skill's neighbourhood: one hop in every direction, two hops
 * straight up or down the hierarchy, each tagged with what it went through. Which of those earn
 * credit, and how much, is the algorithm's business (creditedNeighbours()).
 */
import { SIMILARITY, type Algorithm, type MatchConfig } from './model.js';

export type NeighbourRelation = 'BROADER' | 'NARROWER' | 'RELATED' | 'EQUIVALENT';

export interface Neighbour {
  skillId: string;
  relation: NeighbourRelation;
  /** Hops in the hierarchy (1 when omitted); relations and equivalents are always 1. */
  distance?: number;
  /** A hierarchy path whose broader end (or middle) is a skill group, not a skill. */
  viaGroup?: boolean;
  /** A RELATED link that is a dependency (ESCO essential/optional-for), not a likeness. */
  dependency?: boolean;
  /** EQUIVALENT: the derived strength of the cross-scheme link, in (0, 1]. */
  strength?: number;
}
/** The neighbourhood of a skill. */
export type Neighbours = (skillId: string) => ReadonlyArray<Neighbour>;
export const NO_NEIGHBOURS: Neighbours = () => [];

export type RelationKind = 'RELATED' | 'ESSENTIAL_FOR' | 'OPTIONAL_FOR' | 'EQUIVALENT';

export interface TaxonomyLinks {
  hierarchy: Iterable<{ broaderId: string; narrowerId: string }>;
  /** Skill groups and categories: groupings of skills, not skills a person holds. */
  groups: ReadonlySet<string>;
  relations: Iterable<{ fromId: string; toId: string; kind: RelationKind | string; strength?: number | null }>;
}

export function buildNeighbours(links: TaxonomyLinks): Neighbours {
  const broader = new Map<string, string[]>();
  const narrower = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, v: string) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);
  for (const h of links.hierarchy) {
    if (h.broaderId === h.narrowerId) continue;
    push(broader, h.narrowerId, h.broaderId);
    push(narrower, h.broaderId, h.narrowerId);
  }
  const out = new Map<string, Neighbour[]>();
  const add = (s: string, n: Neighbour) => (out.get(s) ?? out.set(s, []).get(s)!).push(n);
  const group = (id: string) => links.groups.has(id);
  const skills = new Set([...broader.keys(), ...narrower.keys()]);
  for (const s of skills) {
    for (const b of broader.get(s) ?? []) {
      add(s, { skillId: b, relation: 'BROADER', distance: 1, viaGroup: group(b) });
      for (const bb of broader.get(b) ?? [])
        if (bb !== s) add(s, { skillId: bb, relation: 'BROADER', distance: 2, viaGroup: group(b) || group(bb) });
    }
    for (const n of narrower.get(s) ?? []) {
      add(s, { skillId: n, relation: 'NARROWER', distance: 1, viaGroup: false });
      for (const nn of narrower.get(n) ?? [])
        if (nn !== s) add(s, { skillId: nn, relation: 'NARROWER', distance: 2, viaGroup: false });
    }
  }
  for (const r of links.relations) {
    if (r.fromId === r.toId) continue;
    if (r.kind === 'EQUIVALENT') {
      const strength = r.strength ?? 0;
      add(r.fromId, { skillId: r.toId, relation: 'EQUIVALENT', strength });
      add(r.toId, { skillId: r.fromId, relation: 'EQUIVALENT', strength });
    } else {
      const dependency = r.kind === 'ESSENTIAL_FOR' || r.kind === 'OPTIONAL_FOR';
      add(r.fromId, { skillId: r.toId, relation: 'RELATED', dependency });
      add(r.toId, { skillId: r.fromId, relation: 'RELATED', dependency });
    }
  }
  return (id) => out.get(id) ?? [];
}

export interface CreditedNeighbour {
  relation: NeighbourRelation;
  distance: number;
  similarity: number;
}

const PRIORITY: Record<NeighbourRelation, number> = { EQUIVALENT: 0, BROADER: 1, NARROWER: 2, RELATED: 3 };
const V1_PRIORITY: Record<NeighbourRelation, number> = { BROADER: 0, NARROWER: 1, RELATED: 2, EQUIVALENT: 3 };

/** The similarity one neighbour earns under an algorithm (0: none). */
export function neighbourSimilarity(algorithm: Algorithm, config: MatchConfig, n: Neighbour): number {
  const distance = n.distance ?? 1;
  if (algorithm === 'skills-overlap/1') {
    // Today's rule, kept as it was: any direct broader, narrower or related skill.
    return distance === 1 && n.relation !== 'EQUIVALENT' ? config.relatedCredit : 0;
  }
  switch (n.relation) {
    case 'EQUIVALENT':
      return roundSimilarity(Math.min(SIMILARITY.EQUIVALENT_MAX, n.strength ?? 0));
    case 'NARROWER':
      return n.viaGroup ? 0 : (SIMILARITY.NARROWER[distance] ?? 0);
    case 'BROADER':
      return n.viaGroup ? 0 : (SIMILARITY.BROADER[distance] ?? 0);
    case 'RELATED':
      return n.dependency || distance !== 1 ? 0 : SIMILARITY.RELATED;
  }
}

/**
 * skills-overlap/2 credits at most this many cross-scheme equivalents per skill, the strongest
 * (then by skill ID): a broad O*NET element has hundreds of co-occurring ESCO skills, and
 * expanding an opening through all of them made ranking a million profiles 4× slower.
 */
export const MAX_EQUIVALENTS = 20;

function strongestEquivalents(skillId: string, neighbours: Neighbours, algorithm: Algorithm, config: MatchConfig): Set<string> {
  const best = new Map<string, number>();
  for (const n of neighbours(skillId)) {
    if (n.relation !== 'EQUIVALENT' || n.skillId === skillId) continue;
    const sim = neighbourSimilarity(algorithm, config, n);
    if (sim > 0 && sim > (best.get(n.skillId) ?? 0)) best.set(n.skillId, sim);
  }
  if (best.size <= MAX_EQUIVALENTS) return new Set(best.keys());
  const ranked = [...best].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return new Set(ranked.slice(0, MAX_EQUIVALENTS).map(([id]) => id));
}

/** Strengths to a step of 0.05: few distinct similarities keep the engine's tables small. */
function roundSimilarity(s: number): number {
  return s > 0 ? Math.max(1, Math.round(s * 20)) / 20 : 0;
}

/**
 * The neighbours of a skill that earn credit, without the skill itself: neighbour skillId → the
 * best (highest similarity) of its relations; ties by relation priority (/1: BROADER, NARROWER,
 * RELATED; /2: EQUIVALENT, BROADER, NARROWER, RELATED), then shorter distance.
 */
export function creditedNeighbours(
  skillId: string,
  neighbours: Neighbours,
  algorithm: Algorithm,
  config: MatchConfig,
): Map<string, CreditedNeighbour> {
  const out = new Map<string, CreditedNeighbour>();
  const priority = algorithm === 'skills-overlap/1' ? V1_PRIORITY : PRIORITY;
  const kept = strongestEquivalents(skillId, neighbours, algorithm, config);
  for (const n of neighbours(skillId)) {
    if (n.skillId === skillId) continue;
    if (n.relation === 'EQUIVALENT' && !kept.has(n.skillId)) continue;
    const similarity = neighbourSimilarity(algorithm, config, n);
    if (!(similarity > 0)) continue;
    const c = { relation: n.relation, distance: n.distance ?? 1, similarity };
    const had = out.get(n.skillId);
    if (
      had === undefined ||
      similarity > had.similarity ||
      (similarity === had.similarity &&
        (priority[c.relation] < priority[had.relation] || (c.relation === had.relation && c.distance < had.distance)))
    ) {
      out.set(n.skillId, c);
    }
  }
  return out;
}
