/** The operation cost (src/platform/limits/cost.ts): each rule on a small schema, then the real operations. */
import fs from 'node:fs';
import { buildSchema, getNamedType, isEnumType, Kind, parse, typeFromAST, visit, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  BULK_ITEM_COST,
  CONNECTION_COST,
  CostRefusal,
  FIELD_COSTS,
  MUTATION_COST,
  operationCost,
} from '../../src/platform/limits/cost.js';

const schema = buildSchema(/* GraphQL */ `
  interface Node {
    id: ID!
  }
  type Agency implements Node {
    id: ID!
    name: String!
    parent: Agency
    tags: [String!]!
    subAgencies(first: Int, last: Int, after: String): AgencyConnection!
  }
  type Person implements Node {
    id: ID!
    name: String!
    manager: Person
    colleague: Person
  }
  union Thing = Agency | Person
  type AgencyEdge {
    cursor: String!
    node: Agency!
  }
  type AgencyConnection {
    totalCount: Int!
    edges: [AgencyEdge!]!
    nodes: [Agency!]!
  }
  type About {
    name: String!
  }
  type Query {
    about: About!
    agencies(first: Int, last: Int, after: String): AgencyConnection!
    feed(first: Int): [Agency!]!
    node(id: ID!): Node
    nodes(ids: [ID!]!): [Node]!
    thing: Thing
  }
  input CreateAgencyInput {
    name: String!
  }
  input PersonInput {
    externalId: String!
  }
  input UpsertPeopleInput {
    items: [PersonInput!]!
  }
  type ItemResult {
    index: Int!
    person: Person
  }
  type CreateAgencyPayload {
    agency: Agency!
  }
  type UpsertPeoplePayload {
    results: [ItemResult!]!
  }
  type Mutation {
    createAgency(input: CreateAgencyInput!): CreateAgencyPayload!
    upsertPeople(input: UpsertPeopleInput!): UpsertPeoplePayload!
  }
`);

const cost = (query: string, variables?: Record<string, unknown>, operationName?: string) => {
  const result = operationCost(schema, parse(query), variables, operationName, { maxPageSize: 100 });
  return result.kind === 'cost' ? result.cost : result.kind;
};

const refusal = (query: string, variables?: Record<string, unknown>) => {
  try {
    cost(query, variables);
  } catch (error) {
    expect(error).toBeInstanceOf(CostRefusal);
    return error as CostRefusal;
  }
  throw new Error('expected a refusal');
};

