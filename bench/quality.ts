/**
 * Ranking-quality benchmark (not part of the test suite): how well the matching engine ranks people
 * for openings, next to simple baselines computed in the same run on the same data.
 *   npm run bench:quality -- [--seeds 1,2] [--openings 200] [--candidates 20000] [--pairs 50]
 *                            [--distractors 5000] [--data ../shared/data]   (or SHARED_DATA=…)
 *
 * Data: the real O*NET 29.0 and ESCO 1.1.1 release files, read in place with the importers' own
 * parsers (src/import), so skill IDs (`ESCO:<uri>`, `ONET:<element>`, `ONET_TECH:<commodity|example>`)
 * are the codes the importer stores. Per seed (every seed reported on its own):
 *  1. ESCO scenario: --openings openings from real ESCO occupations, a pool of --candidates
 *     generated people: 10 from each opening's occupation (the relevant ones), a third of the rest
 *     from other occupations of the same ISCO-08 unit group (hard negatives), the rest from any
 *     other occupation; adversarial profiles added (bench/quality/scenario.ts, people.ts).
 *  2. O*NET scenario: the same from O*NET occupations (ratings, hot technologies; hard negatives
 *     from the same SOC minor group), at half the sizes.
 *  3. Adversaries: over-claimers holding the 100, 200, 300 skills most common in the pool, and
 *     generic profiles (ESCO transversal skills; the 100 skills essential for most ESCO
 *     occupations; every rated O*NET element), all at level 5 and trust 0 (unevidenced claims).
 *  4. Cross-scheme: O*NET/ESCO occupations with the same normalised title; openings in one scheme
 *     against people tagged in the other, recall@50 next to the same-scheme recall@50
 *     (bench/quality/cross.ts). The engine crosses schemes only through equivalence links: the
 *     project's bridge (src/import/bridge…) when it exists, derived with the evaluation pairs held
 *     out of its evidence; without it the cross-scheme columns show what no links give.
 * Methods: Jaccard, BM25 (k1 1.2, b 0.75, IDF of the pool) and TF-IDF cosine on skill-ID sets; the
 * engine with skills-overlap/1 (default config, today's one-hop neighbours) and skills-overlap/2
 * (the engine's default config, neighbours from buildNeighbours) when the engine offers it.
 * Metrics: P@10, nDCG@10 (binary; graded: 1 for the same group), R@50, adversaries' top-10
 * entries, profile sizes of right and wrong top-10 entries, and the last method's paired nDCG@10
 * difference to each other one over the same openings (bench/quality/metrics.ts).
 *
 * Why this is fair to every method: relevance is where a person was generated from, never any
 * score; the generator does not know the methods and was fixed before any of them was run (no
 * parameter tuned on results); relevant and irrelevant people come out of the same generator with
 * the same noise (dropped skills, unrelated skills, 20% hierarchy swaps, levels) and the same trust
 * distribution drawn independently of relevance; openings and people sample an occupation's
 * skills independently, so matching is never by construction; IDs are numbered after a shuffle,
 * so the engine's tie order (by ID) is random with respect to relevance; every method sees the
 * same pool and openings and returns only people with a score above 0.
 * Writes bench/results/quality.json (git-ignored) and prints markdown tables. About a minute on 2
 * cores with the defaults (--openings / --candidates scale it down).
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeResults } from './lib.js';
import { baselineRankers, BM25_B, BM25_K1, type Ranker } from './quality/baselines.js';
import { openBridge } from './quality/bridge.js';
import { buildCross } from './quality/cross.js';
import { evaluateCross, type CrossResult } from './quality/crosseval.js';
import { engineRanker, engineSupports } from './quality/engine.js';
import { evaluate, poolSizes, type MethodResult } from './quality/metrics.js';
import { loadBuildNeighbours, taxonomyLinks, todayNeighbours } from './quality/neighbours.js';
import { adversary, GENERALIST_SHARE, mostCommonSkills, SWAP_SHARE, TRUST_MIX, type Person } from './quality/people.js';
import { crossTable, scenarioTables, type CrossReport, type ScenarioReport } from './quality/report.js';
import { Rng } from './quality/rng.js';
import { buildScenario, generators, type Scenario } from './quality/scenario.js';
import { loadTaxonomy, type Taxonomy } from './quality/taxonomy.js';
import { resolveConfig, V1_DEFAULTS, type MatchConfig } from '../src/matching/engine/model.js';
import type { Neighbours } from '../src/matching/engine/score.js';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '1,2' },
    openings: { type: 'string', default: '200' },
    candidates: { type: 'string', default: '20000' },
    pairs: { type: 'string', default: '50' },
    distractors: { type: 'string', default: '5000' },
    /** The engine's MatchConfig for skills-overlap/2 as JSON (default: the service's defaults). */
    config: { type: 'string', default: '{}' },
    data: { type: 'string', default: process.env.SHARED_DATA ?? path.resolve(import.meta.dirname, '../../shared/data') },
  },
});
const int = (name: string, v: string | undefined, min: number) => {
  const n = Number(v?.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return n;
};
const SEEDS = values.seeds!.split(',').map((s) => int('seeds', s.trim(), 0));
const OPENINGS = int('openings', values.openings, 2);
const CANDIDATES = int('candidates', values.candidates, 1);
const PAIRS = int('pairs', values.pairs, 1);
const DISTRACTORS = int('distractors', values.distractors, 0);
const DATA = path.resolve(values.data!);
const CONFIG = resolveConfig(JSON.parse(values.config!) as Partial<MatchConfig>);
const ONET_OPENINGS = Math.max(2, Math.round(OPENINGS / 2));
const ONET_CANDIDATES = Math.round(CANDIDATES / 2);
if (CANDIDATES < 10 * OPENINGS * 1.5)
  throw new Error(`--candidates must be at least 15 × --openings (10 relevant people per opening and negatives)`);

const T0 = performance.now();
const log = (s: string) => process.stderr.write(`[${((performance.now() - T0) / 1000).toFixed(1).padStart(6)} s] ${s}\n`);

const ALGO1 = 'skills-overlap/1';
const ALGO2 = 'skills-overlap/2';

function escoAdversaries(tax: Taxonomy) {
  const mostEssential = [...tax.esco.essentialFor.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 100)
    .map(([id]) => id);
  return (people: readonly Person[]) => [
    ...[100, 200, 300].map((n) => adversary(`top-${n} skills`, mostCommonSkills(people, n))),
    adversary(`transversal (${tax.esco.transversal.length})`, tax.esco.transversal),
    adversary('100 most essential', mostEssential),
  ];
}

function onetAdversaries(tax: Taxonomy) {
  return (people: readonly Person[]) => [
    ...[100, 200, 300].map((n) => adversary(`top-${n} skills`, mostCommonSkills(people, n))),
    adversary(`all ${tax.onet.ratedElements.length} elements`, tax.onet.ratedElements),
  ];
}

interface Setup {
  tax: Taxonomy;
  today: Neighbours;
  v2: { ok: boolean; note: string };
  buildNeighbours: Awaited<ReturnType<typeof loadBuildNeighbours>>;
}

/** Every method over one pool: the baselines, then the engine. */
function rankers(
  setup: Setup,
  pool: readonly Person[],
  v2Neighbours: Neighbours | null,
): { ranker: Ranker; buildMs: number | null }[] {
  const t = performance.now();
  const base = baselineRankers(pool);
  const baseMs = (performance.now() - t) / base.length;
  const out: { ranker: Ranker; buildMs: number | null }[] = base.map((ranker) => ({ ranker, buildMs: baseMs }));
  // /1 with the defaults it had as the only score: the ranking as it was.
  const e1 = engineRanker(`engine ${ALGO1}`, pool, setup.today, ALGO1, V1_DEFAULTS);
  out.push({ ranker: e1, buildMs: e1.buildMs });
  if (setup.v2.ok && v2Neighbours) {
    const e2 = engineRanker(`engine ${ALGO2}`, pool, v2Neighbours, ALGO2, CONFIG);
    out.push({ ranker: e2, buildMs: e2.buildMs });
  }
  return out;
}

function runScenario(setup: Setup, s: Scenario, v2Neighbours: Neighbours | null): ScenarioReport {
  const results: MethodResult[] = [];
  for (const { ranker, buildMs } of rankers(setup, s.pool, v2Neighbours)) {
    results.push(evaluate(ranker, s, buildMs));
    log(`  ${s.name}: ${ranker.name} done`);
  }
  return { name: s.name, notes: s.notes, openings: s.openings.length, poolSizes: poolSizes(s), results };
}

async function run() {
  log(
    `quality benchmark: seeds ${SEEDS.join(', ')}; ESCO ${OPENINGS} openings / ${CANDIDATES.toLocaleString('en-US')} people; O*NET ${ONET_OPENINGS} / ${ONET_CANDIDATES.toLocaleString('en-US')}; ${PAIRS} cross-scheme pairs, ${DISTRACTORS.toLocaleString('en-US')} distractors a pool; data ${DATA}`,
  );
  const tax = await loadTaxonomy(DATA);
  log(
    `taxonomies read: ${Object.entries(tax.counts)
      .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
      .join(', ')}`,
  );
  const setup: Setup = {
    tax,
    today: todayNeighbours(tax),
    v2: engineSupports(ALGO2),
    buildNeighbours: await loadBuildNeighbours(),
  };
  log(`${ALGO2}: ${setup.v2.note}; neighbours: ${setup.buildNeighbours.note}`);
  const bridgeSource = await openBridge(DATA);
  log(`bridge: ${bridgeSource.note}`);
  const gens = generators(tax);
  const seeds = [];
  for (const seed of SEEDS) {
    log(`── seed ${seed}`);
    const rng = new Rng(seed);
    const escoRng = rng.fork();
    const onetRng = rng.fork();
    const crossRng = rng.fork();
    const esco = buildScenario('ESCO', escoRng, gens.esco, { openings: OPENINGS, people: CANDIDATES }, escoAdversaries(tax));
    const onet = buildScenario(
      'O*NET',
      onetRng,
      gens.onet,
      { openings: ONET_OPENINGS, people: ONET_CANDIDATES },
      onetAdversaries(tax),
    );
    const cross = buildCross(crossRng, tax, gens.esco, gens.onet, PAIRS, DISTRACTORS);
    const swapped =
      esco.pool.reduce((a, p) => a + p.swapped, 0) / esco.pool.reduce((a, p) => a + (p.adversary ? 0 : p.skills.length), 0);
    log(
      `  generated: ESCO ${esco.pool.length.toLocaleString('en-US')}, O*NET ${onet.pool.length.toLocaleString('en-US')}, cross ${cross.pairs.length} pairs (ESCO skills swapped: ${(swapped * 100).toFixed(1)}%)`,
    );
    const bridge = bridgeSource.derive(cross.pairs.flatMap((p) => [p.onet.code, p.esco.code]));
    if (bridge.available)
      log(`  bridge: ${bridge.links.length.toLocaleString('en-US')} links in ${(bridge.ms / 1000).toFixed(1)} s`);
    let v2Neighbours: Neighbours | null = null;
    let v2NeighboursNote = setup.buildNeighbours.note;
    if (setup.v2.ok) {
      if (setup.buildNeighbours.build) v2Neighbours = setup.buildNeighbours.build(taxonomyLinks(tax, bridge.links));
      else {
        v2Neighbours = setup.today;
        v2NeighboursNote = `${setup.buildNeighbours.note}: ${ALGO2} runs on today's neighbours`;
      }
    }
    const escoReport = runScenario(setup, esco, v2Neighbours);
    const onetReport = runScenario(setup, onet, v2Neighbours);
    const onEsco = rankers(setup, cross.escoPool.pool, v2Neighbours);
    const onOnet = rankers(setup, cross.onetPool.pool, v2Neighbours);
    const crossResults: CrossResult[] = onEsco.map((m, i) => evaluateCross(cross, m.ranker, onOnet[i]!.ranker));
    log(`  cross-scheme done`);
    const crossReport: CrossReport = {
      pairs: cross.pairs.length,
      candidatePairs: cross.candidatePairs,
      notes: [
        cross.escoPool.notes[0]!.replace('people', 'ESCO-tagged people'),
        cross.onetPool.notes[0]!.replace('people', 'O*NET-tagged people'),
      ],
      bridge: { available: bridge.available, note: bridge.note, links: bridge.links.length, method: bridge.method },
      results: crossResults,
    };
    seeds.push({
      seed,
      esco: escoReport,
      onet: onetReport,
      cross: {
        ...crossReport,
        bridgeStats: bridge.stats,
        bridgeMs: Math.round(bridge.ms),
        pairList: cross.pairs.map((p) => ({
          title: p.title,
          onet: `${p.onet.code} ${p.onet.title}`,
          esco: `${p.esco.title} <${p.esco.code}>`,
        })),
      },
      escoSwappedShare: swapped,
      v2Neighbours: v2NeighboursNote,
    });
  }
  return { setup, seeds };
}

function print(r: Awaited<ReturnType<typeof run>>) {
  for (const s of r.seeds) {
    console.log(`\n### Ranking quality, seed ${s.seed}\n`);
    console.log(scenarioTables(s.esco));
    console.log('');
    console.log(scenarioTables(s.onet));
    console.log('');
    console.log(crossTable(s.cross));
  }
  console.log(`\n${ALGO2}: ${r.setup.v2.note}; neighbours: ${r.seeds[0]?.v2Neighbours ?? r.setup.buildNeighbours.note}.`);
  console.log(
    '± is the 95% interval half-width over openings (1.96·sd/√n). Relevant = generated from the opening’s occupation; graded nDCG adds 1 for the same ISCO unit group / SOC minor group.',
  );
}

let failed = false;
try {
  const result = await run();
  print(result);
  const wallSeconds = Math.round(performance.now() - T0) / 1000;
  const outFile = writeResults('quality', {
    benchmark: 'quality',
    at: new Date().toISOString(),
    data: DATA,
    seeds: SEEDS,
    sizes: {
      escoOpenings: OPENINGS,
      escoPeople: CANDIDATES,
      onetOpenings: ONET_OPENINGS,
      onetPeople: ONET_CANDIDATES,
      crossPairs: PAIRS,
      crossDistractors: DISTRACTORS,
    },
    generation: { trustMix: TRUST_MIX, generalistShare: GENERALIST_SHARE, swapShare: SWAP_SHARE, relevantPerOpening: 10 },
    methods: {
      bm25: { k1: BM25_K1, b: BM25_B },
      engineV2: result.setup.v2.note,
      engineV2Config: CONFIG,
      neighboursV2: result.setup.buildNeighbours.note,
    },
    taxonomy: result.setup.tax.counts,
    machine: {
      cpu: os.cpus()[0]?.model,
      cpus: os.cpus().length,
      node: process.version,
      loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
    },
    results: result.seeds,
    wallSeconds,
  });
  console.log(`\nwrote ${outFile} (${Math.round(wallSeconds)} s in all)`);
} catch (error) {
  failed = true;
  console.error(error);
}
process.exitCode = failed ? 1 : 0;
