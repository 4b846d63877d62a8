/** User accounts: the first admin, password checks (argon2id), sessions, and the changes an administrator makes. */
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { type AuditActor, appendAudit, type FieldChange } from '../audit/audit.service.js';
import type { Graph } from '../graph/graph.js';
import { BadInputError, ConflictError, IdTakenError, NotFoundError } from '../shared/errors.js';
import { logger } from '../shared/logger.js';
import type { TokenClaims } from './tokens.js';
import {
  countUsers,
  createUser,
  findSessionUser,
  findUser,
  revokeToken,
  setAccess,
  setDisabled,
  setPassword,
  type UserRow,
  viewerScope,
} from './users.queries.js';
import { UserRole, type Viewer } from './viewer.js';

export const minimumPasswordLength = 10;

/** On a database with no user, makes `admin` with the given password; says whether it did. */
export async function ensureAdmin(graph: Graph, password: string | undefined): Promise<boolean> {
  const [{ count }] = await graph.read<{ count: number }>(countUsers);
  if (count > 0) return false;
  if (!password) {
    throw new Error('the database has no user yet: set TSUNAGARI_ADMIN_PASSWORD to the password for "admin"');
  }
  try {
    await addUser(graph, { username: 'admin', password, role: UserRole.ADMIN, areaIds: [] });
  } catch (error) {
    // another app server starting on the same new database made it first: theirs is the password
    if (error instanceof ConflictError) return false;
    throw error;
  }
  logger.info('created the first user "admin"');
  return true;
}

function assertPassword(password: string, field = 'password'): void {
  if (password.length < minimumPasswordLength) {
    throw new BadInputError(`a password has at least ${minimumPasswordLength} characters`, field);
  }
}

export async function addUser(
  graph: Graph,
  user: { username: string; password: string; role: UserRole; areaIds: string[] },
  actor?: AuditActor,
): Promise<void> {
  if (!/^[A-Za-z0-9._-]{2,64}$/.test(user.username)) {
    throw new BadInputError('a username is 2–64 letters, digits, dots, dashes or underscores');
  }
  assertPassword(user.password);
  const [existing] = await graph.read<UserRow>(findUser, { username: user.username });
  if (existing) throw new IdTakenError(user.username, 'username', 'username');
  const passwordHash = await hash(user.password);
  await graph.transaction(async (tx) => {
    await tx.run(createUser, { username: user.username, passwordHash, role: user.role, areaIds: user.areaIds });
    if (actor)
      await appendAudit(tx, actor, [
        account('createUser', user.username, [
          { field: 'role', before: null, after: user.role },
          { field: 'areaIds', before: null, after: user.areaIds },
        ]),
      ]);
  }, 'RECORD');
}

/** A hash of nothing anyone knows, made with the same cost as real ones: an unknown user costs one verify too. */
let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hash(randomBytes(32).toString('base64url'));
  return dummy;
}

/** Verifies against the user's hash, or against the dummy one when there is no user, so both take as long. */
export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  const matches = await verify(passwordHash ?? (await dummyHash()), password);
  return passwordHash !== undefined && matches;
}

/** What a login attempt found: the user for a right password, and whether they are disabled. */
export type PasswordCheck = { ok: true; viewer: Viewer; disabled: boolean; tokenVersion: number } | { ok: false };

/** The user for a correct username and password (the caller does not learn which was wrong). */
export async function checkPassword(graph: Graph, username: string, password: string): Promise<PasswordCheck> {
  const [row] = await graph.read<UserRow>(findUser, { username });
  if (!(await verifyPassword(row?.passwordHash, password))) return { ok: false };
  return { ok: true, viewer: await toViewer(graph, row), disabled: row.disabled, tokenVersion: row.tokenVersion };
}

/** The viewer of a token's claims, unless the user is gone or disabled, or the token was revoked or superseded. */
export async function loadViewer(graph: Graph, claims: TokenClaims): Promise<Viewer | undefined> {
  const [row] = await graph.read<UserRow>(findSessionUser, {
    username: claims.username,
    version: claims.version,
    jti: claims.jti,
  });
  return row && toViewer(graph, row);
}

