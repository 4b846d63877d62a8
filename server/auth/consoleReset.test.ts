import { afterAll, describe, expect, it } from 'vitest';
import { testGraph, uniquePrefix } from '../../test/helpers/graph.js';
import { NotFoundError } from '../shared/errors.js';
import { consoleActor, resetFromConsole } from './consoleReset.js';
import { addUser, checkPassword } from './users.service.js';
import { UserRole } from './viewer.js';

const username = `${uniquePrefix()}lost-admin`;

afterAll(async () => {
  const graph = await testGraph();
  await graph.write('MATCH (u:User {username: $username}) DETACH DELETE u', { username });
});

describe('resetting a lost password from the console', () => {
  it('gives a new password, ends the old one and its tokens, and leaves it in the audit log', async () => {
    const graph = await testGraph();
    await addUser(graph, { username, password: 'forgotten-password-1', role: UserRole.ADMIN, areaIds: [] });
    const before = await checkPassword(graph, username, 'forgotten-password-1');
    expect(before.ok).toBe(true);
    const password = await resetFromConsole(graph, username);
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect((await checkPassword(graph, username, 'forgotten-password-1')).ok).toBe(false);
    const after = await checkPassword(graph, username, password);
    expect(after.ok).toBe(true);
    if (before.ok && after.ok) expect(after.tokenVersion).toBeGreaterThan(before.tokenVersion);
    const [event] = await graph.read<{ action: string; username: string | null; requestId: string }>(
      `MATCH (e:AuditEvent {entityId: $username, action: 'resetPassword'})
       RETURN e.action AS action, e.username AS username, e.requestId AS requestId`,
      { username },
    );
    expect(event).toEqual({ action: 'resetPassword', username: null, requestId: consoleActor.requestId });
  });

  it('refuses a username nobody has', async () => {
    await expect(resetFromConsole(await testGraph(), `${username}-nobody`)).rejects.toBeInstanceOf(NotFoundError);
  });
});
