/** User accounts: the first admin, password checks (argon2id), new users. */
import { hash, verify } from '@node-rs/argon2';
import type { Graph } from '../graph/graph.js';
import { BadInputError, ConflictError } from '../shared/errors.js';
import { logger } from '../shared/logger.js';
import { type UserRow, countUsers, createUser, findUser, viewerScope } from './users.queries.js';
import { UserRole, type Viewer } from './viewer.js';

export const minimumPasswordLength = 10;

/** On a database with no user, makes `admin` with the given password; says whether it did. */
export async function ensureAdmin(graph: Graph, password: string | undefined): Promise<boolean> {
  const [{ count }] = await graph.read<{ count: number }>(countUsers);
  if (count > 0) return false;
  if (!password) {
    throw new Error('the database has no user yet: set TSUNAGARI_ADMIN_PASSWORD to the password for "admin"');
  }
  await addUser(graph, { username: 'admin', password, role: UserRole.ADMIN, areaIds: [] });
  logger.info('created the first user "admin"');
  return true;
}

export async function addUser(
  graph: Graph,
  user: { username: string; password: string; role: UserRole; areaIds: string[] },
): Promise<void> {
  if (!/^[A-Za-z0-9._-]{2,64}$/.test(user.username)) {
    throw new BadInputError('a username is 2–64 letters, digits, dots, dashes or underscores');
  }
  if (user.password.length < minimumPasswordLength) {
    throw new BadInputError(`a password has at least ${minimumPasswordLength} characters`);
  }
  const [existing] = await graph.read<UserRow>(findUser, { username: user.username });
  if (existing) throw new ConflictError(`the user "${user.username}" exists already`);
  await graph.write(createUser, {
    username: user.username,
    passwordHash: await hash(user.password),
    role: user.role,
    areaIds: user.areaIds,
  });
}

/** The viewer for a correct username and password, else undefined (the caller does not learn which was wrong). */
export async function checkPassword(graph: Graph, username: string, password: string): Promise<Viewer | undefined> {
  const [row] = await graph.read<UserRow>(findUser, { username });
  if (!row || !(await verify(row.passwordHash, password))) return undefined;
  return toViewer(graph, row);
}

export async function loadViewer(graph: Graph, username: string): Promise<Viewer | undefined> {
  const [row] = await graph.read<UserRow>(findUser, { username });
  return row && toViewer(graph, row);
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
