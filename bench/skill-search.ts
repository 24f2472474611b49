/**
 * Skill-search latency benchmark (not part of the test suite). Imports the full O*NET 29.0 and
 * ESCO 1.1.1 reference data into PGlite (temp dir) and a throwaway PostgreSQL, builds the real app
 * (createApp, local auth key in a temp dir) and times, per query, the public
 *   skills(first: 10, filter: { search, schemes }) { totalCount nodes { name scheme } }
 * through yoga.fetch, then the two raw SQL statements the resolver runs (ranked page of IDs and
 * count), for a fixed, seeded list of queries like people type them.
 *   npx tsx bench/skill-search.ts [--only pglite|postgres] [--data ../shared/data] [--seed N] [--explain] [--trial flush-gin|trgm-index]
 * PostgreSQL: a scratch database on DATABASE_URL's server (dropped afterwards), or, when
 * DATABASE_URL is unset, a throwaway cluster like the test suite's (needs PostgreSQL's binaries).
 * --explain adds EXPLAIN (ANALYZE, BUFFERS) of both statements for a few queries.
 * --trial then tries a change in the same scratch databases, without touching src/ or prisma/,
 * and measures everything again with the app's SQL unchanged (PGlite is reopened with its loadable
 * pg_trgm extension for it):
 *   flush-gin   moves the GIN pending list that the bulk import left behind into the index
 *               (gin_clean_pending_list), as VACUUM or autovacuum would; PGlite has no autovacuum;
 *   trgm-index  CREATE EXTENSION pg_trgm and a GIN trigram index on "searchText", for a schema
 *               that has none.
 * Writes bench/results/skill-search.json (git-ignored).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Prisma, PrismaClient, type SkillScheme } from '@prisma/client';
import { openDatabase, openMigratedDatabase, type Database } from '../src/platform/db/client.js';
import { escapeLike, normalizeForSearch, searchWords } from '../src/modules/openings/search-text.js';
import { runImport } from '../src/import/index.js';
import type { createApp } from '../src/app/yoga.js';
import { createTestApp } from '../tests/helpers/app.js';
import { cleanupAll, cleanups, mulberry32, scratchPostgres, stats, writeResults, type Stats } from './lib.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    data: { type: 'string', default: path.resolve(here, '../../shared/data') },
    seed: { type: 'string', default: '20261124' },
    explain: { type: 'boolean', default: false },
    trial: { type: 'string' },
  },
});
const dataDir = path.resolve(values.data!);
const TRIALS = ['flush-gin', 'trgm-index'] as const;
type TrialName = (typeof TRIALS)[number];
if (values.trial !== undefined && !(TRIALS as readonly string[]).includes(values.trial))
  throw new Error(`--trial must be one of ${TRIALS.join(', ')}`);
const trialName = values.trial as TrialName | undefined;
const steps: Array<['onet' | 'esco', string]> = [
  ['onet', path.join(dataDir, 'onet-29.0')],
  ['esco', path.join(dataDir, 'esco-1.1.1')],
];
for (const [, p] of steps) if (!fs.existsSync(p)) throw new Error(`${p} not found (pass --data DIR)`);

// ─── Cleanup, also on Ctrl-C ────────────────────────────────────────────────────────────────────

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

// ─── The queries: fixed phrases, cut where a person typing would be, in a seeded order ─────────

/** What people look for in a federal talent marketplace. */
const PHRASES = [
  'python',
  'data analysis',
  'project management',
  'cybersecurity',
  'sql',
  'machine learning',
  'budget',
  'contract management',
  'spanish',
  'gis',
  'java',
  'javascript',
  'microsoft excel',
  'tableau',
  'statistics',
  'public speaking',
  'technical writing',
  'grant management',
  'acquisition',
  'procurement',
  'human resources',
  'recruiting',
  'policy analysis',
  'risk management',
  'financial management',
  'accounting',
  'auditing',
  'cloud computing',
  'amazon web services',
  'network security',
  'incident response',
  'penetration testing',
  'software development',
  'web development',
  'user experience',
  'agile',
  'scrum',
  'change management',
  'leadership',
  'negotiation',
  'customer service',
  'communication',
  'training',
  'curriculum development',
  'mentoring',
  'supply chain',
  'logistics',
  'emergency management',
  'public health',
  'epidemiology',
  'environmental protection',
  'geographic information',
  'remote sensing',
  'mechanical engineering',
  'electrical engineering',
  'civil engineering',
  'systems engineering',
  'quality assurance',
  'regulatory compliance',
  'legal research',
  'investigation',
  'intelligence analysis',
  'foreign language',
  'french',
  'arabic',
  'mandarin',
  'russian',
  'translation',
  'data visualization',
  'database administration',
  'linux',
  'kubernetes',
  'docker',
  'devops',
  'matlab',
  'autocad',
  'sharepoint',
  'salesforce',
  'oracle',
  'power bi',
  'business analysis',
  'program evaluation',
  'economics',
  'forecasting',
  'cost estimation',
  'scheduling',
  'facilities management',
  'construction',
  'welding',
  'nursing',
  'pharmacology',
  'biology',
  'chemistry',
  'physics',
  'mathematics',
  'teaching',
  'counselling',
  'social work',
  'conflict resolution',
  'ethics',
  'stakeholder engagement',
  'strategic planning',
  'operations research',
  'artificial intelligence',
  'natural language processing',
  'deep learning',
  'computer vision',
  'encryption',
  'firewall',
  'help desk',
  'technical support',
  'records management',
  'privacy',
  'public affairs',
  'social media',
  'graphic design',
  'video editing',
  'photography',
  'marketing',
  'event planning',
  'time management',
  'critical thinking',
  'problem solving',
  'c++',
  'c#',
  'r programming',
  'data science',
  'statistical analysis',
];
/** Given verbatim in the brief: always measured. */
const FIXED = ['pyth', 'data an', 'project man', 'cyber', 'sql', 'machine lear', 'budg', 'contract', 'spanish', 'gis'];
/** Nothing in O*NET or ESCO starts a word like these (checked after the run). */
const NO_MATCH = [
  'xylophonist',
  'qqq',
  'zzxq',
  'python zebrafish',
  'blorp',
  'kwyjibo',
  'asdfgh',
  'data qzx',
  'fhqwhgads',
  'mxyzptlk',
  'qwerty uiop',
  'jjjj',
  'vbnm',
  'project xqz',
  'zzz top',
  'cyber pirate ninja',
  'sql wxy',
  'budget zorp',
  'lorem ipsum',
  'xkcd',
];
const SCHEME_SETS: SkillScheme[][] = [['ESCO'], ['ONET'], ['ONET_TECH'], ['ONET', 'ESCO'], ['ONET_TECH', 'ESCO']];

