/**
 * fast-check arbitraries for whole GraphQL requests, derived from the executable schema: a root
 * field (mutations weighted up), its arguments generated from their types (as literals or as
 * variables, with hostile values and now and then the wrong type), a selection set over the
 * return type (unions and interfaces through inline fragments, nested arguments filled in), a
 * principal (hostile claims in validly signed tokens among them) and a transport (JSON POST, or
 * GET with the parameters in the URL, some of them malformed). Nothing here lists fields by
 * hand: a new field is fuzzed the day it is added.
 */
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { Role, Scope } from '../../src/platform/auth/principal.js';

/** Real rows of the seeded database, mixed into generated values so cases reach past lookups. */
export interface Pools {
  /** Node type name → database IDs (UUIDs) of existing rows (refreshed in place during a run). */
  ids: Record<string, string[]>;
  /** Agency codes and abbreviations. */
  agencies: string[];
  /** Seeded people: token subject and home agency abbreviation or code. */
  people: { subject: string; agency: string; externalId: string }[];
  /** Other plausible strings: skill codes, opening external IDs. */
  codes: string[];
  externalIds: string[];
  /** Agencies that host openings (their managers can act on them). */
  hostAgencies: string[];
}

export type PrincipalSpec =
  | { kind: 'anonymous' }
  | { kind: 'token'; roles: Role[]; agency: string; subject: string; scopes?: Scope[] }
  /** A token that does not verify: must be a 401, never a 500. */
  | { kind: 'garbage'; header: string }
  /**
   * A validly signed token whose claims are hostile (agency, subject, roles, scope, name, iat
   * with CR/LF, NUL, characters above U+00FF, wrong types, lengths): a 401 or an answer, with
   * headers Node would send, never a 5xx.
   */
  | { kind: 'claims'; claims: Record<string, unknown>; scheme: string };

/**
 * How the request travels: a JSON POST, or a GET with the parameters in the query string;
 * `variables` / `extensions` given here are sent as they are (malformed JSON among them).
 */
export type Transport = { kind: 'post' } | { kind: 'get'; variables?: string; extensions?: string };

export interface FuzzCase {
  operation: 'query' | 'mutation';
  field: string;
  query: string;
  variables: Record<string, unknown>;
  principal: PrincipalSpec;
  transport: Transport;
}

/** How fast-check prints a case in a counterexample: the request as a client would send it. */
export function describeCase(c: FuzzCase): string {
  const p = c.principal;
  const who =
    p.kind === 'anonymous'
      ? 'anonymous'
      : p.kind === 'garbage'
        ? `Authorization: ${JSON.stringify(p.header.slice(0, 80))}`
        : p.kind === 'claims'
          ? `signed token (scheme ${JSON.stringify(p.scheme)}) with claims ${clip(JSON.stringify(p.claims), 600)}`
          : `token ${JSON.stringify({ roles: p.roles, agency: p.agency, subject: p.subject, scopes: p.scopes })}`;
  const t = c.transport;
  const how =
    t.kind === 'post'
      ? 'POST application/json'
      : `GET${t.variables !== undefined ? ` variables=${JSON.stringify(t.variables)}` : ''}${t.extensions !== undefined ? ` extensions=${JSON.stringify(t.extensions)}` : ''}`;
  return `\n--- principal: ${who}\n--- transport: ${how}\n--- operation:\n${c.query}\n--- variables: ${clip(JSON.stringify(c.variables), 1500)}\n`;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text);

// ---------------------------------------------------------------------------------------------
// Values. A Val keeps what a literal needs (enum names are bare, objects unquoted) and what a
// JSON variable needs; `asVar` marks positions that become `$vN` variables.

type Val =
  | { k: 'null'; asVar?: boolean }
  | { k: 'enum'; v: string; asVar?: boolean }
  /** A scalar; `lit` overrides its literal (e.g. 1e999, which JSON cannot carry). */
  | { k: 'scalar'; v: unknown; lit?: string; asVar?: boolean }
  | { k: 'list'; v: Val[]; asVar?: boolean }
  | { k: 'obj'; v: [string, Val][]; asVar?: boolean };

const toJson = (v: Val): unknown => {
  switch (v.k) {
    case 'null':
      return null;
    case 'enum':
    case 'scalar':
      return v.v;
    case 'list':
      return v.v.map(toJson);
    case 'obj':
      return Object.fromEntries(v.v.map(([k, x]) => [k, toJson(x)]));
  }
};

function jsonLiteral(x: unknown): string {
  if (x === null || x === undefined) return 'null';
  if (typeof x === 'string') return JSON.stringify(x);
  if (typeof x === 'number') return Number.isFinite(x) ? String(x) : Number.isNaN(x) ? 'NaN' : x > 0 ? '1e999' : '-1e999';
  if (typeof x === 'boolean') return String(x);
  if (Array.isArray(x)) return `[${x.map(jsonLiteral).join(', ')}]`;
  return `{${Object.entries(x as Record<string, unknown>)
    .filter(([k]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(k))
    .map(([k, y]) => `${k}: ${jsonLiteral(y)}`)
    .join(', ')}}`;
}

