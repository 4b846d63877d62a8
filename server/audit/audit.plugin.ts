/**
 * Records every refusal: an operation answered with a FORBIDDEN, UNAUTHENTICATED, TOO_MANY_ATTEMPTS or NOT_FOUND error
 * (a person one may not see answers as an id that names nothing, so probing for one must leave a trace too)
 * becomes one REFUSAL event naming the operation, each refused path and message, the viewer (or none), the request
 * id and the address. A failure to record is logged, not turned into the client's error.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { actorOf } from '../auth/viewer.js';
import type { Context } from '../context.js';
import { logger } from '../shared/logger.js';
import { audit } from './audit.service.js';

/** The error codes that mean "you may not", as against "that went wrong". */
export const refusalCodes = new Set(['FORBIDDEN', 'UNAUTHENTICATED', 'TOO_MANY_ATTEMPTS', 'NOT_FOUND']);

/** `person: you may not see …`, one line per refused error. */
function describe(errors: readonly GraphQLError[]): string {
  return errors
    .map((error) => `${error.path?.join('.') ?? '(operation)'} [${String(error.extensions.code)}]: ${error.message}`)
    .join('\n');
}

export function auditRefusals(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName, operation }) {
          const refused = errors.filter((error) => refusalCodes.has(String(error.extensions?.code)));
          if (refused.length === 0) return;
          const { graph, viewer, requestId, address } = contextValue;
          const action = operationName ?? operation?.name?.value ?? '(anonymous operation)';
          await audit(graph, actorOf(viewer, { id: requestId, address }), {
            kind: 'REFUSAL',
            action,
            message: describe(refused),
          }).catch((error: unknown) => logger.error({ err: error, requestId }, 'a refusal could not be audited'));
        },
      };
    },
  };
}
