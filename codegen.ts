/**
 * Typed documents, two outputs of the client preset:
 *
 * - `schema/generated/`: the operations in schema/operations, used by the API tests through
 *   `yoga.fetch`, and by HR-system clients as a typed SDK. Regenerate with `npm run codegen`
 *   after changing the schema or an operation; a test fails when it is stale.
 *   Persisted documents: every document also carries `__meta__.hash`, the SHA-256 of its
 *   normalized text, and persisted-documents.json maps each hash to that text. The service loads
 *   the manifest at start (GRAPHQL_PERSISTED_OPERATIONS), so clients may send
 *   `extensions: { persistedQuery: { version: 1, sha256Hash: doc.__meta__.hash } }` instead of
 *   the document, and in `only` mode must.
 * - `src/web/gql/`: the web app's documents, written with `graphql(...)` beside the pages in
 *   src/web. String documents (no GraphQL parser in the browser bundle), imports with `.js` so
 *   both Vite and the NodeNext type check resolve them.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { Date: 'string', DateTime: 'string', JSON: 'unknown', ID: 'string' };

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'schema/generated/': {
      documents: ['schema/operations/**/*.graphql'],
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        gqlTagName: 'graphql',
        persistedDocuments: { mode: 'embedHashInDocument', hashPropertyName: 'hash', hashAlgorithm: 'sha256' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false },
        scalars,
      },
    },
    'src/web/gql/': {
      documents: ['src/web/**/*.{ts,tsx}', '!src/web/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        documentMode: 'string',
        importExtension: '.js',
        avoidOptionals: { field: true, inputValue: false, object: false },
        scalars,
      },
    },
  },
};

export default config;
