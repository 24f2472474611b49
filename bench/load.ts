/**
 * Load script (not part of the test suite): a mixed workload against the real server process on
 * 127.0.0.1, with autocannon. A throwaway PostgreSQL cluster (initdb in a temp dir, like the test
 * suite's) gets the migrations, the demo data and a generated, seeded population (default 2,000
 * openings and 2,000 profiles with 4–10 skills from the demo taxonomy); the server starts on it
 * (NODE_ENV=test: local tokens, no development extras; rate limiting off, since one principal
 * per role would exhaust it and that is not what this measures).
 *
 * The mix, per connection, repeats a cycle of 20 requests, 70% reads and 30% writes:
 *   reads  browse openings ×6 (keyword + 2 filters, types + remote, no filter, keyword, a skill
 *          with its narrower skills, host agency), my profile ×3, an opening's detail ×3,
 *          an opening's ranked matches as its hiring manager ×2
 *   writes applyToOpening ×2, withdrawApplication ×1 (the cycle's first application),
 *          updateMyProfile ×2, upsertProfile by HR ×1 (a new person each time)
 * Each cycle acts as the next of 200 generated employees; every application goes to a different
 * opening. Bounded: `-d` seconds (default 20) after a 3 s warm-up, `-c` connections (default 10).
 *
 *   npm run load -- [-d 20] [-c 10] [--openings 2000] [--profiles 2000] [--seed N]
 *
 * Reports requests/s, latency p50/p90/p99 (all requests, and per kind from the client's side),
 * non-2xx responses, and GraphQL errors by code plus mutation results by type. Writes
 * bench/results/load.json (git-ignored). About a minute on 2 cores, most of it the run itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Prisma, ProgramType, RemoteMode } from '@prisma/client';
import autocannon from 'autocannon';
import { seedDemo } from '../seeds/seed.js';
import { loadOrCreateLocalKey, signLocalToken } from '../src/platform/auth/local-key.js';
import type { Role } from '../src/platform/auth/principal.js';
import { openMigratedDatabase } from '../src/platform/db/client.js';
import { normalizeForSearch } from '../src/modules/openings/search-text.js';
import { freePort, startCluster } from '../tests/setup/postgres.js';
import { cleanupAll, cleanups, mulberry32, stats, writeResults, type Stats } from './lib.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const { values } = parseArgs({
  options: {
    duration: { type: 'string', short: 'd', default: '20' },
    connections: { type: 'string', short: 'c', default: '10' },
    openings: { type: 'string', default: '2000' },
    profiles: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '20261124' },
    warmup: { type: 'string', default: '3' },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const OPENINGS = Number(values.openings);
const PROFILES = Number(values.profiles);
const SEED = Number(values.seed);
const WARMUP = Number(values.warmup);
const EMPLOYEES = 200;
for (const [name, v, lo, hi] of [
  ['-d', DURATION, 1, 600],
  ['-c', CONNECTIONS, 1, 200],
  ['--openings', OPENINGS, 100, 50_000],
  ['--profiles', PROFILES, EMPLOYEES, 50_000],
  ['--warmup', WARMUP, 0, 60],
] as const) {
  if (!Number.isInteger(v) || v < lo || v > hi) throw new Error(`${name} must be an integer in ${lo}–${hi}`);
}
if (!Number.isInteger(SEED)) throw new Error('--seed must be an integer');

const DAY = 86_400_000;
const rand = mulberry32(SEED);
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const sample = <T>(xs: readonly T[], n: number): T[] => {
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
};

// ─── Data ──────────────────────────────────────────────────────────────────────────────────────

const ROLES_OF_WORK = [
  'Data analyst',
  'Cybersecurity engineer',
  'Policy advisor',
  'Software engineer',
  'Program analyst',
  'Budget analyst',
  'Contract specialist',
  'Geospatial analyst',
  'User researcher',
  'Cloud architect',
  'Grants specialist',
  'Statistician',
];
const PURPOSES = [
  'for the modernization office',
  'on the data strategy team',
  'for incident response',
  'supporting mission operations',
  'for the acquisition reform pilot',
  'on the customer experience team',
  'for the climate data program',
  'on the workforce analytics team',
];
const PROGRAM_TYPES: ProgramType[] = ['DETAIL', 'ROTATION', 'GIG', 'TOUR_OF_DUTY', 'FELLOWSHIP'];
const REMOTE: RemoteMode[] = ['ONSITE', 'HYBRID', 'REMOTE'];
const GIVEN = [
  'Ana',
  'Ben',
  'Chloe',
  'Darius',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Imani',
  'Jonas',
  'Keiko',
  'Luis',
  'Maya',
  'Noah',
  'Olga',
  'Priya',
];
const FAMILY = [
  'Adams',
  'Baker',
  'Chen',
  'Diaz',
  'Evans',
  'Fischer',
  'Garcia',
  'Huang',
  'Ibrahim',
  'Jensen',
  'Kim',
  'Lopez',
  'Moreno',
  'Nguyen',
  'Okafor',
  'Patel',
];
const CITIES = ['Washington, DC', 'Houston, TX', 'Denver, CO', 'Seattle, WA', 'Atlanta, GA', 'Boston, MA'];

interface Fixture {
  dbUrl: string;
  dataDir: string;
  employees: { subject: string; agency: string }[];
  openings: string[]; // global IDs of generated OPEN openings, for applications
  nasaOpenings: string[]; // global IDs of NASA's OPEN openings, for matches and details
  skills: string[]; // global IDs of skills that openings use
}

async function prepare(): Promise<Fixture> {
  const t = performance.now();
  const cluster = await startCluster();
  cleanups.push(() => cluster.destroy());
  const db = await openMigratedDatabase({ kind: 'postgres', url: cluster.url, poolSize: 4 });
  cleanups.push(() => db.close());
  const prisma = db.prisma;
  const demo = await seedDemo(prisma);
  const agencies = await prisma.agency.findMany({ select: { id: true, code: true, abbreviation: true } });
  const skills = await prisma.skill.findMany({ select: { id: true } });
  const nasa = agencies.find((a) => a.abbreviation === 'NASA')!;
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());

  // Openings: all OPEN and unrestricted (so any employee may apply), NASA hosting a quarter.
  const openingIds: string[] = [];
  for (let start = 0; start < OPENINGS; start += 1000) {
    const rows: Prisma.OpeningCreateManyInput[] = [];
    const links: Prisma.OpeningSkillCreateManyInput[] = [];
    for (let i = start; i < Math.min(OPENINGS, start + 1000); i++) {
      const id = randomUUID();
      const title = `${pick(ROLES_OF_WORK)} ${pick(PURPOSES)}`;
      const description = `${title}. Work with a cross-agency team on ${pick(['data pipelines', 'threat analysis', 'policy drafting', 'service design', 'budget models', 'mapping'])}; ${pick(['remote-friendly', 'travel required', 'mentoring included'])}.`;
      rows.push({
        id,
        hostAgencyId: rand() < 0.25 ? nasa.id : pick(agencies).id,
        externalId: `load-${i}`,
        title,
        description,
        programType: pick(PROGRAM_TYPES),
        status: 'OPEN',
        commitmentPercent: pick([10, 20, 25, 50, 100]),
        startDate: new Date(today + int(30, 120) * DAY),
        durationWeeks: int(4, 52),
        applicationDeadline: new Date(today + int(20, 25) * DAY),
        slots: int(1, 3),
        location: pick(CITIES),
        remoteMode: pick(REMOTE),
        requiresSupervisorApproval: rand() < 0.5,
        createdBySubject: 'load',
        publishedAt: new Date(today - DAY),
        listedAt: new Date(today - DAY + i * 1000),
        searchText: normalizeForSearch(`${title} ${description}`),
      });
      for (const [k, s] of sample(skills, int(3, 6)).entries()) {
        links.push({ openingId: id, skillId: s.id, minLevel: int(1, 4), weight: pick([1, 1, 2, 3]), required: k < 2 });
      }
      openingIds.push(id);
    }
    await prisma.opening.createMany({ data: rows });
    await prisma.openingSkill.createMany({ data: links });
  }

  // Profiles: discoverable, available, 4–10 skills each; the first EMPLOYEES have logins.
  const employees: Fixture['employees'] = [];
  for (let start = 0; start < PROFILES; start += 1000) {
    const rows: Prisma.ProfileCreateManyInput[] = [];
    const links: Prisma.ProfileSkillCreateManyInput[] = [];
    for (let i = start; i < Math.min(PROFILES, start + 1000); i++) {
      const id = randomUUID();
      const agency = rand() < 0.3 ? nasa : pick(agencies);
      const subject = `load-${i}`;
      rows.push({
        id,
        agencyId: agency.id,
        externalId: `LOAD-${i}`,
        subject,
        givenName: pick(GIVEN),
        familyName: pick(FAMILY),
        email: `${subject}@example.gov`,
        grade: int(7, 15),
        location: pick(CITIES),
        discoverable: rand() < 0.9,
        availablePercent: pick([20, 50, 100]),
      });
      for (const s of sample(skills, int(4, 10))) links.push({ profileId: id, skillId: s.id, level: int(1, 5) });
      if (i < EMPLOYEES) employees.push({ subject, agency: agency.code });
    }
    await prisma.profile.createMany({ data: rows });
    await prisma.profileSkill.createMany({ data: links });
  }
  await db.exec.script('ANALYZE');
  const nasaOpenings = await prisma.opening.findMany({
    where: { hostAgencyId: nasa.id, status: 'OPEN' },
    select: { id: true },
    take: 50,
  });
  const usedSkills = await prisma.openingSkill.findMany({ distinct: ['skillId'], select: { skillId: true }, take: 50 });
  process.stderr.write(
    `data: demo ${JSON.stringify(demo)} + ${OPENINGS} openings, ${PROFILES} profiles in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
  );
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tm-load-'));
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  return {
    dbUrl: cluster.url,
    dataDir,
    employees,
    openings: openingIds.map((id) => encodeGlobalID('Opening', id)),
    nasaOpenings: nasaOpenings.map((o) => encodeGlobalID('Opening', o.id)),
    skills: usedSkills.map((s) => encodeGlobalID('Skill', s.skillId)),
  };
}

async function startServer(f: Fixture): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/app/server.ts')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: f.dbUrl,
      DATA_DIR: f.dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      RATE_LIMIT_POINTS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  cleanups.push(async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  });
  const deadline = Date.now() + 120_000;
  while (!out.includes('"msg":"listening"')) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${out}`);
    if (Date.now() > deadline) throw new Error(`server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `http://127.0.0.1:${port}`, child };
}

// ─── The mix ───────────────────────────────────────────────────────────────────────────────────

const BROWSE = `query Browse($filter: OpeningFilter, $first: Int!) {
  openings(filter: $filter, first: $first) {
    totalCount
    edges { node { id title status programType hostAgency { abbreviation } startDate applicationDeadline commitmentPercent remoteMode location } }
  }
}`;
const PROFILE = `query MyProfile { viewer { subject profile { givenName familyName headline availablePercent skills { level skill { name scheme } evidence { source title } } } } }`;
const DETAIL = `query Detail($id: ID!) {
  node(id: $id) { ... on Opening { id title description status programType hostAgency { name } slots slotsFilled skills { minLevel weight required skill { name } } viewerEligibility { allowed reason } } }
}`;
const MATCHES = `query Matches($id: ID!) {
  node(id: $id) { ... on Opening { matches(first: 10) { totalCount edges { node { score coverage candidate { givenName familyName } explanation { requiredMet requiredTotal } } } } } }
}`;
const APPLY = `mutation Apply($input: ApplyToOpeningInput!) {
  applyToOpening(input: $input) { __typename ... on ApplyToOpeningPayload { application { id status } } ... on Error { code message } }
}`;
const WITHDRAW = `mutation Withdraw($input: WithdrawApplicationInput!) {
  withdrawApplication(input: $input) { __typename ... on WithdrawApplicationPayload { application { id status } } ... on Error { code message } }
}`;
const UPDATE_PROFILE = `mutation UpdateProfile($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) { __typename ... on UpdateMyProfilePayload { profile { headline } } ... on Error { code message } }
}`;
const UPSERT = `mutation Upsert($input: UpsertProfileInput!) {
  upsertProfile(input: $input) { __typename ... on UpsertProfilePayload { profile { id } } ... on Error { code message } }
}`;

interface Ctx {
  employee?: string; // token
  applicationId?: string;
  kind?: string;
  sentAt?: number;
}

interface Tally {
  responses: number;
  byStatus: Record<string, number>;
  errorCodes: Record<string, number>;
  results: Record<string, number>; // mutation __typename
  latencies: number[];
}

// Shared by the warm-up and the run, so no (employee, opening) pair is applied for twice.
let nextEmployee = 0;
let nextOpening = 0;
let nextPerson = 0;

function buildMix(f: Fixture, tokens: { employees: string[]; manager: string; hr: string }, run: string) {
  const tallies = new Map<string, Tally>();
  const bump = (r: Record<string, number>, k: string) => (r[k] = (r[k] ?? 0) + 1);

  type Make = (ctx: Ctx) => { kind: string; token: string; query: string; variables?: unknown };
  const employee = (ctx: Ctx) => (ctx.employee ??= tokens.employees[nextEmployee++ % tokens.employees.length]!);
  const browse =
    (variant: number): Make =>
    (ctx) => {
      const filters = [
        {
          keyword: pick(['data', 'cyber', 'analyst', 'engineer', 'policy']),
          programTypes: [pick(PROGRAM_TYPES)],
          remoteModes: ['REMOTE', 'HYBRID'],
        },
        { programTypes: [pick(PROGRAM_TYPES), pick(PROGRAM_TYPES)], remoteModes: [pick(REMOTE)] },
        undefined,
        { keyword: pick(['modernization', 'climate', 'grants', 'mission']) },
        { skills: [pick(f.skills)] },
        { hostAgencies: ['NASA'] },
      ];
      return { kind: 'read:browse', token: employee(ctx), query: BROWSE, variables: { filter: filters[variant], first: 20 } };
    };
  const profile: Make = (ctx) => ({ kind: 'read:profile', token: employee(ctx), query: PROFILE });
  const detail: Make = (ctx) => ({
    kind: 'read:detail',
    token: employee(ctx),
    query: DETAIL,
    variables: { id: pick(f.nasaOpenings) },
  });
  const matches: Make = () => ({
    kind: 'read:matches',
    token: tokens.manager,
    query: MATCHES,
    variables: { id: pick(f.nasaOpenings) },
  });
  const apply: Make = (ctx) => ({
    kind: 'write:apply',
    token: employee(ctx),
    query: APPLY,
    variables: { input: { opening: f.openings[nextOpening++ % f.openings.length], statement: 'I have done this work before.' } },
  });
  const withdraw: Make = (ctx) =>
    ctx.applicationId
      ? {
          kind: 'write:withdraw',
          token: employee(ctx),
          query: WITHDRAW,
          variables: { input: { application: ctx.applicationId, reason: 'Plans changed' } },
        }
      : // The cycle's application failed: nothing to withdraw, read instead (counted apart).
        { kind: 'read:profile (no application to withdraw)', token: employee(ctx), query: PROFILE };
  const update: Make = (ctx) => ({
    kind: 'write:updateMyProfile',
    token: employee(ctx),
    query: UPDATE_PROFILE,
    variables: { input: { headline: `Looking for a detail (${run}-${int(0, 1e9)})` } },
  });
  const upsert: Make = () => {
    const n = nextPerson++;
    return {
      kind: 'write:upsertProfile',
      token: tokens.hr,
      query: UPSERT,
      variables: {
        input: { externalId: `LOAD-NEW-${run}-${n}`, givenName: pick(GIVEN), familyName: pick(FAMILY), grade: int(7, 15) },
      },
    };
  };
  // 14 reads, 6 writes; writes spread through the cycle.
  const cycle: Make[] = [
    browse(0),
    profile,
    apply,
    detail,
    browse(1),
    matches,
    update,
    browse(2),
    detail,
    profile,
    withdraw,
    browse(3),
    matches,
    upsert,
    browse(4),
    detail,
    apply,
    profile,
    update,
    browse(5),
  ];

  // Request objects are shared by all connections: what one request needs at its response is
  // kept in the connection's context (autocannon's, one per connection, reset every cycle).
  const requests: autocannon.Request[] = cycle.map((make) => {
    return {
      method: 'POST',
      path: '/graphql',
      setupRequest: (req, context) => {
        const ctx = context as Ctx;
        const r = make(ctx);
        ctx.kind = r.kind;
        ctx.sentAt = performance.now();
        return {
          ...req,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${r.token}` },
          body: JSON.stringify({ query: r.query, variables: r.variables }),
        };
      },
      onResponse: (status, body, context) => {
        const ctx = context as Ctx;
        const kind = ctx.kind ?? 'unknown';
        const t = tallies.get(kind) ?? { responses: 0, byStatus: {}, errorCodes: {}, results: {}, latencies: [] };
        tallies.set(kind, t);
        t.responses += 1;
        if (ctx.sentAt !== undefined) t.latencies.push(performance.now() - ctx.sentAt);
        bump(t.byStatus, String(status));
        let parsed: {
          data?: Record<string, { __typename?: string; application?: { id?: string } } | null>;
          errors?: { extensions?: { code?: string } }[];
        } = {};
        try {
          parsed = JSON.parse(body);
        } catch {
          bump(t.errorCodes, 'NOT_JSON');
        }
        for (const e of parsed.errors ?? []) bump(t.errorCodes, e.extensions?.code ?? 'NONE');
        if (kind.startsWith('write:')) {
          const result = Object.values(parsed.data ?? {})[0];
          if (result?.__typename) bump(t.results, result.__typename);
          if (kind === 'write:apply' && result?.__typename === 'ApplyToOpeningPayload')
            ctx.applicationId ??= result.application?.id;
        }
      },
    };
  });
  return { requests, tallies };
}

// ─── Run ───────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const load = { before: os.loadavg().map((x) => Math.round(x * 100) / 100) };
  const fixture = await prepare();
  const key = await loadOrCreateLocalKey(path.join(fixture.dataDir, 'keys'));
  const sign = (roles: Role[], agency: string, subject: string) =>
    signLocalToken(key, { subject, roles, agency, expiresIn: '2h' });
  const tokens = {
    employees: await Promise.all(fixture.employees.map((e) => sign(['EMPLOYEE'], e.agency, e.subject))),
    manager: await sign(['HIRING_MANAGER'], 'NASA', 'load-hiring-manager'),
    hr: await sign(['HR_SPECIALIST'], 'NASA', 'load-hr'),
  };
  const server = await startServer(fixture);
  const run = Date.now().toString(36);

  const cannon = async (seconds: number, title: string) => {
    const mix = buildMix(fixture, tokens, `${run}-${title}`);
    const result = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: seconds,
      timeout: 30,
      requests: mix.requests,
      title,
    });
    return { result, tallies: mix.tallies };
  };
  if (WARMUP > 0) await cannon(WARMUP, 'warmup');
  load.before = os.loadavg().map((x) => Math.round(x * 100) / 100);
  const { result, tallies } = await cannon(DURATION, 'mixed');
  const loadAfter = os.loadavg().map((x) => Math.round(x * 100) / 100);
  if (server.child.exitCode !== null) throw new Error('the server exited during the run');

  const errorCodes: Record<string, number> = {};
  const results: Record<string, number> = {};
  const kinds: Record<
    string,
    {
      responses: number;
      byStatus: Record<string, number>;
      errorCodes: Record<string, number>;
      results: Record<string, number>;
      latencyMs: Stats;
    }
  > = {};
  for (const [kind, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    for (const [c, n] of Object.entries(t.errorCodes)) errorCodes[c] = (errorCodes[c] ?? 0) + n;
    for (const [c, n] of Object.entries(t.results)) results[c] = (results[c] ?? 0) + n;
    kinds[kind] = {
      responses: t.responses,
      byStatus: t.byStatus,
      errorCodes: t.errorCodes,
      results: t.results,
      latencyMs: stats(t.latencies, 1),
    };
  }
  const reads = Object.entries(kinds)
    .filter(([k]) => k.startsWith('read:'))
    .reduce((s, [, v]) => s + v.responses, 0);
  const writes = Object.entries(kinds)
    .filter(([k]) => k.startsWith('write:'))
    .reduce((s, [, v]) => s + v.responses, 0);
  const report = {
    command: `npm run load -- -d ${DURATION} -c ${CONNECTIONS} --openings ${OPENINGS} --profiles ${PROFILES} --seed ${SEED}`,
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      node: process.version,
      loadAverageBefore: load.before,
      loadAverageAfter: loadAfter,
    },
    data: { openings: OPENINGS, profiles: PROFILES, employees: EMPLOYEES, demo: 'seeds/seed.ts' },
    durationSeconds: result.duration,
    connections: CONNECTIONS,
    requests: {
      total: result.requests.total,
      perSecond: { mean: result.requests.average, p50: result.requests.p50, min: result.requests.min },
    },
    mix: { reads, writes, writeShare: Math.round((writes / Math.max(1, reads + writes)) * 1000) / 1000 },
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: result.latency.mean,
    },
    non2xx: result.non2xx,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    graphqlErrorsByCode: errorCodes,
    mutationResults: results,
    byKind: kinds,
  };
  writeResults('load', report);

  const line = (k: string, v: unknown) => process.stdout.write(`${k.padEnd(28)} ${v}\n`);
  process.stdout.write('\nMixed workload (autocannon, loopback)\n');
  line('command', report.command);
  line('load average before/after', `${load.before.join(' ')} / ${loadAfter.join(' ')}`);
  line('requests', `${result.requests.total} in ${result.duration} s, ${reads} reads / ${writes} writes`);
  line('throughput', `${result.requests.average.toFixed(1)} req/s (mean), ${result.requests.p50} (median second)`);
  line(
    'latency p50 / p90 / p99',
    `${result.latency.p50} / ${result.latency.p90} / ${result.latency.p99} ms (max ${result.latency.max})`,
  );
  line('non-2xx', result.non2xx);
  line('connection errors/timeouts', `${result.errors} / ${result.timeouts}`);
  line('GraphQL errors by code', JSON.stringify(errorCodes));
  line('mutation results', JSON.stringify(results));
  process.stdout.write('\nper kind (client-side latency, ms)\n');
  for (const [k, v] of Object.entries(kinds)) {
    line(
      `  ${k}`,
      `n=${v.responses} p50 ${v.latencyMs.p50} p99 ${v.latencyMs.p99}${Object.keys(v.errorCodes).length ? ` errors ${JSON.stringify(v.errorCodes)}` : ''}`,
    );
  }
  process.stdout.write('\nwrote bench/results/load.json\n');
}

main()
  .catch((error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exitCode = 1;
  })
  .finally(() => cleanupAll());
