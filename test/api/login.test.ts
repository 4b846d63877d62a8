import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../server/auth/users.service.js';
import { UserRole } from '../../server/auth/viewer.js';
import { testApp } from '../helpers/api.js';
import { testGraph, uniquePrefix } from '../helpers/graph.js';

const username = `${uniquePrefix()}coordinator`;
let base = '';
let close: () => void = () => {};

async function post(body: object, token?: string) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  const graph = await testGraph();
  await addUser(graph, { username, password: 'correct horse battery', role: UserRole.COORDINATOR, areaIds: [] });
  const server = (await testApp()).express.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});

afterAll(async () => {
  close();
  await (await testGraph()).write('MATCH (u:User {username: $username}) DELETE u', { username });
});

describe('login over HTTP', () => {
  it('gives a token for the right password, and the token opens the API', async () => {
    const login = await post({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) }',
      variables: { u: username, p: 'correct horse battery' },
    });
    expect(login.status).toBe(200);
    const token = login.body.data.login;
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const me = await post({ query: '{ me { username role } }' }, token);
    expect(me.body).toEqual({ data: { me: { username, role: 'COORDINATOR' } } });
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const login = await post({ query: 'mutation { login(username: "nobody-here", password: "whatever-it-is") }' });
    expect(login.body.errors[0].message).toBe('the username or the password is wrong');
  });

  it('answers 401 and no data without a token, and with a forged one', async () => {
    const none = await post({ query: '{ areas { id } }' });
    expect(none.status).toBe(401);
    expect(none.body.data).toBeNull();
    const forged = await post({ query: '{ areas { id } }' }, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl');
    expect(forged.status).toBe(401);
  });
});
