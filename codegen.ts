/**
 * Typed documents for the operations in schema/operations (client-preset): used by the API
 * tests through `yoga.fetch`, and by HR-system clients as a typed SDK. Regenerate with
 * `npm run codegen` after changing the schema or an operation; a test fails when it is stale.
 *
 * Persisted documents: every document also carries `__meta__.hash`, the SHA-256 of its
 * normalized text, and persisted-documents.json maps each hash to that text. The service loads
 * the manifest at start (GRAPHQL_PERSISTED_OPERATIONS), so clients may send
 * `extensions: { persistedQuery: { version: 1, sha256Hash: doc.__meta__.hash } }` instead of
 * the document, and in `only` mode must.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'schema/generated/': {
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
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown', ID: 'string' },
      },
    },
  },
};

export default config;
