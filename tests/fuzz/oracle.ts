/**
 * The fuzz oracle: runs one generated request against the in-process app (yoga.fetch) and says
 * whether it broke a rule:
 *  - no HTTP 5xx, and every answer is a GraphQL JSON body;
 *  - every response header is one Node would send (node:http refuses CR, LF, NUL and characters
 *    above U+00FF and then answers nothing at all; yoga.fetch does not check);
 *  - no masked internal error (code INTERNAL_SERVER_ERROR or "Unexpected error."): each is a bug;
 *  - no message that leaks internals (Prisma, SQL, PostgreSQL errors, stack frames, file paths),
 *    unless the request itself contained that text (messages may quote the input);
 *  - a refused mutation (no data for the field, or a typed `…Error` result) leaves the database
 *    exactly as it was, disclosure and audit logs included (fingerprint before and after).
 * Cases must run one at a time: the fingerprint sees every write.
 */
import http from 'node:http';
import type { PrismaClient } from '@prisma/client';
import { SignJWT } from 'jose';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../src/app/config.js';
import type { Database } from '../../src/platform/db/client.js';
import type { TestApp } from '../helpers/app.js';
import type { FuzzCase, Pools, PrincipalSpec } from './arbitraries.js';

export interface Verdict {
  /** Tally key: ok, typed:<Type>, forbidden, validation, unauthenticated, error:<code>, … */
  outcome: string;
  /** Why the case broke a rule; undefined when it did not. */
  failure?: string;
  /** HTTP status and the start of the body, for logs. */
  response?: string;
}

const LEAKS: [string, RegExp][] = [
  ['Prisma', /prisma|Invalid `.*` invocation|\bP[1-5]\d{3}\b/i],
  [
    'PostgreSQL',
    /invalid input syntax|syntax error at or near|violates .* constraint|duplicate key|foreign key|unique constraint|out of range for type|invalid byte sequence|relation "[^"]+"|column "[^"]+"|\bSQLSTATE\b/i,
  ],
  ['SQL', /\b(SELECT|INSERT|UPDATE|DELETE)\b[\s\S]*\b(FROM|INTO|SET)\b/],
  ['stack trace', /\bat [\w$.<>]+ \(?[^)]*:\d+:\d+\)?|node:internal/],
  ['file path', /node_modules|\/work\/|\/src\/|\.ts:\d+|file:\/\//],
  [
    'JS error',
    /\b(TypeError|ReferenceError|RangeError|SyntaxError: Unexpected token)\b|Cannot read propert|is not a function|undefined is not|Invalid time value|Maximum call stack/,
  ],
  ['connection', /ECONN|ETIMEDOUT|Connection terminated|timeout exceeded when trying to connect/i],
];

interface GqlError {
  message?: unknown;
  path?: unknown[];
  extensions?: { code?: unknown };
}
interface Body {
  data?: Record<string, unknown> | null;
  errors?: GqlError[];
}

/** Every `message` string in the response: top-level errors and typed error results. */
function messagesOf(body: Body): string[] {
  const out: string[] = [];
  for (const e of body.errors ?? []) if (typeof e.message === 'string') out.push(e.message);
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      for (const [k, v] of Object.entries(x)) {
        if (k === 'message' && typeof v === 'string') out.push(v);
        else walk(v);
      }
    }
  };
  walk(body.data);
  return out;
}

/**
 * Database fingerprint: per application table, row count and md5 of its rows' text in order,
 * in one query (built once from the catalog, so new tables are covered without edits).
 */
export async function fingerprintQuery(prisma: PrismaClient): Promise<string> {
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  if (!tables.length) throw new Error('no tables to fingerprint');
  return tables
    .map(({ name }) => {
      const id = `"${name.replace(/"/g, '""')}"`;
      return `SELECT '${name.replace(/'/g, "''")}' AS t, count(*)::int AS n, md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) AS h FROM ${id} x`;
    })
    .join('\nUNION ALL\n');
}

