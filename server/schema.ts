/** The GraphQL schema: every resolver of every concept, built once. */
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { requireLogin } from './auth/requireLogin.js';
import { assertClassified } from './auth/schemaCheck.js';
import { resolvers } from './resolvers.js';

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: resolvers as unknown as NonEmptyArray<Function>,
    globalMiddlewares: [requireLogin],
    validate: false,
    emitSchemaFile: false,
  });
  // fail closed: a field nobody classified could disclose a person unnoticed
  assertClassified(schema);
  return schema;
}