interface SearchQuery {
  search: string;
  schemes: SkillScheme[] | null;
  category: 'prefix' | 'schemes' | 'none';
}

/** Where someone typing the phrase might be when the box asks: 2+ characters, often mid-word. */
function typedPrefixes(phrase: string, rnd: () => number): string[] {
  const words = phrase.split(' ');
  const cuts = new Set<string>();
  // A short start of the first word (2–5 characters).
  const first = words[0]!;
  cuts.add(first.slice(0, Math.min(first.length, 2 + Math.floor(rnd() * 4))));
  // Somewhere into the last word typed so far (1–3 words).
  const n = 1 + Math.floor(rnd() * Math.min(words.length, 3));
  const lead = words.slice(0, n - 1).join(' ');
  const last = words[n - 1]!;
  const k = Math.max(Math.min(last.length, 2), Math.ceil(last.length * (0.4 + rnd() * 0.6)));
  cuts.add(`${lead ? `${lead} ` : ''}${last.slice(0, k)}`);
  return [...cuts];
}

function buildQueries(seed: number): { warmup: SearchQuery[]; measured: SearchQuery[] } {
  const rnd = mulberry32(seed);
  const shuffle = <T>(xs: T[]): T[] => {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  };
  const seen = new Set<string>();
  const prefixes: string[] = [];
  for (const s of [...FIXED, ...PHRASES.flatMap((p) => typedPrefixes(p, rnd))]) {
    if (!seen.has(s)) {
      seen.add(s);
      prefixes.push(s);
    }
  }
  const measured: SearchQuery[] = prefixes.map((search) => ({ search, schemes: null, category: 'prefix' }));
  shuffle(prefixes)
    .filter((s) => s.length >= 3)
    .slice(0, 30)
    .forEach((search, i) => measured.push({ search, schemes: SCHEME_SETS[i % SCHEME_SETS.length]!, category: 'schemes' }));
  for (const search of NO_MATCH) measured.push({ search, schemes: null, category: 'none' });
  // Warm-up: 20 other queries (different phrases' starts), not part of the measured list.
  const warmup = shuffle([
    'adm',
    'oper',
    'manag',
    'comp',
    'desig',
    'plan',
    'analy',
    'insp',
    'tech',
    'eng',
    'res',
    'sci',
    'prog',
    'serv',
    'mon',
    'rep',
    'inst',
    'eval',
    'coord',
    'pers',
  ]).map((search): SearchQuery => ({ search, schemes: null, category: 'prefix' }));
  return { warmup, measured: shuffle(measured) };
}