export class FuzzOracle {
  private readonly tokens = new Map<string, Promise<string>>();
  /** The fingerprint after the last mutation, while nothing else ran since. */
  private last: string | null = null;
  readonly tally = new Map<string, number>();
  /** Cases per variant of request (GET, malformed GET parameters, hostile claims), beside the outcomes. */
  readonly variants = new Map<string, number>();

  private runs = 0;

  private constructor(
    readonly app: TestApp,
    readonly db: Database,
    private readonly sql: string,
    private readonly nodeTypes: string[],
    /** Real rows for the generators; IDs are reloaded every `refreshEvery` cases. */
    readonly pools: Pools,
    private readonly refreshEvery: number,
  ) {}

  static async create(app: TestApp, db: Database, nodeTypes: string[], refreshEvery = 250): Promise<FuzzOracle> {
    return new FuzzOracle(
      app,
      db,
      await fingerprintQuery(db.prisma),
      nodeTypes,
      await loadPools(db.prisma, nodeTypes),
      refreshEvery,
    );
  }

  async fingerprint(): Promise<string> {
    const rows = await this.db.prisma.$queryRawUnsafe<{ t: string; n: number; h: string }[]>(this.sql);
    return rows.map((r) => `${r.t}:${r.n}:${r.h}`).join(' ');
  }

  private authorization(p: PrincipalSpec): Promise<string | null> {
    if (p.kind === 'anonymous') return Promise.resolve(null);
    if (p.kind === 'garbage') return Promise.resolve(p.header);
    if (p.kind === 'claims') {
      // Signed now (iat: 'now' is the current time), valid for an hour: only the claims are hostile.
      const now = Math.floor(Date.now() / 1000);
      const claims = {
        ...p.claims,
        iat: p.claims.iat === 'now' ? now : p.claims.iat,
        exp: now + 3600,
        iss: LOCAL_ISSUER,
        aud: LOCAL_AUDIENCE,
      };
      return new SignJWT(claims as never)
        .setProtectedHeader({ alg: 'ES256', kid: this.app.key.kid })
        .sign(this.app.key.privateKey)
        .then((t) => `${p.scheme} ${t}`);
    }
    const key = JSON.stringify(p);
    let t = this.tokens.get(key);
    if (!t) {
      t = this.app
        .token(p.roles, p.agency, { subject: p.subject, ...(p.scopes ? { scopes: p.scopes } : {}) })
        .then((s) => `Bearer ${s}`);
      this.tokens.set(key, t);
    }
    return t;
  }

  /** Runs a case and judges it; counts the outcome in `tally`. */
  async run(c: FuzzCase): Promise<Verdict> {
    // Rows created by the run (rotations from selections, new openings) become targets too.
    if (++this.runs % this.refreshEvery === 0)
      Object.assign(this.pools.ids, (await loadPools(this.db.prisma, this.nodeTypes)).ids);
    const verdict = await this.judge(c);
    const key = verdict.failure ? 'FAILURE' : verdict.outcome;
    this.tally.set(key, (this.tally.get(key) ?? 0) + 1);
    for (const variant of variantsOf(c)) this.variants.set(variant, (this.variants.get(variant) ?? 0) + 1);
    return verdict;
  }

