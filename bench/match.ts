/**
 * Matching benchmark (not part of the test suite): the in-memory match index (src/matching/engine)
 * against the SQL reference (src/matching/sql-reference.ts) and through GraphQL, on a synthetic but
 * realistic population generated from the real occupation–skill relations of the reference data.
 *   npx tsx bench/match.ts [--seed N] [--sizes 100000,1000000] [--data ../shared/data] [--skip-sql] [--skip-graphql]
 *                          [--openings 200] [--verify 20] [--sql-budget 900]
 *
 * 1. A scratch PostgreSQL database (on DATABASE_URL's server, dropped afterwards, or a throwaway
 *    cluster like the test suite's) gets the full O*NET 29.0 and ESCO 1.1.1 imports and the bridge (runImport), so
 *    skills, hierarchy, relations, occupations and their ratings are real.
 * 2. Population (seeded): each profile has 1–2 occupations (O*NET-SOC or ESCO, drawn in proportion
 *    to their number of OccupationSkill rows) and about 20 distinct skills drawn from their rows
 *    (O*NET by importance³, hot technologies over others, ESCO essential ≈ 3× optional; 8% of the
 *    draws from any other occupation), levels from O*NET LV (levelFromOnet) or essential/optional,
 *    plus noise. Kept in typed arrays; the smaller sizes are prefixes of the largest.
 *    Openings (seeded): real occupations, 4–10 skills each: O*NET's most important rated skills
 *    (weight IM/5, minLevel from LV, the top 1–3 required) and a hot technology or two (weight
 *    0.6), or ESCO essential skills (weight 1, the first 1–3 required) and optional ones (0.6);
 *    20% demand all required skills. Skills in the order the app passes them (required, weight,
 *    skill ID).
 * 3. Per size: MatchIndex.build from a stream of profiles (time, bytesPerPosting, stats(), heap and
 *    RSS); on `--verify` openings, search() = searchExhaustive() = explain() (bit for bit); top-20
 *    latency over every opening after a warm-up pass: with totalCount (the default; one pass, and
 *    the per-opening median of three passes), with countTotal: false, and with an eligibility
 *    predicate like the one src/graphql/match.ts passes (Map lookup + eligibilityPredicate() per doc).
 * 4. SQL reference: the profiles and openings are written to PostgreSQL (multi-row INSERT … SELECT
 *    FROM unnest on two connections; triggers off for the load where the role may set
 *    session_replication_role; for loads of millions of rows the two secondary indexes of
 *    "ProfileSkill" are dropped and recreated from their definitions; then VACUUM ANALYZE), then
 *    sqlReferenceMatches(limit 20) is timed over the openings and compared with the engine's top
 *    20 (same IDs in the same order, scores within 1e-6; "tie order" when only equal scores are
 *    ordered differently, the SQL summing in another order). Sizes after the first are loaded
 *    only when the projected load plus 20 queries fit in --sql-budget seconds, and their queries
 *    stop when the budget is spent (the first openings of the list, a random order, are the
 *    subset); the report says how many were measured.
 * 5. GraphQL at the smallest size: the real app (createTestApp: its MatchingService builds its own
 *    index from the database) served by node:http on loopback; a HIRING_MANAGER of the host agency
 *    queries opening.matches(first: 20) with explanations, then with scores only; p50/p99 over
 *    HTTP, results compared with the engine's.
 * About 20–25 minutes with the default sizes on 2 cores, most of it loading PostgreSQL and the
 * SQL reference at 1M (bounded by --sql-budget); `--skip-sql` runs in a few minutes.
 * Writes bench/results/match.json (git-ignored) and prints a table.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import pg from 'pg';
import type { Database } from '../src/platform/db/client.js';
import { eligibilityPredicate, type CandidateAttributes, type OpeningTerms } from '../src/matching/engine/eligibility.js';
import type { EligibilityQuery } from '../src/matching/engine/doc-attributes.js';
import { MatchIndex, type IndexedProfile, type SearchHit, type SearchResult } from '../src/matching/engine/engine.js';
import {
  ALGORITHM_VERSION,
  DEFAULT_MATCH_CONFIG,
  type CandidateSkill,
  type Neighbours,
  type Opening,
} from '../src/matching/engine/score.js';
import { readNeighbours } from '../src/matching/taxonomy.js';
import { levelFromOnet } from '../src/modules/skills/milgears.js';
import { endDateOf } from '../src/modules/openings/rules.js';
import { normalizeForSearch } from '../src/modules/openings/search-text.js';
import { runImport } from '../src/import/index.js';
import { sqlReferenceMatches, type SqlMatch } from '../src/matching/sql-reference.js';
import { createTestApp } from '../tests/helpers/app.js';
import { cleanupAll, cleanups, mulberry32, scratchPostgres, stats, writeResults, type Stats } from './lib.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '20261124' },
    sizes: { type: 'string', default: '100000,1000000' },
    data: { type: 'string', default: path.resolve(here, '../../shared/data') },
    'skip-sql': { type: 'boolean', default: false },
    'skip-graphql': { type: 'boolean', default: false },
    openings: { type: 'string', default: '200' },
    verify: { type: 'string', default: '20' },
    'sql-budget': { type: 'string', default: '900' },
  },
});
const dataDir = path.resolve(values.data!);
const SEED = Number(values.seed);
const SIZES = values
  .sizes!.split(',')
  .map((s) => Number(s.trim().replace(/_/g, '')))
  .sort((a, b) => a - b);
const OPENINGS = Number(values.openings);
const VERIFY = Number(values.verify);
const SQL_BUDGET_S = Number(values['sql-budget']);
const SKIP_SQL = values['skip-sql']!;
const SKIP_GRAPHQL = values['skip-graphql']!;
if (!Number.isInteger(SEED)) throw new Error('--seed must be an integer');
if (!SIZES.length || SIZES.some((n) => !Number.isInteger(n) || n < 1000))
  throw new Error('--sizes must be integers ≥ 1000, comma-separated');
if (!Number.isInteger(OPENINGS) || OPENINGS < 10) throw new Error('--openings must be an integer ≥ 10');
if (!Number.isInteger(VERIFY) || VERIFY < 0) throw new Error('--verify must be an integer ≥ 0');
if (!(SQL_BUDGET_S >= 0)) throw new Error('--sql-budget must be a number of seconds ≥ 0');
const ONET_DIR = path.join(dataDir, 'onet-29.0');
const ESCO_DIR = path.join(dataDir, 'esco-1.1.1');
for (const p of [ONET_DIR, ESCO_DIR]) if (!fs.existsSync(p)) throw new Error(`${p} not found (pass --data DIR)`);

const K = 20;
const CONFIG = { ...DEFAULT_MATCH_CONFIG, algorithm: ALGORITHM_VERSION };
const HOST = { code: '9901', abbreviation: 'BENCHHOST', name: 'Benchmark Host Agency' };
const HOME_AGENCIES = [
  { code: '9902', abbreviation: 'BENCHA', name: 'Benchmark Home Agency A' },
  { code: '9903', abbreviation: 'BENCHB', name: 'Benchmark Home Agency B' },
  { code: '9904', abbreviation: 'BENCHC', name: 'Benchmark Home Agency C' },
  { code: '9905', abbreviation: 'BENCHD', name: 'Benchmark Home Agency D' },
];

// ─── Cleanup, also on Ctrl-C ────────────────────────────────────────────────────────────────────

const log = (s: string) => process.stderr.write(`[${((performance.now() - T0) / 1000).toFixed(1).padStart(6)} s] ${s}\n`);
const T0 = performance.now();

// A full GC before memory readings (stable heap figures); no-op if V8 refuses.
v8.setFlagsFromString('--expose-gc');
const gc = (vm.runInNewContext('typeof gc === "function" ? gc : undefined') as (() => void) | undefined) ?? (() => {});
const MB = (b: number) => Math.round(b / 2 ** 20);

// ─── Seeded randomness ──────────────────────────────────────────────────────────────────────────

class Rng {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  weighted<T>(pairs: ReadonlyArray<readonly [T, number]>): T {
    let r = this.next() * pairs.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of pairs) if ((r -= w) < 0) return v;
    return pairs[pairs.length - 1]![0];
  }
  /** Approximately normal (Irwin–Hall of 4). */
  normal(mean: number, sd: number): number {
    return mean + sd * (this.next() + this.next() + this.next() + this.next() - 2) * Math.sqrt(3);
  }
  /** A version-4-shaped UUID from this generator (lower-case hex), so one seed gives the same rows. */
  uuid(): string {
    const a = (this.next() * 2 ** 32) >>> 0;
    const b = (this.next() * 2 ** 32) >>> 0;
    const c = (this.next() * 2 ** 32) >>> 0;
    const d = (this.next() * 2 ** 32) >>> 0;
    const h = (x: number) => x.toString(16).padStart(8, '0');
    const s = h(a) + h(b) + h(c) + h(d);
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${'89ab'[d & 3]}${s.slice(17, 20)}-${s.slice(20)}`;
  }
}

/** Index into a cumulative weight table (binary search). */
function drawCum(cum: Float64Array, r: number): number {
  const x = r * cum[cum.length - 1]!;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function cumulative(weights: readonly number[]): Float64Array {
  const cum = new Float64Array(weights.length);
  let s = 0;
  weights.forEach((w, i) => (cum[i] = s += w));
  return cum;
}

// ─── Taxonomy (read back from the imported database) ───────────────────────────────────────────

/** How a skill relates to its occupation. */
const KIND_ONET = 0; // rated O*NET skill or knowledge (importance, level)
const KIND_TECH = 1; // O*NET technology skill
const KIND_ESSENTIAL = 2; // ESCO essential
const KIND_OPTIONAL = 3; // ESCO optional

interface OccSkill {
  skill: number;
  kind: number;
  importance: number | null;
  level: number | null;
  hot: boolean;
  inDemand: boolean;
}

interface Occ {
  id: string;
  scheme: 'ONET_SOC' | 'ESCO';
  code: string;
  title: string;
  description: string;
  skills: OccSkill[];
  /** Cumulative draw weights over `skills`, for profiles. */
  cum: Float64Array;
}

interface Taxonomy {
  skillIds: string[];
  occupations: Occ[];
  /** Occupations by number of OccupationSkill rows (cumulative), for profiles and openings. */
  occCum: Float64Array;
  neighbours: Neighbours;
  counts: Record<string, number>;
}

function drawWeight(s: OccSkill): number {
  switch (s.kind) {
    case KIND_ONET:
      return s.importance === null ? 0.01 : (s.importance / 5) ** 3;
    case KIND_TECH:
      return (s.hot ? 0.4 : 0.15) + (s.inDemand ? 0.1 : 0);
    case KIND_ESSENTIAL:
      return 1;
    default:
      return 0.35;
  }
}

async function loadTaxonomy(db: Database): Promise<Taxonomy> {
  const skills = await db.exec.query<{ id: string; scheme: string }>(
    `SELECT id::text AS id, scheme::text AS scheme FROM "Skill" ORDER BY scheme, code`,
  );
  const skillIds = skills.map((s) => s.id);
  const skillIndex = new Map(skillIds.map((id, i) => [id, i]));
  const schemeOf = new Map(skills.map((s) => [s.id, s.scheme]));
  const occRows = await db.exec.query<{
    id: string;
    scheme: 'ONET_SOC' | 'ESCO';
    code: string;
    title: string;
    description: string | null;
  }>(
    `SELECT id::text AS id, scheme::text AS scheme, code, title, description FROM "Occupation" WHERE scheme IN ('ONET_SOC', 'ESCO') ORDER BY scheme, code`,
  );
  const links = await db.exec.query<{
    o: string;
    s: string;
    importance: number | null;
    level: number | null;
    essential: boolean | null;
    hot: boolean;
    in_demand: boolean;
  }>(
    `SELECT os."occupationId"::text AS o, os."skillId"::text AS s, os.importance, os.level, os.essential, os.hot, os."inDemand" AS in_demand
     FROM "OccupationSkill" os JOIN "Occupation" o ON o.id = os."occupationId" JOIN "Skill" sk ON sk.id = os."skillId"
     ORDER BY o.scheme, o.code, sk.scheme, sk.code`,
  );
  const byOcc = new Map<string, OccSkill[]>();
  for (const l of links) {
    const scheme = schemeOf.get(l.s);
    const kind =
      l.essential === true
        ? KIND_ESSENTIAL
        : l.essential === false
          ? KIND_OPTIONAL
          : scheme === 'ONET_TECH'
            ? KIND_TECH
            : KIND_ONET;
    const list = byOcc.get(l.o) ?? byOcc.set(l.o, []).get(l.o)!;
    list.push({ skill: skillIndex.get(l.s)!, kind, importance: l.importance, level: l.level, hot: l.hot, inDemand: l.in_demand });
  }
  const occupations: Occ[] = [];
  for (const o of occRows) {
    const list = byOcc.get(o.id) ?? [];
    if (list.length < 10) continue;
    occupations.push({
      id: o.id,
      scheme: o.scheme,
      code: o.code,
      title: o.title,
      description: o.description ?? o.title,
      skills: list,
      cum: cumulative(list.map(drawWeight)),
    });
  }
  // The same neighbours as src/matching/service.ts reads.
  const { neighbours, counts: linkCounts } = await readNeighbours(db.prisma);
  return {
    skillIds,
    occupations,
    occCum: cumulative(occupations.map((o) => o.skills.length)),
    neighbours,
    counts: {
      skills: skills.length,
      skillHierarchy: linkCounts.hierarchy,
      skillRelations: linkCounts.relations,
      skillEquivalents: linkCounts.equivalents,
      skillGroups: linkCounts.groups,
      occupationsUsed: occupations.length,
      occupationsOnetSoc: occupations.filter((o) => o.scheme === 'ONET_SOC').length,
      occupationsEsco: occupations.filter((o) => o.scheme === 'ESCO').length,
      occupationSkillRows: links.length,
    },
  };
}

// ─── Population: typed arrays, profiles 0..n-1 ─────────────────────────────────────────────────

interface Population {
  n: number;
  ids: string[];
  /** Skills of profile p: [start[p], start[p+1]) in skill/level. */
  start: Int32Array;
  skill: Int32Array;
  level: Uint8Array;
  grade: Uint8Array;
  agency: Uint8Array;
  /** Profile's first occupation (index into taxonomy.occupations). */
  occ: Int32Array;
  generateMs: number;
}

const clampLevel = (l: number) => Math.min(5, Math.max(1, Math.round(l)));

function generatePopulation(tax: Taxonomy, n: number, rng: Rng): Population {
  const started = performance.now();
  const occs = tax.occupations;
  const start = new Int32Array(n + 1);
  let skill = new Int32Array(n * 22);
  let level = new Uint8Array(n * 22);
  const grade = new Uint8Array(n);
  const agency = new Uint8Array(n);
  const firstOcc = new Int32Array(n);
  const ids: string[] = new Array<string>(n);
  const seen = new Map<number, number>();
  let len = 0;
  const noise = () => {
    const r = rng.next();
    return r < NOISE[0] ? -1 : r < NOISE[1] ? 0 : 1;
  };
  for (let p = 0; p < n; p++) {
    ids[p] = rng.uuid();
    grade[p] = rng.int(5, 15);
    agency[p] = rng.int(0, HOME_AGENCIES.length - 1);
    const i1 = drawCum(tax.occCum, rng.next());
    const o1 = occs[i1]!;
    const o2 = rng.next() < 0.4 ? occs[drawCum(tax.occCum, rng.next())]! : null;
    firstOcc[p] = i1;
    const want = Math.max(10, Math.min(30, Math.round(rng.normal(20, 3))));
    seen.clear();
    for (let attempt = 0; seen.size < want && attempt < want * 6; attempt++) {
      const r = rng.next();
      const occ = r < 0.08 ? occs[drawCum(tax.occCum, rng.next())]! : o2 && r < 0.08 + 0.92 * 0.35 ? o2 : o1;
      const s = occ.skills[drawCum(occ.cum, rng.next())]!;
      if (seen.has(s.skill)) continue;
      let l: number;
      if (s.kind === KIND_ONET) l = s.level === null ? 3 + noise() : levelFromOnet(s.level) + noise();
      else if (s.kind === KIND_TECH) l = rng.int(2, 4);
      else if (s.kind === KIND_ESSENTIAL) l = 3 + noise() + (rng.next() < 0.1 ? 1 : 0);
      else l = 2 + noise();
      seen.set(s.skill, clampLevel(l));
    }
    if (len + seen.size > skill.length) {
      const grow = Math.max(skill.length * 2, len + seen.size);
      const s2 = new Int32Array(grow);
      s2.set(skill);
      skill = s2;
      const l2 = new Uint8Array(grow);
      l2.set(level);
      level = l2;
    }
    for (const [s, l] of seen) {
      skill[len] = s;
      level[len++] = l;
    }
    start[p + 1] = len;
  }
  return {
    n,
    ids,
    start,
    skill: skill.subarray(0, len),
    level: level.subarray(0, len),
    grade,
    agency,
    occ: firstOcc,
    generateMs: performance.now() - started,
  };
}
/** Level noise: −1 with probability 0.2, 0 with 0.55, +1 with 0.25 (cumulative thresholds). */
const NOISE = [0.2, 0.75] as const;

/** Profiles [from, to) as the engine's input, one object at a time (nothing else is kept). */
function* candidates(
  pop: Population,
  skillIds: readonly string[],
  from: number,
  to: number,
  homes?: readonly string[],
): Generator<IndexedProfile> {
  for (let p = from; p < to; p++) {
    const skills: CandidateSkill[] = [];
    for (let i = pop.start[p]!, e = pop.start[p + 1]!; i < e; i++)
      skills.push({ skillId: skillIds[pop.skill[i]!]!, level: pop.level[i]! });
    // With the home agencies: the eligibility attributes the service indexes with each profile.
    const attributes = homes
      ? { agencyId: homes[pop.agency[p]!]!, grade: pop.grade[p]!, discoverable: true, availablePercent: 100, availableFrom: null }
      : undefined;
    yield { id: pop.ids[p]!, skills, attributes };
  }
}

// ─── Openings ───────────────────────────────────────────────────────────────────────────────────

interface BenchOpening {
  id: string;
  occupation: Occ;
  title: string;
  commitmentPercent: number;
  programType: 'DETAIL' | 'ROTATION' | 'GIG' | 'TOUR_OF_DUTY' | 'FELLOWSHIP';
  durationWeeks: number;
  /** As the app hands it to the engine (src/graphql/match.ts matchOpening): required, weight desc, skill ID. */
  opening: Opening;
}

function generateOpenings(tax: Taxonomy, count: number, rng: Rng): BenchOpening[] {
  const out: BenchOpening[] = [];
  const ids = tax.skillIds;
  while (out.length < count) {
    const occ = tax.occupations[drawCum(tax.occCum, rng.next())]!;
    const k = rng.int(4, 10);
    type Pick = { skill: number; weight: number; minLevel: number; required: boolean };
    let picks: Pick[];
    if (occ.scheme === 'ONET_SOC') {
      const rated = occ.skills
        .filter((s) => s.kind === KIND_ONET && s.importance !== null)
        .sort((a, b) => b.importance! - a.importance! || a.skill - b.skill);
      const tech = occ.skills
        .filter((s) => s.kind === KIND_TECH)
        .sort((a, b) => Number(b.hot) - Number(a.hot) || Number(b.inDemand) - Number(a.inDemand) || a.skill - b.skill);
      const nTech = Math.min(tech.length, rated.length >= k ? rng.int(0, 2) : k);
      const nRated = Math.min(rated.length, k - nTech);
      // The most important rated skills: drawn from the top 15 by importance², then ranked.
      const top = rated.slice(0, 15);
      const chosen: OccSkill[] = [];
      const cum = cumulative(top.map((s) => s.importance! ** 2));
      for (let guard = 0; chosen.length < nRated && guard < 200; guard++) {
        const s = top[drawCum(cum, rng.next())]!;
        if (!chosen.includes(s)) chosen.push(s);
      }
      chosen.sort((a, b) => b.importance! - a.importance!);
      const nReq = rng.int(1, 3);
      picks = chosen.map((s, i) => ({
        skill: s.skill,
        weight: s.importance! / 5,
        minLevel: s.level === null ? 3 : levelFromOnet(s.level),
        required: i < nReq,
      }));
      const techTop = tech.slice(0, 12);
      const techChosen = new Set<OccSkill>();
      for (let guard = 0; techChosen.size < nTech && guard < 200; guard++) techChosen.add(rng.pick(techTop));
      for (const s of techChosen)
        picks.push({ skill: s.skill, weight: 0.6, minLevel: rng.int(2, 4), required: rated.length === 0 && picks.length < 2 });
    } else {
      const essential = occ.skills.filter((s) => s.kind === KIND_ESSENTIAL);
      const optional = occ.skills.filter((s) => s.kind === KIND_OPTIONAL);
      const nEss = Math.min(essential.length, Math.ceil(k * 0.7));
      const nOpt = Math.min(optional.length, k - nEss);
      const ess = sampleWithout(essential, nEss, rng);
      const opt = sampleWithout(optional, nOpt, rng);
      const nReq = rng.int(1, 3);
      picks = [
        ...ess.map((s, i) => ({
          skill: s.skill,
          weight: 1,
          minLevel: rng.weighted<number>([
            [2, 0.25],
            [3, 0.5],
            [4, 0.25],
          ]),
          required: i < nReq,
        })),
        ...opt.map((s) => ({ skill: s.skill, weight: 0.6, minLevel: rng.int(2, 3), required: false })),
      ];
    }
    if (picks.length < 4) continue;
    const skills = picks
      .map((p) => ({ skillId: ids[p.skill]!, weight: p.weight, minLevel: p.minLevel, required: p.required }))
      .sort(
        (a, b) =>
          Number(b.required) - Number(a.required) ||
          b.weight - a.weight ||
          (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0),
      );
    const programType = rng.weighted<BenchOpening['programType']>([
      ['DETAIL', 35],
      ['ROTATION', 20],
      ['GIG', 25],
      ['TOUR_OF_DUTY', 10],
      ['FELLOWSHIP', 10],
    ]);
    out.push({
      id: rng.uuid(),
      occupation: occ,
      title: occ.title,
      programType,
      commitmentPercent:
        programType === 'GIG' ? rng.pick([10, 20, 25, 50]) : programType === 'FELLOWSHIP' ? 100 : rng.pick([50, 100]),
      durationWeeks: rng.pick([8, 12, 26, 52]),
      opening: { skills, requireAllRequiredSkills: rng.next() < 0.2 },
    });
  }
  return out;
}

function sampleWithout<T>(xs: readonly T[], k: number, rng: Rng): T[] {
  const a = [...xs];
  const n = Math.min(k, a.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rng.next() * (a.length - i));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, n);
}

// ─── Statistics ─────────────────────────────────────────────────────────────────────────────────

const load1 = () => Math.round(os.loadavg()[0]! * 100) / 100;

// ─── Engine ─────────────────────────────────────────────────────────────────────────────────────

interface EngineResult {
  profiles: number;
  postings: number;
  terms: number;
  avgSkillsPerProfile: number;
  buildMs: number;
  buildSecondsPerMillion: number;
  bytesPerPosting: number;
  indexBytes: Record<string, number>;
  memoryMB: {
    heapUsedBefore: number;
    heapUsedAfter: number;
    heapDelta: number;
    arrayBuffersDelta: number;
    rssAfter: number;
    arrayBuffersAfter: number;
  };
  verify: {
    openings: number;
    exhaustiveMismatches: number;
    explainMismatches: number;
    totalMismatches: number;
    details: string[];
  };
  /** First measured pass after the warm-up. */
  search: Stats;
  /** Per opening, the median of three passes. */
  searchMedianOf3: Stats;
  /** The same with skills-overlap/1 on the same index, passes interleaved with /2's (speed kept?). */
  v1: { algorithm: string; medianOf3: Stats; v2MedianOf3: Stats };
  searchNoCount: Stats;
  /** With the app's kind of eligibility predicate (Map lookup + eligibilityPredicate() per matched doc). */
  searchWithEligibility: Stats;
  /** With eligibility inside the index (what src/graphql/match.ts passes since issue 13). */
  searchWithEligibilityInIndex: Stats;
  totals: { mean: number; min: number; max: number; median: number };
  /** Means over the openings of the numeric fields of index.lastTrace. */
  traceMeans: Record<string, number>;
  emptyOpenings: number;
  loadAverage: { before: number; after: number };
}

/** Builds the index over profiles [0, n), measures it, and returns the top 20 (with totals) per opening. */
function measureEngine(
  pop: Population,
  tax: Taxonomy,
  openings: BenchOpening[],
  n: number,
  agencies: { host: string; homes: string[] },
): { result: EngineResult; top: SearchResult[]; ms: number[] } {
  const neighbours = tax.neighbours;
  gc();
  const before = process.memoryUsage();
  const loadBefore = load1();
  const t = performance.now();
  const index = MatchIndex.build(candidates(pop, tax.skillIds, 0, n, agencies.homes), { neighbours, config: CONFIG });
  const buildMs = performance.now() - t;
  gc();
  const after = process.memoryUsage();
  const st = index.stats();
  log(
    `  built in ${(buildMs / 1000).toFixed(2)} s: ${st.postings.toLocaleString('en-US')} postings, ${st.terms.toLocaleString('en-US')} terms, ${index.bytesPerPosting().toFixed(2)} B/posting`,
  );

  // Correctness on a sample: pruned = exhaustive (bit for bit), and each hit's score = explain().
  const details: string[] = [];
  let exhaustiveMismatches = 0;
  let explainMismatches = 0;
  let totalMismatches = 0;
  const verifyCount = Math.min(VERIFY, openings.length);
  for (let i = 0; i < verifyCount; i++) {
    const o = openings[i]!.opening;
    const a = index.search(o, { k: K });
    const b = index.searchExhaustive(o, { k: K });
    const same =
      a.hits.length === b.hits.length &&
      a.hits.every((h, j) => h.id === b.hits[j]!.id && h.score === b.hits[j]!.score && h.coverage === b.hits[j]!.coverage);
    if (!same) {
      exhaustiveMismatches++;
      details.push(`opening ${i}: search ≠ searchExhaustive`);
    }
    if (a.total !== b.total) {
      totalMismatches++;
      details.push(`opening ${i}: total ${a.total} ≠ exhaustive ${b.total}`);
    }
    for (const h of a.hits) {
      const e = index.explain(o, h.id);
      if (!e || e.score !== h.score || e.coverage !== h.coverage || e.algorithmVersion !== ALGORITHM_VERSION) {
        explainMismatches++;
        if (details.length < 20)
          details.push(`opening ${i}, ${h.id}: hit ${h.score}/${h.coverage}, explain ${e?.score}/${e?.coverage}`);
      }
    }
  }

  // Warm-up over every opening, then the measured pass (countTotal on, the default), then two more
  // passes (per-opening median of the three: less sensitive to other work on a shared 2-core
  // machine), then countTotal off.
  for (const o of openings) index.search(o.opening, { k: K });
  const top: SearchResult[] = [];
  const ms: number[] = [];
  const traceSum: Record<string, number> = {};
  for (const o of openings) {
    const s = performance.now();
    const r = index.search(o.opening, { k: K });
    ms.push(performance.now() - s);
    // The engine's own account of the query (field names as the engine defines them), averaged.
    for (const [key, v] of Object.entries(index.lastTrace as unknown as Record<string, unknown>))
      if (typeof v === 'number') traceSum[key] = (traceSum[key] ?? 0) + v;
    top.push(r);
  }
  const passes = [ms, [] as number[], [] as number[]];
  for (const pass of passes.slice(1)) {
    for (const o of openings) {
      const s = performance.now();
      index.search(o.opening, { k: K });
      pass.push(performance.now() - s);
    }
  }
  const median3 = ms.map((_, i) => passes.map((p) => p[i]!).sort((a, b) => a - b)[1]!);
  // skills-overlap/1 side by side: each opening timed with /1 then /2, three passes, medians.
  const V1 = 'skills-overlap/1' as const;
  for (const o of openings) index.search(o.opening, { k: K, algorithm: V1 });
  const sideBySide = { v1: [[], [], []] as number[][], v2: [[], [], []] as number[][] };
  for (let pass = 0; pass < 3; pass++) {
    for (const o of openings) {
      let t = performance.now();
      index.search(o.opening, { k: K, algorithm: V1 });
      sideBySide.v1[pass]!.push(performance.now() - t);
      t = performance.now();
      index.search(o.opening, { k: K });
      sideBySide.v2[pass]!.push(performance.now() - t);
    }
  }
  const medianOf = (p: number[][]) => p[0]!.map((_, i) => p.map((x) => x[i]!).sort((a, b) => a - b)[1]!);
  const msNoCount: number[] = [];
  for (const o of openings) index.search(o.opening, { k: K, countTotal: false });
  for (const [i, o] of openings.entries()) {
    const s = performance.now();
    const r = index.search(o.opening, { k: K, countTotal: false });
    msNoCount.push(performance.now() - s);
    if (
      r.hits.length !== top[i]!.hits.length ||
      r.hits.some((h, j) => h.id !== top[i]!.hits[j]!.id || h.score !== top[i]!.hits[j]!.score)
    ) {
      details.push(`opening ${i}: countTotal false gives other hits`);
      exhaustiveMismatches++;
    }
  }
  // With an eligibility predicate as src/graphql/match.ts builds it (attributes by profile ID from a
  // Map, then eligibilityPredicate(); every generated profile passes): with totalCount on, the
  // engine calls it for every matched doc.
  const attrs = new Map<string, CandidateAttributes>();
  for (let p = 0; p < n; p++) {
    attrs.set(pop.ids[p]!, {
      agencyId: agencies.homes[pop.agency[p]!]!,
      grade: pop.grade[p]!,
      discoverable: true,
      availablePercent: 100,
      availableFrom: null,
    });
  }
  const chains = new Map(agencies.homes.map((a) => [a, [a]]));
  const startDate = new Date(Date.now() + 60 * 86_400_000);
  const predicate = (o: BenchOpening) => {
    const terms: OpeningTerms = {
      hostAgencyId: agencies.host,
      programType: o.programType,
      commitmentPercent: o.commitmentPercent,
      startDate,
      endDate: endDateOf(startDate, o.durationWeeks),
      gradeMin: null,
      gradeMax: null,
      restrictedTo: [],
    };
    const allowed = eligibilityPredicate(terms, 'ALL', {
      applicants: new Set<string>(),
      commitments: new Map(),
      agencyChain: (id) => chains.get(id) ?? [id],
    });
    return (id: string) => {
      const a = attrs.get(id);
      return a !== undefined && allowed(id, a);
    };
  };
  for (const o of openings) index.search(o.opening, { k: K, eligible: predicate(o) });
  const msEligible: number[] = [];
  for (const [i, o] of openings.entries()) {
    const eligible = predicate(o);
    const s = performance.now();
    const r = index.search(o.opening, { k: K, eligible });
    msEligible.push(performance.now() - s);
    if (
      r.total !== top[i]!.total ||
      r.hits.length !== top[i]!.hits.length ||
      r.hits.some((h, j) => h.id !== top[i]!.hits[j]!.id || h.score !== top[i]!.hits[j]!.score)
    ) {
      details.push(`opening ${i}: the eligibility predicate changed the results`);
      exhaustiveMismatches++;
    }
  }
  attrs.clear();
  // What the app does now: eligibility inside the index (attributes in typed arrays, the rules
  // compiled per query), same openings, same results.
  const inIndex = (o: BenchOpening): EligibilityQuery => ({
    terms: {
      hostAgencyId: agencies.host,
      programType: o.programType,
      commitmentPercent: o.commitmentPercent,
      startDate,
      endDate: endDateOf(startDate, o.durationWeeks),
      gradeMin: null,
      gradeMax: null,
      restrictedTo: [],
    },
    pool: 'ALL',
    applicants: new Set<string>(),
    commitments: new Map(),
    agencyChain: (id) => chains.get(id) ?? [id],
  });
  for (const o of openings) index.search(o.opening, { k: K, eligibility: inIndex(o) });
  const msInIndex: number[] = [];
  for (const [i, o] of openings.entries()) {
    const eligibility = inIndex(o);
    const s = performance.now();
    const r = index.search(o.opening, { k: K, eligibility });
    msInIndex.push(performance.now() - s);
    if (
      r.total !== top[i]!.total ||
      r.hits.length !== top[i]!.hits.length ||
      r.hits.some((h, j) => h.id !== top[i]!.hits[j]!.id || h.score !== top[i]!.hits[j]!.score)
    ) {
      details.push(`opening ${i}: eligibility inside the index changed the results`);
      exhaustiveMismatches++;
    }
  }

  const totals = top.map((r) => r.total ?? 0).sort((a, b) => a - b);
  const result: EngineResult = {
    profiles: st.docs,
    postings: st.postings,
    terms: st.terms,
    avgSkillsPerProfile: Math.round((st.postings / st.docs) * 100) / 100,
    buildMs: Math.round(buildMs),
    buildSecondsPerMillion: Math.round((buildMs / 1000 / (n / 1e6)) * 100) / 100,
    bytesPerPosting: Math.round(index.bytesPerPosting() * 100) / 100,
    indexBytes: st.bytes,
    memoryMB: {
      heapUsedBefore: MB(before.heapUsed),
      heapUsedAfter: MB(after.heapUsed),
      heapDelta: MB(after.heapUsed - before.heapUsed),
      arrayBuffersDelta: MB(after.arrayBuffers - before.arrayBuffers),
      rssAfter: MB(after.rss),
      arrayBuffersAfter: MB(after.arrayBuffers),
    },
    verify: { openings: verifyCount, exhaustiveMismatches, explainMismatches, totalMismatches, details },
    search: stats(ms, 3),
    searchMedianOf3: stats(median3, 3),
    v1: { algorithm: V1, medianOf3: stats(medianOf(sideBySide.v1), 3), v2MedianOf3: stats(medianOf(sideBySide.v2), 3) },
    searchNoCount: stats(msNoCount, 3),
    searchWithEligibility: stats(msEligible, 3),
    searchWithEligibilityInIndex: stats(msInIndex, 3),
    totals: {
      mean: Math.round(totals.reduce((a, b) => a + b, 0) / totals.length),
      min: totals[0]!,
      max: totals[totals.length - 1]!,
      median: totals[Math.floor(totals.length / 2)]!,
    },
    traceMeans: Object.fromEntries(
      Object.entries(traceSum).map(([key, v]) => [key, Math.round((v / openings.length) * 10) / 10]),
    ),
    emptyOpenings: top.filter((r) => r.hits.length === 0).length,
    loadAverage: { before: loadBefore, after: load1() },
  };
  return { result, top, ms };
}

// ─── PostgreSQL ─────────────────────────────────────────────────────────────────────────────────

interface Scratch {
  db: Database;
  url: string;
  pgVersion: string;
  runtime: string;
  hostAgencyId: string;
  agencyIds: string[];
  loaded: number;
  openingsLoaded: boolean;
  loadSeconds: Record<string, number>;
  triggersOffForLoad: boolean;
}

async function openScratch(): Promise<Scratch> {
  const { db, url, serverVersion, throwaway } = await scratchPostgres('tm_bench_match');
  cleanups.push(() => db.close());
  return {
    db,
    url: url,
    pgVersion: serverVersion,
    runtime: `PostgreSQL ${serverVersion.split(' ')[0]} (${throwaway ? 'throwaway cluster, loopback, fsync off, shared_buffers 256MB' : 'DATABASE_URL server'})`,
    hostAgencyId: '',
    agencyIds: [],
    loaded: 0,
    openingsLoaded: false,
    loadSeconds: {},
    triggersOffForLoad: false,
  };
}

async function createAgencies(sc: Scratch, rng: Rng): Promise<void> {
  const all = [HOST, ...HOME_AGENCIES].map((a) => ({ ...a, id: rng.uuid() }));
  await sc.db.exec.query(
    `INSERT INTO "Agency" (id, code, abbreviation, name, "updatedAt") SELECT *, now() FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
    [all.map((a) => a.id), all.map((a) => a.code), all.map((a) => a.abbreviation), all.map((a) => a.name)],
  );
  sc.hostAgencyId = all[0]!.id;
  sc.agencyIds = all.slice(1).map((a) => a.id);
}

