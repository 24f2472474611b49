/**
 * What users feel (issue 13): a few ordinary requests against the real server process on
 * 127.0.0.1, each driven alone by autocannon, side by side in one run, on both databases:
 *
 *   postgres  a throwaway PostgreSQL cluster (initdb in a temp dir, as the tests), restarted with
 *             shared_preload_libraries = pg_stat_statements, migrated, with the demo data
 *   pglite    the embedded PGlite that `npm start` uses, in a temp DATA_DIR, demo data seeded
 *             by the server at start (SEED_DEMO=true)
 *
 * The rows: `{ __typename }` anonymous and with an EMPLOYEE token (the yardstick: every ratio is
 * to the token-bearing one on the same database), `agencies(first: 20)` (public, anonymous),
 * `openings(first: 20)` with host agency and skills (EMPLOYEE), `viewer { profile { skills {
 * skill evidence } } }` (EMPLOYEE: the seeded person with the most skills and evidence), and an
 * opening's `matches(first: 20)` with explanations (HIRING_MANAGER of the host).
 *
 * For each: requests/s (autocannon -c connections, -d seconds after a warm-up, rate limit off),
 * the ratio to the token-bearing `{ __typename }`, the server process's CPU time per request
 * (utime + stime from /proc/<pid>/stat before and after the run), SQL statements per request and
 * their execution time (pg_stat_statements, reset before the run; PostgreSQL only: PGlite runs
 * the same code and has no pg_stat_statements), latency p50/p99, and the 1-minute load average
 * before and after. Prints a markdown table and writes bench/results/api.json (git-ignored).
 *
 *   npm run bench:api -- [-d 10] [-c 10] [--warmup 2] [--db both|postgres|pglite]
 *
 * Traffic goes to 127.0.0.1 only. About 3–4 minutes with the defaults on 2 cores.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { openings as seedOpenings } from '../seeds/data/openings.js';
import { people } from '../seeds/data/people.js';
import { seedDemo } from '../seeds/seed.js';
import { loadOrCreateLocalKey, signLocalToken } from '../src/platform/auth/local-key.js';
import type { Role } from '../src/platform/auth/principal.js';
import { openMigratedDatabase } from '../src/platform/db/client.js';
import { freePort, startCluster } from '../tests/setup/postgres.js';
import { cleanupAll, cleanups, writeResults } from './lib.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const { values } = parseArgs({
  options: {
    duration: { type: 'string', short: 'd', default: '10' },
    connections: { type: 'string', short: 'c', default: '10' },
    warmup: { type: 'string', default: '2' },
    db: { type: 'string', default: 'both' },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const WARMUP = Number(values.warmup);
for (const [name, v, lo, hi] of [
  ['-d', DURATION, 1, 120],
  ['-c', CONNECTIONS, 1, 100],
  ['--warmup', WARMUP, 0, 30],
] as const) {
  if (!Number.isInteger(v) || v < lo || v > hi) throw new Error(`${name} must be an integer in ${lo}–${hi}`);
}
const DATABASES = values.db === 'both' ? (['postgres', 'pglite'] as const) : ([values.db] as ('postgres' | 'pglite')[]);
if (!DATABASES.every((d) => d === 'postgres' || d === 'pglite')) throw new Error('--db must be both, postgres or pglite');

// ─── The queries ─────────────────────────────────────────────────────────────────────────────

const TYPENAME = '{ __typename }';
const AGENCIES = 'query Agencies { agencies(first: 20) { edges { node { id code abbreviation name } } } }';
const OPENINGS = `query Openings { openings(first: 20) { totalCount edges { node {
  id title status programType startDate applicationDeadline commitmentPercent remoteMode
  hostAgency { abbreviation name } skills { minLevel weight required skill { id name } } } } } }`;
const PROFILE = `query MyProfile { viewer { profile { givenName familyName headline
  skills { level skill { name scheme } evidence { source title issuer endDate } } } } }`;
const MATCHES = `query Matches($id: ID!) { node(id: $id) { ... on Opening { matches(first: 20) { totalCount edges { node {
  score coverage candidate { givenName familyName }
  explanation { score coverage requiredMet requiredTotal skills { skill { name } required weight match credit met } missingSkills { name } } } } } } } }`;

interface Row {
  key: string;
  label: string;
  token: 'none' | 'employee' | 'manager';
  query: string;
  variables?: Record<string, unknown>;
  /** What one answer holds, to show the row measured real work (and no errors). */
  size: (data: any) => string;
}