// ─── Measuring ──────────────────────────────────────────────────────────────────────────────────

const SKILLS_QUERY = /* GraphQL */ `
  query SkillSearch($search: String!, $schemes: [SkillScheme!]) {
    skills(first: 10, filter: { search: $search, schemes: $schemes }) {
      totalCount
      nodes {
        name
        scheme
      }
    }
  }
`;

type App = ReturnType<typeof createApp>;

async function graphqlSearch(yoga: App, q: SearchQuery): Promise<{ ms: number; totalCount: number; top: string[] }> {
  const started = performance.now();
  const res = await yoga.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SKILLS_QUERY, variables: { search: q.search, schemes: q.schemes } }),
  });
  const body = (await res.json()) as {
    data?: { skills: { totalCount: number; nodes: { name: string; scheme: string }[] } };
    errors?: unknown[];
  };
  const ms = performance.now() - started;
  if (res.status !== 200 || body.errors || !body.data)
    throw new Error(`"${q.search}": HTTP ${res.status} ${JSON.stringify(body.errors)}`);
  return { ms, totalCount: body.data.skills.totalCount, top: body.data.skills.nodes.map((n) => `${n.name} (${n.scheme})`) };
}

/*
 * The two statements of src/graphql/skill.ts (`whereSql`, `countSkills`, `rankedSkillIds`), whose
 * helpers are module-private there: the SQL text is COPIED here verbatim, built with the same
 * exported helpers (searchWords, normalizeForSearch, escapeLike). Keep in step with skill.ts.
 */
function whereSql(words: string[], schemes: SkillScheme[] | null): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (schemes) parts.push(Prisma.sql`"scheme"::text = ANY(${schemes}::text[])`);
  for (const word of words) parts.push(Prisma.sql`"searchText" LIKE ${`% ${escapeLike(word)}%`}`);
  return Prisma.join(parts, ' AND ');
}

function countSql(q: SearchQuery): Prisma.Sql {
  return Prisma.sql`SELECT count(*) AS n FROM "Skill" WHERE ${whereSql(searchWords(q.search), q.schemes)}`;
}

function rankedSql(q: SearchQuery, limit = 10, offset = 0): Prisma.Sql {
  const words = searchWords(q.search);
  const nq = normalizeForSearch(q.search).trim();
  const rank = nq
    ? Prisma.sql`CASE
        WHEN split_part("searchText", '|', 1) = ${` ${nq} `} THEN 0
        WHEN split_part("searchText", '|', 1) LIKE ${` ${escapeLike(nq)}%`} THEN 1
        WHEN split_part("searchText", '|', 1) LIKE ${`% ${escapeLike(words[0] ?? nq)}%`} THEN 2
        ELSE 3 END`
    : Prisma.empty;
  return Prisma.sql`
    SELECT "id" FROM "Skill" WHERE ${whereSql(words, q.schemes)}
    ORDER BY ${nq ? Prisma.sql`${rank}, length("name"),` : Prisma.empty} "name", "id"
    LIMIT ${limit} OFFSET ${offset}`;
}

async function sqlSearch(prisma: PrismaClient, q: SearchQuery): Promise<{ rankMs: number; countMs: number; n: number }> {
  let t = performance.now();
  await prisma.$queryRaw(rankedSql(q));
  const rankMs = performance.now() - t;
  t = performance.now();
  const [row] = await prisma.$queryRaw<{ n: bigint }[]>(countSql(q));
  const countMs = performance.now() - t;
  return { rankMs, countMs, n: Number(row?.n ?? 0) };
}

