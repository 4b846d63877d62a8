/**
 * A lost password reset from the server's console (`npm run reset-password`): for the administrator no other
 * administrator can reset. A new random password, the user's tokens ended, and a `resetPassword` in the audit log
 * by the console (no username: nobody logged in did it).
 */
import { randomBytes } from 'node:crypto';
import type { Graph } from '../graph/graph.js';
import { replacePassword } from './users.service.js';

export const consoleActor = { username: null, role: null, requestId: 'console: npm run reset-password', address: null };

/** Gives the user a new random password and returns it (NotFoundError for an unknown username). */
export async function resetFromConsole(graph: Graph, username: string): Promise<string> {
  const password = randomBytes(12).toString('base64url');
  await replacePassword(graph, username, password, consoleActor, 'resetPassword');
  return password;
}