/** Prints a value as a literal, turning `asVar` positions into declared variables. */
class Printer {
  readonly defs: string[] = [];
  readonly variables: Record<string, unknown> = {};
  print(v: Val, type: GraphQLInputType, top = false): string {
    if (v.asVar) {
      const name = `v${this.defs.length + 1}`;
      this.defs.push(`$${name}: ${String(type)}`);
      // A nullable variable left out of `variables` is the same as null, sometimes.
      if (!(v.k === 'null' && !isNonNullType(type) && !top)) this.variables[name] = toJson(v);
      return `$${name}`;
    }
    switch (v.k) {
      case 'null':
        return 'null';
      case 'enum':
        return v.v;
      case 'scalar':
        return v.lit ?? jsonLiteral(v.v);
      case 'list': {
        const inner = getNullableType(type);
        const of = (isListType(inner) ? inner.ofType : inner) as GraphQLInputType;
        return `[${v.v.map((x) => this.print(x, of)).join(', ')}]`;
      }
      case 'obj': {
        const inner = getNamedType(type);
        const fields = isInputObjectType(inner) ? inner.getFields() : {};
        return `{${v.v.map(([k, x]) => `${k}: ${this.print(x, fields[k]?.type ?? (getNamedType(type) as GraphQLInputType))}`).join(', ')}}`;
      }
    }
  }
}

/** The same value with every position a literal. */
const literalOnly = (v: Val): Val => {
  const { asVar: _, ...rest } = v;
  if (rest.k === 'list') return { k: 'list', v: rest.v.map(literalOnly) };
  if (rest.k === 'obj') return { k: 'obj', v: rest.v.map(([k, x]) => [k, literalOnly(x)]) };
  return rest;
};

const scalar = (v: unknown, lit?: string): Val => ({ k: 'scalar', v, ...(lit ? { lit } : {}) });

const SQLISH = [
  '\'; DROP TABLE "Profile"; --',
  "' OR '1'='1",
  '%',
  '_',
  '\\',
  '%_\\%',
  '\\x00',
  '$1',
  '${x}',
  "E'\\\\'",
  '/* */',
  '::text',
  'SELECT * FROM "Agency"',
];
const REGEXISH = ['.*', '(a+)+$', '[', '(?', ')', '\\d{99999}', '^$', '|', '+', '*?', '\\'];
const ODD = [
  '',
  ' ',
  '   ',
  '\u0000',
  'a\u0000b',
  '\t\n\r',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\ud800',
  'a\udfffb',
  '😀',
  '👩‍👩‍👧‍👦',
  'İ',
  'ß',
  'ñ',
  '\u0301',
  'null',
  'undefined',
  'NaN',
  'true',
  '{}',
  '[]',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'C:\\Windows',
  '0x1F',
  '-0',
  '1e999',
  '2024-02-30',
];
const WORDS = [
  'data',
  'analysis',
  'Python',
  'cyber',
  'NASA',
  'GSA',
  'budget',
  'Space',
  'Engineering',
  'project management',
  'a',
  'Z',
];

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 3, arbitrary: fc.constantFrom(...SQLISH, ...REGEXISH, ...ODD) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('x', 'é', '😀', '\u0000', "'", '%'), fc.integer({ min: 200, max: 20_000 }))
      .map(([c, n]) => c.repeat(n)),
  },
);

const INT_EDGES = [0, 1, -1, 2, 5, 10, 40, 99, 100, 101, 1000, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1, 2 ** 53];

/** Day offset from today as YYYY-MM-DD. */
const dayString = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

type Weighted<T> = { weight: number; arbitrary: fc.Arbitrary<T> };
/** fc.oneof over the branches whose weight is above zero. */
const pick = <T>(...branches: Weighted<T>[]): fc.Arbitrary<T> => fc.oneof(...branches.filter((b) => b.weight > 0));

/**
 * Scalar generators take `h`, the weight of hostile branches: 0 gives plausible values only
 * (cases reach the resolvers), 1 mixes edges, garbage and wrong formats in.
 */
const dateArb = (h: number): fc.Arbitrary<Val> =>
  pick(
    // Mostly ahead (deadlines and starts must be in the future), some in the past.
    { weight: 7, arbitrary: fc.integer({ min: 1, max: 600 }).map((d) => scalar(dayString(d))) },
    { weight: 3, arbitrary: fc.integer({ min: -800, max: 0 }).map((d) => scalar(dayString(d))) },
    {
      weight: 2 * h,
      arbitrary: fc
        .constantFrom(
          '0001-01-01',
          '0000-01-01',
          '9999-12-31',
          '1899-12-31',
          '1900-01-01',
          '2999-12-31',
          '3000-01-01',
          '1969-12-31',
          '1970-01-01',
          '2024-02-29',
          '2023-02-29',
          '2024-02-30',
          '2023-13-01',
          '2023-00-10',
          '99999-01-01',
          '-0001-01-01',
          '2024-1-1',
          '2024/01/01',
          '',
          'today',
          '2024-01-01T00:00:00Z',
        )
        .map((s) => scalar(s)),
    },
    { weight: h, arbitrary: hostileString.map((s) => scalar(s)) },
  );

