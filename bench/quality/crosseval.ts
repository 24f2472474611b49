/** Cross-scheme recall@50 of one method (see cross.ts for the construction). */
import type { Ranker } from './baselines.js';
import type { CrossSetup } from './cross.js';
import { K_RECALL, mean, recallAt, type Mean } from './metrics.js';
import type { TestOpening } from './people.js';
import type { Scenario } from './scenario.js';

export interface Direction {
  /** recall@50 of the twin's people, tagged in the other scheme. */
  cross: Mean;
  /** recall@50 of the opening occupation's own people, tagged in the opening's scheme. */
  same: Mean;
  /** cross / same (means). */
  ratio: number;
}

export interface CrossResult {
  method: string;
  onetToEsco: Direction;
  escoToOnet: Direction;
}

function recalls(
  ranker: Ranker,
  openings: readonly TestOpening[],
  pool: Scenario,
  relevantOccupation: (i: number) => string,
): number[] {
  return openings.map((o, i) =>
    recallAt(ranker.search(o, K_RECALL), new Set(pool.byOccupation.get(relevantOccupation(i)) ?? []), K_RECALL),
  );
}

/** `onEsco` / `onOnet`: the same method built over the ESCO-tagged and the O*NET-tagged pool. */
export function evaluateCross(setup: CrossSetup, onEsco: Ranker, onOnet: Ranker): CrossResult {
  const direction = (cross: number[], same: number[]): Direction => {
    const c = mean(cross);
    const s = mean(same);
    return { cross: c, same: s, ratio: s.mean > 0 ? c.mean / s.mean : NaN };
  };
  const p = setup.pairs;
  return {
    method: onEsco.name,
    onetToEsco: direction(
      recalls(onEsco, setup.onetOpenings, setup.escoPool, (i) => p[i]!.esco.code),
      recalls(onOnet, setup.onetOpenings, setup.onetPool, (i) => p[i]!.onet.code),
    ),
    escoToOnet: direction(
      recalls(onOnet, setup.escoOpenings, setup.onetPool, (i) => p[i]!.onet.code),
      recalls(onEsco, setup.escoOpenings, setup.escoPool, (i) => p[i]!.esco.code),
    ),
  };
}
