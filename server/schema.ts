/** The GraphQL schema: every resolver of every concept, built once. */
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { type NonEmptyArray, buildSchema } from 'type-graphql';
import { requireLogin } from './auth/requireLogin.js';
import { resolvers } from './resolvers.js';

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: resolvers as unknown as NonEmptyArray<Function>,
    globalMiddlewares: [requireLogin],
    validate: false,
    emitSchemaFile: false,
  });
}