const dateTimeArb = (h: number): fc.Arbitrary<Val> =>
  pick(
    {
      weight: 7,
      arbitrary: fc.integer({ min: 1, max: 600 * 24 }).map((x) => scalar(new Date(Date.now() + x * 3_600_000).toISOString())),
    },
    {
      weight: 3,
      arbitrary: fc.integer({ min: -800 * 24, max: 0 }).map((x) => scalar(new Date(Date.now() + x * 3_600_000).toISOString())),
    },
    {
      weight: 2 * h,
      arbitrary: fc
        .constantFrom(
          '0001-01-01T00:00:00Z',
          '1900-01-01T00:00:00+01:00',
          '2999-12-31T23:59:59.999Z',
          '2999-12-31T23:00:00-05:00',
          '0000-01-01T00:00:00Z',
          '9999-12-31T23:59:59.999Z',
          '1970-01-01T00:00:00Z',
          '2024-02-30T00:00:00Z',
          '2024-01-01T25:00:00Z',
          '2024-01-01T00:00:00+14:00',
          '2024-01-01T00:00:00-23:59',
          '2024-01-01',
          '2024-01-01T00:00:00',
          '+275760-09-13T00:00:00.000Z',
          '',
        )
        .map((s) => scalar(s)),
    },
    { weight: h, arbitrary: fc.constantFrom(0, -1, 8.64e15, 8.64e15 + 1, 1e20, 1_700_000_000).map((n) => scalar(n)) },
    { weight: h, arbitrary: hostileString.map((s) => scalar(s)) },
  );

const intArb = (name: string, h: number): fc.Arbitrary<Val> => {
  // Page sizes, levels and percentages are small: mostly plausible values, so cases go deep.
  const plausible = /^(first|last|top)$/.test(name)
    ? fc.integer({ min: 1, max: 10 })
    : /level/i.test(name)
      ? fc.integer({ min: 1, max: 5 })
      : /percent|hours|weeks|grade|slots|days|year/i.test(name)
        ? fc.integer({
            min: /year/i.test(name) ? 1950 : 1,
            max: /year/i.test(name) ? 2030 : /hours/i.test(name) ? 40 : /grade/i.test(name) ? 15 : 100,
          })
        : fc.integer({ min: -2, max: 120 });
  return pick(
    { weight: 8, arbitrary: plausible.map((n) => scalar(n)) },
    { weight: 2 * h, arbitrary: fc.constantFrom(...INT_EDGES).map((n) => scalar(n)) },
    { weight: h, arbitrary: fc.integer().map((n) => scalar(n)) },
  );
};

const floatArb = (h: number): fc.Arbitrary<Val> =>
  pick(
    { weight: 4, arbitrary: fc.double({ min: 0.1, max: 10, noNaN: true }).map((n) => scalar(n)) },
    {
      weight: 2 * h,
      arbitrary: fc
        .constantFrom<[number | null, string | undefined]>(
          [0, undefined],
          [-0, '-0.0'],
          [-1, undefined],
          [1e-320, undefined],
          [1e308, undefined],
          [-1e308, undefined],
          [null, '1e999'],
          [null, '-1e999'],
          [null, 'NaN'],
        )
        .map(([v, lit]) => scalar(v, lit)),
    },
    { weight: h, arbitrary: fc.double().map((n) => scalar(Number.isFinite(n) ? n : null)) },
  );

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/**
 * Node type names an argument or input field named `name` most likely refers to
 * (`opening` → Opening, `person` → Profile); empty when the name says nothing.
 */
function hintedTypes(name: string, nodeTypes: string[]): string[] {
  const base = name.replace(/Ids?$/, '').replace(/s$/, '').toLowerCase();
  const alias: Record<string, string[]> = {
    person: ['Profile'],
    parent: ['Agency'],
    highlightedskill: ['Skill', 'ProfileSkill'],
    applicant: ['Profile'],
  };
  return alias[base] ?? nodeTypes.filter((t) => t.toLowerCase() === base || base.endsWith(t.toLowerCase()));
}

