/** Introspection (`__schema`, `__type`) tells the shape of the whole API: only a logged-in user may ask for it. */
import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, type DocumentNode, visit } from 'graphql';
import type { Context } from '../context.js';
import { UnauthenticatedError } from '../shared/errors.js';

function asksIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
    },
  });
  return found;
}

export const introspectionNeedsLogin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        if (!contextValue.viewer && asksIntrospection(document)) {
          throw new UnauthenticatedError('log in first: introspection needs a valid bearer token');
        }
      },
    };
  },
};
