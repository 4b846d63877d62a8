/**
 * Limits on what one GraphQL document may ask, checked before it runs: depth, aliases and a structural cost
 * (graphql-armor's rules). The web app's own documents stay well inside them (test/api/queryLimits.test.ts checks
 * every one); a document past a limit is refused whole with QUERY_TOO_COMPLEX.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { type DocumentNode, type GraphQLError, type GraphQLSchema, type ValidationRule, validate } from 'graphql';
import { QueryTooComplexError } from './errors.js';

export const queryLimits = {
  /** Nesting of selections; the web app's deepest document (the area report) needs 6. */
  maxDepth: 10,
  /** Aliased fields per document: a few for a comparison screen, never hundreds of whole-town maps. */
  maxAliases: 10,
  /** graphql-armor's cost: 1 per scalar, 2 per object, ×1.5 per level (the area report's is about 330). */
  maxCost: 5000,
} as const;

/** The rules report through the validation context instead of throwing, so every document gets one clear error. */
const report = {
  propagateOnRejection: false,
  onReject: [(ctx: { reportError(e: GraphQLError): void } | null, e: GraphQLError) => ctx?.reportError(e)],
};

export const queryLimitRules: ValidationRule[] = [
  maxDepthRule({ n: queryLimits.maxDepth, ...report }),
  maxAliasesRule({ n: queryLimits.maxAliases, ...report }),
  costLimitRule({ maxCost: queryLimits.maxCost, ...report }),
];

/** The first limit a document passes, as our error; undefined when it keeps to all of them. */
export function queryLimitError(schema: GraphQLSchema, document: DocumentNode): QueryTooComplexError | undefined {
  const [problem] = validate(schema, document, queryLimitRules);
  // graphql-armor prefixes its messages with "Syntax Error: ", which they are not
  return (
    problem && new QueryTooComplexError(`the query asks too much: ${problem.message.replace(/^Syntax Error: /, '')}`)
  );
}

/** An Apollo plugin: refuses a document past a limit before anything is executed. */
export const queryLimitsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document }) {
        const error = queryLimitError(schema, document);
        if (error) throw error;
      },
    };
  },
};