function idArb(name: string, pools: Pools, nodeTypes: string[], h: number): fc.Arbitrary<Val> {
  const hinted = hintedTypes(name, nodeTypes);
  const typed = hinted.length ? hinted : nodeTypes;
  // Read from the pool when generated: the pools are refreshed as the run creates rows.
  const existing = (types: string[]) =>
    fc.tuple(fc.constantFrom(...types), fc.nat()).map(([t, i]) => {
      const ids = pools.ids[t] ?? [];
      return b64(`${t}:${ids.length ? ids[i % ids.length] : '00000000-0000-4000-8000-000000000000'}`);
    });
  const others = nodeTypes.filter((t) => !hinted.includes(t));
  return pick(
    { weight: 12, arbitrary: existing(typed) },
    // A well-formed ID of a row that does not exist.
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...typed), fc.uuid()).map(([t, u]) => b64(`${t}:${u}`)) },
    // A real row of another type.
    { weight: 1 + h, arbitrary: existing(others.length ? others : nodeTypes) },
    {
      weight: 3 * h,
      arbitrary: fc.oneof(
        fc.constantFrom(
          '',
          '!!!',
          '====',
          'Zm9v',
          b64('Opening:'),
          b64(':'),
          b64('Opening:not-a-uuid'),
          b64("Opening:' OR 1=1 --"),
          b64('NoSuchType:00000000-0000-4000-8000-000000000000'),
        ),
        fc.uuid(),
        fc.tuple(fc.constantFrom(...nodeTypes), hostileString).map(([t, s]) => b64(`${t}:${s}`)),
        hostileString,
      ),
    },
  ).map((s) => scalar(s));
}

function stringArb(name: string, pools: Pools, h: number): fc.Arbitrary<Val> {
  const n = name.toLowerCase();
  // Values for names that say what they hold: real rows, or the formats validation checks
  // (mostly valid, so cases get past it).
  const hinted: fc.Arbitrary<string>[] = [];
  if (n.includes('agency')) hinted.push(fc.constantFrom(...pools.agencies));
  if (n === 'code')
    hinted.push(fc.constantFrom(...pools.codes, ...pools.agencies), fc.stringMatching(/^[A-Z0-9]{2,6}(-[0-9]{1,3})?$/));
  if (n.includes('externalid'))
    hinted.push(
      fc.constantFrom(...pools.externalIds, ...pools.people.map((p) => p.externalId)),
      fc.stringMatching(/^[A-Z]{2,5}-[0-9]{3,6}$/),
    );
  if (n.includes('subject')) hinted.push(fc.constantFrom(...pools.people.map((p) => p.subject)));
  if (n.includes('email')) hinted.push(fc.constantFrom('a@b.gov', 'first.last@nasa.gov', 'x.y@census.gov'), fc.emailAddress());
  if (n.includes('url')) hinted.push(fc.constantFrom('https://example.gov/cert/1', 'http://x.gov'), fc.webUrl());
  if (n.includes('phone')) hinted.push(fc.constantFrom('+1 202 555 0100', '202-555-0199', '(301) 555-0123'));
  if (n === 'payplan') hinted.push(fc.constantFrom('GS', 'ZP', 'ES'));
  if (n.includes('series')) hinted.push(fc.constantFrom('2210', '1550', '0343', '0801'));
  if (n.includes('militarycode') || n.includes('occupationcode'))
    hinted.push(fc.constantFrom('IT', '25B', '11B', '15-1252.00', '3D0X2'));
  if (n.includes('after') || n.includes('before') || n.includes('cursor'))
    hinted.push(
      fc.constantFrom(
        '',
        'YXJyYXljb25uZWN0aW9uOjA=',
        b64('arrayconnection:-1'),
        b64('arrayconnection:99999999999'),
        b64('arrayconnection:abc'),
        b64('R:x'),
      ),
    );
  if (/reason|statement|comment|note|description|headline|title|name|agreement|institution|field/.test(n))
    hinted.push(
      fc.constantFrom('Needs a data engineer for six months.', 'Schedule change', 'Completed the pipeline work', 'Jane', 'Doe'),
    );
  const plausible = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[A-Za-z][A-Za-z0-9 -]{0,20}$/));
  return pick(
    { weight: hinted.length ? 2 : 8, arbitrary: plausible },
    { weight: 1 + 3 * h, arbitrary: hostileString },
    ...(hinted.length ? [{ weight: 12, arbitrary: fc.oneof(...hinted) }] : []),
  ).map((s) => scalar(s));
}

/** A value of another type, for the positions where validation must say no. */
const wrongTypeArb: fc.Arbitrary<Val> = fc.oneof(
  fc.constantFrom(scalar(true), scalar(0), scalar(1.5), scalar('x'), scalar(''), scalar(-(2 ** 31) - 1)),
  fc.constant<Val>({ k: 'list', v: [scalar(1), scalar('a')] }),
  fc.constant<Val>({ k: 'obj', v: [['zz', scalar(1)]] }),
  fc.constant<Val>({ k: 'enum', v: 'NOT_A_VALUE' }),
  fc.jsonValue({ maxDepth: 2 }).map((j) => scalar(j)),
);

export interface ValueOptions {
  /** Weight of hostile branches in scalar generators (0: plausible values only). */
  hostility: number;
  /** Weight (per 100) of a value of the wrong type at each position. */
  wrongType: number;
  /** Weight (per 100) of a nested position becoming a variable. */
  nestedVar: number;
  /** Nested input objects deeper than this get only their required fields. */
  maxInputDepth: number;
}

