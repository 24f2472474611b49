/**
 * Browsing-openings latency benchmark (not part of the test suite). Loads a throwaway PostgreSQL
 * database with 50,000 generated but realistic openings (seeded): a few hundred real federal
 * agencies and bureaus as hosts, titles and descriptions from O*NET 29.0 occupations, skills and
 * occupation ratings from the O*NET import, 3–8 skills per opening from its occupation's ratings,
 * ~10% restricted to 1–3 agencies. Then times, through the real app (yoga.fetch, an EMPLOYEE of
 * GSA), the query staff run to browse:
 *   openings(filter, orderBy, first: 20) { totalCount edges { node { … hostAgency { abbreviation } … } } }
 * The headline case is the issue's target: a keyword (one or two words from the titles and
 * descriptions) plus two other filters, newest first. Secondary cases: no filter (OPEN only),
 * keyword only, skill only (narrower skills included), and the DEADLINE order.
 *   npx tsx bench/openings.ts [--data ../shared/data] [--seed N] [--openings 50000] [--explain] [--trial jit-off]
 * PostgreSQL: a scratch database on DATABASE_URL's server (dropped afterwards), or, when
 * DATABASE_URL is unset, a throwaway cluster like the test suite's (needs PostgreSQL's binaries).
 * --explain adds EXPLAIN (ANALYZE, BUFFERS) of the SQL Prisma runs (captured from its query log)
 * for three keyword + two-filter queries, the unfiltered list and the slowest skill-only query.
 * --trial jit-off then measures everything again with `ALTER DATABASE … SET jit = off` (the app's
 * SQL unchanged): broad counts (common keywords, no filter, broad skills) cost more than
 * jit_above_cost, so PostgreSQL JIT-compiles them (12–25 ms each).
 * About 1–2 minutes on 2 cores, --explain and --trial included (most of it loading).
 * Writes bench/results/openings.json (git-ignored).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '@prisma/client';
import pg from 'pg';
import { openDatabase, type Database } from '../src/platform/db/client.js';
import { normalizeForSearch } from '../src/modules/openings/search-text.js';
import { runImport } from '../src/import/index.js';
import type { OpeningFilterArgs } from '../src/graphql/opening-query.js';
import { createTestApp } from '../tests/helpers/app.js';
import { cleanupAll, mulberry32, scratchPostgres, stats, writeResults, type Stats } from './lib.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: path.resolve(here, '../../shared/data') },
    seed: { type: 'string', default: '20261124' },
    openings: { type: 'string', default: '50000' },
    explain: { type: 'boolean', default: false },
    trial: { type: 'string' },
  },
});
const dataDir = path.resolve(values.data!);
const SEED = Number(values.seed);
const OPENINGS = Number(values.openings);
if (values.trial !== undefined && values.trial !== 'jit-off') throw new Error('--trial must be jit-off');
if (!Number.isInteger(SEED) || !Number.isInteger(OPENINGS) || OPENINGS < 1000)
  throw new Error('--seed and --openings must be integers, --openings ≥ 1000');
const ONET_DIR = path.join(dataDir, 'onet-29.0');
const AGENCIES_FILE = path.join(dataDir, 'federal/agencies-usaspending-2019.tsv');
const SERIES_FILE = path.join(dataDir, 'federal/opm-occupational-series.txt');
for (const p of [ONET_DIR, AGENCIES_FILE, SERIES_FILE])
  if (!fs.existsSync(p)) throw new Error(`${p} not found (pass --data DIR)`);

/** The viewer: staff of this agency (looked up by code or abbreviation, so it must be loaded). */
const VIEWER_AGENCY = 'GSA';
const WARMUP = 20;
const BATCH = 1000;

// ─── Cleanup, also on Ctrl-C ────────────────────────────────────────────────────────────────────

// ─── Seeded randomness ──────────────────────────────────────────────────────────────────────────

class Rng {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** Picks by weight: `[value, weight]` pairs. */
  weighted<T>(pairs: ReadonlyArray<readonly [T, number]>): T {
    let r = this.next() * pairs.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of pairs) if ((r -= w) < 0) return v;
    return pairs[pairs.length - 1]![0];
  }
  /** `k` distinct items, without replacement. */
  sample<T>(xs: readonly T[], k: number): T[] {
    const a = [...xs];
    const n = Math.min(k, a.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (a.length - i));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a.slice(0, n);
  }
  /** A version-4-shaped UUID from this generator, so runs with one seed load the same rows. */
  uuid(): string {
    const h = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16));
    h[12] = '4';
    h[16] = '89ab'[Math.floor(this.next() * 4)]!;
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}

// ─── Reference data ─────────────────────────────────────────────────────────────────────────────

/** Where federal offices are. */
const CITIES = [
  'Washington, DC',
  'Arlington, VA',
  'Alexandria, VA',
  'Reston, VA',
  'Norfolk, VA',
  'Bethesda, MD',
  'Silver Spring, MD',
  'Greenbelt, MD',
  'Baltimore, MD',
  'Suitland, MD',
  'Philadelphia, PA',
  'New York, NY',
  'Boston, MA',
  'Atlanta, GA',
  'Huntsville, AL',
  'Houston, TX',
  'Dallas, TX',
  'San Antonio, TX',
  'Austin, TX',
  'Denver, CO',
  'Lakewood, CO',
  'Boulder, CO',
  'Kansas City, MO',
  'St. Louis, MO',
  'Chicago, IL',
  'Cleveland, OH',
  'Dayton, OH',
  'Seattle, WA',
  'Portland, OR',
  'San Francisco, CA',
  'Los Angeles, CA',
  'San Diego, CA',
  'Sacramento, CA',
  'Phoenix, AZ',
  'Albuquerque, NM',
  'Salt Lake City, UT',
  'Ogden, UT',
  'Oklahoma City, OK',
  'Cape Canaveral, FL',
  'Miami, FL',
  'Tampa, FL',
  'Honolulu, HI',
  'Anchorage, AK',
  'Minneapolis, MN',
  'Nashville, TN',
  'Oak Ridge, TN',
  'Richland, WA',
  'Fort Collins, CO',
  'Hyattsville, MD',
  'New Orleans, LA',
];

