/**
 * The authorization matrix, generated from the executable schema: every root field (query,
 * mutation, subscription) × every principal kind (anonymous, each human role, read- and
 * write-scoped integrations), against the expected decision in tests/authz/rules.ts.
 *
 * For each cell the test builds a minimal operation from the schema alone: required arguments
 * filled with type-correct dummy values (input objects recursively, lists of one, the first enum
 * value, global IDs of the type the argument is declared for), `first: 1` on connections, and
 * `__typename` as the selection. It sends it through the real Yoga handler with a token for the
 * principal and classifies the answer:
 *   deny  = a FORBIDDEN or UNAUTHENTICATED error, or a typed ForbiddenError result;
 *   allow = anything else that got past authorization (data, NotFound, Validation, InvalidState…);
 *   an internal error, a rate-limit refusal, or a request refused before authorization (invalid
 *   operation, bad input) fails the cell: that cell would say nothing about authorization.
 * Dummy arguments reference nothing that exists, so an "allow" is decided at field level, never
 * by the data; object-level rules (which agency, whose profile) are tested per domain, see the
 * last describe block.
 *
 * Subscriptions are checked over SSE against a second app whose event bus counts subscribers:
 * a cell is "allow" when the subscription reached the bus, "deny" when the stream answered with
 * a refusal instead; no timing involved.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  print,
  type ArgumentNode,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role, Scope } from '../../src/platform/auth/principal.js';
import { createVerifier } from '../../src/platform/auth/verify.js';
import { loadConfig } from '../../src/app/config.js';
import { createEventBus, type EventBus } from '../../src/platform/pubsub/bus.js';
import { createLogger } from '../../src/app/logger.js';
import { schema } from '../../src/graphql/index.js';
import { createApp } from '../../src/app/yoga.js';
import { PRINCIPALS, RULES, type Decision, type PrincipalKind } from '../authz/rules.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createPostgresDatabase, type TestDatabase } from '../helpers/db.js';
import { insertAgencies } from '../helpers/fixtures.js';

// ─── The schema's root fields and their rules ────────────────────────────────

const ROOTS = { Query: 'query', Mutation: 'mutation', Subscription: 'subscription' } as const;
type RootName = keyof typeof ROOTS;

const rootFields = (Object.keys(ROOTS) as RootName[]).flatMap((root) => {
  const type =
    root === 'Query' ? schema.getQueryType() : root === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return type ? Object.values(type.getFields()).map((field) => ({ root, field, key: `${root}.${field.name}` })) : [];
});
const fieldByKey = new Map(rootFields.map((f) => [f.key, f]));

/** Argument literals, `direction: OUTGOING, first: 5`, as AST nodes. */
function parseArgs(text: string | undefined): readonly ArgumentNode[] {
  if (!text) return [];
  const op = parse(`{ f(${text}) }`).definitions[0] as OperationDefinitionNode;
  return (op.selectionSet.selections[0] as FieldNode).arguments ?? [];
}

/** `Query.agencyRotations(direction: OUTGOING)` → the field's key and the argument literals. */
function parseRuleKey(key: string): { fieldKey: string; args: readonly ArgumentNode[] } {
  const m = /^(\w+)\.(\w+)(?:\((.*)\))?$/s.exec(key);
  if (!m) throw new Error(`rule key "${key}" is not Type.field or Type.field(args)`);
  return { fieldKey: `${m[1]}.${m[2]}`, args: parseArgs(m[3]) };
}

// ─── Minimal operations from the schema ──────────────────────────────────────

/** The type a global ID argument is declared for (Pothos relay `for`), else a plausible one. */
function globalIdType(arg: GraphQLArgument | GraphQLInputField): string {
  const forTypes = arg.extensions?.relayGlobalIDFor as { typename: string }[] | null | undefined;
  return forTypes?.[0]?.typename ?? 'Opening';
}

const SCALARS: Record<string, () => string> = {
  // Passes the usual string rules (length, code patterns) so validation does not answer first.
  String: () => '"authz-1"',
  Int: () => '1',
  Float: () => '1',
  Boolean: () => 'true',
  Date: () => '"2030-01-15"',
  DateTime: () => '"2030-01-15T12:00:00.000Z"',
  JSON: () => '{}',
};

