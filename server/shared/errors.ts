/** Our errors: each a GraphQLError with a stable `extensions.code` that the web app turns into words. */
import { GraphQLError } from 'graphql';

export class BadInputError extends GraphQLError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...extra } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(kind: string, id: string) {
    super(`${kind} "${id}" does not exist`, { extensions: { code: 'NOT_FOUND', kind, id } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'CONFLICT' } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'log in first: this needs a valid bearer token') {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'your role may not see or change this') {
    super(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
  }
}

export class DatabaseUnavailableError extends GraphQLError {
  constructor() {
    super('the database does not answer; try again in a moment', { extensions: { code: 'DATABASE_UNAVAILABLE' } });
  }
}

export class GdsUnavailableError extends GraphQLError {
  constructor() {
    super('this database has no Graph Data Science plugin, which the structure analysis needs', {
      extensions: { code: 'GDS_UNAVAILABLE' },
    });
  }
}

/** For states the code makes impossible; a failure here is our bug, never the user's. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`invariant violated: ${message}`);
}
