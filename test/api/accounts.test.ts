/** Accounts over HTTP with real tokens: logout, password change, an administrator's changes, and who may make them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../server/auth/users.service.js';
import { UserRole } from '../../server/auth/viewer.js';
import { run, testApp, viewerOf } from '../helpers/api.js';
import { removeByPrefix, testGraph, uniquePrefix } from '../helpers/graph.js';
import { loginOver, type Served, serve } from '../helpers/http.js';

const p = uniquePrefix();
const password = 'correct horse battery';
const admin = `${p}admin`;
let served: Served;
let adminToken: string;
let made = 0;

/** A new coordinator of area a1, with a token. */
async function coordinator(): Promise<{ username: string; token: string }> {
  made += 1;
  const username = `${p}user${made}`;
  await addUser(await testGraph(), { username, password, role: UserRole.COORDINATOR, areaIds: [`${p}a1`] });
  return { username, token: await loginOver(served, username, password) };
}

const me = '{ me { username role areaIds } }';

beforeAll(async () => {
  const graph = await testGraph();
  await graph.write('UNWIND $ids AS id CREATE (:Area {id: id, name: id, tier: 1})', { ids: [`${p}a1`, `${p}a2`] });
  await addUser(graph, { username: admin, password, role: UserRole.ADMIN, areaIds: [] });
  served = await serve(await testApp());
  adminToken = await loginOver(served, admin, password);
});

afterAll(async () => {
  const graph = await testGraph();
  await removeByPrefix(graph, p);
  await graph.write('MATCH (u:User) WHERE u.username STARTS WITH $p DELETE u', { p });
});