/** What the assignment is about; appended to the occupation title. */
const PROJECTS = [
  'Data Modernization Initiative',
  'Cybersecurity Incident Response',
  'Zero Trust Architecture Rollout',
  'Cloud Migration Program',
  'Customer Experience Redesign',
  'Grants Management Modernization',
  'Wildfire Resilience Program',
  'Climate Adaptation Planning',
  'Artificial Intelligence Pilot',
  'Workforce Analytics Dashboard',
  'Procurement Reform Task Force',
  'Emergency Preparedness Exercise',
  'Public Health Data Surveillance',
  'Infrastructure Investment Oversight',
  'Veterans Benefits Backlog Reduction',
  'Supply Chain Risk Assessment',
  'Financial Audit Readiness',
  'Records Digitization Project',
  'Open Data Publication',
  'Broadband Deployment Mapping',
  'Space Weather Forecasting',
  'Border Technology Evaluation',
  'Regulatory Review Team',
  'Policy Analysis Fellowship',
  'Digital Service Team',
  'Evidence and Evaluation Office',
  'Energy Efficiency Retrofits',
  'Water Quality Monitoring',
  'Fraud Detection Analytics',
  'Human Capital Strategy',
  'Training Curriculum Redesign',
  'Language Access Program',
  'Geospatial Data Integration',
  'Scientific Computing Upgrade',
  'Hurricane Recovery Support',
  'Software Factory Launch',
  'Legacy System Decommissioning',
  'Privacy Impact Assessments',
  'Acquisition Workforce Development',
  'Community Outreach Campaign',
  'Laboratory Safety Review',
  'Cyber Threat Intelligence Cell',
  'Benefits Eligibility Analytics',
];

const PROGRAM_LABEL = {
  DETAIL: 'Detail',
  ROTATION: 'Rotation',
  GIG: 'Gig',
  TOUR_OF_DUTY: 'Tour of duty',
  FELLOWSHIP: 'Fellowship',
} as const;
type ProgramType = keyof typeof PROGRAM_LABEL;
type RemoteMode = 'ONSITE' | 'HYBRID' | 'REMOTE';
type Status = 'OPEN' | 'CLOSED' | 'FILLED' | 'DRAFT' | 'ARCHIVED' | 'CANCELLED';

interface AgencyRow {
  id: string;
  code: string;
  abbreviation: string | null;
  name: string;
  parentId: string | null;
}

/**
 * Every top-tier agency of the USAspending list, plus up to 12 bureaus each of the 25 agencies
 * with the most bureaus (a few hundred in all). Abbreviations stay unique (first one wins).
 */
function readAgencies(rng: Rng): AgencyRow[] {
  const lines = fs.readFileSync(AGENCIES_FILE, 'utf8').split('\n').slice(1).filter(Boolean);
  const rows = lines.map((l) => {
    const [cgac, name, abbr, subCode, subName, subAbbr] = l.split('\t').map((c) => c?.trim() ?? '');
    return { cgac: cgac!, name: name!, abbr: abbr!, subCode: subCode!, subName: subName!, subAbbr: subAbbr! };
  });
  const codes = new Set<string>();
  const abbrs = new Set<string>();
  const out: AgencyRow[] = [];
  const add = (code: string, abbr: string, name: string, parentId: string | null): AgencyRow | null => {
    if (!code || codes.has(code)) return null;
    codes.add(code);
    const abbreviation = abbr && !abbrs.has(abbr) ? abbr : null;
    if (abbreviation) abbrs.add(abbreviation);
    const a = { id: rng.uuid(), code, abbreviation, name, parentId };
    out.push(a);
    return a;
  };
  const top = new Map<string, AgencyRow>();
  for (const r of rows) if (!top.has(r.cgac)) top.set(r.cgac, add(r.cgac, r.abbr, r.name, null)!);
  const byAgency = new Map<string, typeof rows>();
  for (const r of rows) if (r.subName !== r.name) byAgency.set(r.cgac, [...(byAgency.get(r.cgac) ?? []), r]);
  const biggest = [...byAgency.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, 25);
  for (const [cgac, subs] of biggest)
    for (const s of rng.sample(subs, 12)) add(s.subCode, s.subAbbr, s.subName, top.get(cgac)!.id);
  return out;
}

// ─── Loading ────────────────────────────────────────────────────────────────────────────────────

interface Occupation {
  id: string;
  code: string;
  title: string;
  description: string;
  /** Skills to draw from, most important first: [skillId, name, O*NET importance 1–5 or null, level 0–7 or null]. */
  skills: Array<[string, string, number | null, number | null]>;
}

interface Loaded {
  agencies: AgencyRow[];
  /** Agencies with the number of openings they host, most first. */
  hosts: Array<[AgencyRow, number]>;
  titles: string[];
  /** OpeningSkill skill IDs, one entry per row (so drawing from it follows popularity). */
  openingSkillIds: string[];
  /** A skill's broader skill, for those that have one. */
  broaderOf: Map<string, string>;
  counts: Record<string, number>;
  seconds: Record<string, number>;
}

/** Major O*NET-SOC groups a federal marketplace posts most (management, business, IT, engineering, science, health…). */
const GROUP_WEIGHT: Record<string, number> = {
  '11': 6,
  '13': 8,
  '15': 8,
  '17': 5,
  '19': 5,
  '21': 2,
  '23': 2,
  '25': 2,
  '27': 2,
  '29': 3,
  '33': 2,
  '43': 2,
};