const GIVEN = [
  'Alex',
  'Jordan',
  'Taylor',
  'Morgan',
  'Casey',
  'Riley',
  'Jamie',
  'Avery',
  'Quinn',
  'Rowan',
  'Maria',
  'James',
  'Wei',
  'Aisha',
  'Diego',
  'Priya',
  'Omar',
  'Elena',
  'Kofi',
  'Hana',
];
const FAMILY = [
  'Smith',
  'Johnson',
  'Garcia',
  'Nguyen',
  'Patel',
  'Kim',
  'Okafor',
  'Rossi',
  'Müller',
  'Cohen',
  'Silva',
  'Ali',
  'Brown',
  'Lee',
  'Martin',
  'Lopez',
  'Chen',
  'Haddad',
  'Ivanova',
  'Sato',
];

/**
 * Writes profiles [sc.loaded, to) and their skills, in profile-ID order (the unique index on
 * (profileId, skillId) then fills front to back), 5,000 profiles a statement, two connections.
 * Triggers (the profile_changed notifications and foreign-key checks) are off for the load when
 * the role may set session_replication_role: no app listens yet, and the generated rows are
 * consistent by construction.
 */
async function loadProfiles(sc: Scratch, pop: Population, tax: Taxonomy, to: number): Promise<number> {
  const from = sc.loaded;
  if (to <= from) return 0;
  const started = performance.now();
  const order = Array.from({ length: to - from }, (_, i) => from + i).sort((a, b) => (pop.ids[a]! < pop.ids[b]! ? -1 : 1));
  const clients = await Promise.all(
    [0, 1].map(async () => {
      const c = new pg.Client({ connectionString: sc.url });
      await c.connect();
      return c;
    }),
  );
  try {
    for (const c of clients) {
      try {
        await c.query('SET session_replication_role = replica');
        sc.triggersOffForLoad = true;
      } catch {
        sc.triggersOffForLoad = false;
      }
    }
    const BATCH = 5000;
    let next = 0;
    let done = 0;
    const worker = async (c: pg.Client) => {
      for (;;) {
        const at = next;
        next += BATCH;
        if (at >= order.length) return;
        const docs = order.slice(at, at + BATCH);
        const pid: string[] = [];
        const agency: string[] = [];
        const given: string[] = [];
        const family: string[] = [];
        const grade: number[] = [];
        const sp: string[] = [];
        const ss: string[] = [];
        const sl: number[] = [];
        for (const d of docs) {
          const id = pop.ids[d]!;
          pid.push(id);
          agency.push(sc.agencyIds[pop.agency[d]!]!);
          given.push(GIVEN[d % GIVEN.length]!);
          family.push(FAMILY[(d * 7 + 3) % FAMILY.length]!);
          grade.push(pop.grade[d]!);
          for (let i = pop.start[d]!, e = pop.start[d + 1]!; i < e; i++) {
            sp.push(id);
            ss.push(tax.skillIds[pop.skill[i]!]!);
            sl.push(pop.level[i]!);
          }
        }
        await c.query('BEGIN');
        await c.query(
          `INSERT INTO "Profile" (id, "agencyId", "givenName", "familyName", "payPlan", grade, discoverable, "availablePercent", "updatedAt")
           SELECT u.id, u.agency, u.given, u.family, 'GS', u.grade, true, 100, now()
           FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::int[]) AS u(id, agency, given, family, grade)`,
          [pid, agency, given, family, grade],
        );
        await c.query(
          `INSERT INTO "ProfileSkill" (id, "profileId", "skillId", level, "updatedAt")
           SELECT gen_random_uuid(), u.p, u.s, u.l, now() FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS u(p, s, l)`,
          [sp, ss, sl],
        );
        await c.query('COMMIT');
        done += docs.length;
        if (Math.floor(done / 100_000) !== Math.floor((done - docs.length) / 100_000))
          log(`  ${(from + done).toLocaleString('en-US')} profiles in PostgreSQL`);
      }
    };
    await Promise.all(clients.map(worker));
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => {})));
  }
  sc.loaded = to;
  return (performance.now() - started) / 1000;
}