describe('logout', () => {
  it('ends the token it is sent with at once, and records the logout', async () => {
    const { username, token } = await coordinator();
    const other = await loginOver(served, username, password);
    expect((await served.post({ query: 'mutation { logout }' }, token)).body).toEqual({ data: { logout: true } });
    const after = await served.post({ query: me }, token);
    expect(after.status).toBe(401);
    expect(after.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // the user's other session goes on
    expect((await served.post({ query: me }, other)).body.data.me.username).toBe(username);
    const [event] = await (await testGraph()).read<{ message: string }>(
      "MATCH (e:AuditEvent {kind: 'LOGOUT', username: $username}) RETURN e.message AS message",
      { username },
    );
    expect(event.message).toContain(username);
  });
});

describe('changePassword', () => {
  it('takes the old and the new password, ends older tokens and gives a new one', async () => {
    const { username, token } = await coordinator();
    const change = 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }';
    const wrong = await served.post(
      { query: change, variables: { o: 'not the password', n: 'a new password 1' } },
      token,
    );
    expect(wrong.body.errors[0]).toMatchObject({
      message: 'the current password is wrong',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const done = await served.post({ query: change, variables: { o: password, n: 'a new password 1' } }, token);
    const fresh = done.body.data.changePassword;
    expect((await served.post({ query: me }, token)).status).toBe(401);
    expect((await served.post({ query: me }, fresh)).body.data.me.username).toBe(username);
    await expect(loginOver(served, username, password)).rejects.toThrow(/wrong/);
    expect(await loginOver(served, username, 'a new password 1')).toBeTruthy();
  });
});

describe('what an administrator changes', () => {
  it("changes a user's role and areas, seen by the user's next request with the same token", async () => {
    const { username, token } = await coordinator();
    const change = await served.post(
      {
        query:
          'mutation($u: String!, $a: ID!) { changeUserAccess(username: $u, role: PLANNER, areaIds: [$a]) { username role areaIds disabled } }',
        variables: { u: username, a: `${p}a2` },
      },
      adminToken,
    );
    expect(change.body).toEqual({
      data: { changeUserAccess: { username, role: 'PLANNER', areaIds: [`${p}a2`], disabled: false } },
    });
    expect((await served.post({ query: me }, token)).body).toEqual({
      data: { me: { username, role: 'PLANNER', areaIds: [`${p}a2`] } },
    });
    const [event] = await (await testGraph()).read<{ changes: string }>(
      "MATCH (e:AuditEvent {kind: 'ACCOUNT', action: 'changeUserAccess', entityId: $username}) RETURN e.changes AS changes",
      { username },
    );
    expect(JSON.parse(event.changes)).toEqual([
      { field: 'role', before: 'COORDINATOR', after: 'PLANNER' },
      { field: 'areaIds', before: [`${p}a1`], after: [`${p}a2`] },
    ]);
  });

  it('disables a user: their token stops working at once and the right password no longer logs in; enabling lets them in again', async () => {
    const { username, token } = await coordinator();
    const disable = await served.post(
      { query: 'mutation($u: String!) { disableUser(username: $u) { disabled } }', variables: { u: username } },
      adminToken,
    );
    expect(disable.body).toEqual({ data: { disableUser: { disabled: true } } });
    expect((await served.post({ query: me }, token)).status).toBe(401);
    const login = await served.post({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) }',
      variables: { u: username, p: password },
    });
    expect(login.body.errors[0].extensions.code).toBe('ACCOUNT_DISABLED');
    await served.post(
      { query: 'mutation($u: String!) { enableUser(username: $u) { disabled } }', variables: { u: username } },
      adminToken,
    );
    // the old token stays ended; a new login works
    expect((await served.post({ query: me }, token)).status).toBe(401);
    expect(await loginOver(served, username, password)).toBeTruthy();
  });

  it("resets a user's password, ending their tokens", async () => {
    const { username, token } = await coordinator();
    const reset = await served.post(
      {
        query: 'mutation($u: String!) { resetPassword(username: $u, password: "a reset password") }',
        variables: { u: username },
      },
      adminToken,
    );
    expect(reset.body).toEqual({ data: { resetPassword: true } });
    expect((await served.post({ query: me }, token)).status).toBe(401);
    await expect(loginOver(served, username, password)).rejects.toThrow(/wrong/);
    expect(await loginOver(served, username, 'a reset password')).toBeTruthy();
  });

  it("refuses to disable or demote the administrator's own account", async () => {
    const disable = await served.post(
      { query: 'mutation($u: String!) { disableUser(username: $u) { disabled } }', variables: { u: admin } },
      adminToken,
    );
    expect(disable.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const demote = await served.post(
      {
        query:
          'mutation($u: String!, $a: ID!) { changeUserAccess(username: $u, role: COORDINATOR, areaIds: [$a]) { role } }',
        variables: { u: admin, a: `${p}a1` },
      },
      adminToken,
    );
    expect(demote.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('who may manage users', () => {
  const target = `${p}target`;
  const operations: Record<string, string> = {
    users: '{ users { username } }',
    createUser: `mutation { createUser(input: {username: "${p}new", password: "a long password", role: ADMIN, areaIds: []}) { username } }`,
    changeUserAccess: `mutation { changeUserAccess(username: "${target}", role: ADMIN, areaIds: []) { role } }`,
    disableUser: `mutation { disableUser(username: "${target}") { disabled } }`,
    enableUser: `mutation { enableUser(username: "${target}") { disabled } }`,
    resetPassword: `mutation { resetPassword(username: "${target}", password: "a long password") }`,
  };

  beforeAll(async () => {
    await addUser(await testGraph(), { username: target, password, role: UserRole.COORDINATOR, areaIds: [`${p}a1`] });
  });

  for (const role of [UserRole.COORDINATOR, UserRole.PLANNER, UserRole.COUNCIL_MEMBER]) {
    for (const [name, query] of Object.entries(operations)) {
      it(`refuses ${name} to a ${role}`, async () => {
        const answer = await run(viewerOf(role, [`${p}a1`]), query);
        expect(answer).toEqual({
          data: null,
          errors: [
            expect.objectContaining({
              message: 'only an administrator manages users',
              extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
            }),
          ],
        });
      });
    }
  }

  it('leaves the account as it was after every refusal', async () => {
    const [row] = await (await testGraph()).read<{ role: string; disabled: boolean; created: number }>(
      `MATCH (u:User {username: $target}) OPTIONAL MATCH (n:User {username: $created})
       RETURN u.role AS role, u.disabled AS disabled, count(n) AS created`,
      { target, created: `${p}new` },
    );
    expect(row).toEqual({ role: 'COORDINATOR', disabled: false, created: 0 });
    expect(await loginOver(served, target, password)).toBeTruthy();
  });
});