describe('operation cost', () => {
  it('charges objects 1 and scalars nothing', () => {
    expect(cost('{ about { name } }')).toBe(1);
    expect(cost('{ __typename }')).toBe(0);
    expect(cost('{ node(id: "x") { id ... on Agency { name parent { name parent { name } } } } }')).toBe(3);
  });

  it('multiplies a connection by its page, from literals and variables alike', () => {
    expect(cost('{ agencies(first: 10) { totalCount nodes { name } } }')).toBe(CONNECTION_COST + 10 * 1);
    expect(cost('{ agencies(last: 7) { edges { cursor node { name } } } }')).toBe(CONNECTION_COST + 7 * 2);
    const nested = 'query Q($n: Int!) { agencies(first: $n) { nodes { subAgencies(first: $n) { nodes { name } } } } }';
    // 2 + n × (1 + (2 + n × 1))
    expect(cost(nested, { n: 10 })).toBe(2 + 10 * (1 + 2 + 10));
    expect(cost(nested, { n: 100 })).toBe(2 + 100 * (1 + 2 + 100));
    // A variable's default counts when the variable is not sent.
    expect(cost('query Q($n: Int = 5) { agencies(first: $n) { nodes { name } } }')).toBe(2 + 5);
  });

  it('requires a page of 1 to 100 on every connection, before anything runs', () => {
    expect(refusal('{ agencies { totalCount } }').message).toMatch(
      /must provide a `first` or `last` value \(1 to 100\) to paginate `Query.agencies`/,
    );
    expect(refusal('{ agencies(first: 0) { totalCount } }').message).toMatch(
      /Requesting 0 records on `Query.agencies` is outside the allowed page size of 1 to 100/,
    );
    const viaVariable = refusal('query Q($n: Int) { agencies(first: 1) { nodes { subAgencies(first: $n) { totalCount } } } }', {
      n: 101,
    });
    expect(viaVariable.message).toMatch(/Requesting 101 records on `Agency.subAgencies`/);
    expect(viaVariable.extensions.code).toBe('BAD_USER_INPUT');
    expect(refusal('{ agencies(first: 1, last: 1) { totalCount } }').message).toMatch(/either `first` or `last`/);
  });

  it('counts the largest page for a field paged by `first` alone when none is given', () => {
    expect(cost('{ feed { name } }')).toBe(CONNECTION_COST + 100 * 1);
    expect(cost('{ feed(first: 3) { name parent { name } } }')).toBe(CONNECTION_COST + 3 * 2);
    expect(refusal('{ feed(first: 500) { name } }').message).toMatch(/500 records on `Query.feed`/);
  });

  it('charges mutations a base cost, and bulk mutations per item', () => {
    expect(cost('mutation { createAgency(input: { name: "x" }) { agency { name } } }')).toBe(MUTATION_COST + 1);
    const bulk = 'mutation M($input: UpsertPeopleInput!) { upsertPeople(input: $input) { results { index person { id } } } }';
    const items = (n: number) => ({ input: { items: Array.from({ length: n }, (_, i) => ({ externalId: String(i) })) } });
    // Per item: BULK_ITEM_COST plus the payload selection (results 1 + person 1).
    expect(cost(bulk, items(1))).toBe(MUTATION_COST + 1 * (BULK_ITEM_COST + 2));
    expect(cost(bulk, items(250))).toBe(MUTATION_COST + 250 * (BULK_ITEM_COST + 2));
    expect(cost(bulk, items(0))).toBe(MUTATION_COST);
  });

  it('charges batch lookups per ID', () => {
    expect(FIELD_COSTS['Query.nodes']?.perItemOf).toBe('ids');
    expect(cost('query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] })).toBe(3);
    expect(
      cost('query Q($ids: [ID!]!) { nodes(ids: $ids) { ... on Agency { parent { name } } } }', { ids: Array(40).fill('a') }),
    ).toBe(40 * 2);
  });

  it('honours @skip and @include with their variables', () => {
    const q = 'query Q($all: Boolean!) { about { name } agencies(first: 50) @include(if: $all) { nodes { name } } }';
    expect(cost(q, { all: false })).toBe(1);
    expect(cost(q, { all: true })).toBe(1 + 2 + 50);
  });

  it('counts the costliest type of a union', () => {
    expect(cost('{ thing { ... on Agency { name } ... on Person { manager { colleague { name } } } } }')).toBe(3);
  });

  it('costs only the operation that runs', () => {
    const doc = '{ about { name } } query Big { agencies(first: 100) { nodes { name } } } query Small { about { name } }';
    expect(cost(doc.replace('{ about { name } } ', ''), undefined, 'Small')).toBe(1);
    expect(cost(doc.replace('{ about { name } } ', ''), undefined, 'Big')).toBe(102);
  });

  it('refuses a document whose fragments spread into too many fields', () => {
    // Each fragment spreads the next twice: 2^16 fields from a few lines.
    const fragments = Array.from({ length: 16 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const error = refusal(`{ ...F0 }\n${fragments}\nfragment F16 on Query { about { name } }`);
    expect(error.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('leaves variables that do not coerce to execution (which refuses them)', () => {
    expect(cost('query Q($n: Int!) { agencies(first: $n) { totalCount } }', { n: 'many' })).toBe('invalid-variables');
    expect(cost('query Q($n: Int!) { agencies(first: $n) { totalCount } }', {})).toBe('invalid-variables');
  });
});

describe('the service operations', () => {
  it('every operation in schema/operations fits the default limit with its pages at 100', async () => {
    const { schema: real } = await import('../../src/graphql/index.js');
    const SAMPLES: Record<string, unknown> = {
      ID: 'x',
      String: 'x',
      Int: 1,
      Float: 1,
      Boolean: true,
      Date: '2026-01-01',
      DateTime: '2026-01-01T00:00:00Z',
    };
    const files = fs.readdirSync('schema/operations').filter((f) => f.endsWith('.graphql'));
    let costed = 0;
    for (const file of files) {
      const doc: DocumentNode = parse(fs.readFileSync(`schema/operations/${file}`, 'utf8'));
      for (const def of doc.definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION || !def.name) continue;
        // A sample for each variable: pages at 100, scalars and enums at any value. Inputs
        // (mutations' `input`) are left out: those operations are costed without their lists.
        const variables: Record<string, unknown> = {};
        for (const v of def.variableDefinitions ?? []) {
          const type = typeFromAST(real, v.type);
          const named = type && getNamedType(type);
          if (!named) continue;
          if (isEnumType(named)) variables[v.variable.name.value] = named.getValues()[0]!.value;
          else if (named.name in SAMPLES) variables[v.variable.name.value] = SAMPLES[named.name];
        }
        visit(def, {
          Argument(a) {
            if ((a.name.value === 'first' || a.name.value === 'last') && a.value.kind === Kind.VARIABLE)
              variables[a.value.name.value] = 100;
          },
        });
        const result = operationCost(real, doc, variables, def.name.value, { maxPageSize: 100 });
        if (result.kind !== 'cost') continue;
        expect(result.cost, `${file} ${def.name.value}`).toBeLessThanOrEqual(5000);
        costed += 1;
      }
    }
    expect(costed).toBeGreaterThan(20);
  });

  it('weighs ranked matches above plain reads', async () => {
    const { schema: real } = await import('../../src/graphql/index.js');
    const c = (q: string) => operationCost(real, parse(q), {}, undefined, { maxPageSize: 100 });
    const plain = c('{ viewer { applications(first: 10) { nodes { id } } } }');
    const ranked = c('{ viewer { recommendedOpenings(first: 10) { nodes { score } } } }');
    expect(plain).toEqual({ kind: 'cost', cost: 1 + 2 + 10 });
    expect(ranked).toEqual({ kind: 'cost', cost: 1 + 2 + FIELD_COSTS['Viewer.recommendedOpenings']!.extra! + 10 });
  });
});