async function load(db: Database, rng: Rng): Promise<Loaded> {
  const seconds: Record<string, number> = {};
  let t = performance.now();
  await runImport('onet', ONET_DIR, db);
  seconds.onetImport = Math.round(performance.now() - t) / 1000;
  process.stderr.write(`  O*NET imported in ${seconds.onetImport} s\n`);

  t = performance.now();
  const agencies = readAgencies(rng);
  await db.exec.query(
    `INSERT INTO "Agency" (id, code, abbreviation, name, "parentId", "updatedAt")
     SELECT * , now() FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[])`,
    [
      agencies.map((a) => a.id),
      agencies.map((a) => a.code),
      agencies.map((a) => a.abbreviation),
      agencies.map((a) => a.name),
      agencies.map((a) => a.parentId),
    ],
  );
  if (!agencies.some((a) => a.abbreviation === VIEWER_AGENCY))
    throw new Error(`agency ${VIEWER_AGENCY} missing from ${AGENCIES_FILE}`);

  // Occupations with their O*NET skill/knowledge ratings and technology skills.
  const occRows = await db.exec.query<{ id: string; code: string; title: string; description: string | null }>(
    `SELECT id::text, code, title, description FROM "Occupation" WHERE scheme = 'ONET_SOC' ORDER BY code`,
  );
  const ratings = await db.exec.query<{
    o: string;
    s: string;
    name: string;
    importance: number | null;
    level: number | null;
    hot: boolean;
  }>(
    `SELECT os."occupationId"::text AS o, os."skillId"::text AS s, sk.name, os.importance, os.level, os.hot
     FROM "OccupationSkill" os JOIN "Skill" sk ON sk.id = os."skillId"
     ORDER BY os."occupationId", os.importance DESC NULLS LAST, os.hot DESC, sk.code`,
  );
  const byOcc = new Map<string, Occupation['skills']>();
  for (const r of ratings) {
    const list = byOcc.get(r.o) ?? [];
    // The 12 most important rated skills and knowledge, plus up to 8 technologies (hot first).
    const rated = list.filter((x) => x[2] !== null).length;
    if ((r.importance !== null && rated < 12) || (r.importance === null && list.length - rated < 8))
      list.push([r.s, r.name, r.importance, r.level]);
    byOcc.set(r.o, list);
  }
  const occupations: Occupation[] = occRows
    .filter((o) => o.description)
    .map((o) => ({ id: o.id, code: o.code, title: o.title, description: o.description!, skills: byOcc.get(o.id) ?? [] }));
  const occWeights = occupations.map((o) => [o, GROUP_WEIGHT[o.code.slice(0, 2)] ?? 1] as const);
  const allSkills = await db.exec.query<{ id: string; name: string }>(
    `SELECT id::text, name FROM "Skill" WHERE scheme IN ('ONET', 'ONET_TECH') ORDER BY code`,
  );
  const broaderRows = await db.exec.query<{ n: string; b: string }>(
    `SELECT "narrowerId"::text AS n, "broaderId"::text AS b FROM "SkillHierarchy"`,
  );
  const broaderOf = new Map(broaderRows.map((r) => [r.n, r.b]));
  const series = fs
    .readFileSync(SERIES_FILE, 'utf8')
    .split('\n')
    .map((l) => l.trim().slice(0, 4))
    .filter((s) => /^\d{4}$/.test(s));

  // Host agencies: departments with bureaus post most, then their bureaus, then small agencies;
  // each with a random factor (e^-2…e^2), so a few host many and many host a few.
  const parents = new Set(agencies.map((a) => a.parentId));
  const hostWeights = agencies.map(
    (a) => [a, (parents.has(a.id) ? 4 : a.parentId ? 1.5 : 0.3) * Math.exp(4 * (rng.next() - 0.5))] as const,
  );
  const restrictTo = agencies.filter((a) => a.parentId === null);

  const now = Date.now();
  const DAY = 86_400_000;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const hostCount = new Map<AgencyRow, number>();
  const titles: string[] = [];
  const openingSkillIds: string[] = [];
  const statusCount: Record<string, number> = {};
  let openingSkills = 0;
  let openingAgencies = 0;

  for (let start = 0; start < OPENINGS; start += BATCH) {
    const o = {
      id: [] as string[],
      host: [] as string[],
      title: [] as string[],
      description: [] as string[],
      programType: [] as string[],
      status: [] as string[],
      commitment: [] as number[],
      startDate: [] as string[],
      weeks: [] as number[],
      deadline: [] as string[],
      slots: [] as number[],
      location: [] as (string | null)[],
      remote: [] as string[],
      gradeMin: [] as (number | null)[],
      gradeMax: [] as (number | null)[],
      series: [] as string[],
      occupationId: [] as string[],
      searchText: [] as string[],
      createdBy: [] as string[],
      publishedAt: [] as (string | null)[],
      listedAt: [] as string[],
      closedAt: [] as (string | null)[],
      cancelReason: [] as (string | null)[],
      createdAt: [] as string[],
    };
    const s = {
      opening: [] as string[],
      skill: [] as string[],
      minLevel: [] as number[],
      weight: [] as number[],
      required: [] as boolean[],
    };
    const r = { opening: [] as string[], agency: [] as string[] };
    for (let i = start; i < Math.min(OPENINGS, start + BATCH); i++) {
      const id = rng.uuid();
      const host = rng.weighted(hostWeights);
      hostCount.set(host, (hostCount.get(host) ?? 0) + 1);
      const occ = rng.weighted(occWeights);
      const project = rng.pick(PROJECTS);
      const programType = rng.weighted<ProgramType>([
        ['DETAIL', 35],
        ['ROTATION', 20],
        ['GIG', 25],
        ['TOUR_OF_DUTY', 10],
        ['FELLOWSHIP', 10],
      ]);
      const status = rng.weighted<Status>([
        ['OPEN', 70],
        ['CLOSED', 10],
        ['FILLED', 7],
        ['DRAFT', 5],
        ['ARCHIVED', 5],
        ['CANCELLED', 3],
      ]);
      statusCount[status] = (statusCount[status] ?? 0) + 1;
      const commitment =
        programType === 'GIG'
          ? rng.pick([10, 15, 20, 25, 30, 40, 50])
          : programType === 'FELLOWSHIP'
            ? 100
            : rng.weighted<number>([
                [100, 70],
                [50, 15],
                [rng.int(2, 8) * 10, 15],
              ]);
      const weeks =
        programType === 'GIG'
          ? rng.pick([4, 6, 8, 12])
          : programType === 'FELLOWSHIP'
            ? rng.pick([26, 52])
            : programType === 'TOUR_OF_DUTY'
              ? rng.pick([26, 39, 52, 104])
              : rng.pick([8, 12, 17, 26]);
      const remote = rng.weighted<RemoteMode>([
        ['ONSITE', 40],
        ['HYBRID', 35],
        ['REMOTE', 25],
      ]);
      // Listed over the past year; OPEN ones mostly recently, with a deadline ahead (8% stale: past, not yet swept).
      const listed = status === 'OPEN' ? now - 120 * DAY * rng.next() ** 2 : now - 365 * DAY * rng.next();
      const deadline =
        status === 'OPEN'
          ? rng.next() < 0.92
            ? now + rng.int(1, 75) * DAY
            : now - rng.int(1, 20) * DAY
          : status === 'DRAFT'
            ? now + rng.int(20, 90) * DAY
            : Math.min(now - DAY, listed + rng.int(14, 60) * DAY);
      const startDate = deadline + rng.int(14, 60) * DAY;
      const gradeMin = rng.next() < 0.1 ? null : rng.int(5, 13);
      const gradeMax = gradeMin === null ? null : Math.min(15, gradeMin + rng.int(0, 4));
      const picked = occ.skills.length
        ? rng.sample(occ.skills.slice(0, 20), rng.int(3, 8))
        : rng.sample(allSkills, rng.int(3, 8)).map((k) => [k.id, k.name, null, null] as const);
      const title = `${occ.title} — ${project}`;
      const description =
        `${occ.description} ${PROGRAM_LABEL[programType]} with the ${host.name} on the ${project.toLowerCase()}: ${weeks} weeks at ${commitment}% of your time, ` +
        `${remote === 'REMOTE' ? 'fully remote' : remote === 'HYBRID' ? 'hybrid' : 'on site'}. Skills used: ${picked
          .slice(0, 4)
          .map((k) => k[1])
          .join(', ')}.`;
      titles.push(title);
      o.id.push(id);
      o.host.push(host.id);
      o.title.push(title);
      o.description.push(description);
      o.programType.push(programType);
      o.status.push(status);
      o.commitment.push(commitment);
      o.startDate.push(day(startDate));
      o.weeks.push(weeks);
      o.deadline.push(new Date(deadline).toISOString());
      o.slots.push(
        rng.weighted<number>([
          [1, 70],
          [2, 15],
          [rng.int(3, 10), 15],
        ]),
      );
      o.location.push(remote === 'REMOTE' && rng.next() < 0.5 ? null : rng.pick(CITIES));
      o.remote.push(remote);
      o.gradeMin.push(gradeMin);
      o.gradeMax.push(gradeMax);
      o.series.push(rng.pick(series));
      o.occupationId.push(occ.id);
      o.searchText.push(normalizeForSearch(`${title} ${description}`));
      o.createdBy.push(`hm-${(host.abbreviation ?? host.code).toLowerCase()}-${rng.int(1, 40)}`);
      o.publishedAt.push(status === 'DRAFT' ? null : new Date(listed).toISOString());
      o.listedAt.push(new Date(listed).toISOString());
      o.closedAt.push(
        ['CLOSED', 'FILLED', 'ARCHIVED', 'CANCELLED'].includes(status)
          ? new Date(Math.min(now, deadline + DAY)).toISOString()
          : null,
      );
      o.cancelReason.push(status === 'CANCELLED' ? 'Project funding was withdrawn' : null);
      o.createdAt.push(new Date(listed - rng.int(0, 14) * DAY).toISOString());
      picked.forEach(([skillId, , importance, level], k) => {
        s.opening.push(id);
        s.skill.push(skillId);
        s.minLevel.push(level === null ? rng.int(2, 4) : Math.max(1, Math.min(5, Math.round((level / 7) * 4) + 1)));
        s.weight.push(importance === null ? 1 : Math.round(importance * 10) / 10);
        s.required.push(k < 2);
        openingSkillIds.push(skillId);
      });
      openingSkills += picked.length;
      if (rng.next() < 0.1) {
        for (const a of rng.sample(restrictTo, rng.int(1, 3))) {
          r.opening.push(id);
          r.agency.push(a.id);
        }
      }
    }
    await db.exec.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO "Opening" (id, "hostAgencyId", title, description, "programType", status, "commitmentPercent", "startDate", "durationWeeks",
           "applicationDeadline", slots, location, "remoteMode", "payPlan", "gradeMin", "gradeMax", "occupationalSeries", "occupationId",
           "searchText", "createdBySubject", "publishedAt", "listedAt", "closedAt", "cancelReason", "createdAt", "updatedAt")
         SELECT u.id, u.host, u.title, u.description, u.pt, u.status, u.commitment, u.start, u.weeks, u.deadline, u.slots, u.location, u.remote,
           'GS', u.gmin, u.gmax, u.series, u.occ, u.st, u.by, u.pub, u.listed, u.closed, u.cancel, u.created, now()
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::"ProgramType"[], $6::"OpeningStatus"[], $7::int[], $8::date[], $9::int[],
           $10::timestamp[], $11::int[], $12::text[], $13::"RemoteMode"[], $14::int[], $15::int[], $16::text[], $17::uuid[], $18::text[], $19::text[],
           $20::timestamp[], $21::timestamp[], $22::timestamp[], $23::text[], $24::timestamp[])
           AS u(id, host, title, description, pt, status, commitment, start, weeks, deadline, slots, location, remote, gmin, gmax, series, occ, st, by,
           pub, listed, closed, cancel, created)`,
        [
          o.id,
          o.host,
          o.title,
          o.description,
          o.programType,
          o.status,
          o.commitment,
          o.startDate,
          o.weeks,
          o.deadline,
          o.slots,
          o.location,
          o.remote,
          o.gradeMin,
          o.gradeMax,
          o.series,
          o.occupationId,
          o.searchText,
          o.createdBy,
          o.publishedAt,
          o.listedAt,
          o.closedAt,
          o.cancelReason,
          o.createdAt,
        ],
      );
      await tx.query(
        `INSERT INTO "OpeningSkill" ("openingId", "skillId", "minLevel", weight, required, "updatedAt")
         SELECT *, now() FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::float8[], $5::bool[])`,
        [s.opening, s.skill, s.minLevel, s.weight, s.required],
      );
      if (r.opening.length)
        await tx.query(`INSERT INTO "OpeningAgency" ("openingId", "agencyId") SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
          r.opening,
          r.agency,
        ]);
    });
    openingAgencies += r.opening.length;
    if ((start / BATCH) % 10 === 9) process.stderr.write(`  ${(start + BATCH).toLocaleString('en-US')} openings\n`);
  }
  seconds.openingsLoad = Math.round(performance.now() - t) / 1000;
  // Fresh statistics, visibility map and an empty GIN pending list: the steady state autovacuum
  // reaches on a server, instead of it kicking in at a random moment of the run.
  t = performance.now();
  await db.exec.script('VACUUM (ANALYZE) "Agency", "Skill", "SkillHierarchy", "Opening", "OpeningSkill", "OpeningAgency"');
  seconds.vacuumAnalyze = Math.round(performance.now() - t) / 1000;
  process.stderr.write(
    `  ${OPENINGS.toLocaleString('en-US')} openings loaded in ${seconds.openingsLoad} s, VACUUM ANALYZE ${seconds.vacuumAnalyze} s\n`,
  );

  const [c] = await db.exec.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM "Agency") AS agencies, (SELECT count(*)::int FROM "Skill") AS skills,
       (SELECT count(*)::int FROM "Occupation") AS occupations, (SELECT count(*)::int FROM "Opening") AS openings,
       (SELECT count(*)::int FROM "OpeningSkill") AS "openingSkills", (SELECT count(*)::int FROM "OpeningAgency") AS "openingAgencies",
       (SELECT count(*)::int FROM "Opening" WHERE status = 'OPEN' AND "applicationDeadline" > now() AT TIME ZONE 'UTC') AS "openNow"`,
  );
  if (c!.openingSkills !== openingSkills || c!.openingAgencies !== openingAgencies)
    throw new Error('row counts differ from what was generated');
  for (const [k, v] of Object.entries(statusCount)) c![`status${k}`] = v;
  return {
    agencies,
    hosts: [...hostCount.entries()].sort((a, b) => b[1] - a[1]),
    titles,
    openingSkillIds,
    broaderOf,
    counts: c!,
    seconds,
  };
}

// ─── The queries ────────────────────────────────────────────────────────────────────────────────

/** Words and phrases people type into the keyword box; every one occurs in the generated text. */
const KEYWORDS = [
  'data',
  'cyber',
  'analyst',
  'engineer',
  'policy',
  'management',
  'research',
  'health',
  'budget',
  'software',
  'security',
  'environmental',
  'training',
  'program',
  'financial',
  'systems',
  'design',
  'grants',
  'cloud',
  'customer',
  'planning',
  'emergency',
  'science',
  'legal',
  'education',
  'logistics',
  'intelligence',
  'audit',
  'records',
  'fraud',
  'geospatial',
  'water',
  'energy',
  'privacy',
  'procurement',
  'climate',
  'nurse',
  'statistic',
  'inspect',
  'python',
];
const KEYWORD_PAIRS = [
  'data analysis',
  'project management',
  'information security',
  'computer systems',
  'public health',
  'financial analyst',
  'software developers',
  'emergency management',
  'policy analysis',
  'cyber threat',
  'data modernization',
  'supply chain',
  'customer experience',
  'records digitization',
  'fraud detection',
  'climate adaptation',
  'cloud migration',
  'critical thinking',
];
const STOP = new Set([
  'and',
  'the',
  'for',
  'with',
  'from',
  'other',
  'all',
  'except',
  'into',
  'that',
  'this',
  'their',
  'such',
  'team',
  'office',
]);

type Case =
  | 'keyword + 2 filters'
  | 'no filter (OPEN only)'
  | 'keyword only'
  | 'skill only (+narrower)'
  | 'keyword + 2 filters, DEADLINE'
  | 'no filter, DEADLINE';
const CASES: Array<[Case, number]> = [
  ['keyword + 2 filters', 200],
  ['no filter (OPEN only)', 60],
  ['keyword only', 100],
  ['skill only (+narrower)', 100],
  ['keyword + 2 filters, DEADLINE', 100],
  ['no filter, DEADLINE', 60],
];

type FilterKind = 'programTypes' | 'remoteModes' | 'commitment' | 'hostAgencies' | 'startDate' | 'grade' | 'skills';
const FILTER_KINDS: FilterKind[] = ['programTypes', 'remoteModes', 'commitment', 'hostAgencies', 'startDate', 'grade', 'skills'];

/** GraphQL variables: the filter as JSON (dates as YYYY-MM-DD, skills as global IDs). */
type FilterVars = Omit<OpeningFilterArgs, 'skills' | 'startFrom' | 'startTo'> & {
  skills?: string[];
  startFrom?: string;
  startTo?: string;
};

interface BrowseQuery {
  case: Case;
  /** Which filters, for the report. */
  kinds: string[];
  filter: FilterVars | null;
  orderBy: 'NEWEST' | 'DEADLINE';
}

function buildQueries(seed: number, data: Loaded): { warmup: BrowseQuery[]; measured: BrowseQuery[] } {
  const rng = new Rng(mulberry32(seed ^ 0x5eed));
  const DAY = 86_400_000;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const words = (title: string) =>
    normalizeForSearch(title)
      .trim()
      .split(' ')
      .filter((w) => w.length >= 4 && !STOP.has(w));
  const keyword = (): string => {
    const r = rng.next();
    if (r < 0.4) return rng.pick(KEYWORDS);
    if (r < 0.6) return rng.pick(KEYWORD_PAIRS);
    // A word, or two, of a real opening's title (as typed: lower case).
    const ws = words(rng.pick(data.titles));
    if (r < 0.85 || ws.length < 2) return ws.length ? rng.pick(ws) : rng.pick(KEYWORDS);
    const i = rng.int(0, ws.length - 2);
    return `${ws[i]} ${ws[i + 1]}`;
  };
  const topHosts = data.hosts.slice(0, 40);
  const skillIds = (): string[] =>
    Array.from({ length: rng.int(1, 2) }, () => {
      const s = rng.pick(data.openingSkillIds);
      // Now and then the broader skill (a content-model group, a UNSPSC commodity): narrower ones match too.
      const id = rng.next() < 0.3 ? (data.broaderOf.get(s) ?? s) : s;
      return encodeGlobalID('Skill', id);
    });
  const filterOf = (kind: FilterKind): FilterVars => {
    switch (kind) {
      case 'programTypes':
        return { programTypes: rng.sample(Object.keys(PROGRAM_LABEL) as ProgramType[], rng.int(1, 2)) };
      case 'remoteModes':
        return { remoteModes: rng.sample<RemoteMode>(['ONSITE', 'HYBRID', 'REMOTE'], rng.int(1, 2)) };
      case 'commitment': {
        const r = rng.next();
        if (r < 0.35) return { commitmentMin: rng.pick([50, 80, 100]) };
        if (r < 0.7) return { commitmentMax: rng.pick([20, 25, 40, 50]) };
        const lo = rng.int(1, 5) * 10;
        return { commitmentMin: lo, commitmentMax: lo + rng.int(2, 5) * 10 };
      }
      case 'hostAgencies':
        return { hostAgencies: rng.sample(topHosts, rng.int(1, 2)).map(([a]) => a.abbreviation ?? a.code) };
      case 'startDate': {
        const from = Date.now() + rng.int(0, 90) * DAY;
        return { startFrom: day(from), startTo: day(from + rng.int(30, 90) * DAY) };
      }
      case 'grade':
        return { grade: rng.int(5, 15) };
      case 'skills':
        return { skills: skillIds() };
    }
  };
  const make = (c: Case): BrowseQuery => {
    const orderBy = c.endsWith('DEADLINE') ? 'DEADLINE' : 'NEWEST';
    if (c.startsWith('no filter')) return { case: c, kinds: [], filter: null, orderBy };
    if (c === 'keyword only') return { case: c, kinds: ['keyword'], filter: { keyword: keyword() }, orderBy };
    if (c === 'skill only (+narrower)') return { case: c, kinds: ['skills'], filter: { skills: skillIds() }, orderBy };
    const kinds = rng.sample(FILTER_KINDS, 2);
    return {
      case: c,
      kinds: ['keyword', ...kinds],
      filter: Object.assign({ keyword: keyword() }, ...kinds.map(filterOf)) as FilterVars,
      orderBy,
    };
  };
  const warmup = Array.from({ length: WARMUP }, (_, i) => make(CASES[i % CASES.length]![0]));
  const measured = CASES.flatMap(([c, n]) => Array.from({ length: n }, () => make(c)));
  return { warmup, measured };
}

// ─── Measuring ──────────────────────────────────────────────────────────────────────────────────

const OPENINGS_QUERY = /* GraphQL */ `
  query Browse($filter: OpeningFilter, $orderBy: OpeningOrder, $first: Int) {
    openings(filter: $filter, orderBy: $orderBy, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          status
          programType
          hostAgency {
            abbreviation
          }
          startDate
          applicationDeadline
          commitmentPercent
          remoteMode
          location
        }
      }
    }
  }
