/**
 * Two app servers, each its own process, on one database, as behind one load balancer (issue 15, part 3): what one
 * server hands out or counts holds on the other — a token, a logout, the stand-in ids, a lockout, the bundle
 * transfer limit — and a write through one is read through the other at once, its map cache included. A third
 * server with another app secret refuses to start, unless told the secret was changed on purpose.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { assertSharedSecret } from '../../server/auth/sharedSecret.js';
import { addUser } from '../../server/auth/users.service.js';
import { UserRole } from '../../server/auth/viewer.js';
import { importBundle } from '../../server/bundles/import.js';
import { prefixedSampleTown } from '../browser/appServer.js';
import { removeByPrefix, testGraph, uniquePrefix } from '../helpers/graph.js';

const p = uniquePrefix();
const id = (sampleId: string) => `${p}${sampleId}`;
const password = 'cluster-password-1';
const admin = `${p}admin`;
const council = `${p}council`;
const locked = `${p}locked`;
const secret = randomBytes(48).toString('base64url');
const script = path.resolve(import.meta.dirname, 'appServerProcess.ts');
const tsx = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');

interface Server {
  base: string;
  child: ChildProcess;
}

const children: ChildProcess[] = [];

/** Starts an app server process; resolves with its address, or rejects with what it wrote when it refused. */
function startServer(withSecret: string): Promise<Server> {
  const { uri, user, password: dbPassword } = inject('neo4j');
  const child = spawn(tsx, [script], {
    env: {
      ...process.env,
      CLUSTER_NEO4J_URI: uri,
      CLUSTER_NEO4J_USER: user,
      CLUSTER_NEO4J_PASSWORD: dbPassword,
      CLUSTER_IMPORTS_PER_WINDOW: '2',
      TSUNAGARI_SECRET: withSecret,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"port"'));
      if (line) resolve({ base: `http://127.0.0.1:${JSON.parse(line).port}`, child });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`exit ${code}: ${err.trim()}`)));
  });
}

/** A client of one server, from an address of this test file's own (the servers trust X-Forwarded-For). */
async function post(server: Server, query: string, variables: object = {}, token?: string) {
  const response = await fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': clientAddress,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: any }[] };
}

const clientAddress = `10.${[1, 3, 5].map((at) => Number.parseInt(p.slice(at, at + 2), 16)).join('.')}`;
const loginQuery = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) }';

async function login(server: Server, username: string, pass = password): Promise<string> {
  const answer = await post(server, loginQuery, { u: username, p: pass });
  expect(answer.errors).toBeUndefined();
  return answer.data.login;
}

let a: Server;
let b: Server;

beforeAll(async () => {
  const graph = await testGraph();
  const folder = prefixedSampleTown(p);
  await importBundle(graph, folder);
  fs.rmSync(folder, { recursive: true, force: true });
  await addUser(graph, { username: admin, password, role: UserRole.ADMIN, areaIds: [] });
  await addUser(graph, { username: council, password, role: UserRole.COUNCIL_MEMBER, areaIds: [id('a2-higashi')] });
  await addUser(graph, { username: locked, password, role: UserRole.COORDINATOR, areaIds: [id('a2-higashi')] });
  // the database keeps the fingerprint of the first secret it is served with: this file's servers bring their own
  await graph.record("MATCH (s:AppSecret {id: 'app'}) DELETE s");
  a = await startServer(secret);
  b = await startServer(secret);
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const graph = await testGraph();
  await graph.record("MATCH (s:AppSecret {id: 'app'}) DELETE s");
  await removeByPrefix(graph, p);
  await graph.write('MATCH (u:User) WHERE u.username STARTS WITH $p DETACH DELETE u', { p });
  await graph.record('MATCH (t:RateCounter) WHERE t.key CONTAINS $p DELETE t', { p });
});