  /** The request as the case's transport sends it. */
  private async send(c: FuzzCase, authorization: string | null): Promise<Response> {
    const headers = {
      accept: 'application/graphql-response+json, application/json',
      ...(authorization ? { authorization } : {}),
    };
    if (c.transport.kind === 'get') {
      const params = new URLSearchParams({ query: c.query });
      const variables = c.transport.variables ?? (Object.keys(c.variables).length ? JSON.stringify(c.variables) : undefined);
      if (variables !== undefined) params.set('variables', variables);
      if (c.transport.extensions !== undefined) params.set('extensions', c.transport.extensions);
      return this.app.yoga.fetch(`http://test/graphql?${params}`, { method: 'GET', headers });
    }
    return this.app.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: c.query, variables: c.variables }),
    });
  }

  private async judge(c: FuzzCase): Promise<Verdict> {
    const mutation = c.operation === 'mutation';
    const before = mutation ? (this.last ?? (await this.fingerprint())) : null;
    this.last = null;
    const authorization = await this.authorization(c.principal);
    const p = c.principal;
    const t = c.transport;
    const requestText = [
      c.query,
      JSON.stringify(c.variables),
      p.kind === 'garbage' ? p.header : p.kind === 'claims' ? JSON.stringify(p.claims) : '',
      t.kind === 'get' ? `${t.variables ?? ''}\n${t.extensions ?? ''}` : '',
    ].join('\n');

    const res = await this.send(c, authorization);
    const text = await res.text();
    if (res.status >= 500) return { outcome: `http-${res.status}`, failure: `HTTP ${res.status}: ${text.slice(0, 2000)}` };
    for (const [name, value] of res.headers) {
      try {
        http.validateHeaderValue(name, value);
      } catch {
        return {
          outcome: `http-${res.status}`,
          failure: `response header ${name} has a value node:http refuses (no response would be sent): ${JSON.stringify(value.slice(0, 300))}`,
        };
      }
    }
    let body: Body;
    try {
      body = JSON.parse(text) as Body;
    } catch {
      return { outcome: `http-${res.status}`, failure: `HTTP ${res.status} with a body that is not JSON: ${text.slice(0, 500)}` };
    }

    const problems: string[] = [];
    for (const e of body.errors ?? []) {
      if (e.extensions?.code === 'INTERNAL_SERVER_ERROR' || e.message === 'Unexpected error.') {
        problems.push(`internal error: ${JSON.stringify(e)}`);
      }
    }
    for (const m of messagesOf(body)) {
      for (const [what, re] of LEAKS) {
        if (re.test(m) && !re.test(requestText)) problems.push(`message leaks ${what}: ${JSON.stringify(m.slice(0, 500))}`);
      }
    }

    const outcome = classify(c, res.status, body);
    const response = `HTTP ${res.status} ${text.slice(0, 600)}`;
    if (mutation) {
      const result = body.data?.[c.field] as { __typename?: string } | null | undefined;
      // Refused: a typed error, or no result with an error at the field itself (or before execution).
      // An error only inside the selection (e.g. a bad page size under `data`) came after the
      // mutation ran, and nulls the result by non-null propagation: that mutation was accepted.
      const fieldFailed = (body.errors ?? []).some((e) => !Array.isArray(e.path) || e.path.length <= 1);
      const refused =
        (result == null && (fieldFailed || !body.errors?.length)) ||
        (typeof result?.__typename === 'string' && result.__typename.endsWith('Error'));
      const after = await this.fingerprint();
      this.last = after;
      if (refused && after !== before)
        problems.push(`refused mutation (${outcome}) changed the database:\n  ${diff(before!, after)}`);
    }
    if (problems.length)
      return { outcome, response, failure: `${problems.join('\n')}\nHTTP ${res.status}: ${text.slice(0, 1500)}` };
    return { outcome, response };
  }
}

/** The variants of request a case exercises, for the run's report. */
function variantsOf(c: FuzzCase): string[] {
  const out: string[] = [];
  if (c.transport.kind === 'get')
    out.push(
      c.transport.variables !== undefined || c.transport.extensions !== undefined ? 'GET, raw variables/extensions' : 'GET',
    );
  if (c.principal.kind === 'claims') out.push('signed token, hostile claims');
  if (c.principal.kind === 'garbage') out.push('garbage Authorization');
  return out;
}

/** Which tables differ between two fingerprints. */
function diff(a: string, b: string): string {
  const parse = (s: string) => new Map(s.split(' ').map((x) => [x.split(':')[0]!, x] as const));
  const [x, y] = [parse(a), parse(b)];
  const changed = [...new Set([...x.keys(), ...y.keys()])].filter((k) => x.get(k) !== y.get(k));
  return changed.map((k) => `${x.get(k) ?? `${k}:absent`} → ${(y.get(k) ?? 'absent').replace(`${k}:`, '')}`).join('\n  ');
}