/** The demo person with the most skills (then evidence): the profile row's viewer. */
const person = [...people].sort(
  (a, b) =>
    b.skills.length - a.skills.length ||
    b.skills.reduce((s, x) => s + x.evidence.length, 0) - a.skills.reduce((s, x) => s + x.evidence.length, 0),
)[0]!;
const PERSON_SUBJECT = person.externalId.toLowerCase();
/** Hosts of the demo openings: the matches row ranks the open opening with the most candidates. */
const HOSTS = [...new Set(seedOpenings.filter((o) => o.status === 'OPEN').map((o) => o.hostAgency))];

function rows(matchOpeningId: string): Row[] {
  return [
    { key: 'typename-anonymous', label: '`{ __typename }` anonymous', token: 'none', query: TYPENAME, size: () => '' },
    {
      key: 'typename-employee',
      label: '`{ __typename }` EMPLOYEE (yardstick)',
      token: 'employee',
      query: TYPENAME,
      size: () => '',
    },
    {
      key: 'agencies',
      label: '`agencies(first: 20)` anonymous',
      token: 'none',
      query: AGENCIES,
      size: (d) => `${d.agencies.edges.length} agencies`,
    },
    {
      key: 'openings',
      label: '`openings(first: 20)` + host agency, skills (EMPLOYEE)',
      token: 'employee',
      query: OPENINGS,
      size: (d) =>
        `${d.openings.edges.length} openings, ${d.openings.edges.reduce((s: number, e: any) => s + e.node.skills.length, 0)} skills`,
    },
    {
      key: 'profile',
      label: '`viewer { profile { skills { skill evidence } } }` (EMPLOYEE)',
      token: 'employee',
      query: PROFILE,
      size: (d) =>
        `${d.viewer.profile.skills.length} skills, ${d.viewer.profile.skills.reduce((s: number, x: any) => s + (x.evidence?.length ?? 0), 0)} evidence`,
    },
    {
      key: 'matches',
      label: '`opening.matches(first: 20)` + explanation (HIRING_MANAGER)',
      token: 'manager',
      query: MATCHES,
      variables: { id: matchOpeningId },
      size: (d) => `${d.node.matches.edges.length} of ${d.node.matches.totalCount} matches`,
    },
  ];
}

// ─── Processes ───────────────────────────────────────────────────────────────────────────────

interface Server {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/app/server.ts')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_POINTS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out = (out + d).slice(-20_000)));
  child.stderr!.on('data', (d) => (out = (out + d).slice(-20_000)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  cleanups.push(stop);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${out}`);
    if (Date.now() > deadline) throw new Error(`server did not become ready:\n${out}`);
    const ready = await fetch(`${url}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, child, stop };
}

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime of a process, in milliseconds (fields 14 and 15 of /proc/<pid>/stat). */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from 3 (state) on
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
}

const loadavg = () => os.loadavg().map((x) => Math.round(x * 100) / 100);

async function gql(url: string, row: { query: string; variables?: Record<string, unknown> }, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: row.query, variables: row.variables }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

// ─── Statement counting (PostgreSQL) ───────────────────────────────────────────────────────────

interface StatementCounter {
  reset(): Promise<void>;
  read(): Promise<{ calls: number; ms: number; top: { query: string; calls: number }[] }>;
}

async function statementCounter(url: string): Promise<StatementCounter> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  cleanups.push(() => client.end());
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  const mine = `dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'`;
  return {
    async reset() {
      await client.query('SELECT pg_stat_statements_reset()');
    },
    async read() {
      const { rows } = await client.query<{ query: string; calls: string; ms: number }>(
        `SELECT query, calls, total_exec_time AS ms FROM pg_stat_statements WHERE ${mine} ORDER BY calls DESC`,
      );
      return {
        calls: rows.reduce((s, r) => s + Number(r.calls), 0),
        ms: rows.reduce((s, r) => s + Number(r.ms), 0),
        top: rows.slice(0, 12).map((r) => ({ query: r.query.replace(/\s+/g, ' ').slice(0, 160), calls: Number(r.calls) })),
      };
    },
  };
}

