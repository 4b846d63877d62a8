/** The printed SDL of the API, as committed in schema/schema.graphql. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from './schema.js';

export const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../schema/schema.graphql');

export async function schemaText(): Promise<string> {
  const header = '# The Tsunagari API, printed from the server by `npm run schema`. Do not edit by hand.\n\n';
  return header + printSchema(lexicographicSortSchema(await buildAppSchema())) + '\n';
}
