/** Our errors: each a GraphQLError with a stable `extensions.code` that the web app turns into words. */
import { GraphQLError } from 'graphql';
import type { EntityKind } from '../vocabulary/ties.js';

/**
 * A value the caller gave is wrong. `extensions.argument` names where it was given, as the schema spells it: the
 * GraphQL argument (`areaId`, `asOf`, `suggestedIds`), or for an input object the field inside it (`name`, `tier`,
 * `covers` of `input`). It is the only key besides `code`: never `field`, which in GraphQL means an output field.
 */
export class BadInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument === undefined ? {} : { argument }) } });
  }
}

/** What a NOT_FOUND names: one of the entity labels, or another kind of record, always as its type is spelt. */
export type NotFoundKind =
  | EntityKind
  | 'Tie'
  | 'User'
  | 'Finding'
  | 'SavedView'
  | 'Case'
  | 'PlanItem'
  | 'Meeting'
  | 'Match';

/**
 * Nothing with this id exists for the viewer: `extensions.kind` (the kinds asked for, joined by " or ") and `id`.
 * Something the viewer may not see gets exactly this answer too, so hidden and unknown cannot be told apart.
 */
export class NotFoundError extends GraphQLError {
  constructor(kinds: NotFoundKind | readonly NotFoundKind[], id: string) {
    const kind = typeof kinds === 'string' ? kinds : kinds.join(' or ');
    super(`${kind} "${id}" does not exist`, { extensions: { code: 'NOT_FOUND', kind, id } });
  }
}

/**
 * The change collides with what is there: an id that is taken (`argument` then names where the id was given), a
 * tie or user that exists already, an area that still holds things.
 */
export class ConflictError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: 'CONFLICT', ...(argument === undefined ? {} : { argument }) } });
  }
}

/**
 * The one answer for an id (or a username) that is in use already: CONFLICT, never which kind of entity holds it
 * (the id may be a person's the viewer may not see), with `argument` naming where it was given.
 */
export class IdTakenError extends ConflictError {
  constructor(id: string, argument = 'id', what: 'id' | 'username' = 'id') {
    super(`the ${what} "${id}" is taken already; choose another`, argument);
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

/** Too many failed logins for one username or from one address: refused until the window passes. */
export class TooManyAttemptsError extends GraphQLError {
  constructor(retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(`too many failed logins; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`, {
      extensions: {
        code: 'TOO_MANY_ATTEMPTS',
        retryAfterSeconds,
        http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
  }
}

/** The password was right but an administrator has disabled the account. */
export class AccountDisabledError extends GraphQLError {
  constructor() {
    super('this account is disabled; ask an administrator', {
      extensions: { code: 'ACCOUNT_DISABLED', http: { status: 401 } },
    });
  }
}

/** A query deeper, wider (aliases) or costlier than the server answers. */
export class QueryTooComplexError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
  }
}

export class DatabaseUnavailableError extends GraphQLError {
  constructor() {
    super('the database does not answer; try again in a moment', { extensions: { code: 'DATABASE_UNAVAILABLE' } });
  }
}

/**
 * The client went away (a page closed, a map left) before its answer was ready: the reads it started were stopped
 * in the database rather than left running for nobody. No client reads this; the logs and the audit may.
 */
export class RequestClosedError extends GraphQLError {
  constructor() {
    super('the request was closed before its answer was ready', { extensions: { code: 'CLIENT_CLOSED_REQUEST' } });
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

/** One bad value in a town bundle, located the way graphql-js locates a syntax error. */
export interface BundleProblem {
  /** The file's name inside the bundle folder, e.g. `people.csv`. */
  file: string;
  /** 1-based line in the file; the header row is line 1. */
  line: number;
  /** 1-based index of the column in the header row (0 when the column is missing altogether). */
  column: number;
  /** The column's header name. */
  columnName: string;
  /** The value as written in the file. */
  value: string;
  /** What is wrong and what was expected. */
  message: string;
  /**
   * In a workbook, the cell as a spreadsheet names it (`住民!G17`; a whole row `住民!1:1`); `file` is then the
   * sheet's name, `line` its row and `column` its column number.
   */
  cell?: string;
}

/** `people.csv:12:4 (age_band) …` or `住民!E12 (age_band) …`: how a problem is printed, in errors and on the terminal. */
export function formatBundleProblem(problem: BundleProblem): string {
  const column = problem.columnName ? ` (${problem.columnName})` : '';
  const at = problem.cell ?? `${problem.file}:${problem.line}:${problem.column}`;
  return `${at}${column} ${problem.message}`;
}

/** A bundle with bad values: nothing was imported. Every problem is listed, not only the first. */
export class BundleInvalidError extends GraphQLError {
  /** How many problems the message spells out; `extensions.problems` always holds all of them. */
  static readonly listed = 100;

  constructor(readonly problems: BundleProblem[]) {
    const lines = problems.slice(0, BundleInvalidError.listed).map(formatBundleProblem);
    if (problems.length > lines.length) lines.push(`… and ${problems.length - lines.length} more`);
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`the bundle has ${count}; nothing was imported:\n${lines.join('\n')}`, {
      extensions: { code: 'BUNDLE_INVALID', problems },
    });
  }
}