/** A type-correct literal for an input type: required fields only, lists of one, first enum value. */
function literal(type: GraphQLInputType, owner: GraphQLArgument | GraphQLInputField, depth = 0): string {
  if (depth > 8) throw new Error(`input types nest too deep at ${owner.name}`);
  if (isNonNullType(type)) return literal(type.ofType, owner, depth);
  if (isListType(type)) return `[${literal(type.ofType, owner, depth + 1)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, f, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    if (type.name === 'ID') return JSON.stringify(encodeGlobalID(globalIdType(owner), randomUUID()));
    const make = SCALARS[type.name];
    if (!make) throw new Error(`no dummy value for scalar ${type.name} (argument ${owner.name}): add one to SCALARS`);
    return make();
  }
  throw new Error(`unexpected input type ${String(type)}`);
}

/** One operation calling `field` with its required arguments (and `first: 1`), selecting `__typename`. */
function operationFor(root: RootName, field: GraphQLField<unknown, unknown>, overrides: readonly ArgumentNode[]): string {
  const given = new Map(overrides.map((a) => [a.name.value, print(a.value)]));
  for (const name of given.keys()) {
    if (!field.args.some((a) => a.name === name))
      throw new Error(`rule for ${root}.${field.name} names an argument "${name}" the field does not have`);
  }
  const args = field.args.flatMap((a) => {
    if (given.has(a.name)) return [`${a.name}: ${given.get(a.name)}`];
    if (isNonNullType(a.type) && a.defaultValue === undefined) return [`${a.name}: ${literal(a.type, a)}`];
    // Connections: the smallest page (page sizes may be required).
    if (a.name === 'first' && getNamedType(a.type).name === 'Int') return ['first: 1'];
    return [];
  });
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${ROOTS[root]} AuthzMatrix { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

// ─── Cells ───────────────────────────────────────────────────────────────────

interface Cell {
  name: string;
  ruleKey: string;
  root: RootName;
  field: string;
  principal: PrincipalKind;
  expected: Decision;
  why: string;
  document: string;
}

const ruleErrors: string[] = [];
const cells: Cell[] = [];
for (const [ruleKey, rule] of Object.entries(RULES)) {
  let parsed: ReturnType<typeof parseRuleKey>;
  try {
    parsed = parseRuleKey(ruleKey);
  } catch (error) {
    ruleErrors.push((error as Error).message);
    continue;
  }
  const target = fieldByKey.get(parsed.fieldKey);
  if (!target) continue; // reported by the coverage test
  let document: string;
  try {
    const fromKey = new Set(parsed.args.map((a) => a.name.value));
    document = operationFor(target.root, target.field, [
      ...parsed.args,
      ...parseArgs(rule.args).filter((a) => !fromKey.has(a.name.value)),
    ]);
    parse(document);
  } catch (error) {
    ruleErrors.push(`${ruleKey}: ${(error as Error).message}`);
    continue;
  }
  for (const principal of PRINCIPALS) {
    cells.push({
      name: `${ruleKey} × ${principal}`,
      ruleKey,
      root: target.root,
      field: target.field.name,
      principal,
      expected: rule.expect[principal],
      why: rule.why,
      document,
    });
  }
}

const TOKENS: Record<Exclude<PrincipalKind, 'ANONYMOUS'>, { roles: Role[]; scopes?: Scope[] }> = {
  EMPLOYEE: { roles: ['EMPLOYEE'] },
  HIRING_MANAGER: { roles: ['HIRING_MANAGER'] },
  HR_SPECIALIST: { roles: ['HR_SPECIALIST'] },
  ADMIN: { roles: ['ADMIN'] },
  INTEGRATION_READ: { roles: ['INTEGRATION'], scopes: ['read'] },
  INTEGRATION_WRITE: { roles: ['INTEGRATION'], scopes: ['write'] },
  PRIVACY_OFFICER: { roles: ['PRIVACY_OFFICER'] },
};

/** What a cell's request came to: a decision, or why the cell says nothing about authorization. */
interface Outcome {
  decision: Decision | 'broken';
  /** The typed result, the error code, or "data": shown in failure messages. */
  detail: string;
}

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const DENY_CODES = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);
/** Refusals before authorization runs: the generated operation, not the rules, would be at fault. */
const PRE_AUTH_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);

function classify(status: number, body: Body, field: string): Outcome {
  if (status === 429) return { decision: 'broken', detail: `HTTP 429 (rate limited): ${JSON.stringify(body)}` };
  if (status === 401) return { decision: 'deny', detail: 'HTTP 401' };
  const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
  const messages = (body.errors ?? []).map((e) => `${e.extensions?.code ?? 'NO_CODE'}: ${e.message}`).join('; ');
  if (codes.some((c) => c === 'INTERNAL_SERVER_ERROR' || c === 'NO_CODE'))
    return { decision: 'broken', detail: `internal error: ${messages}` };
  if (codes.some((c) => PRE_AUTH_CODES.has(c)))
    return { decision: 'broken', detail: `refused before authorization: ${messages}` };
  if (codes.some((c) => DENY_CODES.has(c))) return { decision: 'deny', detail: codes.join(',') };
  if (status !== 200) return { decision: 'broken', detail: `HTTP ${status}: ${JSON.stringify(body)}` };
  const value = body.data?.[field];
  const typename = value && typeof value === 'object' && '__typename' in value ? String(value.__typename) : null;
  if (typename === 'ForbiddenError') return { decision: 'deny', detail: typename };
  return { decision: 'allow', detail: codes.length ? codes.join(',') : (typename ?? 'data') };
}

// ─── Subscriptions over SSE ──────────────────────────────────────────────────

/** The first `next` payload of an SSE stream, or null when the stream ends without one. */
async function firstNext(body: ReadableStream<Uint8Array>): Promise<Body | null> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return null;
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const lines = block.split('\n');
        if (lines.includes('event: next')) {
          return JSON.parse(
            lines
              .filter((l) => l.startsWith('data:'))
              .map((l) => l.slice(5).trimStart())
              .join('\n'),
          ) as Body;
        }
      }
    }
  } catch {
    return null; // aborted
  } finally {
    reader.releaseLock();
  }
}

// ─── The test ────────────────────────────────────────────────────────────────

/** Requests in flight at once: enough to overlap database round trips on 2 cores. */
const CONCURRENCY = 4;

let db: TestDatabase;
let app: TestApp;
let sseApp: ReturnType<typeof createApp>;
let onSubscribe: () => void = () => {};
const tokens = {} as Record<PrincipalKind, string | undefined>;
const outcomes = new Map<string, Outcome>();

async function runQueryOrMutation(cell: Cell): Promise<Outcome> {
  const token = tokens[cell.principal];
  const res = await app.yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: cell.document }),
  });
  const text = await res.text();
  let body: Body;
  try {
    body = JSON.parse(text) as Body;
  } catch {
    return { decision: 'broken', detail: `HTTP ${res.status}, not JSON: ${text.slice(0, 200)}` };
  }
  return classify(res.status, body, cell.field);
}

async function runSubscription(cell: Cell): Promise<Outcome> {
  const token = tokens[cell.principal];
  const abort = new AbortController();
  const subscribed = new Promise<'subscribed'>((resolve) => (onSubscribe = () => resolve('subscribed')));
  try {
    const res = await sseApp.fetch('http://test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: cell.document }),
      signal: abort.signal,
    });
    if (!res.headers.get('content-type')?.includes('text/event-stream')) {
      return classify(res.status, (await res.json()) as Body, cell.field);
    }
    const first = await Promise.race([subscribed, firstNext(res.body!)]);
    if (first === 'subscribed') return { decision: 'allow', detail: 'subscribed' };
    if (first === null) return { decision: 'broken', detail: 'the stream ended without a result and without subscribing' };
    return classify(res.status, first, cell.field);
  } finally {
    onSubscribe = () => {};
    abort.abort();
  }
}

beforeAll(async () => {
  db = await createPostgresDatabase(4);
  await insertAgencies(db.prisma);
  app = await createTestApp(db);
  tokens.ANONYMOUS = undefined;
  for (const [kind, t] of Object.entries(TOKENS)) {
    tokens[kind as PrincipalKind] = await app.token(t.roles, 'NASA', t.scopes ? { scopes: t.scopes } : {});
  }

  // The subscription app: the same database, key and index, with an event bus that says when
  // a subscription reached it (which happens only past authorization).
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tm-authz-'));
  process.once('exit', () => fs.rmSync(dataDir, { recursive: true, force: true }));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const bus = createEventBus();
  const counting: EventBus = {
    ...bus,
    subscribe: (after) => {
      onSubscribe();
      return bus.subscribe(after);
    },
  };
  sseApp = createApp({
    config,
    prisma: db.prisma,
    verify: createVerifier(config.auth, app.key.publicKey),
    log: createLogger(config.logLevel),
    ping: db.ping,
    matching: app.matching,
    events: counting,
  });

  // A worker takes one rule's seven cells at a time: the same dummy input from two principals
  // at once would race with itself (e.g. two upserts of one new employee ID).
  const groups = new Map<string, Cell[]>();
  for (const c of cells) if (c.root !== 'Subscription') groups.set(c.ruleKey, [...(groups.get(c.ruleKey) ?? []), c]);
  const queue = [...groups.values()];
  const worker = async () => {
    for (let group = queue.shift(); group; group = queue.shift()) {
      for (const cell of group) {
        try {
          outcomes.set(cell.name, await runQueryOrMutation(cell));
        } catch (error) {
          outcomes.set(cell.name, { decision: 'broken', detail: `request failed: ${String(error)}` });
        }
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  // One subscription at a time: the bus's signal belongs to the request in flight.
  for (const cell of cells.filter((c) => c.root === 'Subscription')) {
    try {
      outcomes.set(cell.name, await runSubscription(cell));
    } catch (error) {
      outcomes.set(cell.name, { decision: 'broken', detail: `request failed: ${String(error)}` });
    }
  }
}, 120_000);
afterAll(async () => {
  // AUTHZ_MATRIX_PRINT=1 prints what each cell came to (decision and result), for review.
  if (process.env.AUTHZ_MATRIX_PRINT) {
    const rows = [...new Set(cells.map((c) => c.ruleKey))].map((key) =>
      [
        key.padEnd(44),
        ...PRINCIPALS.map((p) => {
          const o = outcomes.get(`${key} × ${p}`);
          return `${o?.decision ?? '?'}:${o?.detail ?? ''}`.padEnd(34);
        }),
      ].join(' '),
    );
    console.log([['field'.padEnd(44), ...PRINCIPALS.map((p) => p.padEnd(34))].join(' '), ...rows].join('\n'));
  }
  await db?.destroy();
});

describe('authorization matrix: coverage', () => {
  it('has a rule for every root field of the schema', () => {
    const ruled = new Set(Object.keys(RULES).map((k) => parseRuleKey(k).fieldKey));
    const missing = rootFields.map((f) => f.key).filter((k) => !ruled.has(k));
    expect(missing, `root fields without a row in tests/authz/rules.ts: ${missing.join(', ')}`).toEqual([]);
  });

  it('has no rule for a field the schema no longer has', () => {
    const gone = Object.keys(RULES).filter((k) => !fieldByKey.has(parseRuleKey(k).fieldKey));
    expect(gone, `rules naming fields that do not exist: ${gone.join(', ')}`).toEqual([]);
  });

  it('builds a valid operation for every rule', () => {
    expect(ruleErrors).toEqual([]);
  });
});

describe('authorization matrix: field × principal', () => {
  it.each(cells.map((c) => [c.name, c] as const))('%s', (_name, cell) => {
    const outcome = outcomes.get(cell.name);
    expect(outcome, 'no request was made for this cell').toBeDefined();
    const hint =
      cell.expected === 'deny' && /^(ValidationError|VALIDATION)$/.test(outcome!.detail)
        ? '\ninput validation answered before authorization (Pothos validates arguments first): give the rule valid `args`'
        : '';
    const context = `${cell.document}\nexpected ${cell.expected} (${cell.why}); got ${outcome!.decision}: ${outcome!.detail}${hint}`;
    expect(outcome!.decision, context).toBe(cell.expected);
  });
});

/** Object-level refusals: the data is withheld (null), with FORBIDDEN errors at most. */
function expectWithheld(res: { errors?: { extensions?: { code?: string } }[] }) {
  expect(
    (res.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN'),
    JSON.stringify(res.errors),
  ).toEqual([]);
}

/**
 * The matrix is field level. Object level — which agency's records a caller reaches — is tested
 * per domain: profile.test.ts (other agencies see no profile, by node or employee ID, unless
 * discoverable or applied; disclosure log), openings.test.ts (drafts only to the host's managers
 * and read integrations; restricted openings), applications.test.ts and rotations.test.ts (who
 * decides, who sees), events.test.ts (who hears of what). This block adds the cross-agency reads
 * those leave out: another agency's HR and machine clients.
 */
describe('object level: agencies stay apart for HR and machine clients', () => {
  const ProfileRead = /* GraphQL */ `
    query IsoProfile($id: ID!) {
      node(id: $id) {
        __typename
        ... on Profile {
          email
        }
      }
      profile(agency: "NASA", externalId: "N-ISO-1") {
        email
      }
    }
  `;
  const OpeningRead = /* GraphQL */ `
    query IsoOpening($id: ID!) {
      node(id: $id) {
        ... on Opening {
          title
        }
      }
      openings(first: 5, filter: { keyword: "isolation draft", statuses: [DRAFT] }) {
        totalCount
      }
    }
  `;

  it("a NASA person's record is not readable by GSA's HR or GSA's integration, by node or by employee ID", async () => {
    const up = await app.gql<{ upsertProfile: { __typename: string; profile?: { id: string } } }, unknown>(
      `mutation { upsertProfile(input: { externalId: "N-ISO-1", givenName: "Iso", familyName: "Lation", email: "iso@nasa.gov" }) {
         __typename ... on UpsertProfilePayload { profile { id } } } }`,
      {},
      tokens.HR_SPECIALIST,
    );
    const id = up.data!.upsertProfile.profile!.id;
    const disclosuresBefore = await db.prisma.disclosureEvent.count();
    for (const t of [
      await app.token('HR_SPECIALIST', 'GSA', { subject: 'gsa-hr-iso' }),
      await app.token('INTEGRATION', 'GSA', { subject: 'gsa-sync-iso', scopes: ['read'] }),
    ]) {
      const res = await app.gql<
        { node: { email?: string | null } | null; profile: { email: string | null } | null },
        { id: string }
      >(ProfileRead, { id }, t);
      expectWithheld(res);
      expect([res.data?.node?.email ?? null, res.data?.profile?.email ?? null]).toEqual([null, null]);
    }
    expect(await db.prisma.disclosureEvent.count()).toBe(disclosuresBefore);
    // The home side reads it (the same request shape can succeed).
    for (const t of [tokens.HR_SPECIALIST, tokens.INTEGRATION_READ]) {
      const res = await app.gql<{ node: unknown; profile: unknown }, { id: string }>(ProfileRead, { id }, t);
      expect(res.data).toEqual({ node: { __typename: 'Profile', email: 'iso@nasa.gov' }, profile: { email: 'iso@nasa.gov' } });
    }
  });

  it('answers node/nodes for a hidden object exactly as for an ID that matches nothing', async () => {
    const person = await db.prisma.profile.create({
      data: {
        agencyId: (await db.prisma.agency.findFirstOrThrow({ where: { abbreviation: 'NASA' } })).id,
        givenName: 'Hid',
        familyName: 'Den',
      },
    });
    const hidden = encodeGlobalID('Profile', person.id);
    const unknown = encodeGlobalID('Profile', randomUUID());
    const Probe = /* GraphQL */ `
      query Probe($ids: [ID!]!, $id: ID!) {
        node(id: $id) {
          __typename
          id
        }
        nodes(ids: $ids) {
          __typename
          id
        }
      }
    `;
    for (const t of [
      undefined,
      await app.token('EMPLOYEE', 'GSA', { subject: 'gsa-probe' }),
      await app.token('INTEGRATION', 'GSA', { subject: 'gsa-sync-probe', scopes: ['read'] }),
    ]) {
      const a = await app.gql(Probe, { id: hidden, ids: [hidden, unknown] }, t);
      const b = await app.gql(Probe, { id: unknown, ids: [unknown, unknown] }, t);
      expect(a.data).toEqual({ node: null, nodes: [null, null] });
      expect(a.errors).toEqual(b.errors);
    }
    const home = await app.gql(Probe, { id: hidden, ids: [hidden, unknown] }, tokens.HR_SPECIALIST);
    expect(home.data).toEqual({
      node: { __typename: 'Profile', id: hidden },
      nodes: [{ __typename: 'Profile', id: hidden }, null],
    });
  });

  it("a GSA draft is not readable by NASA's read integration (nor listed), while GSA's is", async () => {
    const created = await app.gql<{ createOpening: { __typename: string; opening?: { id: string } } }, unknown>(
      `mutation { createOpening(input: { title: "Isolation draft", description: "Not for other agencies.", programType: DETAIL, commitmentPercent: 20,
         startDate: "2030-03-01", durationWeeks: 4, applicationDeadline: "2030-01-15T12:00:00.000Z" }) {
         __typename ... on CreateOpeningPayload { opening { id } } } }`,
      {},
      await app.token('HIRING_MANAGER', 'GSA', { subject: 'gsa-hm-iso' }),
    );
    const id = created.data!.createOpening.opening!.id;
    const nasa = await app.gql<{ node: { title?: string } | null; openings: { totalCount: number } }, { id: string }>(
      OpeningRead,
      { id },
      tokens.INTEGRATION_READ,
    );
    expectWithheld(nasa);
    expect(nasa.data?.node?.title ?? null).toBeNull();
    expect(nasa.data?.openings).toEqual({ totalCount: 0 });
    const gsa = await app.gql<{ node: { title?: string } | null; openings: { totalCount: number } }, { id: string }>(
      OpeningRead,
      { id },
      await app.token('INTEGRATION', 'GSA', { subject: 'gsa-sync-iso', scopes: ['read'] }),
    );
    expect(gsa.data).toEqual({ node: { title: 'Isolation draft' }, openings: { totalCount: 1 } });
  });
});
