/**
 * GraphQL Code Generator's config (`npm run codegen`): the web's result and variable types, generated from the
 * committed schema and the documents in web/src/features/*\/*.graphql.ts, into web/src/gql/ (committed; a test
 * fails when it is stale).
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

export const codegenConfig: CodegenConfig = {
  // the SDL the server prints (`npm run schema`), never a running server
  schema: 'schema/schema.graphql',
  // every document the web app sends; they are written with `graphql()` from web/src/gql
  documents: ['web/src/features/*/*.graphql.ts'],
  // a typo in the glob must fail, not generate nothing
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: {
        // components read fragments' fields directly; Apollo's own data masking is off too
        fragmentMasking: false,
      },
      config: {
        // enums as string unions, the way the web's vocabulary already spells them
        enumsAsTypes: true,
        // `import type` for types only (verbatim, tree-shaken)
        useTypeImports: true,
        // a scalar the schema may add later is unknown until it is mapped here
        strictScalars: true,
        // IDs are strings both ways
        scalars: { ID: 'string' },
      },
    },
  },
};

export default codegenConfig;
