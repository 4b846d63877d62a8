/** Every operation but `login` needs a viewer: one global middleware, so no resolver can forget it. */
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context.js';
import { UnauthenticatedError } from '../shared/errors.js';
import { actorOf, type Viewer } from './viewer.js';

const open = new Set(['login', '__schema', '__type', '__typename']);

export const requireLogin: MiddlewareFn<Context> = async ({ context, info }, next) => {
  const rootType = info.parentType.name;
  if ((rootType === 'Query' || rootType === 'Mutation') && !open.has(info.fieldName) && !context.viewer) {
    throw new UnauthenticatedError();
  }
  return next();
};

/** The viewer of a request that has passed requireLogin. */
export function viewerIn(context: Context): Viewer {
  if (!context.viewer) throw new UnauthenticatedError();
  return context.viewer;
}

/** Who acts in this request, for the audit log (the viewer if logged in, the request id and address always). */
export function actorIn(context: Context) {
  return actorOf(context.viewer, { id: context.requestId, address: context.address });
}