async function loadOpenings(sc: Scratch, openings: BenchOpening[]): Promise<void> {
  const DAY = 86_400_000;
  const now = Date.now();
  const o = {
    id: [] as string[],
    title: [] as string[],
    description: [] as string[],
    pt: [] as string[],
    commitment: [] as number[],
    start: [] as string[],
    weeks: [] as number[],
    deadline: [] as string[],
    occ: [] as string[],
    st: [] as string[],
    req: [] as boolean[],
  };
  const s = {
    opening: [] as string[],
    skill: [] as string[],
    minLevel: [] as number[],
    weight: [] as number[],
    required: [] as boolean[],
  };
  openings.forEach((b, i) => {
    const title = `${b.title} — benchmark opening ${i + 1}`;
    const description = `${b.occupation.description}`.slice(0, 2000);
    o.id.push(b.id);
    o.title.push(title);
    o.description.push(description);
    o.pt.push(b.programType);
    o.commitment.push(b.commitmentPercent);
    o.start.push(new Date(now + 60 * DAY).toISOString().slice(0, 10));
    o.weeks.push(b.durationWeeks);
    o.deadline.push(new Date(now + 30 * DAY).toISOString());
    o.occ.push(b.occupation.id);
    o.st.push(normalizeForSearch(`${title} ${description}`));
    o.req.push(b.opening.requireAllRequiredSkills ?? false);
    for (const k of b.opening.skills) {
      s.opening.push(b.id);
      s.skill.push(k.skillId);
      s.minLevel.push(k.minLevel);
      s.weight.push(k.weight);
      s.required.push(k.required);
    }
  });
  await sc.db.exec.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO "Opening" (id, "hostAgencyId", title, description, "programType", status, "commitmentPercent", "startDate", "durationWeeks",
         "applicationDeadline", "requireAllRequiredSkills", "occupationId", "searchText", "createdBySubject", "publishedAt", "listedAt", "updatedAt")
       SELECT u.id, $1::uuid, u.title, u.description, u.pt, 'OPEN', u.commitment, u.start, u.weeks, u.deadline, u.req, u.occ, u.st, 'bench-hiring-manager', now(), now(), now()
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::"ProgramType"[], $6::int[], $7::date[], $8::int[], $9::timestamp[], $10::bool[], $11::uuid[], $12::text[])
         AS u(id, title, description, pt, commitment, start, weeks, deadline, req, occ, st)`,
      [sc.hostAgencyId, o.id, o.title, o.description, o.pt, o.commitment, o.start, o.weeks, o.deadline, o.req, o.occ, o.st],
    );
    await tx.query(
      `INSERT INTO "OpeningSkill" ("openingId", "skillId", "minLevel", weight, required, "updatedAt")
       SELECT *, now() FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::float8[], $5::bool[])`,
      [s.opening, s.skill, s.minLevel, s.weight, s.required],
    );
  });
  sc.openingsLoaded = true;
}

async function ensureLoaded(
  sc: Scratch,
  pop: Population,
  tax: Taxonomy,
  openings: BenchOpening[],
  n: number,
): Promise<Record<string, number>> {
  const seconds: Record<string, number> = {};
  if (!sc.openingsLoaded) await loadOpenings(sc, openings);
  if (sc.loaded < n) {
    log(`PostgreSQL: loading profiles ${sc.loaded.toLocaleString('en-US')}…${n.toLocaleString('en-US')}`);
    // A bulk load of millions of rows: the two secondary indexes of "ProfileSkill" are dropped and
    // recreated from their own definitions afterwards (the usual bulk-load practice; same indexes).
    const bulk = pop.start[n]! - pop.start[sc.loaded]! > 5_000_000;
    const indexes = bulk
      ? await sc.db.exec.query<{ name: string; def: string }>(
          `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
           WHERE i.tablename = 'ProfileSkill' AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname) ORDER BY 1`,
        )
      : [];
    for (const ix of indexes) await sc.db.exec.script(`DROP INDEX "${ix.name}"`);
    seconds.profilesInsert = Math.round((await loadProfiles(sc, pop, tax, n)) * 10) / 10;
    if (indexes.length) {
      const t = performance.now();
      const c = new pg.Client({ connectionString: sc.url });
      await c.connect();
      try {
        await c.query(`SET maintenance_work_mem = '1GB'`);
        for (const ix of indexes) await c.query(ix.def);
      } finally {
        await c.end();
      }
      seconds.recreateIndexes = Math.round((performance.now() - t) / 100) / 10;
      log(`  recreated ${indexes.map((i) => i.name).join(', ')} in ${seconds.recreateIndexes} s`);
    }
    const t = performance.now();
    await sc.db.exec.script(
      'VACUUM (ANALYZE) "Profile", "ProfileSkill", "Opening", "OpeningSkill", "SkillHierarchy", "SkillRelation"',
    );
    seconds.vacuumAnalyze = Math.round((performance.now() - t) / 100) / 10;
    const [c] = await sc.db.exec.query<{ p: number; s: number; size: string; bytes: string }>(
      `SELECT (SELECT count(*)::int FROM "Profile") AS p, (SELECT count(*)::int FROM "ProfileSkill") AS s, pg_size_pretty(pg_total_relation_size('"ProfileSkill"')) AS size,
         pg_total_relation_size('"ProfileSkill"')::text AS bytes`,
    );
    if (c!.p !== n || c!.s !== pop.start[n]!)
      throw new Error(`PostgreSQL holds ${c!.p} profiles / ${c!.s} skills, expected ${n} / ${pop.start[n]}`);
    log(
      `  ${c!.p.toLocaleString('en-US')} profiles, ${c!.s.toLocaleString('en-US')} profile skills (${c!.size} with indexes): insert ${seconds.profilesInsert} s, VACUUM ANALYZE ${seconds.vacuumAnalyze} s`,
    );
    seconds.profileSkillTotalMB = MB(Number(c!.bytes));
  }
  return seconds;
}

// ─── SQL reference ──────────────────────────────────────────────────────────────────────────────

interface Agreement {
  same: number;
  tieOrder: number;
  different: number;
  maxScoreDiff: number;
  examples: string[];
}

/** Engine top-k against SQL top-k: identical, different only in the order of tied scores, or different. */
function compareTop(
  engine: readonly SearchHit[],
  sql: readonly { id: string; score: number; coverage: number }[],
): { kind: 'same' | 'tieOrder' | 'different'; maxDiff: number; why: string } {
  let maxDiff = 0;
  if (engine.length !== sql.length) return { kind: 'different', maxDiff: NaN, why: `${engine.length} vs ${sql.length} results` };
  for (let i = 0; i < engine.length; i++) maxDiff = Math.max(maxDiff, Math.abs(engine[i]!.score - sql[i]!.score));
  if (maxDiff > 1e-6) return { kind: 'different', maxDiff, why: `score differs by ${maxDiff.toExponential(2)}` };
  const idsSame = engine.every((h, i) => h.id === sql[i]!.id);
  const covSame = engine.every((h, i) => h.id !== sql[i]!.id || Math.abs(h.coverage - sql[i]!.coverage) <= 1e-9);
  if (!covSame) return { kind: 'different', maxDiff, why: 'coverage differs' };
  if (idsSame) return { kind: 'same', maxDiff, why: '' };
  // Groups of (near-)equal scores: within a group the order may differ; a group cut by k may differ in membership.
  const TIE = 1e-9;
  for (let i = 0; i < engine.length;) {
    let j = i + 1;
    while (j < engine.length && Math.abs(engine[j]!.score - engine[i]!.score) <= TIE) j++;
    const a = new Set(engine.slice(i, j).map((h) => h.id));
    const b = sql.slice(i, j).map((h) => h.id);
    const cut = j === engine.length;
    if (j - i === 1 && !cut && engine[i]!.id !== sql[i]!.id)
      return { kind: 'different', maxDiff, why: `rank ${i + 1}: ${engine[i]!.id} vs ${sql[i]!.id}` };
    if (!cut && !b.every((id) => a.has(id)))
      return { kind: 'different', maxDiff, why: `tie group at rank ${i + 1} has other members` };
    i = j;
  }
  return { kind: 'tieOrder', maxDiff, why: '' };
}

interface SqlResult {
  size: number;
  openings: number;
  subset: boolean;
  stats: Stats;
  engineP50OnSameOpenings: number;
  ratioP50: number;
  ratioMean: number;
  agreement: Agreement;
  loadSeconds: Record<string, number>;
  loadAverage: { before: number; after: number };
}

/** SQL over the openings in order; with a deadline, stops once it has passed (after 20 openings at least). */
async function measureSql(
  sc: Scratch,
  openings: BenchOpening[],
  engineTop: SearchResult[],
  engineMs: number[],
  deadline: number | null,
  size: number,
  loadSeconds: Record<string, number>,
): Promise<SqlResult> {
  const before = load1();
  // Warm-up: five openings from the end of the list (caches, plans).
  for (const o of openings.slice(-5))
    await sqlReferenceMatches(sc.db.prisma, o.id, { ...CONFIG, limit: K, requireAll: o.opening.requireAllRequiredSkills });
  const ms: number[] = [];
  const agreement: Agreement = { same: 0, tieOrder: 0, different: 0, maxScoreDiff: 0, examples: [] };
  for (const [i, o] of openings.entries()) {
    if (deadline !== null && i >= 20 && performance.now() > deadline) {
      log(`  SQL: budget spent after ${i} openings`);
      break;
    }
    const t = performance.now();
    const rows: SqlMatch[] = await sqlReferenceMatches(sc.db.prisma, o.id, {
      ...CONFIG,
      limit: K,
      requireAll: o.opening.requireAllRequiredSkills,
    });
    ms.push(performance.now() - t);
    const c = compareTop(
      engineTop[i]!.hits,
      rows.map((r) => ({ id: r.profileId, score: r.score, coverage: r.coverage })),
    );
    agreement[c.kind]++;
    if (Number.isFinite(c.maxDiff)) agreement.maxScoreDiff = Math.max(agreement.maxScoreDiff, c.maxDiff);
    if (c.kind === 'different' && agreement.examples.length < 10) agreement.examples.push(`opening ${i} (${o.id}): ${c.why}`);
    if ((i + 1) % 50 === 0) log(`  SQL: ${i + 1}/${openings.length} openings, p50 so far ${stats(ms, 3).p50.toFixed(1)} ms`);
  }
  const s = stats(ms, 3);
  const e = stats(engineMs.slice(0, ms.length), 3);
  return {
    size,
    openings: ms.length,
    subset: ms.length < openings.length,
    stats: s,
    engineP50OnSameOpenings: e.p50,
    ratioP50: Math.round((s.p50 / e.p50) * 10) / 10,
    ratioMean: Math.round((s.mean / e.mean) * 10) / 10,
    agreement: { ...agreement, maxScoreDiff: Number(agreement.maxScoreDiff.toExponential(2)) },
    loadSeconds,
    loadAverage: { before, after: load1() },
  };
}

// ─── GraphQL over HTTP ──────────────────────────────────────────────────────────────────────────

const MATCHES_QUERY = /* GraphQL */ `
  query BenchOpeningMatches($id: ID!, $first: Int!) {
    node(id: $id) {
      ... on Opening {
        matches(first: $first) {
          totalCount
          edges {
            node {
              score
              coverage
              explanation {
                algorithmVersion
                skills {
                  skill {
                    id
                  }
                  match
                  credit
                  contribution
                }
              }
              candidate {
                id
              }
            }
          }
        }
      }
    }
  }
