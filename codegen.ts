/**
 * GraphQL Code Generator's config (`npm run codegen`): the web's result and variable types, generated from the
 * committed schema and the `.graphql.ts` documents of web/src/features into web/src/gql/, which is committed and
 * checked by test/webTypes.test.ts.
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
        // components read a fragment's fields straight from the result, with no unmasking step
        fragmentMasking: false,
      },
      config: {
        // enums as string unions, the way the web's vocabulary already spells them
        enumsAsTypes: true,
        // `import type` where only types are imported, as in the rest of the code
        useTypeImports: true,
        // a scalar the schema adds stops codegen until it is mapped below
        strictScalars: true,
        // IDs are strings both ways
        scalars: { ID: 'string' },
      },
    },
  },
};

export default codegenConfig;
