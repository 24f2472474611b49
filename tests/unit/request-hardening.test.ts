/**
 * The request-level pieces of the security review's fixes, without a server: query-string and
 * form parameters (src/platform/limits/params.ts), suggestion stripping and variable errors
 * (src/platform/limits/suggestions.ts), and which documents an anonymous caller may not have validated
 * (src/platform/auth/authenticate.ts, touchesMutations).
 */
import { GraphQLError, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mutationOnlyInputs, touchesMutations } from '../../src/platform/auth/authenticate.js';
import { paramsOf } from '../../src/platform/limits/params.js';
import { isVariableValueError, stripSuggestions } from '../../src/platform/limits/suggestions.js';
import { schema } from '../../src/graphql/index.js';

describe('paramsOf', () => {
  it('reads query, operationName, variables and extensions', () => {
    const params = paramsOf(
      new URLSearchParams({ query: '{ a }', operationName: 'A', variables: '{"n":1}', extensions: '{"x":[1]}' }),
    );
    expect(params).toEqual({ query: '{ a }', operationName: 'A', variables: { n: 1 }, extensions: { x: [1] } });
    expect(paramsOf(new URLSearchParams(''))).toEqual({
      query: undefined,
      operationName: undefined,
      variables: undefined,
      extensions: undefined,
    });
  });

  it('refuses malformed JSON with a BAD_REQUEST naming the parameter', () => {
    for (const name of ['variables', 'extensions'] as const) {
      for (const bad of ['{', 'nope', '{"a":}', "{'a':1}", '\u0000']) {
        let error: unknown;
        try {
          paramsOf(new URLSearchParams({ query: '{ a }', [name]: bad }));
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(GraphQLError);
        expect((error as GraphQLError).message).toBe(`The "${name}" parameter is not valid JSON.`);
        expect((error as GraphQLError).extensions).toEqual({ code: 'BAD_REQUEST', http: { status: 400 } });
      }
    }
  });
});

describe('stripSuggestions', () => {
  it('removes every form graphql-js writes', () => {
    const cases: [string, string][] = [
      [
        'Cannot query field "agencis" on type "Query". Did you mean "agencies" or "agency"?',
        'Cannot query field "agencis" on type "Query".',
      ],
      [
        'Value "NAM" does not exist in "AgencyOrderField" enum. Did you mean the enum value "NAME"?',
        'Value "NAM" does not exist in "AgencyOrderField" enum.',
      ],
      [
        'Field "nme" is not defined by type "CreateAgencyInput". Did you mean "name"?',
        'Field "nme" is not defined by type "CreateAgencyInput".',
      ],
      [
        'Cannot query field "name" on type "Node". Did you mean to use an inline fragment on "Agency", "Skill", or "Opening"?',
        'Cannot query field "name" on type "Node".',
      ],
      [
        'Variable "$o" got invalid value "NAM" at "o.field"; Value "NAM" does not exist in "AgencyOrderField" enum. Did you mean the enum value "NAME" or "CODE"?',
        'Variable "$o" got invalid value "NAM" at "o.field"; Value "NAM" does not exist in "AgencyOrderField" enum.',
      ],
      ['Nothing to strip.', 'Nothing to strip.'],
    ];
    for (const [message, stripped] of cases) expect(stripSuggestions(message)).toBe(stripped);
  });
});

describe('isVariableValueError', () => {
  it('recognises graphql-js variable coercion errors, and nothing else', () => {
    expect(
      isVariableValueError(new GraphQLError('Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x"')),
    ).toBe(true);
    expect(isVariableValueError(new GraphQLError('Variable "$n" of required type "Int!" was not provided.'))).toBe(true);
    expect(
      isVariableValueError(new GraphQLError('Variable "$n" got invalid value', { originalError: new GraphQLError('scalar') })),
    ).toBe(true);
    // A JavaScript error under it is ours: it stays an unexpected error (masked and logged).
    expect(
      isVariableValueError(
        new GraphQLError('Variable "$n" got invalid value', { originalError: new TypeError('x is undefined') }),
      ),
    ).toBe(false);
    expect(isVariableValueError(new GraphQLError('Variable "$n" got invalid value', { extensions: { code: 'X' } }))).toBe(false);
    expect(isVariableValueError(new GraphQLError('Variable "$n" got invalid value', { path: ['a'] }))).toBe(false);
    expect(isVariableValueError(new GraphQLError('Cannot query field "x"'))).toBe(false);
    expect(isVariableValueError(new Error('Variable "$n" got invalid value'))).toBe(false);
  });
});

describe('touchesMutations', () => {
  const touches = (query: string) => touchesMutations(parse(query), schema);

  it('finds mutations, fragments on Mutation, and variables of mutation-only input types', () => {
    expect(touches('mutation { createAgency(input: { cod: "x" }) { __typename } }')).toBe(true);
    expect(touches('query Q { about { name } } mutation M { __typename }')).toBe(true);
    expect(touches('{ about { name } } fragment F on Mutation { __typename }')).toBe(true);
    expect(touches('{ ... on Mutation { __typename } }')).toBe(true);
    expect(touches('query ($i: CreateAgencyInput) { about { name } }')).toBe(true);
    expect(touches('query ($i: [CreateAgencyInput!]!) { about { name } }')).toBe(true);
  });

  it('leaves queries alone, public input types included', () => {
    expect(touches('{ about { name } }')).toBe(false);
    expect(
      touches('query ($f: AgencyFilter = { search: "x" }, $n: Int) { agencies(first: $n, filter: $f) { totalCount } }'),
    ).toBe(false);
    expect(touches('subscription { marketplaceEvents { kind } }')).toBe(false);
    expect(touches('{ ... on Query { about { name } } } fragment A on Agency { name }')).toBe(false);
  });

  it('knows which input types only mutations take', () => {
    const inputs = mutationOnlyInputs(schema);
    expect(inputs.has('CreateAgencyInput')).toBe(true);
    expect(inputs.has('AgencyFilter')).toBe(false);
    expect(inputs.has('AgencyOrder')).toBe(false);
    expect(inputs.has('OpeningFilter')).toBe(false);
  });
});