/** Two mixes: hostile values everywhere, and plausible ones that reach past validation. */
export const HOSTILE: ValueOptions = { hostility: 1, wrongType: 1, nestedVar: 12, maxInputDepth: 4 };
export const PLAUSIBLE: ValueOptions = { hostility: 0, wrongType: 0, nestedVar: 12, maxInputDepth: 4 };

/** Types implementing Node (whose global IDs the schema accepts). */
export function nodeTypes(schema: GraphQLSchema): string[] {
  const node = schema.getType('Node');
  return node && isInterfaceType(node) ? schema.getPossibleTypes(node).map((t) => t.name) : [];
}

export class SchemaArbitraries {
  readonly nodeTypes: string[];
  private readonly selections = new Map<string, fc.Arbitrary<string>>();

  constructor(
    readonly schema: GraphQLSchema,
    readonly pools: Pools,
    readonly options: ValueOptions = HOSTILE,
  ) {
    this.nodeTypes = nodeTypes(schema);
  }

  /** A value for an input position of `type`, named `name` (hints plausible values). */
  value(type: GraphQLInputType, name: string, depth = 0, nested = false): fc.Arbitrary<Val> {
    const asVarWeight = nested ? this.options.nestedVar : 0;
    const base = this.valueInner(type, name, depth);
    const withWrong = pick(
      { weight: 100 - this.options.wrongType, arbitrary: base },
      { weight: this.options.wrongType, arbitrary: wrongTypeArb },
    );
    if (!asVarWeight) return withWrong;
    return fc.tuple(withWrong, fc.integer({ min: 1, max: 100 })).map(([v, r]) => (r <= asVarWeight ? { ...v, asVar: true } : v));
  }

  private valueInner(type: GraphQLInputType, name: string, depth: number): fc.Arbitrary<Val> {
    if (isNonNullType(type)) return this.nonNullValue(type.ofType as GraphQLInputType, name, depth);
    // Nullable: null now and then (explicit null, not omission: both must be handled).
    return fc.oneof(
      { weight: 1, arbitrary: fc.constant<Val>({ k: 'null' }) },
      { weight: 8, arbitrary: this.nonNullValue(type, name, depth) },
    );
  }

  /** A non-null value of `inner` (the type without its NonNull wrapper). */
  private nonNullValue(inner: GraphQLInputType, name: string, depth: number): fc.Arbitrary<Val> {
    if (isListType(inner)) {
      const item = this.value(inner.ofType as GraphQLInputType, name, depth + 1, true);
      const leafItems = isLeafType(getNamedType(inner));
      const h = this.options.hostility;
      return pick(
        { weight: 2, arbitrary: fc.constant<Val>({ k: 'list', v: [] }) },
        { weight: 6, arbitrary: fc.array(item, { minLength: 1, maxLength: 4 }).map((v): Val => ({ k: 'list', v })) },
        // Long lists: past page sizes and per-call caps (only of scalars, to keep requests sane).
        {
          weight: leafItems ? h : 0,
          arbitrary: fc.array(item, { minLength: 11, maxLength: 300 }).map((v): Val => ({ k: 'list', v })),
        },
      );
    }
    if (isEnumType(inner)) {
      return pick(
        { weight: 40, arbitrary: fc.constantFrom(...inner.getValues().map((v) => v.name)).map((v): Val => ({ k: 'enum', v })) },
        {
          weight: this.options.hostility,
          arbitrary: fc.constantFrom('NOT_A_VALUE', inner.getValues()[0]!.name.toLowerCase()).map((v): Val => ({ k: 'enum', v })),
        },
      );
    }
    if (isInputObjectType(inner)) {
      const fields = Object.values(inner.getFields());
      const parts = fields.map((f) => {
        const required = isNonNullType(f.type) && f.defaultValue === undefined;
        const v = this.value(f.type, f.name, depth + 1, true).map((x): [string, Val] => [f.name, x]);
        if (required) {
          // Rarely left out: GraphQL validation must refuse it.
          return pick(
            { weight: 150, arbitrary: v.map((x) => [x]) },
            { weight: this.options.wrongType, arbitrary: fc.constant<[string, Val][]>([]) },
          );
        }
        if (depth >= this.options.maxInputDepth) return fc.constant([]);
        return fc.oneof({ weight: 1, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: v.map((x) => [x]) });
      });
      return fc.tuple(...parts).map((ps): Val => ({ k: 'obj', v: (ps as [string, Val][][]).flat() }));
    }
    if (isScalarType(inner)) {
      switch (inner.name) {
        case 'Int':
          return intArb(name, this.options.hostility);
        case 'Float':
          return floatArb(this.options.hostility);
        case 'Boolean':
          return fc.boolean().map((b) => scalar(b));
        case 'ID':
          return idArb(name, this.pools, this.nodeTypes, this.options.hostility);
        case 'Date':
          return dateArb(this.options.hostility);
        case 'DateTime':
          return dateTimeArb(this.options.hostility);
        case 'JSON':
          return fc.jsonValue({ maxDepth: 3 }).map((j) => scalar(j));
        default:
          return stringArb(name, this.pools, this.options.hostility);
      }
    }
    throw new Error(`unexpected input type ${String(inner)}`);
  }

