/** The server refuses to start with a field the classification (classification.ts) does not cover. */
import { type GraphQLSchema, isObjectType } from 'graphql';
import { unclassifiedFields } from './classification.js';

/** Every object type of the schema, with its field names (introspection types left out). */
export function objectTypes(schema: GraphQLSchema): { name: string; fields: string[] }[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .map((type) => ({ name: type.name, fields: Object.keys((type as { getFields(): object }).getFields()) }));
}

export function assertClassified(schema: GraphQLSchema): void {
  const missing = unclassifiedFields(objectTypes(schema));
  if (missing.length > 0) {
    throw new Error(`unclassified fields (classify them in server/auth/classification.ts): ${missing.join(', ')}`);
  }
}