interface PerQuery {
  search: string;
  schemes: SkillScheme[] | null;
  category: SearchQuery['category'];
  totalCount: number;
  graphqlMs: number;
  sqlRankMs: number;
  sqlCountMs: number;
  top3: string[];
}

interface RuntimeResult {
  runtime: string;
  /** Set on the --trial re-run: what was changed in the scratch database. */
  trial?: { name: TrialName; change: string; sql: string[]; ms: number; detail: string };
  /** Index definitions on "Skill" when measured. */
  skillIndexes: string[];
  importSeconds: Record<string, number>;
  skillRows: number;
  skillsByScheme: Record<string, number>;
  avgSearchTextChars: number;
  stats: Record<'graphql' | 'sqlRanked' | 'sqlCount' | 'sqlBoth', Stats>;
  graphqlByCategory: Record<string, Stats>;
  graphqlByMatches: Record<string, Stats>;
  explain?: Record<string, string>;
  queries: PerQuery[];
}

const MATCH_BUCKETS: Array<[string, number, number]> = [
  ['0', 0, 0],
  ['1–99', 1, 99],
  ['100–999', 100, 999],
  ['1000+', 1000, Infinity],
];

async function measure(runtime: string, db: Database, importSeconds: Record<string, number>): Promise<RuntimeResult> {
  // The same in-process app the API tests use (local auth key in a temp dir, logs silent).
  const { yoga } = await createTestApp(db);
  const { warmup, measured } = buildQueries(Number(values.seed));

  // Same conditions on both runtimes: fresh planner statistics after the bulk load.
  await db.exec.script('ANALYZE "Skill"');
  const [{ n: skillRows, avg }] = (await db.exec.query<{ n: number; avg: number }>(
    `SELECT count(*)::int AS n, avg(length("searchText"))::float8 AS avg FROM "Skill"`,
  )) as [{ n: number; avg: number }];
  const byScheme = await db.exec.query<{ scheme: string; n: number }>(
    `SELECT scheme::text AS scheme, count(*)::int AS n FROM "Skill" GROUP BY 1 ORDER BY 1`,
  );
  const indexes = await db.exec.query<{ def: string }>(
    `SELECT indexdef AS def FROM pg_indexes WHERE tablename = 'Skill' ORDER BY indexname`,
  );

  // GraphQL, end to end through the Yoga handler.
  for (const q of warmup) await graphqlSearch(yoga, q);
  const gql: Array<Awaited<ReturnType<typeof graphqlSearch>>> = [];
  for (const q of measured) gql.push(await graphqlSearch(yoga, q));

  // The two SQL statements alone, through the same Prisma client.
  for (const q of warmup) await sqlSearch(db.prisma, q);
  const sql: Array<Awaited<ReturnType<typeof sqlSearch>>> = [];
  for (const q of measured) sql.push(await sqlSearch(db.prisma, q));

  const queries: PerQuery[] = measured.map((q, i) => {
    if (gql[i]!.totalCount !== sql[i]!.n)
      throw new Error(`"${q.search}": GraphQL totalCount ${gql[i]!.totalCount} ≠ SQL count ${sql[i]!.n}`);
    return {
      search: q.search,
      schemes: q.schemes,
      category: q.category,
      totalCount: gql[i]!.totalCount,
      graphqlMs: Math.round(gql[i]!.ms * 100) / 100,
      sqlRankMs: Math.round(sql[i]!.rankMs * 100) / 100,
      sqlCountMs: Math.round(sql[i]!.countMs * 100) / 100,
      top3: gql[i]!.top.slice(0, 3),
    };
  });
  for (const q of queries)
    if (q.category === 'none' && q.totalCount > 0)
      process.stderr.write(`note: "${q.search}" was meant to match nothing but matched ${q.totalCount}\n`);

  const graphqlByCategory: Record<string, Stats> = {};
  for (const c of ['prefix', 'schemes', 'none'] as const)
    graphqlByCategory[c] = stats(queries.filter((q) => q.category === c).map((q) => q.graphqlMs));
  const graphqlByMatches: Record<string, Stats> = {};
  for (const [label, lo, hi] of MATCH_BUCKETS) {
    const xs = queries.filter((q) => q.totalCount >= lo && q.totalCount <= hi).map((q) => q.graphqlMs);
    if (xs.length) graphqlByMatches[label] = stats(xs);
  }

  let explain: Record<string, string> | undefined;
  if (values.explain) {
    explain = {};
    for (const search of ['data an', 'pyth', 'man', 'xylophonist']) {
      const q: SearchQuery = { search, schemes: null, category: 'prefix' };
      for (const [label, stmt] of [
        ['ranked', rankedSql(q)],
        ['count', countSql(q)],
      ] as const) {
        const rows = await db.prisma.$queryRawUnsafe<Record<string, string>[]>(
          `EXPLAIN (ANALYZE, BUFFERS) ${stmt.text}`,
          ...stmt.values,
        );
        explain[`${label} "${search}"`] = rows.map((r) => Object.values(r)[0]).join('\n');
      }
    }
  }

  return {
    runtime,
    importSeconds,
    skillRows,
    skillsByScheme: Object.fromEntries(byScheme.map((r) => [r.scheme, r.n])),
    skillIndexes: indexes.map((r) => r.def),
    avgSearchTextChars: Math.round(avg),
    stats: {
      graphql: stats(queries.map((q) => q.graphqlMs)),
      sqlRanked: stats(queries.map((q) => q.sqlRankMs)),
      sqlCount: stats(queries.map((q) => q.sqlCountMs)),
      sqlBoth: stats(queries.map((q) => q.sqlRankMs + q.sqlCountMs)),
    },
    graphqlByCategory,
    graphqlByMatches,
    explain,
    queries,
  };
}