  /** Arguments of a field: required ones always, optional ones often (page sizes mostly given). */
  args(args: readonly GraphQLArgument[], topLevelVars: boolean): fc.Arbitrary<[GraphQLArgument, Val][]> {
    if (!args.length) return fc.constant([]);
    const paging = new Set(['first', 'last', 'after', 'before']);
    const relay = args.some((a) => a.name === 'first') && args.some((a) => a.name === 'last');
    const one = (a: GraphQLArgument) =>
      fc
        .tuple(this.value(a.type, a.name), topLevelVars ? fc.boolean() : fc.constant(false))
        .map(([x, asVar]): [GraphQLArgument, Val] => [a, asVar ? { ...x, asVar: true } : x]);
    const parts = args
      .filter((a) => !(relay && paging.has(a.name)))
      .map((a) => {
        const required = isNonNullType(a.type) && a.defaultValue === undefined;
        if (required) return one(a).map((x) => [x]);
        return fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 2, arbitrary: one(a).map((x) => [x]) });
      });
    if (relay) {
      // Connections: mostly a coherent page request (first, first+after, last+before), sometimes any mix.
      const byName = (n: string) => args.find((a) => a.name === n)!;
      const set = (...names: string[]) => fc.tuple(...names.map((n) => one(byName(n))));
      parts.push(
        pick<[GraphQLArgument, Val][]>(
          { weight: 8, arbitrary: set('first') },
          { weight: 2, arbitrary: set('first', 'after') },
          { weight: 1, arbitrary: set('last') },
          { weight: 1, arbitrary: set('last', 'before') },
          {
            weight: 1 + 2 * this.options.hostility,
            arbitrary: fc
              .subarray([...paging].map(byName))
              .chain((as) => (as.length ? fc.tuple(...as.map(one)) : fc.constant([]))),
          },
        ),
      );
    }
    return fc.tuple(...parts).map((ps) => (ps as [GraphQLArgument, Val][][]).flat());
  }

  /** A selection set for `type` (with braces), or '' for leaves. */
  selection(type: GraphQLOutputType, depth: number): fc.Arbitrary<string> {
    const named = getNamedType(type) as GraphQLNamedType;
    if (isLeafType(named)) return fc.constant('');
    const key = `${named.name}@${depth}`;
    let arb = this.selections.get(key);
    if (arb) return arb;
    // Memoized and built lazily: the schema's types refer to each other in cycles.
    arb = fc.constant(null).chain(() => this.buildSelection(named as GraphQLObjectType, depth));
    this.selections.set(key, arb);
    return arb;
  }

  private buildSelection(named: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
    if (isAbstractType(named)) {
      const possible = this.schema.getPossibleTypes(named);
      const own = isInterfaceType(named) ? this.fieldsOf(named, depth) : fc.constant<string[]>([]);
      const fragments = fc
        .subarray(possible as GraphQLObjectType[], { minLength: 0, maxLength: Math.min(6, possible.length) })
        .chain((ts): fc.Arbitrary<string[]> =>
          ts.length ? fc.tuple(...ts.map((t) => this.selection(t, depth).map((s) => `... on ${t.name} ${s}`))) : fc.constant([]),
        );
      return fc.tuple(own, fragments).map(([a, b]) => `{ ${['__typename', ...a, ...b].join(' ')} }`);
    }
    return this.fieldsOf(named as GraphQLObjectType, depth).map((fs) => `{ ${fs.length ? fs.join(' ') : '__typename'} }`);
  }

  private fieldsOf(type: { getFields(): Record<string, GraphQLField<unknown, unknown>> }, depth: number): fc.Arbitrary<string[]> {
    const fields = Object.values(type.getFields()).filter((f) => depth > 0 || isLeafType(getNamedType(f.type)));
    if (!fields.length) return fc.constant([]);
    return fc
      .subarray(fields, { minLength: 1, maxLength: Math.min(6, fields.length) })
      .chain((chosen) => fc.tuple(...chosen.map((f) => this.fieldSelection(f, depth - 1))));
  }

  private fieldSelection(f: GraphQLField<unknown, unknown>, depth: number): fc.Arbitrary<string> {
    return fc.tuple(this.args(f.args, false), this.selection(f.type, depth)).map(([args, sel]) => {
      const printer = new Printer();
      const a = args.length
        ? `(${args.map(([arg, v]) => `${arg.name}: ${printer.print(literalOnly(v), arg.type)}`).join(', ')})`
        : '';
      // Nested arguments are literals only: variables would have to be declared at the top.
      return `${f.name}${a}${sel ? ` ${sel}` : ''}`;
    });
  }

  /** A request to one root field of the query or mutation type. */
  operation(
    kind: 'query' | 'mutation',
    field: GraphQLField<unknown, unknown>,
  ): fc.Arbitrary<Omit<FuzzCase, 'principal' | 'transport'>> {
    // Selections 2 to 4 object levels deep (connections count their edges/nodes as levels).
    const selection = fc.constantFrom(2, 3, 4).chain((depth) => this.selection(field.type, depth));
    return fc.tuple(this.args(field.args, true), selection).map(([args, sel]) => {
      const printer = new Printer();
      const a = args.length ? `(${args.map(([arg, v]) => `${arg.name}: ${printer.print(v, arg.type, true)}`).join(', ')})` : '';
      // Mutations always ask for __typename so the oracle can tell a typed refusal from success.
      const selection =
        kind === 'mutation' && sel.startsWith('{ ') && !sel.startsWith('{ __typename') ? `{ __typename ${sel.slice(2)}` : sel;
      const defs = printer.defs.length ? `(${printer.defs.join(', ')})` : '';
      const query = `${kind} Fuzz${defs} {\n  ${field.name}${a}${selection ? ` ${selection}` : ''}\n}`;
      return { operation: kind, field: field.name, query, variables: printer.variables };
    });
  }
}