`;

/** The same field without explanations and candidates: what ranking alone costs through the API. */
const MATCHES_MINIMAL_QUERY = /* GraphQL */ `
  query BenchOpeningMatchScores($id: ID!, $first: Int!) {
    node(id: $id) {
      ... on Opening {
        matches(first: $first) {
          totalCount
          edges {
            node {
              score
              coverage
            }
          }
        }
      }
    }
  }
`;

interface GraphqlResult {
  size: number;
  transport: string;
  appIndexBuild: { profiles: number; postings: number; bytesPerPosting: number; buildMs: number; rebuildMs: number };
  stats: Stats;
  /** Scores only (no explanation, no candidate): totalCount edges { node { score coverage } }. */
  minimalStats: Stats;
  agreement: { same: number; different: number; totalCountDiffers: number; nullCandidates: number; examples: string[] };
  loadAverage: { before: number; after: number };
}

interface MatchesBody {
  data?: {
    node: {
      matches: {
        totalCount: number;
        edges: {
          node: {
            score: number;
            coverage: number;
            candidate: { id: string } | null;
            explanation: { algorithmVersion: string; skills: { contribution: number }[] };
          };
        }[];
      } | null;
    } | null;
  };
  errors?: { message: string }[];
}

async function measureGraphql(
  sc: Scratch,
  openings: BenchOpening[],
  engineTop: SearchResult[],
  size: number,
): Promise<GraphqlResult> {
  log('GraphQL: starting the app (its match index builds from the database)…');
  const t = performance.now();
  const app = await createTestApp(sc.db);
  const startMs = performance.now() - t;
  const built = app.matching.lastBuild;
  log(
    `  app ready in ${(startMs / 1000).toFixed(1)} s; index ${built.profiles.toLocaleString('en-US')} profiles, ${built.buildMs} ms, ${built.bytesPerPosting.toFixed(2)} B/posting`,
  );
  const server = http.createServer(app.yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}/graphql`;
  const token = await app.token('HIRING_MANAGER', HOST.abbreviation);
  const ask = async (o: BenchOpening, query = MATCHES_QUERY): Promise<{ ms: number; body: MatchesBody }> => {
    const s = performance.now();
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: { id: encodeGlobalID('Opening', o.id), first: K } }),
    });
    const body = (await res.json()) as MatchesBody;
    const ms = performance.now() - s;
    if (res.status !== 200 || body.errors || !body.data?.node?.matches)
      throw new Error(`opening ${o.id}: HTTP ${res.status} ${JSON.stringify(body.errors ?? body.data)}`);
    return { ms, body };
  };
  try {
    for (const o of openings.slice(-10)) await ask(o);
    const before = load1();
    const ms: number[] = [];
    const agreement = { same: 0, different: 0, totalCountDiffers: 0, nullCandidates: 0, examples: [] as string[] };
    for (const [i, o] of openings.entries()) {
      const { ms: took, body } = await ask(o);
      ms.push(took);
      const m = body.data!.node!.matches!;
      const hits = engineTop[i]!.hits;
      const edges = m.edges.map((e) => e.node);
      agreement.nullCandidates += edges.filter((e) => e.candidate === null).length;
      const ok =
        edges.length === hits.length &&
        edges.every(
          (e, j) =>
            e.candidate !== null &&
            decodeGlobalID(e.candidate.id).id === hits[j]!.id &&
            e.score === hits[j]!.score &&
            e.coverage === hits[j]!.coverage,
        );
      if (ok) agreement.same++;
      else {
        agreement.different++;
        if (agreement.examples.length < 10)
          agreement.examples.push(
            `opening ${i}: ${edges.length} edges, first ${edges[0]?.candidate?.id} ${edges[0]?.score} vs engine ${hits[0]?.id} ${hits[0]?.score}`,
          );
      }
      if (m.totalCount !== engineTop[i]!.total) agreement.totalCountDiffers++;
    }
    for (const o of openings.slice(-10)) await ask(o, MATCHES_MINIMAL_QUERY);
    const minimal: number[] = [];
    for (const o of openings) minimal.push((await ask(o, MATCHES_MINIMAL_QUERY)).ms);
    // The app's own index, rebuilt once more with a warm process (start-up includes first-use costs).
    const rebuilt = await app.matching.rebuild();
    return {
      size,
      transport: 'node:http on 127.0.0.1, fetch (undici, keep-alive), one request at a time',
      appIndexBuild: {
        profiles: built.profiles,
        postings: built.postings,
        bytesPerPosting: Math.round(built.bytesPerPosting * 100) / 100,
        buildMs: built.buildMs,
        rebuildMs: rebuilt.buildMs,
      },
      stats: stats(ms, 3),
      minimalStats: stats(minimal, 3),
      agreement,
      loadAverage: { before, after: load1() },
    };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.matching.stop();
  }
}