async function preparePostgres(): Promise<{ env: Record<string, string>; counter: StatementCounter; serverVersion: string }> {
  const cluster = await startCluster();
  cleanups.push(() => cluster.destroy());
  const admin = new pg.Client({ connectionString: cluster.url });
  admin.on('error', () => {});
  await admin.connect();
  try {
    await admin.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
  } finally {
    await admin.end();
  }
  cluster.stop('fast');
  cluster.start();
  const db = await openMigratedDatabase({ kind: 'postgres', url: cluster.url, poolSize: 4 });
  try {
    const demo = await seedDemo(db.prisma);
    await db.exec.script('ANALYZE');
    process.stderr.write(`postgres: demo data ${JSON.stringify(demo)}\n`);
  } finally {
    await db.close();
  }
  const counter = await statementCounter(cluster.url);
  const c = new pg.Client({ connectionString: cluster.url });
  await c.connect();
  const serverVersion = (await c.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  await c.end();
  return { env: { DATABASE_URL: cluster.url, SEED_DEMO: 'false' }, counter, serverVersion };
}

// ─── Run ─────────────────────────────────────────────────────────────────────────────────────

interface Measured {
  database: 'postgres' | 'pglite';
  key: string;
  query: string;
  answer: string;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  ratioToTokenTypename: number | null;
  cpuMsPerRequest: number;
  statementsPerRequest: number | null;
  sqlMsPerRequest: number | null;
  latencyMs: { p50: number; p99: number; mean: number };
  non2xx: number;
  errors: number;
  loadAverageBefore: number[];
  loadAverageAfter: number[];
  topStatements?: { query: string; calls: number }[];
}

const matchTargets: Record<string, { host: string; candidates: number }> = {};

async function measure(database: 'postgres' | 'pglite'): Promise<{ results: Measured[]; serverVersion: string | null }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tm-bench-api-'));
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  let env: Record<string, string> = { DATA_DIR: dataDir };
  let counter: StatementCounter | null = null;
  let serverVersion: string | null = null;
  if (database === 'postgres') {
    const p = await preparePostgres();
    env = { ...env, ...p.env };
    counter = p.counter;
    serverVersion = p.serverVersion;
  } else {
    env = { ...env, SEED_DEMO: 'true' };
    // The server loads DATABASE_URL from the environment when given: make sure it is not.
    delete process.env.DATABASE_URL;
  }
  const key = await loadOrCreateLocalKey(path.join(dataDir, 'keys'));
  const sign = (roles: Role[], agency: string, subject: string) =>
    signLocalToken(key, { subject, roles, agency, expiresIn: '2h' });
  const tokens = {
    none: undefined,
    employee: await sign(['EMPLOYEE'], person.agency, PERSON_SUBJECT),
    manager: '',
  };
  const server = await startServer(env);
  const pid = server.child.pid!;

  // The opening whose matches are ranked: of the demo's open openings, the one with the most
  // candidates, seen by a hiring manager of its host (matches answer 503 while the index builds).
  let best: { id: string; host: string; token: string; total: number } | null = null;
  for (const host of HOSTS) {
    const token = await sign(['HIRING_MANAGER'], host, `bench-hiring-manager-${host.toLowerCase()}`);
    const list = await gql(
      server.url,
      { query: `{ openings(first: 5, filter: { hostAgencies: ["${host}"] }) { edges { node { id } } } }` },
      token,
    );
    for (const { node } of (list.body.data?.openings?.edges ?? []) as { node: { id: string } }[]) {
      const q = {
        query: `query($id: ID!) { node(id: $id) { ... on Opening { matches(first: 1) { totalCount } } } }`,
        variables: { id: node.id },
      };
      let r = await gql(server.url, q, token);
      for (let i = 0; r.status === 503 && i < 240; i++) {
        await new Promise((res) => setTimeout(res, 500));
        r = await gql(server.url, q, token);
      }
      const total = r.body.data?.node?.matches?.totalCount ?? 0;
      if (!best || total > best.total) best = { id: node.id, host, token, total };
    }
  }
  if (!best) throw new Error('no open demo opening to rank candidates for');
  tokens.manager = best.token;
  const opening = { id: best.id };
  matchTargets[database] = { host: best.host, candidates: best.total };
  process.stderr.write(`${database}: matches of an opening hosted by ${best.host} (${best.total} candidates)\n`);

  const results: Measured[] = [];
  let yardstick: number | null = null;
  for (const row of rows(opening.id)) {
    const token = tokens[row.token];
    // One answer first, checked: a row that errs measures nothing. Matches answer 503 while the index builds.
    let check = await gql(server.url, row, token);
    for (let i = 0; check.status === 503 && i < 120; i++) {
      await new Promise((r) => setTimeout(r, 500));
      check = await gql(server.url, row, token);
    }
    if (check.status !== 200 || check.body.errors)
      throw new Error(`${database} ${row.key}: ${check.status} ${JSON.stringify(check.body).slice(0, 800)}`);
    const answer = row.size(check.body.data);
    const request: autocannon.Request = {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: row.query, variables: row.variables }),
    };
    let errors = 0;
    const cannon = (seconds: number) =>
      autocannon({
        url: server.url,
        connections: CONNECTIONS,
        duration: seconds,
        timeout: 30,
        requests: [
          {
            ...request,
            onResponse: (status, body) => {
              if (status !== 200 || body.includes('"errors"')) errors += 1;
            },
          },
        ],
      });
    if (WARMUP > 0) await cannon(WARMUP);
    errors = 0;
    await counter?.reset();
    const loadBefore = loadavg();
    const cpu0 = cpuMs(pid);
    const r = await cannon(DURATION);
    const cpu1 = cpuMs(pid);
    const loadAfter = loadavg();
    const sql = await counter?.read();
    if (server.child.exitCode !== null) throw new Error('the server exited during the run');
    const n = Math.max(1, r.requests.total);
    const rps = r.requests.total / r.duration;
    if (row.key === 'typename-employee') yardstick = rps;
    const m: Measured = {
      database,
      key: row.key,
      query: row.label,
      answer,
      requests: r.requests.total,
      seconds: r.duration,
      requestsPerSecond: Math.round(rps * 10) / 10,
      ratioToTokenTypename: yardstick ? Math.round((rps / yardstick) * 1000) / 1000 : null,
      cpuMsPerRequest: Math.round(((cpu1 - cpu0) / n) * 100) / 100,
      statementsPerRequest: sql ? Math.round((sql.calls / n) * 100) / 100 : null,
      sqlMsPerRequest: sql ? Math.round((sql.ms / n) * 1000) / 1000 : null,
      latencyMs: { p50: r.latency.p50, p99: r.latency.p99, mean: r.latency.mean },
      non2xx: r.non2xx,
      errors,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAfter,
      ...(sql ? { topStatements: sql.top } : {}),
    };
    results.push(m);
    process.stderr.write(
      `${database} ${row.key}: ${m.requestsPerSecond} req/s, ${m.cpuMsPerRequest} ms CPU, ${m.statementsPerRequest ?? '–'} statements, load ${loadAfter[0]}\n`,
    );
  }
  await server.stop();
  return { results, serverVersion };
}