type Trial = NonNullable<RuntimeResult['trial']>;

/** A trigram index on "searchText", if the schema has one. */
async function trigramIndex(db: Database): Promise<string | null> {
  const rows = await db.exec.query<{ name: string }>(
    `SELECT indexname AS name FROM pg_indexes WHERE tablename = 'Skill' AND indexdef LIKE '%gin_trgm_ops%' AND indexdef LIKE '%"searchText"%'`,
  );
  return rows[0]?.name ?? null;
}

/**
 * Rows inserted into a GIN index with fastupdate (the default) wait in its pending list, which every
 * search reads linearly and which the planner costs in, until VACUUM, autovacuum or
 * gin_clean_pending_list moves them into the index. A bulk import leaves thousands there.
 */
async function flushGin(db: Database): Promise<Trial> {
  const names = await db.exec.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
     WHERE i.indrelid = '"Skill"'::regclass AND a.amname = 'gin' ORDER BY 1`,
  );
  if (!names.length)
    throw new Error('no GIN index on "Skill" to flush: this schema has no trigram index (try --trial trgm-index)');
  const sql = names.map(({ name }) => `SELECT gin_clean_pending_list('"${name}"'::regclass)`);
  const started = performance.now();
  let pages = 0;
  for (const stmt of sql) {
    const [row] = await db.exec.query<Record<string, string | number>>(stmt);
    pages += Number(Object.values(row ?? {})[0] ?? 0);
  }
  const ms = Math.round(performance.now() - started);
  return {
    name: 'flush-gin',
    change: 'GIN pending list flushed',
    sql,
    ms,
    detail: `${pages} pending-list pages moved into the index`,
  };
}

const TRGM_SQL = [
  'CREATE EXTENSION IF NOT EXISTS pg_trgm',
  'CREATE INDEX "Skill_searchText_trgm_bench_idx" ON "Skill" USING gin ("searchText" gin_trgm_ops)',
];

async function addTrgmIndex(db: Database): Promise<Trial> {
  const existing = await trigramIndex(db);
  if (existing) throw new Error(`"searchText" already has a trigram index (${existing}); try --trial flush-gin`);
  const started = performance.now();
  for (const sql of TRGM_SQL) await db.exec.script(sql);
  const ms = Math.round(performance.now() - started);
  const [size] = await db.exec.query<{ s: string }>(
    `SELECT pg_size_pretty(pg_relation_size('"Skill_searchText_trgm_bench_idx"')) AS s`,
  );
  return { name: 'trgm-index', change: 'pg_trgm GIN index on "searchText"', sql: TRGM_SQL, ms, detail: `index ${size!.s}` };
}

const runTrial = (db: Database): Promise<Trial> => (trialName === 'flush-gin' ? flushGin(db) : addTrgmIndex(db));
const trialLabel = (t: Trial) => (t.name === 'flush-gin' ? 'GIN pending list flushed (trial)' : 'pg_trgm GIN index (trial)');

async function importAll(db: Database): Promise<Record<string, number>> {
  const seconds: Record<string, number> = {};
  for (const [source, target] of steps) {
    const started = performance.now();
    await runImport(source, target, db);
    seconds[source] = Math.round((performance.now() - started) / 100) / 10;
    process.stderr.write(`  imported ${source} in ${seconds[source]} s\n`);
  }
  return seconds;
}

// ─── Runtimes ───────────────────────────────────────────────────────────────────────────────────

async function onPglite(): Promise<RuntimeResult[]> {
  const dir = tempDir('tm-bench-search-pglite-');
  const dataDir = path.join(dir, 'pglite');
  const { version } = JSON.parse(
    fs.readFileSync(path.resolve(here, '../node_modules/@electric-sql/pglite/package.json'), 'utf8'),
  ) as { version: string };
  const runtime = `PGlite ${version} (embedded, on disk)`;
  const out: RuntimeResult[] = [];
  let imported: Record<string, number>;
  const db = await openMigratedDatabase({ kind: 'pglite', dataDir });
  try {
    process.stderr.write('PGlite: importing…\n');
    imported = await importAll(db);
    process.stderr.write('PGlite: measuring…\n');
    out.push(await measure(runtime, db, imported));
  } finally {
    await db.close();
  }
  if (trialName) {
    const trial = await openDatabase({ kind: 'pglite', dataDir });
    try {
      process.stderr.write(`PGlite: trial ${trialName}…\n`);
      const done = await runTrial(trial);
      out.push({ ...(await measure(`${runtime} + ${trialLabel(done)}`, trial, imported)), trial: done });
    } finally {
      await trial.close();
    }
  }
  return out;
}

async function onPostgres(): Promise<RuntimeResult[]> {
  const { db, serverVersion, throwaway } = await scratchPostgres('tm_bench_search');
  try {
    process.stderr.write('PostgreSQL: importing…\n');
    const imported = await importAll(db);
    const runtime = `PostgreSQL ${serverVersion.split(' ')[0]} (${throwaway ? 'throwaway cluster, loopback' : 'DATABASE_URL server'})`;
    process.stderr.write('PostgreSQL: measuring…\n');
    const out = [await measure(runtime, db, imported)];
    if (trialName) {
      process.stderr.write(`PostgreSQL: trial ${trialName}…\n`);
      const done = await runTrial(db);
      out.push({ ...(await measure(`${runtime} + ${trialLabel(done)}`, db, imported)), trial: done });
    }
    return out;
  } finally {
    await db.close();
  }
}

// ─── Report ─────────────────────────────────────────────────────────────────────────────────────

function printTable(results: RuntimeResult[]): void {
  const cols = ['n', 'p50', 'p95', 'p99', 'max', 'mean'] as const;
  const row = (label: string, s: Stats) =>
    `  ${label.padEnd(34)}${cols.map((c) => (c === 'n' ? String(s.n) : s[c].toFixed(2)).padStart(9)).join('')}`;
  for (const r of results) {
    if (r.trial) console.log(`\n${r.runtime}: ${r.trial.sql.join('; ')} — ${r.trial.ms} ms, ${r.trial.detail}`);
    else
      console.log(
        `\n${r.runtime} — ${r.skillRows.toLocaleString('en-US')} skills (${Object.entries(r.skillsByScheme)
          .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
          .join(', ')}), searchText avg ${r.avgSearchTextChars} chars; import ${Object.entries(r.importSeconds)
          .map(([k, v]) => `${k} ${v} s`)
          .join(', ')}`,
      );
    const searchIdx = r.skillIndexes.filter((d) => d.includes('"searchText"'));
    console.log(`  index on "searchText": ${searchIdx.length ? searchIdx.join('; ') : 'none (sequential scan)'}`);
    console.log(`  ${'milliseconds'.padEnd(34)}${cols.map((c) => c.padStart(9)).join('')}`);
    console.log(row('GraphQL skills(first: 10) e2e', r.stats.graphql));
    console.log(row('SQL ranked page of IDs', r.stats.sqlRanked));
    console.log(row('SQL count', r.stats.sqlCount));
    console.log(row('SQL ranked + count', r.stats.sqlBoth));
    for (const [c, s] of Object.entries(r.graphqlByCategory)) console.log(row(`  GraphQL, ${c} queries`, s));
    for (const [b, s] of Object.entries(r.graphqlByMatches)) console.log(row(`  GraphQL, ${b} matches`, s));
    const slowest = [...r.queries].sort((a, b) => b.graphqlMs - a.graphqlMs).slice(0, 5);
    console.log(
      `  slowest: ${slowest.map((q) => `"${q.search}"${q.schemes ? ` [${q.schemes.join(',')}]` : ''} ${q.graphqlMs.toFixed(1)} ms (${q.totalCount} matches)`).join('; ')}`,
    );
    if (r.explain)
      for (const [k, v] of Object.entries(r.explain)) console.log(`\n  EXPLAIN ANALYZE ${k}\n${v.replace(/^/gm, '    ')}`);
  }
  // Baseline against trial, when --trial ran; the answers must not change.
  const trials = results.filter((r) => r.trial);
  if (trials.length) {
    const w = Math.max(...results.map((r) => r.runtime.length)) + 2;
    console.log(
      `\n${'Summary: GraphQL e2e ms (SQL ranked + count ms)'.padEnd(w + 2)}${['p50', 'p95', 'p99', 'max'].map((c) => c.padStart(17)).join('')}`,
    );
    for (const r of results) {
      const f = (k: keyof Stats) => `${r.stats.graphql[k].toFixed(1)} (${r.stats.sqlBoth[k].toFixed(1)})`.padStart(17);
      console.log(`  ${r.runtime.padEnd(w)}${f('p50')}${f('p95')}${f('p99')}${f('max')}`);
    }
    for (const t of trials) {
      const base = results.find((r) => !r.trial && t.runtime.startsWith(r.runtime))!;
      const differ = t.queries.filter(
        (q, i) => q.totalCount !== base.queries[i]!.totalCount || q.top3.join('|') !== base.queries[i]!.top3.join('|'),
      );
      console.log(
        `  ${t.runtime}: ${differ.length ? `${differ.length} queries answered differently: ${differ.map((q) => q.search).join(', ')}` : 'same totalCount and top results for every query'}`,
      );
    }
  }
}

const results: RuntimeResult[] = [];
let failed = false;
try {
  console.log(
    `Skill-search benchmark over ${dataDir} — ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, Node ${process.version}, seed ${values.seed}`,
  );
  const { measured } = buildQueries(Number(values.seed));
  console.log(
    `${measured.length} measured queries (${measured.filter((q) => q.category === 'prefix').length} prefixes, ${measured.filter((q) => q.category === 'schemes').length} with a scheme filter, ${measured.filter((q) => q.category === 'none').length} meant to match nothing), after 20 warm-up queries; each run once, sequentially`,
  );
  if (values.only !== 'postgres') results.push(...(await onPglite()));
  if (values.only !== 'pglite') results.push(...(await onPostgres()));
  printTable(results);
  const outFile = writeResults('skill-search', {
    benchmark: 'skill-search',
    at: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model,
      cpus: os.cpus().length,
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    data: dataDir,
    seed: Number(values.seed),
    graphqlQuery: SKILLS_QUERY.trim(),
    notes: [
      'Wall time per query, milliseconds; nearest-rank percentiles; each query run once, sequentially, after 20 warm-up queries.',
      'graphql: yoga.fetch of the query with totalCount and nodes { name scheme } (three SQL statements: ranked IDs, rows by ID, count).',
      'sql*: the ranked-IDs and count statements of src/graphql/skill.ts, SQL text copied into this bench, run with prisma.$queryRaw.',
      'ANALYZE "Skill" runs after the import on both runtimes. A GIN index filled by the import keeps rows in its pending list until VACUUM, autovacuum or gin_clean_pending_list: the throwaway PostgreSQL runs autovacuum (it may flush the list during a run), PGlite does not.',
    ],
    results,
  });
  console.log(`\nwrote ${outFile}`);
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await cleanupAll();
}
process.exitCode = failed ? 1 : 0;