describe('two app servers on one database', () => {
  it('reads on one server a token issued by the other, and a logout on either ends it on both', async () => {
    const token = await login(a, admin);
    const me = await post(b, '{ me { username role } }', {}, token);
    expect(me).toEqual({ data: { me: { username: admin, role: 'ADMIN' } } });
    expect((await post(b, 'mutation { logout }', {}, token)).data).toEqual({ logout: true });
    const after = await post(a, '{ me { username } }', {}, token);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows a council member the same stand-in ids from both servers', async () => {
    const query = 'query($id: ID!) { network(areaId: $id) { nodes { id anonymous } } }';
    const ids = async (server: Server) => {
      const answer = await post(server, query, { id: id('a2-higashi') }, await login(server, council));
      expect(answer.errors).toBeUndefined();
      return (answer.data.network.nodes as { id: string; anonymous: boolean }[]).map((node) => node.id).sort();
    };
    const fromA = await ids(a);
    expect(fromA.filter((node) => node.startsWith('anon-')).length).toBeGreaterThan(5);
    expect(await ids(b)).toEqual(fromA);
  });

  it('keeps a lockout made by failed logins on one server on the other, the right password refused', async () => {
    for (let i = 0; i < 10; i += 1) {
      const failed = await post(i % 2 ? b : a, loginQuery, { u: locked, p: `wrong password ${i}` });
      expect(failed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    for (const server of [a, b]) {
      const refused = await post(server, loginQuery, { u: locked, p: password });
      expect(refused.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    }
  });

  it('counts bundle transfers of a user across both servers', async () => {
    const token = await login(a, admin);
    const upload = (server: Server) =>
      fetch(`${server.base}/api/bundle/import?mode=dry-run`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/zip' },
        body: 'not a zip',
      });
    // two per window (CLUSTER_IMPORTS_PER_WINDOW): one on each server, and the third is refused by either
    expect((await upload(a)).status).toBe(400);
    expect((await upload(b)).status).toBe(400);
    expect((await upload(a)).status).toBe(429);
    expect((await upload(b)).status).toBe(429);
  });

  it('reads on one server a write made through the other at once, its cached map counts included', async () => {
    const boxes = 'query($id: ID!) { network(areaId: $id, open: []) { nodes { id summary { hubs } } } }';
    const onA = await login(a, admin);
    const onB = await login(b, admin);
    const hubsOf = async (server: Server, token: string) => {
      const answer = await post(server, boxes, { id: id('a1-sakuradai') }, token);
      expect(answer.errors).toBeUndefined();
      return answer.data.network.nodes.find((node: { id: string }) => node.id === id('a2-higashi')).summary.hubs;
    };
    const before = await hubsOf(b, onB);
    // read twice: the second answer comes from B's cache
    expect(await hubsOf(b, onB)).toBe(before);
    const created = await post(
      a,
      'mutation($id: ID!, $input: HubInput!) { createHub(id: $id, input: $input) { id } }',
      {
        id: id('hub-cluster'),
        input: { name: 'クラスタ試験サロン', kind: 'サロン', areaId: id('a3-ookubo'), tags: [] },
      },
      onA,
    );
    expect(created.errors).toBeUndefined();
    expect(await hubsOf(b, onB)).toBe(before + 1);
    const hub = await post(b, 'query($id: ID!) { hub(id: $id) { name } }', { id: id('hub-cluster') }, onB);
    expect(hub.data).toEqual({ hub: { name: 'クラスタ試験サロン' } });
  });

  it('refuses to start a server whose app secret differs from the others', async () => {
    await expect(startServer(randomBytes(48).toString('base64url'))).rejects.toThrow(
      /another app secret than this one: give every app server the same TSUNAGARI_SECRET/,
    );
    // a secret changed on purpose (TSUNAGARI_NEW_SECRET=1) is taken, and from then on the old one is refused
    const graph = await testGraph();
    const changed = Buffer.from(randomBytes(48).toString('base64url'));
    expect(await assertSharedSecret(graph, changed, true)).toBe('replaced');
    expect(await assertSharedSecret(graph, changed, false)).toBe('same');
    await expect(assertSharedSecret(graph, Buffer.from(secret), false)).rejects.toThrow(/another app secret/);
  });
});
