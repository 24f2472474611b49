/**
 * Taxonomy neighbours for the engine.
 *  - skills-overlap/1: today's neighbours, built as src/matching/service.ts builds them from the
 *    imported rows: every hierarchy link both ways (BROADER / NARROWER) and every skill–skill
 *    relation both ways as RELATED.
 *  - skills-overlap/2: buildNeighbours(links) of src/matching/engine/neighbours.ts, given the same
 *    hierarchy and relations, the groups the app passes (ESCO skill groups and O*NET content-model
 *    categories, as src/matching/service.ts selects them), and the O*NET ↔ ESCO equivalence links
 *    of the bridge (kind EQUIVALENT with their strength) when there is one. Loaded by a dynamic
 *    import, so the benchmark runs (and says so) while that module does not exist yet.
 */
import type { Neighbour, Neighbours } from '../../src/matching/engine/score.js';
import type { Taxonomy } from './taxonomy.js';

export interface LinkRelation {
  fromId: string;
  toId: string;
  kind: 'RELATED' | 'ESSENTIAL_FOR' | 'OPTIONAL_FOR' | 'EQUIVALENT';
  strength?: number;
}
export interface Links {
  hierarchy: { broaderId: string; narrowerId: string }[];
  groups: Set<string>;
  relations: LinkRelation[];
}
export interface Equivalence {
  fromId: string;
  toId: string;
  strength: number;
}

export function todayNeighbours(tax: Taxonomy): Neighbours {
  const map = new Map<string, Neighbour[]>();
  const add = (s: string, n: Neighbour) => (map.get(s) ?? map.set(s, []).get(s)!).push(n);
  for (const h of tax.hierarchy) {
    add(h.narrowerId, { skillId: h.broaderId, relation: 'BROADER' });
    add(h.broaderId, { skillId: h.narrowerId, relation: 'NARROWER' });
  }
  for (const r of tax.relations) {
    add(r.fromId, { skillId: r.toId, relation: 'RELATED' });
    add(r.toId, { skillId: r.fromId, relation: 'RELATED' });
  }
  return (id) => map.get(id) ?? [];
}

export function taxonomyLinks(tax: Taxonomy, equivalences: readonly Equivalence[]): Links {
  return {
    hierarchy: tax.hierarchy,
    groups: new Set([...tax.groups, ...tax.onetCategories]),
    relations: [
      ...tax.relations,
      ...equivalences.map((e) => ({ fromId: e.fromId, toId: e.toId, kind: 'EQUIVALENT' as const, strength: e.strength })),
    ],
  };
}

export type BuildNeighbours = (links: Links) => Neighbours;

/** Imports a module of the project by its path from here; null when the file does not exist. */
export async function optionalModule(spec: string): Promise<{ module: Record<string, unknown> | null; error?: string }> {
  try {
    return { module: (await import(spec)) as Record<string, unknown> };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const target = spec.replace(/^(\.\.\/)+/, '');
    if (e.code === 'ERR_MODULE_NOT_FOUND' && e.message.includes(target))
      return { module: null, error: `${target.replace(/\.js$/, '.ts')} does not exist yet` };
    return { module: null, error: `${target}: ${e.message.split('\n')[0]}` };
  }
}

export async function loadBuildNeighbours(): Promise<{ build: BuildNeighbours | null; note: string }> {
  const { module, error } = await optionalModule('../../src/matching/engine/neighbours.js');
  if (!module) return { build: null, note: error ?? 'not loaded' };
  const fn = module.buildNeighbours;
  if (typeof fn !== 'function') return { build: null, note: 'src/matching/engine/neighbours.ts exports no buildNeighbours' };
  return { build: fn as BuildNeighbours, note: 'buildNeighbours from src/matching/engine/neighbours.ts' };
}