`;

type App = Awaited<ReturnType<typeof createTestApp>>;

async function browse(app: App, token: string, q: BrowseQuery): Promise<{ ms: number; totalCount: number; edges: number }> {
  const started = performance.now();
  const res = await app.yoga.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: OPENINGS_QUERY, variables: { filter: q.filter, orderBy: q.orderBy, first: 20 } }),
  });
  const body = (await res.json()) as { data?: { openings: { totalCount: number; edges: unknown[] } }; errors?: unknown[] };
  const ms = performance.now() - started;
  if (res.status !== 200 || body.errors || !body.data)
    throw new Error(`${JSON.stringify(q.filter)}: HTTP ${res.status} ${JSON.stringify(body.errors)}`);
  return { ms, totalCount: body.data.openings.totalCount, edges: body.data.openings.edges.length };
}

interface PerQuery {
  case: Case;
  kinds: string[];
  filter: FilterVars | null;
  orderBy: string;
  totalCount: number;
  ms: number;
}

interface CaseResult extends Stats {
  case: Case;
  matchedAvg: number;
  matchedMin: number;
  matchedMax: number;
  zeroMatches: number;
}

type Measured = Awaited<ReturnType<typeof measure>>;
type Explained = Awaited<ReturnType<typeof explainQueries>>;

/** Runs the warm-up, then each measured query once, in order; statistics per case. */
async function measure(db: Database, warmup: BrowseQuery[], measured: BrowseQuery[]) {
  const app = await createTestApp(db);
  const token = await app.token('EMPLOYEE', VIEWER_AGENCY);
  const before = os.loadavg()[0]!;
  for (const q of warmup) await browse(app, token, q);
  const perQuery: PerQuery[] = [];
  for (const q of measured) {
    const r = await browse(app, token, q);
    if (r.edges !== Math.min(20, r.totalCount))
      throw new Error(`${JSON.stringify(q.filter)}: ${r.edges} edges for totalCount ${r.totalCount}`);
    perQuery.push({
      case: q.case,
      kinds: q.kinds,
      filter: q.filter,
      orderBy: q.orderBy,
      totalCount: r.totalCount,
      ms: Math.round(r.ms * 100) / 100,
    });
  }
  const cases: CaseResult[] = CASES.map(([c]) => {
    const qs = perQuery.filter((q) => q.case === c);
    const m = qs.map((q) => q.totalCount);
    return {
      case: c,
      ...stats(qs.map((q) => q.ms)),
      matchedAvg: Math.round(m.reduce((a, b) => a + b, 0) / m.length),
      matchedMin: Math.min(...m),
      matchedMax: Math.max(...m),
      zeroMatches: m.filter((x) => x === 0).length,
    };
  });
  // The headline case by the filters drawn with the keyword.
  const headline = perQuery.filter((q) => q.case === 'keyword + 2 filters');
  const byFilter: Record<string, Stats & { matchedAvg: number }> = {};
  for (const k of FILTER_KINDS) {
    const qs = headline.filter((q) => q.kinds.includes(k));
    if (qs.length)
      byFilter[`keyword + ${k} + …`] = {
        ...stats(qs.map((q) => q.ms)),
        matchedAvg: Math.round(qs.reduce((a, q) => a + q.totalCount, 0) / qs.length),
      };
  }
  // Other work on the machine shows here (1-minute load average, 2 cores: above 2 means waiting).
  return {
    perQuery,
    cases,
    byFilter,
    loadAverage: { before: Math.round(before * 100) / 100, after: Math.round(os.loadavg()[0]! * 100) / 100 },
  };
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of what Prisma runs for a query: the same app over a second Prisma
 * client with query events on, then each captured statement on "Opening" explained with its parameters.
 */
async function explainQueries(
  db: Database,
  url: string,
  queries: BrowseQuery[],
): Promise<
  Array<{ filter: FilterVars | null; all: string[]; statements: Array<{ sql: string; params: unknown[]; plan: string }> }>
> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const logging = new PrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: 'event', level: 'query' }] });
  const captured: Array<{ sql: string; params: unknown[]; ms: number }> = [];
  logging.$on('query', (e: Prisma.QueryEvent) =>
    captured.push({ sql: e.query, params: JSON.parse(e.params) as unknown[], ms: e.duration }),
  );
  try {
    const app = await createTestApp({ ...db, prisma: logging as unknown as PrismaClient });
    const token = await app.token('EMPLOYEE', VIEWER_AGENCY);
    const out = [];
    for (const q of queries) {
      await browse(app, token, q); // warms this client's connections and plans
      captured.length = 0;
      await browse(app, token, q);
      const statements = [];
      for (const { sql, params } of captured.filter((c) => /FROM "public"\."Opening"/.test(c.sql))) {
        const rows = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
        statements.push({ sql, params, plan: rows.rows.map((r) => r['QUERY PLAN']).join('\n') });
      }
      out.push({ filter: q.filter, all: captured.map((c) => `${c.ms} ms  ${c.sql.slice(0, 140)}`), statements });
    }
    return out;
  } finally {
    await logging.$disconnect();
    await pool.end().catch(() => {});
  }
}

// ─── Run ────────────────────────────────────────────────────────────────────────────────────────

async function run() {
  const { db, url, serverVersion, throwaway } = await scratchPostgres('tm_bench_openings');
  try {
    const runtime = `PostgreSQL ${serverVersion.split(' ')[0]} (${throwaway ? 'throwaway cluster, loopback' : 'DATABASE_URL server'})`;
    process.stderr.write(`${runtime}: loading…\n`);
    const data = await load(db, new Rng(mulberry32(SEED)));

    const { warmup, measured } = buildQueries(SEED, data);
    const [jit] = await db.exec.query<{ jit: string; cost: string }>(
      `SELECT current_setting('jit') AS jit, current_setting('jit_above_cost') AS cost`,
    );
    process.stderr.write(`measuring ${measured.length} queries after ${warmup.length} warm-up queries…\n`);
    const baseline = await measure(db, warmup, measured);
    const headline = baseline.perQuery.filter((q) => q.case === 'keyword + 2 filters');
    const sorted = [...headline].sort((a, b) => a.ms - b.ms);
    // Three keyword + two-filter queries (the slowest, the median, one with "data"), the default list, the slowest skill-only query.
    const samples: BrowseQuery[] = [
      sorted[sorted.length - 1]!,
      sorted[Math.floor(sorted.length / 2)]!,
      headline.find((q) => q.filter?.keyword === 'data') ?? sorted[0]!,
    ].map((q) => ({ case: q.case, kinds: q.kinds, filter: q.filter, orderBy: 'NEWEST' as const }));
    const skillOnly = baseline.perQuery.filter((q) => q.case === 'skill only (+narrower)').sort((a, b) => b.ms - a.ms)[0]!;
    samples.push(
      { case: 'no filter (OPEN only)', kinds: [], filter: null, orderBy: 'NEWEST' },
      { case: skillOnly.case, kinds: skillOnly.kinds, filter: skillOnly.filter, orderBy: 'NEWEST' },
    );
    let explain: Explained | undefined;
    if (values.explain) {
      process.stderr.write('explaining…\n');
      explain = await explainQueries(db, url, samples);
    }

    let trial: (Measured & { name: 'jit-off'; sql: string; explain?: Explained }) | undefined;
    if (values.trial === 'jit-off') {
      // Same database and queries; only new sessions get the setting, so a fresh pool and app.
      const sql = `ALTER DATABASE ${new URL(url).pathname.slice(1)} SET jit = off`;
      await db.exec.query(sql);
      const off = await openDatabase({ kind: 'postgres', url, poolSize: 4 });
      try {
        process.stderr.write(`trial: ${sql}; measuring again…\n`);
        const again = await measure(off, warmup, measured);
        const differ = again.perQuery.filter((q, i) => q.totalCount !== baseline.perQuery[i]!.totalCount);
        if (differ.length) throw new Error(`${differ.length} queries matched differently with jit off`);
        trial = { name: 'jit-off', sql, ...again, explain: values.explain ? await explainQueries(off, url, samples) : undefined };
      } finally {
        await off.close();
      }
    }
    const indexes = await db.exec.query<{ def: string }>(
      `SELECT indexdef AS def FROM pg_indexes WHERE tablename = 'Opening' ORDER BY indexname`,
    );
    return {
      runtime,
      postgresVersion: serverVersion,
      viewer: `EMPLOYEE of ${VIEWER_AGENCY}`,
      counts: data.counts,
      loadSeconds: data.seconds,
      openingIndexes: indexes.map((r) => r.def),
      topHosts: data.hosts.slice(0, 10).map(([a, n]) => `${a.abbreviation ?? a.code} ${n}`),
      jit: `jit=${jit!.jit}, jit_above_cost=${jit!.cost}`,
      cases: baseline.cases,
      headlineByFilter: baseline.byFilter,
      loadAverage: baseline.loadAverage,
      slowest: [...baseline.perQuery].sort((a, b) => b.ms - a.ms).slice(0, 10),
      explain,
      trial,
      queries: baseline.perQuery,
    };
  } finally {
    await db.close();
  }
}

// ─── Report ─────────────────────────────────────────────────────────────────────────────────────

const COLS = ['n', 'p50', 'p95', 'p99', 'max', 'mean'] as const;
const fmt = (n: number) => n.toLocaleString('en-US');

function printCases(title: string, cases: CaseResult[], byFilter: Record<string, Stats & { matchedAvg: number }>): void {
  console.log(
    `  ${title.padEnd(36)}${COLS.map((c) => c.padStart(9)).join('')}${'matched avg'.padStart(13)}${'min–max'.padStart(14)}`,
  );
  for (const c of cases) {
    console.log(
      `  ${c.case.padEnd(36)}${COLS.map((k) => (k === 'n' ? String(c.n) : c[k].toFixed(2)).padStart(9)).join('')}${fmt(c.matchedAvg).padStart(13)}${`${fmt(c.matchedMin)}–${fmt(c.matchedMax)}`.padStart(14)}`,
    );
  }
  for (const [k, s] of Object.entries(byFilter)) {
    console.log(
      `    ${k.padEnd(34)}${COLS.map((c) => (c === 'n' ? String(s.n) : s[c].toFixed(2)).padStart(9)).join('')}${fmt(s.matchedAvg).padStart(13)}`,
    );
  }
}

function printExplain(explain: Explained): void {
  for (const e of explain) {
    console.log(
      `\n  EXPLAIN (ANALYZE, BUFFERS) for filter ${JSON.stringify(e.filter)}, NEWEST; the request's statements (Prisma's durations):\n${e.all.map((a) => `    ${a}`).join('\n')}`,
    );
    for (const s of e.statements)
      console.log(`\n    ${s.sql}\n    -- params ${JSON.stringify(s.params)}\n${s.plan.replace(/^/gm, '      ')}`);
  }
}

function printReport(r: Awaited<ReturnType<typeof run>>): void {
  const c = r.counts;
  console.log(
    `\n${r.runtime} — ${fmt(c.openings!)} openings (${fmt(c.openNow!)} OPEN with a deadline ahead), ${fmt(c.openingSkills!)} opening skills, ${fmt(c.openingAgencies!)} restrictions, ${fmt(c.agencies!)} agencies, ${fmt(c.skills!)} skills; ${r.jit}`,
  );
  console.log(
    `  load: ${Object.entries(r.loadSeconds)
      .map(([k, v]) => `${k} ${v} s`)
      .join(', ')}; viewer ${r.viewer}; top hosts ${r.topHosts.slice(0, 5).join(', ')}`,
  );
  console.log(`  load average while measuring: ${r.loadAverage.before} → ${r.loadAverage.after}`);
  printCases('GraphQL openings(first: 20), ms', r.cases, r.headlineByFilter);
  console.log(
    `  slowest: ${r.slowest
      .slice(0, 5)
      .map((q) => `${q.case}: ${JSON.stringify(q.filter)} ${q.ms.toFixed(1)} ms (${q.totalCount})`)
      .join('\n           ')}`,
  );
  if (r.explain) printExplain(r.explain);
  const t = r.trial;
  if (t) {
    console.log(
      `\nTrial: ${t.sql} (load average ${t.loadAverage.before} → ${t.loadAverage.after}); every query matched the same rows`,
    );
    printCases('GraphQL openings(first: 20), ms', t.cases, t.byFilter);
    if (t.explain) printExplain(t.explain);
  }
}

let failed = false;
const started = performance.now();
try {
  console.log(
    `Openings benchmark: ${OPENINGS.toLocaleString('en-US')} openings from ${dataDir} — ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, Node ${process.version}, seed ${SEED}`,
  );
  const result = await run();
  printReport(result);
  const outFile = writeResults('openings', {
    benchmark: 'openings',
    at: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model,
      cpus: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    data: dataDir,
    seed: SEED,
    graphqlQuery: OPENINGS_QUERY.trim(),
    notes: [
      'Wall time per query through yoga.fetch (in process, no HTTP socket), milliseconds; nearest-rank percentiles; each query run once, sequentially, after 20 warm-up queries.',
      'Each query: first: 20 with totalCount (count and page statements, plus the viewer agency, agency chain, restrictions and host agencies).',
      'Headline: a keyword (curated words and pairs, or words of generated titles) plus two filters drawn from programTypes, remoteModes, commitment, hostAgencies (bureaus included), startFrom/startTo, grade, skills (narrower included).',
      'VACUUM (ANALYZE) after loading: fresh statistics and an empty trigram-index pending list, as autovacuum leaves a server.',
      'loadAverage: the 1-minute load average before and after measuring; other work on a 2-core machine shows in the tail percentiles.',
      'trial (with --trial jit-off): the same queries again in new sessions with jit = off set on the scratch database.',
    ],
    ...result,
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