export const ROLES_FUZZED: Role[] = ['EMPLOYEE', 'HIRING_MANAGER', 'HR_SPECIALIST', 'ADMIN', 'INTEGRATION'];

export function principalArb(pools: Pools): fc.Arbitrary<PrincipalSpec> {
  const agencies = fc.constantFrom(...pools.agencies.slice(0, 12));
  const role = fc.constantFrom<Role>(...ROLES_FUZZED);
  const staff = fc
    .tuple(
      fc.subarray(
        ROLES_FUZZED.filter((r) => r !== 'INTEGRATION'),
        { minLength: 1, maxLength: 2 },
      ),
      agencies,
      fc.constantFrom('a', 'b'),
    )
    .map(([roles, agency, s]): PrincipalSpec => ({
      kind: 'token',
      roles,
      agency,
      subject: `fuzz-${s}-${roles.join('-').toLowerCase()}-${agency.toLowerCase()}`,
    }));
  const person = fc
    .tuple(
      fc.constantFrom(...pools.people),
      fc.constantFrom<Role[]>(['EMPLOYEE'], ['EMPLOYEE', 'HIRING_MANAGER'], ['HIRING_MANAGER'], ['HR_SPECIALIST']),
    )
    .map(([p, roles]): PrincipalSpec => ({ kind: 'token', roles, agency: p.agency, subject: p.subject }));
  const machine = fc
    .tuple(agencies, fc.constantFrom<Scope[]>(['read'], ['write'], ['read', 'write'], []))
    .map(([agency, scopes]): PrincipalSpec => ({
      kind: 'token',
      roles: ['INTEGRATION'],
      agency,
      subject: `fuzz-client-${agency.toLowerCase()}`,
      scopes,
    }));
  // Managers and HR of agencies with openings and applicants, so their mutations can succeed.
  const host = fc
    .tuple(
      fc.constantFrom(...(pools.hostAgencies.length ? pools.hostAgencies : pools.agencies.slice(0, 1))),
      fc.constantFrom<Role[]>(['HIRING_MANAGER'], ['HR_SPECIALIST'], ['HIRING_MANAGER', 'HR_SPECIALIST']),
      fc.constantFrom('a', 'b'),
    )
    .map(([agency, roles, s]): PrincipalSpec => ({
      kind: 'token',
      roles,
      agency,
      subject: `fuzz-host-${s}-${agency.toLowerCase()}`,
    }));
  const single = fc.tuple(role, agencies).map(([r, agency]): PrincipalSpec => ({
    kind: 'token',
    roles: [r],
    agency,
    subject: `fuzz-${r.toLowerCase()}-${agency.toLowerCase()}`,
  }));
  const garbage = fc
    .constantFrom(
      'Bearer ',
      'Bearer x.y.z',
      'Basic YTpi',
      'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
      'bearer',
      `Bearer ${'a'.repeat(5000)}`,
      'Bearer\tx.y.z',
      'Bearer a.b.c\u0100',
    )
    .map((header): PrincipalSpec => ({ kind: 'garbage', header }));
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant<PrincipalSpec>({ kind: 'anonymous' }) },
    { weight: 5, arbitrary: person },
    { weight: 4, arbitrary: single },
    { weight: 3, arbitrary: host },
    { weight: 3, arbitrary: staff },
    { weight: 2, arbitrary: machine },
    { weight: 1, arbitrary: garbage },
    { weight: 2, arbitrary: hostileClaimsArb(pools) },
  );
}

/** Claim values meant to break whatever copies them: headers, SQL, logs, string handling. */
const CLAIM_STRINGS = [
  'NA\r\nSA',
  'X\r\nSet-Cookie: a=b',
  'NASA\n',
  '\u0000',
  'NA\u0000SA',
  'Ā',
  'NASA\u0100',
  '\u00ff',
  '😀',
  '\u2028',
  '\ud800',
  '"',
  'N"A',
  '\\',
  "' OR '1'='1",
  '%',
  '',
  ' ',
  ' NASA',
  'x'.repeat(41),
  'x'.repeat(5000),
  'KGB',
  'nasa',
];

