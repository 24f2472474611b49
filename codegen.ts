/**
 * Typed documents for the operations in schema/operations (client-preset): used by the API
 * tests through `yoga.fetch`, and by HR-system clients as a typed SDK. Regenerate with
 * `npm run codegen` after changing the schema or an operation; a test fails when it is stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'schema/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
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