// ─── Run ────────────────────────────────────────────────────────────────────────────────────────

interface SizeResult {
  size: number;
  engine: EngineResult;
  sql: SqlResult | null;
  sqlSkipped: string | null;
  graphql: GraphqlResult | null;
}

async function run() {
  const machine = {
    cpu: os.cpus()[0]?.model,
    cpus: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
  const loadAverageAtStart = os.loadavg().map((x) => Math.round(x * 100) / 100);
  log(
    `Match benchmark: sizes ${SIZES.join(', ')}, ${OPENINGS} openings, seed ${SEED} — ${machine.cpu} ×${machine.cpus}, ${machine.memoryGiB} GiB, Node ${machine.node}`,
  );
  const sc = await openScratch();
  log(`${sc.runtime}: importing O*NET and ESCO…`);
  const importSeconds: Record<string, number> = {};
  for (const [source, dir] of [
    ['onet', ONET_DIR],
    ['esco', ESCO_DIR],
  ] as const) {
    const t = performance.now();
    await runImport(source, dir, sc.db);
    importSeconds[source] = Math.round((performance.now() - t) / 100) / 10;
  }
  {
    // The O*NET ↔ ESCO bridge too: /2 expands opening skills through its equivalents.
    const t = performance.now();
    await runImport('bridge', undefined, sc.db);
    importSeconds.bridge = Math.round((performance.now() - t) / 100) / 10;
  }
  log(`  imported in ${importSeconds.onet} + ${importSeconds.esco} s, bridge ${importSeconds.bridge} s`);
  const tax = await loadTaxonomy(sc.db);
  log(
    `  taxonomy: ${Object.entries(tax.counts)
      .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
      .join(', ')}`,
  );

  const rng = new Rng(mulberry32(SEED));
  await createAgencies(sc, rng);
  const openings = generateOpenings(tax, OPENINGS, rng);
  const maxN = SIZES[SIZES.length - 1]!;
  log(`generating ${maxN.toLocaleString('en-US')} profiles…`);
  const pop = generatePopulation(tax, maxN, rng);
  log(`  generated in ${(pop.generateMs / 1000).toFixed(1)} s: ${pop.start[maxN]!.toLocaleString('en-US')} profile skills`);
  const openingSummary = {
    count: openings.length,
    fromOnetSoc: openings.filter((o) => o.occupation.scheme === 'ONET_SOC').length,
    fromEsco: openings.filter((o) => o.occupation.scheme === 'ESCO').length,
    avgSkills: Math.round((openings.reduce((a, o) => a + o.opening.skills.length, 0) / openings.length) * 100) / 100,
    avgRequired:
      Math.round((openings.reduce((a, o) => a + o.opening.skills.filter((s) => s.required).length, 0) / openings.length) * 100) /
      100,
    requireAllRequiredSkills: openings.filter((o) => o.opening.requireAllRequiredSkills).length,
    avgExpansion:
      Math.round(
        (openings.reduce((a, o) => a + o.opening.skills.reduce((b, s) => b + 1 + tax.neighbours(s.skillId).length, 0), 0) /
          openings.length) *
          10,
      ) / 10,
  };
  const levelHistogram = [0, 0, 0, 0, 0];
  for (let i = 0; i < pop.start[maxN]!; i++) levelHistogram[pop.level[i]! - 1]!++;

  const results: SizeResult[] = [];
  let sqlPerRow: { n: number; loadSecondsPerProfile: number; meanMs: number } | null = null;
  for (const [si, n] of SIZES.entries()) {
    log(`── ${n.toLocaleString('en-US')} profiles: building the index…`);
    const {
      result: engine,
      top,
      ms: perOpeningMs,
    } = measureEngine(pop, tax, openings, n, { host: sc.hostAgencyId, homes: sc.agencyIds });
    const engineMs = engine.search;
    log(
      `  top-${K}: p50 ${engineMs.p50} ms, p99 ${engineMs.p99} ms (countTotal off: p50 ${engine.searchNoCount.p50}, p99 ${engine.searchNoCount.p99}); verify ${JSON.stringify({ ex: engine.verify.exhaustiveMismatches, expl: engine.verify.explainMismatches, tot: engine.verify.totalMismatches })}`,
    );
    gc();
    const size: SizeResult = { size: n, engine, sql: null, sqlSkipped: null, graphql: null };
    results.push(size);
    const wantGraphql = !SKIP_GRAPHQL && si === 0;
    if (!SKIP_SQL || wantGraphql) {
      // Budget: sizes after the first are loaded only when the projected load plus 20 queries fit in
      // --sql-budget; the queries then stop when the budget is spent (the first openings of the
      // list, which is in random order, form the subset).
      let deadline: number | null = null;
      if (!SKIP_SQL && si > 0) {
        if (!sqlPerRow) {
          size.sqlSkipped = 'no SQL figures at the first size to project from';
          continue;
        }
        // Measured 100k → 1M: the load grows ~1.6× faster than linear (index maintenance), queries ~ size^1.25.
        const loadProj = 1.6 * sqlPerRow.loadSecondsPerProfile * (n - sc.loaded);
        const perQuery = (sqlPerRow.meanMs / 1000) * (n / sqlPerRow.n) ** 1.25;
        if (loadProj + 20 * perQuery > SQL_BUDGET_S) {
          size.sqlSkipped = `projected ${Math.round(loadProj)} s to load ${(n - sc.loaded).toLocaleString('en-US')} more profiles and ${perQuery.toFixed(1)} s a query: not even 20 openings fit in --sql-budget ${SQL_BUDGET_S} s`;
          log(`SQL at ${n.toLocaleString('en-US')}: skipped (${size.sqlSkipped})`);
          continue;
        }
        deadline = performance.now() + SQL_BUDGET_S * 1000;
        log(
          `SQL at ${n.toLocaleString('en-US')}: projected load ${Math.round(loadProj)} s, ~${perQuery.toFixed(2)} s a query; budget ${SQL_BUDGET_S} s for load and queries`,
        );
      }
      const loadSeconds = await ensureLoaded(sc, pop, tax, openings, n);
      if (!SKIP_SQL) {
        log(
          `SQL reference at ${n.toLocaleString('en-US')} profiles over ${deadline === null ? OPENINGS : 'up to ' + OPENINGS} openings…`,
        );
        const t = performance.now();
        size.sql = await measureSql(sc, openings, top, perOpeningMs, deadline, n, loadSeconds);
        const sqlSeconds = (performance.now() - t) / 1000;
        log(
          `  SQL p50 ${size.sql.stats.p50} ms, p99 ${size.sql.stats.p99} ms; ratio ${size.sql.ratioP50}×; agreement ${JSON.stringify({ same: size.sql.agreement.same, ties: size.sql.agreement.tieOrder, diff: size.sql.agreement.different })} (${Math.round(sqlSeconds)} s)`,
        );
        if (si === 0 && loadSeconds.profilesInsert !== undefined) {
          sqlPerRow = {
            n,
            loadSecondsPerProfile: ((loadSeconds.profilesInsert ?? 0) + (loadSeconds.vacuumAnalyze ?? 0)) / n,
            meanMs: size.sql.stats.mean,
          };
        }
      }
      if (wantGraphql) size.graphql = await measureGraphql(sc, openings, top, n);
      if (size.graphql)
        log(
          `  GraphQL matches(first: ${K}) p50 ${size.graphql.stats.p50} ms, p99 ${size.graphql.stats.p99} ms; agreement ${JSON.stringify({ same: size.graphql.agreement.same, diff: size.graphql.agreement.different })}`,
        );
    }
  }
  return {
    runtime: sc.runtime,
    postgresVersion: sc.pgVersion,
    machine,
    loadAverageAtStart,
    importSeconds,
    taxonomy: tax.counts,
    triggersOffForLoad: sc.triggersOffForLoad,
    population: {
      maxProfiles: maxN,
      profileSkills: pop.start[maxN]!,
      avgSkillsPerProfile: Math.round((pop.start[maxN]! / maxN) * 100) / 100,
      levelHistogram: Object.fromEntries(levelHistogram.map((c, i) => [String(i + 1), c])),
      generateSeconds: Math.round(pop.generateMs / 100) / 10,
    },
    openings: openingSummary,
    results,
  };
}

// ─── Report ─────────────────────────────────────────────────────────────────────────────────────

type Report = Awaited<ReturnType<typeof run>>;

function printReport(r: Report): void {
  const sizes = r.results;
  const w = 22;
  const head = (label: string) => `  ${label.padEnd(44)}`;
  const cells = (f: (s: SizeResult) => string) => sizes.map((s) => f(s).padStart(w)).join('');
  const fmt = (n: number) => n.toLocaleString('en-US');
  const f2 = (n: number) => n.toFixed(2);
  console.log(
    `\nMatch benchmark — ${r.machine.cpu} ×${r.machine.cpus}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}; ${r.runtime}; seed ${SEED}; load average at start ${r.loadAverageAtStart.join(' ')}`,
  );
  console.log(
    `  population: ~${r.population.avgSkillsPerProfile} skills a profile from ${fmt(r.taxonomy.occupationsUsed!)} real occupations (${fmt(r.taxonomy.occupationsOnetSoc!)} O*NET-SOC, ${fmt(r.taxonomy.occupationsEsco!)} ESCO); levels ${JSON.stringify(r.population.levelHistogram)}`,
  );
  console.log(
    `  openings: ${r.openings.count} (${r.openings.fromOnetSoc} O*NET-SOC, ${r.openings.fromEsco} ESCO), ${r.openings.avgSkills} skills (${r.openings.avgRequired} required) each, ${r.openings.requireAllRequiredSkills} require all required; ~${r.openings.avgExpansion} posting lists per opening with neighbours`,
  );
  console.log(`\n${head('')}${sizes.map((s) => `${fmt(s.size)} prof.`.padStart(w)).join('')}   target`);
  const row = (label: string, f: (s: SizeResult) => string, target = '') => console.log(`${head(label)}${cells(f)}   ${target}`);
  row('postings (profile skills)', (s) => fmt(s.engine.postings));
  row('index build, s', (s) => f2(s.engine.buildMs / 1000));
  row('build per million profiles, s', (s) => f2(s.engine.buildSecondsPerMillion), '≤ 10');
  row('bytes per posting (stats().bytes.total)', (s) => f2(s.engine.bytesPerPosting), '≤ 24');
  row('index bytes total, MB', (s) => fmt(MB(s.engine.indexBytes.total!)));
  row(
    'Δ heap / Δ typed arrays by build, MB',
    (s) => `+${fmt(s.engine.memoryMB.heapDelta)} / +${fmt(s.engine.memoryMB.arrayBuffersDelta)}`,
  );
  row('heap used after build, MB', (s) => fmt(s.engine.memoryMB.heapUsedAfter));
  row('RSS after build, MB', (s) => fmt(s.engine.memoryMB.rssAfter));
  row(`engine top-${K} p50, ms`, (s) => f2(s.engine.search.p50), '≤ 10 at 1M');
  row(`engine top-${K} p95, ms`, (s) => f2(s.engine.search.p95));
  row(`engine top-${K} p99, ms`, (s) => f2(s.engine.search.p99), '≤ 30 at 1M');
  row(`engine top-${K} mean / max, ms`, (s) => `${f2(s.engine.search.mean)} / ${f2(s.engine.search.max)}`);
  row(
    '  median of 3 passes p50 / p95 / p99, ms',
    (s) => `${f2(s.engine.searchMedianOf3.p50)} / ${f2(s.engine.searchMedianOf3.p95)} / ${f2(s.engine.searchMedianOf3.p99)}`,
  );
  row(
    '  interleaved /2 vs /1, median of 3, p50 / p99, ms',
    (s) =>
      `${f2(s.engine.v1.v2MedianOf3.p50)} / ${f2(s.engine.v1.v2MedianOf3.p99)} vs ${f2(s.engine.v1.medianOf3.p50)} / ${f2(s.engine.v1.medianOf3.p99)}`,
  );
  row('  countTotal: false p50 / p99, ms', (s) => `${f2(s.engine.searchNoCount.p50)} / ${f2(s.engine.searchNoCount.p99)}`);
  row(
    '  with a per-candidate eligibility predicate p50 / p99',
    (s) => `${f2(s.engine.searchWithEligibility.p50)} / ${f2(s.engine.searchWithEligibility.p99)}`,
  );
  row(
    "  with the app's eligibility inside the index p50 / p99",
    (s) => `${f2(s.engine.searchWithEligibilityInIndex.p50)} / ${f2(s.engine.searchWithEligibilityInIndex.p99)}`,
  );
  row('  matched candidates (totalCount) median', (s) => fmt(s.engine.totals.median));
  row('verify: search = exhaustive = explain', (s) =>
    s.engine.verify.exhaustiveMismatches + s.engine.verify.explainMismatches + s.engine.verify.totalMismatches === 0
      ? `ok (${s.engine.verify.openings})`
      : `${s.engine.verify.exhaustiveMismatches}/${s.engine.verify.explainMismatches}/${s.engine.verify.totalMismatches} bad`,
  );
  row('SQL reference p50 / p99, ms', (s) => (s.sql ? `${f2(s.sql.stats.p50)} / ${f2(s.sql.stats.p99)}` : 'not run'));
  row('SQL openings measured', (s) => (s.sql ? `${s.sql.openings}${s.sql.subset ? ' (subset)' : ''}` : '—'));
  row('SQL p50 / engine p50 (same openings)', (s) => (s.sql ? `${s.sql.ratioP50}×` : '—'), '≥ 30×');
  row('SQL = engine (same / tie order / differ)', (s) =>
    s.sql ? `${s.sql.agreement.same}/${s.sql.agreement.tieOrder}/${s.sql.agreement.different}` : '—',
  );
  row(`GraphQL matches(first: ${K}) p50 / p99, ms`, (s) =>
    s.graphql ? `${f2(s.graphql.stats.p50)} / ${f2(s.graphql.stats.p99)}` : '—',
  );
  row('  scores only (no explanation) p50 / p99, ms', (s) =>
    s.graphql ? `${f2(s.graphql.minimalStats.p50)} / ${f2(s.graphql.minimalStats.p99)}` : '—',
  );
  row('GraphQL = engine (same / differ)', (s) =>
    s.graphql ? `${s.graphql.agreement.same}/${s.graphql.agreement.different}` : '—',
  );
  row("app's index build from the database, s", (s) =>
    s.graphql ? `${f2(s.graphql.appIndexBuild.buildMs / 1000)} (${f2(s.graphql.appIndexBuild.rebuildMs / 1000)})` : '—',
  );
  for (const s of sizes)
    console.log(
      `  ${fmt(s.size)}: engine lastTrace means ${Object.entries(s.engine.traceMeans)
        .map(([k, v]) => `${k} ${fmt(v)}`)
        .join(', ')}`,
    );
  for (const s of sizes) if (s.sqlSkipped) console.log(`  SQL at ${fmt(s.size)}: not run — ${s.sqlSkipped}`);
  for (const s of sizes)
    for (const d of [
      ...s.engine.verify.details,
      ...(s.sql?.agreement.examples ?? []),
      ...(s.graphql?.agreement.examples ?? []),
    ].slice(0, 10))
      console.log(`  ${fmt(s.size)}: ${d}`);
}

let failed = false;
const started = performance.now();
try {
  const report = await run();
  printReport(report);
  const outFile = writeResults('match', {
    benchmark: 'match',
    at: new Date().toISOString(),
    seed: SEED,
    sizes: SIZES,
    data: dataDir,
    k: K,
    config: CONFIG,
    algorithmVersion: ALGORITHM_VERSION,
    graphqlQuery: MATCHES_QUERY.trim(),
    notes: [
      'Milliseconds of wall time per opening; nearest-rank percentiles; each opening once per pass, sequentially, after a warm-up pass. loadAverage fields: the 1-minute load average before/after (2 cores: above 2, other work competed).',
      'engine.search: MatchIndex.search(opening, { k: 20 }) in process, first measured pass, no eligibility predicate (every generated profile is eligible); searchMedianOf3: per opening the median of three passes; searchNoCount: countTotal false; searchWithEligibility: with a per-candidate predicate as src/graphql/match.ts had it before issue 13 (Map lookup by profile ID + eligibilityPredicate()), called for every matched doc when counting; searchWithEligibilityInIndex: eligibility inside the index (typed-array attributes, rules compiled per query), what the app passes now; v1: /1 and /2 interleaved on the same index.',
      'engine.buildMs includes turning the typed-array population into Candidate objects (a generator feeding MatchIndex.build).',
      'bytesPerPosting: MatchIndex.bytesPerPosting() = stats().bytes.total / live postings (typed arrays exactly, ID strings and maps estimated by the engine). memoryMB: process.memoryUsage() after a full GC; the population (all sizes) is in memory too.',
      'sql: sqlReferenceMatches(prisma, openingId, { relatedCredit 0.5, levelDecay 0.5, limit 20, requireAll }) through the app’s Prisma client (pg adapter, jit off), default work_mem; ratioP50 = SQL p50 / engine p50 over the same openings.',
      'sql agreement: same = same IDs in the same order with scores within 1e-6; tieOrder = scores within 1e-6 rank by rank, IDs differ only among equal scores (the SQL sums in another order, so equal scores differ by ~1e-16 and reorder).',
      'graphql: opening.matches(first: 20) with explanations, as a HIRING_MANAGER of the host agency, over HTTP (node:http on loopback, the real Yoga handler): includes authentication, settle(), the eligibility facts, ranking with eligibility, explanations, skills and candidates from PostgreSQL; minimalStats: the same with scores only.',
    ],
    ...report,
    wallSeconds: Math.round(performance.now() - started) / 1000,
  });
  console.log(`\nwrote ${outFile} (${Math.round((performance.now() - started) / 1000)} s in all)`);
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await cleanupAll();
}
process.exitCode = failed ? 1 : 0;