/**
 * The viewer a command line acts as (`npm run export -- … --as USER`): an enabled user, as their token would
 * make them. The operator at the server's console stands in for them, so what the file shows is what they may see.
 */
export async function viewerNamed(graph: Graph, username: string): Promise<Viewer> {
  const [row] = await graph.read<UserRow>(findUser, { username });
  if (!row || row.disabled) throw new NotFoundError('User', username);
  return toViewer(graph, row);
}

/** Ends one token (logout). */
export async function revoke(graph: Graph, claims: TokenClaims, actor: AuditActor): Promise<void> {
  await graph.transaction(async (tx) => {
    await tx.run(revokeToken, { jti: claims.jti, expiresAt: claims.expiresAt.toISOString() });
    await appendAudit(tx, actor, [{ kind: 'LOGOUT', action: 'logout', message: `user "${claims.username}"` }]);
  }, 'RECORD');
}

async function existingUser(graph: Graph, username: string): Promise<UserRow> {
  const [row] = await graph.read<UserRow>(findUser, { username });
  if (!row) throw new NotFoundError('User', username);
  return row;
}

function account(action: string, username: string, changes?: FieldChange[]) {
  return {
    kind: 'ACCOUNT' as const,
    action,
    entity: 'User',
    entityId: username,
    changes,
    message: `user "${username}"`,
  };
}

/** Sets a user's role and areas; takes effect on their next request (the viewer is read at every request). */
export async function changeAccess(
  graph: Graph,
  change: { username: string; role: UserRole; areaIds: string[] },
  actor: AuditActor,
): Promise<void> {
  const before = await existingUser(graph, change.username);
  await graph.transaction(async (tx) => {
    await tx.run(setAccess, change);
    await appendAudit(tx, actor, [
      account('changeUserAccess', change.username, [
        { field: 'role', before: before.role, after: change.role },
        { field: 'areaIds', before: before.areaIds, after: change.areaIds },
      ]),
    ]);
  }, 'RECORD');
}

/** Disables (every token ends at once) or enables a user. */
export async function changeDisabled(
  graph: Graph,
  username: string,
  disabled: boolean,
  actor: AuditActor,
): Promise<void> {
  const before = await existingUser(graph, username);
  await graph.transaction(async (tx) => {
    await tx.run(setDisabled, { username, disabled });
    await appendAudit(tx, actor, [
      account(disabled ? 'disableUser' : 'enableUser', username, [
        { field: 'disabled', before: before.disabled, after: disabled },
      ]),
    ]);
  }, 'RECORD');
}

/** Gives a user a new password and ends their tokens; returns the new token version. */
export async function replacePassword(
  graph: Graph,
  username: string,
  password: string,
  actor: AuditActor,
  action: 'resetPassword' | 'changePassword',
): Promise<number> {
  assertPassword(password, action === 'changePassword' ? 'newPassword' : 'password');
  await existingUser(graph, username);
  const passwordHash = await hash(password);
  return graph.transaction(async (tx) => {
    const [row] = await tx.run<{ tokenVersion: number }>(setPassword, { username, passwordHash });
    // the audit says that the password changed, never what it is
    await appendAudit(tx, actor, [account(action, username)]);
    return row.tokenVersion;
  }, 'RECORD');
}

async function toViewer(graph: Graph, row: UserRow): Promise<Viewer> {
  const role = row.role as UserRole;
  if (role === UserRole.ADMIN) {
    return { username: row.username, role, areaIds: [], scope: undefined, municipalityIds: [] };
  }
  const [scope] = await graph.read<{ inside: string[]; roots: string[] }>(viewerScope, { areaIds: row.areaIds });
  return {
    username: row.username,
    role,
    areaIds: row.areaIds,
    scope: new Set(scope?.inside ?? []),
    municipalityIds: scope?.roots ?? [],
  };
}