function classify(c: FuzzCase, status: number, body: Body): string {
  const errors = body.errors ?? [];
  const codes = errors.map((e) => String(e.extensions?.code ?? ''));
  if (status === 401) return 'unauthenticated';
  if (status === 403 || codes.includes('FORBIDDEN')) return 'forbidden';
  // 400: syntax, validation against the schema, variable coercion, limits before execution.
  if (status === 400) return codes.some((x) => /LIMIT|COST|DEPTH|ALIAS|TOKEN/i.test(x)) ? `limit:${codes[0]}` : 'validation';
  if (status !== 200) return `http-${status}${codes[0] ? `:${codes[0]}` : ''}`;
  const result = body.data?.[c.field] as { __typename?: string } | null | undefined;
  if (result && typeof result === 'object' && !Array.isArray(result) && result.__typename?.endsWith('Error')) {
    return result.__typename === 'ForbiddenError' ? 'forbidden' : `typed:${result.__typename}`;
  }
  if (errors.length) {
    if (codes.some((x) => /VALIDATION|PARSE|BAD_USER_INPUT/.test(x))) return 'validation';
    // Relay's global ID checks (malformed, or of another type) carry no code.
    if (errors.every((e) => typeof e.message === 'string' && /^Invalid global ID|^ID: .* is not of type/.test(e.message)))
      return 'invalid-id';
    return `error:${codes.find(Boolean) ?? 'no code'}`;
  }
  return c.operation === 'mutation' ? 'ok (mutation)' : 'ok';
}

/** Real rows to mix into generated values: IDs per Node type, agencies, seeded people. */
export async function loadPools(prisma: PrismaClient, nodeTypes: string[]): Promise<Pools> {
  // Sorted by content rather than by UUID, so a seed picks the same logical rows on every run.
  const stable = <T extends Record<string, unknown>>(rows: T[]) =>
    rows
      .map((r) => [JSON.stringify(Object.entries(r).filter(([k]) => !/(^id|Id|At)$/.test(k))), r] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, r]) => r);
  const ids: Record<string, string[]> = {};
  for (const t of nodeTypes) {
    const model = (prisma as unknown as Record<string, { findMany?: (a: object) => Promise<Record<string, unknown>[]> }>)[
      t[0]!.toLowerCase() + t.slice(1)
    ];
    if (!model?.findMany) continue;
    ids[t] = stable(await model.findMany({ take: 500 }))
      .slice(0, 200)
      .map((r) => String(r.id));
  }
  const agencies = stable(await prisma.agency.findMany({ select: { code: true, abbreviation: true } }));
  const people = stable(
    await prisma.profile.findMany({
      where: { subject: { not: null } },
      select: { subject: true, externalId: true, agency: { select: { code: true, abbreviation: true } } },
    }),
  );
  const skills = stable(await prisma.skill.findMany({ select: { code: true }, take: 200 }));
  const openings = stable(
    await prisma.opening.findMany({ select: { externalId: true, hostAgency: { select: { code: true, abbreviation: true } } } }),
  );
  return {
    ids,
    agencies: agencies.flatMap((a) => [a.abbreviation ?? a.code, a.code]),
    people: people.map((p) => ({
      subject: p.subject!,
      externalId: p.externalId ?? '',
      agency: p.agency.abbreviation ?? p.agency.code,
    })),
    codes: skills.map((s) => s.code),
    externalIds: openings.flatMap((o) => (o.externalId ? [o.externalId] : [])),
    hostAgencies: [...new Set(openings.map((o) => o.hostAgency.abbreviation ?? o.hostAgency.code))],
  };
}

/** The tally as aligned lines, most frequent first. */
export function formatTally(tally: Map<string, number>): string {
  const rows = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const width = Math.max(...rows.map(([k]) => k.length), 8);
  return rows.map(([k, n]) => `  ${k.padEnd(width)} ${String(n).padStart(6)}`).join('\n');
}
