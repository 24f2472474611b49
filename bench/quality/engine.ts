/**
 * The matching engine as a ranker: MatchIndex.build(people, { neighbours, algorithm }) and
 * index.search(opening, { k, countTotal: false }).hits, default configuration. People go in with
 * { skillId, level, trust } per skill (skills-overlap/1 ignores trust).
 */
import { MatchIndex, type MatchIndexOptions } from '../../src/matching/engine/engine.js';
import type { MatchConfig } from '../../src/matching/engine/model.js';
import type { Neighbours } from '../../src/matching/engine/score.js';
import type { Ranker } from './baselines.js';
import type { Person } from './people.js';

export type Algorithm = 'skills-overlap/1' | 'skills-overlap/2';

/** The options with `algorithm`, whether or not this version of MatchIndexOptions declares it yet. */
type Options = MatchIndexOptions & { algorithm?: Algorithm };

export interface EngineRanker extends Ranker {
  buildMs: number;
}

export function engineRanker(
  name: string,
  pool: readonly Person[],
  neighbours: Neighbours,
  algorithm: Algorithm,
  config?: Partial<MatchConfig>,
): EngineRanker {
  const options: Options = { neighbours, algorithm, config };
  const t = performance.now();
  const index = MatchIndex.build(
    pool.map((p) => ({ id: p.id, skills: p.skills })),
    options,
  );
  const buildMs = performance.now() - t;
  return {
    name,
    buildMs,
    search(opening, k) {
      const result = index.search({ skills: opening.skills }, { k, countTotal: false });
      if (result.algorithmVersion !== algorithm)
        throw new Error(`asked the engine for ${algorithm}, it answered with ${result.algorithmVersion}`);
      return result.hits.map((h) => h.id);
    },
  };
}

/** Whether this engine answers with `algorithm` (an engine without the option answers skills-overlap/1). */
export function engineSupports(algorithm: Algorithm): { ok: boolean; note: string } {
  try {
    const options: Options = { algorithm };
    const skills = [{ skillId: 's', level: 3, trust: 2 }];
    const index = MatchIndex.build([{ id: 'a', skills }], options);
    const version = index.search(
      { skills: [{ skillId: 's', weight: 1, minLevel: 1, required: true }] },
      { k: 1, countTotal: false },
    ).algorithmVersion;
    return version === algorithm
      ? { ok: true, note: `engine answers ${version}` }
      : { ok: false, note: `the engine does not offer ${algorithm} yet (answered ${version})` };
  } catch (error) {
    return { ok: false, note: `the engine refused ${algorithm}: ${(error as Error).message}` };
  }
}