/**
 * Signed tokens with hostile claims beside otherwise plausible ones: mostly one hostile claim
 * (so that the others do not get the token refused before it is read), sometimes several.
 */
export function hostileClaimsArb(pools: Pools): fc.Arbitrary<PrincipalSpec> {
  const text = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...CLAIM_STRINGS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.constantFrom(...pools.agencies.slice(0, 6)) },
  );
  const wrongType = fc.constantFrom<unknown>(42, -1, 1e308, true, null, [], ['NASA'], { code: 'NASA' }, {});
  const value = fc.oneof({ weight: 4, arbitrary: text as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: wrongType });
  const role = fc.constantFrom<unknown>(...ROLES_FUZZED, 'SUPERUSER', 'admin', '', '\u0000', 'ADMIN\r\n', 42, null);
  const hostile: Record<string, fc.Arbitrary<unknown>> = {
    agency: value,
    sub: value,
    roles: fc.oneof(fc.array(role, { maxLength: 4 }), value),
    scope: fc.oneof(fc.constantFrom<unknown>('read write', 'read', 'write', '', 'admin', 'read\u0000write'), value),
    name: value,
    iat: fc.constantFrom<unknown>('string', -1, 1e12, 0, null),
  };
  const one = fc.constantFrom(...Object.keys(hostile)).chain((key) => hostile[key]!.map((v) => ({ [key]: v })));
  const several = fc.record(hostile, { requiredKeys: [] });
  return fc
    .tuple(
      fc.oneof({ weight: 3, arbitrary: one }, { weight: 1, arbitrary: several }),
      fc.constantFrom(...pools.agencies.slice(0, 6)),
      fc.constantFrom<Role[]>(['EMPLOYEE'], ['HIRING_MANAGER'], ['HR_SPECIALIST'], ['ADMIN'], ['INTEGRATION']),
      fc.constantFrom('Bearer', 'bearer', 'BEARER'),
    )
    .map(([claims, agency, roles, scheme]): PrincipalSpec => ({
      kind: 'claims',
      scheme,
      // Plausible defaults (iat 'now': the time of signing), overridden by the hostile ones drawn.
      claims: { agency, sub: `fuzz-claims-${roles[0]!.toLowerCase()}`, roles, scope: 'read write', iat: 'now', ...claims },
    }));
}

/** Malformed and odd JSON for GET's `variables` and `extensions` parameters. */
const RAW_JSON = [
  '{',
  '{"a":',
  'nope',
  '[1,2',
  '"unterminated',
  '\u0000',
  '{"n": NaN}',
  '{"n": 1e999}',
  'null',
  '[]',
  '5',
  '"str"',
  '{"__proto__": {"polluted": 1}}',
  '{"constructor": {"prototype": {"polluted": 1}}}',
  '{}',
];
const RAW_EXTENSIONS = [...RAW_JSON, '{"persistedQuery": {"version": 1, "sha256Hash": "abc"}}', '{"persistedQuery": null}'];

/** Mostly JSON POST; GET for some queries (and a few mutations: 405), now and then with raw JSON parameters. */
function transportArb(operation: 'query' | 'mutation'): fc.Arbitrary<Transport> {
  const get = fc
    .record({ variables: fc.constantFrom(...RAW_JSON), extensions: fc.constantFrom(...RAW_EXTENSIONS) }, { requiredKeys: [] })
    .chain((raw) =>
      fc.oneof(
        { weight: 3, arbitrary: fc.constant<Transport>({ kind: 'get' }) },
        { weight: 1, arbitrary: fc.constant<Transport>({ kind: 'get', ...raw }) },
      ),
    );
  return fc.oneof(
    { weight: operation === 'query' ? 4 : 19, arbitrary: fc.constant<Transport>({ kind: 'post' }) },
    { weight: 1, arbitrary: get },
  );
}

/** Whole cases: a root field (mutations weighted up), its request, and who sends it. */
export function caseArb(schema: GraphQLSchema, pools: Pools): fc.Arbitrary<FuzzCase> {
  const ops = (options: ValueOptions) => {
    const gen = new SchemaArbitraries(schema, pools, options);
    const roots = (kind: 'query' | 'mutation') => {
      const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
      return type ? Object.values(type.getFields()).map((f) => gen.operation(kind, f)) : [];
    };
    return fc.oneof(
      { weight: 2, arbitrary: fc.oneof(...roots('query')) },
      { weight: 3, arbitrary: fc.oneof(...roots('mutation')) },
    );
  };
  const op = fc
    .oneof(ops(HOSTILE), ops(PLAUSIBLE))
    .chain((o) => transportArb(o.operation).map((transport) => ({ ...o, transport })));
  return fc.tuple(op, principalArb(pools)).map(([o, principal]) => {
    const c: FuzzCase = { ...o, principal };
    Object.defineProperty(c, fc.toStringMethod, { value: () => describeCase(c), enumerable: false });
    return c;
  });
}
