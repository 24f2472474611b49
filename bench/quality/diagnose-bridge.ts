/**
 * Diagnostic for the cross-scheme runs (not part of the benchmark's report):
 *   npx tsx bench/quality/diagnose-bridge.ts [--seed 1] [--show 6] [--data ../shared/data]
 * Builds the same cross-scheme setup as `npm run bench:quality` for one seed (same Rng forks),
 * derives the bridge with the evaluation pairs held out, and for each O*NET opening → ESCO pool
 * (and ESCO opening → O*NET pool) reports: how many of the opening's skills have an equivalent at
 * all, how many of a relevant person's skills are reachable through the links from the opening's
 * skills (and the same for distractors), the relevant people's scores next to the 50th score, and
 * recall@50. Per-opening detail for the first --show openings.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MatchIndex } from '../../src/matching/engine/engine.js';
import { buildNeighbours, creditedNeighbours } from '../../src/matching/engine/neighbours.js';
import { DEFAULT_MATCH_CONFIG } from '../../src/matching/engine/model.js';
import { openBridge } from './bridge.js';
import { buildCross } from './cross.js';
import { taxonomyLinks } from './neighbours.js';
import type { Person, TestOpening } from './people.js';
import { Rng } from './rng.js';
import { generators } from './scenario.js';
import { loadTaxonomy } from './taxonomy.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    show: { type: 'string', default: '6' },
    pairs: { type: 'string', default: '50' },
    distractors: { type: 'string', default: '5000' },
    data: { type: 'string', default: process.env.SHARED_DATA ?? path.resolve(import.meta.dirname, '../../../shared/data') },
  },
});
const seed = Number(values.seed);
const show = Number(values.show);
const DATA = path.resolve(values.data!);

const tax = await loadTaxonomy(DATA);
const gens = generators(tax);
const rng = new Rng(seed);
rng.fork();
rng.fork();
const cross = buildCross(rng.fork(), tax, gens.esco, gens.onet, Number(values.pairs), Number(values.distractors));
const source = await openBridge(DATA);
const bridge = source.derive(cross.pairs.flatMap((p) => [p.onet.code, p.esco.code]));
console.log(
  `seed ${seed}: ${bridge.links.length} links (${bridge.method}; ${bridge.note}; ${JSON.stringify(bridge.stats)}), ${cross.pairs.length} pairs held out, ${(bridge.ms / 1000).toFixed(1)} s`,
);
const neighbours = buildNeighbours(taxonomyLinks(tax, bridge.links));
const reach = (id: string) => creditedNeighbours(id, neighbours, 'skills-overlap/2', DEFAULT_MATCH_CONFIG);

function direction(
  label: string,
  openings: TestOpening[],
  pool: Person[],
  byOcc: Map<string, string[]>,
  relevantOf: (i: number) => string,
) {
  const index = MatchIndex.build(
    pool.map((p) => ({ id: p.id, skills: p.skills })),
    { neighbours, algorithm: 'skills-overlap/2' } as never,
  );
  const people = new Map(pool.map((p) => [p.id, p]));
  let sumLinked = 0,
    sumSkills = 0,
    sumRelReach = 0,
    sumDisReach = 0,
    sumRecall = 0,
    sumCoveredRel = 0,
    sumCoveredDis = 0;
  const relevantSet = new Set(openings.map((_, i) => relevantOf(i)));
  const distractors = pool.filter((p) => !p.occupations.some((o) => relevantSet.has(o)));
  openings.forEach((o, i) => {
    const credited = o.skills.map((s) => reach(s.skillId));
    const reachable = new Map<string, number>();
    for (const c of credited)
      for (const [id, n] of c) if (n.relation === 'EQUIVALENT') reachable.set(id, Math.max(reachable.get(id) ?? 0, n.similarity));
    const linked = credited.filter((c) => [...c.values()].some((n) => n.relation === 'EQUIVALENT')).length;
    const rel = (byOcc.get(relevantOf(i)) ?? []).map((id) => people.get(id)!);
    const share = (p: Person) => p.skills.filter((s) => reachable.has(s.skillId)).length / p.skills.length;
    // Opening skills a person gets any credit for (through a link to one of their skills).
    const covered = (p: Person) => {
      const held = new Set(p.skills.map((s) => s.skillId));
      return (
        credited.filter((c, k) => held.has(o.skills[k]!.skillId) || [...c.keys()].some((id) => held.has(id))).length /
        o.skills.length
      );
    };
    const relReach = rel.reduce((a, p) => a + share(p), 0) / rel.length;
    const sample = distractors.slice(0, 500);
    const disReach = sample.reduce((a, p) => a + share(p), 0) / sample.length;
    const relCov = rel.reduce((a, p) => a + covered(p), 0) / rel.length;
    const disCov = sample.reduce((a, p) => a + covered(p), 0) / sample.length;
    const hits = index.search({ skills: o.skills }, { k: 50, countTotal: true });
    const relIds = new Set(rel.map((p) => p.id));
    const found = hits.hits.filter((h) => relIds.has(h.id)).length;
    const all = index.search({ skills: o.skills }, { k: pool.length, countTotal: false }).hits;
    const relScores = all.filter((h) => relIds.has(h.id)).map((h) => h.score);
    const ranks = all.map((h, r) => (relIds.has(h.id) ? r + 1 : 0)).filter(Boolean);
    sumLinked += linked;
    sumSkills += o.skills.length;
    sumRelReach += relReach;
    sumDisReach += disReach;
    sumRecall += found / rel.length;
    sumCoveredRel += relCov;
    sumCoveredDis += disCov;
    if (i < show) {
      console.log(
        `  ${o.title} (${o.occupation}) → ${relevantOf(i)}: ${linked}/${o.skills.length} opening skills linked, ${reachable.size} reachable skills; ` +
          `relevant people's skills reachable ${(relReach * 100).toFixed(0)}% vs distractors ${(disReach * 100).toFixed(0)}%; ` +
          `opening skills covered ${(relCov * 100).toFixed(0)}% vs ${(disCov * 100).toFixed(0)}%; scored ${hits.total} people; 50th score ${(all[49]?.score ?? 0).toFixed(3)}, ` +
          `relevant scores ${relScores.map((s) => s.toFixed(3)).join(' ')} ranks ${ranks.slice(0, 10).join(' ')}; recall@50 ${found}/${rel.length}`,
      );
    }
  });
  const n = openings.length;
  console.log(
    `${label}: opening skills linked ${((sumLinked / sumSkills) * 100).toFixed(0)}%; relevant people's skills reachable ${((sumRelReach / n) * 100).toFixed(1)}% vs distractors ${((sumDisReach / n) * 100).toFixed(1)}%; ` +
      `opening skills covered ${((sumCoveredRel / n) * 100).toFixed(1)}% vs ${((sumCoveredDis / n) * 100).toFixed(1)}%; recall@50 ${(sumRecall / n).toFixed(3)}`,
  );
}

direction(
  'O*NET openings → ESCO pool',
  cross.onetOpenings,
  cross.escoPool.pool,
  cross.escoPool.byOccupation,
  (i) => cross.pairs[i]!.esco.code,
);
if (!process.env.ONLY_ONET)
  direction(
    'ESCO openings → O*NET pool',
    cross.escoOpenings,
    cross.onetPool.pool,
    cross.onetPool.byOccupation,
    (i) => cross.pairs[i]!.onet.code,
  );

if (process.env.DETAIL) {
  // Per opening skill of a few O*NET openings: who gets credit for it (relevant people, the top-50 distractors, all distractors).
  const pool = cross.escoPool.pool;
  const index = MatchIndex.build(
    pool.map((p) => ({ id: p.id, skills: p.skills })),
    { neighbours, algorithm: 'skills-overlap/2' } as never,
  );
  for (const i of process.env.DETAIL.split(',').map(Number)) {
    const o = cross.onetOpenings[i]!;
    const rel = new Set(cross.escoPool.byOccupation.get(cross.pairs[i]!.esco.code) ?? []);
    const top = index
      .search({ skills: o.skills }, { k: 50, countTotal: false })
      .hits.map((h) => h.id)
      .filter((id) => !rel.has(id));
    const byId = new Map(pool.map((p) => [p.id, p]));
    const others = pool.filter((p) => !rel.has(p.id)).slice(0, 1000);
    console.log(`${o.title}:`);
    for (const s of o.skills) {
      const c = reach(s.skillId);
      const best = (p: Person) => Math.max(0, ...p.skills.map((x) => c.get(x.skillId)?.similarity ?? 0));
      const avg = (ps: Person[]) => ps.reduce((a, p) => a + best(p), 0) / Math.max(1, ps.length);
      console.log(
        `  ${s.skillId.padEnd(40)} w${s.weight} links ${c.size}: relevant ${avg([...rel].map((id) => byId.get(id)!)).toFixed(2)} top-50 others ${avg(top.map((id) => byId.get(id)!)).toFixed(2)} all others ${avg(others).toFixed(2)}`,
      );
    }
  }
}