function table(results: Measured[]): string {
  const f = (x: number, d = 1) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
  const lines = [
    '| database | query | answer | req/s | × token `{ __typename }` | node CPU / request | SQL statements / request (SQL time) | latency p50 / p99 | load avg (1 min) before → after |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const m of results) {
    const sql =
      m.statementsPerRequest === null ? 'n/a (PGlite)' : `${f(m.statementsPerRequest, 2)} (${f(m.sqlMsPerRequest!, 3)} ms)`;
    const bad = m.non2xx || m.errors ? ` ⚠ ${m.non2xx} non-2xx, ${m.errors} with errors` : '';
    lines.push(
      `| ${m.database} | ${m.query} | ${m.answer || '–'} | ${f(m.requestsPerSecond)}${bad} | ${m.ratioToTokenTypename === null ? '–' : f(m.ratioToTokenTypename, 2)} | ${f(m.cpuMsPerRequest, 2)} ms | ${sql} | ${m.latencyMs.p50} / ${m.latencyMs.p99} ms | ${m.loadAverageBefore[0]} → ${m.loadAverageAfter[0]} |`,
    );
  }
  return lines.join('\n');
}

async function main() {
  const started = new Date();
  const loadBefore = loadavg();
  const all: Measured[] = [];
  const versions: Record<string, string | null> = {};
  for (const database of DATABASES) {
    const { results, serverVersion } = await measure(database);
    all.push(...results);
    versions[database] = serverVersion;
  }
  const loadAfter = loadavg();
  const command = `npm run bench:api -- -d ${DURATION} -c ${CONNECTIONS} --warmup ${WARMUP} --db ${values.db}`;
  const file = writeResults('api', {
    command,
    date: started.toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      node: process.version,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAfter,
    },
    postgres: versions.postgres ?? null,
    statements:
      'pg_stat_statements (shared_preload_libraries on the throwaway cluster, reset before each run; calls of every statement in the database, utility statements included (track_utility is on by default), divided by the requests answered)',
    cpu: 'utime + stime of the server process from /proc/<pid>/stat, before and after each run, divided by the requests answered',
    profile: { subject: PERSON_SUBJECT, agency: person.agency },
    matches: matchTargets,
    results: all,
  });
  process.stdout.write(
    `\n${command}  (${os.cpus().length} CPUs, node ${process.version}; load average ${loadBefore.join(' ')} before, ${loadAfter.join(' ')} after)\n\n`,
  );
  process.stdout.write(`${table(all)}\n\nwrote ${file}\n`);
}

main()
  .catch((error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exitCode = 1;
  })
  .finally(() => cleanupAll());
